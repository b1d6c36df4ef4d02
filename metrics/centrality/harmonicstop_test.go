package centrality

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestHarmonicPlan: the checkpoints ascend and end at Hoeffding's count
// for δ/2; L covers every checkpoint in the union bound; the first
// checkpoint is the fewest pivots with which a sample with no spread at
// all could stop; and where even that comes after Hoeffding's count (a
// small network, a loose bound) there is no plan.
func TestHarmonicPlan(t *testing.T) {
	for _, c := range []struct {
		n          int
		eps, delta float64
	}{{2000, 0.1, 0.1}, {20390, 0.05, 0.1}, {100430, 0.05, 0.1}, {1_000_000, 0.02, 0.01}, {5000, 0.05, 0.1}} {
		p, ok := newHarmonicPlan(c.n, c.eps, c.delta)
		if !ok {
			t.Errorf("n %d eps %v: no plan", c.n, c.eps)
			continue
		}
		if want := harmonicPivotCount(c.n, c.eps, c.delta/2); p.hoeffK != want || p.checks[len(p.checks)-1] != want || p.hoeffK >= c.n {
			t.Errorf("n %d: Hoeffding count %d, last checkpoint %d; want %d < n", c.n, p.hoeffK, p.checks[len(p.checks)-1], want)
		}
		for i := 1; i < len(p.checks); i++ {
			if p.checks[i] <= p.checks[i-1] {
				t.Errorf("n %d: checkpoints %v do not ascend", c.n, p.checks)
			}
		}
		if min := math.Log(4 * float64(c.n) * float64(len(p.checks)) / (c.delta / 2)); p.logL < min {
			t.Errorf("n %d: L %v below ln(4nJ/(δ/2)) = %v for %d checkpoints", c.n, p.logL, min, len(p.checks))
		}
		f := float64(c.n) / float64(c.n-1)
		still := func(k int) float64 { return f * 7 * p.logL / (3 * float64(k-1)) }
		if k := p.checks[0]; still(k) > c.eps || still(k-1) <= c.eps {
			t.Errorf("n %d: first checkpoint %d: no-spread bound %v there, %v one pivot earlier, eps %v", c.n, k, still(k), still(k-1), c.eps)
		}
	}
	if p, ok := newHarmonicPlan(300, 0.25, 0.1); ok {
		t.Errorf("300 nodes at 0.25: plan %v, want none (Hoeffding needs %d pivots)", p.checks, p.hoeffK)
	}
	// 300 nodes, 0.25: the old rule, Hoeffding with the whole δ,
	// ceil((300/299)^2 ln(2*300/0.1) / (2*0.25^2)) = ceil(70.06) = 71 pivots.
	g := twoCliques(150)
	r, _, err := BetweennessHarmonic(g, BetweennessOptions{MaxExactNodes: 100, Epsilon: 0.2, HarmonicEpsilon: 0.25})
	if err != nil {
		t.Fatal(err)
	}
	if r.HarmonicPivots != 71 || r.HarmonicBernstein || r.HarmonicEpsilon != harmonicBound(300, 71, DefaultDelta) {
		t.Errorf("small: %d pivots, stopped %v, bound %v; want 71, no, Hoeffding's %v", r.HarmonicPivots, r.HarmonicBernstein, r.HarmonicEpsilon, harmonicBound(300, 71, DefaultDelta))
	}
}

// TestHarmonicNoStopOnSpread: in two equal cliques every node's terms are
// 1 (a pivot in its clique) or 0 (in the other), the widest spread a term
// in [0, 1] can have, so the empirical Bernstein bound never beats
// Hoeffding's: the pivots run to Hoeffding's count for δ/2 and report its
// bound, and every estimate (1/2, from the pivots in one's clique) lies
// within it.
func TestHarmonicNoStopOnSpread(t *testing.T) {
	g := twoCliques(150)
	opt := BetweennessOptions{MaxExactNodes: 100, Epsilon: 0.2, HarmonicEpsilon: 0.15}
	p, ok := newHarmonicPlan(300, 0.15, DefaultDelta)
	if !ok || len(p.checks) < 2 {
		t.Fatalf("plan %v, %v: want at least two checkpoints", p.checks, ok)
	}
	r, h, err := BetweennessHarmonic(g, opt)
	if err != nil {
		t.Fatal(err)
	}
	hb := harmonicBound(300, p.hoeffK, DefaultDelta/2)
	if r.HarmonicPivots != p.hoeffK || r.HarmonicBernstein || r.HarmonicEpsilon != hb || hb > 0.15 {
		t.Errorf("%d pivots, stopped %v, bound %v; want %d, no, %v <= 0.15", r.HarmonicPivots, r.HarmonicBernstein, r.HarmonicEpsilon, p.hoeffK, hb)
	}
	exact := 149.0 / 299
	for v, x := range h {
		if math.Abs(x-exact) > r.HarmonicEpsilon {
			t.Errorf("node %d: %v, exact %v, beyond %v", v, x, exact, r.HarmonicEpsilon)
		}
	}
}

// twoCliques is two disjoint cliques of k nodes with ties of weight 1.
func twoCliques(k int) *graph.CSR {
	var arcs []graph.Arc
	for base := 0; base < 2*k; base += k {
		for i := base; i < base+k; i++ {
			for j := i + 1; j < base+k; j++ {
				arcs = append(arcs, graph.Arc{U: int32(i), V: int32(j), W: 1})
			}
		}
	}
	return graph.NewCSR(2*k, arcs, true)
}
