package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestComparePeriodsOutsideStudyWindow: a one-study compare whose
// --before or --after reaches outside the window study.yaml sets warns
// that the periods replace that window (stderr and compare.json, code
// periods_outside_window), naming the window. Before, the days the window
// left out (set aside on purpose: an export known to be faulty) were
// compared without a word, since with one STUDY --from and --to are
// refused and the periods are the window (found with sekat compare on
// sekat generate --seed 1126 --scale 0.3 --no-change with window: {from:
// 2025-03-01, to: 2025-10-01}: hT, session 53).
func TestComparePeriodsOutsideStudyWindow(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	clitest.WriteStudyFile(t, dir, "study.yaml", []byte("name: uji\nwindow: {from: 2025-03-01, to: 2025-10-01}\n"))
	dailyLettersStudy(t, dir, "person_id,unit_id\np1,A\np2,B\np3,C\n", "unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nC,Badan C,s2\n",
		[]string{"A,B", "B,C", "C,A"}, nil)
	want := map[string]string{
		"en": "reach outside the window of study.yaml (window: {from: 2025-03-01, to: 2025-10-01}): with one STUDY the periods given replace that window",
		"id": "menjangkau ke luar jendela waktu study.yaml (window: {from: 2025-03-01, to: 2025-10-01}): dengan satu STUDY, periode yang diberikan menggantikan jendela itu",
	}
	for _, c := range []struct {
		name, before, after string
		warned              bool
	}{
		{"halves of the year", "2025-01-01..2025-07-01", "2025-07-01..2026-01-01", true},
		{"after past the window's end", "2025-03-01..2025-07-01", "2025-07-01..2025-10-02", true},
		{"inside the window", "2025-03-01..2025-07-01", "2025-07-01..2025-10-01", false},
	} {
		for _, lang := range []string{"en", "id"} {
			t.Run(c.name+"/"+lang, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "banding")
				code, _, stderr := sekat(t, "compare", dir, "--before", c.before, "--after", c.after, "--resamples", "100", "--permutations", "100", "--lang", lang, "--out", out, "-q")
				if code != 0 {
					t.Fatalf("exit %d\n%s", code, stderr)
				}
				js := readFile(t, filepath.Join(out, "compare.json"))
				if got := strings.Contains(stderr, want[lang]); got != c.warned {
					t.Errorf("stderr warns of the study's window: %v, want %v\n%s", got, c.warned, stderr)
				}
				if got := strings.Contains(js, `"periods_outside_window"`); got != c.warned {
					t.Errorf("compare.json has periods_outside_window: %v, want %v", got, c.warned)
				}
			})
		}
	}
}
