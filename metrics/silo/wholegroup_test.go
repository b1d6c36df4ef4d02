package silo

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestGroupOfEveryNodeUntested: a shuffle keeps the group sizes, so a
// group of all n nodes gets back its own members from every shuffle: its
// E-I index cannot change and a p-value is 1 by construction. groups.csv
// gave such a sector ei_p_value 1 after 20 permutations (the sequential
// rule stopped at 20 exceedances of 20) while its homophily was blank, as
// docs/metrics.md has it. It has no test: p and adjusted p NaN, no
// permutations, and it does not count in another group's Holm family.
func TestGroupOfEveryNodeUntested(t *testing.T) {
	const n = 6
	var arcs []graph.Arc
	for u := range n {
		for v := u + 1; v < n; v++ {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: float64(1 + u + v)})
		}
	}
	g := graph.NewCSR(n, arcs, true)
	for _, opt := range []Options{{Seed: 1}, {Seed: 1, Permutations: 200}} {
		st, err := Groups(g, []int32{0, 0, 0, 0, 0, 0}, 1, opt)
		if err != nil {
			t.Fatal(err)
		}
		s := st[0]
		if s.Size != n || !math.IsNaN(s.Homophily) {
			t.Fatalf("size %d, homophily %g: not the case this test is for", s.Size, s.Homophily)
		}
		if !math.IsNaN(s.EIPValue) || !math.IsNaN(s.PAdjusted) || s.Permutations != 0 {
			t.Errorf("permutations %d: group of every node has p %g, adjusted %g (%d shuffles), want no test", opt.Permutations, s.EIPValue, s.PAdjusted, s.Permutations)
		}
	}
}
