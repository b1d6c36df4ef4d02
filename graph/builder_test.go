package graph

import "testing"

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
