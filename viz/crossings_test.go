package viz

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/metrics"
)

// tieLine is one tie of an SVG map: its ends (the DOT ids in its
// <title>) and its path sampled as points.
type tieLine struct {
	a, b string
	pts  [][2]float64
}

// labelBox is where one line of a label is painted, in Arial: the box of
// its glyphs from the cap height above the baseline to the descenders
// below, as wide as Helvetica's advance widths make it (textWidth).
type labelBox struct {
	owner, kind, text string // owner: the node's id, for a node label
	x0, y0, x1, y1    float64
}

// mapLines reads an SVG map: its ties and the boxes of every label line
// of a node, a sector box or the title.
func mapLines(t *testing.T, svg []byte) (ties []tieLine, labels []labelBox) {
	t.Helper()
	type open struct{ class, title string }
	var stack []open
	var inTitle, inText bool
	var buf strings.Builder
	var text svgText
	cur := func() *open {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].class != "" {
				return &stack[i]
			}
		}
		return &open{}
	}
	eachSVGToken(t, svg, func(tok xml.Token) {
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "g":
				stack = append(stack, open{class: attr(x, "class")})
			case "title":
				inTitle = true
				buf.Reset()
			case "text":
				inText = true
				buf.Reset()
				text = svgText{x: attrF(x, "x"), y: attrF(x, "y"), size: attrF(x, "font-size"), anchor: attr(x, "text-anchor")}
			case "path":
				if c := cur(); c.class == "edge" {
					a, b, _ := strings.Cut(strings.Replace(c.title, "->", "--", 1), "--")
					ties = append(ties, tieLine{a: a, b: b, pts: bezierPoints(t, strings.TrimPrefix(attr(x, "d"), "M"))})
				}
			}
		case xml.CharData:
			if inTitle || inText {
				buf.Write(x)
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "g":
				stack = stack[:len(stack)-1]
			case "title":
				inTitle = false
				if c := cur(); c.title == "" {
					c.title = buf.String()
				}
			case "text":
				inText = false
				c := cur()
				if c.class != "node" && c.class != "cluster" && c.class != "graph" {
					return
				}
				s := buf.String()
				w := textWidth(s, text.size, false)
				x0 := text.x
				switch text.anchor {
				case "middle":
					x0 -= w / 2
				case "end":
					x0 -= w
				}
				l := labelBox{kind: c.class, text: s, x0: x0, x1: x0 + w, y0: text.y - 0.72*text.size, y1: text.y + 0.21*text.size}
				if c.class == "node" {
					l.owner = c.title
				}
				labels = append(labels, l)
			}
		}
	})
	return ties, labels
}

