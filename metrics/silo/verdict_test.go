package silo

import (
	"fmt"
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// inwardGraph builds a complete weighted graph on n nodes in which group
// g (g = 0, 1, ...) holds sizes[g] nodes, the remaining nodes are groups of
// one, every tie weighs 1 except the ties inside group g, which weigh the
// a_g that gives the group homophily index h[g] exactly.
//
// "The same inwardness" means the same H = (p - q)/(1 - q): p the share of
// the group's tie weight that stays inside, q the share random mixing
// gives a group of its size, (m-1)/(2n-m-1) for m of n nodes. For a group
// of m, I = a m(m-1)/2 and E = m(n-m), so p = q + H(1 - q) gives
// a = p E / ((1-p) m(m-1)/2); H = 0 gives a = 1, ties that ignore the
// groups. Every node has a tie to every other, so even a group of two has
// 2(n-2) external ties against which its one internal tie can stand out:
// significance is reachable for every size.
func inwardGraph(n int, sizes []int, h []float64) (*graph.CSR, []int32, int) {
	grp := make([]int32, n)
	next := 0
	for g, m := range sizes {
		for range m {
			grp[next] = int32(g)
			next++
		}
	}
	k := len(sizes)
	for ; next < n; next++ {
		grp[next] = int32(k)
		k++
	}
	a := make([]float64, len(sizes))
	for g, m := range sizes {
		q := float64(m-1) / float64(2*n-m-1)
		p := q + h[g]*(1-q)
		e := float64(m * (n - m))
		a[g] = p * e / ((1 - p) * float64(m*(m-1)) / 2)
	}
	var arcs []graph.Arc
	for u := range n {
		for v := u + 1; v < n; v++ {
			w := 1.0
			if grp[u] == grp[v] && int(grp[u]) < len(sizes) {
				w = a[grp[u]]
			}
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: w})
		}
	}
	return graph.NewCSR(n, arcs, true), grp, k
}

// TestVerdictSizeFree: the same planted inwardness gets the same verdict
// in a group of 2, 5 and 20 of 200 nodes and in one holding half the
// network (the contract: a rule must not depend on group size). H = 0.6
// is a silo in all four, H = 0.2 a group to watch in all four. A group
// holding half the network that mixes at chance (H = 0) gets no verdict
// (beside three silos, whose heavy insides make random halves noisy), and
// one holding 80% of an otherwise even network with H = 0.05 is
// significant but only to watch, never a silo (the former rule, E-I < 0 and
// p <= 0.05, called it a silo: its E-I is -0.36 because the group is
// large, and its expected E-I -0.33).
func TestVerdictSizeFree(t *testing.T) {
	const n = 200
	for _, c := range []struct {
		name  string
		sizes []int
		h     []float64
		want  []Verdict
	}{
		{"silo at H=0.6", []int{2, 5, 20, 100}, []float64{0.6, 0.6, 0.6, 0.6}, []Verdict{Silo, Silo, Silo, Silo}},
		{"watch at H=0.2", []int{2, 5, 20, 100}, []float64{0.2, 0.2, 0.2, 0.2}, []Verdict{Watch, Watch, Watch, Watch}},
		{"half at chance", []int{2, 5, 20, 100}, []float64{0.6, 0.6, 0.6, 0}, []Verdict{Silo, Silo, Silo, None}},
		{"most at H=0.05", []int{160}, []float64{0.05}, []Verdict{Watch}},
	} {
		t.Run(c.name, func(t *testing.T) {
			g, grp, k := inwardGraph(n, c.sizes, c.h)
			stats, err := Groups(g, grp, k, Options{Seed: 7})
			if err != nil {
				t.Fatal(err)
			}
			// With 4 tested groups (the rest are groups of one) the
			// default runs max(1000, 20*4/0.05) = 1,600 permutations, so
			// the smallest adjusted p is 4/1601 = 0.0025.
			if p, want := stats[0].Null.Permutations, PermutationsFor(len(c.sizes), 0); p != want {
				t.Fatalf("%d permutations, want %d", p, want)
			}
			for i, m := range c.sizes {
				s := stats[i]
				v := Judge(s, Thresholds{})
				t.Logf("group of %3d: H %.4f (planted %.2f), E-I %.3f, expected %.3f, p %.5f, adjusted %.5f: %q",
					m, s.Homophily, c.h[i], s.EIIndex, s.EIExpected, s.EIPValue, s.PAdjusted, v)
				if math.Abs(s.Homophily-c.h[i]) > 1e-9 {
					t.Errorf("group of %d: H = %.12f, planted %.2f", m, s.Homophily, c.h[i])
				}
				if v != c.want[i] {
					t.Errorf("group of %d with H = %.2f: verdict %q, want %q", m, c.h[i], v, c.want[i])
				}
				// Not a near miss: a planted effect is significant with
				// room to spare, chance mixing far from it.
				if c.h[i] > 0 && !(s.PAdjusted <= DefaultAlpha/2) {
					t.Errorf("group of %d with H = %.2f: adjusted p %.4f, want <= %.3f", m, c.h[i], s.PAdjusted, DefaultAlpha/2)
				}
				if c.h[i] == 0 && !(s.PAdjusted > 0.2) {
					t.Errorf("group of %d mixing at chance: adjusted p %.4f, want > 0.2", m, s.PAdjusted)
				}
			}
			for _, s := range stats[len(c.sizes):] {
				if !math.IsNaN(s.EIPValue) || Judge(s, Thresholds{}) != None {
					t.Errorf("group of one %d: p %g, verdict %q; want no p-value and no verdict", s.Group, s.EIPValue, Judge(s, Thresholds{}))
				}
			}
		})
	}
}

