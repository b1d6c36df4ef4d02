package people

import (
	"fmt"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestPlanForListed: in a list that never shows external staff (sekat
// facilitators), a row of unit or sector * must stand for at least the
// minimum group size of people who could be listed, never for a small
// group alone. planBySize withheld DISPUSIP (3 people) with DPRD as its
// complementary partner; DPRD's staff are never listed, so every * row
// was DISPUSIP's (review of fix-fac, item 4). PlanForListed withholds a
// listable partner, or the whole sector, instead.
func TestPlanForListed(t *testing.T) {
	type unit struct {
		id, sector string
		people     int
		external   bool
	}
	for _, tc := range []struct {
		name                  string
		units                 []unit
		wantUnits, wantSector []string // withheld beyond PlanFor's
	}{
		{"external unit partner in the sector", []unit{
			{"DISPUSIP", "pendidikan", 3, false}, {"DPRD", "pendidikan", 4, true}, {"DISDIK", "pendidikan", 9, false},
			{"DISPORA", "pendidikan", 6, false}, {"DINKES", "kesehatan", 12, false},
		}, []string{"DISPORA"}, nil},
		{"external sector partner", []unit{
			{"DISPUSIP", "perpustakaan", 3, false}, {"DPRD", "eksternal", 6, true}, {"DISDIK", "pendidikan", 9, false},
			{"DISPORA", "pendidikan", 7, false}, {"DINKES", "kesehatan", 12, false},
		}, []string{"DINKES"}, []string{"kesehatan"}},
		{"listable partner: as PlanFor", []unit{
			{"DISPUSIP", "pendidikan", 3, false}, {"DISPORA", "pendidikan", 4, false}, {"DISDIK", "pendidikan", 9, false},
			{"DINKES", "kesehatan", 12, false},
		}, nil, nil},
		{"sector too small once its external unit is set aside", []unit{
			{"DISPUSIP", "pendidikan", 3, false}, {"DPRD", "pendidikan", 4, true}, {"DISPORA", "pendidikan", 8, true},
			{"DINKES", "kesehatan", 12, false}, {"RSUD", "kesehatan", 7, false},
		}, []string{"DINKES", "RSUD"}, []string{"pendidikan", "kesehatan"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var nodes []graph.Node
			sectorOf := map[string]string{}
			for _, u := range tc.units {
				kind := graph.KindInternal
				if u.external {
					kind = graph.KindExternal
				}
				sectorOf[u.id] = u.sector
				for i := range u.people {
					nodes = append(nodes, graph.Node{ID: fmt.Sprintf("%s-%d", u.id, i), Kind: graph.KindPerson, Unit: u.id, Sector: u.sector, UnitKind: kind})
				}
			}
			n := graph.NewNetwork(graph.PersonLevel, nodes, nil, make([]graph.Counts, len(nodes)), graph.Window{}, graph.LayerWeights{})
			const k = 5
			base, err := planBySize(n, k)
			if err != nil {
				t.Fatal(err)
			}
			got, err := PlanForListed(n, k, Listable)
			if err != nil {
				t.Fatal(err)
			}
			for u := range base.Units {
				if !got.Units[u] {
					t.Errorf("unit %s withheld by planBySize is shown", u)
				}
			}
			for _, u := range tc.wantUnits {
				if !got.Units[u] {
					t.Errorf("unit %s shown, want it withheld", u)
				}
			}
			for _, s := range tc.wantSector {
				if !got.Sectors[s] {
					t.Errorf("sector %s shown, want it withheld", s)
				}
			}
			// Every label * stands for no listable person or for at least k.
			hiddenUnits := map[string]int{} // listable people of withheld units, by shown sector
			hiddenSectors := 0
			for i := range n.Nodes {
				nd := &n.Nodes[i]
				if !Listable(nd) {
					continue
				}
				switch {
				case got.Sectors[nd.Sector]:
					hiddenSectors++
				case got.Units[nd.Unit]:
					hiddenUnits[nd.Sector]++
				}
			}
			for s, c := range hiddenUnits {
				if c < k {
					t.Errorf("rows of sector %s and unit * can be only %d people", s, c)
				}
			}
			if hiddenSectors > 0 && hiddenSectors < k {
				t.Errorf("rows of sector * can be only %d people", hiddenSectors)
			}
		})
	}
}
