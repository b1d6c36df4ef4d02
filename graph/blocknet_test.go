package graph

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// blockEvent is one generated event: its time and how to give it to a
// builder.
type blockEvent struct {
	at   int64
	feed func(b *Builder)
}

// randomStudy makes a directory of units (three sectors, every kind) and
// people whose spells change inside the window, and events spread over
// [0, span): letters to people and to units named directly (some of them
// circulars), meetings (some larger than the cap, some inside one unit),
// data sharing of every status, a few events before 0 (outside every
// block). Every ref is resolved at its event's time, as ingest does.
func randomStudy(rng *rand.Rand, span int64) (*Directory, []blockEvent) {
	kinds := []Kind{KindInternal, KindInternal, KindCoordinator, KindExternal}
	var units []Node
	nu := 3 + rng.IntN(6)
	for u := range nu {
		units = append(units, Node{ID: fmt.Sprintf("u%02d", u), Name: fmt.Sprintf("Unit %d", u), Sector: fmt.Sprintf("s%d", u%3), Kind: kinds[rng.IntN(len(kinds))]})
	}
	var spells []Spell
	np := 5 + rng.IntN(25)
	for p := range np {
		id := fmt.Sprintf("p%03d", p)
		// one to three spells; a change falls anywhere, often mid-block
		cuts := []int64{0}
		for range rng.IntN(3) {
			cuts = append(cuts, cuts[len(cuts)-1]+1+rng.Int64N(span/2))
		}
		for k, from := range cuts {
			sp := Spell{Person: id, Name: "N " + id, Position: "Staf", Unit: units[rng.IntN(nu)].ID, From: from}
			if k == 0 {
				sp.From = 0 // open start
			}
			if k+1 < len(cuts) {
				sp.To = cuts[k+1]
			}
			spells = append(spells, sp)
		}
	}
	dir, err := NewDirectory(units, spells)
	if err != nil {
		panic(err)
	}
	ref := func(at int64) Ref {
		if rng.IntN(8) == 0 { // a unit named directly
			return Ref{Unit: int32(rng.IntN(nu)), Person: -1}
		}
		p := int32(rng.IntN(np))
		u, _ := dir.UnitAt(p, at)
		return Ref{Unit: u, Person: p}
	}
	var evs []blockEvent
	for range 150 + rng.IntN(250) {
		at := rng.Int64N(span+20) - 10
		switch rng.IntN(3) {
		case 0:
			s := ref(at)
			rs := make([]Ref, 1+rng.IntN(6))
			for k := range rs {
				rs[k] = ref(at)
			}
			evs = append(evs, blockEvent{at, func(b *Builder) { b.Message(s, rs) }})
		case 1:
			as := make([]Ref, 1+rng.IntN(9))
			for k := range as {
				as[k] = ref(at)
			}
			evs = append(evs, blockEvent{at, func(b *Builder) { b.Meeting(as) }})
		default:
			x, y, st := ref(at), ref(at), ShareStatus(rng.IntN(3))
			evs = append(evs, blockEvent{at, func(b *Builder) { b.Share(x, y, st) }})
		}
	}
	return dir, evs
}

