package centrality

import (
	"math"

	"github.com/sekat-ona/sekat/graph"
)

// settled marks a node whose distance is final in node.hpos; unseen one
// never reached.
const (
	settled = -2
	unseen  = -1
)

// node is the per-node search state, kept together so that relaxing an arc
// touches one cache line of the head node.
type node struct {
	d     float64 // distance from the source; +Inf when not reached
	sigma float64 // number of shortest paths from the source
	hpos  int32   // position in the heap, unseen, or settled
	npred int32   // number of predecessors
}

// entry is a heap element: the key is stored beside the node so that sifting
// compares without an indirection.
type entry struct {
	d float64
	v int32
}

// sssp is one worker's single-source shortest-path state for Brandes'
// algorithm on an undirected CSR. All arrays are allocated once and reset
// only where a run touched them, so a run allocates nothing.
type sssp struct {
	g    *graph.CSR
	dist []float64 // distances of the CSR arcs, graph.Distance(W[k]); shared, read-only

	st    []node
	delta []float64 // Brandes dependency
	pred  []int32   // predecessors of w in pred[Start[w] : Start[w]+npred]
	heap  []entry   // binary min-heap keyed by distance
	order []int32   // nodes in the order they were settled
	seen  []int32   // every node whose distance was set, for the reset

	tie float64 // relative tie tolerance; 0 = exact comparison
}

// arcDistances converts every CSR weight to a distance, once per call.
func arcDistances(g *graph.CSR) []float64 {
	d := make([]float64, len(g.W))
	for k, w := range g.W {
		d[k] = graph.Distance(w)
	}
	return d
}

func newSSSP(g *graph.CSR, dist []float64, tie float64) *sssp {
	n := g.N
	s := &sssp{
		g: g, dist: dist,
		st: make([]node, n), delta: make([]float64, n), pred: make([]int32, len(g.Adj)),
		heap: make([]entry, 0, 64), order: make([]int32, 0, n), seen: make([]int32, 0, n),
		tie: tie,
	}
	for i := range s.st {
		s.st[i] = node{d: math.Inf(1), hpos: unseen}
	}
	return s
}

// reset clears what the last run touched.
func (s *sssp) reset() {
	for _, v := range s.seen {
		s.st[v] = node{d: math.Inf(1), hpos: unseen}
		s.delta[v] = 0
	}
	s.seen = s.seen[:0]
	s.order = s.order[:0]
	s.heap = s.heap[:0]
}

// sigma returns the number of shortest paths to v in the last run.
func (s *sssp) sigma(v int32) float64 { return s.st[v].sigma }

// reached reports whether v was settled in the last run.
func (s *sssp) reached(v int32) bool { return s.st[v].hpos == settled }

// run computes distances, shortest-path counts and predecessor lists from
// src, settling nodes in order of distance. If target >= 0 it stops once
// target is settled (its count and predecessors are then final). Two
// lengths a (new) and b (current) are equal when |a-b| <= tie*b, and a is
// shorter when a < b - tie*b. A predecessor of w is a node settled before w
// whose distance plus the arc distance equals d(w) in that sense, as in
// NetworkX's _single_source_dijkstra_path_basic.
func (s *sssp) run(src, target int32) {
	g := s.g
	st, pred, start, tie := s.st, s.pred, g.Start, s.tie
	st[src] = node{d: 0, sigma: 1, hpos: unseen}
	s.seen = append(s.seen, src)
	s.push(src, 0)
	for len(s.heap) > 0 {
		v := s.pop()
		sv := &st[v]
		sv.hpos = settled
		s.order = append(s.order, v)
		if v == target {
			return
		}
		dv, sigv := sv.d, sv.sigma
		a, b := start[v], start[v+1]
		adj, dist := g.Adj[a:b], s.dist[a:b]
		dist = dist[:len(adj)]
		for i, w := range adj {
			sw := &st[w]
			hw := sw.hpos
			if hw == settled {
				continue
			}
			nd := dv + dist[i]
			if hw == unseen { // first reached
				sw.d = nd
				sw.sigma = sigv
				sw.npred = 1
				pred[start[w]] = v
				s.seen = append(s.seen, w)
				s.push(w, nd)
				continue
			}
			dw := sw.d
			slack := tie * dw
			if nd < dw-slack { // strictly shorter
				sw.d = nd
				sw.sigma = sigv
				sw.npred = 1
				pred[start[w]] = v
				s.up(int(hw), nd)
			} else if nd <= dw+slack { // another shortest path
				sw.sigma += sigv
				pred[start[w]+int64(sw.npred)] = v
				sw.npred++
			}
		}
	}
}

// preds returns the predecessors of w from the last run.
func (s *sssp) preds(w int32) []int32 {
	b := s.g.Start[w]
	return s.pred[b : b+int64(s.st[w].npred)]
}

func (s *sssp) push(v int32, d float64) {
	s.heap = append(s.heap, entry{d, v})
	s.up(len(s.heap)-1, d)
}

func (s *sssp) pop() int32 {
	h := s.heap
	top := h[0].v
	last := len(h) - 1
	e := h[last]
	s.heap = h[:last]
	if last > 0 {
		s.down(e)
	}
	return top
}

// up moves the entry at i, whose key becomes d, towards the root.
func (s *sssp) up(i int, d float64) {
	h, st := s.heap, s.st
	v := h[i].v
	for i > 0 {
		p := (i - 1) / 2
		if h[p].d <= d {
			break
		}
		h[i] = h[p]
		st[h[i].v].hpos = int32(i)
		i = p
	}
	h[i] = entry{d, v}
	st[v].hpos = int32(i)
}

// down places e, taken from the end, starting at the root.
func (s *sssp) down(e entry) {
	h, st := s.heap, s.st
	n := len(h)
	i := 0
	for {
		c := 2*i + 1
		if c >= n {
			break
		}
		if r := c + 1; r < n && h[r].d < h[c].d {
			c = r
		}
		if h[c].d >= e.d {
			break
		}
		h[i] = h[c]
		st[h[i].v].hpos = int32(i)
		i = c
	}
	h[i] = e
	st[e.v].hpos = int32(i)
}
