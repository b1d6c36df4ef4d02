package pagecheck

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html/template"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest/synth"
)

// pagesStudy runs compare on a small generated kabupaten (seed 1 at a
// fifth of its size: the planted mid-year change is still there) in
// language lang and returns the output folder.
func pagesStudy(t *testing.T, lang string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "banding")
	code, _, stderr := sekat(t, "compare", dir, "--out", out, "--lang", lang, "--before", "2025-01-01..2025-07-01",
		"--after", "2025-07-01..2026-01-01", "--resamples", "100", "--permutations", "300", "-q")
	if code != 0 {
		t.Fatalf("compare: exit %d\n%s", code, stderr)
	}
	return out
}

// svgNodes reads the map with the given id out of an HTML page: each
// <g class="node"> by its <title> (the unit id), at its circle's centre.
func svgNodes(t *testing.T, html, id string) map[string][2]string {
	t.Helper()
	start := strings.Index(html, `<svg xmlns="http://www.w3.org/2000/svg" id="`+id+`"`)
	if start < 0 {
		t.Fatalf("no map %s on the page", id)
	}
	end := strings.Index(html[start:], "</svg>")
	if end < 0 {
		t.Fatalf("map %s is not closed", id)
	}
	var doc struct {
		G []struct {
			Class  string `xml:"class,attr"`
			Title  string `xml:"title"`
			Circle []struct {
				CX string `xml:"cx,attr"`
				CY string `xml:"cy,attr"`
			} `xml:"circle"`
			RectAttrs []struct {
				X float64 `xml:"x,attr"`
				Y float64 `xml:"y,attr"`
				W float64 `xml:"width,attr"`
				H float64 `xml:"height,attr"`
			} `xml:"rect"`
			Polygon []struct {
				Points string `xml:"points,attr"`
			} `xml:"polygon"`
		} `xml:"g"`
	}
	if err := xml.Unmarshal([]byte(html[start:start+end+len("</svg>")]), &doc); err != nil {
		t.Fatalf("map %s: %v", id, err)
	}
	nodes := map[string][2]string{}
	for _, g := range doc.G {
		if g.Class != "node" {
			continue
		}
		// A unit's mark is a circle, a square (rect) or a polygon
		// (sectors past the tenth, see viz.sectorMark): its centre is
		// the circle's, or the middle of the shape's bounding box.
		if n := len(g.Circle) + len(g.RectAttrs) + len(g.Polygon); n != 1 {
			t.Errorf("map %s: node %q has %d marks", id, g.Title, n)
			continue
		}
		if _, dup := nodes[g.Title]; dup {
			t.Errorf("map %s: unit %s drawn twice", id, g.Title)
		}
		switch {
		case len(g.Circle) == 1:
			nodes[g.Title] = [2]string{g.Circle[0].CX, g.Circle[0].CY}
		case len(g.RectAttrs) == 1:
			r := g.RectAttrs[0]
			nodes[g.Title] = [2]string{fmt.Sprintf("%.2f", r.X+r.W/2), fmt.Sprintf("%.2f", r.Y+r.H/2)}
		default:
			x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
			for _, pt := range strings.Fields(g.Polygon[0].Points) {
				var x, y float64
				if _, err := fmt.Sscanf(pt, "%g,%g", &x, &y); err != nil {
					t.Fatalf("map %s: node %q: polygon point %q: %v", id, g.Title, pt, err)
				}
				x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
			}
			nodes[g.Title] = [2]string{fmt.Sprintf("%.2f", (x0+x1)/2), fmt.Sprintf("%.2f", (y0+y1)/2)}
		}
	}
	return nodes
}

// checkSameNodes fails unless the before and after maps (and the change
// map) have one node per unit of changes_units.csv, each at the same
// position on all of them.
func checkSameNodes(t *testing.T, before, after, change map[string][2]string, units []map[string]string) {
	t.Helper()
	if len(units) < 10 {
		t.Fatalf("changes_units.csv has %d units, want the study's units", len(units))
	}
	for _, m := range []map[string][2]string{before, after, change} {
		if len(m) != len(units) {
			t.Errorf("a map has %d nodes, changes_units.csv %d units", len(m), len(units))
		}
	}
	for _, u := range units {
		id := uncell(u["unit"])
		b, ok1 := before[id]
		a, ok2 := after[id]
		c, ok3 := change[id]
		if !ok1 || !ok2 || !ok3 {
			t.Errorf("unit %s: on before %v, after %v, change map %v", id, ok1, ok2, ok3)
			continue
		}
		if a != b || c != b {
			t.Errorf("unit %s at %v before, %v after, %v on the change map", id, b, a, c)
		}
	}
}

