package broker

// The three measures computed separately, node by node, as sekat did
// before rowHoles fused them, summed in floating point in the order of the
// node ids: rowHoles, whose sums are exact, must agree to the last digits
// (TestRowHolesBitForBit).

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// dyads calls visit(j, c_ij) for every contact j of node i, with c_ij Burt's
// dyadic constraint of j on i,
//
//	c_ij = (p_ij + sum_{q != i,j} p_iq * p_qj)^2,
//
// where the sum runs over i's contacts q (p_qj is 0 when q and j are not
// tied). acc and mark are scratch arrays of length g.N; mark must not hold
// the value i+1 on entry except where this function set it for i itself.
func dyads(g *graph.CSR, i int, s []float64, acc []float64, mark []int32, visit func(j int32, c float64)) {
	adj, w := g.Neighbors(i)
	stamp := int32(i) + 1
	for k, j := range adj {
		mark[j] = stamp
		acc[j] = w[k] / s[i]
	}
	for k, q := range adj {
		piq := w[k] / s[i]
		qa, qw := g.Neighbors(int(q))
		for t, j := range qa {
			if mark[j] == stamp && j != q {
				acc[j] += piq * qw[t] / s[q]
			}
		}
	}
	for _, j := range adj {
		visit(j, acc[j]*acc[j])
	}
}

func pairConstraint(g *graph.CSR) []float64 {
	out := make([]float64, g.N)
	s := strengths(g)
	acc := make([]float64, g.N)
	mark := make([]int32, g.N)
	for i := range out {
		if g.Degree(i) == 0 {
			out[i] = math.NaN()
			continue
		}
		sum := 0.0
		dyads(g, i, s, acc, mark, func(_ int32, c float64) { sum += c })
		out[i] = sum
	}
	return out
}

func pairEffectiveSize(g *graph.CSR) []float64 {
	out := make([]float64, g.N)
	s := strengths(g)
	maxw := g.MaxWeights()
	// pi[q] = p_iq for q in N(i), valid where mark[q] == i+1.
	pi := make([]float64, g.N)
	mark := make([]int32, g.N)
	for i := range out {
		adj, w := g.Neighbors(i)
		if len(adj) == 0 {
			out[i] = math.NaN()
			continue
		}
		stamp := int32(i) + 1
		for k, q := range adj {
			mark[q] = stamp
			pi[q] = w[k] / s[i]
		}
		es := 0.0
		for _, j := range adj {
			r := 0.0
			ja, jw := g.Neighbors(int(j))
			for t, q := range ja {
				if mark[q] == stamp && q != j {
					r += pi[q] * jw[t] / maxw[j]
				}
			}
			es += 1 - r
		}
		out[i] = es
	}
	return out
}

func pairHierarchy(g *graph.CSR) []float64 {
	out := make([]float64, g.N)
	s := strengths(g)
	acc := make([]float64, g.N)
	mark := make([]int32, g.N)
	var cs []float64
	for i := range out {
		n := g.Degree(i)
		switch n {
		case 0:
			out[i] = math.NaN()
			continue
		case 1:
			out[i] = 0
			continue
		}
		cs = cs[:0]
		total := 0.0
		dyads(g, i, s, acc, mark, func(_ int32, c float64) {
			cs = append(cs, c)
			total += c
		})
		mean := total / float64(n)
		h := 0.0
		for _, c := range cs {
			// r ln r -> 0 as r -> 0: a contact whose dyadic constraint
			// underflows to 0 (weights 1e162 times weaker than the
			// others) adds nothing, not NaN.
			if r := c / mean; r > 0 {
				h += r * math.Log(r)
			}
		}
		out[i] = h / (float64(n) * math.Log(float64(n)))
	}
	return out
}

// TestRowHolesBitForBit: the fused, parallel node-by-node pass gives the
// same values bit for bit with one worker and with four, and the separate
// measures' values (summed in floating point) to 1e-13 relative, on the
// reference graphs, seeded random graphs (isolated nodes and single
// contacts among them) and the hub benchmark's graph.
func TestRowHolesBitForBit(t *testing.T) {
	var cases []*graph.CSR
	for _, rg := range refgraph.All(t) {
		cases = append(cases, rg.Undirected)
	}
	r := rand.New(rand.NewPCG(2026, 12))
	for k := 0; k < 60; k++ {
		cases = append(cases, randomUndirected(r, 1+r.IntN(200), []float64{0.01, 0.05, 0.3}[k%3]))
	}
	d, _ := hubDirected(3000, 20000)
	cases = append(cases, undirectedOf(d))
	near := func(name string, got, want []float64) {
		t.Helper()
		for i := range want {
			if math.IsNaN(got[i]) && math.IsNaN(want[i]) {
				continue
			}
			if math.Abs(got[i]-want[i]) > 1e-13*math.Max(1, math.Abs(want[i])) {
				t.Fatalf("%s of node %d: %v, separate pass %v", name, i, got[i], want[i])
			}
		}
	}
	same := func(name string, got, want []float64) {
		t.Helper()
		for i := range want {
			if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
				t.Fatalf("%s of node %d: %v with four workers, %v with one", name, i, got[i], want[i])
			}
		}
	}
	for _, g := range cases {
		old := runtime.GOMAXPROCS(1)
		one := rowHoles(g)
		runtime.GOMAXPROCS(4)
		four := rowHoles(g)
		runtime.GOMAXPROCS(old)
		same("constraint", four.Constraint, one.Constraint)
		same("effective size", four.EffectiveSize, one.EffectiveSize)
		same("hierarchy", four.Hierarchy, one.Hierarchy)
		near("constraint", one.Constraint, pairConstraint(g))
		near("effective size", one.EffectiveSize, pairEffectiveSize(g))
		near("hierarchy", one.Hierarchy, pairHierarchy(g))
	}
}

// TestStructuralHolesChoice: a network of dense units (many triangles per
// contact, no hub) goes node by node, a network with hubs of thousands of
// contacts and the sparser clustered benchmark by triangles, a small one
// node by node whatever its shape.
func TestStructuralHolesChoice(t *testing.T) {
	rowsWay := func(g *graph.CSR) bool {
		work := 0.0
		for v := 0; v < g.N; v++ {
			work += float64(g.Degree(v)) * float64(g.Degree(v))
		}
		return work <= pairWork || work <= rowPerTriangle*forwardOf(g.N, g.Start, g.Adj).estimateTriangles(g.Adj)
	}
	dense, _ := clusteredDirected(20_000, 120)
	clustered, _ := clusteredDirected(100_000, 36)
	hubs, _ := hubDirected(20000, 200000)
	small, _ := hubDirected(2000, 10000)
	for _, c := range []struct {
		name string
		g    *graph.CSR
		rows bool
	}{{"dense units", undirectedOf(dense), true}, {"clustered", undirectedOf(clustered), false}, {"hubs", undirectedOf(hubs), false}, {"small", undirectedOf(small), true}} {
		if got := rowsWay(c.g); got != c.rows {
			t.Errorf("%s: node by node %v, want %v", c.name, got, c.rows)
		}
	}
}
