package i18n

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/recommend"
)

// The briefing's sentences are made here, each from the numbers it
// states: BriefHeadline (the one-sentence verdict), DatasetLine (a refused
// dataset), Recommendation (one recommendation), RuleText (a rule as the
// method page states it) and DateRange (the window).

// Int writes n with lang's thousands separator (11.259; 11,259).
func Int(lang string, n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(T(lang, "num.thousands"))
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Number writes x with d decimals in lang's marks, its whole part grouped
// by thousands as Int groups it (3.455,5; 3,455.5), without a minus when
// it rounds to zero. It rounds as a reader rounds, a half away from zero
// (34.5 is 35, 0.125 with two decimals 0,13), and it rounds the number
// the output files write (15 significant digits, graph.Digits): strconv
// rounds the binary value half to even, so a facilitator's cross-sector
// weight of 34.5, written 34.5 in facilitators.csv, read 34 on the page
// and in its reason, and 2.675 (2.67499999999999982 in binary) 2.67
// (TestNumberRoundsHalfUp).
func Number(lang string, x float64, d int) string {
	return marks(lang, noNegativeZero(roundHalfUp(x, d)))
}

// marks writes s, a number in plain notation with a point, in lang's
// marks, its whole part grouped as Int groups it; beyond int64 as Decimal
// writes it.
func marks(lang, s string) string {
	whole, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	n, err := strconv.ParseInt(strings.TrimPrefix(whole, "-"), 10, 64)
	if err != nil { // beyond int64: as Decimal writes it
		return Decimal(lang, s)
	}
	out := Int(lang, n)
	if neg {
		out = "-" + out
	}
	if frac != "" {
		out += T(lang, "num.decimal") + frac
	}
	return out
}

// numberDigits is the number of significant digits Number rounds from:
// graph.Digits, what the output files write.
const numberDigits = 15

// roundHalfUp writes x with d decimals (d >= 0), in plain notation with a
// point, rounded half away from zero from its numberDigits significant
// digits. NaN and infinities are as strconv writes them.
func roundHalfUp(x float64, d int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) || d < 0 {
		return strconv.FormatFloat(x, 'f', d, 64)
	}
	// |x| = 0.m × 10^(exp+1), m the numberDigits digits of the mantissa
	e := strconv.FormatFloat(math.Abs(x), 'e', numberDigits-1, 64)
	mant, ex, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(ex)
	m := []byte(strings.Replace(mant, ".", "", 1))
	keep := exp + 1 + d // the digits up to the d-th decimal
	var digits []byte
	switch {
	case keep >= len(m):
		digits = append(m, []byte(strings.Repeat("0", keep-len(m)))...)
	case keep < 0: // below a tenth of the last decimal: rounds to 0
	default:
		digits = append([]byte(nil), m[:keep]...)
		if m[keep] >= '5' {
			i := len(digits) - 1
			for ; i >= 0 && digits[i] == '9'; i-- {
				digits[i] = '0'
			}
			if i >= 0 {
				digits[i]++
			} else {
				digits = append([]byte{'1'}, digits...)
			}
		}
	}
	if len(digits) < d+1 {
		digits = append([]byte(strings.Repeat("0", d+1-len(digits))), digits...)
	}
	whole := strings.TrimLeft(string(digits[:len(digits)-d]), "0")
	if whole == "" {
		whole = "0"
	}
	s := whole
	if d > 0 {
		s += "." + string(digits[len(digits)-d:])
	}
	if x < 0 {
		s = "-" + s
	}
	return s
}

// Given writes x as a parameter given to sekat is written: with the
// fewest decimals that give it exactly (strconv's shortest form), in
// lang's marks, its whole part grouped as Int groups it: 5 is "5", 2.5
// "2,5", 0.125 "0,125" and 1000 "1.000" in Bahasa Indonesia. A
// facilitators page gave --reach-weight as "5,00" among its parameters
// and "5" in every reason, "0,12" beside "0,125" for 0.125.
func Given(lang string, x float64) string {
	return marks(lang, noNegativeZero(strconv.FormatFloat(x, 'f', -1, 64)))
}

