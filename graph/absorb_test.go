package graph

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// TestAbsorbIsOneBuilder splits random letters and data-sharing events
// into parts, builds each part on its own builder and absorbs them in
// order: the networks at both levels, the totals and the pairs' order
// must be those of one builder given every event.
func TestAbsorbIsOneBuilder(t *testing.T) {
	var units []Node
	for i := 0; i < 12; i++ {
		units = append(units, Node{ID: fmt.Sprintf("U%02d", i)})
	}
	var spells []Spell
	for i := 0; i < 60; i++ {
		spells = append(spells, Spell{Person: fmt.Sprintf("P%03d", i), Unit: units[i%12].ID})
	}
	dir, err := NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	ref := func(r *rand.Rand) Ref {
		if r.IntN(8) == 0 {
			return Ref{Unit: int32(r.IntN(12)), Person: -1}
		}
		p := int32(r.IntN(60))
		u, _ := dir.UnitAt(p, 0)
		return Ref{Unit: u, Person: p}
	}
	type event struct {
		letter bool
		from   Ref
		to     []Ref
		st     ShareStatus
	}
	for seed := uint64(0); seed < 40; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		people := seed%2 == 0
		var evs []event
		for i := 0; i < 50+r.IntN(400); i++ {
			e := event{letter: r.IntN(4) > 0, from: ref(r), st: ShareStatus(r.IntN(3))}
			for k := 1 + r.IntN(7); k > 0; k-- { // up to 7 recipients: some circulars
				e.to = append(e.to, ref(r))
			}
			evs = append(evs, e)
		}
		give := func(b *Builder, evs []event) {
			for _, e := range evs {
				if e.letter {
					b.Message(e.from, e.to)
				} else {
					b.Share(e.from, e.to[0], e.st)
				}
			}
		}
		one := NewBuilder(dir, people)
		one.KeepInactive = seed%4 == 0 // the people an event named count then
		give(one, evs)
		parts := NewBuilder(dir, people)
		parts.KeepInactive = one.KeepInactive
		first := r.IntN(len(evs)/3 + 1) // the main builder may hold events already
		give(parts, evs[:first])
		for at := first; at < len(evs); {
			end := min(len(evs), at+1+r.IntN(len(evs)))
			b := NewBuilder(dir, people)
			give(b, evs[at:end])
			if err := parts.Absorb(b); err != nil {
				t.Fatal(err)
			}
			at = end
		}
		if parts.Totals() != one.Totals() {
			t.Errorf("seed %d: totals %+v, want %+v", seed, parts.Totals(), one.Totals())
		}
		levels := []Level{UnitLevel}
		if people {
			levels = append(levels, PersonLevel)
		}
		for _, lvl := range levels {
			got := parts.Network(lvl, Window{}, LayerWeights{})
			want := one.Network(lvl, Window{}, LayerWeights{})
			if !reflect.DeepEqual(got.Edges, want.Edges) || !reflect.DeepEqual(got.Counts, want.Counts) ||
				!reflect.DeepEqual(got.Nodes, want.Nodes) || got.People != want.People {
				t.Errorf("seed %d level %v: the absorbed builder's network differs from one builder's", seed, lvl)
			}
			if !slices.Equal(parts.levelOf(lvl).acc.keys, one.levelOf(lvl).acc.keys) {
				t.Errorf("seed %d level %v: pairs in another order than first seen", seed, lvl)
			}
		}
	}
}

// TestAbsorbRefuses: builders whose sums are not whole numbers per event
// (meetings), that keep time blocks, or of another directory or levels.
func TestAbsorbRefuses(t *testing.T) {
	dir, _ := NewDirectory([]Node{{ID: "a"}, {ID: "b"}, {ID: "c"}}, nil)
	other, _ := NewDirectory([]Node{{ID: "a"}, {ID: "b"}, {ID: "c"}}, nil)
	u := func(i int32) Ref { return Ref{Unit: i, Person: -1} }
	met := NewBuilder(dir, false)
	met.Meeting([]Ref{u(0), u(1), u(2)})
	blocked := NewBuilder(dir, false)
	blocked.SetBlocks(Blocks{Bounds: []int64{0, 10}})
	for name, o := range map[string]*Builder{
		"meetings":        met,
		"time blocks":     blocked,
		"other directory": NewBuilder(other, false),
		"other levels":    NewBuilder(dir, true),
	} {
		b := NewBuilder(dir, false)
		b.Message(u(0), []Ref{u(1)})
		if err := b.Absorb(o); err == nil {
			t.Errorf("%s: absorbed", name)
		}
		if n := b.Network(UnitLevel, Window{}, LayerWeights{}); len(n.Edges) != 1 || n.Edges[0].Layers[Correspondence] != 1 {
			t.Errorf("%s: refused but changed: %+v", name, n.Edges)
		}
	}
}

// TestEventLogPartsAsOne records random letters in one log, and again
// split into parts, each in a log of its own from PartLog, absorbed in
// order after some letters recorded before them: the contacts, their
// order and Overflow must be the same, whatever the limit.
func TestEventLogPartsAsOne(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	type letter struct {
		at     int64
		sender Ref
		to     []Ref
	}
	for trial := 0; trial < 300; trial++ {
		letters := make([]letter, r.IntN(60))
		for i := range letters {
			l := letter{at: int64(i), sender: Ref{Unit: int32(r.IntN(8)), Person: -1}}
			for k := r.IntN(7); k >= 0; k-- {
				l.to = append(l.to, Ref{Unit: int32(r.IntN(8)), Person: -1})
			}
			letters[i] = l
		}
		limit := []int{0, 1, 2, 5, 20, 40}[r.IntN(6)]
		one := &EventLog{Limit: limit, CircularUnits: 4}
		for _, l := range letters {
			one.Letter(l.at, l.sender, l.to)
		}
		// Some letters before the parts, then up to 4 parts, some empty
		// (one part holding every letter is a case too).
		cuts := []int{r.IntN(len(letters) + 1)}
		for k := r.IntN(4); k > 0; k-- {
			cuts = append(cuts, r.IntN(len(letters)+1))
		}
		slices.Sort(cuts)
		cuts = append(cuts, len(letters))
		main := &EventLog{Limit: limit, CircularUnits: 4}
		for _, l := range letters[:cuts[0]] {
			main.Letter(l.at, l.sender, l.to)
		}
		var parts []*EventLog
		for i := 0; i+1 < len(cuts); i++ {
			p := main.PartLog()
			for _, l := range letters[cuts[i]:cuts[i+1]] {
				p.Letter(l.at, l.sender, l.to)
			}
			parts = append(parts, p)
		}
		for _, p := range parts {
			main.AbsorbContacts(p)
		}
		if !slices.Equal(main.Contacts, one.Contacts) || main.Overflow != one.Overflow {
			t.Fatalf("trial %d, limit %d, cuts %v: parts give %d contacts (overflow %v), one log %d (overflow %v)",
				trial, limit, cuts, len(main.Contacts), main.Overflow, len(one.Contacts), one.Overflow)
		}
	}
	var none *EventLog
	if none.PartLog() != nil {
		t.Error("a nil log's PartLog is not nil")
	}
	none.AbsorbContacts(&EventLog{Contacts: []Contact{{A: 1, B: 2}}}) // must not panic
}