// TestComparePageMaps: the before and after maps of compare.html draw
// every unit once, at identical positions (no browser needed).
func TestComparePageMaps(t *testing.T) {
	out := pagesStudy(t, "id")
	html := readFile(t, filepath.Join(out, "compare.html"))
	units := readCSV(t, filepath.Join(out, "changes_units.csv"))
	checkSameNodes(t, svgNodes(t, html, "map-before"), svgNodes(t, html, "map-after"), svgNodes(t, html, "map-change"), units)
	// 300 permutations: the Holm-adjusted p of the planted changes can
	// reach 0.05 over the study's 12 sectors (not with 100).
	var cj struct{ Verdicts []struct{ Sentence string } }
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "compare.json"))), &cj); err != nil {
		t.Fatal(err)
	}
	if len(cj.Verdicts) != 2 {
		t.Errorf("compare.json has %d verdicts, want the planted 2", len(cj.Verdicts))
	}
	for _, v := range cj.Verdicts {
		if !strings.Contains(html, template.HTMLEscapeString(v.Sentence)) {
			t.Errorf("compare.html lacks the verdict %q", v.Sentence)
		}
	}
	for _, want := range []string{"Sektor keuangan menjadi silo baru", "Korelasi QAP", "Holm", "ikatan baru"} {
		if !strings.Contains(html, want) {
			t.Errorf("compare.html lacks %q", want)
		}
	}
	if strings.Contains(html, "<script") {
		t.Error("compare.html has a script")
	}
}

// TestTrendPage: trend.html has a chart per sector with the alarms of
// trend_alerts.csv marked and worded.
func TestTrendPage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "tren")
	code, _, stderr := sekat(t, "trend", dir, "--every", "month", "--out", out, "--lang", "en", "--resamples", "100", "--permutations", "100", "-q")
	if code != 0 {
		t.Fatalf("trend: exit %d\n%s", code, stderr)
	}
	html := readFile(t, filepath.Join(out, "trend.html"))
	alerts := readCSV(t, filepath.Join(out, "trend_alerts.csv"))
	if len(alerts) == 0 {
		t.Fatal("trend_alerts.csv is empty: the planted change raised no alarm")
	}
	for _, a := range alerts {
		if !strings.Contains(html, a["sentence"]) {
			t.Errorf("trend.html lacks the alarm %q", a["sentence"])
		}
	}
	// Each alarm heads the page in one line, the figures beneath it; the
	// full sentence stays under its chart.
	heads := regexp.MustCompile(`<p class="verdict">([^<]*)</p>\n<p class="explain">([^<]*)</p>`).FindAllStringSubmatch(html, -1)
	if len(heads) != len(alerts) {
		t.Fatalf("%d alarm headlines with figures, trend_alerts.csv has %d", len(heads), len(alerts))
	}
	for i, h := range heads {
		a := alerts[i]
		if !strings.HasPrefix(h[1], "Sector "+a["name"]) || !strings.Contains(h[1], i18n.Period("en", a["from"], a["to"])) || strings.Contains(h[1], "CUSUM") || !strings.HasSuffix(h[1], ".") {
			t.Errorf("headline %q: want the sector %s, its period %s, no figures, a full stop", h[1], a["name"], a["from"])
		}
		if want := map[string]string{"true": "the shift lasted.", "false": "did not last at that size.", "": "cannot be judged yet."}[a["persisted"]]; !strings.HasSuffix(h[1], want) {
			t.Errorf("headline %q (persisted %q) does not end %q", h[1], a["persisted"], want)
		}
		if !strings.HasPrefix(h[2], "The CUSUM sum began to grow from "+i18n.Day("en", a["start_from"])) || !strings.HasSuffix(h[2], ".") {
			t.Errorf("figures %q: want the CUSUM start %s and a full stop", h[2], a["start_from"])
		}
	}
	if n := strings.Count(html, `<g class="alarm">`); n != len(alerts) {
		t.Errorf("%d alarms marked on the charts, trend_alerts.csv has %d", n, len(alerts))
	}
	sectors := map[string]bool{}
	for _, p := range readCSV(t, filepath.Join(out, "trend.csv")) {
		if p["type"] == "sector" {
			sectors[p["name"]] = true
		}
	}
	if n := strings.Count(html, `<svg xmlns="http://www.w3.org/2000/svg" class="trend"`); n != len(sectors) || n == 0 {
		t.Errorf("%d charts, %d sectors in trend.csv", n, len(sectors))
	}
	if strings.Contains(html, "<script") {
		t.Error("trend.html has a script")
	}
}

