package graph

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The tests in this file hold NewCSR and edgesOf to the simpler algorithms
// they replaced (one stable sort of all arcs; a map over all pairs), bit
// for bit, on random input with duplicates, zeros and both directions.

// refNewCSR is NewCSR as it was before the counting sort (sekat aeab721).
func refNewCSR(n int, arcs []Arc, undirected bool) *CSR {
	var list []Arc
	for _, a := range arcs {
		if a.U == a.V || a.W == 0 {
			continue
		}
		if undirected && a.U > a.V {
			a.U, a.V = a.V, a.U
		}
		list = append(list, a)
	}
	slices.SortStableFunc(list, cmpArc)
	k := 0
	for i := 0; i < len(list); {
		a := list[i]
		j := i + 1
		for j < len(list) && list[j].U == a.U && list[j].V == a.V {
			a.W += list[j].W
			j++
		}
		if a.W != 0 {
			list[k] = a
			k++
		}
		i = j
	}
	list = list[:k]
	if undirected {
		for _, a := range list[:k] {
			list = append(list, Arc{a.V, a.U, a.W})
		}
		slices.SortFunc(list, cmpArc)
	}
	g := &CSR{N: n, Start: make([]int64, n+1), Adj: make([]int32, len(list)), W: make([]float64, len(list))}
	for i, a := range list {
		g.Adj[i], g.W[i] = a.V, a.W
		g.Start[a.U+1]++
	}
	for i := 0; i < n; i++ {
		g.Start[i+1] += g.Start[i]
	}
	return g
}

func sameCSR(t *testing.T, got, want *CSR) {
	t.Helper()
	if got.N != want.N || !slices.Equal(got.Start, want.Start) || !slices.Equal(got.Adj, want.Adj) {
		t.Fatalf("CSR structure differs: got N=%d %d arcs, want N=%d %d arcs", got.N, len(got.Adj), want.N, len(want.Adj))
	}
	for i := range got.W {
		if math.Float64bits(got.W[i]) != math.Float64bits(want.W[i]) {
			t.Fatalf("arc %d: weight %v (%#x), want %v (%#x)", i, got.W[i], math.Float64bits(got.W[i]), want.W[i], math.Float64bits(want.W[i]))
		}
	}
}

func TestNewCSRLikeSort(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 2))
	for _, n := range []int{1, 2, 7, 60, 500} {
		for _, m := range []int{0, 1, 10, 3000} {
			arcs := make([]Arc, m)
			for i := range arcs {
				// Weights whose sums depend on their order (0.1,
				// 1e16, -1e16), zeros, and arcs that cancel.
				ws := []float64{0.1, 0.2, 0.3, 1e16, -1e16, 0, 1.0 / 3, 1}
				arcs[i] = Arc{int32(r.IntN(n)), int32(r.IntN(n)), ws[r.IntN(len(ws))]}
			}
			for _, und := range []bool{false, true} {
				sameCSR(t, NewCSR(n, arcs, und), refNewCSR(n, arcs, und))
			}
		}
	}
}