// TestJudge: the rule on its edges.
func TestJudge(t *testing.T) {
	nan := math.NaN()
	for _, c := range []struct {
		name string
		s    GroupStats
		th   Thresholds
		want Verdict
	}{
		{"silo", GroupStats{Size: 3, Homophily: 0.5, PAdjusted: 0.05}, Thresholds{}, Silo},
		{"watch", GroupStats{Size: 3, Homophily: 0.49, PAdjusted: 0.05}, Thresholds{}, Watch},
		{"not significant", GroupStats{Size: 3, Homophily: 0.9, PAdjusted: 0.0501}, Thresholds{}, None},
		{"open", GroupStats{Size: 3, Homophily: 0, PAdjusted: 0.001}, Thresholds{}, None},
		{"more open than chance", GroupStats{Size: 3, Homophily: -0.2, PAdjusted: 0.001}, Thresholds{}, None},
		{"group of one", GroupStats{Size: 1, Homophily: 0.9, PAdjusted: 0.001}, Thresholds{}, None},
		{"no p-value", GroupStats{Size: 3, Homophily: 0.9, PAdjusted: nan}, Thresholds{}, None},
		{"no H", GroupStats{Size: 3, Homophily: nan, PAdjusted: 0.001}, Thresholds{}, None},
		{"own thresholds", GroupStats{Size: 3, Homophily: 0.35, PAdjusted: 0.009}, Thresholds{Alpha: 0.01, Homophily: 0.3}, Silo},
		{"own alpha", GroupStats{Size: 3, Homophily: 0.9, PAdjusted: 0.02}, Thresholds{Alpha: 0.01}, None},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Judge(c.s, c.th); got != c.want {
				t.Errorf("Judge(H %g, adjusted p %g) = %q, want %q", c.s.Homophily, c.s.PAdjusted, got, c.want)
			}
		})
	}
}

// TestHolm: reference values from R 4.2.2, p.adjust(c(0.01, 0.04, 0.03,
// 0.005, NA, 0.5, 0.04), method = "holm") = 0.05 0.12 0.12 0.03 NA 0.50
// 0.12 (the NA is left out of the family, as R does).
func TestHolm(t *testing.T) {
	nan := math.NaN()
	got := Holm([]float64{0.01, 0.04, 0.03, 0.005, nan, 0.5, 0.04})
	refgraph.CompareFloats(t, "holm", got, []float64{0.05, 0.12, 0.12, 0.03, nan, 0.5, 0.12})
	if h := Holm(nil); len(h) != 0 {
		t.Errorf("Holm(nil) = %v", h)
	}
	refgraph.CompareFloats(t, "holm of one", Holm([]float64{0.3}), []float64{0.3})
	refgraph.CompareFloats(t, "holm capped at 1", Holm([]float64{0.6, 0.7}), []float64{1, 1})
}

// TestPermutationsFor: the default permutation count keeps the smallest
// Holm-adjusted p, tested/(P+1), at most alpha/10 (in fact about
// alpha/20) for any number of tested groups.
func TestPermutationsFor(t *testing.T) {
	for _, c := range []struct {
		tested int
		alpha  float64
		want   int
	}{
		{0, 0, 1000}, {1, 0.05, 1000}, {2, 0.05, 1000}, {3, 0.05, 1200}, {11, 0.05, 4400},
		{42, 0.05, 16800}, {42, 0.01, 84000}, {5, 0, 2000},
	} {
		t.Run(fmt.Sprintf("%d groups at %g", c.tested, c.alpha), func(t *testing.T) {
			p := PermutationsFor(c.tested, c.alpha)
			if p != c.want {
				t.Errorf("PermutationsFor(%d, %g) = %d, want %d", c.tested, c.alpha, p, c.want)
			}
			alpha := c.alpha
			if alpha == 0 {
				alpha = DefaultAlpha
			}
			if floor := float64(c.tested) / float64(p+1); floor > alpha/10 {
				t.Errorf("smallest adjusted p %g above alpha/10 = %g", floor, alpha/10)
			}
		})
	}
}

