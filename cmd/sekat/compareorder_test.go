package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestComparePeriodsWrongWayRound: periods given the wrong way round, the
// later as --before (or the later study first), are refused with exit 2
// and a sentence in each language. compare ran them and read every change
// backwards in time: on sekat generate --seed 17 --scale 0.4 --pilot,
// --before 2025-07-01..2026-01-01 --after 2025-01-01..2025-07-01 printed
// "Sector ekonomi became a new silo" and "Sector sosial opened up" of a
// sector that opened and one that closed, the swapped dates on the first
// line alone saying so.
func TestComparePeriodsWrongWayRound(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 23, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	quick := []string{"--resamples", "100", "--permutations", "100", "-q"}
	t.Run("one study", func(t *testing.T) {
		for _, c := range []struct{ lang, want string }{
			{"id", "--after 2025-01-01..2025-07-01 mendahului --before 2025-07-01..2026-01-01: urutan periodenya terbalik"},
			{"en", "--after 2025-01-01..2025-07-01 comes before --before 2025-07-01..2026-01-01: the periods are the wrong way round"},
		} {
			out := filepath.Join(t.TempDir(), "banding")
			code, _, stderr := sekat(t, append([]string{"compare", dir, "--before", "2025-07-01..2026-01-01", "--after", "2025-01-01..2025-07-01",
				"--out", out, "--lang", c.lang}, quick...)...)
			if code != 2 || !strings.Contains(squash(stderr), c.want) {
				t.Errorf("%s: exit %d, want 2 with %q:\n%s", c.lang, code, c.want, stderr)
			}
			if _, err := os.Stat(filepath.Join(out, "changes_groups.csv")); err == nil {
				t.Errorf("%s: changes_groups.csv written for periods the wrong way round", c.lang)
			}
		}
		// the right way round runs
		analyzeOK(t, append([]string{"compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
			"--out", filepath.Join(t.TempDir(), "banding")}, quick...)...)
	})
	t.Run("two studies", func(t *testing.T) {
		half := func(name, window string) string {
			d := filepath.Join(t.TempDir(), name)
			copyDir(t, dir, d)
			writeStudyFile(t, d, "study.yaml", []byte("window: "+window+"\n"))
			return d
		}
		first := half("a", "{from: 2025-01-01, to: 2025-07-01}")
		second := half("b", "{from: 2025-07-01, to: 2026-01-01}")
		for _, c := range []struct{ lang, want string }{
			{"id", "periode studi kedua (2025-01-01 s.d. 2025-06-30) seluruhnya mendahului periode studi pertama (2025-07-01 s.d. 2025-12-31)"},
			{"en", "the second study's period (2025-01-01 to 2025-06-30) lies wholly before the first's (2025-07-01 to 2025-12-31)"},
		} {
			code, _, stderr := sekat(t, append([]string{"compare", second, first, "--out", filepath.Join(t.TempDir(), "banding"), "--lang", c.lang}, quick...)...)
			if code != 2 || !strings.Contains(squash(stderr), c.want) {
				t.Errorf("%s: exit %d, want 2 with %q:\n%s", c.lang, code, c.want, stderr)
			}
		}
		analyzeOK(t, append([]string{"compare", first, second, "--out", filepath.Join(t.TempDir(), "banding")}, quick...)...)
	})
}
