package printcheck

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestPrintFullSize prints the report of a province (sekat generate
// --preset provinsi --seed 1 --scale 0.05) and checks that Chromium
// prints it at the size of its style. Before, a unit table of eleven
// unbroken columns (two names at least 34 mm wide, unit ids such as
// KEC_TANJUNGSARI_R007) and the brokers' table (the brokerage's reading on
// one line) were wider than the page, and Chromium shrank every page to
// fit them: this report printed at 67% (its 9.5 pt text at 6.4 pt), a
// kabupaten's at 71%, and each study at another size.
func TestPrintFullSize(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if _, err := synth.Generate(study, synth.Options{Preset: "provinsi", Seed: 1, Scale: 0.05}); err != nil {
		t.Fatal(err)
	}
	analyzeOK(t, "report", study, "--out", out, "-q")
	pdf := filepath.Join(dir, "report.pdf")
	printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
	scale := printScale(t, chromium, filepath.Join(out, "report.html"), pdf)
	t.Logf("provinsi report printed at %.3f of its size", scale)
	if scale < 0.99 {
		t.Errorf("the report prints at %.0f%% of its size: something is wider than the page", 100*scale)
	}
}

// lengthenSectors rewrites the sector column of units.csv in study so
// that every sector's name is 60 to 80 characters long, as a province's
// "Urusan ..." names are: each name is followed by a fixed phrase.
func lengthenSectors(t *testing.T, study string) {
	t.Helper()
	path := filepath.Join(study, "units.csv")
	rows := readCSVRows(t, path)
	col := -1
	for i, h := range rows[0] {
		if h == "sector" {
			col = i
		}
	}
	if col < 0 {
		t.Fatal("units.csv has no sector column")
	}
	const tail = " dan Urusan Pemerintahan Daerah yang Terkait dengannya"
	for _, r := range rows[1:] {
		if r[col] != "" {
			r[col] = "Urusan " + strings.ToUpper(r[col][:1]) + r[col][1:] + tail
		}
	}
	writeCSVRows(t, path, rows)
}

// lengthenNames rewrites units.csv of study so that every sector's name
// and every unit's name is 72 to 85 characters long, as a province's
// are ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian
// Penduduk dan Keluarga Berencana"): the sectors' names all begin with
// the same six words, the units' each end in the province's name.
func lengthenNames(t *testing.T, study string) {
	t.Helper()
	path := filepath.Join(study, "units.csv")
	rows := readCSVRows(t, path)
	cols := map[string]int{}
	for i, h := range rows[0] {
		cols[h] = i
	}
	// long adds the words of tail to s until it is at least 72
	// characters, then cuts it at a space to at most 85
	long := func(s, tail string) string {
		for _, w := range strings.Fields(tail) {
			if len(s) >= 72 {
				break
			}
			s += " " + w
		}
		for len(s) > 85 {
			s = s[:strings.LastIndex(s, " ")]
		}
		return s
	}
	for _, r := range rows[1:] {
		if s := r[cols["sector"]]; s != "" {
			r[cols["sector"]] = long("Urusan Pemerintahan Wajib Pelayanan Dasar Bidang "+strings.ToUpper(s[:1])+s[1:],
				"dan Urusan Pemerintahan Daerah Lain yang Terkait dengannya")
		}
		r[cols["name"]] = long(r[cols["name"]]+" Provinsi Nusa Tenggara Barat", "dan Urusan Pemerintahan Daerah Lain yang Terkait")
		for _, c := range []string{"sector", "name"} {
			if n := len(r[cols[c]]); r[cols[c]] != "" && (n < 72 || n > 85) {
				t.Fatalf("lengthenNames: %s %q is %d characters", c, r[cols[c]], n)
			}
		}
	}
	writeCSVRows(t, path, rows)
}

// TestPrintBriefingFillsPages prints the person-level English report of a
// kabupaten whose sector names are 60 to 80 characters long (sekat
// generate --seed 5 --scale 0.2 --forums, sectors lengthened; ten sectors
// with a verdict) and checks that every page of the briefing but its last
// is filled at least half-way down. Before, the briefing's first page
// ended with a forced page break: its silo list ran a few lines past page
// 1, and page 2 held those lines alone, nearly empty, before the rest of
// the briefing on page 3; and with the overview map and its caption too
// tall for what the headline and the explanations left of page 1, the map
// went to page 2 and page 1 was a third full.
func TestPrintBriefingFillsPages(t *testing.T) {
	_, _, pdf := printedForumsReport(t, true, "report", "--level", "person", "--lang", "en")
	pages, height := pdfWords(t, pdf)
	detail := 0 // the page where the detail summary begins: its heading alone on a line
	heading := msg("en", "viz.tocHeadline")
	for p, txt := range pdfPageTexts(t, pdf, len(pages)) {
		for _, line := range strings.Split(txt, "\n") {
			if strings.TrimSpace(line) == heading && detail == 0 {
				detail = p
			}
		}
	}
	if detail < 3 {
		t.Fatalf("the detail summary %q begins on page %d: want a briefing of two pages or more before it", heading, detail)
	}
	for p := 1; p < detail-1; p++ { // the briefing's pages but its last
		bottom := 0.0
		for _, w := range pages[p-1] {
			bottom = max(bottom, w.YMax)
		}
		t.Logf("briefing page %d filled to %.0f%% of its height", p, 100*bottom/height)
		if bottom < height/2 {
			t.Errorf("briefing page %d of %d is filled to %.0f%% of its height, want at least half", p, detail-1, 100*bottom/height)
		}
	}
}

// TestPrintSmallStudyMaps prints the report of the hand-made study (ten
// units) and checks its maps on paper: the network map prints on the
// page of its heading, with its text near the page's (the legend's first
// word at most maxMapPrintPt high); the layer maps begin a page of their
// own, portrait since they are taller than wide, and their captions and
// the line under them print on that page. Before, the map was printed at
// its own size, its 14 pt legend beside 9.5 pt text, too tall for what
// its heading left of the page: the heading stood alone on one page, the
// map on the next; small layer maps could share the map's page; and they
// took the map's landscape page, their labels at 3.9 pt.
func TestPrintSmallStudyMaps(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "hasil")
	analyzeOK(t, "report", filepath.Join("..", "..", "..", "testdata", "studies", "hand"), "--out", out, "-q")
	pdf := filepath.Join(dir, "report.pdf")
	printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
	pages, _ := pdfWords(t, pdf)
	texts := pdfPageTexts(t, pdf, len(pages))
	pageOfLine := func(s string) int {
		for p, txt := range texts {
			for _, line := range strings.Split(txt, "\n") {
				if strings.TrimSpace(line) == s {
					return p
				}
			}
		}
		return 0
	}
	mapPage, layersPage := pageOfLine(msg("id", "viz.tocMap")), pageOfLine(msg("id", "viz.layersTitle"))
	if mapPage == 0 || layersPage == 0 {
		t.Fatalf("the map's heading prints on page %d, the layer maps' on page %d", mapPage, layersPage)
	}
	// the map's legend begins "hand — Peta jejaring unit", then "Jendela waktu"
	legend := pdfWord{}
	for _, w := range pages[mapPage-1] {
		if w.Text == "Jendela" {
			legend = w
			break
		}
	}
	if legend.Text == "" {
		t.Fatalf("page %d has the map's heading but not its legend: the map went to another page", mapPage)
	}
	// a word's box is about 1.12 em high in Liberation Sans (Arial's
	// metrics): the report's 15 pt title measures 16.8 pt
	const maxMapPrintPt = 11
	if h := legend.YMax - legend.YMin; h > 1.15*maxMapPrintPt {
		t.Errorf("the map's legend prints %.1f pt high (about %.0f pt text), want at most %.1f", h, h/1.12, 1.15*maxMapPrintPt)
	}
	if layersPage == mapPage {
		t.Errorf("the layer maps begin on the network map's page %d, want a page of their own", mapPage)
	}
	// the layer maps, taller than wide, print on a portrait page (on a
	// landscape one, two to a row, their labels were 3.9 pt)
	if size := pdfPageSizes(t, pdf)[layersPage-1]; size[0] > size[1] {
		t.Errorf("the layer maps print on a landscape page (%v pt), want portrait: they are taller than wide", size)
	}
	page := readFile(t, filepath.Join(out, "report.html"))
	for _, key := range []string{"viz.layer.correspondence", "viz.layer.meetings", "viz.layer.dataSharing", "viz.layer.dataDenied"} {
		if name := msg("id", key); strings.Contains(page, "<figcaption>"+name+"</figcaption>") && !strings.Contains(texts[layersPage], name) {
			t.Errorf("the layer map %q does not print on the page of their heading (%d)", name, layersPage)
		}
	}
	if note := strings.SplitN(msg("id", "viz.layersPrintSmall"), "%s", 2)[0]; strings.Contains(page, note) &&
		!strings.Contains(strings.Join(strings.Fields(texts[layersPage]), " "), strings.TrimSpace(note)) {
		t.Errorf("the line under the layer maps (%q) does not print on their page %d", note, layersPage)
	}
}

