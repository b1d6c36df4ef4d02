package centrality

import (
	"math"
	"slices"

	"github.com/sekat-ona/sekat/graph"
)

// Node marks in node.mark.
const (
	unseen  = 0 // not reached yet
	queued  = 1 // reached, distance not final
	settled = 2 // distance final
)

// node is the per-node search state that relaxing an arc reads, 16 bytes so
// that four fit in a cache line.
type node struct {
	d    float64 // distance from the source; +Inf when not reached
	mark int32   // unseen, queued or settled
	// npred is the number of predecessors in a search by run; in a search
	// by settleMeet, which keeps no predecessor lists, it is the node's
	// settle position plus one once it is settled (see scanPreds).
	npred int32
}

// count holds a node's number of shortest paths from the source and its
// Brandes dependency, which the accumulation reads together.
type count struct {
	sigma, delta float64
}

// entry is a heap element: a node and its distance as math.Float64bits.
// Distances are never negative or NaN, and the bits of non-negative floats
// order as the floats do, so the heap compares integers (which the compiler
// can turn into conditional moves).
type entry struct {
	k uint64
	v int32
}

// sssp is one worker's single-source shortest-path state for Brandes'
// algorithm on an undirected CSR. All arrays are allocated once and reset
// only where a run touched them, so a run allocates nothing once the heap
// has grown to its working size.
type sssp struct {
	g    *graph.CSR
	dist []float64 // distances of the CSR arcs, graph.Distance(W[k]); shared, read-only

	st    []node
	sd    []count
	pred  []int32 // predecessors of w in pred[Start[w] : Start[w]+npred]; made by the first run
	pbuf  []int32 // scanPreds' result
	heap  []entry // 4-ary min-heap keyed by distance
	pos   []int32 // heap position of every queued node
	order []int32 // nodes in the order they were settled
	seen  []int32 // every node whose distance was set, for the reset

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
		st: make([]node, n), sd: make([]count, n),
		heap: make([]entry, 0, 64), pos: make([]int32, n), order: make([]int32, 0, n), seen: make([]int32, 0, n),
		tie: tie,
	}
	for i := range s.st {
		s.st[i] = node{d: math.Inf(1)}
	}
	return s
}

// reset clears what the last run touched.
func (s *sssp) reset() {
	for _, v := range s.seen {
		s.st[v] = node{d: math.Inf(1)}
		s.sd[v] = count{}
	}
	s.seen = s.seen[:0]
	s.order = s.order[:0]
	s.heap = s.heap[:0]
}

// sigma returns the number of shortest paths to v in the last run.
func (s *sssp) sigma(v int32) float64 { return s.sd[v].sigma }

// run computes distances, shortest-path counts and predecessor lists from
// src, settling nodes in order of distance. If target >= 0 it stops once
// target is settled (its count and predecessors are then final). Two
// lengths a (new) and b (current) are equal when |a-b| <= tie*b, and a is
// shorter when a < b - tie*b. A predecessor of w is a node settled before w
// whose distance plus the arc distance equals d(w) in that sense, as in
// NetworkX's _single_source_dijkstra_path_basic.
//
// The queue is a 4-ary heap with decrease-key; heap positions live in their
// own small array so that sifting does not write into the node states.
// Among entries of equal distance the heap's own order decides, which
// depends only on the graph and the source, so the result is the same on
// every run.
func (s *sssp) run(src, target int32) {
	g := s.g
	if s.pred == nil {
		s.pred = make([]int32, len(g.Adj))
	}
	st, sd, pred, start, tie := s.st, s.sd, s.pred, g.Start, s.tie
	s.start(src)
	for len(s.heap) > 0 {
		v := s.pop()
		sv := &st[v]
		sv.mark = settled
		s.order = append(s.order, v)
		if v == target {
			return
		}
		dv, sigv := sv.d, sd[v].sigma
		a, b := start[v], start[v+1]
		adj, dist := g.Adj[a:b], s.dist[a:b]
		dist = dist[:len(adj)]
		for i, w := range adj {
			sw := &st[w]
			mw := sw.mark
			if mw == settled {
				continue
			}
			nd := dv + dist[i]
			if mw == unseen { // first reached
				*sw = node{d: nd, mark: queued, npred: 1}
				sd[w].sigma = sigv
				pred[start[w]] = v
				s.seen = append(s.seen, w)
				s.push(entry{math.Float64bits(nd), w})
				continue
			}
			dw := sw.d
			slack := tie * dw
			if nd < dw-slack { // strictly shorter
				sw.d = nd
				sw.npred = 1
				sd[w].sigma = sigv
				pred[start[w]] = v
				s.up(int(s.pos[w]), entry{math.Float64bits(nd), w})
			} else if nd <= dw+slack { // another shortest path
				sd[w].sigma += sigv
				pred[start[w]+int64(sw.npred)] = v
				sw.npred++
			}
		}
	}
}

