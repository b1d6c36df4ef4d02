package graph

import "sort"

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
// summed; self-loops and arcs of weight 0 are dropped. If undirected is true
// every arc is stored in both directions (so pass each edge once, or pass
// both directions and have them summed: the weight of {u,v} is the sum of
// all arcs between u and v in either direction).
func NewCSR(n int, arcs []Arc, undirected bool) *CSR {
	list := make([]Arc, 0, len(arcs)*2)
	for _, a := range arcs {
		if a.U == a.V || a.W == 0 {
			continue
		}
		list = append(list, a)
		if undirected {
			list = append(list, Arc{a.V, a.U, a.W})
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].U != list[j].U {
			return list[i].U < list[j].U
		}
		return list[i].V < list[j].V
	})
	g := &CSR{N: n, Start: make([]int64, n+1)}
	for i := 0; i < len(list); {
		j := i
		w := 0.0
		for j < len(list) && list[j].U == list[i].U && list[j].V == list[i].V {
			w += list[j].W
			j++
		}
		if w != 0 {
			g.Adj = append(g.Adj, list[i].V)
			g.W = append(g.W, w)
			g.Start[list[i].U+1]++
		}
		i = j
	}
	for i := 0; i < n; i++ {
		g.Start[i+1] += g.Start[i]
	}
	if g.Adj == nil {
		g.Adj, g.W = []int32{}, []float64{}
	}
	return g
}