// TestBlockNetworksEqualOwnWindow: for random studies and random cuts of
// time into blocks, BlockNetworks' Network(i) at each level equals the
// Network of a builder that saw only block i's events, with the block's
// window: same nodes (attributes from the block's spells), same edges,
// every weight bit for bit; the same from the builders that keep the
// blocks' sums only (SetBlocksOnly, SetBlocksOnlyIndexed), whose Network
// has no tie and whose BlockEdges are SetBlocks'. The blocks are asked
// for in a random order, some twice; an event given after the copy is
// not in it.
func TestBlockNetworksEqualOwnWindow(t *testing.T) {
	lw := LayerWeights{Correspondence: 1, Meetings: 0.7, DataSharing: 1.3, Set: true}
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 14))
		span := int64(100 + rng.IntN(900))
		dir, evs := randomStudy(rng, span)
		bounds := []int64{1} // 0 would be an open bound of the first window
		for bounds[len(bounds)-1] < span {
			bounds = append(bounds, min(span, bounds[len(bounds)-1]+1+rng.Int64N(span/4)))
		}
		bl := Blocks{Bounds: bounds}
		setup := func(b *Builder) {
			b.MaxMeetingSize, b.CircularUnits = 6, 2
			b.KeepInactive = seed%2 == 0 // BlockNetwork keeps no inactive node either way
		}
		// fed is a builder given every event, with blocks set by set.
		fed := func(withPeople bool, set func(*Builder, Blocks)) *Builder {
			b := NewBuilder(dir, withPeople)
			setup(b)
			set(b, bl)
			for _, e := range evs {
				b.At(e.at)
				e.feed(b)
			}
			return b
		}
		all := fed(true, (*Builder).SetBlocks)
		units := fed(false, (*Builder).SetBlocks)
		only := fed(true, (*Builder).SetBlocksOnly) // blocks' sums only
		indexed := fed(true, (*Builder).SetBlocksOnlyIndexed)
		for _, lvl := range []Level{UnitLevel, PersonLevel} {
			for _, b := range []*Builder{only, indexed} {
				if got := b.Network(lvl, Window{}, lw); len(got.Edges) != 0 || lvl == PersonLevel && !b.KeepInactive && len(got.Nodes) != 0 {
					t.Errorf("seed %d: %v: blocks only (indexed %v), Network has %d edges and %d nodes, want none", seed, lvl, b == indexed, len(got.Edges), len(got.Nodes))
				}
			}
			// BlockEdges (compare's and trend's frames) are the same
			// whichever way the blocks' rows are found.
			want := all.BlockEdges(lvl, lw)
			for _, b := range []*Builder{only, indexed} {
				if got := b.BlockEdges(lvl, lw); !reflect.DeepEqual(got, want) {
					t.Errorf("seed %d: %v: BlockEdges of a blocks-only builder (indexed %v) differ from SetBlocks'", seed, lvl, b == indexed)
				}
			}
		}
		sets := map[*Builder][2]*BlockNetworks{}
		for _, b := range []*Builder{all, units, only, indexed} {
			sets[b] = [2]*BlockNetworks{b.BlockNetworks(UnitLevel), b.BlockNetworks(PersonLevel)}
			b.At(bounds[0]) // after the copy: in no copy
			b.Message(Ref{Unit: 0, Person: -1}, []Ref{{Unit: 1, Person: -1}})
		}
		if got := sets[all][1].Len(); got != bl.Len() {
			t.Fatalf("seed %d: Len %d, want %d", seed, got, bl.Len())
		}
		order := rng.Perm(bl.Len())
		order = append(order, order[:len(order)/2]...)
		for _, i := range order {
			win := bl.Window(i)
			one := NewBuilder(dir, true)
			setup(one)
			one.KeepInactive = false
			for _, e := range evs {
				if win.Contains(e.at) {
					e.feed(one)
				}
			}
			for _, c := range []struct {
				lvl Level
				b   *Builder
			}{{PersonLevel, all}, {UnitLevel, all}, {UnitLevel, units}, {PersonLevel, units}, {PersonLevel, only}, {UnitLevel, only}, {PersonLevel, indexed}, {UnitLevel, indexed}} {
				got, want := sets[c.b][c.lvl].Network(i, win, lw), one.Network(c.lvl, win, lw)
				if c.b == units {
					want = one.Network(UnitLevel, win, lw) // a builder without people gives units
				}
				name := fmt.Sprintf("seed %d block %d %v (people %v, blocks only %v, indexed %v)", seed, i, c.lvl, c.b != units, c.b == only || c.b == indexed, c.b == indexed)
				sameNetwork(t, name, got, want)
			}
		}
		if sets[all][1].Network(-1, Window{}, lw) != nil || sets[all][1].Network(bl.Len(), Window{}, lw) != nil {
			t.Errorf("seed %d: a block out of range gave a network", seed)
		}
	}
	if NewBuilder(&Directory{}, true).BlockNetworks(PersonLevel) != nil {
		t.Error("BlockNetworks without blocks")
	}
	if (*BlockNetworks)(nil).Network(0, Window{}, lw) != nil {
		t.Error("a nil BlockNetworks gave a network")
	}
}

// sameNetwork compares what BlockNetwork promises: level, nodes, edges
// (every float by its bits), window and weights.
func sameNetwork(t *testing.T, name string, got, want *Network) {
	t.Helper()
	if got == nil {
		t.Fatalf("%s: nil network", name)
	}
	if got.Level != want.Level || got.Window != want.Window || got.Weights != want.Weights {
		t.Errorf("%s: level/window/weights %v %v %v, want %v %v %v", name, got.Level, got.Window, got.Weights, want.Level, want.Window, want.Weights)
	}
	if !reflect.DeepEqual(got.Nodes, want.Nodes) {
		t.Errorf("%s: nodes\n got %+v\nwant %+v", name, got.Nodes, want.Nodes)
	}
	if len(got.Edges) != len(want.Edges) {
		t.Fatalf("%s: %d edges, want %d", name, len(got.Edges), len(want.Edges))
	}
	for k := range got.Edges {
		g, w := got.Edges[k], want.Edges[k]
		same := g.From == w.From && g.To == w.To && math.Float64bits(g.Weight) == math.Float64bits(w.Weight)
		for l := range NumLayers {
			same = same && math.Float64bits(g.Layers[l]) == math.Float64bits(w.Layers[l])
		}
		if !same {
			t.Errorf("%s: edge %d = %+v, want %+v", name, k, g, w)
		}
	}
	for id, i := range want.index {
		if j, ok := got.NodeIndex(id); !ok || j != i {
			t.Errorf("%s: node %s at %d, want %d", name, id, j, i)
		}
	}
}
