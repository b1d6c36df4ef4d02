package faccheck

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestPrintFacilitatorsFullSize prints facilitators.html of generated
// studies, with and without --reveal, in both languages, and checks that
// Chromium prints it on A4 portrait at the size of its style, with every
// listed person's pseudonym and NIP whole on the page. Before, the person
// cell of a revealed row ("P-… · name · NIP · position") did not wrap:
// the informal list was wider than the page, and Chromium printed every
// page smaller to fit it (sekat generate --seed 60, sekat facilitators
// --reveal: at 67%, its 7.5 pt table text at 5 pt; --lang en at 69%; a
// province, --preset provinsi --seed 61 --scale 0.1, at 67%), where the
// pseudonymous page printed at 100%.
func TestPrintFacilitatorsFullSize(t *testing.T) {
	chromium := printTools(t)
	dir := t.TempDir()
	_, keyFile := testKey(t, 9)
	for name, o := range map[string]synth.Options{
		"kabupaten": {Seed: 60},
		"provinsi":  {Preset: "provinsi", Seed: 61, Scale: 0.1},
	} {
		if _, err := synth.Generate(filepath.Join(dir, name), o); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		study, lang string
		reveal      bool
	}{
		{"kabupaten", "id", true}, {"kabupaten", "en", true},
		{"kabupaten", "id", false}, {"kabupaten", "en", false},
		{"provinsi", "id", true},
	} {
		name := c.study + "/" + c.lang + "/pseudonymous"
		if c.reveal {
			name = c.study + "/" + c.lang + "/reveal"
		}
		t.Run(name, func(t *testing.T) {
			study := filepath.Join(dir, c.study)
			out := filepath.Join(dir, strings.ReplaceAll(name, "/", "-"))
			args := []string{"facilitators", study, "--purpose", "uji cetak", "--key-file", keyFile, "--lang", c.lang,
				"--bootstrap", "100", "--shuffles", "20", "--out", out, "-q"}
			if c.reveal {
				args = append(args, "--reveal")
			}
			analyzeOK(t, args...)
			page := filepath.Join(out, "facilitators.html")
			pdf := filepath.Join(out, "facilitators.pdf")
			printPDF(t, chromium, page, pdf)
			for i, s := range pdfPageSizes(t, pdf) {
				// A4 portrait: 595 x 842 pt
				if s[0] < 590 || s[0] > 600 || s[1] < 837 || s[1] > 847 {
					t.Errorf("page %d is %.0f x %.0f pt, want A4 portrait (595 x 842)", i+1, s[0], s[1])
				}
			}
			scale := printScale(t, chromium, page, pdf)
			t.Logf("facilitators.html printed at %.3f of its size", scale)
			if scale < 0.99 {
				t.Errorf("facilitators.html prints at %.0f%% of its size: something is wider than the page", 100*scale)
			}
			// every listed pseudonym, and with --reveal every NIP, printed
			// as one word: neither cut at the page's edge nor broken
			words := map[string]bool{}
			pages, _ := pdfWords(t, pdf)
			for _, p := range pages {
				for _, w := range p {
					words[w.Text] = true
				}
			}
			checked := 0
			for _, row := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
				want := []string{row["pseudonym"]}
				if c.reveal {
					want = append(want, row["person_id"])
				}
				for _, w := range want {
					if !words[w] {
						t.Errorf("%q does not print as one word", w)
					}
					checked++
				}
			}
			if checked == 0 {
				t.Fatal("facilitators.csv lists nobody")
			}
		})
	}
}
