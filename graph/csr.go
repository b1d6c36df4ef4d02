package graph

import (
	"cmp"
	"math"
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

// Strength returns the sum of the weights of u's row, in a plain loop (the
// algorithms that use it are pinned to it; see ReportedStrength).
func (g *CSR) Strength(u int) float64 {
	s := 0.0
	for _, w := range g.W[g.Start[u]:g.Start[u+1]] {
		s += w
	}
	return s
}

// ReportedStrength is Strength summed with Neumaier's compensation (Sum),
// for the strengths sekat writes: a plain loop wrote a strength of 38, a
// sum of 1/(k-1) meeting weights, as 38.0000000000001.
func (g *CSR) ReportedStrength(u int) float64 { return Sum(g.W[g.Start[u]:g.Start[u+1]]) }

// Sum returns the sum of xs by Neumaier's (1974) compensated summation
// (KSum): a plain loop wrote a strength of 38, a sum of 1/(k-1) meeting
// weights whole in exact arithmetic, as 38.0000000000001.
func Sum(xs []float64) float64 {
	var k KSum
	for _, x := range xs {
		k.Add(x)
	}
	return k.Sum()
}

// KSum is a sum by Neumaier's (1974) compensated summation (improved
// Kahan): the rounding error of each addition is carried and added back
// at the end, so the result is off by about one rounding of the sum
// whatever the number of terms, where a plain loop's error grows with it.
// The zero value is an empty sum.
type KSum struct{ s, c float64 }

// Add adds x to the sum.
func (k *KSum) Add(x float64) {
	t := k.s + x
	if math.Abs(k.s) >= math.Abs(x) {
		k.c += (k.s - t) + x
	} else {
		k.c += (x - t) + k.s
	}
	k.s = t
}

// Sum returns the sum of what was added.
func (k *KSum) Sum() float64 { return k.s + k.c }

// MaxWeights returns every node's strongest tie: the largest weight in its
// row, 0 for a node without arcs (Burt's effective size divides by it; the
// harmonic closeness bound is stated against it).
func (g *CSR) MaxWeights() []float64 {
	m := make([]float64, g.N)
	for v := range m {
		for _, w := range g.W[g.Start[v]:g.Start[v+1]] {
			m[v] = max(m[v], w)
		}
	}
	return m
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
//
// The arcs are grouped by source with a counting sort (stable, so
// duplicates keep their input order) and each row is then sorted stably by
// target: O(arcs) plus a sort of every node's short row, where one sort of
// all arcs cost O(arcs log arcs) and most of a person network's build.
func NewCSR(n int, arcs []Arc, undirected bool) *CSR {
	type half struct {
		v int32
		w float64
	}
	keep := func(a Arc) (Arc, bool) {
		if a.U == a.V || a.W == 0 {
			return a, false
		}
		if undirected && a.U > a.V {
			a.U, a.V = a.V, a.U
		}
		return a, true
	}
	start := make([]int64, n+1)
	for _, a := range arcs {
		if a, ok := keep(a); ok {
			start[a.U+1]++
		}
	}
	for u := 0; u < n; u++ {
		start[u+1] += start[u]
	}
	rows := make([]half, start[n])
	next := append([]int64(nil), start[:n]...)
	for _, a := range arcs {
		if a, ok := keep(a); ok {
			rows[next[a.U]] = half{a.V, a.W}
			next[a.U]++
		}
	}
	// Sort each row by target, stably, and sum duplicates in place;
	// next[u] becomes the end of u's summed row.
	byV := func(x, y half) int { return cmp.Compare(x.v, y.v) }
	deg := make([]int64, n+1) // out-degree in the result, then its row starts
	for u := 0; u < n; u++ {
		row := rows[start[u]:start[u+1]]
		if !slices.IsSortedFunc(row, byV) {
			slices.SortStableFunc(row, byV)
		}
		k := 0
		for i := 0; i < len(row); {
			h := row[i]
			j := i + 1
			for j < len(row) && row[j].v == h.v {
				h.w += row[j].w
				j++
			}
			if h.w != 0 {
				row[k] = h
				k++
				deg[u+1]++
				if undirected {
					deg[h.v+1]++
				}
			}
			i = j
		}
		next[u] = start[u] + int64(k)
	}
	for u := 0; u < n; u++ {
		deg[u+1] += deg[u]
	}
	m := deg[n]
	g := &CSR{N: n, Start: deg, Adj: make([]int32, m), W: make([]float64, m)}
	at := append([]int64(nil), deg[:n]...)
	// Row u gets, in this order, its lower neighbours w < u (written while
	// w's row was visited, w ascending) and then its own upper ones, so
	// every row comes out sorted.
	for u := 0; u < n; u++ {
		for _, h := range rows[start[u]:next[u]] {
			g.Adj[at[u]], g.W[at[u]] = h.v, h.w
			at[u]++
			if undirected {
				g.Adj[at[h.v]], g.W[at[h.v]] = int32(u), h.w
				at[h.v]++
			}
		}
	}
	return g
}