// refEdgesOf is edgesOf as it was before the counting sort (sekat
// aeab721), then sorted by (From, To) as NewNetwork sorts.
func refEdgesOf(a *accum, remap []int32, lw LayerWeights) []Edge {
	idx := map[uint64]int32{}
	var edges []Edge
	get := func(u, v int32) *Edge {
		k := uint64(uint32(u))<<32 | uint64(uint32(v))
		i, ok := idx[k]
		if !ok {
			i = int32(len(edges))
			idx[k] = i
			edges = append(edges, Edge{From: u, To: v})
		}
		return &edges[i]
	}
	for i, k := range a.keys {
		u, v := int32(k>>32), int32(uint32(k))
		if remap != nil {
			u, v = remap[u], remap[v]
		}
		vals := a.vals[i]
		if vals[Correspondence] != 0 || vals[DataSharing] != 0 || vals[DataDenied] != 0 {
			e := get(u, v)
			e.Layers[Correspondence] += vals[Correspondence]
			e.Layers[DataSharing] += vals[DataSharing]
			e.Layers[DataDenied] += vals[DataDenied]
		}
		if m := vals[Meetings] + a.meet.weight(int32(i)); m != 0 {
			get(u, v).Layers[Meetings] += m / 2
			get(v, u).Layers[Meetings] += m / 2
		}
	}
	for i := range edges {
		e := &edges[i]
		e.Weight = lw.Correspondence*e.Layers[Correspondence] + lw.Meetings*e.Layers[Meetings] + lw.DataSharing*e.Layers[DataSharing]
	}
	slices.SortFunc(edges, func(a, b Edge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
	return edges
}

func sameEdges(t *testing.T, got, want []Edge) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d edges, want %d", len(got), len(want))
	}
	bitsOf := func(e Edge) [6]uint64 {
		return [6]uint64{uint64(uint32(e.From))<<32 | uint64(uint32(e.To)), math.Float64bits(e.Layers[0]), math.Float64bits(e.Layers[1]),
			math.Float64bits(e.Layers[2]), math.Float64bits(e.Layers[3]), math.Float64bits(e.Weight)}
	}
	for i := range got {
		if bitsOf(got[i]) != bitsOf(want[i]) {
			t.Fatalf("edge %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestEdgesOfLikeMap feeds random letters, meetings and data requests to
// a person-level builder, over more nodes than the dense pair index takes,
// and compares the edges with the map-based reference, without and with a
// remap (the person network's renumbering), and per time block.
func TestEdgesOfLikeMap(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 3))
	units, people := 30, 2100 // 2,130 person-level nodes: past denseMaxPairs' 2,048
	dir, refs := bigDirectory(t, units, people)
	b := NewBuilder(dir, true)
	b.SetBlocks(Blocks{Bounds: []int64{0, 10, 20, 30}})
	ref := func() Ref {
		if r.IntN(20) == 0 {
			return Ref{Unit: int32(r.IntN(units)), Person: -1} // a unit named directly
		}
		return refs[r.IntN(120)] // few people, so pairs repeat
	}
	for range 20000 {
		b.At(int64(r.IntN(35)))
		switch r.IntN(3) {
		case 0:
			b.Message(ref(), []Ref{ref(), ref()})
		case 1:
			m := make([]Ref, 2+r.IntN(8))
			for j := range m {
				m[j] = ref()
			}
			b.Meeting(m)
		default:
			b.Share(ref(), ref(), ShareStatus(r.IntN(2)))
		}
	}
	lw := LayerWeights{Correspondence: 1.5, Meetings: 0.7, DataSharing: 1.0 / 3, Set: true}
	a := b.person.acc
	if a.dense != nil {
		t.Fatal("person level uses the dense pair index; the test wants the pairIndex")
	}
	sameEdges(t, edgesOf(a, nil, lw), refEdgesOf(a, nil, lw))
	// A monotone remap that drops every node without a pair, as Network's.
	paired := make([]bool, len(b.person.seen))
	for _, k := range a.keys {
		paired[k>>32], paired[uint32(k)] = true, true
	}
	remap := make([]int32, len(paired))
	next := int32(0)
	for i := range remap {
		remap[i] = -1
		if paired[i] {
			remap[i] = next
			next++
		}
	}
	sameEdges(t, edgesOf(a, remap, lw), refEdgesOf(a, remap, lw))
	// BlockEdges' per-block accums carry the meetings weight in vals.
	blocks := b.BlockEdges(PersonLevel, lw)
	if len(blocks) != 3 || len(blocks[0]) == 0 {
		t.Fatalf("got %d blocks, the first with %d edges; want 3 non-empty", len(blocks), len(blocks[0]))
	}
	per := make([]accum, 3)
	for i := range a.blk.n {
		row := *a.blk.at(i)
		p := &per[row.block]
		p.keys = append(p.keys, a.keys[row.pair])
		row.vals[Meetings] = a.blk.meet.weight(i)
		p.vals = append(p.vals, row.vals)
	}
	for i := range per {
		sameEdges(t, blocks[i], refEdgesOf(&per[i], nil, lw))
	}
}

// cmpArc orders arcs by source, then target.
func cmpArc(a, b Arc) int {
	if c := cmp.Compare(a.U, b.U); c != 0 {
		return c
	}
	return cmp.Compare(a.V, b.V)
}
