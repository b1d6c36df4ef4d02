package graph

import (
	"maps"
	"math"
	"math/rand/v2"
	"testing"
)

// TestMeetSizesCanonical checks that a pair's meetings value is
// Σ count_k/(k-1) added in ascending k, whatever order the sizes came in.
func TestMeetSizesCanonical(t *testing.T) {
	sizes := []int32{7, 3, 2, 7, 12, 3, 3, 100, 2, 12, 5}
	want := 0.0
	// by hand, ascending k: 2 (x2), 3 (x3), 5, 7 (x2), 12 (x2), 100
	for _, c := range []struct {
		k int32
		n float64
	}{{2, 2}, {3, 3}, {5, 1}, {7, 2}, {12, 2}, {100, 1}} {
		want += c.n / float64(c.k-1)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 50; trial++ {
		var m meetSizes
		perm := r.Perm(len(sizes))
		for _, j := range perm {
			m.add(0, sizes[j], 1)
		}
		if got := m.weight(0); got != want {
			t.Fatalf("order %v: weight = %v, want %v (bit for bit)", perm, got, want)
		}
	}
	var m meetSizes
	m.add(0, 3, 2) // counts may come aggregated: 2 meetings of 3
	m.add(0, 3, 1)
	m.add(0, 2, 2)
	m.add(0, 3, 0)
	if got, want := m.weight(0), 2.0/1+3.0/2; got != want {
		t.Errorf("aggregated counts: weight = %v, want %v", got, want)
	}
	if got := m.weight(5); got != 0 {
		t.Errorf("pair without meetings: weight = %v, want 0", got)
	}
}

// TestBuilderMeetingsOrder feeds the same meetings in many orders: the
// meetings layer of every edge must be the same bits each time, in the
// window's network and in the time blocks (BlockEdges: here two blocks,
// the meetings alternating between them, so that pair tables summed per
// period give a block the bits the events give it). Summing
// 1/(k-1) per meeting in event order fails this test (measured: the
// seeds below give differences in the last bit).
func TestBuilderMeetingsOrder(t *testing.T) {
	var units []Node
	for i := 0; i < 12; i++ {
		units = append(units, Node{ID: string(rune('a' + i))})
	}
	dir, err := NewDirectory(units, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 7))
	var meetings [][]Ref
	for i := 0; i < 400; i++ {
		k := 2 + r.IntN(9)
		var m []Ref
		for j := 0; j < k; j++ {
			m = append(m, Ref{Unit: int32(r.IntN(len(units))), Person: -1})
		}
		meetings = append(meetings, m)
	}
	build := func(order []int) []Edge {
		b := NewBuilder(dir, false)
		b.SetBlocks(Blocks{Bounds: []int64{0, 10, 20}})
		for _, i := range order {
			b.At(int64(5 + 10*(i%2))) // meeting i in block i%2, whatever the order
			b.Meeting(meetings[i])
		}
		es := b.Network(UnitLevel, Window{}, LayerWeights{}).Edges
		for _, blk := range b.BlockEdges(UnitLevel, LayerWeights{}) {
			es = append(es, blk...)
		}
		return es
	}
	order := make([]int, len(meetings))
	for i := range order {
		order[i] = i
	}
	first := build(order)
	naiveDiffers := false
	for trial := 0; trial < 20; trial++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		got := build(order)
		if len(got) != len(first) {
			t.Fatalf("trial %d: %d edges, want %d", trial, len(got), len(first))
		}
		for i := range got {
			if math.Float64bits(got[i].Layers[Meetings]) != math.Float64bits(first[i].Layers[Meetings]) {
				t.Fatalf("trial %d: edge %d->%d meetings %v, first order gave %v", trial, got[i].From, got[i].To, got[i].Layers[Meetings], first[i].Layers[Meetings])
			}
		}
		if naiveSum(meetings, order) != naiveSum(meetings, nil) {
			naiveDiffers = true
		}
	}
	if !naiveDiffers {
		t.Error("the event-order sum never changed with the order: the test data cannot tell the canonical sum from it")
	}
}

// naiveSum is the old way: 1/(k-1) per meeting added in event order, over
// every pair, summed into one number per pair and then into a checksum of
// bits.
func naiveSum(meetings [][]Ref, order []int) uint64 {
	if order == nil {
		order = make([]int, len(meetings))
		for i := range order {
			order[i] = i
		}
	}
	sums := map[[2]int32]float64{}
	for _, i := range order {
		seen := map[int32]bool{}
		var set []int32
		for _, r := range meetings[i] {
			if !seen[r.Unit] {
				seen[r.Unit] = true
				set = append(set, r.Unit)
			}
		}
		if len(set) < 2 {
			continue
		}
		w := 1 / float64(len(set)-1)
		for a := 0; a < len(set); a++ {
			for c := a + 1; c < len(set); c++ {
				x, y := min(set[a], set[c]), max(set[a], set[c])
				sums[[2]int32{x, y}] += w
			}
		}
	}
	var h uint64
	for k, v := range sums {
		h ^= math.Float64bits(v) * uint64(k[0]*31+k[1]+1)
	}
	return h
}

// TestMeetSizesManyPairs interleaves the sizes of many pairs (linked
// lists in cells shared by all pairs) and
// checks each pair's list against a map of counts: ascending sizes, right
// counts, no cell linked into another pair's list.
func TestMeetSizesManyPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 4))
	const pairs = 200
	var m meetSizes
	want := make([]map[int32]int64, pairs)
	for i := range want {
		want[i] = map[int32]int64{}
	}
	for range 20000 {
		i, k, n := int32(r.IntN(pairs)), int32(2+r.IntN(12)), int64(1+r.IntN(3))
		m.add(i, k, n)
		want[i][k] += n
	}
	for i := range int32(pairs) {
		got := map[int32]int64{}
		last := int32(0)
		walk := func(c meetCell) {
			if c.size <= last {
				t.Fatalf("pair %d: size %d after %d, want ascending", i, c.size, last)
			}
			last = c.size
			got[c.size] = c.count
		}
		if int(i) < len(m.head) {
			for j := m.head[i]; j != 0; j = m.cells[j-1].next {
				walk(m.cells[j-1])
			}
		}
		if !maps.Equal(got, want[i]) {
			t.Fatalf("pair %d: counts by size %v, want %v", i, got, want[i])
		}
	}
}
