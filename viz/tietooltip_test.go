package viz

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// edgeTip is an edge of a Graphviz SVG: its <title> (the DOT ids of its
// ends) and the link's xlink:title that carries the
// tooltip set in the DOT.
var edgeTip = regexp.MustCompile(`<g id="edge[0-9]+" class="edge">\s*<title>([^<]*)</title>\s*<g id="a_[^"]*"><a xlink:title="([^"]*)">`)

// TestTieTooltipNamesBothUnits: a tie's tooltip on the unit and layer
// maps named its ends by their labels, cut to 18 characters ("Dinas
// Pekerjaan U… — Dinas Perumahan R…: 12"), while a node's tooltip gave
// the unit's id and full name: a reader hovering a tie could not tell
// which units it joined. Now every tie's tooltip names both ends as
// their nodes' tooltips do (nodeTitle), each in full, and its weight
// under the words of the language. Two networks: units whose ids are
// their long names (longNames), and the same units with codes as ids
// and the names in Name.
func TestTieTooltipNamesBothUnits(t *testing.T) {
	named := longNames()
	coded := longNames()
	for i := range coded.Nodes {
		n := &coded.Nodes[i]
		n.ID = fmt.Sprintf("U%02d", i+1)
		n.Unit = n.ID
	}
	coded = graph.NewNetwork(graph.UnitLevel, coded.Nodes, coded.Edges, nil, graph.Window{}, graph.LayerWeights{})
	for _, net := range []struct {
		name string
		n    *graph.Network
	}{{"ids are names", named}, {"ids are codes", coded}} {
		r := analyze(t, net.n)
		byID := map[string]*graph.Node{}
		for i := range net.n.Nodes {
			byID[net.n.Nodes[i].ID] = &net.n.Nodes[i]
		}
		for _, lang := range []string{"id", "en"} {
			weight := map[string]string{"id": "\nBobot ikatan: ", "en": "\nTie weight: "}[lang]
			unit, err := UnitMapDOT(r, MapOptions{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			layer, err := LayerMapDOT(r, graph.Correspondence, MapOptions{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range []struct {
				name string
				dot  []byte
			}{{"unit map", unit}, {"letters layer", layer}} {
				t.Run(net.name+"/"+lang+"/"+m.name, func(t *testing.T) {
					svg, err := Render(m.dot, FormatSVG, "")
					if err != nil {
						t.Fatal(err)
					}
					edges := edgeTip.FindAllStringSubmatch(string(svg), -1)
					if len(edges) < len(longNameUnits) {
						t.Fatalf("%d ties with a tooltip, want at least %d", len(edges), len(longNameUnits))
					}
					for _, e := range edges {
						// "a--b" on the unit map, "a->b" on the directed layer map
						ends := regexp.MustCompile(`--|->`).Split(html.UnescapeString(e[1]), -1)
						tip := html.UnescapeString(e[2])
						if len(ends) != 2 {
							t.Fatalf("edge title %q: want two ends", e[1])
						}
						for _, id := range ends {
							nd := byID[id]
							if nd == nil {
								t.Fatalf("edge title %q: no node %q", e[1], id)
							}
							want := nd.ID // as its node's tooltip names it
							if nd.Name != nd.ID {
								want = nd.ID + " — " + nd.Name
							}
							if !strings.Contains(tip, want+"\n") {
								t.Errorf("tie %s: tooltip %q does not name %q", e[1], tip, want)
							}
						}
						if !strings.Contains(tip, weight) || strings.Contains(tip, "…") {
							t.Errorf("tie %s: tooltip %q, want both names in full and %q", e[1], tip, weight)
						}
					}
				})
			}
		}
	}
}