// Significant writes x with n significant digits (all of its whole
// digits when it has more), as a reader of lang writes a number: never in
// exponent notation, with lang's decimal mark and thousands separator,
// without trailing zeros after the mark; "–" for NaN and infinities.
// strconv's 'g' format gave a map's tooltips "1e-05" and "1.235e+04", and
// a decimal point in Indonesian: 0.00001 is "0,00001", 12345.6 with 4
// digits "12.346", 0.1234567 "0,1235", 3 "3".
func Significant(lang string, x float64, n int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	if x == 0 {
		return "0"
	}
	d := max(0, n-1-int(math.Floor(math.Log10(math.Abs(x)))))
	s := roundHalfUp(x, d) // as Number rounds
	if r, err := strconv.ParseFloat(s, 64); err == nil && d > 0 && math.Abs(r) >= math.Pow10(n-d) {
		// rounding carried into one more digit (0.099996 is 0.1000):
		// one decimal fewer keeps n digits
		d--
	}
	s = roundHalfUp(x, d)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	_, frac, _ := strings.Cut(s, ".")
	return Number(lang, x, len(frac)) // the same digits, with lang's marks
}

// Percent writes the share x (0..1) as a percent with d decimals in
// lang's decimal mark, without the sign; "–" for NaN.
func Percent(lang string, x float64, d int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return fixed(lang, 100*x, d)
}

// FollowUpPercent is a forum's follow-up rate as a percent, with the
// fewest decimals (0 to 2) that keep it apart from the ceremonial
// threshold below, so that a rate under the threshold never reads as the
// threshold itself: 17 of 177 pairs (9.6%) was printed "10%" beside the
// verdict ceremonial and the rule "fewer than 10%".
func FollowUpPercent(lang string, rate, below float64) string {
	d := 0
	for ; d < 2 && rate != below; d++ {
		if strconv.FormatFloat(100*rate, 'f', d, 64) != strconv.FormatFloat(100*below, 'f', d, 64) {
			break
		}
	}
	return Percent(lang, rate, d)
}

// FollowUpInterval writes a forum's follow-up interval, low to high (as
// shares), as percents: "0–5%". Both ends take the fewest decimals (0 to
// 4) that keep every end apart from the ceremonial threshold below, from
// 0 unless it is 0 and from 100 unless it is 100, so that an end reads on
// the side of the threshold that decided the verdict (0 of 35 instances
// reach 10.003%, which "10%" would put on the threshold); an end of
// exactly 0 or 100% is written without decimals. "–" for NaN.
func FollowUpInterval(lang string, low, high, below float64) string {
	if math.IsNaN(low) || math.IsNaN(high) {
		return "–"
	}
	pct := func(x float64, d int) string { return strconv.FormatFloat(100*x, 'f', d, 64) }
	blurred := func(x float64, d int) bool {
		return x != below && pct(x, d) == pct(below, d) ||
			x != 0 && pct(x, d) == pct(0, d) ||
			x != 1 && pct(x, d) == pct(1, d)
	}
	d := 0
	for d < 4 && (blurred(low, d) || blurred(high, d)) {
		d++
	}
	end := func(x float64) string {
		if x == 0 || x == 1 { // exact: no follow-up, or all of it
			return Percent(lang, x, 0)
		}
		return Percent(lang, x, d)
	}
	return T(lang, "brief.forum.interval", end(low), end(high))
}

// ForumFollowUp writes how many of a forum's instances were followed up,
// of how many, and the rate: "0 dari 66 (0%)".
func ForumFollowUp(lang string, followed, pairs int64, below float64) string {
	rate := math.NaN()
	if pairs > 0 {
		rate = float64(followed) / float64(pairs)
	}
	return T(lang, "brief.forum.followUp", Int(lang, followed), Int(lang, pairs), FollowUpPercent(lang, rate, below))
}

// ForumMeetings is the forum table's meetings cell: all the forum's
// meetings, and in brackets those judged when fewer (a meeting is judged
// when its follow-up period ends inside the window), so that a forum of 3
// meetings "not judged" beside one of 3 "active" reads plainly.
func ForumMeetings(lang string, meetings, judged int) string {
	if judged >= meetings {
		return Int(lang, int64(meetings))
	}
	return T(lang, "brief.forum.meetingsJudged", Int(lang, int64(meetings)), Int(lang, int64(judged)))
}

