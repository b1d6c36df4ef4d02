package people

import (
	"context"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestOverloadTopStrengthTiesShareAPlace: people whose strengths differ
// only by the rounding of their products share a place in the top
// OverloadTop of strength, as tied weights share a rank (TieWeight).
// With layer_weights correspondence 0.1 and data_sharing 0.3, b's three
// letters to r weigh 0.30000000000000004 and e's one data request
// granted to s 0.3 (0.29999999999999998890), both written 0.3 in
// facilitators.csv, each half of their unit's cross-unit weight; with a
// top of one of the four people, b and r were overloaded and e and s,
// rows of the same strength and share, were not.
func TestOverloadTopStrengthTiesShareAPlace(t *testing.T) {
	from := int64(1_735_689_600) // 2025-01-01 00:00 UTC
	spells := []graph.Spell{{Person: "b", Unit: "A"}, {Person: "e", Unit: "A"}, {Person: "r", Unit: "C"}, {Person: "s", Unit: "C"}}
	const weeks = 4
	bld, dir, ref, bounds := weeklyStudy(t, spells, from, weeks)
	at := from + 3600
	bld.At(at)
	for range 3 {
		bld.Message(ref("b", at), []graph.Ref{ref("r", at)})
	}
	bld.Share(ref("e", at), ref("s", at), graph.Granted)
	lw := graph.LayerWeights{Correspondence: 0.1, Meetings: 1, DataSharing: 0.3, Set: true}
	n, list := weeklyNetworks(bld, bounds, weeks, lw)
	r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, Options{Bootstrap: 10, Permutations: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*Person{}
	for i := range r.People {
		got[n.Nodes[r.People[i].Node].ID] = &r.People[i]
	}
	b, e := got["b"], got["e"]
	if b == nil || e == nil {
		t.Fatalf("people %v: the test needs b and e", got)
	}
	if b.Strength == e.Strength || TieWeight(b.Strength) != TieWeight(e.Strength) {
		t.Fatalf("strengths %v and %v: the test needs them equal but for rounding", b.Strength, e.Strength)
	}
	if b.UnitShare <= DefaultOverloadShare || e.UnitShare <= DefaultOverloadShare {
		t.Fatalf("unit shares %v and %v: the test needs both above %v", b.UnitShare, e.UnitShare, DefaultOverloadShare)
	}
	if b.Overloaded != e.Overloaded || !b.Overloaded {
		t.Errorf("b overloaded %v, e %v (strengths %v and %v, unit shares %v and %v): tied strengths share a place in the top",
			b.Overloaded, e.Overloaded, b.Strength, e.Strength, b.UnitShare, e.UnitShare)
	}
}

// TestOverloadShareComparedRounded: a unit share is above OverloadShare
// only when it is above as facilitators.csv writes it. With
// layer_weights correspondence 0.1, b's three letters to r of another
// unit were 0.30000000000000004 of unit A's cross-unit weight (e's seven
// letters the rest), written 0.3 in unit_share and "30%" in the reason,
// and b, the strongest of five people (ten meetings with f), was
// overloaded beside the definition "above 30%".
func TestOverloadShareComparedRounded(t *testing.T) {
	from := int64(1_735_689_600) // 2025-01-01 00:00 UTC
	spells := []graph.Spell{{Person: "b", Unit: "A"}, {Person: "e", Unit: "A"}, {Person: "f", Unit: "A"}, {Person: "r", Unit: "C"}, {Person: "s", Unit: "C"}}
	const weeks = 4
	bld, dir, ref, bounds := weeklyStudy(t, spells, from, weeks)
	at := from + 3600
	bld.At(at)
	for range 3 {
		bld.Message(ref("b", at), []graph.Ref{ref("r", at)})
	}
	for range 7 {
		bld.Message(ref("e", at), []graph.Ref{ref("s", at)})
	}
	for range 10 {
		bld.Meeting([]graph.Ref{ref("b", at), ref("f", at)})
	}
	lw := graph.LayerWeights{Correspondence: 0.1, Meetings: 1, DataSharing: 1, Set: true}
	n, list := weeklyNetworks(bld, bounds, weeks, lw)
	r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, Options{Bootstrap: 10, Permutations: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var b *Person
	for i := range r.People {
		if n.Nodes[r.People[i].Node].ID == "b" {
			b = &r.People[i]
		}
	}
	if b == nil || !b.TopStrength || b.UnitShare == DefaultOverloadShare || TieWeight(b.UnitShare) != DefaultOverloadShare {
		t.Fatalf("b %+v: the test needs a top strength and a unit share of %v but for rounding", b, DefaultOverloadShare)
	}
	if b.Overloaded {
		t.Errorf("b overloaded with a unit share of %v, written %s: want a share above %v as written", b.UnitShare, graph.AppendFloat(nil, b.UnitShare), DefaultOverloadShare)
	}
}
