package synth

import (
	"cmp"
	"slices"
	"time"
)

// Forums (Options.Forums) plants two meeting series for the coordination
// analysis (package metrics/coord), off by default because it changes the
// logs of every study it is used with:
//
//   - a ceremonial forum: a monthly meeting organised by an internal unit
//     and attended by the heads of four internal units of four sectors
//     that are never silos; no letter or data request between two of
//     these units is written all year (the generator's are dropped), so
//     no pair of attending units ever follows a meeting up.
//   - an active forum: a monthly meeting organised by a coordinator and
//     attended by the heads of three other internal units of such sectors
//     (none of the ceremonial ones); one to three working days after each
//     meeting every attending unit's head writes a follow-up report to the
//     organiser with the other attending units in copy, so every pair
//     follows up.
//
// Both meet on the first working day on or after the 10th of each month.

// Titles of the planted forums.
const (
	ceremonialTitle = "Forum Komunikasi Lintas Sektor"
	activeTitle     = "Rapat Koordinasi Tindak Lanjut Satu Data"
)

// PlantedForum is a planted meeting series in truth.json.
type PlantedForum struct {
	Organizer string   `json:"organizer"` // unit id
	Title     string   `json:"title"`
	Kind      string   `json:"kind"`  // "ceremonial" or "active"
	Units     []string `json:"units"` // attending unit ids, the organiser first
	Meetings  int      `json:"meetings"`
}

type plantedForum struct {
	units    []int // unit indexes, the organiser first
	title    string
	kind     string
	meetings int
}

type forumPlan struct {
	ceremonial, active plantedForum
	muted              []bool // per unit: a member of the ceremonial forum
	// followUps holds the active forum's follow-up letters by day.
	followUps map[int][]letter
}

// planForums picks the forums' units from the seed (stream "foru"), none
// of them renamed or merged by the reorganisation. It returns nil when the
// study has too few sectors that are never silos (fewer than 7) or no
// coordinator.
func (s *study) planForums() *forumPlan {
	r := newRand(s.opt.Seed, 0x666f7275) // "foru"
	bySector := map[int][]int{}
	var secs []int
	for i, u := range s.units {
		if u.kind != kindInternal || s.everSilo(u.sec) {
			continue
		}
		if p := s.reorg; p != nil && (i == p.renamed || i == p.merged[0] || i == p.merged[1]) {
			// a forum unit merged mid-year would take its partner's
			// letters into the forum under the merged id (truth.json
			// said ceremonial, the data made it active)
			continue
		}
		if bySector[u.sec] == nil {
			secs = append(secs, u.sec)
		}
		bySector[u.sec] = append(bySector[u.sec], i)
	}
	if len(secs) < forumSectors || len(s.coords) == 0 {
		return nil
	}
	r.Shuffle(len(secs), func(i, j int) { secs[i], secs[j] = secs[j], secs[i] })
	one := func(sec int) int { us := bySector[sec]; return us[r.IntN(len(us))] }
	p := &forumPlan{muted: make([]bool, len(s.units)), followUps: map[int][]letter{}}
	p.ceremonial = plantedForum{title: ceremonialTitle, kind: "ceremonial"}
	for _, sec := range secs[:4] {
		u := one(sec)
		p.ceremonial.units = append(p.ceremonial.units, u)
		p.muted[u] = true
	}
	p.active = plantedForum{title: activeTitle, kind: "active", units: []int{s.coords[r.IntN(len(s.coords))]}}
	for _, sec := range secs[4:forumSectors] {
		p.active.units = append(p.active.units, one(sec))
	}
	return p
}

// unitOf is the unit of a ref on day d.
func (s *study) unitOf(x ref, d int) int {
	if x < 0 {
		return int(-x - 1)
	}
	return int(s.unitAt(int32(x), d))
}

