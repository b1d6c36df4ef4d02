package change

import (
	"context"
	"math"
	"testing"
)

// TestQAPFewUnitsExact: with 6 units the 720 relabellings are fewer than
// the 1,000 permutations asked for, so all of them are taken once each and
// p is exact, never below 1/720. Drawn at random they could miss the
// observed labelling: a compare of a study with 6 units (Lazega's law firm
// as office x practice units) printed "p ≤ 0.001, the smallest 1,000
// permutations can show" where the exact p was 1/720. With 7 units
// (5,040) the permutations are drawn.
func TestQAPFewUnitsExact(t *testing.T) {
	mk := func(n int, shift float64) []cell {
		var c []cell
		for i := range n {
			for j := range n {
				if i != j {
					c = append(c, cell{int32(i), int32(j), float64((i*7+j*3)%5) + 1 + shift*float64(i)})
				}
			}
		}
		return c
	}
	for _, seed := range []uint64{1, 2, 3, 4, 5} {
		q, err := qapCorrelation(context.Background(), 6, mk(6, 0), mk(6, 0.1), 1000, seed, 1)
		if err != nil {
			t.Fatal(err)
		}
		// brute force: every permutation of 6, by Heap's algorithm
		x, y := mk(6, 0), mk(6, 0.1)
		dense := make([]float64, 36)
		for _, e := range y {
			dense[int(e.i)*6+int(e.j)] = e.w
		}
		sum := func(c []cell) (s, ss float64) {
			for _, e := range c {
				s, ss = s+e.w, ss+e.w*e.w
			}
			return s / 30, ss/30 - (s/30)*(s/30)
		}
		mx, vx := sum(x)
		my, vy := sum(y)
		corr := func(p []int) float64 {
			s := 0.0
			for _, e := range x {
				s += e.w * dense[p[e.i]*6+p[e.j]]
			}
			return (s/30 - mx*my) / math.Sqrt(vx*vy)
		}
		p := []int{0, 1, 2, 3, 4, 5}
		r0, hits, all := corr(p), 0, 0
		var heap func(k int)
		heap = func(k int) {
			if k == 1 {
				all++
				if corr(p) >= r0-tieTolerance {
					hits++
				}
				return
			}
			for i := range k {
				heap(k - 1)
				if k%2 == 0 {
					p[i], p[k-1] = p[k-1], p[i]
				} else {
					p[0], p[k-1] = p[k-1], p[0]
				}
			}
		}
		heap(6)
		if !q.Exact || q.Permutations != 720 || all != 720 || math.Abs(q.P-float64(hits)/720) > 1e-15 || q.P < 1.0/720 {
			t.Errorf("seed %d: p %v over %d permutations, want exactly %d/720 = %v over 720", seed, q.P, q.Permutations, hits, float64(hits)/720)
		}
	}
	q, err := qapCorrelation(context.Background(), 7, mk(7, 0), mk(7, 0.1), 1000, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if q.Permutations != 1000 || q.Exact {
		t.Errorf("7 units: %d permutations (exact %v), want the 1,000 asked for, drawn", q.Permutations, q.Exact)
	}
}
