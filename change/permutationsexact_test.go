package change_test

import (
	"context"
	"math"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestEvaluatePermutationsEqualAssignments: when there are exactly as
// many assignments as Permutations allows, they are listed in full, and
// the p is the one they give with one permutation more. Before, they were
// taken as drawn at random because their count equalled Permutations:
// three units against three with 20 read p = (hits + 1)/21 (the observed
// assignment counted twice), p_floor 1/21 and not mirrored, where p cannot
// fall below 2/20; three against two with 10 read a floor of 1/11. The
// p was larger than the assignments give, and did.csv's p_floor smaller
// than the p could be.
func TestEvaluatePermutationsEqualAssignments(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.3, Pilot: true}, graph.Month, false)
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	p := truth.Pilot
	if len(p.TreatedUnits) < 3 || len(p.ControlUnits) < 3 {
		t.Fatalf("pilot of %d treated and %d control units, want at least 3 of each", len(p.TreatedUnits), len(p.ControlUnits))
	}
	for _, tc := range []struct {
		name             string
		treated, control []string
		assignments      int // C(n, k)
		floor            float64
		mirrored         bool
	}{
		{"three units against three", p.TreatedUnits[:3], p.ControlUnits[:3], 20, 2.0 / 20, true},
		{"three units against two", p.TreatedUnits[:3], p.ControlUnits[:2], 10, 1.0 / 10, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := change.Reform{Date: at(p.Date), Treated: tc.treated, Control: tc.control}
			eval := func(perms int) *change.Evaluation {
				ev, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 50, Permutations: perms})
				if err != nil {
					t.Fatal(err)
				}
				return ev
			}
			exact, more := eval(tc.assignments), eval(tc.assignments+1)
			if exact.Mirrored != tc.mirrored || more.Mirrored != tc.mirrored {
				t.Errorf("mirrored %v with %d permutations, %v with %d; want %v", exact.Mirrored, tc.assignments, more.Mirrored, tc.assignments+1, tc.mirrored)
			}
			same := func(a, b float64) bool { return math.IsNaN(a) && math.IsNaN(b) || math.Abs(a-b) <= 1e-12 }
			ps := 0
			for i, d := range exact.Rows {
				m := more.Rows[i]
				if d.Kind == change.DiDPeriod || math.IsNaN(m.P) {
					continue
				}
				ps++
				if d.Assignments != tc.assignments || !same(d.PFloor, tc.floor) {
					t.Errorf("%s %s %s: %d assignments, floor %.4f; want %d, %.4f", d.Kind, change.Day(d.Date, loc), d.Outcome, d.Assignments, d.PFloor, tc.assignments, tc.floor)
				}
				if !same(d.P, m.P) || !same(d.Detectable, m.Detectable) {
					t.Errorf("%s %s %s: p %.4f, min significant %.4f with %d permutations; %.4f, %.4f with %d", d.Kind, change.Day(d.Date, loc), d.Outcome,
						d.P, d.Detectable, tc.assignments, m.P, m.Detectable, tc.assignments+1)
				}
			}
			if ps == 0 {
				t.Error("no row with a p")
			}
		})
	}
}
