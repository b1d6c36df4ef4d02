package viz

import (
	"sort"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestMapKeepsControlIDsDistinct: units whose ids differ only by a control
// character are distinct nodes of the map, in its DOT and in the SVG that
// Graphviz draws from it, and their labels show the character as \xNN.
// Before, control characters became spaces and the four units below
// merged into one node "U " of the SVG.
func TestMapKeepsControlIDsDistinct(t *testing.T) {
	ids := []string{"U", "U\x01", "U\x02", "U ", "U\t", `U\x01`}
	nodes := make([]graph.Node, len(ids))
	var edges []graph.Edge
	for i, id := range ids {
		nodes[i] = graph.Node{ID: id, Name: "Unit " + id, Sector: "s", Unit: id}
		e := graph.Edge{From: int32(i), To: int32((i + 1) % len(ids)), Weight: float64(i + 1)}
		e.Layers[graph.Correspondence] = e.Weight
		edges = append(edges, e)
	}
	r := analyze(t, graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{}))
	dot, err := UnitMapDOT(r, MapOptions{Study: "ids", MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	svg, err := Render(dot, FormatSVG, EngineDot)
	if err != nil {
		t.Fatal(err)
	}
	doc := parseSVG(t, svg)
	var got []string
	for id := range doc.nodes {
		got = append(got, id)
	}
	sort.Strings(got)
	if len(got) != len(ids) {
		t.Errorf("%d nodes in the SVG for %d ids: %q", len(got), len(ids), got)
	}
	all := strings.Join(doc.texts, "\n")
	for _, want := range []string{`U\x01`, `U\x02`, `U\x09`} {
		if !strings.Contains(all, want) {
			t.Errorf("no label %q in the SVG texts %q", want, doc.texts)
		}
	}
}