// muted reports whether a letter joins two distinct units of the
// ceremonial forum.
func (p *forumPlan) mutedLetter(s *study, l *letter, d int) bool {
	su := int(s.unitAt(l.sender, d))
	if !p.muted[su] {
		return false
	}
	for _, xs := range [2][]ref{l.to, l.cc} {
		for _, x := range xs {
			if u := s.unitOf(x, d); u != su && p.muted[u] {
				return true
			}
		}
	}
	return false
}

// apply plants the forums in the logs of working day d: it drops the
// letters and data requests between ceremonial units, adds the forums'
// meetings on their day and the active forum's follow-up letters, and
// keeps each list in time order.
func (p *forumPlan) apply(s *study, g *generator, d int, ls []letter, ms []meeting, ss []share) ([]letter, []meeting, []share) {
	ls = slices.DeleteFunc(ls, func(l letter) bool { return p.mutedLetter(s, &l, d) })
	ss = slices.DeleteFunc(ss, func(sh share) bool {
		a, b := s.unitOf(sh.provider, d), s.unitOf(sh.consumer, d)
		return a != b && p.muted[a] && p.muted[b]
	})
	if p.meetingDay(s, d) {
		for _, f := range []*plantedForum{&p.ceremonial, &p.active} {
			m := meeting{at: s.cal.dayStart(d) + 9*3600, title: f.title, organizer: s.units[f.units[0]].head}
			if f == &p.active {
				m.at += 3 * 3600
			}
			for _, u := range f.units {
				m.attendees = append(m.attendees, s.units[u].head)
			}
			m.seq = g.seq
			g.seq++
			ms = append(ms, m)
			f.meetings++
		}
		p.planFollowUps(s, g, d)
	}
	for _, l := range p.followUps[d] {
		l.seq = g.seq
		g.seq++
		ls = append(ls, l)
	}
	delete(p.followUps, d)
	slices.SortStableFunc(ls, func(a, b letter) int { return cmp.Compare(a.at, b.at) })
	slices.SortStableFunc(ms, func(a, b meeting) int { return cmp.Compare(a.at, b.at) })
	return ls, ms, ss
}

// meetingDay reports whether d is the first working day on or after the
// 10th of its month.
func (p *forumPlan) meetingDay(s *study, d int) bool {
	day := func(i int) int { return time.Unix(s.cal.dayStart(i), 0).UTC().Day() }
	if !s.cal.working[d] || day(d) < 10 {
		return false
	}
	for e := d - 1; e >= 0 && day(e) >= 10 && day(e) < day(d); e-- {
		if s.cal.working[e] {
			return false
		}
	}
	return true
}

// planFollowUps schedules the active forum's follow-up letters of a
// meeting on day d: each attending unit other than the organiser reports
// one to three working days later, to the organiser, with the others in
// copy.
func (p *forumPlan) planFollowUps(s *study, g *generator, d int) {
	f := &p.active
	for _, u := range f.units[1:] {
		e, n := d, 1+g.r.IntN(3)
		for n > 0 && e+1 < s.cal.days {
			e++
			if s.cal.working[e] {
				n--
			}
		}
		if n > 0 {
			continue // past the end of the year
		}
		l := letter{at: s.cal.officeTime(g.r, e), sender: s.units[u].head, kind: letterSurat, first: -1,
			to: []ref{unitRef(f.units[0])}}
		for _, v := range f.units[1:] {
			if v != u {
				l.cc = append(l.cc, unitRef(v))
			}
		}
		p.followUps[e] = append(p.followUps[e], l)
	}
}

// truth lists the planted forums for truth.json.
func (p *forumPlan) truth(s *study) []PlantedForum {
	var out []PlantedForum
	for _, f := range []*plantedForum{&p.ceremonial, &p.active} {
		t := PlantedForum{Organizer: s.units[f.units[0]].id, Title: f.title, Kind: f.kind, Meetings: f.meetings}
		for _, u := range f.units {
			t.Units = append(t.Units, s.units[u].id)
		}
		out = append(out, t)
	}
	return out
}
