package flowcheck

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestEvaluateNearZeroEffectKeepsSign: evaluate's first line gives the
// effect and its interval as did.csv holds them, rounded, never a value
// that is not 0 as 0. On sekat generate --seed 5 --no-change with
// infrastruktur treated from 2025-07-01 (all other sectors controls),
// did.csv held an effect of -0.000325 (sekat 2026-12-06) and the line
// read "0.000 (95% interval -0.011 to 0.009 ...)": "-0.000" lost its
// minus as a negative zero (review of session 47, for an interval end of
// -0.000176).
func TestEvaluateNearZeroEffectKeepsSign(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "5", "--no-change", "--out", study)
	reform := filepath.Join(dir, "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-07-01\ntreated: [infrastruktur]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	number := regexp.MustCompile(`-?\d+[.,]\d+`)
	for _, lang := range []string{"id", "en"} {
		out := filepath.Join(t.TempDir(), "evaluate")
		stdout, _ := analyzeOK(t, "evaluate", study, "--reform", reform, "--out", out, "-q", "--lang", lang)
		want := didRow(t, filepath.Join(out, "did.csv"))
		if !(want[0] != 0 && math.Abs(want[0]) < 0.0005) {
			t.Fatalf("the effect is %v: no longer one that rounds to 0 at three decimals, so this study checks nothing; find another", want[0])
		}
		line, _, _ := strings.Cut(stdout, "\n")
		// the effect, the interval's ends, then the p
		got := number.FindAllString(line[strings.Index(line, "):"):], -1)
		if len(got) < 3 {
			t.Fatalf("%s: no effect and interval on the first line: %s", lang, line)
		}
		for i, s := range got[:3] {
			x, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
			if err != nil {
				t.Fatal(err)
			}
			decimals := len(s) - strings.IndexAny(s, ".,") - 1
			if x == 0 || math.Signbit(x) != math.Signbit(want[i]) || math.Abs(x-want[i]) > 0.5*math.Pow10(-decimals)+1e-12 {
				t.Errorf("%s: %q on the first line for %v in did.csv:\n%s", lang, s, want[i], line)
			}
		}
	}
}

// didRow reads the homophily effect row of did.csv: effect, effect_low,
// effect_high.
func didRow(t *testing.T, path string) [3]float64 {
	t.Helper()
	for _, r := range clitest.ReadCSV(t, path) {
		if r["outcome"] == "homophily" && r["kind"] == "did" {
			var v [3]float64
			for i, c := range []string{"effect", "effect_low", "effect_high"} {
				x, err := strconv.ParseFloat(r[c], 64)
				if err != nil {
					t.Fatal(err)
				}
				v[i] = x
			}
			return v
		}
	}
	t.Fatal("did.csv: no homophily effect row")
	return [3]float64{}
}
