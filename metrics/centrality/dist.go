package centrality

import (
	"math"
	"math/bits"

	"github.com/sekat-ona/sekat/graph"
)

// distSearch is one worker's state for Dijkstra searches that need only
// distances (harmonic closeness from pivots). Unlike sssp it keeps no
// path counts, no predecessor lists and no heap positions: a relaxation
// reads and writes one 8-byte distance, and the queue is a radix heap
// (Ahuja, Mehlhorn, Orlin and Tarjan 1990) on the bits of the distances,
// which order as the distances do and never fall below the last key
// popped: an entry sits in the bucket of the highest bit in which its key
// differs from that last key, and only the first non-empty bucket is ever
// re-sorted. A node whose distance drops is pushed again; an entry whose
// key no longer matches the node's distance is stale and skipped when
// popped. On the province networks this touches far less memory per arc
// than sssp.run, whose predecessor writes land at random places of an
// array as long as the arc list.
type distSearch struct {
	g    *graph.CSR
	dist []float64 // arc distances, shared, read-only

	d       []float64 // distance from the source; +Inf when not reached
	buckets [65][]entry
	last    uint64  // the key popped last
	queued  int     // entries in the buckets
	order   []int32 // nodes in the order they were settled, source first
}

func newDistSearch(g *graph.CSR, dist []float64) *distSearch {
	s := &distSearch{g: g, dist: dist, d: make([]float64, g.N), order: make([]int32, 0, g.N)}
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
	s.last = 0
	s.push(entry{0, src})
	for s.queued > 0 {
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
	for i := range s.buckets {
		s.buckets[i] = s.buckets[i][:0]
	}
	s.queued = 0
}

// push queues e, whose key is at least the last key popped.
func (s *distSearch) push(e entry) {
	b := bits.Len64(e.k ^ s.last)
	s.buckets[b] = append(s.buckets[b], e)
	s.queued++
}

// popMin removes and returns an entry of least key (s.queued > 0).
func (s *distSearch) popMin() entry {
	if len(s.buckets[0]) == 0 {
		i := 1
		for len(s.buckets[i]) == 0 {
			i++
		}
		src := s.buckets[i]
		m := src[0].k
		for _, e := range src[1:] {
			m = min(m, e.k)
		}
		s.last = m
		// Every entry of bucket i agrees with the new last key above bit
		// i-1, so each moves to a lower bucket.
		for _, e := range src {
			b := bits.Len64(e.k ^ m)
			s.buckets[b] = append(s.buckets[b], e)
		}
		s.buckets[i] = src[:0]
	}
	b0 := s.buckets[0]
	e := b0[len(b0)-1]
	s.buckets[0] = b0[:len(b0)-1]
	s.queued--
	return e
}