// TestPrintBriefingTwoPagesLongSectorNames prints the report of
// kabupaten studies whose sector names are 60 to 80 characters long
// (sekat generate --forums, sectors lengthened as lengthenSectors does),
// and of the same studies with the names of sectors and units 72 to 85
// characters long (lengthenNames), and checks that the briefing keeps to
// the two A4 pages docs/briefing.md promises: the detail summary begins
// on page 3. Before, each silo box said the name twice and a few lines of
// the recommendations spilled onto page 3 (seed 1: R7's two lines), the
// detail beginning on page 4; and with the units' names that long too,
// each written in full wherever it came (the organiser of five forums in
// the forum table, on two lines each), seed 1 spilled four
// recommendations onto page 3, seed 5 three.
func TestPrintBriefingTwoPagesLongSectorNames(t *testing.T) {
	chromium := printTools(t)
	for _, tc := range []struct {
		name string
		opt  synth.Options
		// lengthen rewrites the study's units.csv
		lengthen func(*testing.T, string)
	}{
		{"seed1", synth.Options{Seed: 1, Forums: true}, lengthenSectors},
		{"seed5-scale0.2", synth.Options{}, nil}, // printedForumsReport's long study
		{"seed1-names72to85", synth.Options{Seed: 1, Forums: true}, lengthenNames},
		{"seed5-scale0.2-names72to85", synth.Options{Seed: 5, Scale: 0.2, Forums: true}, lengthenNames},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pdf string
			if tc.lengthen == nil {
				_, _, pdf = printedForumsReport(t, true, "analyze")
			} else {
				dir := t.TempDir()
				study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
				if _, err := synth.Generate(study, tc.opt); err != nil {
					t.Fatal(err)
				}
				tc.lengthen(t, study)
				analyzeOK(t, "analyze", study, "--out", out, "-q")
				pdf = filepath.Join(dir, "report.pdf")
				printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
			}
			pages, _ := pdfPages(t, pdf)
			detail := 0
			for p, txt := range pdfPageTexts(t, pdf, pages) {
				for _, line := range strings.Split(txt, "\n") {
					if strings.TrimSpace(line) == msg("id", "viz.tocHeadline") && detail == 0 {
						detail = p
					}
				}
			}
			if detail != 3 {
				t.Errorf("the detail summary begins on page %d, want 3 (the briefing on two pages)", detail)
			}
		})
	}
}

