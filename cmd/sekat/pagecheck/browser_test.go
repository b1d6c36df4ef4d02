package pagecheck

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// uncell undoes the CSV guard against formulas (see package result): a
// cell written as "'=..." holds the name "=...", and a cell that starts
// with two apostrophes holds a name that starts with one.
func uncell(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r'", rune(s[1])) {
		return s[1:]
	}
	return s
}

// TestReportInBrowser opens report.html in headless Chromium (issue 4's
// acceptance): no console error, no request but the file itself, every
// silo of silos.csv named, a map node for every unit of units.csv, the
// sorting script works, and — for the hostile study — every name shown
// literally with nothing from a name executed. A screenshot of each report
// is saved under $SEKAT_ARTIFACTS (default: the system temp folder).
func TestReportInBrowser(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		t.Skip("no chromium, chromium-browser or google-chrome on PATH: install Debian's chromium (apt-get install -y chromium) to run the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	for _, tc := range []struct {
		name  string
		study func(t *testing.T, dir string)
	}{
		{"demo", func(t *testing.T, dir string) {
			// sekat demo writes the sample study into DIR/studi
			demo := filepath.Join(t.TempDir(), "demo")
			if code, _, stderr := sekat(t, "demo", "--out", demo, "-q"); code != 0 {
				t.Fatalf("demo: exit %d: %s", code, stderr)
			}
			if err := os.Rename(filepath.Join(demo, "studi"), dir); err != nil {
				t.Fatal(err)
			}
		}},
		{"hostile", func(t *testing.T, dir string) {
			if code, _, stderr := sekat(t, "generate", "--preset", "hostile", "--seed", "3", "--out", dir); code != 0 {
				t.Fatalf("generate: exit %d: %s", code, stderr)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			study, out := filepath.Join(t.TempDir(), "studi"), t.TempDir()
			tc.study(t, study)
			if code, _, stderr := sekat(t, "analyze", study, "--out", out, "--permutations", "200"); code != 0 {
				t.Fatalf("analyze: exit %d: %s", code, stderr)
			}
			page := filepath.Join(t.TempDir(), "laporan")
			if code, _, stderr := sekat(t, "report", study, "--out", page, "--permutations", "200", "--size-by", "betweenness", "-q"); code != 0 {
				t.Fatalf("report: exit %d: %s", code, stderr)
			}
			units := readCSV(t, filepath.Join(out, "units.csv"))
			silos := readCSV(t, filepath.Join(out, "silos.csv"))
			checkInBrowser(t, browser, filepath.Join(page, "report.html"), tc.name, units, silos)
		})
	}
}

func checkInBrowser(t *testing.T, browser, report, name string, units, silos []map[string]string) {
	ctx, watch, cancel, fileURL := openFileBrowser(t, browser, report)
	defer cancel()
	var text string
	var nodes []string
	var scripts, imgs int
	var sorted string
	var png []byte
	err := chromedp.Run(ctx, network.Enable(), log.Enable(), runtime.Enable(),
		chromedp.Navigate(fileURL),
		chromedp.WaitReady("body"),
		chromedp.Evaluate(`document.body.innerText`, &text),
		chromedp.Evaluate(`Array.from(document.querySelectorAll('#peta g.node > title')).map(e => e.textContent)`, &nodes),
		chromedp.Evaluate(`document.scripts.length`, &scripts),
		chromedp.Evaluate(`document.querySelectorAll('img, iframe, object, embed').length`, &imgs),
		chromedp.Click(`#units thead th:nth-child(8)`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector('#units thead th:nth-child(8)').getAttribute('aria-sort') || ''`, &sorted),
		chromedp.FullScreenshot(&png, 100), // quality 100: PNG
	)
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	saveScreenshot(t, "sekat-report-"+name+".png", png)
	watch.Check(t, fileURL, "the report itself")
	if scripts != 1 {
		t.Errorf("%d scripts on the page, want the report's own only", scripts)
	}
	if imgs != 0 {
		t.Errorf("%d img/iframe/object/embed elements: markup from a name?", imgs)
	}
	if sorted != "ascending" {
		t.Errorf("clicking a heading did not sort the table (aria-sort %q)", sorted)
	}
	page := squash(text)
	for _, s := range silos {
		if !strings.Contains(page, squash(uncell(s["group"]))) {
			t.Errorf("silo %q of silos.csv is not named on the page", s["group"])
		}
	}
	if len(units) == 0 {
		t.Error("units.csv is empty: nothing to look for on the page")
	}
	onMap := map[string]bool{}
	for _, n := range nodes {
		onMap[n] = true
	}
	for _, u := range units {
		if !onMap[u["unit_id"]] {
			t.Errorf("unit %s has no node on the map", u["unit_id"])
		}
		if n := squash(uncell(u["name"])); !strings.Contains(page, n) {
			t.Errorf("name %q is not shown literally", u["name"])
		}
	}
}

// TestReportOverviewReadable: the briefing's sector overview was capped
// at 520px high on screen, so with the 12 sectors of the provinsi preset
// its labels (12pt in the drawing) showed at 7-8px. At a 1200px window it
// now takes the page's width, up to its own size: the labels are at
// least 10px.
func TestReportOverviewReadable(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		t.Skip("no chromium, chromium-browser or google-chrome on PATH: install Debian's chromium (apt-get install -y chromium) to run the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "out")
	if code, _, stderr := sekat(t, "generate", "--preset", "provinsi", "--seed", "8402", "--scale", "0.05", "--out", study); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, stderr)
	}
	if code, _, stderr := sekat(t, "report", study, "--out", out, "-q"); code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr)
	}
	abs, err := filepath.Abs(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, _, cancel := openBrowser(t, browser)
	defer cancel()
	var px float64
	var labels int
	err = chromedp.Run(ctx, chromedp.Navigate((&url.URL{Scheme: "file", Path: abs}).String()), chromedp.WaitReady("body"),
		chromedp.Evaluate(`document.querySelectorAll('.overview svg g.node text').length`, &labels),
		// the smallest label as drawn: its font size in the drawing's
		// units times the scale the page draws the drawing at
		chromedp.Evaluate(`(() => { const s = document.querySelector('.overview svg');
			const k = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
			return Math.min(...Array.from(s.querySelectorAll('g.node text')).map(e => k * parseFloat(e.getAttribute('font-size')))); })()`, &px))
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if labels == 0 {
		t.Fatal("no sector label on the overview: the test checks nothing")
	}
	if px < 10 {
		t.Errorf("the overview's sector labels show at %.1fpx, want at least 10", px)
	}
}
