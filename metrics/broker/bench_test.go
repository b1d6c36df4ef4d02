package broker

import (
	"math/rand/v2"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// sparseDirected returns a seeded random directed graph with n nodes and
// about m arcs, and n/400 groups (at least 2), node i in group i % groups.
func sparseDirected(n, m int) (*graph.CSR, []int32) {
	r := rand.New(rand.NewPCG(uint64(n), uint64(m)))
	arcs := make([]graph.Arc, 0, m)
	for len(arcs) < m {
		u, v := r.IntN(n), r.IntN(n)
		if u != v {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
		}
	}
	groups := max(2, n/400)
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(i % groups)
	}
	return graph.NewCSR(n, arcs, false), grp
}

func reportEdges(b *testing.B, g *graph.CSR) {
	b.ReportMetric(float64(g.Edges())*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkBrokerage_100kEdges: 20,000 units, 100,000 directed arcs.
func BenchmarkBrokerage_100kEdges(b *testing.B) {
	d, grp := sparseDirected(20000, 100000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Brokerage(d, grp); err != nil {
			b.Fatal(err)
		}
	}
	reportEdges(b, d)
}

// BenchmarkStructuralHoles_100kEdges: Constraint, EffectiveSize and Hierarchy
// on the undirected version of the same graph (about 200,000 stored arcs).
func BenchmarkStructuralHoles_100kEdges(b *testing.B) {
	d, _ := sparseDirected(20000, 100000)
	arcs := make([]graph.Arc, 0, d.Edges())
	for u := 0; u < d.N; u++ {
		adj, w := d.Neighbors(u)
		for k, v := range adj {
			arcs = append(arcs, graph.Arc{U: int32(u), V: v, W: w[k]})
		}
	}
	g := graph.NewCSR(d.N, arcs, true)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Constraint(g)
		EffectiveSize(g)
		Hierarchy(g)
	}
	reportEdges(b, g)
}

// BenchmarkCuts_1MNodes: ArticulationPoints and Bridges on a random graph of
// a million nodes and about 1.5 million ties.
func BenchmarkCuts_1MNodes(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 1_000_000
	arcs := make([]graph.Arc, 0, 3*n/2)
	for len(arcs) < 3*n/2 {
		u, v := r.IntN(n), r.IntN(n)
		if u != v {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 1})
		}
	}
	g := graph.NewCSR(n, arcs, true)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ArticulationPoints(g)
		Bridges(g)
	}
	reportEdges(b, g)
}
