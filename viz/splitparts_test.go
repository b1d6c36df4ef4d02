package viz

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestSplitSentenceWholeParts: the units outside the largest part are
// listed part by part, separated by semicolons, and a part is named whole
// or not at all, the rest counted as units in parts. Before, the list
// stopped at the 30th name inside a part and ended ", and 20 more", which
// read as 20 more units of that part (seen on generate --preset nasional
// --seed 1017 --scale 0.002: ", and 52 more" after a part of two).
func TestSplitSentenceWholeParts(t *testing.T) {
	// a path of 10 units, then 12 paths of 4: 48 units outside it
	var nodes []graph.Node
	var edges []graph.Edge
	path := func(prefix string, n int) {
		for i := range n {
			id := fmt.Sprintf("%s%02d", prefix, i)
			nodes = append(nodes, graph.Node{ID: id, Name: "Unit " + id, Sector: "s" + prefix, Unit: id})
			if i > 0 {
				e := graph.Edge{From: int32(len(nodes) - 2), To: int32(len(nodes) - 1), Weight: 1}
				e.Layers[graph.Correspondence] = 1
				edges = append(edges, e)
			}
		}
	}
	path("BIG", 10)
	for p := range 12 {
		path(fmt.Sprintf("P%02dU", p), 4)
	}
	r := analyze(t, graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{}))
	for _, c := range []struct{ code, more string }{
		{"en", "; and 20 more units in 5 more parts."},
		{"id", "; serta 20 unit lain dalam 5 bagian lain."},
	} {
		got := splitSentence(r, c.code)
		if !strings.HasSuffix(got, c.more) {
			t.Errorf("%s: %q does not end %q", c.code, got, c.more)
		}
		for p := range 12 {
			named := 0
			for i := range 4 {
				if strings.Contains(got, fmt.Sprintf("P%02dU%02d", p, i)) {
					named++
				}
			}
			if named != 0 && named != 4 {
				t.Errorf("%s: part P%02d named in part (%d of 4 units): %q", c.code, p, named, got)
			}
		}
	}
}
