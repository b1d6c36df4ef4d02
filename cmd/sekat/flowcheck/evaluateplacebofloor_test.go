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

// TestEvaluatePlaceboLineAtPFloor: on sekat generate --seed 201 --scale
// 0.2, sosial treated from 2025-07-01 against ekonomi and keuangan, by
// month, the three sectors give 3 assignments, so every placebo date's
// randomisation p is at least 1/3 (did.csv: p_floor 0.333 on the three
// placebo rows; sekat 2026-12-07). The placebo line read "Each of the 3
// placebo dates gives an interval that includes 0 and a randomisation p,
// where given, above 0.05", the p as evidence although it could not be
// at most 0.05 whatever the data. In both languages the line now says
// that the p cannot be below the floor did.csv gives, with its
// assignments, and the p is no longer cited as a sign of parallel trends.
func TestEvaluatePlaceboLineAtPFloor(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "201", "--scale", "0.2", "--out", study)
	reform := filepath.Join(dir, "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-07-01\ntreated: [sosial]\ncontrol: [ekonomi, keuangan]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	vacuous := map[string]string{"en": "where given, above", "id": "bila ada, di atas"}
	for _, lang := range []string{"en", "id"} {
		out := filepath.Join(t.TempDir(), "evaluate")
		stdout, _ := analyzeOK(t, "evaluate", study, "--reform", reform, "--every", "month", "--out", out, "-q", "--lang", lang)
		floor, assignments, dates := math.Inf(1), 0, 0
		for _, r := range clitest.ReadCSV(t, filepath.Join(out, "did.csv")) {
			if r["outcome"] != "homophily" || r["kind"] != "placebo" || r["p_randomisation"] == "" {
				continue
			}
			dates++
			// 1 treated of 3 sectors: C(3, 1) = 3 assignments listed,
			// and the observed one is among them
			if r["assignments"] != "3" {
				t.Fatalf("placebo %s: %s assignments, not the 3 of 1 treated among 3 sectors", r["date"], r["assignments"])
			}
			f, err := strconv.ParseFloat(r["p_floor"], 64)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(f-1.0/3) > 1e-12 {
				t.Errorf("placebo %s: p_floor %s, want 1/3", r["date"], r["p_floor"])
			}
			if f < floor {
				floor, assignments = f, 3
			}
		}
		if dates == 0 {
			t.Fatal("no placebo date with a p: the study checks nothing; find another")
		}
		dec := strconv.FormatFloat(floor, 'f', 3, 64)
		alpha := "0.05"
		if lang == "id" {
			dec, alpha = strings.ReplaceAll(dec, ".", ","), "0,05"
		}
		if want := msg(lang, "evaluate.placeboPFloor", dec, assignments, alpha); !strings.Contains(stdout, want) {
			t.Errorf("%s: stdout does not say %q:\n%s", lang, want, stdout)
		}
		if strings.Contains(stdout, vacuous[lang]) {
			t.Errorf("%s: stdout cites a p that cannot reach 0.05 (%q):\n%s", lang, vacuous[lang], stdout)
		}
	}
}
