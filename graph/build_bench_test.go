package graph

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchEvents is a synthetic person-level event log: people in units of
// 100, letters mostly inside a sender's own and neighbouring units with
// one to three recipients, meetings of 3 to 15 people drawn from a few
// neighbouring units, data requests between random people. It stands in
// for a generated province (sekat generate --preset provinsi) without
// reading files.
type benchEvents struct {
	dir      *Directory
	refs     []Ref
	letters  [][]Ref // sender, then recipients
	meetings [][]Ref
	shares   [][2]Ref
}

func newBenchEvents(b *testing.B, people int) *benchEvents {
	b.Helper()
	units := people / 100
	us := make([]Node, units)
	for i := range us {
		us[i] = Node{ID: fmt.Sprintf("U%05d", i)}
	}
	sp := make([]Spell, people)
	for i := range sp {
		sp[i] = Spell{Person: fmt.Sprintf("P%07d", i), Unit: us[i/100].ID}
	}
	dir, err := NewDirectory(us, sp)
	if err != nil {
		b.Fatal(err)
	}
	ev := &benchEvents{dir: dir, refs: make([]Ref, people)}
	for i := range ev.refs {
		_, p, ok := dir.Lookup([]byte(sp[i].Person))
		if !ok {
			b.Fatalf("person %s not found", sp[i].Person)
		}
		ev.refs[i] = Ref{Unit: int32(i / 100), Person: p}
	}
	r := rand.New(rand.NewPCG(14, uint64(people)))
	near := func(i int) Ref { // someone in i's unit or one of the 4 next to it
		u := (i/100 + r.IntN(5) - 2 + units) % units
		return ev.refs[u*100+r.IntN(100)]
	}
	for range 8 * people {
		s := r.IntN(people)
		l := []Ref{ev.refs[s]}
		for range 1 + r.IntN(3) {
			l = append(l, near(s))
		}
		ev.letters = append(ev.letters, l)
	}
	for range people {
		s := r.IntN(people)
		m := make([]Ref, 3+r.IntN(13))
		for j := range m {
			m[j] = near(s)
		}
		ev.meetings = append(ev.meetings, m)
	}
	for range people {
		ev.shares = append(ev.shares, [2]Ref{ev.refs[r.IntN(people)], ev.refs[r.IntN(people)]})
	}
	return ev
}

// benchPersonNetwork times what a load does after parsing: every event into
// a Builder at person level, then Builder.Network and Network.Undirected.
// It reports arcs of the directed network per second.
func benchPersonNetwork(b *testing.B, people int) {
	ev := newBenchEvents(b, people)
	b.ReportAllocs()
	b.ResetTimer()
	arcs := 0
	for b.Loop() {
		bl := NewBuilder(ev.dir, true)
		for _, l := range ev.letters {
			bl.Message(l[0], l[1:])
		}
		for _, m := range ev.meetings {
			bl.Meeting(m)
		}
		for _, s := range ev.shares {
			bl.Share(s[0], s[1], Granted)
		}
		n := bl.Network(PersonLevel, Window{}, LayerWeights{})
		u := n.Undirected()
		arcs += len(n.Edges)
		if u.N != len(n.Nodes) {
			b.Fatalf("undirected graph has %d nodes, network %d", u.N, len(n.Nodes))
		}
	}
	b.ReportMetric(float64(arcs)/b.Elapsed().Seconds(), "edge/s")
}

func BenchmarkPersonNetwork_20k(b *testing.B) { benchPersonNetwork(b, 20_000) }
