package community

import (
	"math"

	"github.com/sekat-ona/sekat/graph"
)

// Modularity returns Newman's weighted modularity of membership on the
// undirected g with resolution gamma:
//
//	Q = Σ_c [ I_c/(2m) − γ (K_c/(2m))² ]
//
// where I_c is the total stored weight of arcs with both ends in community c,
// K_c the total strength of c's nodes and 2m the total of all stored weights.
// This is NetworkX 2.8 community.modularity(G, communities, weight="weight",
// resolution=gamma); gamma is used as given (0 is allowed here and gives the
// share of weight inside communities).
//
// Community ids are any non-negative int32 values; they need not be dense.
// Edge cases: a graph whose stored weights total 0 (no edges) has Q = 0
// (NetworkX raises ZeroDivisionError there; 0 says the partition explains
// nothing and stays valid in JSON). A membership whose length differs from
// g.N, or that holds a negative id, or a CSR with a malformed Start, gives
// NaN. Arcs are used as stored: a
// self-loop u->u counts once in I_c and in k_u.
func Modularity(g *graph.CSR, membership []int32, resolution float64) float64 {
	if g == nil || !wellFormed(g) || len(membership) != g.N {
		return math.NaN()
	}
	comm, k, ok := dense(membership)
	if !ok {
		return math.NaN()
	}
	inside := make([]float64, k)
	tot := make([]float64, k)
	twoM := 0.0
	for u := 0; u < g.N; u++ {
		cu := comm[u]
		adj, w := g.Neighbors(u)
		for i, v := range adj {
			twoM += w[i]
			tot[cu] += w[i]
			if v >= 0 && int(v) < g.N && comm[v] == cu {
				inside[cu] += w[i]
			}
		}
	}
	if twoM == 0 {
		return 0
	}
	q := 0.0
	for c := range inside {
		f := tot[c] / twoM
		q += inside[c]/twoM - resolution*f*f
	}
	return q
}

// dense relabels community ids to 0..k-1 in order of first appearance. It
// reports false if an id is negative.
func dense(membership []int32) ([]int32, int, bool) {
	out := make([]int32, len(membership))
	maxID := int32(-1)
	for _, c := range membership {
		if c < 0 {
			return nil, 0, false
		}
		maxID = max(maxID, c)
	}
	k := 0
	if int(maxID) < 2*len(membership)+16 {
		id := make([]int32, int(maxID)+1)
		for i := range id {
			id[i] = -1
		}
		for i, c := range membership {
			if id[c] < 0 {
				id[c] = int32(k)
				k++
			}
			out[i] = id[c]
		}
		return out, k, true
	}
	id := make(map[int32]int32, 16) // sparse huge ids: looked up, never iterated
	for i, c := range membership {
		d, ok := id[c]
		if !ok {
			d = int32(k)
			id[c] = d
			k++
		}
		out[i] = d
	}
	return out, k, true
}
