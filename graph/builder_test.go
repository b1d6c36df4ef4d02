package graph

import (
	"fmt"
	"slices"
	"testing"
)

func TestBuilderMeetingsNewman(t *testing.T) {
	units := []Node{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	dir, err := NewDirectory(units, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(dir, false)
	u := func(i int32) Ref { return Ref{Unit: i, Person: -1} }
	// A meeting of 4 units gives each pair 1/3; one of 2 units gives 1.
	b.Meeting([]Ref{u(0), u(1), u(2), u(3), u(0)})
	b.Meeting([]Ref{u(0), u(1)})
	n := b.Network(UnitLevel, Window{}, LayerWeights{})
	// Each unit's meeting strength over both directions equals the number
	// of meetings it attended with another unit (Newman's weighting).
	str := make([]float64, 4)
	for _, e := range n.Edges {
		str[e.From] += e.Layers[Meetings]
		str[e.To] += e.Layers[Meetings]
	}
	for i, want := range []float64{2, 2, 1, 1} {
		if d := str[i] - want; d > 1e-12 || d < -1e-12 {
			t.Errorf("strength[%d] = %v, want %v", i, str[i], want)
		}
	}
	ab, _ := n.Undirected().Weight(0, 1)
	if want := 1.0/3 + 1; ab != want {
		t.Errorf("w{a,b} = %v, want %v", ab, want)
	}
}

func TestLayerWeights(t *testing.T) {
	dir, _ := NewDirectory([]Node{{ID: "a"}, {ID: "b"}}, nil)
	b := NewBuilder(dir, false)
	a, c := Ref{0, -1}, Ref{1, -1}
	b.Message(a, []Ref{c})
	b.Meeting([]Ref{a, c})
	b.Share(a, c, Granted)
	b.Share(a, c, Denied)
	n := b.Network(UnitLevel, Window{}, LayerWeights{Correspondence: 2, Meetings: 4, DataSharing: 0, Set: true})
	// a->b: 2*1 + 4*(1/2) + 0*1 = 4; b->a: 4*(1/2) = 2; denied adds nothing.
	if got := n.Edges[0].Weight; got != 4 {
		t.Errorf("weight(a->b) = %v, want 4", got)
	}
	if got := n.Edges[1].Weight; got != 2 {
		t.Errorf("weight(b->a) = %v, want 2", got)
	}
}

func TestDirectoryErrors(t *testing.T) {
	if _, err := NewDirectory([]Node{{ID: "a"}, {ID: "a"}}, nil); err == nil {
		t.Error("duplicate unit accepted")
	}
	if _, err := NewDirectory([]Node{{ID: "a"}}, []Spell{{Person: "a", Unit: "a"}}); err == nil {
		t.Error("person with a unit's id accepted")
	}
	if _, err := NewDirectory([]Node{{ID: "a"}}, []Spell{{Person: "p", Unit: "x"}}); err == nil {
		t.Error("spell in an unknown unit accepted")
	}
}

func TestCSRTranspose(t *testing.T) {
	g := NewCSR(3, []Arc{{0, 1, 2}, {0, 2, 1}, {2, 1, 5}, {0, 1, 1}}, false)
	if w, _ := g.Weight(0, 1); w != 3 {
		t.Errorf("summed arc = %v, want 3", w)
	}
	tr := g.Transpose()
	if w, ok := tr.Weight(1, 2); !ok || w != 5 {
		t.Errorf("transpose 1->2 = %v %v, want 5", w, ok)
	}
	if tr.Edges() != g.Edges() {
		t.Errorf("transpose has %d arcs, want %d", tr.Edges(), g.Edges())
	}
}

// TestCSRSymmetricBits: both directions of an undirected edge carry the
// same bits even when its parts sum differently in another order.
func TestCSRSymmetricBits(t *testing.T) {
	parts := []Arc{{0, 1, 0.1}, {1, 0, 0.2}, {0, 1, 0.3}, {1, 0, 1e-17}}
	g := NewCSR(2, parts, true)
	a, _ := g.Weight(0, 1)
	b, _ := g.Weight(1, 0)
	if a != b {
		t.Errorf("w(0,1) = %v, w(1,0) = %v", a, b)
	}
}

// bigDirectory returns a directory of units units and people people, person
// i in unit i%units, and the refs of all people.
func bigDirectory(t testing.TB, units, people int) (*Directory, []Ref) {
	t.Helper()
	var us []Node
	for i := 0; i < units; i++ {
		us = append(us, Node{ID: fmt.Sprintf("U%02d", i)})
	}
	var sp []Spell
	for i := 0; i < people; i++ {
		sp = append(sp, Spell{Person: fmt.Sprintf("P%05d", i), Unit: us[i%units].ID})
	}
	dir, err := NewDirectory(us, sp)
	if err != nil {
		t.Fatal(err)
	}
	refs := make([]Ref, people)
	for i := range refs {
		_, p, ok := dir.Lookup([]byte(fmt.Sprintf("P%05d", i)))
		if !ok || p < 0 {
			t.Fatalf("person P%05d not found", i)
		}
		refs[i] = Ref{Unit: int32(i % units), Person: p}
	}
	return dir, refs
}

// TestBuilderLargeMeeting: a 5,000-attendee meeting at person level used
// to become 12.5 million ties (5,000*4,999/2 pairs, 25 million directed
// edges); one of 4,874 people took 6.9 GB and had not finished after 1,350 s
// of CPU (docs/network.md, "Large meetings"). Above MaxMeetingSize distinct
// attendees it makes no tie at either level and is counted instead; the
// ties of a person-level network are then bounded by those of the other
// meetings, here one of 30 people (435 pairs).
func TestBuilderLargeMeeting(t *testing.T) {
	dir, refs := bigDirectory(t, 40, 5000)
	for _, people := range []bool{true, false} {
		b := NewBuilder(dir, people)
		b.KeepInactive = true      // every attendee a node, to see their counts
		b.Meeting(refs)            // 5,000 people from 40 units
		b.Meeting(refs[:30])       // 30 people from 30 units: expanded
		b.Meeting(refs[4000:4001]) // one person
		tot := b.Totals()
		if tot.Meetings != 3 || tot.MeetingsLarge != 1 || tot.MeetingsOneUnit != 1 {
			t.Errorf("people=%v: totals %+v, want 3 meetings, 1 large, 1 in one unit", people, tot)
		}
		u := b.Network(UnitLevel, Window{}, LayerWeights{})
		if got, want := len(u.Edges), 30*29; got != want {
			t.Errorf("people=%v: unit level has %d directed edges, want %d (the 30-unit meeting only)", people, got, want)
		}
		for i, c := range u.Counts {
			if c.LargeMeetings != 1 {
				t.Fatalf("unit %d: %d large meetings, want 1", i, c.LargeMeetings)
			}
		}
		if !people {
			continue
		}
		p := b.Network(PersonLevel, Window{}, LayerWeights{})
		if got, want := len(p.Edges), 30*29; got != want {
			t.Errorf("person level has %d directed edges, want %d: the 5,000-person meeting must add none", got, want)
		}
		if len(p.Nodes) != 5000 {
			t.Errorf("person level kept %d nodes, want all 5,000 attendees (KeepInactive)", len(p.Nodes))
		}
		for i, c := range p.Counts {
			if c.LargeMeetings != 1 {
				t.Fatalf("person %d: %d large meetings, want 1", i, c.LargeMeetings)
			}
		}
	}
}

// TestBuilderMeetingSizeLimit: the limit counts distinct attendees (people
// and units named directly), the same number at both levels, and a meeting
// of exactly MaxMeetingSize is still expanded.
func TestBuilderMeetingSizeLimit(t *testing.T) {
	dir, refs := bigDirectory(t, 4, 200)
	unitRef := Ref{Unit: 3, Person: -1}
	for _, tc := range []struct {
		name  string
		limit int
		att   []Ref
		large bool
	}{
		{"default limit, 100 people", 0, refs[:100], false},
		{"default limit, 101 people", 0, refs[:101], true},
		{"100 people named twice", 0, append(append([]Ref{}, refs[:100]...), refs[:100]...), false},
		{"100 people and a unit", 0, append(append([]Ref{}, refs[:100]...), unitRef), true},
		{"limit 3, 3 people", 3, refs[:3], false},
		{"limit 3, 4 people", 3, refs[:4], true},
	} {
		for _, people := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/people=%v", tc.name, people), func(t *testing.T) {
				b := NewBuilder(dir, people)
				b.MaxMeetingSize = tc.limit
				b.Meeting(tc.att)
				if got := b.Totals().MeetingsLarge == 1; got != tc.large {
					t.Fatalf("large = %v, want %v", got, tc.large)
				}
				u := b.Network(UnitLevel, Window{}, LayerWeights{})
				if got := len(u.Edges) == 0; got != tc.large {
					t.Errorf("unit level: %d edges, large %v", len(u.Edges), tc.large)
				}
				if !people {
					return
				}
				p := b.Network(PersonLevel, Window{}, LayerWeights{})
				k := len(tc.att)
				if k > 100 && !tc.large {
					k = 100 // the repeated names
				}
				want := k * (k - 1)
				if tc.large {
					want = 0
				}
				if len(p.Edges) != want {
					t.Errorf("person level: %d directed edges, want %d", len(p.Edges), want)
				}
			})
		}
	}
	if got := (&Builder{}).MeetingSizeLimit(); got != DefaultMaxMeetingSize {
		t.Errorf("zero Builder's limit %d, want %d", got, DefaultMaxMeetingSize)
	}
}

