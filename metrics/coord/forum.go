package coord

import (
	"math"
	"sort"
	"strings"

	"github.com/sekat-ona/sekat/graph"
)

// Defaults of Options.
const (
	DefaultFollowUpDays    = 30
	DefaultMinMeetings     = 3
	DefaultCeremonialBelow = 0.10
	DefaultCarrierShare    = 0.8
	// DefaultCarrierMinWeight is the tie weight (about as many letters)
	// a sector pair needs before one unit can be said to carry it: below
	// it, a share of 80% is one or two letters, not a working link.
	DefaultCarrierMinWeight = 10
)

// Options set the thresholds of the coordination measures. The zero value
// means the defaults.
type Options struct {
	// FollowUpDays is the follow-up period after a meeting, in days.
	FollowUpDays int
	// MinMeetings is the number of judged meetings a forum needs for a
	// verdict.
	MinMeetings int
	// CeremonialBelow is the follow-up rate a forum's interval must lie
	// under to be ceremonial, and at or above to be active (see Judge).
	CeremonialBelow float64
	// CarrierShare is the share of a sector pair's tie weight one unit
	// must hold to carry the pair alone.
	CarrierShare float64
	// CarrierMinWeight is the tie weight a sector pair needs to be judged
	// at all by the carrier rule.
	CarrierMinWeight float64
	// End is the end of the window (exclusive, seconds since the epoch);
	// meetings whose follow-up period passes it are not judged. 0: every
	// meeting is judged.
	End int64
}

// Values returns the options with the defaults filled in.
func (o Options) Values() Options {
	if o.FollowUpDays <= 0 {
		o.FollowUpDays = DefaultFollowUpDays
	}
	if o.MinMeetings <= 0 {
		o.MinMeetings = DefaultMinMeetings
	}
	if !(o.CeremonialBelow > 0) {
		o.CeremonialBelow = DefaultCeremonialBelow
	}
	if !(o.CarrierShare > 0) {
		o.CarrierShare = DefaultCarrierShare
	}
	if !(o.CarrierMinWeight > 0) {
		o.CarrierMinWeight = DefaultCarrierMinWeight
	}
	return o
}

// Verdict is a forum's verdict.
type Verdict string

// Verdicts of a forum.
const (
	NotJudged  Verdict = ""
	Active     Verdict = "active"
	Ceremonial Verdict = "ceremonial"
	// Unclear is a judged forum whose interval holds CeremonialBelow:
	// its instances cannot yet tell ceremonial from active.
	Unclear Verdict = "unclear"
)

// Forum is one meeting series and its follow-up.
type Forum struct {
	// Organizer is the organising unit (-1: the meetings name none).
	Organizer int32
	// Title is the series' title as its first meeting writes it.
	Title string
	// Meetings counts the series' meetings with two attending units or
	// more; Judged those whose follow-up period ends in the window.
	Meetings, Judged int
	// Units are the distinct units that attended, ascending.
	Units []int32
	// Pairs counts the (meeting, pair of attending units) instances of
	// the judged meetings; FollowedUp those with an exchange afterwards.
	Pairs, FollowedUp int64
	// Rate is FollowedUp/Pairs (NaN without pairs); Low and High are its
	// exact (Clopper–Pearson) interval at Confidence (NaN without pairs).
	Rate, Low, High float64
	Verdict         Verdict
}

// seriesKey is the organiser and the folded title.
type seriesKey struct {
	org   int32
	title string
}

func foldTitle(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// contactIndex holds, per unordered unit pair, the sorted times of their
// contacts.
type contactIndex map[uint64][]int64

func pairKey(a, b int32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(uint32(a))<<32 | uint64(uint32(b))
}

func newContactIndex(cs []graph.Contact) contactIndex {
	ix := contactIndex{}
	for _, c := range cs {
		k := pairKey(c.A, c.B)
		ix[k] = append(ix[k], c.At)
	}
	for _, ts := range ix {
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	}
	return ix
}

// any reports whether a and b have a contact in (from, to].
func (ix contactIndex) any(a, b int32, from, to int64) bool {
	ts := ix[pairKey(a, b)]
	i := sort.Search(len(ts), func(i int) bool { return ts[i] > from })
	return i < len(ts) && ts[i] <= to
}

// Judge sets f's Rate, its interval (Low, High) and its Verdict from its
// counts (Judged, Pairs, FollowedUp) under opt: with at least MinMeetings
// judged meetings and a pair, ceremonial when High < CeremonialBelow,
// active when Low >= CeremonialBelow, unclear otherwise; no verdict
// (NotJudged) with fewer.
func Judge(f *Forum, opt Options) {
	opt = opt.Values()
	f.Rate, f.Low, f.High, f.Verdict = math.NaN(), math.NaN(), math.NaN(), NotJudged
	if f.Pairs <= 0 {
		return
	}
	f.Rate = float64(f.FollowedUp) / float64(f.Pairs)
	f.Low, f.High = ClopperPearson(f.FollowedUp, f.Pairs, Confidence)
	if f.Judged < opt.MinMeetings {
		return
	}
	switch {
	case f.High < opt.CeremonialBelow:
		f.Verdict = Ceremonial
	case f.Low >= opt.CeremonialBelow:
		f.Verdict = Active
	default:
		f.Verdict = Unclear
	}
}

// Forums returns the meeting series of log with two meetings or more,
// most meetings first (then by organiser and title), each with its
// follow-up rate and verdict under opt (see the package doc).
func Forums(log *graph.EventLog, opt Options) []Forum {
	if log == nil {
		return nil
	}
	opt = opt.Values()
	period := int64(opt.FollowUpDays) * 86400
	ix := newContactIndex(log.Contacts)
	// Without a single letter or data request in the log, follow-up
	// cannot be seen at all (the study may have no such table): no
	// meeting is judged, rather than every forum found ceremonial.
	observable := len(log.Contacts) > 0
	byKey := map[seriesKey]int{}
	var out []Forum
	for _, m := range log.Meetings {
		title := foldTitle(m.Title)
		if len(m.Units) < 2 || title == "" {
			// An untitled meeting cannot be told apart from any other
			// meeting of its organiser: it belongs to no series.
			continue
		}
		k := seriesKey{m.Organizer, title}
		i, ok := byKey[k]
		if !ok {
			i = len(out)
			byKey[k] = i
			out = append(out, Forum{Organizer: m.Organizer, Title: m.Title})
		}
		f := &out[i]
		f.Meetings++
		for _, u := range m.Units {
			j := sort.Search(len(f.Units), func(j int) bool { return f.Units[j] >= u })
			if j == len(f.Units) || f.Units[j] != u {
				f.Units = append(f.Units, 0)
				copy(f.Units[j+1:], f.Units[j:])
				f.Units[j] = u
			}
		}
		if !observable || opt.End != 0 && m.At+period >= opt.End {
			continue
		}
		f.Judged++
		for x := 0; x < len(m.Units); x++ {
			for y := x + 1; y < len(m.Units); y++ {
				f.Pairs++
				if ix.any(m.Units[x], m.Units[y], m.At, m.At+period) {
					f.FollowedUp++
				}
			}
		}
	}
	kept := out[:0]
	for _, f := range out {
		if f.Meetings < 2 {
			continue
		}
		Judge(&f, opt)
		kept = append(kept, f)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if a.Meetings != b.Meetings {
			return a.Meetings > b.Meetings
		}
		if a.Organizer != b.Organizer {
			return a.Organizer < b.Organizer
		}
		return foldTitle(a.Title) < foldTitle(b.Title)
	})
	return kept
}
