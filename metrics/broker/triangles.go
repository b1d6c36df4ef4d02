package broker

// symRows is a symmetric adjacency in compressed rows: the neighbours of u
// are adj[start[u]:start[u+1]], sorted by id, each edge {u,v} stored in
// both rows, no self-loops. rev[k] is the position of the reverse arc of
// arc k (u->v at k, v->u at rev[k]).
type symRows struct {
	n     int
	start []int64
	adj   []int32
	rev   []int64
}

// newSymRows builds the reverse-arc positions of a symmetric adjacency.
// Rows are sorted, so visiting the arcs u->v in increasing u meets v's row
// in its own order: u's place in v's row is v's next unvisited slot.
func newSymRows(n int, start []int64, adj []int32) *symRows {
	s := &symRows{n: n, start: start, adj: adj, rev: make([]int64, len(adj))}
	next := make([]int64, n)
	copy(next, start[:n])
	for u := 0; u < n; u++ {
		for k := start[u]; k < start[u+1]; k++ {
			v := adj[k]
			s.rev[k] = next[v]
			next[v]++
		}
	}
	return s
}

// triangles calls visit(u, v, w, kuv, kuw, kvw) once for every triangle
// {u, v, w}, with kxy the position of the arc x->y. It orders the nodes by
// degree (then id) and looks for each triangle only from its lowest-ranked
// node, through its middle one, among the neighbours ranked higher ("forward"
// neighbours; Schank & Wagner 2005, compact-forward): every node has at most
// sqrt(2m) forward neighbours, so the work is O(m^1.5) whatever the hubs,
// and O(m) times a small factor on sparse networks. The order of the calls
// depends only on the graph.
func (s *symRows) triangles(visit func(u, v, w int32, kuv, kuw, kvw int64)) {
	n := s.n
	higher := func(a, b int32) bool { // rank of a above rank of b
		da, db := s.start[a+1]-s.start[a], s.start[b+1]-s.start[b]
		return da > db || (da == db && a > b)
	}
	// Forward arcs (positions into adj) in fstart/fk, in row order.
	fstart := make([]int64, n+1)
	for u := 0; u < n; u++ {
		c := int64(0)
		for k := s.start[u]; k < s.start[u+1]; k++ {
			if higher(s.adj[k], int32(u)) {
				c++
			}
		}
		fstart[u+1] = fstart[u] + c
	}
	fk := make([]int64, fstart[n])
	for u := 0; u < n; u++ {
		i := fstart[u]
		for k := s.start[u]; k < s.start[u+1]; k++ {
			if higher(s.adj[k], int32(u)) {
				fk[i] = k
				i++
			}
		}
	}
	// mark[w] == u+1 when w is a forward neighbour of u, at arc pos[w].
	mark := make([]int32, n)
	pos := make([]int64, n)
	for u := 0; u < n; u++ {
		fu := fk[fstart[u]:fstart[u+1]]
		if len(fu) < 2 {
			continue
		}
		stamp := int32(u) + 1
		for _, k := range fu {
			w := s.adj[k]
			mark[w], pos[w] = stamp, k
		}
		for _, kuv := range fu {
			v := s.adj[kuv]
			for _, kvw := range fk[fstart[v]:fstart[v+1]] {
				if w := s.adj[kvw]; mark[w] == stamp {
					visit(int32(u), v, w, kuv, pos[w], kvw)
				}
			}
		}
	}
}
