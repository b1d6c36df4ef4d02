package centrality

import (
	"math"

	"github.com/sekat-ona/sekat/graph"
)

// distSearch is one worker's state for Dijkstra searches that need only
// distances (harmonic closeness from pivots). Unlike sssp it keeps no
// path counts, no predecessor lists and no heap positions: a relaxation
// reads and writes one 8-byte distance, and the heap is lazy (a node whose
// distance drops is pushed again; an entry whose key no longer matches the
// node's distance is stale and skipped when popped). On the province
// networks this touches far less memory per arc than sssp.run, whose
// predecessor writes land at random places of an array as long as the arc
// list.
type distSearch struct {
	g    *graph.CSR
	dist []float64 // arc distances, shared, read-only

	d     []float64 // distance from the source; +Inf when not reached
	heap  []entry   // 4-ary min-heap, lazy
	order []int32   // nodes in the order they were settled, source first
}

func newDistSearch(g *graph.CSR, dist []float64) *distSearch {
	s := &distSearch{g: g, dist: dist, d: make([]float64, g.N), heap: make([]entry, 0, 64), order: make([]int32, 0, g.N)}
	for i := range s.d {
		s.d[i] = math.Inf(1)
	}
	return s
}

// run settles every node reachable from src, in order of distance, into
// s.order, with its distance in s.d. A node's distance is the least sum
// of arc distances over the paths the search relaxed, compared exactly;
// distances are never negative, so a settled node is never lowered.
func (s *distSearch) run(src int32) {
	g, d, arcs := s.g, s.d, s.dist
	start := g.Start
	d[src] = 0
	s.heap = append(s.heap[:0], entry{math.Float64bits(0), src})
	for len(s.heap) > 0 {
		e := s.popMin()
		v := e.v
		if e.k != math.Float64bits(d[v]) {
			continue // stale: v was queued again at a shorter distance
		}
		s.order = append(s.order, v)
		dv := d[v]
		a, b := start[v], start[v+1]
		adj, ad := g.Adj[a:b], arcs[a:b]
		ad = ad[:len(adj)]
		for i, w := range adj {
			if nd := dv + ad[i]; nd < d[w] {
				d[w] = nd
				s.push(entry{math.Float64bits(nd), w})
			}
		}
	}
}

// reset clears what the last run touched.
func (s *distSearch) reset() {
	for _, v := range s.order {
		s.d[v] = math.Inf(1)
	}
	s.order = s.order[:0]
	s.heap = s.heap[:0]
}

// push adds e to the heap (children of i are 4i+1 .. 4i+4).
func (s *distSearch) push(e entry) {
	h := append(s.heap, e)
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) >> 2
		if h[p].k <= e.k {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = e
	s.heap = h
}

// popMin removes and returns the entry of least key.
func (s *distSearch) popMin() entry {
	h := s.heap
	top := h[0]
	n := len(h) - 1
	last := h[n]
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
		m, km := c, h[c].k
		for k := c + 1; k < min(c+4, n); k++ {
			if h[k].k < km {
				m, km = k, h[k].k
			}
		}
		if km >= last.k {
			break
		}
		h[i] = h[m]
		i = m
	}
	h[i] = last
	return top
}
