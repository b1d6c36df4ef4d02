package people

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	_ "github.com/sekat-ona/sekat/internal/golden"
)

// TestOnlyCarrierNotSingledOut: a person left out of every list because
// their position would single them out in their unit is not named as the
// only carrier of a sector pair either (sector_pair_bridges.csv gave their
// pseudonym beside the sectors they bridge; review of session 22), nor is
// a person with no row of facilitators.csv: the only carrier of
// eksternal-koordinasi of sekat generate --seed 3 --scale 0.05 was a DPRD
// staffer, never listed, named by a pseudonym nothing else showed. An
// ordinary only carrier who is listed is named.
func TestOnlyCarrierNotSingledOut(t *testing.T) {
	key, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{7}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	net := &graph.Network{Level: graph.PersonLevel, Nodes: []graph.Node{
		{ID: "198001012005011001", Unit: "RSUD", Sector: "kesehatan"},
		{ID: "198001012005011002", Unit: "DINKES", Sector: "kesehatan"},
		{ID: "198001012005011003", Unit: "DPRD", Sector: "eksternal"},
	}}
	r := &Result{Net: net, People: []Person{{Node: 0, SingledOut: true}, {Node: 1, Passes: true, Rank: 1, Score: 9},
		{Node: 2, Class: External, Passes: true, Score: 12}},
		Informal: []int{1},
		Pairs: []Pair{{A: "kesehatan", B: "pendidikan", Carriers: 1, Only: 0}, {A: "kesehatan", B: "sosial", Carriers: 1, Only: 1},
			{A: "eksternal", B: "koordinasi", Carriers: 1, Only: 2}}}
	r.Options.Listed = 30
	plan := &Plan{MinGroup: 5, Sectors: map[string]bool{}, Units: map[string]bool{}}
	tb := r.Tables(Identity{Key: key}, plan, "id")
	if len(tb.Pairs) != 3 || len(tb.Facilitators) != 1 {
		t.Fatalf("%d pair rows and %d people, want 3 and 1", len(tb.Pairs), len(tb.Facilitators))
	}
	if got := tb.Pairs[0].OnlyCarrier; got != "" {
		t.Errorf("the only carrier left out for their position is named: %q", got)
	}
	if got, want := tb.Pairs[1].OnlyCarrier, key.Pseudonym(net.Nodes[1].ID); got != want {
		t.Errorf("an ordinary only carrier: %q, want %q", got, want)
	}
	if got := tb.Pairs[2].OnlyCarrier; got != "" {
		t.Errorf("the only carrier who is external staff, in no list, is named: %q", got)
	}
	for k, p := range tb.Pairs {
		if p.Carriers != 1 {
			t.Errorf("pair %d: carriers %d, want 1: the count stays", k, p.Carriers)
		}
	}
}

// TestWithheldUnitKind: the people and unit nodes of a withheld unit or
// sector show no unit kind ("*"): "external" told apart the three people
// of a withheld DPRD in people.csv and every export (review of session
// 22). People of groups that are shown keep theirs.
func TestWithheldUnitKind(t *testing.T) {
	var nodes []graph.Node
	person := func(id, unit, sector string, k graph.Kind) {
		nodes = append(nodes, graph.Node{ID: id, Kind: graph.KindPerson, Unit: unit, Sector: sector, UnitKind: k})
	}
	for i := range 3 {
		person(fmt.Sprint("d", i), "DPRD", "eksternal", graph.KindExternal)
	}
	for i := range 12 {
		person(fmt.Sprint("k", i), "DINKES", "kesehatan", graph.KindInternal)
	}
	for i := range 6 {
		person(fmt.Sprint("r", i), "RSUD", "kesehatan", graph.KindInternal)
	}
	nodes = append(nodes, graph.Node{ID: "DPRD", Kind: graph.KindUnit, Unit: "DPRD", Sector: "eksternal", UnitKind: graph.KindExternal})
	n := &graph.Network{Level: graph.PersonLevel, Nodes: nodes}
	w, err := ProtectNetwork(n, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Sectors) == 0 {
		t.Fatalf("nothing withheld: %+v", w)
	}
	for _, nd := range n.Nodes {
		hidden := nd.Unit == Hidden || nd.Sector == Hidden
		if hidden && nd.UnitKind != graph.KindHidden {
			t.Errorf("node %s of a withheld group shows unit kind %s", nd.ID, nd.UnitKind)
		}
		if !hidden && nd.UnitKind == graph.KindHidden {
			t.Errorf("node %s of a shown group lost its unit kind", nd.ID)
		}
	}
	if got := graph.KindHidden.String(); got != Hidden {
		t.Errorf("KindHidden is written %q, want %q", got, Hidden)
	}
}

