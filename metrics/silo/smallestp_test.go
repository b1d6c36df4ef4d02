package silo

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestSmallestExactP: 1/C(n, size), from the binomial coefficients
// C(7, 2) = 21, C(6, 2) = 15, C(10, 5) = 252, C(8, 8) = 1.
func TestSmallestExactP(t *testing.T) {
	for _, c := range []struct {
		n, size int
		want    float64
	}{
		{7, 2, 1.0 / 21}, {6, 2, 1.0 / 15}, {6, 4, 1.0 / 15}, {10, 5, 1.0 / 252}, {8, 8, 1}, {8, 1, 1.0 / 8},
	} {
		if got := SmallestExactP(c.n, c.size); math.Abs(got-c.want) > 1e-12*c.want {
			t.Errorf("SmallestExactP(%d, %d) = %g, want %g", c.n, c.size, got, c.want)
		}
	}
	if got := SmallestExactP(3, 0); !math.IsNaN(got) {
		t.Errorf("SmallestExactP(3, 0) = %g, want NaN", got)
	}
}

// TestSmallNetworkPNotBelowExact: a sector of 2 of 7 units (the shape a
// user met: five one-unit sectors and one of two whose pair tie is 4.4
// times each other tie) is the most inward of the C(7, 2) = 21 member sets
// a shuffle can give it, so its exact p is 1/21 = 0.048. The sequential
// test stopped at 20 exceedances in 601 shuffles reported p = 0.033 (seed
// 1 of `sekat analyze` on that study) and put the sector on the watch list
// with a p its labels cannot give. No seed may report less than 1/21, nor
// an interval of the long-run p that reaches below it.
func TestSmallNetworkPNotBelowExact(t *testing.T) {
	const n = 7
	var arcs []graph.Arc
	for u := range n {
		for v := u + 1; v < n; v++ {
			w := 70.0
			if u == 5 && v == 6 {
				w = 310
			}
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: w})
		}
	}
	g := graph.NewCSR(n, arcs, true)
	grp := []int32{0, 1, 2, 3, 4, 5, 5}
	floor := 1.0 / 21
	raised := 0
	for seed := uint64(1); seed <= 30; seed++ {
		st, err := Groups(g, grp, 6, Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		s := st[5]
		if s.EIPValue < floor-1e-12 {
			t.Errorf("seed %d: p = %g (%d shuffles, stopped %v), below the exact floor 1/21 = %g", seed, s.EIPValue, s.Permutations, s.Stopped, floor)
		}
		// Where the floor raised a stopped test's p, its interval is raised
		// with it: the long-run p is at least 1/21 too.
		if s.Stopped && s.EIPValue > float64(StopExceedances)/float64(s.Permutations) {
			raised++
			if lo, hi := PValueInterval(s); lo < floor-1e-12 || hi < lo {
				t.Errorf("seed %d: p %g, interval %g-%g reaches below 1/21, which no number of shuffles can give", seed, s.EIPValue, lo, hi)
			}
		}
	}
	if raised == 0 {
		t.Error("no seed's p was raised to the floor: the case this test is for did not occur")
	}
}
