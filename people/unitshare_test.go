package people

import (
	"context"
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// moverStudy is the study of TestUnitShareOfTheSpellInForce: m in A for
// the first 10 of 20 weeks and in C after; its network and week slices,
// and the directory.
func moverStudy(t *testing.T) (*graph.Network, SliceList, *graph.Directory) {
	t.Helper()
	const week = 7 * 24 * 3600
	const weeks = 20
	from := int64(1_735_689_600) // 2025-01-01 00:00 UTC
	move := from + 10*week
	spells := []graph.Spell{{Person: "m", Unit: "A", To: move}, {Person: "m", Unit: "C", From: move},
		{Person: "a", Unit: "A"}, {Person: "c1", Unit: "C"}, {Person: "c2", Unit: "C"}}
	bld, dir, ref, bounds := weeklyStudy(t, spells, from, weeks)
	letter := func(w int, sender, to string) {
		at := from + int64(w)*week + 3600
		bld.At(at)
		bld.Message(ref(sender, at), []graph.Ref{ref(to, at)})
	}
	for w := 1; w <= 6; w++ {
		letter(w, "m", "c1")
	}
	letter(7, "a", "c1")
	letter(8, "a", "c1")
	for w := 12; w <= 14; w++ {
		letter(w, "m", "a")
	}
	letter(15, "c2", "a")
	n, list := weeklyNetworks(bld, bounds, weeks, graph.LayerWeights{})
	return n, list, dir
}

// TestUnitShareOfTheSpellInForce: unit_share is the person's share of
// their unit's cross-unit tie weight while they were in the unit of the
// row (the spell in force at the end of the window), each end of a tie in
// its unit at the time. m was in A for the first 10 weeks of 20 and in C
// for the last 10. In A, m wrote 6 letters to c1 (of C) and a wrote 2;
// in C, m wrote 3 letters to a and c2 wrote 1. So in C after the move, 3
// of the unit's 4 went through m: 75%. Reckoned on the window's network,
// as before, m's letters to c1 were inside C and a's letters from m
// crossed into C, so m read 3 of 6, 50%, and a 6 of 6, as if a carried
// all of A's work with other units though m carried 6 of A's 12 while in
// A. The shares below are these counts by hand.
func TestUnitShareOfTheSpellInForce(t *testing.T) {
	n, list, dir := moverStudy(t)
	r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, Options{Bootstrap: 10, Permutations: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{
		"m":  3.0 / 4, // of C's 4 after the move
		"c1": 8.0 / 12,
		"c2": 1.0 / 12, // in C the whole window, though writing in one week
		"a":  6.0 / 12, // A's 12: m's 6 while in A and a's 6
	}
	for i := range r.People {
		id := n.Nodes[r.People[i].Node].ID
		w, ok := want[id]
		if !ok {
			continue
		}
		if got := r.People[i].UnitShare; math.Abs(got-w) > 1e-12 {
			t.Errorf("%s: unit share %v, want %v", id, got, w)
		}
		delete(want, id)
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// TestUnitShareThroughMerger: the members of a unit that two units of its
// sector merged into (a crosswalk, Options.Reorg) are reckoned against
// one whole, the merged unit's and, before the merger, both old units'.
// p1 of A1 and p2 of A2, merged into A in week 10: before, p1 wrote 3
// letters to c (of C) and 2 to p2 (two units then), p2 one to c; after,
// each wrote 2 to c. A's whole is 5 + 3 before and 4 after, 12: p1 7 of
// 12 and p2 5 of 12, adding up to the whole. Against the old unit each
// was in before the merger, p1 read 7 of 9 and p2 5 of 7, 149% together.
func TestUnitShareThroughMerger(t *testing.T) {
	const week = 7 * 24 * 3600
	const weeks = 20
	from := int64(1_735_689_600) // 2025-01-01 00:00 UTC
	merge := from + 10*week
	units := []graph.Node{{ID: "A", Sector: "x"}, {ID: "A1", Sector: "x"}, {ID: "A2", Sector: "x"}, {ID: "C", Sector: "y"}}
	spells := []graph.Spell{{Person: "p1", Unit: "A1", To: merge}, {Person: "p1", Unit: "A", From: merge},
		{Person: "p2", Unit: "A2", To: merge}, {Person: "p2", Unit: "A", From: merge}, {Person: "c", Unit: "C"}}
	bld, dir, ref, bounds := weeklyStudyOf(t, units, spells, from, weeks)
	letter := func(w int, sender, to string) {
		at := from + int64(w)*week + 3600
		bld.At(at)
		bld.Message(ref(sender, at), []graph.Ref{ref(to, at)})
	}
	for _, l := range []struct {
		week     int
		from, to string
	}{{1, "p1", "c"}, {2, "p1", "c"}, {3, "p1", "c"}, {4, "p1", "p2"}, {5, "p1", "p2"}, {6, "p2", "c"},
		{12, "p1", "c"}, {13, "p1", "c"}, {14, "p2", "c"}, {15, "p2", "c"}} {
		letter(l.week, l.from, l.to)
	}
	n, list := weeklyNetworks(bld, bounds, weeks, graph.LayerWeights{})
	opt := Options{Bootstrap: 10, Permutations: 2, Seed: 1, Reorg: reorg{"A1": {"A"}, "A2": {"A"}}}
	r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, opt)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"p1": 7.0 / 12, "p2": 5.0 / 12}
	for i := range r.People {
		id := n.Nodes[r.People[i].Node].ID
		w, ok := want[id]
		if !ok {
			continue
		}
		if len(r.People[i].Spells) != 1 {
			t.Errorf("%s: %d spells, want 1 (a merger is no move)", id, len(r.People[i].Spells))
		}
		if got := r.People[i].UnitShare; math.Abs(got-w) > 1e-12 {
			t.Errorf("%s: unit share %v, want %v", id, got, w)
		}
		delete(want, id)
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}