// ForumsMore is the line under the briefing's forum table when it shows
// shown of all forums: how many it shows and, by verdict, how many it
// leaves out (left: ceremonial, active, not clear yet, not judged, the
// last with fewer than minMeetings judged meetings), since the headline
// counts the judged forums; and where all of them are listed.
func ForumsMore(lang string, shown, all int, left [4]int, minMeetings int) string {
	var parts []string
	for i, key := range []string{"brief.forumsLeft.ceremonial", "brief.forumsLeft.active", "brief.forumsLeft.unclear", "brief.forumsLeft.notJudged"} {
		switch {
		case left[i] == 0:
		case i == 3:
			parts = append(parts, T(lang, key, Int(lang, int64(left[i])), minMeetings))
		default:
			parts = append(parts, T(lang, key, Int(lang, int64(left[i]))))
		}
	}
	return T(lang, "brief.forumsMore", Int(lang, int64(shown)), Int(lang, int64(all)), Join(lang, parts))
}

// sectorSilos names the sectors of r whose verdict is silo, in r.Silos's
// order (in r.Groups's when r.Silos is not filled).
func sectorSilos(r *metrics.Result) []string {
	var names []string
	for _, gi := range r.Silos {
		if g := r.Groups[gi]; g.Type == metrics.GroupSector && g.Verdict == silo.Silo {
			names = append(names, g.Name)
		}
	}
	if len(r.Silos) == 0 {
		for _, g := range r.Groups {
			if g.Type == metrics.GroupSector && g.Verdict == silo.Silo {
				names = append(names, g.Name)
			}
		}
	}
	return names
}

// thinTested is what the sectors tested showed, for a headline that says
// too few were tested to judge the whole (thin): "; of those tested, 1
// works as a silo (ekonomi)", or "; of those tested, 2 are on the watch
// list"; "" when none is either (the line beneath says so). watch is the
// count of sectors to watch the clause leaves to be said (" and 1 is on
// the watch list"), 0 when it said them itself.
func thinTested(lang string, c tally, names []string) (clause string, watch int) {
	switch {
	case c.silos == 1:
		return T(lang, "brief.headline.thinSilo1", Int(lang, int64(c.silos)), strings.Join(names, ", ")), c.watch
	case c.silos > 1:
		return T(lang, "brief.headline.thinSilo", Int(lang, int64(c.silos)), strings.Join(names, ", ")), c.watch
	case c.watch == 1:
		return T(lang, "brief.headline.thinWatch1", Int(lang, int64(c.watch))), 0
	case c.watch > 1:
		return T(lang, "brief.headline.thinWatch", Int(lang, int64(c.watch))), 0
	}
	return "", 0
}

// watchClause is " and 1 is on the watch list" for watch sectors to
// watch after a clause on silos, "" for none.
func watchClause(lang string, watch int) string {
	switch {
	case watch == 1:
		return T(lang, "brief.headline.watch1", Int(lang, int64(watch)))
	case watch > 1:
		return T(lang, "brief.headline.watch", Int(lang, int64(watch)))
	}
	return ""
}

