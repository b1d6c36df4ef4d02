package viz

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/metrics"
)

// svgGeom is the geometry of a map as Graphviz drew it: every node's
// shape and label lines, every cluster's box, the picture's size, and
// anything that could execute in a browser.
type svgGeom struct {
	widthPt, heightPt float64
	scale             float64 // of the graph's transform: < 1 when Graphviz shrank it to fit
	nodes             map[string]*svgNode
	clusters          []svgBox
	tooltips          []string
	active            []string // script elements, event attributes, javascript: links
}

type svgNode struct {
	cx, cy, rx, ry float64 // the outermost shape's centre and half extents
	hasShape       bool
	texts          []svgText
}

type svgText struct {
	x, y, size float64
	anchor     string
	s          string
}

type svgBox struct {
	name                   string
	x0, y0, x1, y1         float64
	hasBox, named, hasText bool
}

var numRe = regexp.MustCompile(`-?[0-9]+(?:\.[0-9]+)?`)

// bbox returns the bounding box of the coordinate pairs in s (a path's d
// or a polygon's points).
func bbox(s string) (x0, y0, x1, y1 float64, ok bool) {
	nums := numRe.FindAllString(s, -1)
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := 0; i+1 < len(nums); i += 2 {
		x, _ := strconv.ParseFloat(nums[i], 64)
		y, _ := strconv.ParseFloat(nums[i+1], 64)
		x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
		ok = true
	}
	return
}

func attr(x xml.StartElement, name string) string {
	for _, a := range x.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func attrF(x xml.StartElement, name string) float64 {
	v, _ := strconv.ParseFloat(strings.TrimSuffix(attr(x, name), "pt"), 64)
	return v
}

// measureSVG reads Graphviz's SVG with encoding/xml (strictly: it must be
// well-formed XML) and collects its geometry.
func measureSVG(t *testing.T, svg []byte) svgGeom {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	g := svgGeom{nodes: map[string]*svgNode{}, scale: 1}
	type open struct {
		class string
		node  *svgNode
		box   *svgBox
	}
	var stack []open
	cur := func() open {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].class != "" {
				return stack[i]
			}
		}
		return open{}
	}
	var inTitle, inText bool
	var buf strings.Builder
	var text svgText
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("svg is not well-formed XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			for _, a := range x.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || strings.Contains(strings.ToLower(a.Value), "javascript:") {
					g.active = append(g.active, a.Name.Local+"="+a.Value)
				}
				if a.Name.Local == "title" && a.Name.Space != "" {
					g.tooltips = append(g.tooltips, a.Value)
				}
			}
			switch x.Name.Local {
			case "script", "foreignObject", "iframe", "img":
				g.active = append(g.active, "<"+x.Name.Local+">")
			case "svg":
				g.widthPt, g.heightPt = attrF(x, "width"), attrF(x, "height")
			case "g":
				o := open{class: attr(x, "class")}
				switch o.class {
				case "graph":
					if m := regexp.MustCompile(`scale\(([0-9.]+)`).FindStringSubmatch(attr(x, "transform")); m != nil {
						g.scale, _ = strconv.ParseFloat(m[1], 64)
					}
				case "node":
					o.node = &svgNode{}
				case "cluster":
					g.clusters = append(g.clusters, svgBox{})
					o.box = &g.clusters[len(g.clusters)-1]
				}
				stack = append(stack, o)
			case "title":
				inTitle = true
				buf.Reset()
			case "text":
				inText = true
				buf.Reset()
				text = svgText{x: attrF(x, "x"), y: attrF(x, "y"), size: attrF(x, "font-size"), anchor: attr(x, "text-anchor")}
			case "ellipse", "polygon", "path":
				c := cur()
				switch {
				case c.node != nil:
					var x0, y0, x1, y1 float64
					var ok bool
					if x.Name.Local == "ellipse" {
						cx, cy, rx, ry := attrF(x, "cx"), attrF(x, "cy"), attrF(x, "rx"), attrF(x, "ry")
						x0, y0, x1, y1, ok = cx-rx, cy-ry, cx+rx, cy+ry, true
					} else {
						x0, y0, x1, y1, ok = bbox(attr(x, "points") + attr(x, "d"))
					}
					if ok && (!c.node.hasShape || x1-x0 > 2*c.node.rx) {
						c.node.cx, c.node.cy, c.node.rx, c.node.ry = (x0+x1)/2, (y0+y1)/2, (x1-x0)/2, (y1-y0)/2
						c.node.hasShape = true
					}
				case c.box != nil && !c.box.hasBox:
					if x0, y0, x1, y1, ok := bbox(attr(x, "points") + attr(x, "d")); ok {
						c.box.x0, c.box.y0, c.box.x1, c.box.y1, c.box.hasBox = x0, y0, x1, y1, true
					}
				}
			}
		case xml.CharData:
			if inTitle || inText {
				buf.Write(x)
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "g":
				if n := len(stack); n > 0 {
					if o := stack[n-1]; o.node != nil && o.node.title() != "" {
						g.nodes[o.node.title()] = o.node
					}
					stack = stack[:n-1]
				}
			case "title":
				inTitle = false
				if c := cur(); c.node != nil && len(stack) > 0 && stack[len(stack)-1].node != nil {
					c.node.texts = append(c.node.texts, svgText{anchor: "title", s: buf.String()})
				} else if c.box != nil && !c.box.named {
					c.box.name, c.box.named = buf.String(), true
				}
			case "text":
				inText = false
				text.s = buf.String()
				if c := cur(); c.node != nil {
					c.node.texts = append(c.node.texts, text)
				} else if c.box != nil {
					c.box.hasText = true
				}
			}
		}
	}
	return g
}

