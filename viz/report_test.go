package viz

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html"
	"html/template"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/metrics/silo"
)

func TestMixingMatrix(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	m := MixingMatrix(r)
	// Sectors sorted: alpha, beta, gamma, koordinasi, luar. Hand sums from
	// handUnits: alpha keeps 60 inside and sends 1 to koordinasi (A1-K)
	// and 1 to beta (A2-B3 granted): 60/62.
	for _, tc := range []struct {
		a, b int
		want float64
	}{
		{0, 0, 60.0 / 62}, {0, 1, 1.0 / 62}, {0, 3, 1.0 / 62}, {0, 2, 0},
		// beta: inside B1-B2 2, B2-B3 2 = 4; to gamma B1-C1 2 + B3-C1 2 = 4;
		// to koordinasi B1-K 3 + B3-K 2 = 5; to luar 1; to alpha 1: 15.
		{1, 1, 4.0 / 15}, {1, 2, 4.0 / 15}, {1, 3, 5.0 / 15}, {1, 4, 1.0 / 15}, {1, 0, 1.0 / 15},
		{4, 1, 1}, // luar: all of X's weight goes to beta
	} {
		if got := m.Share[tc.a][tc.b]; math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("share[%s][%s]: got %v, want %v", m.Sectors[tc.a], m.Sectors[tc.b], got, tc.want)
		}
	}
	// The diagonal is the "stays inside" share of silos.csv: (1-E-I)/2.
	for _, g := range r.Groups {
		if g.Type != metrics.GroupSector {
			continue
		}
		for a, s := range m.Sectors {
			if s == g.Name && !math.IsNaN(g.EIIndex) {
				if got, want := m.Share[a][a], (1-g.EIIndex)/2; math.Abs(got-want) > 1e-12 {
					t.Errorf("%s diagonal: got %v, want (1-EI)/2 = %v", s, got, want)
				}
			}
		}
	}
	for a := range m.Share {
		sum := 0.0
		for _, x := range m.Share[a] {
			sum += x
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Errorf("row %s sums to %v", m.Sectors[a], sum)
		}
	}
}

func TestHeatmapSVG(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	doc := parseSVG(t, MixingHeatmapSVG(r, "id"))
	all := strings.Join(doc.texts, "\n")
	for _, want := range []string{"■ alpha", "97", "Matriks pencampuran sektor"} {
		if !strings.Contains(all, want) {
			t.Errorf("heatmap lacks %q", want)
		}
	}
}

// TestHeatmapNoteSilosByTest: the heatmap's note says which mark is a
// silo, and that it is the test's verdict, not any dark diagonal. It said
// "Diagonal tebal = sektor bekerja sendiri (silo)": a sector on the watch
// list, or any sector that keeps much of its weight inside by chance,
// read as a silo under the heading that defines one by a test.
func TestHeatmapNoteSilosByTest(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	for lang, test := range map[string]string{"id": "uji", "en": "test"} {
		doc := parseSVG(t, MixingHeatmapSVG(r, lang))
		var note []string
		for _, s := range doc.texts {
			if !strings.HasPrefix(s, "■ ") {
				note = append(note, s)
			}
		}
		all := strings.Join(note, " ")
		if !strings.Contains(all, "■") || !strings.Contains(all, test) {
			t.Errorf("%s: the note does not say that ■ marks a silo by the %s:\n%s", lang, test, all)
		}
	}
}

// hostileResult is the hand network with hostile unit and sector names.
func hostileResult(t *testing.T) (*metrics.Result, []string) {
	names := map[string]string{}
	ids := []string{"A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2", "K", "X"}
	var used []string
	for i, id := range ids {
		names[id] = hostile[i%len(hostile)]
		used = append(used, names[id])
	}
	sectors := map[string]string{"alpha": `<script>alert("s")</script>`, "beta": "Sektor\nbaris & \"kutip\"", "gamma": `=HYPERLINK("http://x","y")`}
	for _, s := range sectors {
		used = append(used, s)
	}
	return analyze(t, handUnits(names, sectors)), used
}

// TestHostileNames checks that every hostile name survives as text: in
// the DOT (Graphviz reads it), in the map SVG (tooltips hold the names
// literally, cluster labels the sectors), in the heatmap and in the HTML
// report (escaped; no markup from a name).
func TestHostileNames(t *testing.T) {
	r, used := hostileResult(t)
	dot, err := UnitMapDOT(r, MapOptions{Study: `Studi <b>"x"</b>`, MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	svg, err := Render(dot, FormatSVG, "")
	if err != nil {
		t.Fatalf("graphviz rejects the DOT of hostile names: %v", err)
	}
	doc := parseSVG(t, svg)
	if len(doc.nodes) != 10 {
		t.Errorf("map has %d nodes, want 10", len(doc.nodes))
	}
	tips := strings.Join(doc.tooltips, "\n")
	for i := range r.Net.Nodes {
		nd := &r.Net.Nodes[i]
		if !strings.Contains(tips, nd.ID+" — "+nd.Name+"\n") {
			t.Errorf("no tooltip shows %q literally", nd.Name)
		}
	}
	texts := strings.Join(doc.texts, "\n")
	for _, s := range []string{`<script>alert("s")</script>`, `=HYPERLINK("http://x","y")`, `Studi <b>"x"</b>`} {
		if !strings.Contains(texts, s) {
			t.Errorf("map text lacks %q", s)
		}
	}
	if _, err := inlineSVG(svg); err != nil {
		t.Errorf("map SVG not accepted for inlining: %v", err)
	}
	heat := parseSVG(t, MixingHeatmapSVG(r, "en"))
	if !strings.Contains(strings.Join(heat.texts, "\n"), `<script>alert("s")</script>`) {
		t.Errorf("heatmap lacks the hostile sector name")
	}

	var buf bytes.Buffer
	if err := WriteReport(&buf, ReportData{Result: r, Study: `Studi <b>"x"</b>`, Window: "2025", Version: "test", NoLayerMaps: true}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("%d <script elements, want only the report's own", n)
	}
	for _, bad := range []string{"<img", "<b>"} {
		if strings.Contains(page, bad) {
			t.Errorf("report holds raw %q", bad)
		}
	}
	text := html.UnescapeString(page)
	for _, s := range used {
		if !strings.Contains(text, s) {
			t.Errorf("report does not show %q", s)
		}
	}
}

func TestWriteReport(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"id", []string{`<html lang="id">`, "Organisasi ini", "Silo: 1 dari 3 sektor yang dinilai", "jembatan informal", "koordinator formal", "Hambatan berbagi data"}},
		{"en", []string{`<html lang="en">`, "This organisation is", "Silos: 1 of 3 sectors judged", "informal bridge", "formal coordinator", "Data-sharing friction"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			var buf bytes.Buffer
			data := ReportData{Result: r, Lang: tc.lang, Study: "Uji", Window: "2025", Version: "test", Seed: 7,
				Inputs: []Input{{Table: "units", File: "units.csv", Rows: 10, SHA256: "abc"}}}
			if err := WriteReport(&buf, data); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			// every silo shows the sentence of silos.csv, which i18n makes:
			// in the detail, and in the briefing's box, which names the
			// group just before it, without the name
			want := append(tc.want, "units.csv", ">7<")
			for _, i := range r.Silos {
				want = append(want, " — "+html.EscapeString(i18n.SiloReason(tc.lang, r.Groups[i], r.Options.Thresholds()))+"</span>",
					"<span>"+html.EscapeString(i18n.SiloReasonUnnamed(tc.lang, r.Groups[i], r.Options.Thresholds()))+"</span>")
			}
			for _, w := range want {
				if !strings.Contains(page, w) {
					t.Errorf("report lacks %q", w)
				}
			}
			// No request leaves the file: no src/href to anything but
			// in-page anchors, and the policy forbids the rest.
			for _, bad := range []string{"src=", `href="http`, "@import", "url("} {
				if strings.Contains(page, bad) {
					t.Errorf("report holds %q", bad)
				}
			}
			js, _ := templates.ReadFile("templates/report.js")
			h := sha256.Sum256(js)
			if !strings.Contains(html.UnescapeString(page), "script-src 'sha256-"+base64.StdEncoding.EncodeToString(h[:])+"'") {
				t.Errorf("CSP does not allow the report's script by hash")
			}
			if !strings.Contains(page, "<script>"+string(js)+"</script>") {
				t.Errorf("the script is not inlined byte for byte (the CSP hash would not match)")
			}
			// The verdict column writes its words alike: "silo" beside
			// "pantau", not "SILO" beside "pantau".
			for _, m := range regexp.MustCompile(`<tr class="is-(silo|watch)">.*<td>([^<]*)</td></tr>`).FindAllStringSubmatch(page, -1) {
				if m[2] != strings.ToLower(m[2]) {
					t.Errorf("verdict cell %q is not written like the others (lower case)", m[2])
				}
			}
			var again bytes.Buffer
			if err := WriteReport(&again, data); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Errorf("two reports of the same data differ")
			}
		})
	}
}

