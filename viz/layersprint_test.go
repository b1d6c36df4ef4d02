package viz

import (
	"bytes"
	"html"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
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

// keyCount matches a line of the printed overview's key that ends in
// its sector's count and verdict: "name (3 unit, SILO)".
var keyCount = regexp.MustCompile(`^(.*) \([0-9.]+ unit(?:, SILO|, PANTAU)?\)$`)

// TestBriefingOverviewPrintsLegible writes the report of a generated
// kabupaten (sekat generate --seed 5 --scale 0.2 --forums) with its
// sector names as they are and made 60 to 80 characters long, as a
// province's "Urusan ..." names are, and with each internal unit a
// sector of its own named in 72 to 85 characters (34 sectors), and
// checks that the sector overview
// the briefing prints sets its smallest text at printLegiblePt or more in
// its box on A4, that with long names it numbers the ovals and lists
// every sector drawn in full beside them, and that with short names it
// prints the map the screen shows. Before, the long names, wrapped on
// the ovals, made the map so wide that it printed them at 4.2 pt; and
// the 34 numbered ovals, each with its count of units under its number,
// made a ring that printed them at 3 pt, with a line saying so.
func TestBriefingOverviewPrintsLegible(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out the sector overview of a generated study")
	}
	dir := t.TempDir()
	if _, err := synth.Generate(dir, synth.Options{Seed: 5, Scale: 0.2, Forums: true}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		// long: 1 makes each sector's name 60 to 80 characters long, 2
		// makes each internal unit a sector of its own, named in 72 to 85
		// characters (a kabupaten's 34 sectors)
		long  int
		keyed bool // the print numbers the ovals
	}{
		{"short names", 0, false},
		{"long names", 1, true},
		{"34 long names", 2, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := loadStudy(t, dir)
			for i := range n.Nodes {
				nd := &n.Nodes[i]
				switch s := nd.Sector; {
				case s == "":
				case tc.long == 1:
					nd.Sector = "Urusan " + strings.ToUpper(s[:1]) + s[1:] + " dan Urusan Pemerintahan Daerah yang Terkait dengannya"
				case tc.long == 2 && nd.Kind == graph.KindInternal && s != "kewilayahan":
					nd.Sector = "Urusan Pemerintahan Wajib Pelayanan Dasar Bidang " + nd.Name
					for _, w := range strings.Fields("dan Urusan Pemerintahan Daerah Lain yang Terkait") {
						if len(nd.Sector) < 72 {
							nd.Sector += " " + w
						}
					}
					for len(nd.Sector) > 85 {
						nd.Sector = nd.Sector[:strings.LastIndex(nd.Sector, " ")]
					}
				}
			}
			r, err := metrics.Analyze(n, metrics.Options{Seed: 1, Permutations: 999, StabilityRuns: -1})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: "id", Study: "studi"}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			fig := regexp.MustCompile(`(?s)<figure class="overview[^"]*">(.*?)</figure>`).FindStringSubmatch(page)
			if fig == nil {
				t.Fatal("the briefing has no sector overview")
			}
			svg, bw := fig[1], briefBoxW
			const keyed = `<div class="print-only keyed">`
			if i := strings.Index(svg, keyed); i >= 0 {
				svg, bw = svg[i:], keyedBoxW // the map that prints
				if strings.Contains(page, `<figure class="overview key-below">`) {
					bw = briefBoxW // the key under the map
				}
			}
			if got := strings.Contains(fig[1], keyed); got != tc.keyed {
				t.Errorf("the printed overview numbers its ovals: %v, want %v", got, tc.keyed)
			}
			svg = svg[strings.Index(svg, "<svg"):]
			svg = svg[:strings.Index(svg, "</svg>")+len("</svg>")]
			pt, ok := printedLabelPtIn([]byte(svg), bw, briefBoxH)
			if !ok {
				t.Fatal("the printed overview does not say its size")
			}
			t.Logf("%d sectors: the overview prints its smallest text at %.1f pt", len(r.Sectors), pt)
			if pt < printLegiblePt {
				t.Errorf("the overview prints its smallest text at %.1f pt, want at least %d", pt, printLegiblePt)
			}
			if strings.Contains(fig[1], strings.SplitN(i18n.T("id", "brief.mapPrintSmall"), "%s", 2)[0]) {
				t.Errorf("the briefing says its overview prints too small to read")
			}
			if !tc.keyed {
				return
			}
			// every sector drawn, by its number, in full
			items := regexp.MustCompile(`<li value="([0-9]+)"[^>]*>([^<]*)</li>`).FindAllStringSubmatch(fig[1], -1)
			if len(items) != len(r.Sectors) {
				t.Errorf("the key lists %d sectors, want the %d drawn", len(items), len(r.Sectors))
			}
			listed := map[string]bool{}
			for i, it := range items {
				if it[1] != strconv.Itoa(i+1) {
					t.Errorf("key line %d has number %s", i+1, it[1])
				}
				// "name (3 unit)" with 34 sectors, whose ovals show their
				// number alone (a sector's name holds no brackets here)
				name := html.UnescapeString(it[2])
				if m := keyCount.FindStringSubmatch(name); m != nil {
					name = m[1]
				} else if tc.long == 2 {
					t.Errorf("key line %d, %q, does not end in its count of units", i+1, it[2])
				}
				listed[name] = true
			}
			for _, s := range r.Sectors {
				if !listed[s] {
					t.Errorf("the key does not list sector %q in full", s)
				}
			}
			// the numbers run clockwise round the ring from the top
			var at [][2]float64
			for i := range items {
				m := regexp.MustCompile(`<text [^>]*\bx="([-0-9.]+)" y="([-0-9.]+)"[^>]*>` + strconv.Itoa(i+1) + `</text>`).FindStringSubmatch(svg)
				if m == nil {
					t.Fatalf("no oval shows number %d", i+1)
				}
				x, _ := strconv.ParseFloat(m[1], 64)
				y, _ := strconv.ParseFloat(m[2], 64)
				at = append(at, [2]float64{x, y})
			}
			var cx, cy float64
			for _, p := range at {
				cx, cy = cx+p[0]/float64(len(at)), cy+p[1]/float64(len(at))
			}
			prev := -1.0
			for i, p := range at {
				a := math.Atan2(p[0]-cx, cy-p[1])
				if a < 0 {
					a += 2 * math.Pi
				}
				if a < prev {
					t.Errorf("oval %d lies before oval %d clockwise from the top", i+1, i)
				}
				prev = a
			}
		})
	}
}