// BriefHeadline is the briefing's verdict in one sentence, from the
// numbers it states: how many of the judged sectors are silos (named) and
// how many to watch, or, with too few sectors judged (thin), that sector
// silos cannot be judged yet, how many of how many sectors were tested
// and what those showed; how many of the decided cross-sector data requests
// were refused (when any were made); and how many of the judged forums
// are ceremonial (when forums were judged; forums is nil for a report
// drawn from an output folder, which has no events). The refusals come
// from the network's friction between sectors.
func BriefHeadline(lang string, r *metrics.Result, forums []coord.Forum) string {
	var s string
	if !r.SectorsUsable {
		s = T(lang, "brief.headline.unknown")
	} else {
		c := count(r.Groups, metrics.GroupSector)
		names := sectorSilos(r)
		switch {
		case c.judged == 0:
			s = T(lang, "brief.headline.unknown")
		case thin(c):
			// too few sectors tested for a verdict on the whole: say so
			// first, then what the tested ones showed
			s = T(lang, "brief.headline.thin", Int(lang, int64(c.judged)), Int(lang, int64(c.judged+c.unjudged)))
			if GroupsWithheld(r, metrics.GroupSector) {
				// of the sectors shown: "only 1 of 1" read as every
				// sector, two being withheld (QA of session 30)
				s = T(lang, "brief.headline.thinWithheld", Int(lang, int64(c.judged)), Int(lang, int64(c.judged+c.unjudged)))
			}
			var clause string
			clause, c.watch = thinTested(lang, c, names)
			s += clause
		case c.silos == 1:
			s = T(lang, "brief.headline.silo", Int(lang, int64(c.judged)), Int(lang, int64(c.silos)), strings.Join(names, ", "))
		case c.silos > 1:
			s = T(lang, "brief.headline.silos", Int(lang, int64(c.judged)), Int(lang, int64(c.silos)), strings.Join(names, ", "))
		case silo.SmallestAdjustedP(c.family, r.Permutations[metrics.GroupSector]) > r.Options.Thresholds().AlphaValue():
			// no test could reach alpha: "none works as a silo" would
			// claim what SiloLevel says cannot be told
			s = T(lang, "brief.headline.tooFewPermutations", Int(lang, int64(c.judged)))
		case c.inward: // some keeps more inside, within chance: none is shown to be a silo
			s = T(lang, "brief.headline.noSiloShown", Int(lang, int64(c.judged)))
		default:
			s = T(lang, "brief.headline.noSilo", Int(lang, int64(c.judged)))
		}
		s += watchClause(lang, c.watch)
		if !thin(c) && c.judged > 0 && GroupsWithheld(r, metrics.GroupSector) {
			// "Of 3 sectors judged, none ..." read as every sector, 9 of
			// 12 being withheld (person level, --min-group 60), the two
			// silos among them
			s += T(lang, "brief.headline.sectorsWithheld")
		}
	}
	var req, den int64
	for _, f := range r.Friction {
		if f.Provider != f.Consumer {
			req += f.Requests
			den += f.Denied
		}
	}
	if req > 0 {
		// people.Protect leaves out the requests from or to a withheld
		// sector: 574 of a study's 666 read as all of them; and of one
		// request, the verb agrees with it ("0 of 1 cross-sector data
		// request (0%) were refused")
		key := "brief.headline.denied"
		switch withheld := GroupsWithheld(r, metrics.GroupSector); {
		case withheld && req == 1:
			key = "brief.headline.deniedWithheldOfOne"
		case withheld:
			key = "brief.headline.deniedWithheld"
		case req == 1:
			key = "brief.headline.deniedOfOne"
		}
		s += T(lang, key, Int(lang, den), Int(lang, req), Percent(lang, float64(den)/float64(req), 0))
	}
	judged, cer, unclear := 0, 0, 0
	for _, f := range forums {
		switch f.Verdict {
		case coord.Ceremonial:
			cer++
			judged++
		case coord.Unclear:
			unclear++
			judged++
		case coord.Active:
			judged++
		}
	}
	if judged > 0 {
		key := "brief.headline.forums"
		if judged == 1 {
			// "0 of 1 judged coordination forum are ceremonial": the verb
			// agrees with the one forum judged
			key = "brief.headline.forumsOfOne"
		}
		s += T(lang, key, Int(lang, int64(cer)), Int(lang, int64(judged)))
		switch {
		case unclear == 1:
			s += T(lang, "brief.headline.forumsUnclear1", Int(lang, int64(unclear)))
		case unclear > 1:
			s += T(lang, "brief.headline.forumsUnclear", Int(lang, int64(unclear)))
		}
	}
	return s + "."
}

// DatasetLine says how many of the requests for one dataset from one
// sector were refused, and by whom: the one unit that refused them all,
// or else how many units refused and which refused the most (all of
// them on a tie), with their count, or that each refused as many when
// every refusing unit is tied. unit gives a unit's display name.
func DatasetLine(lang string, d coord.DatasetFriction, unit func(int32) string) string {
	ds := d.Dataset
	if ds == "" {
		ds = T(lang, "brief.datasetUnnamed")
	}
	head := T(lang, "brief.dataset", ds, Int(lang, d.Denied), Int(lang, d.Requests), d.ConsumerSector)
	if d.Refusers == 1 || d.Refusers == 0 && d.RefuserDenied == d.Denied {
		if d.Denied == 1 {
			// one refusal is not "all": "1 of 3 requests ... refused,
			// all by BPKAD"
			return head + T(lang, "brief.dataset.one", unit(d.Refuser))
		}
		return head + T(lang, "brief.dataset.all", unit(d.Refuser))
	}
	top := d.TopRefusers
	if len(top) == 0 {
		top = []int32{d.Refuser}
	}
	names := make([]string, len(top))
	for i, u := range top {
		names[i] = unit(u)
	}
	if d.Refusers > 1 && len(top) == d.Refusers {
		// every refusing unit refused as many: "the most by all 12 (1
		// each)" named no most
		return head + T(lang, "brief.dataset.allTied", Int(lang, int64(d.Refusers)), Int(lang, d.RefuserDenied), Join(lang, names))
	}
	var who string
	if len(top) == 1 {
		who = T(lang, "brief.dataset.most", names[0], Int(lang, d.RefuserDenied))
	} else {
		who = T(lang, "brief.dataset.mostTied", Join(lang, names), Int(lang, d.RefuserDenied))
	}
	if d.Refusers > 1 {
		return head + T(lang, "brief.dataset.units", Int(lang, int64(d.Refusers))) + who
	}
	return head + who
}

