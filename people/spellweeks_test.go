package people

import (
	"context"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestSpellWeeksAreTheSpells: a spell's weeks are the weeks of the window
// the person spent in its unit, from the week the spell began (or the
// window's first) to the week it ended (or the window's last), not the
// weeks between their first and last tie there. m was in A for the
// first 10 weeks of a 20-week window and in C for the last 10, and wrote
// letters in weeks 3 to 5 and 14 to 15: facilitator_spells.csv gave 3
// and 2 weeks, as if m had spent 15 weeks nowhere. A week is in both
// spells only when the person moved within it (here on a Monday, so in
// neither twice): the weeks add up to the window's 20.
func TestSpellWeeksAreTheSpells(t *testing.T) {
	const week = 7 * 24 * 3600
	const weeks = 20
	from := int64(1_735_689_600) // 2025-01-01 00:00 UTC
	move := from + 10*week
	spells := []graph.Spell{{Person: "m", Unit: "A", To: move}, {Person: "m", Unit: "C", From: move},
		{Person: "a", Unit: "A"}, {Person: "c", Unit: "C"}}
	bld, dir, ref, bounds := weeklyStudy(t, spells, from, weeks)
	for _, w := range []int{3, 4, 5, 14, 15} {
		at := from + int64(w)*week + 3600
		bld.At(at)
		to := "c"
		if w >= 10 {
			to = "a"
		}
		bld.Message(ref("m", at), []graph.Ref{ref(to, at)})
	}
	n, list := weeklyNetworks(bld, bounds, weeks, graph.LayerWeights{})
	r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, Options{Bootstrap: 10, Permutations: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var m *Person
	for i := range r.People {
		if n.Nodes[r.People[i].Node].ID == "m" {
			m = &r.People[i]
		}
	}
	if m == nil || len(m.Spells) != 2 {
		t.Fatalf("m: %+v, want two spells", m)
	}
	for k, want := range []struct {
		unit  string
		weeks int
	}{{"A", 10}, {"C", 10}} {
		if sp := m.Spells[k]; sp.Unit != want.unit || sp.Weeks != want.weeks {
			t.Errorf("spell %d: %s for %d weeks, want %s for %d", k+1, sp.Unit, sp.Weeks, want.unit, want.weeks)
		}
	}
}
