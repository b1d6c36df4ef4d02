package faccheck

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestPrintFacilitatorsHeaderWithRows prints the revealed facilitators.html
// of generated kabupaten studies and checks that wherever the header row
// of a list of people (the informal facilitators, the set, the formal
// coordinators) prints, a row of that list prints under it on the same
// page. Before, the formal coordinators' heading, introduction and header
// row stood alone at the foot of page 6, their rows starting on page 7
// (sekat generate --seed 60 --scale 0.1, and --seed 64, sekat facilitators
// --reveal).
func TestPrintFacilitatorsHeaderWithRows(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	_, keyFile := testKey(t, 9)
	const lang = "id"
	first := func(key string) string { return strings.Fields(msg(lang, key))[0] }
	person := first("viz.fac.col.person")
	for _, seed := range []uint64{60, 64} {
		name := fmt.Sprintf("seed%d", seed)
		t.Run(name, func(t *testing.T) {
			study, out := filepath.Join(dir, name), filepath.Join(dir, name+"-out")
			if _, err := synth.Generate(study, synth.Options{Seed: seed, Scale: 0.1}); err != nil {
				t.Fatal(err)
			}
			analyzeOK(t, "facilitators", study, "--purpose", "uji cetak", "--key-file", keyFile, "--lang", lang,
				"--reveal", "--out", out, "-q")
			pdf := filepath.Join(out, "facilitators.pdf")
			printPDF(t, chromium, filepath.Join(out, "facilitators.html"), pdf)
			// each list: the word its header row holds on the line of
			// the person column's (the row's first or second cell), and
			// the pseudonyms of its rows
			lists := []struct {
				what, beside string
				rows         map[string]bool
			}{
				{"informal", first("viz.fac.col.rank"), map[string]bool{}},
				{"set", first("viz.fac.col.order"), map[string]bool{}},
				{"formal", first("viz.fac.col.formalBy"), map[string]bool{}},
			}
			for _, row := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
				switch {
				case row["list"] == "formal":
					lists[2].rows[row["pseudonym"]] = true
				case row["in_set"] == "true":
					lists[1].rows[row["pseudonym"]] = true
					fallthrough
				default:
					lists[0].rows[row["pseudonym"]] = true
				}
			}
			pages, _ := pdfWords(t, pdf)
			headers := 0
			for _, l := range lists {
				if len(l.rows) == 0 {
					t.Fatalf("no %s rows in facilitators.csv: the test checks nothing", l.what)
				}
				for p, words := range pages {
					for _, h := range words {
						if h.Text != person {
							continue
						}
						beside := false
						for _, w := range words {
							beside = beside || (w.Text == l.beside && math.Abs(w.YMin-h.YMin) < 2)
						}
						if !beside {
							continue
						}
						headers++
						under := 0
						for _, w := range words {
							if l.rows[w.Text] && w.YMin > h.YMax {
								under++
							}
						}
						if under == 0 {
							t.Errorf("page %d: the header row of the %s list prints at %.0f pt from the top with none of its rows under it", p+1, l.what, h.YMin)
						}
					}
				}
			}
			if headers < len(lists) {
				t.Errorf("%d header rows found, want at least %d (one a list)", headers, len(lists))
			}
			t.Logf("%d A4 pages, %d header rows checked", len(pages), headers)
		})
	}
}