// TestBuilderCirculars: a letter whose recipients and cc span more than
// CircularUnits units other than the sender's makes no tie at either
// level and is counted for its sender; one that spans exactly
// CircularUnits is an ordinary letter. The units are counted from the
// recipients' units, so several people of one unit, or a unit and its
// staff, count once, and the sender's own unit does not count.
func TestBuilderCirculars(t *testing.T) {
	dir, refs := bigDirectory(t, 8, 80) // person i in unit i%8
	unit := func(u int32) Ref { return Ref{Unit: u, Person: -1} }
	sender := refs[0] // unit 0
	for _, tc := range []struct {
		name     string
		limit    int
		to       []Ref
		circular bool
		ties     int // unit-level directed edges when not circular
	}{
		{"4 other units, default limit", 0, []Ref{refs[1], refs[2], refs[3], refs[4]}, false, 4},
		{"5 other units, default limit", 0, []Ref{refs[1], refs[2], refs[3], refs[4], refs[5]}, true, 0},
		{"5 units by unit and person refs", 0, []Ref{unit(1), refs[2], unit(3), refs[4], refs[13]}, true, 0},
		// refs[9], refs[17] are in unit 1, refs[10] in unit 2: 4 units.
		{"4 units named 7 times", 0, []Ref{unit(1), refs[9], refs[17], refs[2], refs[10], refs[3], unit(4)}, false, 4},
		// the sender's own unit (refs[8], unit 0) is not counted.
		{"4 others and the own unit", 0, []Ref{refs[8], refs[1], refs[2], refs[3], refs[4]}, false, 4},
		{"limit 2, 3 units", 2, []Ref{refs[1], refs[2], refs[3]}, true, 0},
		{"limit 2, 2 units", 2, []Ref{refs[1], refs[2]}, false, 2},
	} {
		for _, people := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/people=%v", tc.name, people), func(t *testing.T) {
				b := NewBuilder(dir, people)
				b.CircularUnits = tc.limit
				b.Message(sender, tc.to)
				tot := b.Totals()
				if got := tot.Circulars == 1; got != tc.circular {
					t.Fatalf("circular = %v, want %v", got, tc.circular)
				}
				if tot.Messages != 1 || tot.InternalMessages != 0 {
					t.Errorf("totals %+v: want 1 message, not internal", tot)
				}
				u := b.Network(UnitLevel, Window{}, LayerWeights{})
				if len(u.Edges) != tc.ties {
					t.Errorf("unit level: %d edges, want %d", len(u.Edges), tc.ties)
				}
				if got, want := u.Counts[0].Circulars, tot.Circulars; got != want {
					t.Errorf("sending unit's circulars %d, want %d", got, want)
				}
				if !people {
					return
				}
				b.KeepInactive = true // the sender is a node even without a tie
				p := b.Network(PersonLevel, Window{}, LayerWeights{})
				if tc.circular && len(p.Edges) != 0 {
					t.Errorf("person level: %d edges from a circular", len(p.Edges))
				}
				if !tc.circular && len(p.Edges) == 0 {
					t.Error("person level: an ordinary letter made no tie")
				}
				i, _ := p.NodeIndex("P00000")
				if got, want := p.Counts[i].Circulars, tot.Circulars; got != want {
					t.Errorf("sender's circulars %d, want %d", got, want)
				}
			})
		}
	}
	if got := (&Builder{}).CircularLimit(); got != DefaultCircularUnits {
		t.Errorf("zero Builder's limit %d, want %d", got, DefaultCircularUnits)
	}
}

