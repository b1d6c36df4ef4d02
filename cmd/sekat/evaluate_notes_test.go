package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestEvaluateDateInsidePeriodWarns: a reform date inside a period is
// named, with the period start the evaluation split at, on stderr; a date
// at a period start gives no such warning.
func TestEvaluateDateInsidePeriodWarns(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	truth, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.3, Pilot: true})
	if err != nil {
		t.Fatal(err)
	}
	p := truth.Pilot
	for _, tc := range []struct {
		date, warn string
	}{
		{"2025-10-01", ""},
		{"2025-10-15", "the reform date 2025-10-15 is not the start of a period (--every month); the evaluation splits at 2025-10-01"},
	} {
		t.Run(tc.date, func(t *testing.T) {
			reform := filepath.Join(t.TempDir(), "reform.yaml")
			y := "date: " + tc.date + "\ntreated: [" + strings.Join(p.Treated, ", ") + "]\ncontrol: [" + strings.Join(p.Control, ", ") + "]\n"
			if err := os.WriteFile(reform, []byte(y), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "evaluasi")
			code, stdout, stderr := sekat(t, "evaluate", dir, "--reform", reform, "--out", out, "--resamples", "100", "-q", "--lang", "en")
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if got := strings.Contains(stderr, "is not the start of a period"); got != (tc.warn != "") || tc.warn != "" && !strings.Contains(stderr, tc.warn) {
				t.Errorf("stderr:\n%s\nwant warning %q", stderr, tc.warn)
			}
			if !strings.Contains(stdout, "Effect of the reform of 2025-10-01") {
				t.Errorf("stdout names another date than the split used:\n%s", stdout)
			}
		})
	}
}
