package pagecheck

import (
	"html"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// svgTextRun is a <text> element of a Graphviz SVG and its content.
var svgTextRun = regexp.MustCompile(`<text\b[^>]*>([^<]*)</text>`)

// labelWord is a word of a map's text that pdftotext gives back as
// written (letters, digits, '_' and '%'), not a dash or a dot between.
var labelWord = regexp.MustCompile(`^[\pL\pN_%()]+$`)

// TestPrintMapSVGOnA4: map.svg as analyze writes it and the maps of
// sekat map (the unit map, the sector overview), each printed on its own
// by headless Chromium, come out on one A4 page (landscape or portrait,
// as the drawing's text prints larger) with every word of the drawing on
// it. Before (review of session 47), the same map.svg printed on US
// Letter, Chromium's default paper, and this test's map (generated
// kabupaten, seed 1, scale 0.2; Chromium 2026-12 on this machine) lost its
// right edge: 13 of its 194 words, RSUD and DISPORA among them, were cut
// off.
func TestPrintMapSVGOnA4(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	if _, err := synth.Generate(study, synth.Options{Seed: 1, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	analyzeOK(t, "analyze", study, "--out", out, "-q")
	sectors := filepath.Join(dir, "sektor.svg")
	analyzeOK(t, "map", out, "--sectors", "--out", sectors)
	for _, svg := range []string{filepath.Join(out, "map.svg"), sectors} {
		t.Run(filepath.Base(svg), func(t *testing.T) {
			pdf := strings.TrimSuffix(svg, ".svg") + ".pdf"
			printPDF(t, chromium, svg, pdf)
			pages, size := pdfPages(t, pdf)
			if pages != 1 || !strings.Contains(size, "(A4)") {
				t.Errorf("%d pages of %q, want 1 of A4", pages, size)
			}
			txt, err := exec.Command("pdftotext", "-raw", pdf, "-").Output() // -raw: in drawing order; the layout mode merged a word with its white halo drawn under it ("22" for 2)
			if err != nil {
				t.Fatal(err)
			}
			printed := map[string]bool{}
			for _, w := range strings.Fields(string(txt)) {
				printed[w] = true
			}
			var words, lost []string
			for _, m := range svgTextRun.FindAllStringSubmatch(readFile(t, svg), -1) {
				for _, w := range strings.Fields(html.UnescapeString(m[1])) {
					if labelWord.MatchString(w) {
						words = append(words, w)
						if !printed[w] {
							lost = append(lost, w)
						}
					}
				}
			}
			if len(words) == 0 {
				t.Fatalf("no word in %s", svg)
			}
			if len(lost) > 0 {
				t.Errorf("%d of the map's %d words are not on the printed page: %v", len(lost), len(words), lost)
			}
		})
	}
}
