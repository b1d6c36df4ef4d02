package viz

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	goldenfile "github.com/sekat-ona/sekat/internal/golden"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/people"
)

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got)
}

// svgDoc is what the SVG tests read from Graphviz's output.
type svgDoc struct {
	nodes    map[string]bool // <title> of every g.node
	clusters []string        // the first text of every g.cluster (its name)
	edges    int
	texts    []string // every <text>, in order
	tooltips []string // every xlink:title
}

// eachSVGToken calls fn with every token of svg, read with encoding/xml
// (never byte-compared: house rule 9); a document that does not parse
// fails the test.
func eachSVGToken(t *testing.T, svg []byte, fn func(xml.Token)) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("svg does not parse: %v", err)
		}
		fn(tok)
	}
}

// parseSVG reads an SVG with encoding/xml (never byte-compared: house
// rule 9).
func parseSVG(t *testing.T, svg []byte) svgDoc {
	t.Helper()
	doc := svgDoc{nodes: map[string]bool{}}
	var stack []string // class of each open <g>
	var inTitle, inText, clusterNamed bool
	var buf strings.Builder
	eachSVGToken(t, svg, func(tok xml.Token) {
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "g":
				class := ""
				for _, a := range x.Attr {
					if a.Name.Local == "class" {
						class = a.Value
					}
				}
				stack = append(stack, class)
				if class == "cluster" {
					clusterNamed = false
				}
				if class == "edge" {
					doc.edges++
				}
			case "title":
				inTitle = true
				buf.Reset()
			case "text":
				inText = true
				buf.Reset()
			case "a":
				for _, a := range x.Attr {
					if a.Name.Local == "title" {
						doc.tooltips = append(doc.tooltips, a.Value)
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
				stack = stack[:len(stack)-1]
			case "title":
				inTitle = false
				if classOf(stack) == "node" {
					doc.nodes[buf.String()] = true
				}
			case "text":
				inText = false
				doc.texts = append(doc.texts, buf.String())
				if classOf(stack) == "cluster" && !clusterNamed {
					doc.clusters = append(doc.clusters, buf.String())
					clusterNamed = true
				}
			}
		}
	})
	return doc
}

// classOf is the class of the innermost <g> that has one (Graphviz wraps
// the contents of a node or cluster with a tooltip in an unclassed <g>).
func classOf(stack []string) string {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] != "" {
			return stack[i]
		}
	}
	return ""
}

func TestUnitMapGolden(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	for _, tc := range []struct {
		name string
		opt  MapOptions
	}{
		{"unit_map.dot", MapOptions{Study: "Kabupaten Uji", Window: "2025-01-01 s.d. 2025-07-01"}},
		{"unit_map_en_strength_all.dot", MapOptions{Study: "Test", Window: "2025-01-01 to 2025-07-01", Lang: "en", SizeBy: "strength", MaxTiesPerNode: -1}},
		{"unit_map_top1.dot", MapOptions{MaxTiesPerNode: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := UnitMapDOT(r, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name, got)
		})
	}
	for l := graph.Layer(0); l < graph.NumLayers; l++ {
		t.Run(l.String(), func(t *testing.T) {
			got, err := LayerMapDOT(r, l, MapOptions{Window: "2025"})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "layer_"+l.String()+".dot", got)
		})
	}
	t.Run("ego", func(t *testing.T) {
		got, err := EgoMapDOT(analyze(t, handPeople()), "P1", MapOptions{})
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "ego_P1.dot", got)
	})
}

// TestUnitMapRules checks the visual rules on the hand network, in the
// DOT itself: which ties are drawn, which are bridges, which sector is a
// silo, which node has a double outline.
func TestUnitMapRules(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	dot, err := UnitMapDOT(r, MapOptions{MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	s := string(dot)
	// 15 arcs on 15 distinct pairs (A2->B3 carries granted data, weight
	// 1, besides two denials): 15 undirected ties, all drawn with -1.
	if got, want := strings.Count(s, " -- "), 15; got != want {
		t.Errorf("ties drawn: got %d, want %d", got, want)
	}
	for _, tc := range []struct{ what, want string }{
		{"bridge B2-X", `"B2" -- "X" [penwidth=2.5, color="#c0392b", style=bold`},
		{"articulation B2", `"B2" [width=`},
		{"silo alpha", `"SILO · alpha\n`},
		{"coordinator K square", `shape=square`},
		{"external X diamond", `shape=diamond`},
		{"cross-sector tie", `"A1" -- "K" [penwidth=`},
	} {
		t.Run(tc.what, func(t *testing.T) {
			if !strings.Contains(s, tc.want) {
				t.Errorf("DOT lacks %s", tc.want)
			}
		})
	}
	// B2 is the only articulation point with a double outline besides
	// those metrics reports.
	for i := range r.Nodes {
		line := lineOf(s, graph.DOTQuote(r.Net.Nodes[i].ID)+" [width=")
		if line == "" {
			t.Errorf("%s: no node line in the DOT", r.Net.Nodes[i].ID)
			continue
		}
		if got, want := strings.Contains(line, "peripheries=2"), r.Nodes[i].Articulation; got != want {
			t.Errorf("%s: double outline %v, articulation %v", r.Net.Nodes[i].ID, got, want)
		}
	}
	if !r.Nodes[4].Articulation {
		t.Errorf("B2 should be an articulation point (it alone ties X)")
	}
	wantSilo := false
	for _, gi := range r.Silos {
		if r.Groups[gi].Name == "alpha" && r.Groups[gi].Verdict == silo.Silo {
			wantSilo = true
		}
	}
	if !wantSilo {
		t.Fatalf("the hand network's alpha should be a silo; silos: %v", r.Silos)
	}
}

func lineOf(s, prefix string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return l
		}
	}
	return ""
}

func TestUnitMapDeterministic(t *testing.T) {
	n := clustered(120, 3)
	a, err := UnitMapDOT(analyze(t, n), MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		b, err := UnitMapDOT(analyze(t, n), MapOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatalf("run %d: DOT differs", i)
		}
	}
}