// labelCrossings lists every tie of an SVG map that runs through the
// painted box of a label line: a node's label, a sector box's label or
// the title. A tie's own ends are left out: the tie ends on their node,
// where the node's label sits, so one wider than the node is met by any
// tie that comes in from the side.
func labelCrossings(t *testing.T, svg []byte) []string {
	t.Helper()
	ties, labels := mapLines(t, svg)
	var out []string
	for _, e := range ties {
		for _, l := range labels {
			if l.kind == "node" && (l.owner == e.a || l.owner == e.b) {
				continue
			}
			for i := 1; i < len(e.pts); i++ {
				if segmentMeetsRect(e.pts[i-1][0], e.pts[i-1][1], e.pts[i][0], e.pts[i][1], l.x0, l.y0, l.x1, l.y1) {
					out = append(out, fmt.Sprintf("tie %s--%s runs through the %s label %q at (%.0f, %.0f)", e.a, e.b, l.kind, l.text, e.pts[i][0], e.pts[i][1]))
					break
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// tieDetour is how much longer a tie's path is than the straight line
// between its first and last point, as a ratio.
func tieDetour(e tieLine) float64 {
	l := 0.0
	for i := 1; i < len(e.pts); i++ {
		l += math.Hypot(e.pts[i][0]-e.pts[i-1][0], e.pts[i][1]-e.pts[i-1][1])
	}
	first, last := e.pts[0], e.pts[len(e.pts)-1]
	return l / math.Max(1, math.Hypot(last[0]-first[0], last[1]-first[1]))
}

// TestTiesClearLabels: a tie ran through the labels it passed. On the
// hand-made study's map three ties into the s2 box (A--C, B--C, A--E, and
// C--D, D--E at its ends) ran through the box's label "100% bobot ke luar
// tergambar" at its top, and on the kabupaten preset (--seed 5 --scale
// 0.2) 147 times through 106 ties a box's label or a unit's name: only the
// nodes were obstacles. Now every label is one: no tie runs through a
// label (but its own ends': a tie ends on its node, under the node's
// label), no tie is longer than maxDetour times the straight line plus
// detourSlack, and the same DOT draws the same SVG.
func TestTiesClearLabels(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses a generated kabupaten")
	}
	kab := t.TempDir()
	if _, err := synth.Generate(kab, synth.Options{Preset: synth.PresetKabupaten, Seed: 5, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		net  *graph.Network
	}{
		{"hand-made study", loadStudy(t, filepath.Join("..", "testdata", "studies", "hand"))},
		{"viz hand network", handUnits(nil, nil)},
		{"kabupaten preset", loadStudy(t, kab)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, dot, svg := unitMapSVG(t, tc.net, tc.name)
			for _, c := range labelCrossings(t, svg) {
				t.Error(c)
			}
			ties, _ := mapLines(t, svg)
			if len(ties) == 0 {
				t.Fatal("no ties in the SVG")
			}
			for _, e := range ties {
				first, last := e.pts[0], e.pts[len(e.pts)-1]
				chord := math.Hypot(last[0]-first[0], last[1]-first[1])
				if l := tieDetour(e) * math.Max(1, chord); l > maxDetour*chord+detourSlack+1 {
					t.Errorf("tie %s--%s is %.0f pt long, the straight line %.0f", e.a, e.b, l, chord)
				}
			}
			again, err := Render(dot, FormatSVG, "")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, svg) {
				t.Error("the same DOT drew another SVG")
			}
		})
	}
}

// TestBowedTiesKeepArrows: on a directed map (a layer: letters go from
// sender to recipient) a tie drawn bowed lost its arrowhead: Graphviz
// draws a given path without one unless told where its tip is. On the
// kabupaten preset's letters layer (--seed 5 --scale 0.2) 94 of 189 ties
// had no direction. Every tie has its arrowhead, its tip on or just
// outside the outline of the unit it points to.
func TestBowedTiesKeepArrows(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses a generated kabupaten")
	}
	kab := t.TempDir()
	if _, err := synth.Generate(kab, synth.Options{Preset: synth.PresetKabupaten, Seed: 5, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	r, err := metrics.Analyze(loadStudy(t, kab), metrics.Options{Seed: 1, Permutations: 99, StabilityRuns: -1})
	if err != nil {
		t.Fatal(err)
	}
	dot, err := LayerMapDOT(r, graph.Correspondence, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	svg, err := Render(dot, FormatSVG, "")
	if err != nil {
		t.Fatal(err)
	}
	g := measureSVG(t, svg)
	edge := regexp.MustCompile(`(?s)<g id="edge\d+" class="edge">\s*<title>([^<]*)</title>(.*?)</g>\s*</g>`)
	// Graphviz's arrowhead: base corner, tip, other base corner, first again
	tip := regexp.MustCompile(`<polygon[^>]*points="[-\d.]+,[-\d.]+ ([-\d.]+),([-\d.]+) `)
	all := edge.FindAllSubmatch(svg, -1)
	if len(all) < 50 {
		t.Fatalf("%d ties drawn, want the layer's", len(all))
	}
	bowed := 0
	for _, m := range all {
		name := strings.ReplaceAll(string(m[1]), "&#45;&gt;", "->")
		_, head, _ := strings.Cut(name, "->")
		if bytes.Count(m[2], []byte(" C")) > 0 || bytes.Count(m[2], []byte(",")) > 8 {
			bowed++
		}
		p := tip.FindSubmatch(m[2])
		if p == nil {
			t.Errorf("tie %s has no arrowhead", name)
			continue
		}
		x, _ := strconv.ParseFloat(string(p[1]), 64)
		y, _ := strconv.ParseFloat(string(p[2]), 64)
		n := g.nodes[head]
		if n == nil {
			t.Fatalf("tie %s: no node %q", name, head)
		}
		// the tip at the outline (Graphviz ends a straight tie a few points
		// short of it): not near the centre, not beyond the corners
		if dx, dy := math.Abs(x-n.cx), math.Abs(y-n.cy); math.Hypot(dx, dy) > math.Hypot(n.rx, n.ry)+6 || math.Hypot(dx, dy) < math.Min(n.rx, n.ry)/2 {
			t.Errorf("tie %s: arrow tip (%.1f, %.1f), node %s at (%.1f, %.1f) half-size %.1f x %.1f", name, x, y, head, n.cx, n.cy, n.rx, n.ry)
		}
	}
	t.Logf("%d ties, %d with more than one piece or bowed", len(all), bowed)
}
