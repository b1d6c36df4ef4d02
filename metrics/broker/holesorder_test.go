package broker

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// relabel returns g with node v renamed perm[v]: the same network under
// another numbering, as facilitators (nodes in the order of the ids) and
// analyze --level person (in the order of the pseudonyms) number it.
func relabel(g *graph.CSR, perm []int32) *graph.CSR {
	var arcs []graph.Arc
	for u := 0; u < g.N; u++ {
		adj, w := g.Neighbors(u)
		for k, v := range adj {
			if int32(u) < v {
				arcs = append(arcs, graph.Arc{U: perm[u], V: perm[v], W: w[k]})
			}
		}
	}
	return graph.NewCSR(g.N, arcs, true)
}

// TestStructuralHolesNumberingFree: Burt's measures of a node do not
// depend on how the network's nodes are numbered, bit for bit, by either
// pass, and the two passes agree bit for bit. Before, both summed in the
// order of the node ids, and facilitators.csv and people.csv (the same
// network numbered by id and by pseudonym) differed in the 15th digit for
// 56 of 61 rows on generate --seed 960 (constraint 0.0760...421 and
// ...420 of one person).
func TestStructuralHolesNumberingFree(t *testing.T) {
	var cases []*graph.CSR
	for _, rg := range refgraph.All(t) {
		cases = append(cases, rg.Undirected)
	}
	r := rand.New(rand.NewPCG(960, 979))
	for k := 0; k < 30; k++ {
		cases = append(cases, randomUndirected(r, 2+r.IntN(120), []float64{0.05, 0.2, 0.6}[k%3]))
	}
	// meeting shares, as a person network holds them: thirds, halves,
	// sevenths summed
	for k := 0; k < 10; k++ {
		n := 20 + r.IntN(60)
		var arcs []graph.Arc
		for m := 0; m < 6*n; m++ {
			u, v := int32(r.IntN(n)), int32(r.IntN(n))
			arcs = append(arcs, graph.Arc{U: u, V: v, W: 1 / float64(1+r.IntN(7))})
		}
		cases = append(cases, graph.NewCSR(n, arcs, true))
	}
	d, _ := hubDirected(3000, 20000)
	cases = append(cases, undirectedOf(d))
	same := func(c int, name string, got, want []float64, at func(int) int) {
		t.Helper()
		for i := range want {
			if g, w := got[at(i)], want[i]; math.Float64bits(g) != math.Float64bits(w) && !(math.IsNaN(g) && math.IsNaN(w)) {
				t.Fatalf("case %d: %s of node %d: %v, %v under the first numbering", c, name, i, g, w)
			}
		}
	}
	id := func(i int) int { return i }
	for c, g := range cases {
		base := rowHoles(g)
		perm := make([]int32, g.N)
		for i := range perm {
			perm[i] = int32(i)
		}
		r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		h := relabel(g, perm)
		at := func(i int) int { return int(perm[i]) }
		for _, x := range []struct {
			name string
			got  Holes
			at   func(int) int
		}{
			{"triangle pass", triangleHoles(g), id},
			{"renumbered, node by node", rowHoles(h), at},
			{"renumbered, triangle pass", triangleHoles(h), at},
		} {
			same(c, "constraint ("+x.name+")", x.got.Constraint, base.Constraint, x.at)
			same(c, "effective size ("+x.name+")", x.got.EffectiveSize, base.EffectiveSize, x.at)
			same(c, "hierarchy ("+x.name+")", x.got.Hierarchy, base.Hierarchy, x.at)
		}
	}
}

// TestStructuralHolesUndefinedWeights: a weight that is not finite and
// positive leaves the measures of the nodes whose terms read it undefined
// (NaN), its ends and their contacts, and the others as they are.
func TestStructuralHolesUndefinedWeights(t *testing.T) {
	// a path 0-1-2-3-4-5 and a triangle 3-4-5; the tie 0-1 weighs -1
	arcs := []graph.Arc{{U: 0, V: 1, W: -1}, {U: 1, V: 2, W: 1}, {U: 2, V: 3, W: 2}, {U: 3, V: 4, W: 1}, {U: 4, V: 5, W: 3}, {U: 3, V: 5, W: 1}}
	g := graph.NewCSR(6, arcs, true)
	want := []bool{true, true, true, false, false, false}
	for _, h := range []Holes{rowHoles(g), triangleHoles(g)} {
		for i, undef := range want {
			for _, v := range []float64{h.Constraint[i], h.EffectiveSize[i], h.Hierarchy[i]} {
				if math.IsNaN(v) != undef {
					t.Errorf("node %d: %v, want NaN %v", i, v, undef)
				}
			}
		}
	}
}