// TestPrintBriefingLegibleLongSectorNames prints the report of a
// kabupaten whose sector names are 60 to 80 characters long (sekat
// generate --seed 5 --scale 0.2 --forums, sectors lengthened as
// lengthenSectors does) and checks that no word of the briefing's pages
// prints under 5 pt, and that every sector's name prints in full on page
// 1. Before, the sector overview wrote the names on its ovals, cut to two
// lines; so wide, the map printed them at 4.2 pt, with no word on it.
func TestPrintBriefingLegibleLongSectorNames(t *testing.T) {
	study, _, pdf := printedForumsReport(t, true, "analyze")
	pages, _ := pdfWords(t, pdf)
	texts := pdfPageTexts(t, pdf, len(pages))
	detail := 0 // the page where the detail summary begins
	for p, txt := range texts {
		for _, line := range strings.Split(txt, "\n") {
			if strings.TrimSpace(line) == msg("id", "viz.tocHeadline") && detail == 0 {
				detail = p
			}
		}
	}
	if detail < 2 {
		t.Fatalf("the detail summary begins on page %d", detail)
	}
	// a word's box is about 1.12 em high in Liberation Sans (Arial's
	// metrics): the report's 15 pt title measures 16.8 pt
	const minPt = 5
	for p := 1; p < detail; p++ {
		small, n := pdfWord{YMax: 1e9}, 0
		for _, w := range pages[p-1] {
			if w.YMax-w.YMin < 1.12*minPt {
				n++
				if w.YMax-w.YMin < small.YMax-small.YMin {
					small = w
				}
			}
		}
		if n > 0 {
			t.Errorf("briefing page %d prints %d words under %d pt, the smallest %q at %.1f pt", p, n, minPt, small.Text, (small.YMax-small.YMin)/1.12)
		}
	}
	page1 := strings.Join(strings.Fields(texts[1]), " ")
	seen := map[string]bool{}
	for _, u := range readCSV(t, filepath.Join(study, "units.csv")) {
		if s := u["sector"]; s != "" && !seen[s] && !strings.Contains(page1, s) {
			t.Errorf("page 1 does not print sector %q in full", s)
		}
		seen[u["sector"]] = true
	}
}