// TestReasonCountsUnitsNotSpells: a person who held an acting post (Plt)
// in another unit and went back has three spells in two units; the
// sentence said "bekerja di 3 unit" (a hand-made study, DPUPR, Plt in
// DISHUB from March to September, DPUPR again). It counts the units;
// facilitators.csv's spells column keeps the three spells, one per row of
// facilitator_spells.csv.
func TestReasonCountsUnitsNotSpells(t *testing.T) {
	key, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{7}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	net := &graph.Network{Level: graph.PersonLevel, Nodes: []graph.Node{
		{ID: "198001012005011001", Unit: "DISHUB", Sector: "infrastruktur"},
	}}
	spells := []Spell{{Unit: "DPUPR", Sector: "infrastruktur", unit: "DPUPR"}, {Unit: "DISHUB", Sector: "infrastruktur", unit: "DISHUB"},
		{Unit: "DPUPR", Sector: "infrastruktur", unit: "DPUPR"}}
	r := &Result{Net: net, People: []Person{{Node: 0, Class: Informal, Rank: 1, Score: 40, Passes: true, Spells: spells}}, Informal: []int{0}}
	r.Sectors = []string{"infrastruktur", "kesehatan"}
	r.Options.Listed, r.Options.ReachWeight = 30, 5
	plan := &Plan{MinGroup: 5, Sectors: map[string]bool{}, Units: map[string]bool{}}
	for _, tc := range []struct{ lang, want, not string }{
		{"id", "bekerja di 2 unit", "bekerja di 3 unit"},
		{"en", "worked in 2 units", "worked in 3 units"},
	} {
		tb := r.Tables(Identity{Key: key, Reveal: true}, plan, tc.lang)
		if len(tb.Facilitators) != 1 {
			t.Fatalf("%d rows, want 1", len(tb.Facilitators))
		}
		f := tb.Facilitators[0]
		if !strings.Contains(f.Reason, tc.want) || strings.Contains(f.Reason, tc.not) {
			t.Errorf("%s: reason %q, want %q", tc.lang, f.Reason, tc.want)
		}
		if f.Spells != 3 || len(tb.Spells) != 3 {
			t.Errorf("%s: spells %d and %d spell rows, want 3 and 3", tc.lang, f.Spells, len(tb.Spells))
		}
		// without names no unit is counted
		if tb := r.Tables(Identity{Key: key}, plan, tc.lang); strings.Contains(tb.Facilitators[0].Reason, " unit") {
			t.Errorf("%s: without --reveal the reason counts units: %q", tc.lang, tb.Facilitators[0].Reason)
		}
	}
}

// TestTiedRanksSaid: informal people of equal cross-sector weight and
// reach (the weight to 12 significant digits, TieWeight) share the span
// of ranks they fill (TieLo..TieHi, checked against every pair here), and the reason says that their order among themselves
// carries no meaning. A window too short for a rank interval ranked 20
// people of weight 1 and reach 0 by pseudonym alone, and each reason
// said an exact "peringkat 26".
func TestTiedRanksSaid(t *testing.T) {
	opt := Options{Listed: 40, SetSize: 5, Bootstrap: 20, Permutations: 10, Seed: 3}
	tied := 0
	for seed := range uint64(5) {
		r := moversResult(t, seed, opt)
		for _, i := range r.Informal {
			p := &r.People[i]
			lo, hi := p.Rank, p.Rank
			for _, j := range r.Informal {
				q := &r.People[j]
				if TieWeight(q.Score) == TieWeight(p.Score) && q.Reach == p.Reach {
					lo, hi = min(lo, q.Rank), max(hi, q.Rank)
				}
			}
			if p.TieLo != lo || p.TieHi != hi {
				t.Errorf("seed %d: rank %d ties %d-%d, want %d-%d", seed, p.Rank, p.TieLo, p.TieHi, lo, hi)
			}
			if hi > lo {
				tied++
			}
		}
	}
	if tied == 0 {
		t.Fatal("no tied ranks in the test networks: the test checks nothing")
	}
	for _, tc := range []struct {
		lang string
		want string
	}{
		{"id", "; 20 pegawai pada peringkat 11–30 memiliki bobot dan jangkauan yang sama, sehingga"},
		{"en", "; the 20 people ranked 11–30 have the same weight and reach, so"},
	} {
		s := i18n.FacilitatorReason(tc.lang, i18n.FacilitatorFacts{Rank: 26, Weight: 1, OtherSectors: 5, ReachWeight: 5, TieLo: 11, TieHi: 30})
		if !strings.Contains(s, tc.want) {
			t.Errorf("%s: %q, want %q", tc.lang, s, tc.want)
		}
		if s := i18n.FacilitatorReason(tc.lang, i18n.FacilitatorFacts{Rank: 26, Weight: 1, OtherSectors: 5, ReachWeight: 5, TieLo: 26, TieHi: 26}); strings.Contains(s, "11–30") || strings.Contains(s, "26–26") {
			t.Errorf("%s: an untied rank is said as tied: %q", tc.lang, s)
		}
	}
}
