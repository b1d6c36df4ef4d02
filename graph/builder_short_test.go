package graph

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestShortMessageAsGeneral holds Message's path for short letters of a
// unit network (shortMessage) to the general one, which a builder with a
// person level takes for every letter: the same unit network (edges,
// their order, counts) and totals, for letters with repeated recipients,
// recipients in the sender's unit, units named alone, circulars and
// lists longer than messageShort, under two circular limits.
func TestShortMessageAsGeneral(t *testing.T) {
	dir := roundRobinDirectory(t, 9, 45)
	ref := func(r *rand.Rand) Ref {
		if r.IntN(6) == 0 {
			return Ref{Unit: int32(r.IntN(9)), Person: -1}
		}
		p := int32(r.IntN(45))
		u, _ := dir.UnitAt(p, 0)
		return Ref{Unit: u, Person: p}
	}
	short := 0
	for _, limit := range []int{0, 10} {
		for seed := uint64(0); seed < 30; seed++ {
			r := rand.New(rand.NewPCG(seed, 11))
			fast, general := NewBuilder(dir, false), NewBuilder(dir, true)
			fast.CircularUnits, general.CircularUnits = limit, limit
			for i := 0; i < 20+r.IntN(300); i++ {
				from := ref(r)
				var to []Ref
				for k := 1 + r.IntN(12); k > 0; k-- {
					to = append(to, ref(r))
				}
				if len(to) <= messageShort && len(to) <= fast.CircularLimit() {
					short++
				}
				fast.Message(from, to)
				general.Message(from, to)
			}
			if got, want := fast.Totals(), general.Totals(); got != want {
				t.Fatalf("limit %d seed %d: totals %+v, want %+v", limit, seed, got, want)
			}
			got := fast.Network(UnitLevel, Window{}, LayerWeights{})
			want := general.Network(UnitLevel, Window{}, LayerWeights{})
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("limit %d seed %d: unit networks differ:\n got %+v\nwant %+v", limit, seed, got.Edges, want.Edges)
			}
			if !reflect.DeepEqual(fast.unit.acc.keys, general.unit.acc.keys) {
				t.Fatalf("limit %d seed %d: pairs in another order", limit, seed)
			}
		}
	}
	if short == 0 {
		t.Fatal("no letter took the short path")
	}
}

// BenchmarkMessageUnits_40 adds letters of one to three recipients to a
// unit network of 40 units (3,000 people), as BenchmarkIngestParquet_10M's
// letters are added: the cost of Message alone.
func BenchmarkMessageUnits_40(b *testing.B) {
	dir := roundRobinDirectory(b, 40, 3000)
	r := rand.New(rand.NewPCG(3, 40))
	letters := make([][]Ref, 1<<16)
	for i := range letters {
		for k := 2 + r.IntN(3); k > 0; k-- {
			p := int32(r.IntN(3000))
			u, _ := dir.UnitAt(p, 0)
			letters[i] = append(letters[i], Ref{Unit: u, Person: p})
		}
	}
	bl := NewBuilder(dir, false)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := letters[i&(len(letters)-1)]
		bl.Message(l[0], l[1:])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "row/s")
}

// roundRobinDirectory is a directory of units U00... and people P00000...,
// person i in unit i mod units, with no spell bounds.
func roundRobinDirectory(tb testing.TB, units, people int) *Directory {
	tb.Helper()
	var us []Node
	for i := 0; i < units; i++ {
		us = append(us, Node{ID: fmt.Sprintf("U%02d", i)})
	}
	var spells []Spell
	for i := 0; i < people; i++ {
		spells = append(spells, Spell{Person: fmt.Sprintf("P%05d", i), Unit: us[i%units].ID})
	}
	dir, err := NewDirectory(us, spells)
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}
