package people

import (
	"bytes"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	_ "github.com/sekat-ona/sekat/internal/golden"
)

// TestOnlyCarrierNotSingledOut: a person left out of every list because
// their position would single them out in their unit is not named as the
// only carrier of a sector pair either (sector_pair_bridges.csv gave their
// pseudonym beside the sectors they bridge; review of session 22); an
// ordinary only carrier is.
func TestOnlyCarrierNotSingledOut(t *testing.T) {
	key, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{7}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	net := &graph.Network{Level: graph.PersonLevel, Nodes: []graph.Node{
		{ID: "198001012005011001", Unit: "RSUD", Sector: "kesehatan"},
		{ID: "198001012005011002", Unit: "DINKES", Sector: "kesehatan"},
	}}
	r := &Result{Net: net, People: []Person{{Node: 0, SingledOut: true}, {Node: 1}},
		Pairs: []Pair{{A: "kesehatan", B: "pendidikan", Carriers: 1, Only: 0}, {A: "kesehatan", B: "sosial", Carriers: 1, Only: 1}}}
	plan := &Plan{MinGroup: 5, Sectors: map[string]bool{}, Units: map[string]bool{}}
	tb := r.Tables(Identity{Key: key}, plan, "id")
	if len(tb.Pairs) != 2 {
		t.Fatalf("%d pair rows, want 2", len(tb.Pairs))
	}
	if got := tb.Pairs[0].OnlyCarrier; got != "" {
		t.Errorf("the only carrier left out for their position is named: %q", got)
	}
	if got, want := tb.Pairs[1].OnlyCarrier, key.Pseudonym(net.Nodes[1].ID); got != want {
		t.Errorf("an ordinary only carrier: %q, want %q", got, want)
	}
	if got := tb.Pairs[0].Carriers; got != 1 {
		t.Errorf("carriers %d, want 1: the count stays", got)
	}
}
