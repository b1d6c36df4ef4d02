package outcheck

import (
	"math"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestTrendCUSUMRecomputable: trend.csv's z, cusum_up, cusum_down and
// alarm columns follow from what trend writes: trend.csv's homophily and
// weights and, per sector, trend_cusum.csv's calibration mean, standard
// deviation, median weight, reference value and decision interval. Before
// trend_cusum.csv, only an alarmed sector's calibration mean and standard
// deviation were written (trend_alerts.csv) and no sector's reference
// value or decision interval, so no one could check a z or a sum: on
// sekat generate --seed 17 --scale 0.4 --pilot, trend --every month, an
// evaluator's recomputation from the tables found the z of sosial 60.1
// where the rule documented gives 22.1 (TestBinomialZFarTail), and could
// not tell for 8 of the 10 sectors whether any z was right. Each z is the
// calibration's standardised distance (H - mean)/sd, sd widened by
// sqrt(weight/period weight) for a lighter period, held within the
// binomial bounds of its ties (which only ever pull it towards 0): so z
// has the sign of H - mean or is 0, is no larger in size, and equals it
// where no bound holds it (12 of the 90 sector-months on this study); the
// sums follow Page's recursion with the written reference value, and an
// alarm rings where a sum first passes the decision interval, once per
// excursion.
func TestTrendCUSUMRecomputable(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 17, Scale: 0.4, Pilot: true}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "tren")
	analyzeOK(t, "trend", dir, "--every", "month", "--out", out, "-q")
	num := func(s string) float64 {
		if s == "" {
			return math.NaN()
		}
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("not a number: %q", s)
		}
		return x
	}
	rows := clitest.ReadCSV(t, filepath.Join(out, "trend.csv"))
	cusums := clitest.ReadCSV(t, filepath.Join(out, "trend_cusum.csv"))
	if len(cusums) != 10 {
		t.Fatalf("trend_cusum.csv has %d rows, want the 10 judged sectors", len(cusums))
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }
	scored, free, alarms := 0, 0, 0
	for _, c := range cusums {
		if c["watched"] != "true" {
			t.Errorf("%s not watched (%s): the test needs every sector watched", c["name"], c["reason"])
			continue
		}
		m, s, k, h, wMid := num(c["calibration_mean"]), num(c["calibration_sd"]), num(c["reference_value"]), num(c["decision_interval"]), num(c["calibration_weight"])
		up, down := 0.0, 0.0
		upArmed, downArmed := true, true
		for _, r := range rows {
			if r["type"] != c["type"] || r["name"] != c["name"] || r["z"] == "" {
				continue
			}
			scored++
			z, x := num(r["z"]), num(r["homophily"])
			wt := num(r["internal_weight"]) + num(r["external_weight"])
			st := s
			if wt > 0 && wt < wMid {
				st = s * math.Sqrt(wMid/wt)
			}
			raw := (x - m) / st
			switch {
			case near(z, raw):
				free++
			case z != 0 && (math.Signbit(z) != math.Signbit(raw) || math.Abs(z) > math.Abs(raw)):
				t.Errorf("%s period %s: z %v, but (H - mean)/sd is %v: a bound can only pull z towards 0", c["name"], r["period"], z, raw)
			}
			prevUp, prevDown := up, down
			up, down = math.Max(0, up+z-k), math.Max(0, down-z-k)
			if !near(num(r["cusum_up"]), up) || !near(num(r["cusum_down"]), down) {
				t.Errorf("%s period %s: cusum_up %s, cusum_down %s, want %v, %v from z and the reference value %v", c["name"], r["period"], r["cusum_up"], r["cusum_down"], up, down, k)
			}
			up, down = num(r["cusum_up"]), num(r["cusum_down"])
			upArmed, downArmed = upArmed || up == 0, downArmed || down == 0
			want := ""
			if up > h && prevUp <= h && upArmed {
				want, upArmed = "closing", false
			}
			if down > h && prevDown <= h && downArmed {
				want, downArmed = "opening", false
			}
			if r["alarm"] != want {
				t.Errorf("%s period %s: alarm %q, want %q (sums %v, %v against %v)", c["name"], r["period"], r["alarm"], want, up, down, h)
			}
			if want != "" {
				alarms++
			}
		}
	}
	if scored != 90 || free == 0 || alarms != 3 {
		t.Errorf("%d periods scored, %d without a bound, %d alarms; want 90, some, and the 3 planted changes", scored, free, alarms)
	}
}
