package people

import (
	"fmt"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestPlanTakesCoordinatorsLast: a small group's complementary partner is
// a group without a coordinator unit's staff whenever one will do. On
// generate --preset kabupaten --seed 508 --scale 0.05, koordinasi (16
// people) is the smallest sector that can be listed; with a sector of
// three people added, facilitators withheld koordinasi beside it, ranked
// all 16 SETDA and BAPPEDA staff with the informal people (they would
// otherwise be the formal rows of *, the three the informal ones) and
// listed no formal coordinator; the matrix had no koordinasi row.
func TestPlanTakesCoordinatorsLast(t *testing.T) {
	type unit struct {
		id, sector string
		people     int
		kind       graph.Kind
	}
	in, coord, ext := graph.KindInternal, graph.KindCoordinator, graph.KindExternal
	for _, tc := range []struct {
		name              string
		units             []unit
		wantHidden, shown []string // sectors or units
	}{
		{"sector partner", []unit{
			{"DISPAR", "pariwisata", 3, in}, {"SETDA", "koordinasi", 6, coord},
			{"SATPOLPP", "ketertiban", 8, in}, {"DINKES", "kesehatan", 20, in},
		}, []string{"pariwisata", "ketertiban"}, []string{"koordinasi"}},
		{"sector partner beside external staff", []unit{
			{"DISPAR", "pariwisata", 3, in}, {"DPRD", "eksternal", 6, ext}, {"SETDA", "koordinasi", 7, coord},
			{"SATPOLPP", "ketertiban", 9, in}, {"DINKES", "kesehatan", 20, in},
		}, []string{"pariwisata", "eksternal", "ketertiban"}, []string{"koordinasi"}},
		{"unit partner in the coordinating sector", []unit{
			{"BAG_KECIL", "koordinasi", 2, in}, {"SETDA", "koordinasi", 6, coord}, {"INSPEKTORAT", "koordinasi", 9, in},
			{"DINKES", "kesehatan", 20, in},
		}, []string{"BAG_KECIL", "INSPEKTORAT"}, []string{"SETDA"}},
		{"a coordinating sector of coordinator units alone: the smaller one", []unit{
			{"BAG_KECIL", "koordinasi", 3, in}, {"SETDA", "koordinasi", 10, coord}, {"BAPPEDA", "koordinasi", 8, coord},
			{"DINKES", "kesehatan", 20, in},
		}, []string{"BAG_KECIL", "BAPPEDA"}, []string{"SETDA", "koordinasi"}},
		{"no other partner: coordinators withheld all the same", []unit{
			{"DISPAR", "pariwisata", 3, in}, {"SETDA", "koordinasi", 6, coord}, {"DPRD", "eksternal", 30, ext},
		}, []string{"pariwisata", "koordinasi"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var nodes []graph.Node
			for _, u := range tc.units {
				for i := range u.people {
					nodes = append(nodes, graph.Node{ID: fmt.Sprintf("%s-%d", u.id, i), Kind: graph.KindPerson, Unit: u.id, Sector: u.sector, UnitKind: u.kind})
				}
			}
			n := graph.NewNetwork(graph.PersonLevel, nodes, nil, make([]graph.Counts, len(nodes)), graph.Window{}, graph.LayerWeights{})
			const k = 5
			got, err := PlanFor(n, k)
			if err != nil {
				t.Fatal(err)
			}
			hidden := func(x string) bool { return got.Sectors[x] || got.Units[x] }
			for _, x := range tc.wantHidden {
				if !hidden(x) {
					t.Errorf("%s shown, want it withheld", x)
				}
			}
			for _, x := range tc.shown {
				if hidden(x) {
					t.Errorf("%s withheld (sectors %v, units %v), want it shown", x, sortedKeys(got.Sectors), sortedKeys(got.Units))
				}
			}
			// The guarantee stands: every * holds no listable person or at least k.
			bySector, units := 0, map[string]int{}
			for i := range n.Nodes {
				nd := &n.Nodes[i]
				switch {
				case !Listable(nd):
				case got.Sectors[nd.Sector]:
					bySector++
				case got.Units[nd.Unit]:
					units[nd.Sector]++
				}
			}
			if bySector > 0 && bySector < k {
				t.Errorf("sector * holds %d listable people", bySector)
			}
			for s, c := range units {
				if c < k {
					t.Errorf("unit * of %s holds %d listable people", s, c)
				}
			}
		})
	}
}
