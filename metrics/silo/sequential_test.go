package silo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// openWithSilo builds a seeded random graph of groups*size nodes, node i
// in group i/size, about deg ties per node drawn between uniform random
// endpoints (so every group mixes at chance), plus inside group 0 every
// pair tied with probability pin. Weights are in [0.5, 3.5).
func openWithSilo(seed uint64, groups, size, deg int, pin float64) (*graph.CSR, []int32) {
	r := rand.New(rand.NewPCG(seed, 31))
	n := groups * size
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(i / size)
	}
	var arcs []graph.Arc
	for len(arcs) < n*deg/2 {
		u, v := r.IntN(n), r.IntN(n)
		if u != v {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
		}
	}
	for u := 0; u < size; u++ {
		for v := u + 1; v < size; v++ {
			if r.Float64() < pin {
				arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
			}
		}
	}
	return graph.NewCSR(n, arcs, true), grp
}

// TestSequentialPlantedSilo: one closed group among 199 that mix at
// chance, with a budget of 3,000 permutations of the whole network. The
// fixed count that budget buys cannot reach alpha after Holm's correction
// over 200 groups (200/3,001 = 0.067); the sequential test stops the open
// groups early and spends the rest on the closed one, which reaches
// PermutationsFor(200, 0.05) = 80,000 permutations and an adjusted p of
// 200/80,001 = 0.0025.
func TestSequentialPlantedSilo(t *testing.T) {
	const groups = 200
	g, grp := openWithSilo(1, groups, 20, 8, 0.9)
	visits := float64(g.N + g.Edges()/2)
	budget := 3000 * visits
	if floor := SmallestAdjustedP(groups, 3000); !(floor > DefaultAlpha) {
		t.Fatalf("the fixed count's floor %g should be above alpha", floor)
	}
	fixed, err := Groups(g, grp, groups, Options{Permutations: 3000, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !(fixed[0].PAdjusted > DefaultAlpha) {
		t.Errorf("fixed 3,000 permutations: adjusted p %g, want > alpha (it cannot be lower)", fixed[0].PAdjusted)
	}
	s, err := Groups(g, grp, groups, Options{Seed: 3, Budget: budget})
	if err != nil {
		t.Fatal(err)
	}
	want := PermutationsFor(groups, DefaultAlpha)
	if s[0].Permutations != want || s[0].Stopped || s[0].Null.Permutations != want {
		t.Errorf("silo: %d permutations (stopped %v, null %d), want %d run to the cap", s[0].Permutations, s[0].Stopped, s[0].Null.Permutations, want)
	}
	if got := s[0].EIPValue; got != 1/float64(want+1) {
		t.Errorf("silo: p %g, want 1/%d", got, want+1)
	}
	if !(s[0].PAdjusted < DefaultAlpha/10) || Judge(s[0], Thresholds{}) != Silo {
		t.Errorf("silo: adjusted p %g (H %.3f), want below alpha/10 and a silo verdict", s[0].PAdjusted, s[0].Homophily)
	}
	// The open groups mostly stop; a stopped group's p is h/L, and the
	// work stays within the budget (charged per started block).
	stopped, work := 0, 0.0
	for _, x := range s[1:] {
		if x.Stopped {
			stopped++
			if x.EIPValue != float64(StopExceedances)/float64(x.Permutations) {
				t.Errorf("group %d: stopped with p %g after %d permutations, want %d/%d", x.Group, x.EIPValue, x.Permutations, StopExceedances, x.Permutations)
			}
		}
		if x.PermutationCap != want || x.Permutations > want || x.Stopped == (x.Permutations == want) {
			t.Errorf("group %d: %d permutations (stopped %v) of a cap of %d, want the cap %d, reached only when not stopped", x.Group, x.Permutations, x.Stopped, x.PermutationCap, want)
		}
		if x.Verdict() == Silo {
			t.Errorf("group %d mixes at chance, judged a silo (adjusted p %g)", x.Group, x.PAdjusted)
		}
		work += seqVisitCost * float64(x.Permutations) * float64(x.Size) * visits / float64(g.N)
	}
	work += seqVisitCost * float64(s[0].Permutations) * float64(s[0].Size) * visits / float64(g.N)
	t.Logf("%d of %d open groups stopped; work %.3g of budget %.3g", stopped, groups-1, work, budget)
	if stopped < (groups-1)*9/10 {
		t.Errorf("%d of %d open groups stopped early, want at least 90%%", stopped, groups-1)
	}
	if work > budget {
		t.Errorf("work %g over the budget %g", work, budget)
	}
}

// Verdict is the default verdict of s (test helper).
func (s GroupStats) Verdict() Verdict { return Judge(s, Thresholds{}) }

// TestSequentialNull: labels that ignore the ties make the sequential
// p-value uniform at its attainable values; Besag & Clifford (1991) show
// P(p <= h/L) = h/L exactly for a continuous statistic, so with h = 20
// P(p <= 0.05) = 20/400 and P(p <= 0.5) = 20/40 exactly. Over 1,000
// independent random graphs with random labels the number of group-0
// p-values at or below each is Binomial(1000, share); the accepted ranges
// hold 99.9% of each distribution.
func TestSequentialNull(t *testing.T) {
	const runs = 1000
	below05, below50, stopped := 0, 0, 0
	for seed := uint64(0); seed < runs; seed++ {
		r := rand.New(rand.NewPCG(seed, 2026))
		g, _ := planted(seed+5000, 1, 40, 0.1, 0)
		grp := make([]int32, g.N)
		for i := range grp {
			grp[i] = int32(r.IntN(4))
		}
		stats, err := Groups(g, grp, 4, Options{Seed: seed, Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		p := stats[0].EIPValue
		if math.IsNaN(p) {
			continue
		}
		if stats[0].Stopped {
			stopped++
		}
		if p <= 0.05 {
			below05++
		}
		if p <= 0.5 {
			below50++
		}
	}
	t.Logf("%d of %d stopped early", stopped, runs)
	if stopped < runs*9/10 {
		t.Errorf("%d of %d null groups stopped early, want at least 90%%", stopped, runs)
	}
	checkNullShares(t, runs, below05, below50)
}

// TestSequentialDeterministic: the sequential test gives the same
// p-values, counts and stops for any number of workers, with and without a
// budget that binds; another seed gives other p-values.
func TestSequentialDeterministic(t *testing.T) {
	g, grp := openWithSilo(4, 40, 15, 6, 0.4)
	visits := float64(g.N + g.Edges()/2)
	for _, budget := range []float64{0, 300 * visits} {
		run := func(workers int, seed uint64) []GroupStats {
			s, err := Groups(g, grp, 40, Options{Seed: seed, Workers: workers, Budget: budget})
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		want := run(1, 5)
		capped := 0
		for _, x := range want {
			if x.Permutations > 0 && !x.Stopped && x.Permutations < PermutationsFor(40, 0) {
				capped++
				if x.Permutations != x.PermutationCap {
					t.Errorf("group %d cut by the budget at %d permutations, cap %d", x.Group, x.Permutations, x.PermutationCap)
				}
			}
		}
		if (budget > 0) != (capped > 0) {
			t.Fatalf("budget %g: %d groups cut by the budget", budget, capped)
		}
		for _, workers := range []int{2, 3, 0} {
			t.Run(fmt.Sprintf("budget=%g/workers=%d", budget, workers), func(t *testing.T) {
				got := run(workers, 5)
				for c := range got {
					if got[c].EIPValue != want[c].EIPValue || got[c].Permutations != want[c].Permutations ||
						got[c].Stopped != want[c].Stopped || got[c].Null != want[c].Null {
						t.Errorf("group %d: p %v after %d (stopped %v), want %v after %d (stopped %v)", c,
							got[c].EIPValue, got[c].Permutations, got[c].Stopped, want[c].EIPValue, want[c].Permutations, want[c].Stopped)
					}
				}
			})
		}
		other := run(2, 6)
		differ := false
		for c := range other {
			differ = differ || other[c].EIPValue != want[c].EIPValue
		}
		if !differ {
			t.Errorf("budget %g: seeds 5 and 6 gave identical p-values", budget)
		}
	}
}

// benchGroups is a person-level sized network: 20,000 nodes in 400 groups
// of 50, 200,000 ties between uniform random endpoints, and in the first
// 20 groups each pair of members tied with probability 0.2 as well.
func benchGroups() (*graph.CSR, []int32) {
	const n, size, silos = 20000, 50, 20
	r := rand.New(rand.NewPCG(2026, 12))
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(i / size)
	}
	arcs := make([]graph.Arc, 0, 230000)
	for len(arcs) < 200000 {
		u, v := r.IntN(n), r.IntN(n)
		if u != v {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
		}
	}
	for s := range silos {
		for u := s * size; u < (s+1)*size; u++ {
			for v := u + 1; v < (s+1)*size; v++ {
				if r.Float64() < 0.2 {
					arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
				}
			}
		}
	}
	return graph.NewCSR(n, arcs, true), grp
}

// BenchmarkGroups_20kNodes400Groups compares, under the same budget of
// 2·10⁸ node and tie visits, the fixed count the former default ran
// (budget/(n+m), never below MinPermutations: 1,000 here) with the
// sequential default. edge/s counts ties x the permutations of the most
// tested group; min-padj is the smallest Holm-adjusted p reached (the 20
// groups with dense insides are the most significant).
func BenchmarkGroups_20kNodes400Groups(b *testing.B) {
	g, grp := benchGroups()
	const budget = 2e8
	fixed := max(MinPermutations, min(PermutationsFor(400, 0), int(budget/float64(g.N+g.Edges()/2))))
	for _, c := range []struct {
		mode string
		opt  Options
	}{
		{"fixed", Options{Permutations: fixed}},
		{"sequential", Options{Budget: budget}},
	} {
		b.Run("mode="+c.mode, func(b *testing.B) {
			var s []GroupStats
			perms := 0
			for i := 0; i < b.N; i++ {
				opt := c.opt
				opt.Seed = uint64(i)
				var err error
				if s, err = Groups(g, grp, 400, opt); err != nil {
					b.Fatal(err)
				}
				for _, x := range s {
					perms = max(perms, x.Permutations)
				}
			}
			minP := 1.0
			for _, x := range s {
				minP = min(minP, x.PAdjusted)
			}
			b.ReportMetric(float64(g.Edges()/2)*float64(perms)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
			b.ReportMetric(minP, "min-padj")
		})
	}
}
