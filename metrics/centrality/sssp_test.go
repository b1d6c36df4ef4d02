package centrality

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestHeap drives the 4-ary heap of sssp with random pushes, decrease-keys
// and pops (as Dijkstra uses it, and with many equal keys) and checks every
// pop against a plain sorted reference: the popped distance is the least
// queued one, and every queued node's recorded position holds it.
func TestHeap(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n      int
		values int // keys drawn from 0..values-1 (small: many ties)
	}{
		{"few nodes", 5, 3},
		{"ties", 300, 4},
		{"distinct", 2000, 1 << 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(tc.n), 7))
			s := newSSSP(&graph.CSR{N: tc.n, Start: make([]int64, tc.n+1)}, nil, 0)
			key := make([]float64, tc.n) // current key of queued nodes; NaN = not queued
			for i := range key {
				key[i] = math.NaN()
			}
			queued := 0
			for step := 0; step < 20*tc.n; step++ {
				v := int32(rng.IntN(tc.n))
				switch {
				case math.IsNaN(key[v]) && rng.IntN(3) > 0:
					key[v] = float64(rng.IntN(tc.values))
					s.push(entry{math.Float64bits(key[v]), v})
					queued++
				case !math.IsNaN(key[v]) && key[v] > 0 && rng.IntN(2) == 0:
					key[v] = math.Floor(key[v] * rng.Float64())
					s.up(int(s.pos[v]), entry{math.Float64bits(key[v]), v})
				case queued > 0:
					var want []float64
					for _, k := range key {
						if !math.IsNaN(k) {
							want = append(want, k)
						}
					}
					least := slices.Min(want)
					got := s.pop()
					if key[got] != least {
						t.Fatalf("step %d: popped node %d with key %v, want the least key %v", step, got, key[got], least)
					}
					key[got] = math.NaN()
					queued--
				}
				if len(s.heap) != queued {
					t.Fatalf("step %d: heap holds %d entries, want %d", step, len(s.heap), queued)
				}
				for i, e := range s.heap {
					if s.pos[e.v] != int32(i) {
						t.Fatalf("step %d: node %d at %d, pos says %d", step, e.v, i, s.pos[e.v])
					}
					if p := (i - 1) / 4; i > 0 && s.heap[p].k > e.k {
						t.Fatalf("step %d: heap order broken between %d and its parent %d", step, i, p)
					}
				}
			}
		})
	}
}
