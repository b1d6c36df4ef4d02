package community

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// FuzzLeiden feeds arbitrary bytes to Leiden, Modularity and Stability in
// two ways: as edges of a well-formed CSR (then the result must pass
// checkPartition, with the parallel paths forced too) and as the raw arrays
// of a CSR that may be malformed (then nothing may panic).
func FuzzLeiden(f *testing.F) {
	f.Add([]byte{5, 0, 1, 3, 1, 2, 3, 2, 0, 1, 3, 4, 9})
	f.Add([]byte{12, 0, 1, 1, 2, 3, 1, 5, 6, 200, 7, 8, 0, 11, 10, 4})
	f.Add([]byte{3, 255, 0, 0, 1, 1, 1, 2})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) == 0 {
			return
		}
		n := int(b[0] % 24)
		var arcs []graph.Arc
		for i := 1; i+2 < len(b) && n > 0; i += 3 {
			arcs = append(arcs, graph.Arc{U: int32(int(b[i]) % n), V: int32(int(b[i+1]) % n), W: float64(b[i+2]) / 16})
		}
		g := graph.NewCSR(n, arcs, true)
		res := Leiden(g, Options{Seed: uint64(len(b))})
		checkPartition(t, g, res, 1)
		Stability(g, Options{Seed: 1}, 2, res.Membership)
		// The same with every parallel path taken (parallelMin 1): the
		// pre-scanned first pass, parallel refinement and aggregation.
		old := parallelMin
		parallelMin = 1
		checkPartition(t, g, Leiden(g, Options{Seed: uint64(len(b))}), 1)
		parallelMin = old

		// Raw arrays: Start from the bytes (maybe decreasing or too long),
		// Adj and W from the bytes (maybe out of range, negative, NaN).
		raw := &graph.CSR{N: n, Start: make([]int64, 0, n+1)}
		for i := 0; i <= n && i < len(b); i++ {
			raw.Start = append(raw.Start, int64(b[i])%8*int64(i))
		}
		for i := 1; i < len(b); i++ {
			raw.Adj = append(raw.Adj, int32(int(b[i])-100))
			w := float64(int(b[i]) - 64)
			if b[i]%17 == 0 {
				w = math.NaN()
			}
			raw.W = append(raw.W, w)
		}
		memb := make([]int32, n)
		for i := range memb {
			memb[i] = int32(i % 3)
		}
		Leiden(raw, Options{Seed: 2})
		Modularity(raw, memb, 1)
		Stability(raw, Options{}, 2, memb)
	})
}
