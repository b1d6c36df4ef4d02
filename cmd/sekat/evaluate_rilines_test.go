package main

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
)

// TestEvaluateRILinesNeedTheirNumbers: the lines on what the randomisation
// p compares and what to rely on are said only of numbers that are there.
// A treated sector with no tie before the reform date (its units' ties
// removed before 2025-07-01 from sekat generate --seed 640 --scale 0.3
// --no-change, sosial treated from that date) has an effect "not
// defined", with neither p nor interval, and the terminal went on: "The
// randomisation p compares this effect, ..." and "The 95 percent
// interval, which also resamples the weeks and the units, remains the
// firmer guide".
func TestEvaluateRILinesNeedTheirNumbers(t *testing.T) {
	nan := math.NaN()
	full := change.DiD{Effect: 0.01, CI: change.Interval{Low: -0.02, High: 0.04}, P: 0.4, Assignments: 1000}
	for _, tc := range []struct {
		name string
		d    change.DiD
		want []string
	}{
		{"all defined", full, []string{"evaluate.riNull", "evaluate.riGuide"}},
		{"effect not defined", change.DiD{Effect: nan, CI: change.Interval{Low: nan, High: nan}, P: nan, Assignments: 10}, nil},
		{"no p", change.DiD{Effect: 0.01, CI: full.CI, P: nan, Assignments: 1000}, nil},
		{"no interval", change.DiD{Effect: 0.01, CI: change.Interval{Low: nan, High: nan}, P: 0.4, Assignments: 1000}, []string{"evaluate.riNull"}},
		{"no assignments", change.DiD{Effect: 0.01, CI: full.CI, P: nan}, nil},
	} {
		for _, lang := range []string{"en", "id"} {
			got := riLines(lang, tc.d, graph.Month, false, true, "0.05")
			var want []string
			for _, k := range tc.want {
				if k == "evaluate.riNull" {
					want = append(want, msg(lang, k)+" "+msg(lang, "evaluate.riMeasuredMonth"))
					continue
				}
				want = append(want, msg(lang, k))
			}
			if len(got) != len(want) {
				t.Errorf("%s (%s): %q, want %q", tc.name, lang, got, want)
				continue
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s (%s): line %d %q, want %q", tc.name, lang, i, got[i], want[i])
				}
			}
		}
	}
}