// title is the node's <title> (its DOT name), kept as the first text.
func (n *svgNode) title() string {
	for _, x := range n.texts {
		if x.anchor == "title" {
			return x.s
		}
	}
	return ""
}

// labelLines are the node's label lines, in order.
func (n *svgNode) labelLines() []svgText {
	var out []svgText
	for _, x := range n.texts {
		if x.anchor != "title" {
			out = append(out, x)
		}
	}
	return out
}

// checkGeometry asserts the rules the maps promise (geometryProblems) on
// an SVG with wantNodes nodes.
func checkGeometry(t *testing.T, svg []byte, wantNodes int) svgGeom {
	t.Helper()
	g := measureSVG(t, svg)
	if len(g.nodes) != wantNodes {
		t.Errorf("nodes drawn: got %d, want %d", len(g.nodes), wantNodes)
	}
	for _, p := range geometryProblems(g) {
		t.Error(p)
	}
	return g
}

// geometryProblems lists what breaks the maps' promises: a label not on
// its own node (centred on it horizontally, each line within the node's
// half height plus the label's own height of its centre), two sector
// boxes that overlap, anything that could execute in a browser, and a
// picture wider than 4,000 px (3,000 pt at 96 px per inch) or shrunk by
// Graphviz to fit.
func geometryProblems(g svgGeom) []string {
	var out []string
	add := func(format string, a ...any) { out = append(out, fmt.Sprintf(format, a...)) }
	if len(g.active) > 0 {
		add("active content in the SVG: %q", g.active)
	}
	if px := g.widthPt * 4 / 3; px > 4000 {
		add("picture %.0f px wide, want at most 4,000", px)
	}
	if g.scale < 0.999 {
		add("Graphviz shrank the picture to %.2f of its size to fit: labels are no longer readable", g.scale)
	}
	ids := make([]string, 0, len(g.nodes))
	for id := range g.nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		n := g.nodes[id]
		lines := n.labelLines()
		if !n.hasShape || len(lines) == 0 {
			add("node %q: shape %v, %d label lines", id, n.hasShape, len(lines))
			continue
		}
		reach := n.ry + float64(len(lines))*lines[0].size
		for _, l := range lines {
			if dx, dy := math.Abs(l.x-n.cx), math.Abs(l.y-n.cy); l.anchor != "middle" || dx > 1 || dy > reach {
				add("node %q: label line %q at (%.1f, %.1f), %s-anchored, node centre (%.1f, %.1f), reach %.1f", id, l.s, l.x, l.y, l.anchor, n.cx, n.cy, reach)
			}
		}
	}
	for i := range g.clusters {
		a := &g.clusters[i]
		if !a.hasBox || !a.hasText {
			add("cluster %q: box %v, label %v", a.name, a.hasBox, a.hasText)
		}
		for j := i + 1; j < len(g.clusters); j++ {
			b := &g.clusters[j]
			if ox, oy := math.Min(a.x1, b.x1)-math.Max(a.x0, b.x0), math.Min(a.y1, b.y1)-math.Max(a.y0, b.y0); ox > 0.5 && oy > 0.5 {
				add("sector boxes %q and %q overlap by %.1f x %.1f pt", a.name, b.name, ox, oy)
			}
		}
	}
	return out
}