// TestTrendPartialAndUnwatched: trend.csv ends with the partial column
// and then z_held (added after it, TestTrendCSVSaysZHeld), partial true
// exactly for the periods cut short by the window (a weekly trend of
// a window that starts on a Thursday: the first week), drawn hollow on
// trend.html; the page shades the calibration on every chart, draws the
// calibration mean of every watched sector, and says under the charts of
// the sectors without internal units (koordinasi, eksternal) that the
// CUSUM does not watch them.
func TestTrendPartialAndUnwatched(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "tren")
	code, _, stderr := sekat(t, "trend", dir, "--every", "week", "--out", out, "--resamples", "100", "--permutations", "100", "-q")
	if code != 0 {
		t.Fatalf("trend: exit %d\n%s", code, stderr)
	}
	header := strings.SplitN(readFile(t, filepath.Join(out, "trend.csv")), "\n", 2)[0]
	if !strings.HasSuffix(header, ",alarm,partial,z_held") {
		t.Errorf("trend.csv header %q does not end with alarm,partial,z_held", header)
	}
	rows := readCSV(t, filepath.Join(out, "trend.csv"))
	longest := 0.0
	days := func(p map[string]string) float64 {
		from, err1 := time.Parse("2006-01-02", p["from"])
		to, err2 := time.Parse("2006-01-02", p["to"])
		if err1 != nil || err2 != nil {
			t.Fatalf("period %v: bad dates", p)
		}
		return to.Sub(from).Hours() / 24
	}
	for _, p := range rows {
		longest = max(longest, days(p))
	}
	partial, sectors := 0, map[string]bool{}
	for _, p := range rows {
		want := strconv.FormatBool(days(p) < change.PartialShare*longest)
		if p["partial"] != want {
			t.Errorf("period %s %s (%s to %s): partial %q, want %s", p["period"], p["name"], p["from"], p["to"], p["partial"], want)
		}
		if p["type"] == "sector" {
			sectors[p["name"]] = true
			if p["partial"] == "true" && p["homophily"] != "" { // no index: no point
				partial++
			}
		}
	}
	if partial == 0 {
		t.Fatal("no sector period cut short: the test needs a window that cuts a week")
	}
	html := readFile(t, filepath.Join(out, "trend.html"))
	if n := strings.Count(html, `class="partial"`); n != partial {
		t.Errorf("%d hollow points on trend.html, trend.csv has %d sector periods cut short", n, partial)
	}
	if n := strings.Count(html, `class="calibration"`); n != len(sectors) {
		t.Errorf("%d calibration spans, want one per chart (%d)", n, len(sectors))
	}
	unwatched := strings.Count(html, `<span class="unwatched">`)
	for _, s := range []string{"koordinasi", "eksternal"} {
		if !strings.Contains(html, `<span class="unwatched">`+msg("id", "trend.notJudged", s)+`</span>`) {
			t.Errorf("no note under the chart of %s that the CUSUM does not watch it", s)
		}
	}
	if n := strings.Count(html, `class="calibration-mean"`); n != len(sectors)-unwatched || n == 0 {
		t.Errorf("%d calibration mean lines, want one per watched sector (%d of %d)", n, len(sectors)-unwatched, len(sectors))
	}
}

// TestComparePageInBrowser opens compare.html (both languages) in
// headless Chromium: no console error, no request but the page itself,
// one node per unit on both maps at identical positions as the browser
// lays them out; a screenshot of each is saved under $SEKAT_ARTIFACTS
// (default: the system temp folder).
func TestComparePageInBrowser(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		t.Skip("no chromium, chromium-browser or google-chrome on PATH: install Debian's chromium (apt-get install -y chromium) to run the browser test")
	}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			out := pagesStudy(t, lang)
			units := readCSV(t, filepath.Join(out, "changes_units.csv"))
			checkPageInBrowser(t, browser, filepath.Join(out, "compare.html"), "compare-"+lang, units)
		})
	}
}

func checkPageInBrowser(t *testing.T, browser, file, name string, units []map[string]string) {
	ctx, watch, cancel, fileURL := openFileBrowser(t, browser, file)
	defer cancel()
	// Each map's nodes as the browser has them: title and the centre of
	// the unit's mark (circle, square or polygon) as laid out (getBBox, in
	// the SVG's own units).
	const nodesJS = `Array.from(document.querySelectorAll('#%s g.node')).map(g => {
		const c = g.querySelector('circle, rect, polygon').getBBox();
		return g.querySelector('title').textContent + '@' + (c.x + c.width/2).toFixed(2) + ',' + (c.y + c.height/2).toFixed(2);
	})`
	var before, after, change []string
	var scripts int
	var png []byte
	err := chromedp.Run(ctx, network.Enable(), log.Enable(), runtime.Enable(),
		chromedp.Navigate(fileURL),
		chromedp.WaitReady("body"),
		chromedp.Evaluate(fmt.Sprintf(nodesJS, "map-before"), &before),
		chromedp.Evaluate(fmt.Sprintf(nodesJS, "map-after"), &after),
		chromedp.Evaluate(fmt.Sprintf(nodesJS, "map-change"), &change),
		chromedp.Evaluate(`document.scripts.length`, &scripts),
		chromedp.FullScreenshot(&png, 100),
	)
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	saveScreenshot(t, "sekat-"+name+".png", png)
	watch.Check(t, fileURL, "the page itself")
	if scripts != 0 {
		t.Errorf("%d scripts on the page, want none", scripts)
	}
	parse := func(v []string) map[string][2]string {
		m := map[string][2]string{}
		for _, s := range v {
			id, xy, _ := strings.Cut(s, "@")
			x, y, _ := strings.Cut(xy, ",")
			m[id] = [2]string{x, y}
		}
		if len(m) != len(v) {
			t.Errorf("a unit is drawn twice on a map: %d nodes, %d ids", len(v), len(m))
		}
		return m
	}
	checkSameNodes(t, parse(before), parse(after), parse(change), units)
}
