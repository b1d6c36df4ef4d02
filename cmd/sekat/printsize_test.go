package main

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// pdfWord is one word of a PDF page as pdftotext -bbox gives it.
type pdfWord struct {
	Text                   string
	XMin, YMin, XMax, YMax float64
}

var (
	bboxPage = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// pdfWords returns the words of each page of pdf (from page 1 at index
// 0) and the pages' height in points, from pdftotext -bbox.
func pdfWords(t *testing.T, pdf string) (pages [][]pdfWord, height float64) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if m := bboxPage.FindStringSubmatch(line); m != nil {
			height, _ = strconv.ParseFloat(m[2], 64)
			pages = append(pages, nil)
			continue
		}
		if m := bboxWord.FindStringSubmatch(line); m != nil && len(pages) > 0 {
			var f [4]float64
			for i := range f {
				f[i], _ = strconv.ParseFloat(m[i+1], 64)
			}
			pages[len(pages)-1] = append(pages[len(pages)-1], pdfWord{m[5], f[0], f[1], f[2], f[3]})
		}
	}
	return pages, height
}

// lengthenSectors rewrites the sector column of units.csv in study so
// that every sector's name is 60 to 80 characters long, as a province's
// "Urusan ..." names are: each name is followed by a fixed phrase.
func lengthenSectors(t *testing.T, study string) {
	t.Helper()
	path := filepath.Join(study, "units.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
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
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
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
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if _, err := synth.Generate(study, synth.Options{Seed: 5, Scale: 0.2, Forums: true}); err != nil {
		t.Fatal(err)
	}
	lengthenSectors(t, study)
	analyzeOK(t, "report", study, "--level", "person", "--lang", "en", "--out", out, "-q")
	pdf := filepath.Join(dir, "report.pdf")
	printPDF(t, chromium, filepath.Join(out, "report.html"), pdf)
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