func TestInlineSVG(t *testing.T) {
	for _, tc := range []struct {
		name, svg string
		ok        bool
	}{
		{"plain", `<?xml version="1.0"?><!DOCTYPE svg><!-- c --><svg><g><text>a &lt;b&gt;</text></g></svg>`, true},
		{"script", `<svg><script>alert(1)</script></svg>`, false},
		{"handler", `<svg><g onload="alert(1)"></g></svg>`, false},
		{"link", `<svg><a href="http://x"><text>x</text></a></svg>`, false},
		{"foreign", `<svg><foreignObject><div/></foreignObject></svg>`, false},
		{"broken", `<svg><g></svg>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := inlineSVG([]byte(tc.svg))
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok %v", err, tc.ok)
			}
			if tc.ok && (strings.Contains(string(got), "<?xml") || strings.Contains(string(got), "DOCTYPE") || strings.Contains(string(got), "<!--")) {
				t.Errorf("prolog kept: %s", got)
			}
		})
	}
}

// TestReportRoleNames: the report names the Guimerà-Amaral roles (R1-R7)
// and the Gould-Fernandez brokerage roles in the report's language and
// explains each, and the brokerage column says it sums the five roles,
// naming the largest with its own count (it once showed the sum labelled
// with the largest role's English name alone).
func TestReportRoleNames(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	english := []string{"ultra-peripheral", "peripheral", "non-hub", "kinless", "provincial hub", "connector hub",
		"coordinator", "itinerant", "representative", "gatekeeper", "liaison"}
	for _, tc := range []struct {
		lang    string
		foreign []string // words that must not appear on the page
		want    []string
	}{
		{"id", english, []string{"Perantaraan G-F (jumlah 5 peran)", "pinggiran", "penjaga gerbang", "perantara keliling",
			"sangat pinggiran (partisipasi", "pusat menyeluruh (di atas", "peran perantara terbanyak: "}},
		{"en", nil, []string{"G-F brokerage (sum of 5 roles)", "peripheral", "gatekeeper", "itinerant",
			"ultra-peripheral (participation", "kinless hub (above", "top broker role: "}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: tc.lang, Study: "Uji"}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			low := strings.ToLower(page)
			for _, w := range tc.foreign {
				if strings.Contains(low, w) {
					t.Errorf("%s report holds the English %q", tc.lang, w)
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("%s report lacks %q", tc.lang, w)
				}
			}
			// The tie count is of undirected ties (the terminal counts
			// directed ones, twice as many).
			if want := "<dt>" + i18n.T(tc.lang, "viz.fig.ties") + "</dt>"; !strings.Contains(page, want) || !strings.Contains(want, map[string]string{"id": "tak berarah", "en": "undirected"}[tc.lang]) {
				t.Errorf("%s report does not label its tie count as undirected (%q)", tc.lang, want)
			}
			// The roles' codes R1–R7 of units.csv are not shown: the
			// recommendation rules are R1–R7 too.
			if m := regexp.MustCompile(`\(R[1-7]\)|R[1-7] (sangat|pinggiran|penghubung|pusat|ultra|peripheral|non-hub|provincial|connector|kinless)`).FindString(page); m != "" {
				t.Errorf("%s report shows a Guimerà-Amaral role by its code: %q", tc.lang, m)
			}
			// Each broker's cell: the sum of the five counts, then the
			// largest role with its own count.
			names := map[string]string{"coordinator": i18n.T(tc.lang, "viz.gf.coordinator"), "itinerant": i18n.T(tc.lang, "viz.gf.itinerant"),
				"representative": i18n.T(tc.lang, "viz.gf.representative"), "gatekeeper": i18n.T(tc.lang, "viz.gf.gatekeeper"),
				"liaison": i18n.T(tc.lang, "viz.gf.liaison")}
			checked := 0
			for i := range r.Nodes {
				m := &r.Nodes[i]
				counts := []struct {
					k string
					c int64
				}{{"coordinator", m.Coordinator}, {"itinerant", m.Itinerant}, {"representative", m.Representative}, {"gatekeeper", m.Gatekeeper}, {"liaison", m.Liaison}}
				sum, best := int64(0), 0
				for j, c := range counts {
					sum += c.c
					if c.c > counts[best].c {
						best = j
					}
				}
				if sum == 0 || !(m.Betweenness > 0) {
					continue
				}
				want := fmt.Sprintf(i18n.T(tc.lang, "viz.gfCell"), strconv.FormatInt(sum, 10), names[counts[best].k], strconv.FormatInt(counts[best].c, 10))
				if !strings.Contains(page, ">"+html.EscapeString(want)+"<") {
					t.Errorf("%s: brokerage cell %q not on the page", r.Net.Nodes[i].ID, want)
				}
				checked++
			}
			if checked == 0 {
				t.Fatal("no broker with brokerage counts: the test checks nothing")
			}
		})
	}
}

// TestReportSkipsEmptyLayers: a layer with no tie gets no map in the
// report; a sentence says why, naming the missing table when the study
// had none. handUnits has correspondence and data sharing (with denials)
// but no meetings.
func TestReportSkipsEmptyLayers(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	for _, tc := range []struct {
		name   string
		inputs []Input
		want   string // the sentence about meetings
	}{
		{"no meetings table", []Input{{Table: "units"}, {Table: "correspondence"}, {Table: "data_sharing"}},
			fmt.Sprintf(i18n.T("id", "viz.layerSkipped.absent"), i18n.T("id", "viz.layer.meetings"), "meetings")},
		{"meetings table without a meeting", []Input{{Table: "units"}, {Table: "correspondence"}, {Table: "meetings"}, {Table: "data_sharing"}},
			fmt.Sprintf(i18n.T("id", "viz.layerSkipped.empty"), i18n.T("id", "viz.layer.meetings"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: "id", Inputs: tc.inputs}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			var captions []string
			for _, m := range regexp.MustCompile(`<figcaption>([^<]*)</figcaption>`).FindAllStringSubmatch(page, -1) {
				captions = append(captions, m[1])
			}
			got := strings.Join(captions, "|")
			want := strings.Join([]string{i18n.T("id", "viz.layer.correspondence"), i18n.T("id", "viz.layer.dataSharing"), i18n.T("id", "viz.layer.dataDenied")}, "|")
			if !strings.Contains(got, want) || strings.Contains(got, i18n.T("id", "viz.layer.meetings")) {
				t.Errorf("layer maps: got %q, want %q and no meetings map", got, want)
			}
			if !strings.Contains(page, html.EscapeString(tc.want)) {
				t.Errorf("report lacks %q", tc.want)
			}
		})
	}
}

// TestReportNoBrokers: when no node lies between two others (a study of
// one or two units), the top brokers section says so in a sentence
// instead of showing an empty table.
func TestReportNoBrokers(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n     int
		empty bool
	}{
		{"1 unit", 1, true},
		{"2 units", 2, true},
		{"3 units in a chain", 3, false},
	} {
		for _, lang := range []string{"id", "en"} {
			t.Run(tc.name+" "+lang, func(t *testing.T) {
				var buf bytes.Buffer
				if err := WriteReport(&buf, ReportData{Result: analyze(t, small(tc.n, false)), Lang: lang}); err != nil {
					t.Fatal(err)
				}
				page := buf.String()
				sec := page[strings.Index(page, `<section id="perantara">`):]
				sec = sec[:strings.Index(sec, "</section>")]
				table := strings.Contains(sec, `id="brokers"`)
				sentence := strings.Contains(sec, html.EscapeString(i18n.T(lang, "viz.noBrokers")))
				if got, want := [2]bool{table, sentence}, [2]bool{!tc.empty, tc.empty}; got != want {
					t.Errorf("brokers table %v, sentence %v; want %v, %v", table, sentence, want[0], want[1])
				}
			})
		}
	}
}

// TestPCell: a p-value below 0.001 shows as "< 0,001", never "0,000".
func TestPCell(t *testing.T) {
	if got := pCell(0.000227, "id").Text; got != "< 0,001" {
		t.Errorf("pCell(0.000227) = %q", got)
	}
	if got := pCell(0.0123, "en").Text; got != "0.012" {
		t.Errorf("pCell(0.0123) = %q", got)
	}
}

// handReportPage is the Indonesian report of data, of the hand units'
// analysis when data has no Result.
func handReportPage(t *testing.T, data ReportData) string {
	t.Helper()
	if data.Result == nil {
		data.Result = analyze(t, handUnits(nil, nil))
	}
	data.Lang = "id"
	var buf bytes.Buffer
	if err := WriteReport(&buf, data); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestReportMapsPrintLandscape: the maps are wider than tall, so on paper
// the network map's section and the layer maps (with their heading) each
// get a landscape A4 page (CSS named page "wide"); printed in portrait the
// units' labels came out about 3 pt high.
func TestReportMapsPrintLandscape(t *testing.T) {
	page := handReportPage(t, ReportData{Inputs: []Input{{Table: "units"}, {Table: "correspondence"}}})
	for _, want := range []string{"@page wide { size: A4 landscape;", "section#peta, section#peta .layers-block { page: wide; }"} {
		if !strings.Contains(page, want) {
			t.Errorf("report's style lacks %q", want)
		}
	}
	if !regexp.MustCompile(`<div class="layers-block(?: tall)?(?: split)?"><h3>[^<]+</h3>(?s:.*?)<div class="layers">\s*<figure(?: class="tall")?>`).MatchString(page) {
		t.Error("the layer maps and their heading are not in one layers-block")
	}
}

// TestReportMapsFitPage: in print every map keeps its aspect ratio inside
// the page box, and a map taller than wide prints on a portrait page. The
// provinsi map (taller than wide) came out a third of a landscape page
// wide, and the right-hand layer maps of a kabupaten were cut at the page
// margin (review of the report, defect 4).
func TestReportMapsFitPage(t *testing.T) {
	for _, tc := range []struct {
		svg  string
		tall bool
	}{
		{`<svg width="800pt" height="400pt" viewBox="0.00 0.00 800.00 400.00">`, false},
		{`<svg width="400pt" height="900pt" viewBox="0.00 0.00 400.00 900.00">`, true},
		{`<svg width="400pt" height="400pt" viewBox="0 0 400 400">`, false},
		{`<svg width="400pt" height="900pt">`, false}, // no viewBox: as before
	} {
		if got := tallSVG([]byte(tc.svg)); got != tc.tall {
			t.Errorf("tallSVG(%s) = %v, want %v", tc.svg, got, tc.tall)
		}
	}
	tall := []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="300pt" height="900pt" viewBox="0.00 0.00 300.00 900.00"><g></g></svg>`)
	page := handReportPage(t, ReportData{MapSVG: tall})
	if !strings.Contains(page, `<section id="peta" class="tall">`) {
		t.Error("a map taller than wide does not ask for a portrait page")
	}
	wide := []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="900pt" height="300pt" viewBox="0.00 0.00 900.00 300.00"><g></g></svg>`)
	if page := handReportPage(t, ReportData{MapSVG: wide}); strings.Contains(page, `<section id="peta" class="tall">`) {
		t.Error("a map wider than tall asks for a portrait page")
	}
	print := page[strings.Index(page, "@media print"):]
	for _, want := range []string{
		"@page tall { size: A4 portrait;",
		"section#peta.tall, section#peta .layers-block.tall { page: tall; }",
		".map svg { width: auto; height: auto; max-width: 100%; max-height: 165mm;",
		".layers { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);",
		".layers figure svg { width: auto; height: auto; max-width: 100%;",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("report's style lacks %q", want)
		}
	}
	if regexp.MustCompile(`\.map svg \{[^}]*[{ ;]width: 100%`).MatchString(print) {
		t.Error("in print the map is stretched to the page width whatever its height")
	}
}

// TestReportHintsPrint: the notes under the tables (the role legend, the
// Gould-Fernandez legend, the circulars left out), which the method page
// points to, print; the sorting hint, for the screen only, does not.
func TestReportHintsPrint(t *testing.T) {
	page := handReportPage(t, ReportData{Inputs: []Input{{Table: "units"}, {Table: "correspondence"}}})
	print := page[strings.Index(page, "@media print"):]
	if hidden := regexp.MustCompile(`\n\s*([^{}\n]*)\{\s*display:\s*none`).FindAllStringSubmatch(print, -1); len(hidden) == 0 {
		t.Fatal("no print rule hides anything: the style changed, update the test")
	} else {
		for _, h := range hidden {
			if regexp.MustCompile(`\.hint\b`).MatchString(h[1]) {
				t.Errorf("print hides the notes: %q", h[1])
			}
		}
	}
	if !strings.Contains(page, `<p class="hint screen-only">`+html.EscapeString(i18n.T("id", "viz.sortHint"))+`</p>`) {
		t.Error("the sorting hint is not screen-only")
	}
	if !strings.Contains(page, `<p class="hint">`+html.EscapeString(i18n.T("id", "viz.rolesNote"))) {
		t.Error("the role legend is not a printed note")
	}
}

// printedHTML is page without the elements hidden in print (class
// screen-only), which the report only puts on div, span and p elements
// without nesting one of the same kind inside.
func printedHTML(page string) string {
	return regexp.MustCompile(`(?s)<(div|span|p) class="[^"]*\bscreen-only\b[^"]*">.*?</(div|span|p)>`).ReplaceAllString(page, "")
}

// TestReportCardsPrintNoDash: the summary's silo and watch cards give
// their reason on screen only; the dash that leads to it goes with it, so
// the printed card does not read "kewilayahan (sektor) —" followed by the
// member list (review of the report, defect 3).
func TestReportCardsPrintNoDash(t *testing.T) {
	page := handReportPage(t, ReportData{})
	summary := page[strings.Index(page, `<section id="ringkasan">`):strings.Index(page, `<section id="campuran">`)]
	if !strings.Contains(summary, `class="silo"`) {
		t.Fatal("the hand study has no silo card; the test needs one")
	}
	printed := printedHTML(summary)
	for _, card := range regexp.MustCompile(`<div class="(?:silo|watch)">.*?<div class="members">`).FindAllString(printed, -1) {
		if strings.Contains(card, "—") {
			t.Errorf("printed card has a dash with nothing after it: %q", card)
		}
	}
	if !strings.Contains(summary, `<span class="screen-only"> — `) {
		t.Error("the card's reason is no longer on screen after a dash")
	}
}

// analyzeOnly are the files that sekat analyze writes and sekat report on
// a study does not (it writes report.html, map.svg, map.dot and
// briefing.json).
var analyzeOnly = regexp.MustCompile(`\b(units|people|groups|silos|edges|rejects)\.csv\b|\bsummary\.json\b`)

// TestReportPrintPointers: a note of the printed report points only at
// what its reader has. The briefing said "all forums are listed under
// Tables" while that table is screen-only, and the note under the cut
// unit table sent the reader to units.csv, which sekat report on a study
// does not write (review of the report, defect 1). Every printed
// paragraph that names an output file of sekat analyze now names the
// command, and a pointer to a table that is not printed says it is on
// screen, in report.html.
func TestReportPrintPointers(t *testing.T) {
	// 66 units in 3 sectors on a ring: more rows than the print keeps
	var nodes []graph.Node
	var edges []graph.Edge
	for i := range 66 {
		nodes = append(nodes, graph.Node{ID: fmt.Sprintf("U%02d", i), Name: fmt.Sprintf("Unit %d", i), Sector: fmt.Sprintf("s%d", i%3), Unit: fmt.Sprintf("U%02d", i)})
		e := graph.Edge{From: int32(i), To: int32((i + 1) % 66), Weight: 1}
		e.Layers[graph.Correspondence] = 1
		edges = append(edges, e)
	}
	r := analyze(t, graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{}))
	var forums []coord.Forum
	for i := range briefForums + 2 {
		forums = append(forums, coord.Forum{Organizer: int32(i), Title: fmt.Sprintf("Rakor %d", i), Meetings: 3, Judged: 3, Units: []int32{0, 1}, Pairs: 1, Verdict: coord.Active})
	}
	b := Briefing{HasEvents: true, Units: nodes, Forums: forums}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Brief: b, Rejected: 3, Warnings: []string{"w"}}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			printed := html.UnescapeString(printedHTML(page))
			more := i18n.ForumsMore(lang, briefForums, len(forums), [4]int{1: 2}, coord.DefaultMinMeetings)
			if !strings.Contains(printed, more) {
				t.Fatalf("the printed briefing lacks %q", more)
			}
			if !strings.Contains(printed, `id="forums"`) && !strings.Contains(more, "report.html") {
				t.Errorf("the print points to a forum table it does not hold: %q", more)
			}
			cut := i18n.T(lang, "viz.printCut", printRows, i18n.Int(lang, int64(len(nodes))), "units.csv")
			if !strings.Contains(printed, cut) {
				t.Fatalf("the printed report lacks the cut note %q", cut)
			}
			n := 0
			for _, p := range regexp.MustCompile(`(?s)<p\b[^>]*>(.*?)</p>`).FindAllStringSubmatch(printed, -1) {
				if analyzeOnly.MatchString(p[1]) {
					n++
					if !strings.Contains(p[1], "sekat analyze") {
						t.Errorf("printed note names a file of sekat analyze without the command: %q", p[1])
					}
				}
			}
			if n < 2 { // the cut note and the rejects note
				t.Errorf("%d printed notes name an output file; the test expects the cut note and the rejects note", n)
			}
			for _, key := range []string{"brief.groupsMore", "viz.warningsNote", "viz.note.unitNodes"} {
				if s := i18n.T(lang, key); analyzeOnly.MatchString(s) && !strings.Contains(s, "sekat analyze") {
					t.Errorf("%s names a file of sekat analyze without the command: %q", key, s)
				}
			}
		})
	}
}

// TestReportBridgeOrInSector: a top broker that is no coordinator is an
// informal bridge only when its sector participation is at least the mean
// that sector-blind mixing gives it; below by at most two standard
// deviations it is near chance, further below its ties are concentrated.
// Before, every such unit was an informal bridge, units inside a silo with
// participation 0.13 too (review r1 of session 15).
func TestReportBridgeOrInSector(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	sector := make([]int32, len(r.Net.Nodes))
	for i, nd := range r.Net.Nodes {
		sector[i] = int32(slices.Index(r.Sectors, nd.Sector))
	}
	mean, sd, err := silo.ChanceParticipation(r.Undirected(), sector)
	if err != nil {
		t.Fatal(err)
	}
	page := handReportPage(t, ReportData{Result: r, Study: "Uji"})
	table := page[strings.Index(page, `id="brokers"`):]
	table = table[:strings.Index(table, "</table>")]
	rows := regexp.MustCompile(`<tr><td>([^<]*)</td><td class="name">[^<]*</td><td class="name">[^<]*</td><td( class="[a-z]+")?>([^<]*)</td>`).FindAllStringSubmatch(table, -1)
	seen := map[string]bool{}
	for _, row := range rows {
		i := slices.IndexFunc(r.Net.Nodes, func(n graph.Node) bool { return n.ID == row[1] })
		if i < 0 {
			t.Fatalf("broker %s is no node", row[1])
		}
		nd, p := r.Net.Nodes[i], r.Nodes[i].ParticipationSector
		want := i18n.T("id", "viz.informalBroker")
		switch {
		case nd.UnitKind == graph.KindCoordinator:
			want = i18n.T("id", "viz.formalBroker")
		case nd.UnitKind == graph.KindExternal:
			continue
		case p >= mean[i]:
		case p >= mean[i]-2*sd[i]:
			want = i18n.T("id", "viz.nearChanceBroker")
		default:
			want = i18n.T("id", "viz.inSectorBroker")
		}
		seen[want] = true
		if row[3] != want {
			t.Errorf("broker %s (participation %.2f): role %q, want %q", row[1], p, row[3], want)
		}
	}
	if len(rows) == 0 {
		t.Fatal("no broker row found: the test checks nothing")
	}
	t.Logf("roles seen: %v", seen)
}

// TestPageNumbersGrouped: numbers on the pages group thousands in the
// reader's marks (a facilitator's weight read "3455", a sector's weight
// outside "6825,6").
func TestPageNumbersGrouped(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{fmtFloat(12345.67, 1, "id"), "12.345,7"},
		{fmtFloat(12345.67, 1, "en"), "12,345.7"},
		{fmtFloat(-0.0004, 3, "id"), "0,000"},
		{fmtWeight(6825.6, "id"), "6.825,6"},
		{fmtWeight(9249, "en"), "9,249"},
		{fmtWeight(9249.04, "id"), "9.249"},
		{fmtWeight(0.5, "id"), "0,5"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestFrictionTableSaysItIsCut: the data-sharing friction table shows the
// sector pairs with the most refusals and, when there are more, says how
// many it shows of how many and where all are. On sekat generate --seed
// 8401 --scale 0.2 --pilot it showed 15 of 104 pairs under "138 of 645
// decided cross-sector data requests were refused", without a word that
// the rows do not add up to that.
func TestFrictionTableSaysItIsCut(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	for _, n := range []int{maxFrictionRows, maxFrictionRows + 5} {
		r.Friction = nil
		for i := range n {
			r.Friction = append(r.Friction, metrics.Friction{Provider: "p" + strconv.Itoa(i), Consumer: "c", Requests: 4, Denied: 1, DenialRate: 0.25},
				metrics.Friction{Provider: "c", Consumer: "c", Requests: 9, Denied: 9, DenialRate: 1}) // within a sector: not a pair of the table
		}
		for _, lang := range []string{"id", "en"} {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			note := i18n.T(lang, "viz.frictionMore", i18n.Int(lang, maxFrictionRows), i18n.Int(lang, int64(n)))
			if got, want := strings.Contains(page, note), n > maxFrictionRows; got != want {
				t.Errorf("%s, %d sector pairs: the note %q shown %v, want %v", lang, n, note, got, want)
			}
		}
	}
}

// TestReportBrokerLabelFromParticipationOnly: a unit that sends 8 of its
// 9 ties to one other sector has sector participation 0.20, far below the
// 0.44 that sector-blind mixing gives it, so it is no informal bridge; but
// the page called such a unit a "broker within its sector" with "most of
// its ties inside its own sector", which participation does not show. The
// label and the sentence say only that its ties are concentrated.
func TestReportBrokerLabelFromParticipationOnly(t *testing.T) {
	var nodes []graph.Node
	for _, id := range []string{"A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"} {
		nodes = append(nodes, graph.Node{ID: id, Name: "Unit " + id, Sector: map[byte]string{'A': "alpha", 'B': "beta"}[id[0]], Unit: id})
	}
	arc := func(a, b int32, w float64) graph.Edge {
		e := graph.Edge{From: a, To: b, Weight: w}
		e.Layers[graph.Correspondence] = w
		return e
	}
	// A1: 1 to A2 inside alpha, 1 to each of B1..B8; A2-A3-A4 a triangle
	// of weight 3; B1..B8 a ring of weight 1
	edges := []graph.Edge{arc(0, 1, 1), arc(1, 2, 3), arc(2, 3, 3), arc(3, 1, 3)}
	for i := int32(4); i < 12; i++ {
		edges = append(edges, arc(0, i, 1), arc(i, 4+(i-3)%8, 1))
	}
	r := analyze(t, graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{}))
	mean, sd := chanceParticipation(r)
	if p := r.Nodes[0].ParticipationSector; !(p < mean[0]-2*sd[0]) {
		t.Fatalf("A1's participation %.2f, want below %.2f - 2 x %.2f", p, mean[0], sd[0])
	}
	claims := map[string][]string{"en": {"within its sector", "inside its own sector"}, "id": {"di dalam sektor", "di dalam sektornya sendiri"}}
	for _, lang := range []string{"id", "en"} {
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Study: "Uji"}); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		i := strings.Index(page, `id="brokers"`)
		if i < 0 {
			t.Fatalf("%s: no brokers table", lang)
		}
		row := page[i:]
		row = row[strings.Index(row, "<tr><td>A1</td>"):]
		row = row[:strings.Index(row, "</tr>")]
		intro := i18n.T(lang, "viz.brokersIntro")
		for _, c := range claims[lang] {
			if strings.Contains(row, c) || strings.Contains(intro, c) {
				t.Errorf("%s: A1, 1 of 9 ties inside its sector, is said to be %q", lang, c)
			}
		}
		if !strings.Contains(row, i18n.T(lang, "viz.inSectorBroker")) {
			t.Errorf("%s: A1's row lacks the low-participation label: %s", lang, row)
		}
	}
}

// TestPrintedLabelPt: the size on paper of a drawing's smallest text is
// its font size times the drawing's own scale times the shrinking into
// the page's box, worked out by hand here.
func TestPrintedLabelPt(t *testing.T) {
	svg := func(w, h, vw float64, scale string, fonts ...string) []byte {
		s := fmt.Sprintf(`<svg width="%gpt" height="%gpt" viewBox="0.00 0.00 %g %g"><g id="graph0" transform="scale(%s) rotate(0)">`, w, h, vw, vw*h/w, scale)
		for _, f := range fonts {
			s += `<text font-size="` + f + `">x</text>`
		}
		return []byte(s + "</g></svg>")
	}
	wideW, wideH := 277*72/25.4, 165*72/25.4
	for _, c := range []struct {
		name string
		svg  []byte
		tall bool
		want float64
	}{
		// wide, 1000 x 500 pt: the box's width binds (785.2/1000)
		{"wide", svg(1000, 500, 1000, "1 1", "14.00", "9.00"), false, 9 * wideW / 1000},
		// the same, drawn by Graphviz at half scale
		{"scaled", svg(1000, 500, 2000, "0.5 0.5", "9.00"), false, 9 * 0.5 * 0.5 * wideW / 1000},
		// wide but short: the box's height binds (467.7/600)
		{"height", svg(800, 600, 800, "1 1", "9.00"), false, 9 * wideH / 600},
		// small enough to print at its own size
		{"small", svg(300, 200, 300, "1 1", "9.00"), false, 9},
		// tall, 1884 x 2078 pt (a province's map): the box's width binds
		{"tall", svg(1884, 2078, 1884, "1 1", "9.00", "14.00"), true, 9 * 190 * 72 / 25.4 / 1884},
	} {
		got, ok := printedLabelPt(c.svg, c.tall)
		if !ok || math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: %v (%v), want %v", c.name, got, ok, c.want)
		}
	}
	if _, ok := printedLabelPt([]byte(`<svg viewBox="0 0 10 10"><text font-size="9">x</text></svg>`), false); ok {
		t.Error("a drawing without its size in points: ok, want not")
	}
}

// TestMapPrintSmall: the report says in print that a map whose labels
// print under printLegiblePt on A4 is to be read on screen, and says
// nothing for a map that prints readably. Before, a province's map of
// 300 units printed its labels at about 2.6 pt without a word.
func TestMapPrintSmall(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		for _, n := range []int{20, 300} {
			net := clustered(n, 3)
			r := analyze(t, net)
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, NoLayerMaps: true}); err != nil {
				t.Fatal(err)
			}
			dot, err := UnitMapDOT(r, MapOptions{Lang: lang})
			svg := renderSVG(t, dot, err)
			pt, ok := printedLabelPt(svg, tallSVG(svg))
			if !ok {
				t.Fatalf("%d units: the map does not say its size", n)
			}
			has := hasPrintLine(buf.String(), lang, "viz.mapPrintSmall", pt)
			if has != (pt < printLegiblePt) {
				t.Errorf("%s, %d units: labels print at %.1f pt; note shown %v", lang, n, pt, has)
			}
			if n == 300 && !has {
				t.Errorf("%s, 300 units: no note for labels of %.1f pt", lang, pt)
			}
		}
	}
}

// TestLayersPrintSmall: the report says in print, under the layer maps,
// when the smallest text of one of them prints under printLegiblePt on
// A4, and says nothing when all print readably. Before, the layer maps,
// two to a row, printed a kabupaten's labels at about 2.7 pt and a
// province's at about 1 pt without a word.
func TestLayersPrintSmall(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		for _, n := range []int{6, 300} {
			net := clustered(n, 3)
			r := analyze(t, net)
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			// the layer maps print on the orientation where their
			// smallest text is the larger, at most maxMapTextPt at their
			// own size
			wide, tall, maps := math.Inf(1), math.Inf(1), 0
			for l := graph.Layer(0); l < graph.NumLayers; l++ {
				if !layerHasTies(r.Net, l) {
					continue
				}
				dot, err := LayerMapDOT(r, l, MapOptions{Lang: lang})
				s := capMapText(renderSVG(t, dot, err), maxMapTextPt)
				w, ok1 := printedLabelPtIn(s, wideLayerBoxW, wideLayerBoxH)
				h, ok2 := printedLabelPtIn(s, tallLayerBoxW, tallLayerBoxH)
				if !ok1 || !ok2 {
					t.Fatalf("%d units: a layer map does not say its size", n)
				}
				wide, tall, maps = min(wide, w), min(tall, h), maps+1
			}
			smallest := max(wide, tall)
			if maps == 0 {
				t.Fatalf("%d units: no layer map", n)
			}
			// two to a row too small, they print one to a page, with
			// fewer units where needed, readably: no note then
			// (TestLayerMapsPrintLegible)
			page := buf.String()
			split := strings.Contains(page, `<div class="layers-block split">`)
			if split != (smallest < printLegiblePt) {
				t.Errorf("%s, %d units: layer labels print at %.1f pt two to a row; one to a page %v", lang, n, smallest, split)
			}
			note := strings.SplitN(i18n.T(lang, "viz.layersPrintSmall", "%s"), "%s", 2)[0]
			if has := strings.Contains(page, `<p class="print-only">`+html.EscapeString(note)); has {
				t.Errorf("%s, %d units: a note says the layer maps print too small, at %.1f pt two to a row", lang, n, smallest)
			}
			if n == 300 && !split {
				t.Errorf("%s, 300 units: layer labels of %.1f pt print two to a row", lang, smallest)
			}
			if n == 6 && smallest < printLegiblePt {
				t.Errorf("%s, 6 units: layer labels print at %.1f pt, want a case that prints readably", lang, smallest)
			}
		}
	}
}

// renderSVG renders the DOT text a map function gave (or fails the test
// on its error) as SVG, as the report does.
func renderSVG(t *testing.T, dot []byte, err error) []byte {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	svg, err := Render(dot, FormatSVG, "")
	if err != nil {
		t.Fatal(err)
	}
	return svg
}

// hasPrintLine reports whether page holds the print-only line of key for
// text printed at pt points.
func hasPrintLine(page, lang, key string, pt float64) bool {
	note := i18n.T(lang, key, i18n.Number(lang, pt, 1))
	return strings.Contains(page, `<p class="print-only">`+html.EscapeString(note)+`</p>`)
}

// TestReportModularityResolution: at a resolution other than 1 the
// report says that its modularity is taken at that resolution. analyze
// --resolution 0.01 found one community and the report read "1
// (modularitas 0,99)", a figure of strong communities for none at all
// (Q at γ 0.01 of one community is 1 - 0.01). A resolution is written
// out, never with an exponent: 0.00001 read "1e-05" (',' for '.' in
// Indonesian, "1e-05" all the same).
func TestReportModularityResolution(t *testing.T) {
	n := handUnits(nil, nil)
	for _, g := range []float64{0, 0.01, 0.00001} {
		r, err := metrics.Analyze(n, metrics.Options{Seed: 1, Permutations: 999, StabilityRuns: -1, Resolution: g})
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"id", "en"} {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, NoLayerMaps: true}); err != nil {
				t.Fatal(err)
			}
			page := html.UnescapeString(buf.String())
			want := map[string]string{"id": "modularitas pada resolusi 0,01", "en": "modularity at resolution 0.01"}[lang]
			if g == 0.00001 {
				want = map[string]string{"id": "modularitas pada resolusi 0,00001", "en": "modularity at resolution 0.00001"}[lang]
			}
			said := strings.Contains(page, want)
			if said != (g != 0) {
				t.Errorf("resolution %v, %s: the report says the resolution: %v", g, lang, said)
			}
		}
	}
}

// TestReportMembersCut: the report lists at most membersShown members of
// a silo, then counts the rest and says where the full list is; at
// national scale a sector's 384 unit ids made one paragraph of the page.
// A silo of that size or less is listed whole.
func TestReportMembersCut(t *testing.T) {
	for _, size := range []int{membersShown, 45} {
		var nodes []graph.Node
		for i := 0; i < size; i++ {
			nodes = append(nodes, graph.Node{ID: fmt.Sprintf("A%02d", i), Sector: "a"})
		}
		for i := 0; i < 12; i++ {
			nodes = append(nodes, graph.Node{ID: fmt.Sprintf("B%02d", i), Sector: fmt.Sprintf("s%d", i%3)})
		}
		var edges []graph.Edge
		arc := func(a, b int, w float64) {
			e := graph.Edge{From: int32(a), To: int32(b), Weight: w}
			e.Layers[graph.Correspondence] = w
			edges = append(edges, e)
		}
		for i := 0; i < size; i++ {
			arc(i, (i+1)%size, 20)
			arc(i, (i+7)%size, 20)
		}
		for i := 0; i < 12; i++ {
			for j := 0; j < 12; j++ {
				if i != j {
					arc(size+i, size+j, 3)
				}
			}
		}
		arc(0, size, 1)
		n := graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
		r := analyze(t, n)
		var isSilo bool
		for _, gi := range r.Silos {
			isSilo = isSilo || (r.Groups[gi].Name == "a" && r.Groups[gi].Verdict == "silo")
		}
		if !isSilo {
			t.Fatalf("%d units: sector a is not a silo; the test needs one", size)
		}
		for _, lang := range []string{"id", "en"} {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, NoLayerMaps: true}); err != nil {
				t.Fatal(err)
			}
			m := regexp.MustCompile(`<div class="members">(.*?)</div>`).FindStringSubmatch(html.UnescapeString(buf.String()))
			if m == nil {
				t.Fatalf("%d units, %s: no list of members", size, lang)
			}
			list := m[1]
			more := map[string]string{"id": fmt.Sprintf(", dan %d lainnya (daftar lengkapnya: kolom members pada silos.csv", size-membersShown),
				"en": fmt.Sprintf(", and %d more (the full list: column members of silos.csv", size-membersShown)}[lang]
			listed := strings.Count(list, "A")
			if size > membersShown && (listed != membersShown || !strings.Contains(list, more)) {
				t.Errorf("%d units, %s: %d members listed in %q; want %d and %q", size, lang, listed, list, membersShown, more)
			}
			if size <= membersShown && (listed != size || strings.Contains(list, "(")) {
				t.Errorf("%d units, %s: %d members listed in %q; want all %d", size, lang, listed, list, size)
			}
		}
	}
}

// TestBreakable: a unit id gets a line-break opportunity after each _, .
// and /, and is escaped: a province's ids (KEC_TANJUNGSARI_R007) had
// none, and widened the printed unit table past the page. A hyphen is a
// break by itself, and a pseudonym (P-04A8-QA26-VX31-BG6A) gets no <wbr>,
// which would break it inside its nowrap cell.
func TestBreakable(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"KEC_TANJUNGSARI_R007", "KEC_<wbr>TANJUNGSARI_<wbr>R007"},
		{"DINKES", "DINKES"},
		{"a-b.c/d", "a-b.<wbr>c/<wbr>d"},
		{"P-04A8-QA26-VX31-BG6A", "P-04A8-QA26-VX31-BG6A"},
		{`<x_"y">`, "&lt;x_<wbr>&#34;y&#34;&gt;"},
		{"", ""},
	} {
		if got := string(breakable(c.id)); got != c.want {
			t.Errorf("breakable(%q) = %q, want %q", c.id, got, c.want)
		}
	}
}

// TestReportMapTextCapped: the report shows a small map (the hand study's
// ten units, its sector map, its layer maps) with its largest text at
// most maxMapTextPt at the drawing's own size, which print never
// exceeds, and the screen does not stretch a map past its own size.
// Before, the hand study's network map printed its 14 pt legend at 14 pt
// beside 9.5 pt text, and on screen at the full width of the page.
func TestReportMapTextCapped(t *testing.T) {
	page := handReportPage(t, ReportData{Inputs: []Input{{Table: "units"}, {Table: "correspondence"}, {Table: "meetings"}}})
	svgs := regexp.MustCompile(`(?s)<svg width="[^"]*pt".*?</svg>`).FindAllString(page, -1)
	if len(svgs) < 3 {
		t.Fatalf("the report inlines %d Graphviz drawings, want the sector map, the network map and layer maps", len(svgs))
	}
	for i, s := range svgs {
		scale, largest, ok := svgTextScale([]byte(s))
		if !ok {
			t.Fatalf("drawing %d does not say its size", i)
		}
		if got := largest * scale; got > maxMapTextPt+0.01 {
			t.Errorf("drawing %d: its largest text is %.1f pt at its own size, want at most %v", i, got, maxMapTextPt)
		}
	}
	screen := page[:strings.Index(page, "@media print")]
	if regexp.MustCompile(`\.map svg \{[^}]*[{ ;]width: 100%`).MatchString(screen) {
		t.Error("on screen the map is stretched to the page's width whatever its size")
	}
	// capMapText keeps a drawing whose text is small enough as it is
	big := []byte(`<svg width="800pt" height="400pt" viewBox="0.00 0.00 800.00 400.00"><g transform="scale(1 1)"><text font-size="9.00">x</text></g></svg>`)
	if got := capMapText(big, maxMapTextPt); !bytes.Equal(got, big) {
		t.Errorf("capMapText changed a drawing of 9 pt text: %s", got)
	}
	small := []byte(`<svg width="300pt" height="200pt" viewBox="0.00 0.00 300.00 200.00"><g transform="scale(1 1)"><text font-size="14.00">x</text></g></svg>`)
	if got, want := string(capMapText(small, 10)), `<svg width="214.29pt" height="142.86pt" viewBox="0.00 0.00 300.00 200.00">`; !strings.HasPrefix(got, want) {
		t.Errorf("capMapText of 14 pt text to 10 pt: %s, want it to begin %s", got, want)
	}
}

// TestLayersOwnOrientation: the layer maps print on the page orientation
// where their smallest text is the larger, whatever the network map's.
// They took the map's page: the hand-made study's map (testdata/studies/
// hand) is wider than tall and its layer maps taller than wide, which on
// its landscape page, two to a row, printed their labels at 3.9 pt. Here
// the hand-made study's layer maps, under a map given wider than tall (the
// fixture's, at 4.8 pt portrait, now print one to a page).
func TestLayersOwnOrientation(t *testing.T) {
	r := analyze(t, loadStudy(t, filepath.Join("..", "testdata", "studies", "hand")))
	wideMap := []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="900pt" height="300pt" viewBox="0.00 0.00 900.00 300.00"><g></g></svg>`)
	var buf bytes.Buffer
	if err := WriteReport(&buf, ReportData{Result: r, Lang: "id", MapSVG: wideMap}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	mapTall := strings.Contains(page, `<section id="peta" class="tall">`)
	var svgs [][]byte
	for l := graph.Layer(0); l < graph.NumLayers; l++ {
		if layerHasTies(r.Net, l) {
			dot, err := LayerMapDOT(r, l, MapOptions{Lang: "id"})
			svgs = append(svgs, capMapText(renderSVG(t, dot, err), maxMapTextPt))
		}
	}
	wide, tall := layersPrintedPt(svgs, wideLayerBoxW, wideLayerBoxH), layersPrintedPt(svgs, tallLayerBoxW, tallLayerBoxH)
	t.Logf("map tall %v; smallest layer text: %.1f pt landscape, %.1f pt portrait", mapTall, wide, tall)
	if (tall > wide) == mapTall || max(wide, tall) < printLegiblePt {
		t.Fatal("the layer maps print larger on the map's own orientation, or too small two to a row: the test needs a study where they differ and print readably")
	}
	if got := strings.Contains(page, `<div class="layers-block tall">`); got != (tall > wide) {
		t.Errorf("layer maps on a portrait page: %v, want %v (smallest text %.1f pt landscape, %.1f pt portrait)", got, tall > wide, wide, tall)
	}
}

// TestReportKeepsTimestampsAndFlagsWhole: printed to A4, the Method page
// broke the window's end as "2025-" | "04-01T00:00:00+07:00", and the
// person-level caveat its flag as "(sekat analyze tanpa --" | "level
// person)". Each is in a span that does not break (class nowrap), the
// text itself left with plain hyphens and spaces for copying.
func TestReportKeepsTimestampsAndFlagsWhole(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	r.Net.Level = graph.PersonLevel // a sector silo at person level: the caveat
	from, to := "2025-01-01T00:00:00+07:00", "2025-04-01T00:00:00+07:00"
	for _, lang := range []string{"id", "en"} {
		var buf bytes.Buffer
		data := ReportData{Result: r, Lang: lang, Study: "Uji", Window: "2025", WindowFrom: from, WindowTo: to, NoLayerMaps: true}
		if err := WriteReport(&buf, data); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		for _, w := range []string{from, to, i18n.PersonLevelFlag} {
			span := `<span class="nowrap">` + html.EscapeString(w) + `</span>`
			if !strings.Contains(page, span) {
				t.Errorf("%s: %q is not kept on one line (%s)", lang, w, span)
			}
		}
		// the caveat in the briefing and in the summary
		if n := strings.Count(page, `<span class="nowrap">`+i18n.PersonLevelFlag+`</span>`); n < 2 {
			t.Errorf("%s: the person-level flag is kept whole %d times, want the briefing's and the summary's", lang, n)
		}
		if !regexp.MustCompile(`\.nowrap\s*\{\s*white-space:\s*nowrap;`).MatchString(page) {
			t.Errorf("%s: the page's style has no .nowrap rule", lang)
		}
	}
}

func TestKeepTogether(t *testing.T) {
	for _, c := range []struct {
		s     string
		parts []string
		want  template.HTML
	}{
		{"a <b> 2025-01-01T00 c", []string{"2025-01-01T00"}, `a &lt;b&gt; <span class="nowrap">2025-01-01T00</span> c`},
		{"x --level person y --level person", []string{"--level person", ""}, `x <span class="nowrap">--level person</span> y <span class="nowrap">--level person</span>`},
		{"from T1 to T2", []string{"T2", "T1"}, `from <span class="nowrap">T1</span> to <span class="nowrap">T2</span>`},
		{"plain & simple", nil, `plain &amp; simple`},
	} {
		if got := keepTogether(c.s, c.parts...); got != c.want {
			t.Errorf("keepTogether(%q, %q) = %q, want %q", c.s, c.parts, got, c.want)
		}
	}
}

// TestBriefingMapKeyAtCaptionSize: the briefing map's title and key are
// written in the page's type over the map, not drawn in it, so that they
// print at the caption's 8 pt whatever the scale the map prints at (as
// text of the drawing, capped at 8 pt, they printed at 8 pt under a small
// ring and at 6.6 pt under a kabupaten's: TestPrintBriefingMapKeySameSize
// in cmd/sekat/pagecheck prints them); the map's labels print at most at
// the caption's size, and on screen at the size of the other maps.
func TestBriefingMapKeyAtCaptionSize(t *testing.T) {
	page := handReportPage(t, ReportData{})
	i := strings.Index(page, `<section id="briefing"`)
	if i < 0 {
		t.Fatal("no briefing")
	}
	brief := page[i:]
	brief = brief[:strings.Index(brief, "</section>")]
	maps := regexp.MustCompile(`(?s)<svg width="[^"]*pt".*?</svg>`).FindAllString(brief, -1)
	if len(maps) != 2 || !strings.Contains(brief, `<div class="print-only"><div class="map-legend">`) {
		t.Fatalf("the briefing has %d Graphviz maps, want one for the screen and one for print, with its key", len(maps))
	}
	legends := regexp.MustCompile(`(?s)<div class="map-legend">(.*?)</div>`).FindAllStringSubmatch(brief, -1)
	if len(legends) != 2 {
		t.Fatalf("the briefing writes %d keys over its maps, want 2 (screen, print)", len(legends))
	}
	drawn := regexp.MustCompile(`Digambar \d+ dari \d+ ikatan antarsektor`)
	for k, l := range legends {
		if !drawn.MatchString(l[1]) || !strings.Contains(l[1], "Elips: sektor") {
			t.Errorf("key %d over the briefing's map lacks its lines: %s", k, l[1])
		}
	}
	for k, m := range maps {
		if drawn.MatchString(m) || strings.Contains(m, "Elips: sektor") {
			t.Errorf("map %d of the briefing draws its key, which then prints at the map's scale", k)
		}
	}
	b, err := templates.ReadFile("templates/report.css")
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	print := css[strings.Index(css, "@media print"):]
	if !regexp.MustCompile(`(?m)^\s*figcaption, \.map-legend \{ font-size: 8pt; \}`).MatchString(print) {
		t.Error("report.css does not print the map's key at the caption's 8 pt")
	}
	// the screen's map at the size of the other maps, not made smaller
	if scale, largest, ok := svgTextScale([]byte(maps[0])); !ok || largest*scale < maxMapTextPt-0.01 {
		t.Errorf("on screen the briefing map's largest text is %.1f pt, want %v as on the other maps", largest*scale, maxMapTextPt)
	}
	svg := maps[1]
	scale, largest, ok := svgTextScale([]byte(svg))
	if !ok {
		t.Fatal("the briefing's map does not say its size")
	}
	if got := largest * scale; got > briefMapTextPt+0.01 {
		t.Errorf("the briefing map's labels print at %.1f pt, want at most the caption's %v pt", got, briefMapTextPt)
	}
	if pt, ok := printedLabelPtIn([]byte(svg), briefBoxW, briefBoxH); !ok || pt < printLegiblePt {
		t.Errorf("the briefing map's labels print at %.1f pt, under %v", pt, printLegiblePt)
	}
}