// CarrierWeights writes the weights behind a single-carrier verdict: the
// carrier's part of the sector pair's tie weight (share of weight) and
// the pair's weight, with one decimal below 100 (a meeting adds halves and
// thirds), so that the reader sees "43.2 of 48.0" beside the share and
// the rule's minimum weight. "–" for both without a weight (NaN or 0).
func CarrierWeights(lang string, share, weight float64) (held, of string) {
	if !(weight > 0) || math.IsNaN(share) {
		return "–", "–"
	}
	d := 1
	if weight >= 100 {
		d = 0
	}
	return Number(lang, share*weight, d), Number(lang, weight, d)
}

// Join lists names as a reader writes them: "A, B dan C" ("A, B and C").
func Join(lang string, names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + T(lang, "list.and") + names[len(names)-1]
}

// ForumName is "organiser — title" of a forum whose organiser's display
// name is org ("" when the meetings name none).
func ForumName(lang, org, title string) string {
	if org == "" {
		org = T(lang, "brief.forum.noOrganizer")
	}
	return T(lang, "brief.forum.name", org, title)
}

// ForumRef names a forum inside a sentence: its title and its
// organiser's display name.
func ForumRef(lang, org, title string) string {
	if org == "" {
		org = T(lang, "brief.forum.noOrganizer")
	}
	return T(lang, "brief.forum.ref", title, org)
}

// ForumVerdict is the word of a forum's verdict.
func ForumVerdict(lang string, v coord.Verdict) string {
	switch v {
	case coord.Ceremonial:
		return T(lang, "brief.forum.ceremonial")
	case coord.Active:
		return T(lang, "brief.forum.active")
	case coord.Unclear:
		return T(lang, "brief.forum.unclear")
	}
	return T(lang, "brief.forum.notJudged")
}

// RecClause is one part of a grouped recommendation: the sectors that
// share a partner (R2; "" for none) and a forum ("" for the Regional
// Secretary's coordination meeting).
type RecClause struct {
	Groups         []string
	Partner, Forum string
}

// RecommendationGroup words the recommendations of rule rule (R2 or R3)
// in one item: the sentence once, then a clause for each partner and
// forum naming its sectors, so that the briefing does not repeat one
// sentence for each sector.
func RecommendationGroup(lang string, rule recommend.Rule, clauses []RecClause) string {
	var parts []string
	for _, c := range clauses {
		forum := c.Forum
		if forum == "" {
			forum = T(lang, "brief.forum.sekda")
		}
		// "sectors a and b" in English; Indonesian does not inflect
		many := len(c.Groups) > 1
		g := Join(lang, c.Groups)
		switch {
		case rule == recommend.WatchReport && many:
			parts = append(parts, T(lang, "rec.R3.part.many", g, forum))
		case rule == recommend.WatchReport:
			parts = append(parts, T(lang, "rec.R3.part", g, forum))
		case c.Partner == "" && many:
			parts = append(parts, T(lang, "rec.R2.partNoPartner.many", g, forum))
		case c.Partner == "":
			parts = append(parts, T(lang, "rec.R2.partNoPartner", g, forum))
		case many:
			parts = append(parts, T(lang, "rec.R2.part.many", g, c.Partner, forum))
		default:
			parts = append(parts, T(lang, "rec.R2.part", g, c.Partner, forum))
		}
	}
	key := "rec.R2.group"
	if rule == recommend.WatchReport {
		key = "rec.R3.group"
	}
	return T(lang, key, strings.Join(parts, "; "))
}