// TestPrintBriefingMapKeySameSize prints the briefing of three studies
// whose sector overviews print at different scales (the hand-made study's
// ring of a few sectors, a kabupaten's of a dozen, and the same with
// sector names of 60 to 80 characters, its ovals numbered and the names
// in a key beside it) and checks that the map's title and key ("Digambar
// 21 dari 66 ikatan antarsektor ...") print at one size on paper, the
// caption's 8 pt. Before, they were text of the drawing, capped at 8 pt
// but scaled with it: the word "Digambar" printed 34.6 pt wide under the
// small ring, 28.6 pt (6.6 pt text) under the kabupaten's.
func TestPrintBriefingMapKeySameSize(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	kab := filepath.Join(dir, "kabupaten")
	if _, err := synth.Generate(kab, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	long := filepath.Join(dir, "panjang")
	if _, err := synth.Generate(long, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	lengthenSectors(t, long)
	// the same word at 8 pt in the report's style, printed alone
	refPage := filepath.Join(dir, "ref.html")
	if err := os.WriteFile(refPage, []byte(`<!doctype html><html><head><meta charset="utf-8"><style>body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; font-size: 8pt; }</style></head><body><p>Digambar</p></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	refPDF := filepath.Join(dir, "ref.pdf")
	printPDF(t, chromium, refPage, refPDF)
	ref, _ := pdfWords(t, refPDF)
	if len(ref) == 0 || len(ref[0]) != 1 {
		t.Fatalf("the reference page prints %v", ref)
	}
	want := ref[0][0].XMax - ref[0][0].XMin
	for _, study := range []string{filepath.Join("..", "..", "..", "testdata", "studies", "hand"), kab, long} {
		out := filepath.Join(t.TempDir(), "hasil")
		analyzeOK(t, "report", study, "--out", out, "--permutations", "100", "-q")
		pdf := filepath.Join(out, "report.pdf")
		printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
		pages, _ := pdfWords(t, pdf)
		found := false
		for _, w := range pages[0] {
			if w.Text != "Digambar" {
				continue
			}
			found = true
			if got := w.XMax - w.XMin; math.Abs(got-want) > 0.01*want {
				t.Errorf("%s: the briefing map's key prints \"Digambar\" %.1f pt wide, want %.1f as at the caption's 8 pt (%.1f pt text)",
					filepath.Base(study), got, want, 8*got/want)
			}
		}
		if !found {
			t.Errorf("%s: page 1 does not print the briefing map's key", filepath.Base(study))
		}
	}
}
