package viz

import (
	"encoding/xml"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// svgLabel is one <text> of a node or a sector box, with its place in the
// document (SVG paints in document order: later is on top).
type svgLabel struct {
	class, text string
	order       int
	halo        bool // a white outline painted under the glyphs
}

// labelOrder reads the SVG in document order: the order of the last
// edge's line, and every label of a node or a sector box.
func labelOrder(t *testing.T, svg []byte) (lastEdge int, labels []svgLabel) {
	t.Helper()
	var stack []string
	order := 0
	lastEdge = -1
	var cur *svgLabel
	eachSVGToken(t, svg, func(tok xml.Token) {
		switch x := tok.(type) {
		case xml.StartElement:
			order++
			switch x.Name.Local {
			case "g":
				stack = append(stack, attr(x, "class"))
			case "path", "polygon", "ellipse":
				if classOf(stack) == "edge" {
					lastEdge = order
				}
			case "text":
				if c := classOf(stack); c == "node" || c == "cluster" {
					cur = &svgLabel{class: c, order: order,
						halo: attr(x, "paint-order") == "stroke" && attr(x, "stroke") == "#ffffff" && attrF(x, "stroke-width") >= 2}
				}
			}
		case xml.CharData:
			if cur != nil {
				cur.text += string(x)
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "g":
				stack = stack[:len(stack)-1]
			case "text":
				if cur != nil {
					labels = append(labels, *cur)
					cur = nil
				}
			}
		}
	})
	return lastEdge, labels
}

// TestLabelsAboveEdges checks that no tie is painted over a label: every
// label of a unit or a sector box (the SILO box's included) comes after
// the last tie in the SVG, and has a white halo that keeps it readable
// where a tie runs under it.
func TestLabelsAboveEdges(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	unit, err := UnitMapDOT(r, MapOptions{MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	layer, err := LayerMapDOT(r, graph.Correspondence, MapOptions{MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, engine string
		dot          []byte
		silo         bool // the map boxes alpha as a SILO
	}{
		{"unit map, dot", EngineDot, unit, true},
		{"unit map, fdp", EngineFDP, unit, true},
		{"layer map (arrows)", "", layer, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svg, err := Render(tc.dot, FormatSVG, tc.engine)
			if err != nil {
				t.Fatal(err)
			}
			last, labels := labelOrder(t, svg)
			if last < 0 || len(labels) == 0 {
				t.Fatalf("no ties (%d) or no labels (%d) in the SVG", last, len(labels))
			}
			silo := !tc.silo
			for _, l := range labels {
				if l.text == "SILO · alpha" {
					silo = true
				}
				if l.order < last || !l.halo {
					t.Errorf("%s label %q: painted at %d, last tie at %d, halo %v; want after the ties, with a halo", l.class, l.text, l.order, last, l.halo)
				}
			}
			if !silo {
				t.Error("the SILO label is missing")
			}
		})
	}
}