// Recommendation words rec. unit gives a unit's display name from its id;
// forum is the name of the forum rec names ("" for none: the Regional
// Secretary's coordination meeting stands in); opt holds the follow-up
// period and the ceremonial threshold of rule R5.
func Recommendation(lang string, rec recommend.Rec, unit func(string) string, forum string, opt coord.Options) string {
	opt = opt.Values()
	days := opt.FollowUpDays
	if forum == "" {
		forum = T(lang, "brief.forum.sekda")
	}
	ds := rec.Dataset
	if ds == "" {
		ds = T(lang, "brief.datasetUnnamed")
	}
	refusers := func() string {
		names := []string{unit(rec.Unit)}
		for _, id := range rec.Also {
			names = append(names, unit(id))
		}
		return Join(lang, names)
	}
	switch rec.Rule {
	case recommend.SiloRefusesData:
		// the counts are of the silo's units together; the named units'
		// own share is said apart, so that the sentence never lays on
		// them refusals others made
		key, by := "rec.R1", ""
		switch {
		case len(rec.Also) > 0:
			key = "rec.R1.tied"
		case rec.Count == 1:
			// one refused request is an event, not a pattern: "refused 1
			// of 1 request" under "explain its terms of sharing" read as
			// a habit of the unit (generate --seed 2718 --scale 0.03,
			// report --from 2025-03-01 --to 2025-03-15)
			key = "rec.R1.single"
		}
		switch {
		case rec.UnitCount <= 0:
		case len(rec.Also) > 0:
			by = T(lang, "rec.R1.byTied", Int(lang, rec.UnitCount))
		case rec.UnitCount == rec.Count && rec.Count == 1:
			by = T(lang, "rec.R1.byIt")
		case rec.UnitCount == rec.Count:
			by = T(lang, "rec.R1.byAll")
		default:
			by = T(lang, "rec.R1.byOne", Int(lang, rec.UnitCount))
		}
		return T(lang, key, ds, forum, refusers(), rec.Group, Int(lang, rec.Count), Int(lang, rec.Total), rec.Partner, by)
	case recommend.SiloJointWork:
		if rec.Partner == "" {
			return T(lang, "rec.R2.noPartner", rec.Group, forum)
		}
		return T(lang, "rec.R2", rec.Group, rec.Partner, forum)
	case recommend.WatchReport:
		return T(lang, "rec.R3", rec.Group, forum)
	case recommend.PairFacilitator:
		held, of := CarrierWeights(lang, rec.Share, rec.Weight)
		return T(lang, "rec.R4", rec.Group, rec.Partner, unit(rec.Unit), Percent(lang, rec.Share, 0), held, of, Number(lang, opt.CarrierMinWeight, 0))
	case recommend.ForumFollowUp:
		share := math.NaN()
		if rec.Total > 0 {
			share = float64(rec.Count) / float64(rec.Total)
		}
		lo, hi := coord.ClopperPearson(rec.Count, rec.Total, coord.Confidence)
		return T(lang, "rec.R5", forum, Int(lang, rec.Meetings), Int(lang, rec.Count), Int(lang, rec.Total), FollowUpPercent(lang, share, opt.CeremonialBelow),
			FollowUpInterval(lang, lo, hi, opt.CeremonialBelow), days)
	case recommend.DataAgreement:
		return T(lang, "rec.R6", ds, rec.Group, refusers(), rec.Partner, Int(lang, rec.Count), Int(lang, rec.Total))
	}
	return T(lang, "rec.R7")
}

// RuleText states rule r for the method page with the thresholds in force.
func RuleText(lang string, r recommend.Rule, opt coord.Options) string {
	opt = opt.Values()
	switch r {
	case recommend.SiloRefusesData:
		return T(lang, "rule.R1")
	case recommend.SiloJointWork:
		return T(lang, "rule.R2")
	case recommend.WatchReport:
		return T(lang, "rule.R3")
	case recommend.PairFacilitator:
		return T(lang, "rule.R4", Percent(lang, opt.CarrierShare, 0), Number(lang, opt.CarrierMinWeight, 0))
	case recommend.ForumFollowUp:
		return T(lang, "rule.R5")
	case recommend.DataAgreement:
		return T(lang, "rule.R6", recommend.DatasetMax, recommend.DatasetMinRequests, Percent(lang, recommend.DatasetMinDenied, 0))
	}
	return T(lang, "rule.R7")
}

