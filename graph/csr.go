package graph

import (
	"cmp"
	"slices"
	"sort"
)

// CSR is a weighted graph stored as compressed sparse rows: the neighbours of
// node u are Adj[Start[u]:Start[u+1]] with weights W[Start[u]:Start[u+1]],
// sorted by neighbour id. Node ids are dense, 0..N-1.
//
// For an undirected graph every edge {u,v} with u != v is stored twice (u->v
// and v->u) with the same weight; there are no self-loops. For a directed
// graph the rows hold the out-arcs (or, for the transpose, the in-arcs).
// Weights are tie strengths (larger = stronger); path metrics convert them to
// distances with Distance, the one place where that conversion happens.
type CSR struct {
	N     int
	Start []int64 // len N+1
	Adj   []int32 // len Start[N]
	W     []float64
}

// Degree returns the number of stored neighbours of u.
func (g *CSR) Degree(u int) int { return int(g.Start[u+1] - g.Start[u]) }

// Neighbors returns the neighbour ids and weights of u. The slices alias the
// CSR and must not be modified.
func (g *CSR) Neighbors(u int) ([]int32, []float64) {
	a, b := g.Start[u], g.Start[u+1]
	return g.Adj[a:b], g.W[a:b]
}

// Strength returns the sum of the weights of u's row.
func (g *CSR) Strength(u int) float64 {
	s := 0.0
	for _, w := range g.W[g.Start[u]:g.Start[u+1]] {
		s += w
	}
	return s
}

// Edges returns the number of stored arcs (for an undirected CSR, twice the
// number of edges).
func (g *CSR) Edges() int { return int(g.Start[g.N]) }

// Weight returns the weight of u->v and whether the arc exists, by binary
// search in u's sorted row.
func (g *CSR) Weight(u, v int) (float64, bool) {
	adj, w := g.Neighbors(u)
	i := sort.Search(len(adj), func(i int) bool { return adj[i] >= int32(v) })
	if i < len(adj) && adj[i] == int32(v) {
		return w[i], true
	}
	return 0, false
}

// Distance converts a tie strength to a path length: 1/w. It is the only
// place in sekat where weights become distances (house rule 7).
func Distance(w float64) float64 { return 1 / w }

// Transpose returns the CSR of the reversed arcs.
func (g *CSR) Transpose() *CSR {
	t := &CSR{N: g.N, Start: make([]int64, g.N+1), Adj: make([]int32, len(g.Adj)), W: make([]float64, len(g.W))}
	for _, v := range g.Adj {
		t.Start[v+1]++
	}
	for i := 0; i < g.N; i++ {
		t.Start[i+1] += t.Start[i]
	}
	next := make([]int64, g.N)
	copy(next, t.Start[:g.N])
	for u := 0; u < g.N; u++ {
		a, b := g.Start[u], g.Start[u+1]
		for k := a; k < b; k++ {
			v := g.Adj[k]
			p := next[v]
			t.Adj[p] = int32(u)
			t.W[p] = g.W[k]
			next[v]++
		}
	}
	return t
}

// Arc is a weighted arc used to build a CSR.
type Arc struct {
	U, V int32
	W    float64
}

// NewCSR builds a CSR with n nodes from arcs. Arcs with the same (U,V) are
// summed in input order; self-loops and pairs whose sum is 0 are dropped.
// If undirected is true, the weight of {u,v} is the sum of all arcs between
// u and v in either direction, summed once and stored in both rows, so the
// two directions hold bit-identical weights.
func NewCSR(n int, arcs []Arc, undirected bool) *CSR {
	list := make([]Arc, 0, len(arcs))
	for _, a := range arcs {
		if a.U == a.V || a.W == 0 {
			continue
		}
		if undirected && a.U > a.V {
			a.U, a.V = a.V, a.U
		}
		list = append(list, a)
	}
	// Stable: duplicates are summed in input order. slices' generic sorts
	// beat sort's reflection-based swaps by about 3x on the millions of
	// arcs of a province's person level.
	slices.SortStableFunc(list, cmpArc)
	// Sum duplicates in place.
	k := 0
	for i := 0; i < len(list); {
		a := list[i]
		j := i + 1
		for j < len(list) && list[j].U == a.U && list[j].V == a.V {
			a.W += list[j].W
			j++
		}
		if a.W != 0 {
			list[k] = a
			k++
		}
		i = j
	}
	list = list[:k]
	if undirected {
		for _, a := range list[:k] {
			list = append(list, Arc{a.V, a.U, a.W})
		}
		slices.SortFunc(list, cmpArc) // (U,V) are distinct here
	}
	g := &CSR{N: n, Start: make([]int64, n+1), Adj: make([]int32, len(list)), W: make([]float64, len(list))}
	for i, a := range list {
		g.Adj[i], g.W[i] = a.V, a.W
		g.Start[a.U+1]++
	}
	for i := 0; i < n; i++ {
		g.Start[i+1] += g.Start[i]
	}
	return g
}

// cmpArc orders arcs by source, then target.
func cmpArc(a, b Arc) int {
	if c := cmp.Compare(a.U, b.U); c != 0 {
		return c
	}
	return cmp.Compare(a.V, b.V)
}