// TestBuilderInactivePeople: at person level a person with a spell in the
// window but no tie is left out and counted; KeepInactive keeps them (the
// node set sekat had before inactive people were left out). A person whose
// only event is an internal message, a one-person meeting or a circular has
// no tie either. A unit node is kept when it has a tie, and with
// KeepInactive when an event names it.
func TestBuilderInactivePeople(t *testing.T) {
	units := []Node{{ID: "A"}, {ID: "B"}, {ID: "C"}, {ID: "D"}, {ID: "E"}, {ID: "F"}, {ID: "G"}}
	spells := []Spell{
		{Person: "p1", Unit: "A"}, {Person: "p2", Unit: "B"}, // a letter p1 -> p2
		{Person: "p3", Unit: "A"},           // a spell, no event
		{Person: "p4", Unit: "A"},           // a letter to themselves only
		{Person: "p5", Unit: "B"},           // a meeting alone
		{Person: "p6", Unit: "C"},           // a circular only
		{Person: "p7", Unit: "C", To: 1000}, // left before the window
		{Person: "p8", Unit: "D"},           // a denied request only: a pair in data_denied
	}
	dir, err := NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	ref := func(id string) Ref {
		u, p, ok := dir.Lookup([]byte(id))
		if !ok {
			t.Fatalf("no %s", id)
		}
		if p >= 0 {
			u, _ = dir.UnitAt(p, 5000)
		}
		return Ref{Unit: u, Person: p}
	}
	b := NewBuilder(dir, true)
	b.Message(ref("p1"), []Ref{ref("p2")})
	b.Message(ref("p4"), []Ref{ref("p4")})
	b.Meeting([]Ref{ref("p5")})
	b.Message(ref("p6"), []Ref{ref("A"), ref("B"), ref("D"), ref("E"), ref("F"), ref("G")})
	b.Share(ref("p8"), ref("E"), Denied)
	win := Window{From: 2000, To: 9000}
	ids := func(n *Network) string {
		s := ""
		for _, nd := range n.Nodes {
			s += nd.ID + " "
		}
		return s
	}
	n := b.Network(PersonLevel, win, LayerWeights{})
	if got, want := ids(n), "p1 p2 p8 E "; got != want {
		t.Errorf("nodes %q, want %q", got, want)
	}
	if want := (PeopleCounts{InWindow: 7, Inactive: 4}); n.People != want {
		t.Errorf("people counts %+v, want %+v", n.People, want)
	}
	b.KeepInactive = true
	k := b.Network(PersonLevel, win, LayerWeights{})
	if got, want := ids(k), "p1 p2 p3 p4 p5 p6 p8 A B D E F G "; got != want {
		t.Errorf("KeepInactive: nodes %q, want %q", got, want)
	}
	if want := (PeopleCounts{InWindow: 7, Inactive: 4, KeptInactive: true}); k.People != want {
		t.Errorf("KeepInactive: people counts %+v, want %+v", k.People, want)
	}
	if len(k.Edges) != len(n.Edges) {
		t.Errorf("KeepInactive changed the edges: %d, want %d", len(k.Edges), len(n.Edges))
	}
	if u := b.Network(UnitLevel, win, LayerWeights{}); len(u.Nodes) != len(units) {
		t.Errorf("unit level has %d nodes, want every unit (%d)", len(u.Nodes), len(units))
	}
}

// TestMaxWeights: each node's strongest tie, 0 for a node without arcs,
// read from its own row only (node 1's rows hold 2 and 5).
func TestMaxWeights(t *testing.T) {
	g := NewCSR(4, []Arc{{U: 0, V: 1, W: 2}, {U: 1, V: 2, W: 5}, {U: 0, V: 2, W: 0.5}}, true)
	if got, want := g.MaxWeights(), []float64{2, 5, 5, 0}; !slices.Equal(got, want) {
		t.Errorf("MaxWeights = %v, want %v", got, want)
	}
}