// TestGeometryProblemsFail shows the measure can fail: labels set beside
// their nodes (xlabel, as the maps had them), a script, and two sector
// boxes drawn over each other are all reported.
func TestGeometryProblemsFail(t *testing.T) {
	dot := []byte(`graph g { graph [forcelabels=true]; node [shape=circle, fixedsize=true, width=0.2, label=" "];
		subgraph cluster_a { label="a"; A1 [xlabel="KESBANGPOL_PANJANG"]; A2 [xlabel="DISDUKCAPIL"] }
		A1 -- A2 }`)
	svg, err := Render(dot, FormatSVG, EngineDot)
	if err != nil {
		t.Fatal(err)
	}
	g := measureSVG(t, svg)
	if got := geometryProblems(g); len(got) < 2 {
		t.Errorf("labels beside their nodes: got problems %q, want one per node", got)
	}
	bad := []byte(`<svg width="5000pt" height="10pt" xmlns="http://www.w3.org/2000/svg"><g class="graph" transform="scale(0.5 0.5)">
		<g class="cluster"><title>cluster_0</title><path d="M0,0 L100,0 L100,100 L0,100 Z"/><text x="5" y="5">a</text></g>
		<g class="cluster"><title>cluster_1</title><polygon points="50,50 150,50 150,150 50,150"/><text x="55" y="55">b</text></g>
		<script>alert(1)</script></g></svg>`)
	got := strings.Join(geometryProblems(measureSVG(t, bad)), "\n")
	for _, want := range []string{"overlap by 50.0 x 50.0", "active content", "px wide", "shrank"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
}

// loadStudy reads a study folder at unit level.
func loadStudy(t *testing.T, dir string) *graph.Network {
	t.Helper()
	st, err := ingest.OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ingest.LoadContext(context.Background(), st, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Builder.Network(graph.UnitLevel, res.Window, st.Weights)
}

// TestMapGeometry measures, from the SVG, that labels sit on their nodes
// and sector boxes do not overlap, on the demo study (the embedded sample
// of cmd/sekat), the hostile study of the generator (with every unit's
// hostile name also given as its short name, so it is the label), and a
// 500-unit network; on the hostile study every label and tooltip shows the
// name literally and nothing can execute.
func TestMapGeometry(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out three maps")
	}
	hostileDir := t.TempDir()
	if _, err := synth.Generate(hostileDir, synth.Options{Preset: synth.PresetHostile, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	hostile := loadStudy(t, hostileDir)
	for i := range hostile.Nodes {
		hostile.Nodes[i].ShortName = hostile.Nodes[i].Name
	}
	for _, tc := range []struct {
		name string
		net  *graph.Network
	}{
		{"demo", loadStudy(t, filepath.Join("..", "cmd", "sekat", "sample"))},
		{"hostile", hostile},
		{"500 units", clustered(500, 11)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, _, svg := unitMapSVG(t, tc.net, tc.name)
			g := checkGeometry(t, svg, min(len(r.Nodes), DefaultMaxNodes))
			t.Logf("%s: %d nodes, %d sector boxes, %.0f x %.0f pt", tc.name, len(g.nodes), len(g.clusters), g.widthPt, g.heightPt)
			if tc.name != "hostile" {
				return
			}
			// Labels and tooltips show the names as they are.
			tips := strings.Join(g.tooltips, "\n")
			_, labels := mapLines(t, svg)
			var lines []string
			for _, l := range labels {
				if l.kind == "graph" {
					lines = append(lines, l.text)
				}
			}
			title := strings.Join(lines, "\n")
			keyed := strings.Contains(title, texts("").LegendKeyed[:40])
			for i := range r.Net.Nodes {
				nd := &r.Net.Nodes[i]
				n := g.nodes[nd.ID]
				if n == nil {
					continue
				}
				var got []string
				for _, l := range n.labelLines() {
					got = append(got, l.s)
				}
				label := strings.TrimSpace(strings.Join(got, "\n"))
				if _, err := strconv.Atoi(label); err == nil && keyed {
					// numbered, as a map with a label longer than
					// keyedLabelRunes is: the key gives the name, its
					// spaces, tabs and newlines written as one space
					first := []rune(visible(strings.Join(strings.Fields(nd.Name), " ")))
					if want := label + ". " + string(first[:min(len(first), 40)]); !strings.Contains(title, want) {
						t.Errorf("%s: label %q, and the key has no line %q", nd.ID, label, want)
					}
				} else if want := visible(nodeLabel(nd)); label != strings.TrimSpace(want) {
					t.Errorf("%s: label %q, want %q", nd.ID, strings.Join(got, "\n"), want)
				}
				if want := visible(nd.Name); !strings.Contains(tips, want) {
					t.Errorf("%s: no tooltip holds the name %q", nd.ID, want)
				}
			}
		})
	}
}

// visible is how a DOT label shows a string: graph.DOTQuote writes control
// characters other than the newline as \xNN, which Graphviz shows as they
// are written.
func visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x20 && r != '\n' {
			b.WriteString(`\x` + strconv.FormatInt(int64(r)+0x100, 16)[1:])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// peopleNet is a person-level network of n people in units of 75 (units
// in sectors of 4 units), each with about 5 ties inside their unit and 1
// outside, weights 1..20: the size of a kabupaten (3,000 people, 40
// units).
func peopleNet(n int, seed uint64) *graph.Network {
	rng := rand.New(rand.NewPCG(seed, 3))
	nodes := make([]graph.Node, n)
	for i := range nodes {
		u := i / 75
		nodes[i] = graph.Node{ID: fmt.Sprintf("19%016d", i), Kind: graph.KindPerson, Unit: fmt.Sprintf("UNIT-%02d", u),
			Sector: fmt.Sprintf("sektor-%02d", u/4)}
	}
	var edges []graph.Edge
	add := func(a, b int) {
		if a != b {
			w := float64(1 + rng.IntN(20))
			e := graph.Edge{From: int32(a), To: int32(b), Weight: w}
			e.Layers[graph.Correspondence] = w
			edges = append(edges, e)
		}
	}
	seen := map[[2]int]bool{}
	for i := 0; i < n; i++ {
		base := (i / 75) * 75
		for k := 0; k < 6; k++ {
			j := base + rng.IntN(75)
			if k == 5 {
				j = rng.IntN(n)
			}
			if j < n && !seen[[2]int{i, j}] {
				seen[[2]int{i, j}] = true
				add(i, j)
			}
		}
	}
	return graph.NewNetwork(graph.PersonLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// TestPersonMapWidth: a person-level map of a kabupaten-sized network
// (3,000 people) is drawn as its 40 units, and it and the ego map of one
// person are at most 4,000 px wide at full size, with labels on their
// nodes and no overlapping boxes. (Before: 34,916 pt for the person map,
// 16,510 px for an ego map.)
func TestPersonMapWidth(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 3,000 people")
	}
	r, err := metrics.Analyze(peopleNet(3000, 5), metrics.Options{Seed: 1, Permutations: 99, StabilityRuns: -1})
	if err != nil {
		t.Fatal(err)
	}
	dot, err := UnitMapDOT(r, MapOptions{Study: "kabupaten"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(dot, []byte("3.000 pegawai terlalu banyak")) {
		t.Error("the person map does not say it aggregated the people into units")
	}
	svg, err := Render(dot, FormatSVG, "")
	if err != nil {
		t.Fatal(err)
	}
	g := checkGeometry(t, svg, 40)
	t.Logf("person map as units: %.0f x %.0f pt", g.widthPt, g.heightPt)
	dot, err = EgoMapDOT(r, r.Net.Nodes[10].ID, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if svg, err = Render(dot, FormatSVG, ""); err != nil {
		t.Fatal(err)
	}
	g = checkGeometry(t, svg, DefaultEgoMaxNodes)
	t.Logf("ego map: %.0f x %.0f pt", g.widthPt, g.heightPt)
}

// unitMapSVG analyses net (seed 1, 199 permutations) and renders its unit
// map, titled study: the result, the DOT and the SVG.
func unitMapSVG(t *testing.T, net *graph.Network, study string) (r *metrics.Result, dot, svg []byte) {
	t.Helper()
	r, err := metrics.Analyze(net, metrics.Options{Seed: 1, Permutations: 199, StabilityRuns: -1})
	if err != nil {
		t.Fatal(err)
	}
	if dot, err = UnitMapDOT(r, MapOptions{Study: study}); err != nil {
		t.Fatal(err)
	}
	if svg, err = Render(dot, FormatSVG, ""); err != nil {
		t.Fatal(err)
	}
	return r, dot, svg
}
