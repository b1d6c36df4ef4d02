package graph

import (
	"math"
	"testing"
	"time"
)

func TestCalendarBounds(t *testing.T) {
	jkt, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	at := func(s string) int64 {
		x, err := time.ParseInLocation("2006-01-02 15:04", s, jkt)
		if err != nil {
			t.Fatal(err)
		}
		return x.Unix()
	}
	day := func(x int64) string { return time.Unix(x, 0).In(jkt).Format("2006-01-02 15:04") }
	tests := []struct {
		name     string
		from, to string
		step     Step
		extra    []string
		want     []string
	}{
		// 2025-01-01 is a Wednesday: the first block runs to Monday 6 January.
		{"weeks", "2025-01-01 00:00", "2025-01-20 00:00", Week, nil,
			[]string{"2025-01-01 00:00", "2025-01-06 00:00", "2025-01-13 00:00", "2025-01-20 00:00"}},
		{"weeks cut", "2025-01-01 00:00", "2025-01-15 12:00", Week, []string{"2025-01-08 00:00", "2024-12-01 00:00"},
			[]string{"2025-01-01 00:00", "2025-01-06 00:00", "2025-01-08 00:00", "2025-01-13 00:00", "2025-01-15 12:00"}},
		{"months", "2025-01-15 00:00", "2025-04-01 00:00", Month, nil,
			[]string{"2025-01-15 00:00", "2025-02-01 00:00", "2025-03-01 00:00", "2025-04-01 00:00"}},
		{"quarters", "2025-02-01 00:00", "2026-01-01 00:00", Quarter, nil,
			[]string{"2025-02-01 00:00", "2025-04-01 00:00", "2025-07-01 00:00", "2025-10-01 00:00", "2026-01-01 00:00"}},
		{"days", "2025-03-01 10:00", "2025-03-03 00:00", Day, nil,
			[]string{"2025-03-01 10:00", "2025-03-02 00:00", "2025-03-03 00:00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var extra []int64
			for _, e := range tc.extra {
				extra = append(extra, at(e))
			}
			got := CalendarBounds(at(tc.from), at(tc.to), tc.step, jkt, extra...)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d bounds, want %d: %v", len(got), len(tc.want), got)
			}
			for i := range got {
				if day(got[i]) != tc.want[i] {
					t.Errorf("bound %d = %s, want %s", i, day(got[i]), tc.want[i])
				}
			}
		})
	}
	if CalendarBounds(5, 5, Week, jkt) != nil {
		t.Error("empty range gave bounds")
	}
}

func TestBlocksOf(t *testing.T) {
	b := Blocks{Bounds: []int64{10, 20, 30}}
	for _, tc := range []struct {
		t    int64
		want int
	}{{9, -1}, {10, 0}, {19, 0}, {20, 1}, {29, 1}, {30, -1}} {
		if got := b.Of(tc.t); got != tc.want {
			t.Errorf("Of(%d) = %d, want %d", tc.t, got, tc.want)
		}
	}
	if (Blocks{}).Of(5) != -1 || (Blocks{}).Len() != 0 {
		t.Error("zero Blocks has a block")
	}
}

// TestBlockEdgesSum checks that the blocks' edges add up to the window's
// network, that an event outside the blocks is in the network only, and
// that the network is the same with and without blocks.
func TestBlockEdgesSum(t *testing.T) {
	units := []Node{{ID: "a", Sector: "x"}, {ID: "b", Sector: "x"}, {ID: "c", Sector: "y"}}
	spells := []Spell{{Person: "p1", Unit: "a"}, {Person: "p2", Unit: "b"}, {Person: "p3", Unit: "c"}}
	dir, err := NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	p := func(i int32) Ref { u, _ := dir.UnitAt(i, 0); return Ref{Unit: u, Person: i} }
	feed := func(b *Builder) {
		for i, tm := range []int64{35, 5, 15, 15, 25} { // 35 (a letter) is outside the blocks
			b.At(tm)
			switch i % 3 {
			case 0:
				b.Message(p(0), []Ref{p(1), p(2)})
			case 1:
				b.Meeting([]Ref{p(0), p(1), p(2)})
			default:
				b.Share(p(2), p(0), Granted)
			}
		}
	}
	plain := NewBuilder(dir, true)
	feed(plain)
	blocked := NewBuilder(dir, true)
	blocked.SetBlocks(Blocks{Bounds: []int64{0, 10, 20, 30}})
	feed(blocked)
	lw := LayerWeights{Correspondence: 1, Meetings: 2, DataSharing: 3, Set: true}
	for _, lvl := range []Level{UnitLevel, PersonLevel} {
		n0, n1 := plain.Network(lvl, Window{}, lw), blocked.Network(lvl, Window{}, lw)
		if len(n0.Edges) != len(n1.Edges) {
			t.Fatalf("%v: blocks changed the network: %d edges, want %d", lvl, len(n1.Edges), len(n0.Edges))
		}
		for i := range n0.Edges {
			if n0.Edges[i] != n1.Edges[i] {
				t.Errorf("%v: edge %d = %+v with blocks, %+v without", lvl, i, n1.Edges[i], n0.Edges[i])
			}
		}
		be := blocked.BlockEdges(lvl, lw)
		if len(be) != 3 {
			t.Fatalf("%v: %d blocks, want 3", lvl, len(be))
		}
		// Sum the blocks, then add the event at 35 (a letter p1 -> p2, p3)
		// to reach the network.
		sum := map[[2]int32][NumLayers + 1]float64{}
		for _, es := range be {
			for i, e := range es {
				if i > 0 && (es[i-1].From > e.From || es[i-1].From == e.From && es[i-1].To >= e.To) {
					t.Errorf("%v: block edges not sorted", lvl)
				}
				v := sum[[2]int32{e.From, e.To}]
				for l := range NumLayers {
					v[l] += e.Layers[l]
				}
				v[NumLayers] += e.Weight
				sum[[2]int32{e.From, e.To}] = v
			}
		}
		want := map[[2]int32][NumLayers + 1]float64{}
		for _, e := range n1.Edges {
			from, to := e.From, e.To
			if lvl == PersonLevel { // network ids are renumbered; here every node is a person with a tie
				from, to = dirIndex(t, dir, n1.Nodes[from].ID), dirIndex(t, dir, n1.Nodes[to].ID)
			}
			var v [NumLayers + 1]float64
			copy(v[:], e.Layers[:])
			v[NumLayers] = e.Weight
			want[[2]int32{from, to}] = v
		}
		// The letter at 35, outside the blocks: sender 0 to 1 and 2.
		for _, to := range []int32{1, 2} {
			v := want[[2]int32{0, to}]
			v[Correspondence]--
			v[NumLayers]--
			want[[2]int32{0, to}] = v
		}
		for k, w := range want {
			g := sum[k]
			for l := range w {
				if math.Abs(g[l]-w[l]) > 1e-12 {
					t.Errorf("%v: pair %v column %d: blocks sum to %v, want %v", lvl, k, l, g[l], w[l])
				}
			}
		}
		for k := range sum {
			if _, ok := want[k]; !ok {
				t.Errorf("%v: pair %v in the blocks but not in the network", lvl, k)
			}
		}
	}
	if NewBuilder(dir, false).BlockEdges(UnitLevel, lw) != nil {
		t.Error("BlockEdges without blocks")
	}
}

func dirIndex(t *testing.T, d *Directory, id string) int32 {
	t.Helper()
	_, p, ok := d.Lookup([]byte(id))
	if !ok || p < 0 {
		t.Fatalf("%s is not a person", id)
	}
	return p
}
