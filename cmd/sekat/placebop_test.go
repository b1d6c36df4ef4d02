package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestEvaluatePlaceboRandomisationP: a placebo date whose interval holds 0
// but whose randomisation p is at most 0.05 is doubtful, and the placebo
// line names it with its p instead of saying that the groups moved in
// parallel. On `sekat generate --seed 5 --pilot`, the five KEC_ units
// treated from 2025-10-01 against every other internal unit, the placebo
// date 2025-08-01 has an interval of -0.028 to 0.135 and a p of 0.005
// (did.csv, 1,000 resamples; the p does not depend on the resamples), and
// evaluate said "Each of the 6 placebo dates gives an interval that
// includes 0: as far as these dates show, the treated and control groups
// moved in parallel before the reform". One doubtful date of six is a
// warning, not a failure: the effect (-0.862, interval -0.928 to -0.790)
// is still read as the treated group becoming more open.
func TestEvaluatePlaceboRandomisationP(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 5, Scale: 1, Pilot: true}); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	y := "date: 2025-10-01\ntreated: [KEC_SUKAMAJU, KEC_MEKARSARI, KEC_SINDANGJAYA, KEC_CIBEUREUM, KEC_TANJUNGSARI]\n"
	if err := os.WriteFile(reform, []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang      string
		want, not []string
	}{
		{"en", []string{"5 of 6 placebo dates show no sign of the groups moving apart", "1 date is doubtful: 1 August 2025 (randomisation p = 0.005)",
			"became more open after 1 October 2025"},
			[]string{"moved in parallel", "cannot be attributed"}},
		{"id", []string{"5 dari 6 tanggal plasebo tidak menunjukkan tanda bahwa kedua kelompok saling menjauh", "1 tanggal meragukan: 1 Agustus 2025 (p randomisasi = 0,005)",
			"menjadi lebih terbuka sesudah 1 Oktober 2025"},
			[]string{"bergerak sejajar sebelum reformasi.", "tidak dapat dikaitkan"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "o"), "--resamples", "200", "-q", "--lang", tc.lang)
			for _, w := range tc.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout:\n%s\nwant %q", stdout, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(stdout, n) {
					t.Errorf("stdout:\n%s\nhas %q", stdout, n)
				}
			}
		})
	}
}
