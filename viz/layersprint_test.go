package viz

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/metrics"
)

// TestLayerMapsPrintLegible writes the report of generated studies and
// checks that every layer map prints its smallest text at printLegiblePt
// or more, in the box its page gives it (report.css): two to a row when
// that is legible, else one to a page, the map drawn with fewer units
// where even a page would print it too small. Before, a province's layer
// maps printed at 1.4 pt (sekat generate --preset provinsi --seed 5
// --scale 0.2), a kabupaten's at 2.4 pt, two to a row.
func TestLayerMapsPrintLegible(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out the layer maps of two generated studies")
	}
	for _, tc := range []struct {
		name  string
		opt   synth.Options
		fewer bool // some layer map prints with fewer units than on screen
	}{
		{"kabupaten", synth.Options{Seed: 1}, false},
		{"provinsi", synth.Options{Preset: "provinsi", Seed: 5, Scale: 0.2}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := synth.Generate(dir, tc.opt); err != nil {
				t.Fatal(err)
			}
			r, err := metrics.Analyze(loadStudy(t, dir), metrics.Options{Seed: 1, Permutations: 99, StabilityRuns: -1})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: "id", Study: tc.name}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			block := regexp.MustCompile(`<div class="layers-block([^"]*)">`).FindStringSubmatch(page)
			if block == nil {
				t.Fatal("the report has no layer maps")
			}
			split, blockTall := strings.Contains(block[1], "split"), strings.Contains(block[1], "tall")
			body := page[strings.Index(page, block[0]):]
			figures := regexp.MustCompile(`(?s)<figure( class="tall")?>(.*?)</figure>`).FindAllStringSubmatch(body, -1)
			fewer := false
			for i, f := range figures {
				if i >= 4 {
					break
				}
				svg := f[2]
				if j := strings.Index(svg, `<div class="print-only"><svg`); j >= 0 {
					svg, fewer = svg[j:], true // the map that prints
				}
				svg = svg[strings.Index(svg, "<svg"):]
				svg = svg[:strings.Index(svg, "</svg>")+len("</svg>")]
				bw, bh := wideLayerBoxW, wideLayerBoxH
				switch {
				case split && f[1] != "":
					bw, bh = tallBoxW, tallBoxH
				case split:
					bw, bh = wideBoxW, wideBoxH
				case blockTall:
					bw, bh = tallLayerBoxW, tallLayerBoxH
				}
				pt, ok := printedLabelPtIn([]byte(svg), bw, bh)
				if !ok {
					t.Fatalf("layer map %d does not say its size", i+1)
				}
				t.Logf("layer map %d: smallest text %.1f pt in print (one to a page: %v)", i+1, pt, split)
				if pt < printLegiblePt {
					t.Errorf("layer map %d prints its smallest text at %.1f pt, want at least %d", i+1, pt, printLegiblePt)
				}
			}
			if len(figures) == 0 {
				t.Fatal("no layer map figure")
			}
			if fewer != tc.fewer {
				t.Errorf("a layer map prints with fewer units than on screen: %v, want %v", fewer, tc.fewer)
			}
			// the line under the maps that says they print too small to read
			if small := `<p class="print-only">Pada kertas A4 huruf terkecil peta per lapisan`; strings.Contains(page, small) {
				t.Errorf("the report says the layer maps print too small to read")
			}
		})
	}
}
