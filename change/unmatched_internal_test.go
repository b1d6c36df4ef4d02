package change

import (
	"slices"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// reorgFrame is a year (2025) of daily ties in the shape of the seed-2718
// pilot with --reorg read without its crosswalk: OLD writes to HUB every
// day up to Monday 30 June, NEW (its successor) from Tuesday 1 July, HUB
// every day of the year, and SPARSE on the 15th of every other month
// only. Its blocks are weeks cut at the period bounds cuts (as trend
// cuts them); the periods are those bounds.
func reorgFrame(t *testing.T, cuts []int64) (*Frame, []Period) {
	t.Helper()
	units := []string{"HUB", "NEW", "OLD", "SPARSE"}
	f := &Frame{Level: graph.UnitLevel, unitSector: make([]int32, len(units))}
	for _, u := range units {
		f.Units = append(f.Units, graph.Node{ID: u})
	}
	day := func(y int, m time.Month, d int) int64 { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() }
	from, to := day(2025, 1, 1), day(2026, 1, 1)
	// weeks begin on Mondays (6 January 2025 is one), cut by the period
	// bounds
	bounds := slices.Clone(cuts)
	for w := day(2025, 1, 6); w < to; w += 7 * 86400 {
		bounds = append(bounds, w)
	}
	bounds = append(bounds, from, to)
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	reorg := day(2025, 7, 1)
	for i := 0; i+1 < len(bounds); i++ {
		w := graph.Window{From: bounds[i], To: bounds[i+1]}
		tie := map[int32]bool{}
		for d := w.From; d < w.To; d += 86400 {
			if d < reorg {
				tie[2] = true
			} else {
				tie[1] = true
			}
			if tm := time.Unix(d, 0).UTC(); tm.Day() == 15 && tm.Month()%2 == 1 {
				tie[3] = true
			}
		}
		var es []graph.Edge
		for u := int32(1); u <= 3; u++ {
			if tie[u] {
				es = append(es, graph.Edge{From: 0, To: u, Weight: 1})
			}
		}
		f.Blocks = append(f.Blocks, Block{Window: w, Edges: es})
	}
	pb := append(append([]int64{from}, cuts...), to)
	var ps []Period
	for i := 0; i+1 < len(pb); i++ {
		p := Period{Window: graph.Window{From: pb[i], To: pb[i+1]}}
		for b, bl := range f.Blocks {
			if bl.Window.From >= p.Window.From && bl.Window.To <= p.Window.To {
				p.Blocks = append(p.Blocks, b)
			}
		}
		ps = append(ps, p)
	}
	return f, ps
}

// TestUnmatchedWeeklyAsMonthly: trend --every week on the seed-2718 pilot
// with --reorg (0.3 scale, no crosswalk) said "units with ties in the
// first half of the window only (none)" while --every month named DISHUB,
// DISKAN and DPUPR: the periods were split by count, and the weekly
// second half began with the week of Monday 30 June, which held the old
// units' last letters of that day. Weekly, monthly and quarterly periods
// now name the same units gone and new, and the unit with ties every
// other month, but throughout, none.
func TestUnmatchedWeeklyAsMonthly(t *testing.T) {
	day := func(m time.Month, d int) int64 { return time.Date(2025, m, d, 0, 0, 0, 0, time.UTC).Unix() }
	var weeks, months, quarters []int64
	for w := day(1, 6); w < day(12, 31); w += 7 * 86400 {
		weeks = append(weeks, w)
	}
	for m := time.February; m <= time.December; m++ {
		months = append(months, day(m, 1))
		if m%3 == 1 {
			quarters = append(quarters, day(m, 1))
		}
	}
	// Middle, the day the sentences give: the middle of 2025 is 2 July
	// 12:00; the nearest Monday is 30 June (2.5 days before; 7 July 4.5
	// after), the nearest first of a month or quarter 1 July.
	for _, c := range []struct {
		every  string
		cuts   []int64
		middle int64
	}{{"week", weeks, day(6, 30)}, {"month", months, day(7, 1)}, {"quarter", quarters, day(7, 1)}} {
		f, ps := reorgFrame(t, c.cuts)
		gone, added, both := f.unmatched(ps)
		if !slices.Equal(gone, []string{"OLD"}) || !slices.Equal(added, []string{"NEW"}) || both != 2 {
			t.Errorf("--every %s (%d periods): gone %v, new %v, %d on both sides; want gone [OLD], new [NEW], 2 (HUB, SPARSE)", c.every, len(ps), gone, added, both)
		}
		if got := Middle(ps); got != c.middle {
			t.Errorf("--every %s: Middle %s, want %s", c.every, time.Unix(got, 0).UTC().Format(time.DateOnly), time.Unix(c.middle, 0).UTC().Format(time.DateOnly))
		}
	}
}

// TestUnmatchedTwoStudiesApart: compare of two studies a month apart
// (Matched, which refuses two studies with no unit in common) keeps
// their units on both sides: the margin of a week around the middle is
// for periods that meet, not for a gap between two studies.
func TestUnmatchedTwoStudiesApart(t *testing.T) {
	day := func(m time.Month, d int) int64 { return time.Date(2025, m, d, 0, 0, 0, 0, time.UTC).Unix() }
	// two one-week studies, a month apart: the margin does not apply
	f := &Frame{Level: graph.UnitLevel, Units: []graph.Node{{ID: "A"}, {ID: "B"}}, unitSector: []int32{0, 1}}
	f.Blocks = []Block{
		{Window: graph.Window{From: day(3, 3), To: day(3, 10)}, Source: 0, Edges: []graph.Edge{{From: 0, To: 1, Weight: 1}}},
		{Window: graph.Window{From: day(4, 7), To: day(4, 14)}, Source: 1, Edges: []graph.Edge{{From: 0, To: 1, Weight: 1}}},
	}
	ps := []Period{{Window: f.Blocks[0].Window, Blocks: []int{0}}, {Window: f.Blocks[1].Window, Blocks: []int{1}}}
	if gone, added, both := f.unmatched(ps); len(gone)+len(added) > 0 || both != 2 {
		t.Errorf("two studies apart: gone %v, new %v, %d on both sides; want none, none, 2", gone, added, both)
	}
}

// TestUnmatchedSameStudyTwice: compare of one study with itself (or two
// of one time) reached its warning that the periods overlap only when
// Matched found units on both sides; split by time, the second period
// began where the first did and every unit was "new", so compare
// refused the studies as having no unit in common (TestCompareTwoStudies).
func TestUnmatchedSameStudyTwice(t *testing.T) {
	w := graph.Window{From: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC).Unix(), To: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC).Unix()}
	f := &Frame{Level: graph.UnitLevel, Units: []graph.Node{{ID: "A"}, {ID: "B"}}, unitSector: []int32{0, 1}}
	f.Blocks = []Block{
		{Window: w, Source: 0, Edges: []graph.Edge{{From: 0, To: 1, Weight: 1}}},
		{Window: w, Source: 1, Edges: []graph.Edge{{From: 0, To: 1, Weight: 1}}},
	}
	ps := []Period{{Window: w, Blocks: []int{0}}, {Window: w, Blocks: []int{1}}}
	if gone, added, both := f.unmatched(ps); len(gone)+len(added) > 0 || both != 2 {
		t.Errorf("one study twice: gone %v, new %v, %d on both sides; want none, none, 2", gone, added, both)
	}
}
