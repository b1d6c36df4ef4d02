package silo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// planted builds a seeded random graph of groups*size nodes, node i in group
// i/size, with tie probability pin inside groups and pout across, weights in
// [0.5, 3.5).
func planted(seed uint64, groups, size int, pin, pout float64) (*graph.CSR, []int32) {
	r := rand.New(rand.NewPCG(seed, 99))
	n := groups * size
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(i / size)
	}
	var arcs []graph.Arc
	for u := 0; u < n; u++ {
		for v := u + 1; v < n; v++ {
			p := pout
			if grp[u] == grp[v] {
				p = pin
			}
			if r.Float64() < p {
				arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
			}
		}
	}
	return graph.NewCSR(n, arcs, true), grp
}

// sparsePlanted is planted for large n: about m ties, a share in of them
// inside groups, drawn by endpoints instead of over all pairs.
func sparsePlanted(seed uint64, n, groups, m int, in float64) (*graph.CSR, []int32) {
	r := rand.New(rand.NewPCG(seed, 7))
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(i % groups)
	}
	arcs := make([]graph.Arc, 0, m)
	for len(arcs) < m {
		u := r.IntN(n)
		v := r.IntN(n)
		if r.Float64() < in {
			v = v - v%groups + u%groups // same group as u
			if v >= n {
				continue
			}
		}
		if u != v {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
		}
	}
	return graph.NewCSR(n, arcs, true), grp
}