// DateRange writes the window [from, to) as the dates people read, with
// the inclusive last day: "1 Juli – 31 Desember 2025" (the first year
// left out when both are in the same year; "1–31 Juli 2025" within one
// month), or the one day of a window
// within a day ("4 Maret 2025"). An end at midnight is the day before.
// A bound during a day carries its time ("4 Maret 2025, pukul 08.00–08.40";
// "2 Desember 2024 – 1 Januari 2025 pukul 12.00"): a window of 40 minutes
// written as its day read as the whole day.
func DateRange(lang string, from, to time.Time) string {
	last := to
	if midnight(to) {
		last = to.AddDate(0, 0, -1)
	}
	day := func(t time.Time, year bool) string { return dayText(lang, t, year) }
	clock := func(t time.Time, end bool) string { return clockText(lang, t, end) }
	timed := !midnight(from) || !midnight(to)
	if from.Year() == last.Year() && from.YearDay() >= last.YearDay() {
		// a window within one day is that day, not "4 Maret – 4 Maret
		// 2025" (an end at midnight of the day after from is the day
		// of from)
		if timed {
			return T(lang, "date.dayClock", day(from, true), clock(from, false), clock(to, true))
		}
		return day(from, true)
	}
	if !timed && from.Year() == last.Year() && from.Month() == last.Month() {
		// one month's days: "1–31 Juli 2025", not "1 Juli – 31 Juli 2025"
		return strconv.Itoa(from.Day()) + "–" + day(last, true)
	}
	a, b := day(from, from.Year() != last.Year() || !midnight(from)), day(last, true)
	if !midnight(from) {
		a = T(lang, "date.atClock", a, clock(from, false))
	}
	if !midnight(to) {
		b = T(lang, "date.atClock", b, clock(to, true))
	}
	return T(lang, "date.range", a, b)
}

// midnight reports whether t is at 00.00.00 on its clock.
func midnight(t time.Time) bool {
	h, m, s := t.Clock()
	return h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0
}

// dayText writes t's day as DateRange does ("4 Maret", with year
// "4 Maret 2025").
func dayText(lang string, t time.Time, year bool) string {
	months := strings.Split(T(lang, "date.months"), ",")
	s := strconv.Itoa(t.Day()) + " " + months[int(t.Month())-1]
	if year {
		s += " " + strconv.Itoa(t.Year())
	}
	return s
}

// clockText writes t's hour and minute ("08.40"); an end (end true) at
// midnight is 24.00, the end of the day before.
func clockText(lang string, t time.Time, end bool) string {
	h, m, _ := t.Clock()
	if end && midnight(t) {
		h = 24 // the end of the day before
	}
	return fmt.Sprintf("%02d%s%02d", h, T(lang, "date.clockSep"), m)
}

// Days writes the days first to last (both YYYY-MM-DD, last included) as
// DateRange does: "1 Januari – 30 Juni 2025". Tables and JSON keep the
// ISO dates; a sentence or a page a reader reads uses Days. Dates that do
// not parse are written as given ("first – last").
func Days(lang, first, last string) string {
	f, err1 := time.Parse(time.DateOnly, first)
	l, err2 := time.Parse(time.DateOnly, last)
	if err1 != nil || err2 != nil || l.Before(f) {
		return T(lang, "date.range", first, last)
	}
	return DateRange(lang, f, l.AddDate(0, 0, 1))
}

// Period writes the period [from, to) of two dates (YYYY-MM-DD, to the
// exclusive end, as tables keep a period) as DateRange does: "1–31 Juli
// 2025". Dates that do not parse are written as given.
func Period(lang, from, to string) string {
	f, err1 := time.Parse(time.DateOnly, from)
	t, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil || !t.After(f) {
		return T(lang, "date.range", from, to)
	}
	return DateRange(lang, f, t)
}

// Day writes one day (YYYY-MM-DD) as people read it: "1 Juli 2025"; a
// value that is not a date is written as given.
func Day(lang, iso string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return DateRange(lang, d, d.AddDate(0, 0, 1))
}
