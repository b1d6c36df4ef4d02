package people

import (
	"context"
	"fmt"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestFilterFewFailSingledOut: without names, a filter shows the people
// of a unit only when at least the minimum of them pass it and none, or
// at least the minimum, fail it. Ranks count the people filtered out, and
// the ranking is what analyze --level person's ties of the same key give
// (TestFacilitatorsWeightBlindToMoves), so a rank missing from a filtered
// list beside the unit's others named the one person of the unit who
// failed: on generate --seed 1136 --scale 0.1 --move-facilitator with
// --min-tenure 9 --listed 1000, 7 units had 5 to 13 people listed and one
// missing, and 5 of the 7 missing were the study's movers (the planted
// one at rank 2), whose moves the withheld spells keep to themselves.
// Here unit A has five people since before the window and a6, who came a
// month before its end; C has five since before: with a six-months'
// tenure filter and a minimum of 5, none of A is shown (a6 fails alone),
// and C's five are.
func TestFilterFewFailSingledOut(t *testing.T) {
	const week = 7 * 24 * 3600
	const weeks = 20
	from := int64(1_735_689_600) // 2025-01-01 00:00 UTC
	end := from + weeks*week
	var spells []graph.Spell
	for i := 1; i <= 5; i++ {
		spells = append(spells, graph.Spell{Person: fmt.Sprintf("a%d", i), Unit: "A"}, graph.Spell{Person: fmt.Sprintf("c%d", i), Unit: "C"})
	}
	spells = append(spells, graph.Spell{Person: "a6", Unit: "A", From: end - secondsPerMonth})
	bld, dir, ref, bounds := weeklyStudy(t, spells, from, weeks)
	letter := func(w int, sender, to string) {
		at := from + int64(w)*week + 3600
		bld.At(at)
		bld.Message(ref(sender, at), []graph.Ref{ref(to, at)})
	}
	for i := 1; i <= 5; i++ {
		letter(i, fmt.Sprintf("a%d", i), fmt.Sprintf("c%d", i))
	}
	letter(19, "a6", "c1")
	n, list := weeklyNetworks(bld, bounds, weeks, graph.LayerWeights{})
	opt := Options{Bootstrap: 10, Permutations: 2, Seed: 1, PseudonymousMinGroup: 5, Filters: Filters{MinTenureMonths: 6, At: end}}
	r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, opt)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for i := range r.People {
		p := &r.People[i]
		nd := n.Nodes[p.Node]
		if p.Score <= 0 {
			continue
		}
		seen++
		wantPass := nd.Unit == "C"
		if p.Passes != wantPass {
			t.Errorf("%s of %s: passes %v, want %v", nd.ID, nd.Unit, p.Passes, wantPass)
		}
		if wantSingled := nd.Unit == "A" && nd.ID != "a6"; p.SingledOut != wantSingled {
			t.Errorf("%s of %s: singled out %v, want %v", nd.ID, nd.Unit, p.SingledOut, wantSingled)
		}
	}
	if seen != 11 {
		t.Errorf("%d people with cross-sector weight, want 11", seen)
	}
	if r.SingledOut != 5 {
		t.Errorf("%d people left out as singled out, want 5 (a1 to a5)", r.SingledOut)
	}
}