// TestPermutationPlantedSilo: three groups of 20 with dense insides and
// sparse ties across are far more closed than random relabelling allows.
func TestPermutationPlantedSilo(t *testing.T) {
	g, grp := planted(1, 3, 20, 0.3, 0.02)
	stats, err := Groups(g, grp, 3, Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stats {
		if !(s.EIIndex < 0 && s.EIPValue < 0.01) {
			t.Errorf("group %d: ei %.3f p %.4f, want ei < 0 and p < 0.01", s.Group, s.EIIndex, s.EIPValue)
		}
		// The default for 3 tested groups is max(1000, 20*3/0.05) = 1,200
		// permutations: the smallest p possible is 1/1201 and Holm's
		// smallest adjusted p 3/1201.
		if s.EIPValue < 1.0/1201-1e-15 {
			t.Errorf("group %d: p %g below 1/(P+1)", s.Group, s.EIPValue)
		}
		if s.PAdjusted < 3.0/1201-1e-15 || s.PAdjusted > 0.05/20 {
			t.Errorf("group %d: adjusted p %g, want 3/1201 <= p <= alpha/20", s.Group, s.PAdjusted)
		}
		if s.Null.Permutations != 1200 {
			t.Errorf("group %d: %d permutations ran, want PermutationsFor(3, 0.05) = 1200", s.Group, s.Null.Permutations)
		}
	}
}

// binomBounds returns the smallest lo and largest hi with P(X < lo) and
// P(X > hi) each below alpha/2 for X ~ Binomial(n, p).
func binomBounds(n int, p, alpha float64) (lo, hi int) {
	pmf := make([]float64, n+1)
	for k := 0; k <= n; k++ {
		lg, _ := math.Lgamma(float64(n + 1))
		a, _ := math.Lgamma(float64(k + 1))
		b, _ := math.Lgamma(float64(n - k + 1))
		pmf[k] = math.Exp(lg - a - b + float64(k)*math.Log(p) + float64(n-k)*math.Log1p(-p))
	}
	cum := 0.0
	for lo = 0; lo <= n; lo++ {
		if cum+pmf[lo] >= alpha/2 {
			break
		}
		cum += pmf[lo]
	}
	cum = 0
	for hi = n; hi >= 0; hi-- {
		if cum+pmf[hi] >= alpha/2 {
			break
		}
		cum += pmf[hi]
	}
	return lo, hi
}

// TestPermutationNull: on random graphs with labels that ignore the ties the
// p-value is uniform, so over 200 independent graphs the number with
// p <= 0.05 is Binomial(200, 0.05) (p = (count+1)/200 with 199 permutations
// makes P(p <= 0.05) exactly 0.05 without ties) and the number with p <= 0.5
// Binomial(200, 0.5). The accepted ranges hold 99.9% of each distribution.
func TestPermutationNull(t *testing.T) {
	const runs = 200
	below05, below50 := 0, 0
	for seed := uint64(0); seed < runs; seed++ {
		r := rand.New(rand.NewPCG(seed, 2005))
		g, _ := planted(seed+1000, 1, 40, 0.1, 0)
		grp := make([]int32, g.N)
		for i := range grp {
			grp[i] = int32(r.IntN(4))
		}
		stats, err := Groups(g, grp, 4, Options{Permutations: 199, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		p := stats[0].EIPValue
		if p <= 0.05 {
			below05++
		}
		if p <= 0.5 {
			below50++
		}
	}
	checkNullShares(t, runs, below05, below50)
}

// TestPermutationExact: on an 8-node graph with two groups of 4 there are
// only C(8,4) = 70 labellings; the chance that a random one gives group 0 an
// E-I index at or below the observed is counted exactly and the permutation
// p-value from 20,000 permutations must lie within 5 standard errors of it.
func TestPermutationExact(t *testing.T) {
	g, _ := planted(3, 2, 4, 0.7, 0.3)
	grp := []int32{0, 0, 0, 0, 1, 1, 1, 1}
	stats, err := Groups(g, grp, 2, Options{Permutations: 20000, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	obs := stats[0].EIIndex
	hits, all := 0, 0
	lab := make([]int32, 8)
	for mask := 0; mask < 256; mask++ {
		if popcount(mask) != 4 {
			continue
		}
		for i := range lab {
			lab[i] = int32(1 - (mask>>i)&1)
		}
		e, _ := groupEI(g, lab, 0)
		all++
		if e <= obs+tieTolerance {
			hits++
		}
	}
	q := float64(hits) / float64(all)
	se := math.Sqrt(q*(1-q)/20000) + 1.0/20001
	got := stats[0].EIPValue
	t.Logf("exact %d/%d = %.4f, permutation p = %.4f", hits, all, q, got)
	if all != 70 || math.Abs(got-q) > 5*se {
		t.Errorf("p = %.4f, exact %.4f (%d of %d labellings), allowed +-%.4f", got, q, hits, all, 5*se)
	}
}

func popcount(x int) int {
	c := 0
	for ; x > 0; x &= x - 1 {
		c++
	}
	return c
}

// groupEI is group c's weighted E-I index straight from the definition.
func groupEI(g *graph.CSR, lab []int32, c int32) (float64, bool) {
	var e, in float64
	for u := 0; u < g.N; u++ {
		adj, w := g.Neighbors(u)
		for k, v := range adj {
			if int(v) < u {
				continue
			}
			switch {
			case lab[u] == c && lab[v] == c:
				in += w[k]
			case lab[u] == c || lab[v] == c:
				e += w[k]
			}
		}
	}
	return (e - in) / (e + in), e+in > 0
}

// TestPermutationDeterministic: the same seed gives identical p-values for
// any number of workers and any GOMAXPROCS; another seed gives others.
func TestPermutationDeterministic(t *testing.T) {
	g, grp := planted(9, 4, 15, 0.15, 0.08)
	run := func(workers int) []float64 {
		s, err := Groups(g, grp, 4, Options{Permutations: 333, Seed: 77, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		out := make([]float64, len(s))
		for i := range s {
			out[i] = s[i].EIPValue
		}
		return out
	}
	want := run(1)
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		for _, workers := range []int{0, 1, 2, 3, 11} {
			t.Run(fmt.Sprintf("procs=%d/workers=%d", procs, workers), func(t *testing.T) {
				got := run(workers)
				for c := range got {
					if got[c] != want[c] {
						t.Errorf("group %d: p = %v, want %v (workers=1)", c, got[c], want[c])
					}
				}
			})
		}
	}
	s, _ := Groups(g, grp, 4, Options{Permutations: 333, Seed: 78})
	differ := false
	for c := range s {
		differ = differ || s[c].EIPValue != want[c]
		// (count+1)/(P+1) with P = 333: p*334 is a whole number.
		if x := s[c].EIPValue * 334; math.Abs(x-math.Round(x)) > 1e-9 {
			t.Errorf("group %d: p*334 = %g, not a whole number", c, x)
		}
	}
	if !differ {
		t.Error("seeds 77 and 78 gave identical p-values for every group")
	}
}

func benchPermutation(b *testing.B, g *graph.CSR, grp []int32, k int) {
	b.Helper()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Groups(g, grp, k, Options{Permutations: MinPermutations, Seed: uint64(i)}); err != nil {
			b.Fatal(err)
		}
	}
	edges := float64(g.Edges()/2) * MinPermutations * float64(b.N)
	b.ReportMetric(edges/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkPermutation_units: unit-level studies (40 and 400 units, 8
// sectors, mean degree about 8), 1,000 permutations per op. edge/s counts
// tie visits: ties x permutations.
func BenchmarkPermutation_units(b *testing.B) {
	for _, n := range []int{40, 400} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			g, grp := sparsePlanted(1, n, 8, 4*n, 0.6)
			benchPermutation(b, g, grp, 8)
		})
	}
}

// BenchmarkPermutation_100kEdges: 20,000 nodes, 100,000 ties, 50 groups,
// 1,000 permutations per op.
func BenchmarkPermutation_100kEdges(b *testing.B) {
	g, grp := sparsePlanted(2, 20000, 50, 100000, 0.6)
	benchPermutation(b, g, grp, 50)
}

// BenchmarkParticipation_100kEdges: one pass; edge/s counts stored arcs.
func BenchmarkParticipation_100kEdges(b *testing.B) {
	g, grp := sparsePlanted(2, 20000, 50, 100000, 0.6)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Participation(g, grp); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(g.Edges())*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// checkNullShares checks that below05 and below50 of runs null p-values
// lie at or below 0.05 and 0.5 within the 99.9% binomial range.
func checkNullShares(t *testing.T, runs, below05, below50 int) {
	t.Helper()
	for _, c := range []struct {
		name  string
		got   int
		share float64
	}{{"p <= 0.05", below05, 0.05}, {"p <= 0.5", below50, 0.5}} {
		lo, hi := binomBounds(runs, c.share, 0.001)
		t.Logf("%s: %d of %d (accept %d..%d)", c.name, c.got, runs, lo, hi)
		if c.got < lo || c.got > hi {
			t.Errorf("%s in %d of %d null runs, want %d..%d", c.name, c.got, runs, lo, hi)
		}
	}
}
