package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestEvaluateEffectDigitsAgree: evaluate's first line and the sentences
// below it write the same effect with the same digits. Commit a1ddf9d gave
// the sentence on the smallest significant effect more decimals where
// three print it and the effect alike, but the first line kept three: on
// `sekat generate --seed 23 --no-change --scale 0.3` with DINKES and RSUD
// treated from 2025-09-01 (effect -0.012098548786730067,
// min_significant_effect 0.012332525133554111 in did.csv) it read
// "-0.012 (95% interval -0.033 to 0.006 ...)" and, two lines below, "the
// effect found, -0.0121, is not". Now both say -0.0121, in both languages,
// and the interval is written with the effect's digits.
func TestEvaluateEffectDigitsAgree(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 23, Scale: 0.3, NoChange: true}); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-09-01\ntreated: [DINKES, RSUD]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang                string
		first, found, ci    *regexp.Regexp
		wantFirst, wantLows string
	}{
		{"en", regexp.MustCompile(`\(difference in differences\): (-?[0-9.]+) `), regexp.MustCompile(`the effect found, (-?[0-9.]+), is not`),
			regexp.MustCompile(`95% interval (-?[0-9.]+) to`), "-0.0121", "-0.0332"},
		{"id", regexp.MustCompile(`\(selisih-dalam-selisih\): (-?[0-9,]+) `), regexp.MustCompile(`efek yang ditemukan, (-?[0-9,]+), tidak`),
			regexp.MustCompile(`selang 95% (-?[0-9,]+) s\.d\.`), "-0,0121", "-0,0332"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "o"), "-q", "--lang", tc.lang)
			first, found := tc.first.FindStringSubmatch(stdout), tc.found.FindStringSubmatch(stdout)
			if first == nil || found == nil {
				t.Fatalf("stdout lacks the effect on the first line or in the sentence on the smallest significant effect:\n%s", stdout)
			}
			if first[1] != found[1] {
				t.Errorf("the first line writes the effect %s, the sentence below %s:\n%s", first[1], found[1], stdout)
			}
			if first[1] != tc.wantFirst {
				t.Errorf("effect written %s, want %s (did.csv: -0.012098548786730067, beside 0.012332525133554111)", first[1], tc.wantFirst)
			}
			if ci := tc.ci.FindStringSubmatch(stdout); ci == nil || ci[1] != tc.wantLows {
				t.Errorf("interval's low end %v, want %s with the effect's digits (did.csv: -0.033165916634229686):\n%s", ci, tc.wantLows, stdout)
			}
			if strings.Contains(stdout, "NaN") {
				t.Errorf("stdout has NaN:\n%s", stdout)
			}
		})
	}
}
