package viz

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// twoHalves is 8 units in four sectors of two, A0-A3 tied only among
// themselves and B0-B3 only among themselves (the shape of a user's study
// in two halves), and I, a unit with no tie at all.
func twoHalves() *graph.Network {
	ids := []string{"A0", "A1", "A2", "A3", "B0", "B1", "B2", "B3", "I"}
	sectors := []string{"x", "x", "y", "y", "z", "z", "q", "q", "q"}
	nodes := make([]graph.Node, len(ids))
	for i, id := range ids {
		nodes[i] = graph.Node{ID: id, Name: "Unit " + id, Sector: sectors[i], Unit: id}
	}
	arc := func(a, b int32, w float64) graph.Edge {
		e := graph.Edge{From: a, To: b, Weight: w}
		e.Layers[graph.Correspondence] = w
		return e
	}
	var edges []graph.Edge
	for _, half := range [][]int32{{0, 1, 2, 3}, {4, 5, 6, 7}} {
		for i, a := range half {
			for _, b := range half[i+1:] {
				edges = append(edges, arc(a, b, 10))
			}
		}
	}
	return graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// TestReportSaysNetworkSplit: a study in two halves with no tie between
// them got a report whose summary said only that no sector was shown to
// be a silo; the split was only summary.json's "components". The report
// now says it, in the briefing and the summary, naming the units outside
// the largest part, and leaves out the unit with no tie. A network in one
// piece gets no such sentence.
func TestReportSaysNetworkSplit(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"id", "Jejaring ini terbelah: 8 unit yang berikatan membentuk 2 bagian yang terpisah"},
		{"en", "The network is split: the 8 units with ties form 2 separate parts"},
	} {
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: analyze(t, twoHalves()), Study: "dua", Window: "2025", Version: "test", NoLayerMaps: true, Lang: c.lang}); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		if n := strings.Count(page, c.want); n != 2 {
			t.Errorf("%s: the report says %q %d times, want 2 (briefing and summary)", c.lang, c.want, n)
		}
		if !strings.Contains(page, ": B0, B1, B2, B3.") {
			t.Errorf("%s: the report does not name B0, B1, B2, B3 as the part outside the largest", c.lang)
		}
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, ReportData{Result: analyze(t, handUnits(nil, nil)), Study: "satu", Window: "2025", Version: "test", NoLayerMaps: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "terbelah") {
		t.Error("a network in one piece is said to be split")
	}
}
