package broker

import (
	"context"

	"github.com/sekat-ona/sekat/internal/par"
)

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

// forward holds the forward arcs of a symmetric adjacency (see trianglesOf):
// node u's are fk[fstart[u]:fstart[u+1]] (positions into adj), in row
// order, with fw[i] the node at fk[i], kept beside it so that the inner
// loop of the listing reads the forward rows in order, without going back
// to adj.
type forward struct {
	fstart, fk []int64
	fw         []int32
}

// forwardOf orders the nodes by degree (then id) and keeps each node's arcs
// to the nodes ranked above it, over par.Workers goroutines.
func forwardOf(n int, start []int64, adj []int32) forward {
	return forwardWith(n, start, adj, 0)
}

// forwardBlock is how many nodes one work item of forwardWith covers.
const forwardBlock = 1024

// forwardWith is forwardOf on at most workers goroutines (0: par.Workers):
// the forward arcs are counted, then written, node by node in blocks, each
// node's by one worker, so they are the same for any number of workers.
func forwardWith(n int, start []int64, adj []int32, workers int) forward {
	higher := func(a, b int32) bool { // rank of a above rank of b
		da, db := start[a+1]-start[a], start[b+1]-start[b]
		return da > db || (da == db && a > b)
	}
	blocks := (n + forwardBlock - 1) / forwardBlock
	if workers <= 0 {
		workers = par.Workers(blocks)
	}
	each := func(do func(u int)) {
		_ = par.For(context.Background(), blocks, workers, func(_, b int) {
			for u := b * forwardBlock; u < min(n, (b+1)*forwardBlock); u++ {
				do(u)
			}
		})
	}
	// up[k]: the arc at k leads to a node ranked higher, found once (the
	// degrees of the ends are reads all over memory) and read in order
	// when the arcs are written.
	up := make([]bool, len(adj))
	f := forward{fstart: make([]int64, n+1)}
	each(func(u int) {
		c := int64(0)
		for k := start[u]; k < start[u+1]; k++ {
			if higher(adj[k], int32(u)) {
				up[k] = true
				c++
			}
		}
		f.fstart[u+1] = c
	})
	for u := 0; u < n; u++ {
		f.fstart[u+1] += f.fstart[u]
	}
	f.fk = make([]int64, f.fstart[n])
	f.fw = make([]int32, f.fstart[n])
	each(func(u int) {
		i := f.fstart[u]
		for k := start[u]; k < start[u+1]; k++ {
			if up[k] {
				f.fk[i], f.fw[i] = k, adj[k]
				i++
			}
		}
	})
	return f
}

// from calls visit for every triangle whose lowest-ranked node is u (see
// trianglesOf). mark and pos are scratch arrays of length n; mark must not
// hold u+1 on entry.
func (f forward) from(u int, adj []int32, mark []int32, pos []int64, visit func(u, v, w int32, kuv, kuw, kvw int64)) {
	fu := f.fk[f.fstart[u]:f.fstart[u+1]]
	if len(fu) < 2 {
		return
	}
	stamp := int32(u) + 1
	for _, k := range fu {
		w := adj[k]
		mark[w], pos[w] = stamp, k
	}
	for _, kuv := range fu {
		v := adj[kuv]
		lo, hi := f.fstart[v], f.fstart[v+1]
		for i, w := range f.fw[lo:hi] {
			if mark[w] == stamp {
				visit(int32(u), v, w, kuv, pos[w], f.fk[lo+int64(i)])
			}
		}
	}
}

// trianglesOf calls visit(u, v, w, kuv, kuw, kvw) once for every triangle
// {u, v, w}, with kxy the position of the arc x->y. It orders the nodes by
// degree (then id) and looks for each triangle only from its lowest-ranked
// node, through its middle one, among the neighbours ranked higher ("forward"
// neighbours; Schank & Wagner 2005, compact-forward): every node has at most
// sqrt(2m) forward neighbours, so the work is O(m^1.5) whatever the hubs,
// and O(m) times a small factor on sparse networks. The order of the calls
// depends only on the graph. f is the forward arcs of s (forwardOf).
func (s *symRows) trianglesOf(f forward, visit func(u, v, w int32, kuv, kuw, kvw int64)) {
	mark := make([]int32, s.n)
	pos := make([]int64, s.n)
	for u := 0; u < s.n; u++ {
		f.from(u, s.adj, mark, pos, visit)
	}
}

// triangleSampleStride is one in how many nodes estimateTriangles lists
// the triangles of.
const triangleSampleStride = 64

// estimateTriangles estimates the number of triangles of a symmetric
// adjacency with forward arcs f from the triangles whose lowest-ranked
// node's id is a multiple of triangleSampleStride, times the stride: about
// a 64th of the listing's work, and the same estimate on every run.
func (f forward) estimateTriangles(adj []int32) float64 {
	n := len(f.fstart) - 1
	mark := make([]int32, n)
	pos := make([]int64, n)
	c := 0
	count := func(_, _, _ int32, _, _, _ int64) { c++ }
	for u := 0; u < n; u += triangleSampleStride {
		f.from(u, adj, mark, pos, count)
	}
	return float64(c) * triangleSampleStride
}