// TestHomophily: H from E-I and expected E-I equals (p - q)/(1 - q)
// worked from the shares, and is NaN where it is undefined.
func TestHomophily(t *testing.T) {
	// Lazega's Boston office (co-work): 73.7% of its weight inside where
	// chance gives 50.5%: I = 663, E = 236, n = 71, n_g = 48.
	ei := (236.0 - 663) / (236 + 663)
	exp := EIExpected(71, 48)
	p, q := 663.0/(663+236), (1-exp)/2
	refgraph.CompareFloats(t, "H", []float64{Homophily(ei, exp), Homophily(1, 1), Homophily(-1, 0)},
		[]float64{(p - q) / (1 - q), 0, 1})
	for _, c := range [][2]float64{{math.NaN(), 0.5}, {0.5, math.NaN()}, {-1, -1}} {
		if h := Homophily(c[0], c[1]); !math.IsNaN(h) {
			t.Errorf("Homophily(%g, %g) = %g, want NaN", c[0], c[1], h)
		}
	}
}

// TestPermutationBudget: the default count stops at the budget of node
// and tie visits, never below MinPermutations, and SmallestAdjustedP says
// what that costs.
func TestPermutationBudget(t *testing.T) {
	// 50 groups of 12 on 600 nodes: the rule asks for 20*50/0.05 = 20,000
	// permutations, far within PermutationBudget.
	g, grp := sparsePlanted(1, 600, 50, 1800, 0.5)
	visits := float64(g.N + g.Edges()/2)
	for _, c := range []struct {
		budget float64
		want   int
	}{
		{0, 20000},
		{5000 * visits, 5000}, // binds; every group looks closed, so 5,000 full shuffles (fullShufflesInstead)
		{1, 1000},             // below MinPermutations full shuffles: MinPermutations full shuffles
		{999 * visits, 1000},  // the same just under the floor
	} {
		s, err := Groups(g, grp, 50, Options{Seed: 1, Budget: c.budget})
		if err != nil {
			t.Fatal(err)
		}
		if p := s[0].PermutationCap; p != c.want {
			t.Errorf("budget %g: cap %d permutations, want %d", c.budget, p, c.want)
		}
		if p := s[0].Null.Permutations; p != c.want {
			t.Errorf("budget %g: %d permutations, want %d", c.budget, p, c.want)
		}
	}
	// Under the rule the smallest adjusted p is below alpha/10; under the
	// binding budget it is 50/5,001, above it (the command line warns).
	for _, c := range []struct {
		family, perms int
		want          float64
	}{{50, 20000, 50.0 / 20001}, {50, 5000, 50.0 / 5001}, {42, 1000, 42.0 / 1001}, {5000, 1000, 1}} {
		if got := SmallestAdjustedP(c.family, c.perms); got != c.want {
			t.Errorf("SmallestAdjustedP(%d, %d) = %g, want %g", c.family, c.perms, got, c.want)
		}
	}
	if !(SmallestAdjustedP(50, 20000) <= DefaultAlpha/10) || !(SmallestAdjustedP(50, 5000) > DefaultAlpha/10) {
		t.Error("the rule's floor should be below alpha/10, the binding budget's above")
	}
}

// TestFullShufflesInstead: the default runs full shuffles when the groups
// that look closed would leave the sequential test fewer permutations
// than the full shuffles the budget pays for, and the sequential test
// when few groups look closed.
func TestFullShufflesInstead(t *testing.T) {
	const n, m = 10000, 90000
	groups := func(k, closed int) []GroupStats {
		out := make([]GroupStats, k)
		for i := range out {
			out[i] = GroupStats{Size: n / k, EIIndex: 0.97, EIExpected: 0.98, InternalTies: 10, ExternalTies: 900} // 1.5 standard errors below
			if i < closed {
				out[i].EIIndex = -0.5
			}
		}
		return out
	}
	for _, c := range []struct {
		name      string
		k, closed int
		budget    float64
		want      int
	}{
		{"budget pays for the full resolution, all closed", 100, 100, 1e12, 0},
		{"budget binds, all closed", 100, 100, 2e9, 20000},
		{"budget binds, one closed in a hundred", 100, 1, 2e9, 0},
		{"budget binds, none closed", 100, 0, 2e9, 0},
		{"budget below the floor, all closed", 100, 100, 1e7, MinPermutations},
	} {
		if got := fullShufflesInstead(groups(c.k, c.closed), n, m, c.k, c.budget, 0); got != c.want {
			t.Errorf("%s: %d full shuffles, want %d", c.name, got, c.want)
		}
	}
}