// start queues src at distance 0 with one path: the state of a search
// from src before its first node is settled.
func (s *sssp) start(src int32) {
	s.st[src] = node{d: 0, mark: queued}
	s.sd[src].sigma = 1
	s.seen = append(s.seen, src)
	s.heap = append(s.heap[:0], entry{math.Float64bits(0), src})
}

// settleMeet settles the next node v of a search begun with start (the
// heap must not be empty), relaxes its arcs as run does, and lowers *mu to
// d(v) + d(v,w) + other's distance of w for every neighbour w that the
// other search has reached. With other and mu nil it only settles and
// relaxes. It returns the number of arcs scanned.
//
// Unlike run it writes no predecessor lists: a search that stops early
// reaches many nodes and needs the predecessors of the few on the path it
// walks back, and the lists, one slot per arc written at the reached
// node's place, were a write to a random place of an array as large as
// the arcs for every node reached. scanPreds finds them when asked.
func (s *sssp) settleMeet(other *sssp, mu *float64) int64 {
	g := s.g
	st, sd, start, tie := s.st, s.sd, g.Start, s.tie
	var ost []node
	if other != nil {
		ost = other.st
	}
	v := s.pop()
	sv := &st[v]
	sv.mark = settled
	s.order = append(s.order, v)
	sv.npred = int32(len(s.order))
	dv, sigv := sv.d, sd[v].sigma
	a, b := start[v], start[v+1]
	adj, dist := g.Adj[a:b], s.dist[a:b]
	dist = dist[:len(adj)]
	best := math.Inf(1)
	if mu != nil {
		best = *mu
	}
	for i, w := range adj {
		nd := dv + dist[i]
		if ost != nil {
			if ow := &ost[w]; ow.mark != unseen {
				best = min(best, nd+ow.d)
			}
		}
		sw := &st[w]
		mw := sw.mark
		if mw == settled {
			continue
		}
		if mw == unseen {
			*sw = node{d: nd, mark: queued}
			sd[w].sigma = sigv
			s.seen = append(s.seen, w)
			s.push(entry{math.Float64bits(nd), w})
			continue
		}
		dw := sw.d
		slack := tie * dw
		if nd < dw-slack {
			sw.d = nd
			sd[w].sigma = sigv
			s.up(int(s.pos[w]), entry{math.Float64bits(nd), w})
		} else if nd <= dw+slack {
			sd[w].sigma += sigv
		}
	}
	if mu != nil {
		*mu = best
	}
	return b - a
}

// preds returns the predecessors of w from the last run.
func (s *sssp) preds(w int32) []int32 {
	b := s.g.Start[w]
	return s.pred[b : b+int64(s.st[w].npred)]
}

