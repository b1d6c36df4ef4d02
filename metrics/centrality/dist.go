package centrality

import (
	"math"
	"math/bits"

	"github.com/sekat-ona/sekat/graph"
)

// arc32 is one arc of the distance-only search: its head and its distance
// in single precision, packed so that a relaxation reads one 8-byte word.
type arc32 struct {
	w int32
	d float32
}

// packArcs32 lays out every CSR arc as an arc32, in CSR order (row v is
// packed[Start[v]:Start[v+1]]).
func packArcs32(g *graph.CSR, dist []float64) []arc32 {
	p := make([]arc32, len(g.Adj))
	for k, w := range g.Adj {
		p[k] = arc32{w, float32(dist[k])}
	}
	return p
}

// entry32 is a queue element of the distance-only search: a node and its
// distance as math.Float32bits.
type entry32 struct {
	k uint32
	v int32
}

// distSearch is one worker's state for Dijkstra searches that need only
// distances (harmonic closeness from pivots). Unlike sssp it keeps no
// path counts, no predecessor lists and no heap positions, and it works
// in single precision: a relaxation reads one packed 8-byte arc and reads
// and writes one 4-byte distance. Path sums in float32 carry a relative
// error of about 1e-7 per arc, far below the error bound of the pivot
// estimate (ε_h = 0.05 of a person's strongest tie).
//
// The queue is a radix heap (Ahuja, Mehlhorn, Orlin and Tarjan 1990) on
// the bits of the distances, which order as the distances do and never
// fall below the last key popped: an entry sits in the bucket of the
// highest bit in which its key differs from that last key, and only the
// first non-empty bucket is ever re-sorted. A node whose distance drops is
// pushed again; an entry whose key no longer matches the node's distance
// is stale and skipped when popped. On the province networks this touches
// far less memory per arc than sssp.run, whose predecessor writes land at
// random places of an array as long as the arc list.
type distSearch struct {
	start []int64 // the CSR's row starts
	arcs  []arc32 // shared, read-only

	d       []float32 // distance from the source; +Inf when not reached
	buckets [33][]entry32
	last    uint32  // the key popped last
	queued  int     // entries in the buckets
	order   []int32 // nodes in the order they were settled, source first
}

func newDistSearch(g *graph.CSR, arcs []arc32) *distSearch {
	s := &distSearch{start: g.Start, arcs: arcs, d: make([]float32, g.N), order: make([]int32, 0, g.N)}
	inf := float32(math.Inf(1))
	for i := range s.d {
		s.d[i] = inf
	}
	return s
}

// run settles every node reachable from src, in order of distance, into
// s.order, with its distance in s.d. A node's distance is the least sum
// of arc distances over the paths the search relaxed, compared exactly;
// distances are never negative, so a settled node is never lowered.
func (s *distSearch) run(src int32) {
	d, start, arcs := s.d, s.start, s.arcs
	d[src] = 0
	s.last = 0
	s.push(entry32{0, src})
	for s.queued > 0 {
		e := s.popMin()
		v := e.v
		if e.k != math.Float32bits(d[v]) {
			continue // stale: v was queued again at a shorter distance
		}
		s.order = append(s.order, v)
		dv := d[v]
		for _, a := range arcs[start[v]:start[v+1]] {
			if nd := dv + a.d; nd < d[a.w] {
				d[a.w] = nd
				s.push(entry32{math.Float32bits(nd), a.w})
			}
		}
	}
}

// reset clears what the last run touched.
func (s *distSearch) reset() {
	inf := float32(math.Inf(1))
	for _, v := range s.order {
		s.d[v] = inf
	}
	s.order = s.order[:0]
	for i := range s.buckets {
		s.buckets[i] = s.buckets[i][:0]
	}
	s.queued = 0
}

// push queues e, whose key is at least the last key popped.
func (s *distSearch) push(e entry32) {
	b := bits.Len32(e.k ^ s.last)
	s.buckets[b] = append(s.buckets[b], e)
	s.queued++
}

// popMin removes and returns an entry of least key (s.queued > 0).
func (s *distSearch) popMin() entry32 {
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
			b := bits.Len32(e.k ^ m)
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
