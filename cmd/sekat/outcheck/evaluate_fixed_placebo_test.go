package outcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestEvaluatePlaceboFixedArm: when the treated group's homophily cannot
// change by construction (a sector of one unit: DINSOS moved to a sector
// of its own in the generated study of seed 1, scale 0.1, and treated
// from 2025-09-01 against every other sector), the placebo line says that
// the placebo dates cannot check parallel trends, each estimate being the
// control group's change alone. It read "Each of the 5 placebo dates gives
// an interval that includes 0: as far as these intervals show, the
// treated and control groups moved in parallel before the reform" of a
// group whose homophily is 0 in every period.
func TestEvaluatePlaceboFixedArm(t *testing.T) {
	dir, _ := clitest.SeedOneStudy(t, "DINSOS")
	units := filepath.Join(dir, "units.csv")
	b, err := os.ReadFile(units)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	moved := false
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Split(l, ","); len(f) == 5 && f[0] == "DINSOS" {
			f[2], moved = "tunggal", true
			l = strings.Join(f, ",")
		}
		lines = append(lines, l)
	}
	if !moved {
		t.Fatalf("%s: no DINSOS row of five fields", units)
	}
	if err := os.WriteFile(units, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-09-01\ntreated: [tunggal]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, want, not string }{
		{"en", "placebo dates cannot check parallel trends here: the treated group's homophily cannot change by construction", "moved in parallel"},
		{"id", "tanggal plasebo tidak dapat memeriksa tren paralel di sini: homofili kelompok yang diperlakukan tidak dapat berubah", "bergerak sejajar"},
	} {
		stdout, stderr := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "e"), "--resamples", "200", "--lang", tc.lang)
		if !strings.Contains(stderr, "outcome_fixed") && !strings.Contains(stdout+stderr, msg(tc.lang, "evaluate.readFixedTreated")) {
			t.Fatalf("%s: the treated arm is not fixed by construction:\n%s\n%s", tc.lang, stdout, stderr)
		}
		if !strings.Contains(stdout, tc.want) || strings.Contains(stdout, tc.not) {
			t.Errorf("%s: stdout\n%s\nwant %q and not %q", tc.lang, stdout, tc.want, tc.not)
		}
	}
}
