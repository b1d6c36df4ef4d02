package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestEvaluateRINullNamesPeriods: the line on the randomisation p's null
// model says how often that p was at most 0.05 on generated studies
// without a reform with the period length the user chose, and says which.
// Until session 52 it gave "9 of 160 (5.6%)", measured with monthly
// periods only, after `evaluate --every quarter` and `--every week` too;
// docs/change.md records 1 of 20 for each of those (seeds 1044-1063,
// testdata/change/evaluate_sweep.sh), and 10 of 180 with months. The
// study: sekat generate --seed 1110 --scale 0.1 --pilot, its pilot sector
// ekonomi treated from 2025-10-01 against kewilayahan (truth.json).
func TestEvaluateRINullNamesPeriods(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1110, Scale: 0.1, Pilot: true}); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-10-01\ntreated: [ekonomi]\ncontrol: [kewilayahan]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, every, key string
		says, notSays    []string
	}{
		{"en", "quarter", "evaluate.riMeasuredQuarter", []string{"1 of 20 with quarterly periods, as here", "too few studies"}, []string{"9 of 160", "monthly periods, as here"}},
		{"id", "quarter", "evaluate.riMeasuredQuarter", []string{"1 dari 20 studi dengan periode triwulanan seperti di sini", "terlalu sedikit"}, []string{"9 dari 160", "periode bulanan seperti di sini"}},
		{"en", "week", "evaluate.riMeasuredWeek", []string{"1 of 20 with weekly periods, as here", "too few studies"}, []string{"9 of 160", "monthly periods, as here"}},
		{"id", "month", "evaluate.riMeasuredMonth", []string{"periode bulanan seperti di sini", "10 dari 180 studi (5,6%)"}, []string{"9 dari 160", "terlalu sedikit"}},
	} {
		t.Run(tc.lang+"-"+tc.every, func(t *testing.T) {
			stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--every", tc.every, "--out", filepath.Join(t.TempDir(), "o"), "-q", "--lang", tc.lang)
			var line string
			for _, l := range strings.Split(stdout, "\n") {
				if strings.HasPrefix(l, msg(tc.lang, "evaluate.riNull")) {
					line = l
				}
			}
			if line == "" {
				t.Fatalf("no line on the randomisation p's null model:\n%s", stdout)
			}
			if !strings.Contains(line, msg(tc.lang, tc.key)) {
				t.Errorf("--every %s: the null model's line lacks %q:\n%s", tc.every, msg(tc.lang, tc.key), line)
			}
			for _, s := range tc.says {
				if !strings.Contains(line, s) {
					t.Errorf("--every %s: the null model's line lacks %q:\n%s", tc.every, s, line)
				}
			}
			for _, s := range tc.notSays {
				if strings.Contains(line, s) {
					t.Errorf("--every %s: the null model's line says %q:\n%s", tc.every, s, line)
				}
			}
		})
	}
}
