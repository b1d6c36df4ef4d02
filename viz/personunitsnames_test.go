package viz

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestPersonUnitsShortNames: the map of a person-level study drawn as its
// people's units labelled each unit by its id where the unit-level map
// writes its short name (units.short_name). Given the study's units
// (MapOptions.Units), each unit node is labelled by its short name, or
// its id when it has none, its tooltip gives id and name, and a withheld
// unit (people.Hidden) or one not among them keeps its id.
func TestPersonUnitsShortNames(t *testing.T) {
	n := longPeople()
	// ids that are codes, short names of a few words
	code := map[string]string{}
	var units []graph.Node
	for i, u := range longNameUnits {
		id := fmt.Sprintf("U%02d", i)
		code[u.id] = id
		short := ""
		if i%2 == 0 { // every other unit with a short name
			short = fmt.Sprintf("Dinas %d", i)
		}
		if i != len(longNameUnits)-1 { // the last not among the units given
			units = append(units, graph.Node{ID: id, Name: u.id, ShortName: short, Sector: u.sector})
		}
	}
	for i := range n.Nodes {
		n.Nodes[i].Unit = code[n.Nodes[i].Unit]
	}
	r := analyze(t, n)
	m, err := personUnitsMap(r, MapOptions{Units: units})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.nodes) != len(longNameUnits) {
		t.Fatalf("%d unit nodes, want %d", len(m.nodes), len(longNameUnits))
	}
	for _, nd := range m.nodes {
		var i int
		fmt.Sscanf(nd.id, "U%02d", &i)
		want := nd.id
		if i%2 == 0 && i != len(longNameUnits)-1 {
			want = fmt.Sprintf("Dinas %d", i)
		}
		if nd.label != want {
			t.Errorf("unit %s labelled %q, want %q", nd.id, nd.label, want)
		}
		if i != len(longNameUnits)-1 && !strings.HasPrefix(nd.tooltip, nd.id+" — "+longNameUnits[i].id+"\n") {
			t.Errorf("unit %s's tooltip %q does not give its id and name", nd.id, nd.tooltip)
		}
	}
}
