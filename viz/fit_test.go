package viz

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/result"
)

// textWidth is the width of s in Helvetica (Arial) at size (arialWidth);
// bold text is counted 10% wider (Helvetica-Bold's average).
func textWidth(s string, size float64, bold bool) float64 {
	w := arialWidth(s, size)
	if bold {
		w *= 1.1
	}
	return w
}

// textOutside lists every <text> of an SVG that reaches past the drawing
// (its viewBox, in the coordinates of the graph's transform) when set in
// Arial: a label the reader sees clipped.
func textOutside(t *testing.T, svg []byte) []string {
	t.Helper()
	var out []string
	var vx0, vx1, tx float64
	var cur *svgText
	bold := false
	var buf strings.Builder
	eachSVGToken(t, svg, func(tok xml.Token) {
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "svg":
				f := strings.Fields(attr(x, "viewBox"))
				if len(f) == 4 {
					vx0, _ = strconv.ParseFloat(f[0], 64)
					w, _ := strconv.ParseFloat(f[2], 64)
					vx1 = vx0 + w
				}
			case "g":
				if m := regexp.MustCompile(`translate\(([-0-9.]+)`).FindStringSubmatch(attr(x, "transform")); m != nil {
					tx, _ = strconv.ParseFloat(m[1], 64)
				}
			case "text":
				size := attrF(x, "font-size")
				if size == 0 {
					size = 11
				}
				cur = &svgText{x: attrF(x, "x") + tx, y: attrF(x, "y"), size: size, anchor: attr(x, "text-anchor")}
				if strings.HasPrefix(attr(x, "transform"), "rotate(-45") {
					cur.anchor = "rotated" // the heatmap's column labels, up and to the right
				}
				bold = attr(x, "font-weight") == "bold"
				buf.Reset()
			}
		case xml.CharData:
			if cur != nil {
				buf.Write(x)
			}
		case xml.EndElement:
			if x.Name.Local == "title" && cur != nil {
				buf.Reset() // a <title> inside a <text> is its tooltip
			}
			if x.Name.Local == "text" && cur != nil {
				w := textWidth(buf.String(), cur.size, bold)
				x0 := cur.x
				if cur.anchor == "rotated" {
					w *= 0.7072 // its extent to the right and up
					if cur.y-w < -0.5 {
						out = append(out, fmt.Sprintf("%q: reaches %.0f above the top", buf.String(), w-cur.y))
					}
				}
				switch cur.anchor {
				case "middle":
					x0 -= w / 2
				case "end":
					x0 -= w
				}
				if x0 < vx0-0.5 || x0+w > vx1+0.5 {
					out = append(out, fmt.Sprintf("%q: %.0f to %.0f, drawing %.0f to %.0f", buf.String(), x0, x0+w, vx0, vx1))
				}
				cur = nil
			}
		}
	})
	return out
}

// small is a study of n units (1 to 5), one per sector (named s1, s2, ...
// or, with long, after real OPD names of 28 characters and more), in a
// chain of ties: the smallest maps sekat draws.
func small(n int, long bool) *graph.Network {
	nodes := make([]graph.Node, n)
	for i := range nodes {
		id := fmt.Sprintf("U%d", i+1)
		sector := fmt.Sprintf("s%d", i+1)
		if long {
			sector = fmt.Sprintf("Perencanaan Pembangunan Wilayah %d", i+1)
		}
		nodes[i] = graph.Node{ID: id, Name: "Dinas " + id, Sector: sector, Unit: id}
	}
	var edges []graph.Edge
	for i := 1; i < n; i++ {
		e := graph.Edge{From: int32(i - 1), To: int32(i), Weight: float64(i)}
		e.Layers[graph.Correspondence] = float64(i)
		edges = append(edges, e)
	}
	return graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// TestSmallStudyTextFits: on a study of 1 to 5 units every line of the
// unit map's legend, every box label, and the mixing matrix's title and
// note lie inside their picture when set in Arial, in both languages.
func TestSmallStudyTextFits(t *testing.T) {
	for n := 1; n <= 5; n++ {
		for _, long := range []bool{false, true} {
			r := analyze(t, small(n, long))
			for _, lang := range []string{"id", "en"} {
				t.Run(fmt.Sprintf("%d units, long names %v, %s", n, long, lang), func(t *testing.T) {
					dot, err := UnitMapDOT(r, MapOptions{Study: "Kabupaten Uji", Window: "2025-01-01 s.d. 2025-07-01", Lang: lang})
					if err != nil {
						t.Fatal(err)
					}
					svg, err := Render(dot, FormatSVG, "")
					if err != nil {
						t.Fatal(err)
					}
					for _, p := range textOutside(t, svg) {
						t.Errorf("unit map: %s", p)
					}
					for _, p := range textOutside(t, MixingHeatmapSVG(r, lang)) {
						t.Errorf("mixing matrix: %s", p)
					}
				})
			}
		}
	}
}

// TestSectorBoxWithoutOutsideTies: a sector box whose sector has no tie to
// another sector says so, rather than "— bobot ke luar tergambar" (a
// share of nothing), seen on a study of one unit.
func TestSectorBoxWithoutOutsideTies(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		r := analyze(t, small(1, false))
		dot, err := UnitMapDOT(r, MapOptions{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		tx := texts(lang)
		if !strings.Contains(string(dot), tx.NoOutside) || strings.Contains(string(dot), fmt.Sprintf(tx.OutsideDrawn, "—")) {
			t.Errorf("%s: the box of a sector without outside ties does not say %q:\n%s", lang, tx.NoOutside, dot)
		}
	}
}

// TestPairMatrixTextFits: the facilitators' sector-pair matrix keeps its
// title, labels and note inside its picture for 1 to 5 sectors with long
// names, as the mixing matrix does (it was still sized the old way, by
// character count, and its last column labels ran past the right edge).
func TestPairMatrixTextFits(t *testing.T) {
	for n := 2; n <= 5; n++ {
		var rows []result.PairBridge
		for a := 1; a <= n; a++ {
			for b := a + 1; b <= n; b++ {
				rows = append(rows, result.PairBridge{SectorA: fmt.Sprintf("Perencanaan Pembangunan Wilayah %d", a),
					SectorB: fmt.Sprintf("Perencanaan Pembangunan Wilayah %d", b), Carriers: a})
			}
		}
		for _, lang := range []string{"id", "en"} {
			for _, p := range textOutside(t, PairMatrixSVG(rows, lang)) {
				t.Errorf("%d sectors, %s: %s", n, lang, p)
			}
		}
	}
}
