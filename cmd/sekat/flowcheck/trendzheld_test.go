package flowcheck

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestTrendCSVSaysZHeld: trend.csv's z_held, its last column, tells a
// z the binomial bound held at 0 from a z measured as 0, which the z
// column alone cannot (docs/change.md, "What a thin period's ties can
// carry"). Each row's value is checked against what trend.csv and
// trend_cusum.csv alone show: "" where z is empty, "true" where z is
// exactly 0 and the homophily standardised by the calibration is not
// (the same recomputation as TestTrendHeldAtZeroNote), "false" where it
// is not held. On sekat generate --seed 33 --scale 0.1 --no-change,
// trend --every week, 249 of the 342 sector-weeks scored were held and
// 93 not (sekat 2026-12-07; the same 249, and every z to 1e-6, from
// SciPy 1.10.1's betainc and norm.ppf bounds), so both values are
// checked; the rows held are the count the terminal's note gives.
func TestTrendCSVSaysZHeld(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "33", "--scale", "0.1", "--no-change", "--out", study)
	out := filepath.Join(dir, "trend")
	stdout, _ := analyzeOK(t, "trend", study, "--every", "week", "--out", out, "-q", "--lang", "en")
	head, err := os.ReadFile(filepath.Join(out, "trend.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if first, _, _ := strings.Cut(string(head), "\n"); !strings.HasSuffix(strings.TrimSpace(first), ",partial,z_held") {
		t.Fatalf("trend.csv's header does not end with partial,z_held (readers by position): %s", first)
	}
	type base struct{ mean, sd, weight float64 }
	bases := map[string]base{}
	for _, r := range clitest.ReadCSV(t, filepath.Join(out, "trend_cusum.csv")) {
		if r["watched"] == "true" {
			bases[r["type"]+"/"+r["name"]] = base{num(t, r["calibration_mean"]), num(t, r["calibration_sd"]), num(t, r["calibration_weight"])}
		}
	}
	held, free, scored := 0, 0, 0
	for i, r := range clitest.ReadCSV(t, filepath.Join(out, "trend.csv")) {
		if r["z"] == "" {
			if r["z_held"] != "" {
				t.Errorf("row %d (%s, period %s): no z but z_held %q", i+2, r["name"], r["period"], r["z_held"])
			}
			continue
		}
		scored++
		b, ok := bases[r["type"]+"/"+r["name"]]
		if !ok {
			t.Fatalf("trend.csv: a z for %s %s, which trend_cusum.csv does not watch", r["type"], r["name"])
		}
		sd := b.sd
		if w := num(t, r["internal_weight"]) + num(t, r["external_weight"]); w > 0 && w < b.weight {
			sd *= math.Sqrt(b.weight / w)
		}
		raw := (num(t, r["homophily"]) - b.mean) / sd
		want := "false"
		if num(t, r["z"]) == 0 && math.Abs(raw) > 1e-12 {
			want = "true"
			held++
		} else {
			free++
		}
		if got := r["z_held"]; got != want {
			t.Errorf("row %d (%s, period %s): z %s, standardised homophily %.6g: z_held %q, want %q", i+2, r["name"], r["period"], r["z"], raw, got, want)
		}
	}
	if held == 0 || free == 0 {
		t.Fatalf("of %d scores, %d held at 0 and %d not: the study checks only one value; find another", scored, held, free)
	}
	if note := msg("en", "trend.heldAtZero", held, scored); !strings.Contains(stdout, note) {
		t.Errorf("the rows marked held (%d of %d) are not the count the terminal gives:\n%s", held, scored, stdout)
	}
}
