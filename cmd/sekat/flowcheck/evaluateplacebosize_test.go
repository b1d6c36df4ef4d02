package flowcheck

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestEvaluatePlaceboSizeBesideEffect: where placebo dates are doubtful,
// evaluate gives the largest of their estimates in size, with its date,
// beside the effect at the reform date. On sekat generate --seed 211,
// sosial treated from 2025-07-01, --every week, the placebo date of 23
// June 2025 was doubtful (did.csv: -0.019, interval -0.036 to -0.005;
// sekat 2026-12-07) beside an effect of 0.894, and the placebo line said
// "read the effect with care" without a word on either size. The numbers
// the sentence gives are held to did.csv's rows, in both languages.
func TestEvaluatePlaceboSizeBesideEffect(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "211", "--out", study)
	reform := filepath.Join(dir, "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-07-01\ntreated: [sosial]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	num := regexp.MustCompile(`-?[0-9]+[.,][0-9]+`)
	parse := func(s string) float64 {
		x, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	for _, lang := range []string{"en", "id"} {
		out := filepath.Join(t.TempDir(), "evaluate")
		stdout, _ := analyzeOK(t, "evaluate", study, "--reform", reform, "--every", "week", "--out", out, "-q", "--lang", lang)
		effect, big, date, doubtful := math.NaN(), math.NaN(), "", 0
		for _, r := range clitest.ReadCSV(t, filepath.Join(out, "did.csv")) {
			if r["outcome"] != "homophily" || r["effect"] == "" {
				continue
			}
			e := parse(r["effect"])
			switch r["kind"] {
			case "did":
				effect = e
			case "placebo":
				lo, hi := math.NaN(), math.NaN()
				if r["effect_low"] != "" {
					lo, hi = parse(r["effect_low"]), parse(r["effect_high"])
				}
				p := math.Inf(1)
				if r["p_randomisation"] != "" {
					p = parse(r["p_randomisation"])
				}
				if lo > 0 || hi < 0 || p <= 0.05 {
					doubtful++
					if math.IsNaN(big) || math.Abs(e) > math.Abs(big) {
						big, date = e, r["date"]
					}
				}
			}
		}
		if doubtful == 0 || math.IsNaN(effect) {
			t.Fatalf("%s: no doubtful placebo date beside an effect in did.csv any more (the case is gone): pick another study", lang)
		}
		head := msg(lang, "evaluate.placeboSizeOne", "\x00", "", "", "")
		if doubtful > 1 {
			head = msg(lang, "evaluate.placeboSize", doubtful, "\x00", "", "", "")
		}
		head = head[:strings.Index(head, "\x00")]
		var line string
		for _, l := range strings.Split(stdout, "\n") {
			if strings.HasPrefix(l, head) {
				line = l
			}
		}
		if line == "" {
			t.Fatalf("%s: with %d doubtful placebo dates, no line begins %q:\n%s", lang, doubtful, head, stdout)
		}
		if !strings.Contains(line, i18n.Day(lang, date)) {
			t.Errorf("%s: the line does not name %s, the doubtful date of the estimate largest in size:\n%s", lang, date, line)
		}
		nums := num.FindAllString(strings.TrimPrefix(line, head), -1)
		if len(nums) < 2 {
			t.Fatalf("%s: the line gives fewer than two numbers:\n%s", lang, line)
		}
		// the placebo estimate first, the effect last, each rounded
		if got := parse(nums[0]); math.Abs(got-big) > 0.005 {
			t.Errorf("%s: the line gives %v as the largest doubtful placebo estimate, did.csv %v:\n%s", lang, got, big, line)
		}
		if got := parse(nums[len(nums)-1]); math.Abs(got-effect) > 0.005 {
			t.Errorf("%s: the line gives %v as the effect, did.csv %v:\n%s", lang, got, effect, line)
		}
	}
}
