package outcheck

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestLayerSilentInAPeriod: a study whose letters' export lacks August
// (its meetings and data requests kept, so no week is empty) was
// compared, July against August, and trended by month without a word:
// every sector seemed to open or close in August, on the meetings alone.
// compare now warns of the period without letters (--after, not
// --before), trend names August in a note on stdout and its page, and
// evaluate in a warning; the whole study gives none of them.
func TestLayerSilentInAPeriod(t *testing.T) {
	dir, gap := clitest.SmallStudyTwice(t, "tanpa-agustus")
	clitest.DropMonths(t, filepath.Join(gap, "correspondence.csv"), "2025-08")
	for _, c := range []struct {
		study string
		warn  bool
	}{{gap, true}, {dir, false}} {
		name := filepath.Base(c.study)
		out := filepath.Join(t.TempDir(), "banding")
		_, stderr := analyzeOK(t, "compare", c.study, "--before", "2025-07-01..2025-08-01", "--after", "2025-08-01..2025-09-01",
			"--out", out, "--resamples", "100", "--permutations", "100", "--lang", "en", "-q")
		js := clitest.ReadFile(t, filepath.Join(out, "compare.json"))
		if got := strings.Contains(js, `"period_layer_missing"`); got != c.warn {
			t.Errorf("compare %s: warned %v, want %v\n%s", name, got, c.warn, stderr)
		}
		if c.warn {
			if !strings.Contains(stderr, "--after 2025-08-01..2025-09-01: no tie of the correspondence table falls in this period") ||
				strings.Contains(stderr, "--before 2025-07-01..2025-08-01: no tie") {
				t.Errorf("compare %s: the warning is not of --after alone:\n%s", name, stderr)
			}
			if !strings.Contains(stderr, "layer_weights: {correspondence: 0}") {
				t.Errorf("compare %s: the warning gives no fix:\n%s", name, stderr)
			}
		}
		out = filepath.Join(t.TempDir(), "tren")
		stdout, _ := analyzeOK(t, "trend", c.study, "--every", "month", "--resamples", "100", "--permutations", "100", "--out", out)
		page := html.UnescapeString(clitest.ReadFile(t, filepath.Join(out, "trend.html")))
		for where, text := range map[string]string{"stdout": stdout, "trend.html": page} {
			got := strings.Contains(text, "Tabel correspondence, yang memuat")
			if got != c.warn {
				t.Errorf("trend %s: %s notes the silent table %v, want %v\n%s", name, where, got, c.warn, stdout)
			}
			if c.warn && !strings.Contains(text, "pada 1 periode (1–31 Agustus 2025)") {
				t.Errorf("trend %s: %s does not name August alone:\n%s", name, where, stdout)
			}
		}
		// by week, August's letters are missing from 4 whole weeks; the
		// whole study's one week without letters, the cuti bersama of 31
		// March 2025, in which every table is quiet, is a holiday and not
		// said
		out = filepath.Join(t.TempDir(), "pekan")
		stdout, _ = analyzeOK(t, "trend", c.study, "--every", "week", "--resamples", "100", "--permutations", "100", "--lang", "en", "--out", out)
		if got := strings.Contains(stdout, "The correspondence table, which carries"); got != c.warn {
			t.Errorf("trend --every week %s: notes the silent table %v, want %v\n%s", name, got, c.warn, stdout)
		}
		if c.warn && !strings.Contains(stdout, "4–10 August 2025, 11–17 August 2025, 18–24 August 2025 and 25–31 August 2025)") {
			t.Errorf("trend --every week %s: the note does not name August's weeks:\n%s", name, stdout)
		}
		reform := filepath.Join(t.TempDir(), "reform.yaml")
		if err := os.WriteFile(reform, []byte("date: 2025-10-01\ntreated: [kewilayahan]\ncontrol: [ekonomi]\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, stderr = analyzeOK(t, "evaluate", c.study, "--reform", reform, "--resamples", "100", "--permutations", "100",
			"--lang", "en", "--out", filepath.Join(t.TempDir(), "evaluasi"), "-q")
		if got := strings.Contains(stderr, "the correspondence table, which carries"); got != c.warn {
			t.Errorf("evaluate %s: warned %v, want %v\n%s", name, got, c.warn, stderr)
		}
		if c.warn && !strings.Contains(stderr, "gives no tie in 1 period (1–31 August 2025)") {
			t.Errorf("evaluate %s: the warning does not name August alone:\n%s", name, stderr)
		}
	}
}