// scanPreds returns the predecessors of the settled node w of a search by
// settleMeet, as run would have listed them: the neighbours v settled
// before w for which d(v) + d(v,w) is equal to d(w) within the tie
// tolerance, in the order they were settled (the order in which they
// relaxed w). The length of v's arc is read from v's row, as v's
// relaxation read it (the twins' weights may differ in the last bits);
// the slice is reused by the next call.
//
// It differs from run's list in one case only: run forgets the paths it
// had counted before d(w) was last lowered, and such a path can lie
// within tie*d(w) of the final d(w) only when it was itself counted as
// equal to the earlier d(w) from below and the lowering was smaller than
// about 2*tie relative (1e-10 by default); scanPreds then lists it too.
// The walk back still draws a path of length d(w) within the tolerance.
func (s *sssp) scanPreds(w int32) []int32 {
	g, st := s.g, s.st
	sw := st[w]
	dw := sw.d
	slack := s.tie * dw
	s.pbuf = s.pbuf[:0]
	for k := g.Start[w]; k < g.Start[w+1]; k++ {
		v := g.Adj[k]
		sv := &st[v]
		if sv.mark != settled || sv.npred >= sw.npred {
			continue
		}
		// A cheap test with w's twin arc first, loose by the twins'
		// possible difference, then the exact one with v's own arc.
		if math.Abs(sv.d+s.dist[k]-dw) > slack+1e-8*s.dist[k] {
			continue
		}
		a, b := g.Start[v], g.Start[v+1]
		row := g.Adj[a:b]
		i, _ := slices.BinarySearch(row, w)
		nd := sv.d + s.dist[a+int64(i)]
		if nd < dw-slack || nd > dw+slack {
			continue
		}
		s.pbuf = append(s.pbuf, v)
	}
	// Insertion sort by settle position: a node has few predecessors.
	p := s.pbuf
	for i := 1; i < len(p); i++ {
		for j := i; j > 0 && st[p[j]].npred < st[p[j-1]].npred; j-- {
			p[j], p[j-1] = p[j-1], p[j]
		}
	}
	return p
}

// push adds e to the 4-ary heap (children of i are 4i+1 .. 4i+4).
func (s *sssp) push(e entry) {
	s.heap = append(s.heap, e)
	s.up(len(s.heap)-1, e)
}

// up places e, whose key is at most that of the entry at i, at i or above.
func (s *sssp) up(i int, e entry) {
	h, pos := s.heap, s.pos
	for i > 0 {
		p := (i - 1) >> 2
		if h[p].k <= e.k {
			break
		}
		h[i] = h[p]
		pos[h[i].v] = int32(i)
		i = p
	}
	h[i] = e
	pos[e.v] = int32(i)
}

// pop removes the entry of least distance and returns its node.
func (s *sssp) pop() int32 {
	h, pos := s.heap, s.pos
	top := h[0].v
	n := len(h) - 1
	e := h[n]
	h = h[:n]
	s.heap = h
	if n == 0 {
		return top
	}
	i := 0
	for {
		c := 4*i + 1
		if c >= n {
			break
		}
		// The least of up to four children (the first on ties), chosen with
		// single assignments that the compiler turns into conditional moves.
		var m int
		var km uint64
		if c+3 < n {
			q := h[c : c+4 : c+4]
			k0, k1, k2, k3 := q[0].k, q[1].k, q[2].k, q[3].k
			a := c
			if k1 < k0 {
				a = c + 1
			}
			b := c + 2
			if k3 < k2 {
				b = c + 3
			}
			ka, kb := min(k0, k1), min(k2, k3)
			m = a
			if kb < ka {
				m = b
			}
			km = min(ka, kb)
		} else {
			m, km = c, h[c].k
			for k := c + 1; k < n; k++ {
				if h[k].k < km {
					m, km = k, h[k].k
				}
			}
		}
		if km >= e.k {
			break
		}
		h[i] = h[m]
		pos[h[i].v] = int32(i)
		i = m
	}
	h[i] = e
	pos[e.v] = int32(i)
	return top
}
