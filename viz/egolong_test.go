package viz

import (
	"html"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestEgoMapLongIDs: an ego map (sekat map --ego) of a study whose
// person ids are e-mail addresses (36 characters) wrote each person as
// the first 17 ("pegawai.nomor.P08…", the same for both people of a
// unit), labels wider than their circles that the ties ran through, and
// a browser hovering a tie showed its SVG <title>, the two ids joined by
// "--", for want of a tooltip. Now, as on the unit map, every node is a
// number the title's key gives the person's name for, no tie runs
// through a node's label (outside its ends' shapes), and every tie's
// tooltip names both people in full (tieTooltip).
func TestEgoMapLongIDs(t *testing.T) {
	net := longPeople()
	nodes := append([]graph.Node(nil), net.Nodes...)
	for i := range nodes {
		nodes[i].ID = "pegawai.nomor." + nodes[i].ID + "@sukamajukab.go.id"
		nodes[i].Name = "Pegawai " + nodes[i].ID[14:18]
	}
	r := analyze(t, graph.NewNetwork(graph.PersonLevel, nodes, net.Edges, nil, graph.Window{}, graph.LayerWeights{}))
	dot, err := EgoMapDOT(r, nodes[0].ID, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	svg, err := Render(dot, FormatSVG, "")
	if err != nil {
		t.Fatal(err)
	}
	g := measureSVG(t, svg)
	ties, labels := mapLines(t, svg)
	var title []string
	for _, l := range labels {
		if l.kind == "graph" {
			title = append(title, l.text)
		}
	}
	key := strings.Join(title, "\n")
	names := map[string]string{}
	for _, n := range nodes {
		names[n.ID] = n.Name
	}
	drawn := 0
	for _, l := range labels {
		if l.kind != "node" {
			continue
		}
		drawn++
		if !regexp.MustCompile(`^\d+$`).MatchString(l.text) || !strings.Contains(key, l.text+". "+names[l.owner]) {
			t.Errorf("person %s is labelled %q, not a number the key gives their name for", l.owner, l.text)
		}
	}
	if drawn < 10 {
		t.Fatalf("%d people labelled, want at least 10", drawn)
	}
	outside := func(id string, p [2]float64) bool {
		n := g.nodes[id]
		return n == nil || math.Hypot(p[0]-n.cx, p[1]-n.cy) > math.Max(n.rx, n.ry)+1
	}
	for _, e := range ties {
		for _, l := range labels {
			if l.kind != "node" {
				continue
			}
			for i := 1; i < len(e.pts); i++ {
				p, q := e.pts[i-1], e.pts[i]
				if !outside(e.a, p) || !outside(e.a, q) || !outside(e.b, p) || !outside(e.b, q) {
					continue
				}
				if segmentMeetsRect(p[0], p[1], q[0], q[1], l.x0, l.y0, l.x1, l.y1) {
					t.Errorf("tie %s -- %s runs through the label %q of %s", e.a, e.b, l.text, l.owner)
					break
				}
			}
		}
	}
	tips := edgeTip.FindAllSubmatch(svg, -1)
	if n := strings.Count(string(svg), `class="edge"`); len(tips) != n || n == 0 {
		t.Fatalf("%d of %d ties have a tooltip", len(tips), n)
	}
	for _, m := range tips {
		ends := strings.Split(html.UnescapeString(string(m[1])), "--")
		tip := html.UnescapeString(string(m[2]))
		for _, id := range ends {
			if !strings.Contains(tip, id) {
				t.Errorf("the tooltip of the tie %s does not name %s: %q", m[1], id, tip)
			}
		}
	}
}
