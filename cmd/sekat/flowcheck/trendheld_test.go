package flowcheck

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestTrendHeldAtZeroNote: trend says how many of the scores its CUSUM
// ran on were held at 0 by the binomial bound (docs/change.md, "What a
// thin period's ties can carry"), counted here from trend.csv and
// trend_cusum.csv alone: a z of exactly 0 where the homophily
// standardised by the calibration (its mean and standard deviation, the
// deviation widened by sqrt(calibration_weight / weight) for a lighter
// period) is not 0. On sekat generate --seed 33 --scale 0.3 --no-change,
// trend --every week, that was 175 of the 380 sector-weeks scored (sekat
// 2026-12-06, the same count from SciPy's binomial tails), and nothing
// but docs/change.md said so: the terminal, with no alarm, said that no
// sector drifted far enough, and a z of 0 read as a homophily at the
// calibration mean.
func TestTrendHeldAtZeroNote(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "33", "--scale", "0.3", "--no-change", "--out", study)
	for _, lang := range []string{"en", "id"} {
		out := filepath.Join(t.TempDir(), "trend")
		stdout, _ := analyzeOK(t, "trend", study, "--every", "week", "--out", out, "-q", "--lang", lang)
		held, scored := heldAtZero(t, out)
		if held == 0 {
			t.Fatalf("no score held at 0 on this study (%d scored): it checks nothing; find another", scored)
		}
		want := msg(lang, "trend.heldAtZero", held, scored)
		if !strings.Contains(stdout, want) {
			t.Errorf("%s: stdout does not say %q:\n%s", lang, want, stdout)
		}
		page, err := os.ReadFile(filepath.Join(out, "trend.html"))
		if err != nil {
			t.Fatal(err)
		}
		if head, _, _ := strings.Cut(want, ":"); !strings.Contains(string(page), head) {
			t.Errorf("%s: trend.html does not say %q", lang, head)
		}
	}
}

// heldAtZero counts the rows of trend.csv in out with a z (scored) and
// those of them whose z is 0 where the standardised homophily is not.
func heldAtZero(t *testing.T, out string) (held, scored int) {
	t.Helper()
	type base struct{ mean, sd, weight float64 }
	bases := map[string]base{}
	for _, r := range clitest.ReadCSV(t, filepath.Join(out, "trend_cusum.csv")) {
		if r["watched"] != "true" {
			continue
		}
		bases[r["type"]+"/"+r["name"]] = base{num(t, r["calibration_mean"]), num(t, r["calibration_sd"]), num(t, r["calibration_weight"])}
	}
	for _, r := range clitest.ReadCSV(t, filepath.Join(out, "trend.csv")) {
		if r["z"] == "" {
			continue
		}
		b, ok := bases[r["type"]+"/"+r["name"]]
		if !ok {
			t.Fatalf("trend.csv: a z for %s %s, which trend_cusum.csv does not watch", r["type"], r["name"])
		}
		scored++
		sd := b.sd
		if w := num(t, r["internal_weight"]) + num(t, r["external_weight"]); w > 0 && w < b.weight {
			sd *= math.Sqrt(b.weight / w)
		}
		if raw := (num(t, r["homophily"]) - b.mean) / sd; num(t, r["z"]) == 0 && math.Abs(raw) > 1e-12 {
			held++
		}
	}
	return held, scored
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return x
}
