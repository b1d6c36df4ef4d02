package planted

import (
	"math/rand/v2"

	"github.com/sekat-ona/sekat/graph"
)

// stream is the PCG stream constant of the generator; changing it changes
// every generated graph and the golden files that describe them.
const stream = 0x5e4a7_91a47ed

// Generate returns an undirected planted-partition graph on n nodes.
//
// Nodes are cut into consecutive blocks of blockSize (the last block may be
// smaller): block b holds nodes b*blockSize .. min((b+1)*blockSize, n)-1.
// The generator draws `edges` edges from math/rand/v2 PCG(seed, stream): for
// each, a uniform node u; with probability mixing a uniform partner v
// outside u's block, otherwise a uniform partner v != u inside it (when a
// block has a single node, or there is a single block, the partner is drawn
// from wherever a partner exists); and an integer weight uniform in 1..5.
// Edges drawn more than once have their weights summed, so the CSR can hold
// slightly fewer than `edges` edges. n < 2 or edges < 1 give a graph
// without edges. The result is built directly (no global sort), so 10M
// edges fit in well under a gigabyte.
func Generate(n, blockSize, edges int, mixing float64, seed uint64) *graph.CSR {
	if n < 0 {
		n = 0
	}
	if blockSize < 1 {
		blockSize = 1
	}
	g := &graph.CSR{N: n, Start: make([]int64, n+1), Adj: []int32{}, W: []float64{}}
	if n < 2 || edges < 1 {
		return g
	}
	rng := rand.New(rand.NewPCG(seed, stream))
	us := make([]int32, edges)
	vs := make([]int32, edges)
	ws := make([]uint8, edges)
	for i := 0; i < edges; i++ {
		u := rng.IntN(n)
		lo := u / blockSize * blockSize
		hi := min(lo+blockSize, n)
		outside := rng.Float64() < mixing
		if hi-lo == n {
			outside = false // a single block: there is no outside
		}
		if hi-lo < 2 {
			outside = true // a one-node block: there is no inside partner
		}
		var v int
		if outside {
			for {
				v = rng.IntN(n)
				if v < lo || v >= hi {
					break
				}
			}
		} else {
			for {
				v = lo + rng.IntN(hi-lo)
				if v != u {
					break
				}
			}
		}
		us[i], vs[i], ws[i] = int32(u), int32(v), uint8(1+rng.IntN(5))
	}
	start := g.Start
	for i := range us {
		start[us[i]+1]++
		start[vs[i]+1]++
	}
	for i := 0; i < n; i++ {
		start[i+1] += start[i]
	}
	adj := make([]int32, start[n])
	w := make([]float64, start[n])
	next := make([]int64, n)
	copy(next, start[:n])
	for i := range us {
		u, v, x := us[i], vs[i], float64(ws[i])
		adj[next[u]], w[next[u]] = v, x
		next[u]++
		adj[next[v]], w[next[v]] = u, x
		next[v]++
	}
	// Sort each row by neighbour (insertion sort: rows are short) and sum
	// repeated neighbours, compacting in place.
	out := int64(0)
	for u := 0; u < n; u++ {
		a, b := start[u], start[u+1]
		for i := a + 1; i < b; i++ {
			for j := i; j > a && adj[j-1] > adj[j]; j-- {
				adj[j-1], adj[j] = adj[j], adj[j-1]
				w[j-1], w[j] = w[j], w[j-1]
			}
		}
		start[u] = out
		for i := a; i < b; i++ {
			if out > start[u] && adj[out-1] == adj[i] {
				w[out-1] += w[i]
				continue
			}
			adj[out], w[out] = adj[i], w[i]
			out++
		}
	}
	start[n] = out
	g.Adj, g.W = adj[:out:out], w[:out:out]
	return g
}

// Blocks returns the planted block of every node of Generate(n, blockSize, ...).
func Blocks(n, blockSize int) []int32 {
	if blockSize < 1 {
		blockSize = 1
	}
	b := make([]int32, max(n, 0))
	for i := range b {
		b[i] = int32(i / blockSize)
	}
	return b
}