func TestUnitMapSVG(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	for _, engine := range []string{EngineFDP, EngineDot} {
		t.Run(engine, func(t *testing.T) {
			dot, err := UnitMapDOT(r, MapOptions{Study: "Kabupaten Uji", Window: "2025-01-01 s.d. 2025-07-01", MaxTiesPerNode: -1})
			if err != nil {
				t.Fatal(err)
			}
			svg, err := Render(dot, FormatSVG, engine)
			if err != nil {
				t.Fatal(err)
			}
			doc := parseSVG(t, svg)
			var ids []string
			for id := range doc.nodes {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			if got, want := strings.Join(ids, ","), "A1,A2,A3,B1,B2,B3,C1,C2,K,X"; got != want {
				t.Errorf("nodes: got %s, want %s", got, want)
			}
			if got, want := doc.edges, r.Net.Undirected().Edges()/2; got != want {
				t.Errorf("edges: got %d, want %d", got, want)
			}
			if got, want := strings.Join(doc.clusters, "|"), "SILO · alpha|beta|gamma|koordinasi|luar"; got != want {
				t.Errorf("clusters: got %s, want %s", got, want)
			}
			all := strings.Join(doc.texts, "\n")
			for _, want := range []string{"Kabupaten Uji — Peta jejaring unit", "Jendela waktu: 2025-01-01 s.d. 2025-07-01", "Digambar 15 dari 15 ikatan"} {
				if !strings.Contains(all, want) {
					t.Errorf("svg text lacks %q", want)
				}
			}
		})
	}
}

func TestRender(t *testing.T) {
	dot := []byte("graph g { a -- b }")
	for _, tc := range []struct {
		name, format, engine string
		dot                  []byte
		ok                   bool
		magic                string
	}{
		{"svg", "svg", "", dot, true, "<svg"},
		{"png", "png", "dot", dot, true, "\x89PNG"},
		{"dot is the source", "dot", "", dot, true, "graph g"},
		{"unknown format", "pdf", "", dot, false, ""},
		{"slow engine refused", "svg", "sfdp", dot, false, ""},
		{"malformed DOT", "svg", "", []byte("graph g { a -- }"), false, ""},
		{"empty input", "svg", "", nil, false, ""},
		{"binary input", "svg", "fdp", []byte{0xff, 0x00, '{', '"'}, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Render(tc.dot, tc.format, tc.engine)
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok %v", err, tc.ok)
			}
			if tc.ok && !bytes.Contains(got[:min(len(got), 400)], []byte(tc.magic)) {
				t.Errorf("output does not start like %q: %.60q", tc.magic, got)
			}
		})
	}
}

func TestMapOptionsErrors(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	if _, err := UnitMapDOT(r, MapOptions{SizeBy: "nope"}); !errors.Is(err, ErrUnknownMetric) {
		t.Errorf("unknown metric: err = %v", err)
	}
	if _, err := UnitMapDOT(nil, MapOptions{}); err == nil {
		t.Errorf("nil result: no error")
	}
	if _, err := LayerMapDOT(r, graph.NumLayers, MapOptions{}); err == nil {
		t.Errorf("bad layer: no error")
	}
	if _, err := EgoMapDOT(r, "A1", MapOptions{}); err == nil {
		t.Errorf("ego map of a unit-level result: no error")
	}
	p := analyze(t, handPeople())
	if _, err := EgoMapDOT(p, "nobody", MapOptions{}); err == nil {
		t.Errorf("unknown person: no error")
	}
	for _, m := range SizeMetrics {
		if _, err := UnitMapDOT(r, MapOptions{SizeBy: m}); err != nil {
			t.Errorf("%s: %v", m, err)
		}
	}
}

