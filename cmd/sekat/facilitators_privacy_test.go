package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/people"
)

// TestFacilitatorsFewSlices: a window of fewer slices than
// change.MinIntervalBlocks (the rule of compare and trend) gives no rank
// interval, and the reason and the page say why, in both languages. The
// review of fix-fac found "selang 95% peringkat 1–1" from the 2 slices of
// 2025-03-01..2025-03-05.
func TestFacilitatorsFewSlices(t *testing.T) {
	if people.MinIntervalSlices != change.MinIntervalBlocks {
		t.Fatalf("people.MinIntervalSlices %d, change.MinIntervalBlocks %d: the rules differ", people.MinIntervalSlices, change.MinIntervalBlocks)
	}
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 9044, Scale: 0.2}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 9)
	for _, tc := range []struct {
		name, from, to, lang string
		interval             bool
		why, note            string // in the reason and on the page, when no interval
	}{
		{"2 slices", "2025-03-01", "2025-03-05", "id", false, "hanya memuat 2 potongan waktu, kurang dari 4", "Selang peringkat tidak diberikan: jendela waktu hanya memuat 2 potongan waktu, kurang dari 4 yang diperlukan"},
		{"3 slices, English", "2025-03-03", "2025-03-24", "en", false, "holds only 3 slices, fewer than 4", "No rank interval is given: the window holds only 3 slices, fewer than the 4 a resample"},
		{"4 slices", "2025-03-03", "2025-03-31", "id", true, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			analyzeOK(t, "facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--out", out, "--from", tc.from, "--to", tc.to,
				"--lang", tc.lang, "--bootstrap", "50", "--shuffles", "5", "-q")
			with, informal := 0, 0
			for _, r := range readCSV(t, filepath.Join(out, "facilitators.csv")) {
				if r["list"] != "informal" {
					continue
				}
				informal++
				if r["rank_lo"] != "0" {
					with++
				}
				if !tc.interval && !strings.Contains(r["reason"], tc.why) {
					t.Errorf("%s: the reason does not say why there is no interval: %s", r["pseudonym"], r["reason"])
				}
			}
			if informal == 0 {
				t.Fatal("nobody listed: the case is not shown")
			}
			if got := with > 0; got != tc.interval {
				t.Errorf("%d of %d listed people have a rank interval, want some: %v", with, informal, tc.interval)
			}
			if page := readFile(t, filepath.Join(out, "facilitators.html")); !tc.interval && !strings.Contains(page, tc.note) {
				t.Errorf("facilitators.html does not say why there is no interval (%q)", tc.note)
			}
		})
	}
}