func TestEgoMap(t *testing.T) {
	p := analyze(t, handPeople())
	for _, tc := range []struct {
		person string
		max    int
		want   string // the nodes drawn, sorted
	}{
		{"P1", 0, "P1,P2,P3,P4,P5"}, // P6 is three steps away, P7 isolated
		{"P3", 0, "P1,P2,P3,P4,P5,P6"},
		{"P7", 0, "P7"},
		{"P1", 3, "P1,P2,P3"},    // first step first
		{"P1", 4, "P1,P2,P3,P4"}, // P3-P4 (4) is stronger than P3-P5 (1)
	} {
		t.Run(tc.person, func(t *testing.T) {
			dot, err := EgoMapDOT(p, tc.person, MapOptions{MaxNodes: tc.max})
			if err != nil {
				t.Fatal(err)
			}
			svg, err := Render(dot, FormatSVG, "")
			if err != nil {
				t.Fatal(err)
			}
			doc := parseSVG(t, svg)
			var ids []string
			for id := range doc.nodes {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			if got := strings.Join(ids, ","); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestTopTies(t *testing.T) {
	// A star 0-{1,2,3,4} with weights 4,3,2,1 plus 1-2 weight 0.5.
	g := graph.NewCSR(5, []graph.Arc{{U: 0, V: 1, W: 4}, {U: 0, V: 2, W: 3}, {U: 0, V: 3, W: 2}, {U: 0, V: 4, W: 1}, {U: 1, V: 2, W: 0.5}}, true)
	all := []bool{true, true, true, true, true}
	for _, tc := range []struct {
		name   string
		keep   []bool
		k      int
		always map[[2]int32]bool
		want   [][2]int32
	}{
		// Node 0 keeps 0-1; 1 keeps 0-1; 2 keeps 0-2; 3 keeps 0-3; 4 keeps 0-4.
		{"k=1", all, 1, nil, [][2]int32{{0, 1}, {0, 2}, {0, 3}, {0, 4}}},
		{"k=0 keeps only always", all, 0, map[[2]int32]bool{{1, 2}: true}, [][2]int32{{1, 2}}},
		{"all", all, -1, nil, [][2]int32{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {1, 2}}},
		{"hidden hub", []bool{false, true, true, true, true}, -1, map[[2]int32]bool{{0, 1}: true}, [][2]int32{{1, 2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := topTies(g, tc.keep, tc.k, tc.always)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}

func TestScales(t *testing.T) {
	for _, tc := range []struct {
		name      string
		w, mx     float64
		want, tol float64
	}{
		{"strongest", 100, 100, 4, 1e-12},
		{"weakest possible", 0, 100, 0.6, 1e-12},
		{"no ties", 1, 0, 0.6, 1e-12},
		// log(1+9)/log(1+99) = 0.5: halfway on the log scale.
		{"log midpoint", 9, 99, 0.6 + 3.4*0.5, 1e-12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := penWidth(tc.w, tc.mx); math.Abs(got-tc.want) > tc.tol {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	w := widths([]float64{0, 25, 100})
	want := []float64{minWidth, minWidth + (maxWidth-minWidth)*0.5, maxWidth}
	for i := range w {
		if math.Abs(w[i]-want[i]) > 1e-12 {
			t.Errorf("widths[%d]: got %v, want %v", i, w[i], want[i])
		}
	}
	for i, x := range widths([]float64{0, 0}) {
		if x != minWidth {
			t.Errorf("all-zero widths[%d] = %v", i, x)
		}
	}
}

// TestLargeMapFilter draws 700 units with the default cap of
// DefaultMaxNodes (120): the 120 with the largest betweenness stay and the
// title says 580 are left out.
func TestLargeMapFilter(t *testing.T) {
	r := analyze(t, clustered(700, 5))
	dot, err := UnitMapDOT(r, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := string(dot)
	if !strings.Contains(s, `580 unit dengan betweenness (perantara jalur) terkecil tidak digambar`) {
		t.Errorf("title does not say what was left out")
	}
	drawn := 0
	minDrawn, maxHidden := math.Inf(1), math.Inf(-1)
	for i := range r.Nodes {
		if strings.Contains(s, "\n    "+graph.DOTQuote(r.Net.Nodes[i].ID)+" [width=") {
			drawn++
			minDrawn = math.Min(minDrawn, r.Nodes[i].Betweenness)
		} else {
			maxHidden = math.Max(maxHidden, r.Nodes[i].Betweenness)
		}
	}
	if drawn != DefaultMaxNodes {
		t.Errorf("drawn %d nodes, want %d", drawn, DefaultMaxNodes)
	}
	if maxHidden > minDrawn {
		t.Errorf("a hidden node (betweenness %v) beats a drawn one (%v)", maxHidden, minDrawn)
	}
}

// TestSectorOverview draws the hand network's sectors: one node per
// sector, alpha marked as a silo, and the title saying what share of the
// cross-sector weight is drawn.
func TestSectorOverview(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	dot, err := SectorOverviewDOT(r, MapOptions{Study: "Kabupaten Uji", MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "sector_overview.dot", dot)
	svg, err := SectorOverviewSVG(r, MapOptions{Study: "Kabupaten Uji", MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	doc := parseSVG(t, svg)
	if got, want := len(doc.nodes), len(r.Sectors); got != want {
		t.Errorf("sector nodes: got %d, want %d", got, want)
	}
	st := sumSectorTies(r)
	if got, want := doc.edges, len(st.between); got != want {
		t.Errorf("ties with -1: got %d, want every sector pair with a tie, %d", got, want)
	}
	all := strings.Join(doc.texts, "\n")
	for _, want := range []string{"SILO\nalpha", "100% bobot antarsektor"} {
		if !strings.Contains(all, want) && !strings.Contains(strings.ReplaceAll(all, "\n", " "), strings.ReplaceAll(want, "\n", " ")) {
			t.Errorf("svg text lacks %q:\n%s", want, all)
		}
	}
	// Every tooltip a browser shows (the nearest <title>) names sectors,
	// not the DOT ids ("s0--s3").
	titles := regexp.MustCompile(`<title>([^<]*)</title>`).FindAllStringSubmatch(string(svg), -1)
	edgeTitles := 0
	for _, m := range titles {
		txt := html.UnescapeString(m[1])
		if regexp.MustCompile(`^s\d+(--s\d+)?$`).MatchString(txt) {
			t.Errorf("a <title> shows the DOT id %q instead of the sector names", txt)
		}
		if strings.Contains(txt, " — ") {
			edgeTitles++
		}
	}
	if edgeTitles < len(st.between) {
		t.Errorf("%d titles name a sector pair, want one per tie (%d)", edgeTitles, len(st.between))
	}
	if _, err := SectorOverviewDOT(nil, MapOptions{}); err == nil {
		t.Error("nil result: no error")
	}
}

// TestSectorOverviewLimit: 500 units in 50 sectors give an overview of
// the MaxOverviewSectors largest sectors, and the title counts the rest.
func TestSectorOverviewLimit(t *testing.T) {
	r := analyze(t, clustered(500, 3))
	dot, err := SectorOverviewDOT(r, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(dot), " [width="); got != MaxOverviewSectors {
		t.Errorf("sectors drawn: got %d, want %d", got, MaxOverviewSectors)
	}
	if want := "10 sektor yang lebih kecil tidak digambar"; !strings.Contains(string(dot), want) {
		t.Errorf("title lacks %q", want)
	}
	svg, err := Render(dot, FormatSVG, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(parseSVG(t, svg).nodes); got != MaxOverviewSectors {
		t.Errorf("svg nodes: got %d, want %d", got, MaxOverviewSectors)
	}
}

// TestEgoMapTitleOnce: a person without a name (a pseudonym) is named
// once in the ego map's title, not "P-4RXB… (P-4RXB…)" (review A of
// session 14); a named person keeps name and id.
func TestEgoMapTitleOnce(t *testing.T) {
	p := analyze(t, handPeople())
	i, _ := p.Net.NodeIndex("P1")
	for _, name := range []string{"", "Siti"} {
		p.Net.Nodes[i].Name = name
		dot, err := EgoMapDOT(p, "P1", MapOptions{Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"": "Ego network of P1, unit", "Siti": "Ego network of Siti (P1), unit"}[name]
		if !strings.Contains(string(dot), want) {
			t.Errorf("name %q: the title lacks %q", name, want)
		}
	}
}

// TestSectorCount: a sector box names its count in the singular for one
// ("1 unit", not "1 units", which review r1 of session 15 saw on every
// English sector map), and at person level counts people, not the
// offices (unit nodes) among its nodes (review r4: "82 pegawai" for 77
// people and 5 offices).
func TestSectorCount(t *testing.T) {
	en := texts("en")
	for n, want := range map[int]string{1: "1 unit", 2: "2 units"} {
		if got := en.count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
	r := analyze(t, handUnits(nil, nil))
	st := sumSectorTies(r)
	if !slices.Equal(st.label, st.units) {
		t.Errorf("unit level: labels %v, want the node counts %v", st.label, st.units)
	}
	hp := handPeople()
	nodes := append(slices.Clone(hp.Nodes), graph.Node{ID: "U1", Kind: graph.KindUnit, Unit: "U1", Sector: "sU1"})
	edges := append(slices.Clone(hp.Edges), graph.Edge{From: 1, To: int32(len(nodes) - 1), Weight: 2})
	edges[len(edges)-1].Layers[graph.Correspondence] = 2
	pr := analyze(t, graph.NewNetwork(graph.PersonLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{}))
	st = sumSectorTies(pr)
	si := sectorIndex(pr)
	want := make([]int, len(pr.Sectors))
	for i, nd := range pr.Net.Nodes {
		if nd.Kind == graph.KindPerson && si[i] < len(want) {
			want[si[i]]++
		}
	}
	if !slices.Equal(st.label, want) || slices.Equal(st.label, st.units) {
		t.Errorf("person level: labels %v, want the people %v (nodes %v)", st.label, want, st.units)
	}
	// and the legend says what the ovals count: staff at person level
	// (it said units beside "43 people": QA of session 30)
	for _, code := range []string{"id", "en"} {
		unitWord, staffWord := map[string]string{"id": "jumlah unitnya", "en": "number of units"}[code], map[string]string{"id": "jumlah pegawainya", "en": "number of staff"}[code]
		if l := textsAt(code, graph.UnitLevel).OverviewLegend; !strings.Contains(l, unitWord) {
			t.Errorf("%s unit level: legend %q lacks %q", code, l, unitWord)
		}
		if l := textsAt(code, graph.PersonLevel).OverviewLegend; !strings.Contains(l, staffWord) {
			t.Errorf("%s person level: legend %q lacks %q", code, l, staffWord)
		}
	}
}

// sectorTree is a unit network whose sectors (2-4 units each, names of
// 4-22 letters) are tied as a random tree, with a few chords when chords
// is set: many sectors hang on one tie, where circo's layout of blocks had
// ovals drawn over each other.
func sectorTree(n int, seed uint64, chords bool) *graph.Network {
	rng := rand.New(rand.NewPCG(seed, 11))
	var nodes []graph.Node
	first := make([]int32, n)
	for s := 0; s < n; s++ {
		name := strings.Repeat("k", 4+rng.IntN(19)) + fmt.Sprint(s)
		first[s] = int32(len(nodes))
		for u := 0; u < 2+rng.IntN(3); u++ {
			id := fmt.Sprintf("U%02d-%d", s, u)
			nodes = append(nodes, graph.Node{ID: id, Name: "Unit " + id, Sector: name, Unit: id})
		}
	}
	arc := func(a, b int32, w float64) graph.Edge {
		e := graph.Edge{From: a, To: b, Weight: w}
		e.Layers[graph.Correspondence] = w
		return e
	}
	var edges []graph.Edge
	for s := 0; s < n; s++ {
		end := int32(len(nodes))
		if s+1 < n {
			end = first[s+1]
		}
		for u := first[s] + 1; u < end; u++ {
			edges = append(edges, arc(first[s], u, 20))
		}
		if s > 0 {
			edges = append(edges, arc(first[s], first[rng.IntN(s)], float64(1+rng.IntN(9))))
		}
	}
	if chords {
		for k := 0; k < n/4; k++ {
			a, b := rng.IntN(n), rng.IntN(n)
			if a != b {
				edges = append(edges, arc(first[a], first[b], float64(1+rng.IntN(9))))
			}
		}
	}
	return graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// TestSectorOverviewOvalsApart: on sectors tied as trees (with and
// without chords) of 2 to 40 sectors, no two ovals of the overview touch.
// circo's own layout hangs each block of ties on a circle of its own, and
// put a sector joined by one tie on the oval of its neighbour (the silo of
// the kabupaten preset's seed 23 with --forums, under "koordinasi").
func TestSectorOverviewOvalsApart(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out 18 overviews")
	}
	for _, n := range []int{2, 3, 5, 8, 12, 20, MaxOverviewSectors} {
		for _, chords := range []bool{false, true} {
			if n <= 5 && chords {
				continue
			}
			for seed := uint64(1); seed <= 2; seed++ {
				r, err := metrics.Analyze(sectorTree(n, seed, chords), metrics.Options{Seed: 1, Permutations: 99, StabilityRuns: -1})
				if err != nil {
					t.Fatal(err)
				}
				svg, err := SectorOverviewSVG(r, MapOptions{Study: "uji"})
				if err != nil {
					t.Fatal(err)
				}
				g := measureSVG(t, svg)
				if len(g.nodes) != n {
					t.Fatalf("%d sectors: %d ovals", n, len(g.nodes))
				}
				var ids []string
				for id := range g.nodes {
					ids = append(ids, id)
				}
				sort.Strings(ids)
				for i, a := range ids {
					for _, b := range ids[i+1:] {
						if gap := ovalGap(g.nodes[a], g.nodes[b]); gap < 0 {
							t.Errorf("%d sectors, chords %v, seed %d: ovals %s and %s overlap by %.1f pt", n, chords, seed, a, b, -gap)
						}
					}
				}
			}
		}
	}
}

// ovalGap is the room between two axis-aligned ellipses along the line of
// their centres: the distance less each one's radius in that direction
// (negative when they overlap there).
func ovalGap(a, b *svgNode) float64 {
	dx, dy := b.cx-a.cx, b.cy-a.cy
	d := math.Hypot(dx, dy)
	if d == 0 {
		return -math.Min(a.rx, b.rx)
	}
	c, s := dx/d, dy/d
	r := func(n *svgNode) float64 { return n.rx * n.ry / math.Hypot(n.ry*c, n.rx*s) }
	return d - r(a) - r(b)
}

// TestMapsSayWhenSilosUntold: with too few permutations for any sector
// test to reach alpha, the maps marked no silo and said nothing, so an
// unmarked map read as "no silos" (analyze --permutations 19). The
// overview, the network map and the briefing's caption say that the map
// cannot show silos; with enough permutations they do not.
func TestMapsSayWhenSilosUntold(t *testing.T) {
	n := handUnits(nil, nil)
	for _, c := range []struct {
		perms int
		want  bool
	}{{19, true}, {999, false}} {
		r, err := metrics.Analyze(n, metrics.Options{Seed: 1, Permutations: c.perms, StabilityRuns: -1})
		if err != nil {
			t.Fatal(err)
		}
		if c.perms == 999 && len(r.Silos) == 0 {
			t.Fatal("the hand-made network has no silo at 999 permutations: the case tests nothing")
		}
		for lang, note := range map[string]string{"en": "cannot show whether any sector is a silo", "id": "tidak dapat menunjukkan apakah ada sektor yang menjadi silo"} {
			ov, err := SectorOverviewDOT(r, MapOptions{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			um, err := UnitMapDOT(r, MapOptions{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			v := &view{}
			brief(v, r, &Briefing{}, lang)
			unwrap := func(b []byte) string { return strings.ReplaceAll(string(b), `\l`, " ") }
			for name, got := range map[string]string{"overview": unwrap(ov), "map.dot": unwrap(um), "caption": v.Brief.ExplainMap} {
				if strings.Contains(got, note) != c.want {
					t.Errorf("%s, %s, %d permutations: note %q shown %v, want %v", lang, name, c.perms, note, !c.want, c.want)
				}
			}
		}
	}
}

// TestMapLegendSaysWhatIsDrawn: the legend explains the thick red bridges
// and the double outlines of articulation points only on a map that draws
// them. It explained both on every map, and readers of a map without a
// red line looked for one (the kabupaten preset's seed 4242). A ring of
// units has neither; the hand network has both.
func TestMapLegendSaysWhatIsDrawn(t *testing.T) {
	ring := unitsNet(6, func(i int) int { return i / 2 }, func(i, j int) float64 {
		if j == (i+1)%6 {
			return 3
		}
		return 0
	})
	for _, tc := range []struct {
		name string
		net  *graph.Network
		want bool
	}{{"ring", ring, false}, {"hand", handUnits(nil, nil), true}} {
		r := analyze(t, tc.net)
		for _, lang := range []string{"id", "en"} {
			dot, err := UnitMapDOT(r, MapOptions{Lang: lang, MaxTiesPerNode: -1})
			if err != nil {
				t.Fatal(err)
			}
			s := strings.ReplaceAll(string(dot), `\l`, " ") // the title's lines are wrapped at spaces
			if got := strings.Contains(s, "peripheries=2"); got != tc.want {
				t.Fatalf("%s: double outlines drawn %v, want %v", tc.name, got, tc.want)
			}
			for _, key := range []string{"viz.legendBridge", "viz.legendArticulation"} {
				if got := strings.Contains(s, i18n.T(lang, key)); got != tc.want {
					t.Errorf("%s (%s): legend has %s: %v, want %v", tc.name, lang, key, got, tc.want)
				}
			}
		}
	}
}

// TestMapTiesDoNotWiden: a map's boxes are placed without its ties, which
// are drawn afterwards, so the drawing is as wide as its boxes need. dot
// routed every tie through the ranks it crosses, and on the provinsi
// preset's letters layer the route points pushed one sector's box 5,500
// points right of the others (6,758 points wide where the boxes need
// 1,232): printed, the map was a strip. Here: sectors tied as a tree with
// chords, every tie drawn, against the same map without its ties.
func TestMapTiesDoNotWiden(t *testing.T) {
	r := analyze(t, sectorTree(14, 5, true))
	dot, err := UnitMapDOT(r, MapOptions{MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(dot, []byte(tiesMark))
	if i < 0 {
		t.Fatal("the map's DOT has no mark before its ties")
	}
	bare := append(append([]byte(nil), dot[:i]...), "}\n"...)
	// Each circle keeps the width its measure gave it: Graphviz writes a
	// fixedsize=shape node back as wide as its label, and the first
	// version of the two-step layout drew every circle so.
	svg, err := Render(dot, FormatSVG, "")
	if err != nil {
		t.Fatal(err)
	}
	widths := regexp.MustCompile(`(?m)^\s*"([^"]+)" \[width=([0-9.]+),`).FindAllSubmatch(dot, -1)
	if len(widths) < 20 {
		t.Fatalf("%d nodes with a width in the DOT", len(widths))
	}
	for _, m := range widths {
		want, _ := strconv.ParseFloat(string(m[2]), 64)
		drawn := regexp.MustCompile(`<title>` + regexp.QuoteMeta(strings.ReplaceAll(string(m[1]), "-", "&#45;")) + `</title>[\s\S]*?<ellipse [^>]*rx="([0-9.]+)"`).FindSubmatch(svg)
		if drawn == nil {
			t.Errorf("%s: no circle in the SVG", m[1])
			continue
		}
		if rx, _ := strconv.ParseFloat(string(drawn[1]), 64); math.Abs(rx-want*36) > 0.6 {
			t.Errorf("%s: drawn with radius %.1f pt, want %.1f (width %s in)", m[1], rx, want*36, m[2])
		}
	}
	size := func(d []byte) (w, h float64) {
		svg, err := Render(d, FormatSVG, "")
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`).FindSubmatch(svg)
		if m == nil {
			t.Fatal("no size in the SVG")
		}
		w, _ = strconv.ParseFloat(string(m[1]), 64)
		h, _ = strconv.ParseFloat(string(m[2]), 64)
		return w, h
	}
	w, h := size(dot)
	bw, bh := size(bare)
	// The map without ties is laid out by dot alone, whose bounding box
	// keeps a few points more margin than nop2's: 1,151 x 630 pt against
	// 1,135 x 618 pt with the ties here; dot with the ties made 1,348.
	if w > 1.03*bw || h > 1.03*bh {
		t.Errorf("with its ties the map is %.0f x %.0f pt, without them %.0f x %.0f pt", w, h, bw, bh)
	}
	if n := strings.Count(string(dot), " -- ") - strings.Count(string(dot), "style=invis"); n < 20 {
		t.Fatalf("only %d ties drawn", n)
	}
}

// TestDenseMapTiesTranslucent: on a map with more than denseTies ties per
// node the ties across sectors are drawn translucent, so that where they
// pile up reads as density and a sector box's own ties show through;
// ties inside a sector keep their colour. A sparse map draws them opaque.
func TestDenseMapTiesTranslucent(t *testing.T) {
	net := func(n int, all bool) *graph.Network {
		return unitsNet(n, func(i int) int { return i * 2 / n }, func(i, j int) float64 {
			if !all && j != (i+1)%n {
				return 0
			}
			return float64(1 + (i+j)%3)
		})
	}
	for _, tc := range []struct {
		name  string
		net   *graph.Network
		dense bool
	}{{"complete", net(8, true), true}, {"ring", net(8, false), false}} {
		dot, err := UnitMapDOT(analyze(t, tc.net), MapOptions{Lang: "id", MaxTiesPerNode: -1})
		if err != nil {
			t.Fatal(err)
		}
		s := string(dot)
		across, translucent := strings.Count(s, `color="`+colAcross), strings.Count(s, `color="`+colAcross+denseAlpha+`"`)
		if across == 0 {
			t.Fatalf("%s: no tie across sectors drawn:\n%s", tc.name, s)
		}
		if tc.dense && translucent != across || !tc.dense && translucent != 0 {
			t.Errorf("%s: %d of %d ties across sectors translucent, want all: %v", tc.name, translucent, across, tc.dense)
		}
		if strings.Contains(s, colInside+denseAlpha) {
			t.Errorf("%s: ties inside a sector drawn translucent", tc.name)
		}
	}
}

// unitsNet is a unit network of n units U0..U(n-1), unit i in sector
// s<sector(i)>, with a letters tie i->j of weight tie(i, j) where that is
// above 0.
func unitsNet(n int, sector func(i int) int, tie func(i, j int) float64) *graph.Network {
	var nodes []graph.Node
	var edges []graph.Edge
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("U%d", i)
		nodes = append(nodes, graph.Node{ID: id, Name: "Unit " + id, Sector: fmt.Sprintf("s%d", sector(i)), Unit: id})
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if w := tie(i, j); i != j && w > 0 {
				e := graph.Edge{From: int32(i), To: int32(j), Weight: w}
				e.Layers[graph.Correspondence] = w
				edges = append(edges, e)
			}
		}
	}
	return graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// TestMapLegendShapesDrawn: the legend of the unit map and of a layer
// map names the node shapes the map draws, and only those: it explained
// squares and diamonds on maps with no coordinator and no external unit
// (QA of session 31), and a layer map named none.
func TestMapLegendShapesDrawn(t *testing.T) {
	r := analyze(t, unitsNet(6, func(i int) int { return i / 2 }, func(i, j int) float64 {
		if j == (i+1)%6 {
			return 3
		}
		return 0
	}))
	for _, kinds := range []map[int]graph.Kind{{}, {0: graph.KindCoordinator}, {0: graph.KindCoordinator, 3: graph.KindExternal}} {
		for i := range r.Net.Nodes {
			r.Net.Nodes[i].Kind = graph.KindInternal
			if k, ok := kinds[i]; ok {
				r.Net.Nodes[i].Kind = k
			}
		}
		for _, c := range []struct {
			lang, layer string
		}{{"id", ""}, {"en", ""}, {"id", "correspondence"}, {"en", "correspondence"}} {
			lang := c.lang
			dot, err := UnitMapDOT(r, MapOptions{Lang: lang})
			if c.layer != "" {
				// a layer map draws the same shapes: its legend named none
				dot, err = LayerMapDOT(r, graph.Correspondence, MapOptions{Lang: lang})
			}
			if err != nil {
				t.Fatal(err)
			}
			s := strings.ReplaceAll(string(dot), `\l`, " ")
			for key, k := range map[string]graph.Kind{"viz.legendShape.square": graph.KindCoordinator, "viz.legendShape.diamond": graph.KindExternal} {
				drawn := false
				for _, x := range kinds {
					drawn = drawn || x == k
				}
				if got := strings.Contains(s, i18n.T(lang, key)); got != drawn {
					t.Errorf("%s %s, kinds %v: legend has %q: %v, want %v", lang, c.layer, kinds, i18n.T(lang, key), got, drawn)
				}
			}
			circle := i18n.T(lang, "viz.legendShape.circle")
			if want := strings.ToUpper(circle[:1]) + circle[1:]; !strings.Contains(s, want) {
				t.Errorf("%s %s, kinds %v: legend lacks %q", lang, c.layer, kinds, want)
			}
		}
	}
}

// TestWrapShort: the sector map writes a sector's name on up to two
// lines of 22 characters, the rest cut with "…". A province's names, all
// beginning "Urusan", had been cut to one line ("Urusan Pengelolaan Ke…").
func TestWrapShort(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"keuangan", []string{"keuangan"}},
		{"Urusan Pengelolaan Keuangan, Pendapatan dan Aset Daerah Kabupaten",
			[]string{"Urusan Pengelolaan", "Keuangan, Pendapatan…"}},
		{"Urusan Kesehatan Masyarakat", []string{"Urusan Kesehatan", "Masyarakat"}},
		{"Pemberdayaanperempuandananak dan lain", []string{"Pemberdayaanperempuan…", "dan lain"}},
		{"a bb Pemberdayaanperempuandananak", []string{"a bb", "Pemberdayaanperempuan…"}},
		{"", nil},
	} {
		got := wrapShort(c.s, 22, 2)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrapShort(%q) = %q, want %q", c.s, got, c.want)
		}
		for _, l := range got {
			if n := len([]rune(l)); n > 22 {
				t.Errorf("wrapShort(%q): line %q is %d runes", c.s, l, n)
			}
		}
	}
}

// TestClockwise numbers the ovals of a rendered overview clockwise from
// the top, whatever the order of the nodes: on a ring of four drawn
// left, bottom, right, top, the top comes first, then right, bottom and
// left (the svg's y grows downwards).
func TestClockwise(t *testing.T) {
	oval := func(s, x, y int) string {
		return fmt.Sprintf("<g id=\"node%d\" class=\"node\">\n<title>s%d</title>\n<ellipse fill=\"#e6edf5\" stroke=\"#404040\" cx=\"%d\" cy=\"%d\" rx=\"20\" ry=\"10\"/>\n</g>\n", s+1, s, x, y)
	}
	// with a tooltip, Graphviz puts the ellipse in a link
	top := strings.Replace(oval(0, 100, -200), "</title>\n", "</title>\n<g id=\"a_node1\"><a xlink:title=\"s0\">\n", 1)
	svg := oval(3, 0, -100) + oval(2, 100, 0) + oval(1, 200, -100) + top
	got := clockwise([]byte(svg), []int{3, 2, 1, 0})
	if want := []int{0, 1, 2, 3}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("clockwise order %v, want %v", got, want)
	}
	// the top oval a little left of the ovals' mean (circo's ring of 12
	// sectors numbered it 12, the one right of it 1) is still the first
	svg = oval(3, 0, -100) + oval(2, 100, 0) + oval(1, 200, -100) + oval(0, 92, -200)
	if got, want := clockwise([]byte(svg), []int{3, 2, 1, 0}), []int{0, 1, 2, 3}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("top oval 8 pt left of the centre: clockwise order %v, want %v", got, want)
	}
}

// TestLayerMapLegend: a layer map's title said only the layer's name, so
// a reader of the refused-requests layer could not tell whether an arrow
// points at the unit that refused or at the one refused, nor what the
// colours and sizes are. Each layer map now says, in the map's language,
// which way its arrows point (or, for meetings, that a line is no arrow)
// and what its colours and sizes are.
func TestLayerMapLegend(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	for _, lang := range []string{"id", "en"} {
		for _, tc := range []struct {
			layer graph.Layer
			key   string
			arrow bool
		}{
			{graph.Correspondence, "viz.layerLegend.correspondence", true},
			{graph.Meetings, "viz.layerLegend.meetings", false},
			{graph.DataSharing, "viz.layerLegend.dataSharing", true},
			{graph.DataDenied, "viz.layerLegend.dataDenied", true},
		} {
			dot, err := LayerMapDOT(r, tc.layer, MapOptions{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			title := strings.ReplaceAll(regexp.MustCompile(`(?s)label="(.*?)\\l"\];`).FindStringSubmatch(string(dot))[1], `\l`, " ")
			for _, key := range []string{tc.key, "viz.layerLegendNodes"} {
				if want := i18n.T(lang, key); !strings.Contains(title, want) {
					t.Errorf("%s, %s: the title lacks %q:\n%s", tc.layer, lang, want, title)
				}
			}
			arrow := map[string]string{"id": "Panah", "en": "Arrow"}[lang]
			if got := strings.Contains(strings.ToLower(title), strings.ToLower(arrow)); got != tc.arrow {
				t.Errorf("%s, %s: title speaks of arrows: %v, want %v", tc.layer, lang, got, tc.arrow)
			}
		}
	}
	if en, id := i18n.T("en", "viz.layerLegend.dataDenied"), i18n.T("id", "viz.layerLegend.dataDenied"); en == id {
		t.Error("the refusals legend is the same in both languages")
	}
}

// TestSectorOverviewNamesDistinct: on the sector overview, sector names
// that begin with the same words and are too long for an oval's two
// lines are written from the first word that sets each apart, so that no
// two ovals read the same. Before, a province's sectors ("Urusan
// Pemerintahan Wajib Pelayanan Dasar Bidang Kesehatan ...") were all cut
// to "Urusan Pemerintahan / Wajib Pelayanan Dasar…".
func TestSectorOverviewNamesDistinct(t *testing.T) {
	words := map[string]string{"alpha": "Kesehatan", "beta": "Pendidikan", "gamma": "Perhubungan", "koordinasi": "Perencanaan", "luar": "Pertanahan"}
	sectors := map[string]string{}
	for s, w := range words {
		sectors[s] = "Urusan Pemerintahan Wajib Pelayanan Dasar Bidang " + w + " dan Urusan Lain yang Terkait dengannya"
	}
	r := analyze(t, handUnits(nil, sectors))
	svg, err := SectorOverviewSVG(r, MapOptions{Study: "Provinsi Uji", MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	g := measureSVG(t, svg)
	seen := map[string]string{} // an oval's name lines -> its node
	for id, n := range g.nodes {
		var name []string
		for _, l := range n.labelLines() {
			if l.s != "SILO" && l.s != i18n.T("id", "viz.map.watchWord") && !strings.HasSuffix(l.s, " unit") {
				name = append(name, l.s)
			}
		}
		got := strings.Join(name, " ")
		if other, ok := seen[got]; ok {
			t.Errorf("ovals %s and %s both read %q", id, other, got)
		}
		seen[got] = id
		found := false
		for _, w := range words {
			found = found || strings.Contains(got, w)
		}
		if !found {
			t.Errorf("oval %s reads %q, which holds none of the words that set the sectors apart", id, got)
		}
	}
	if len(seen) != len(words) {
		t.Errorf("%d ovals, want %d", len(seen), len(words))
	}
}

// TestMapTooltipNumbersAsTheReportWrites: a map's tooltips wrote their
// figures with strconv's 'g': a betweenness of 0.00001 read "1e-05", a
// strength of 12,345.6 "1.235e+04", and a PageRank "0.02479" on an
// Indonesian map, whose decimal mark is a comma. They are now written as
// the report writes numbers (i18n.Significant, four digits).
func TestMapTooltipNumbersAsTheReportWrites(t *testing.T) {
	r, err := metrics.Analyze(krackhardtUnits(t), metrics.Options{Seed: 2, StabilityRuns: -1})
	if err != nil {
		t.Fatal(err)
	}
	r.Nodes[0].Betweenness, r.Nodes[0].Strength, r.Nodes[0].PageRank = 0.00001, 12345.6, 0.0247912
	for _, c := range []struct {
		lang, sizeBy, want string
	}{
		{"id", "betweenness", "0,00001"},
		{"en", "betweenness", "0.00001"},
		{"id", "strength", "12.346"},
		{"en", "strength", "12,346"},
		{"id", "pagerank", "0,02479"},
	} {
		dot, err := UnitMapDOT(r, MapOptions{Lang: c.lang, SizeBy: c.sizeBy, MaxNodes: -1})
		if err != nil {
			t.Fatal(err)
		}
		tip := regexp.MustCompile(`tooltip="M01 [^"]*"`).FindString(string(dot))
		if want := metricLabel(c.sizeBy, c.lang) + ": " + c.want + `"`; !strings.HasSuffix(tip, want) {
			t.Errorf("%s, %s: M01's tooltip %s, want it to end %q", c.lang, c.sizeBy, tip, want)
		}
		if m := regexp.MustCompile(`tooltip="[^"]*[0-9]e[-+][0-9]`).FindString(string(dot)); m != "" {
			t.Errorf("%s, %s: a tooltip in exponent notation: %s", c.lang, c.sizeBy, m)
		}
	}
}

// TestSectorOverviewNamesWithheldOval: at person level the sectors
// withheld for privacy are drawn as one oval, "*" (374 of 597 people on
// a quarter of the kabupaten with --min-group 60), which the map's key
// did not name. The key now says what it is; with none withheld it says
// nothing of it.
func TestSectorOverviewNamesWithheldOval(t *testing.T) {
	for _, protect := range []bool{false, true} {
		n := handPeople()
		for i := range n.Nodes { // sector sA of units U1, U2; sB of U3
			n.Nodes[i].Sector = map[string]string{"U1": "sA", "U2": "sA", "U3": "sB"}[n.Nodes[i].Unit]
		}
		r := analyze(t, n)
		if protect {
			if _, err := people.Protect(r, 6); err != nil {
				t.Fatal(err)
			}
		}
		for _, lang := range []string{"id", "en"} {
			dot, err := SectorOverviewDOT(r, MapOptions{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			key := i18n.T(lang, "viz.overview.withheld")
			if got := strings.Contains(string(dot), key); got != protect {
				t.Errorf("%s, withheld %v: the key names the withheld oval: %v", lang, protect, got)
			}
		}
	}
}

// TestSectorOverviewTiesClearOvals: the overview's ties were straight
// chords of its circle, and a chord between the two neighbours of a
// sector ran along (or through) that sector's oval: on the provinsi
// preset (--seed 77 --scale 0.3 --forums) the thick pendidikan–kesehatan
// tie lay on the lower edge of the SILO sosial oval, as if sosial were
// tied to both. Now the ties are drawn after the ovals are placed, a tie
// that would pass within bowMargin of an oval not its own bowed around
// it (as on the unit maps): no tie comes that close to an oval but its
// ends', and the same DOT draws the same SVG.
func TestSectorOverviewTiesClearOvals(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out 8 overviews")
	}
	for _, n := range []int{8, 12, 20, MaxOverviewSectors} {
		for seed := uint64(1); seed <= 2; seed++ {
			r, err := metrics.Analyze(sectorTree(n, seed, true), metrics.Options{Seed: 1, Permutations: 99, StabilityRuns: -1})
			if err != nil {
				t.Fatal(err)
			}
			dot, err := SectorOverviewDOT(r, MapOptions{Study: "uji"})
			if err != nil {
				t.Fatal(err)
			}
			svg, err := Render(dot, FormatSVG, "")
			if err != nil {
				t.Fatal(err)
			}
			g := measureSVG(t, svg)
			ties, _ := mapLines(t, svg)
			if len(ties) < n-1 {
				t.Fatalf("%d sectors: %d ties drawn", n, len(ties))
			}
			for _, e := range ties {
				for id, o := range g.nodes {
					if id == e.a || id == e.b {
						continue
					}
					// the path's points and 20 between each two
					for i := 1; i < len(e.pts); i++ {
						p, q := e.pts[i-1], e.pts[i]
						hit := false
						for k := 0; k <= 20 && !hit; k++ {
							f := float64(k) / 20
							x, y := p[0]+f*(q[0]-p[0])-o.cx, p[1]+f*(q[1]-p[1])-o.cy
							rx, ry := o.rx+bowMargin, o.ry+bowMargin
							hit = x*x/(rx*rx)+y*y/(ry*ry) < 1
						}
						if hit {
							t.Errorf("%d sectors, seed %d: tie %s--%s passes within %.0f pt of oval %s", n, seed, e.a, e.b, bowMargin, id)
							break
						}
					}
				}
			}
			again, err := Render(dot, FormatSVG, "")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, svg) {
				t.Errorf("%d sectors, seed %d: the same DOT drew another SVG", n, seed)
			}
		}
	}
}
