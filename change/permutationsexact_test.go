package change_test

import (
	"context"
	"math"
	"slices"
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

// TestEvaluateRandomisationLevel: the randomisation p is valid under its
// null model, the treated groups drawn at random. With every assignment
// listed, each taken in turn as the observed one (treated the subset,
// controls the rest of the pool), at most j of the N assignments may get
// a p of j/N or less, at the reform date and at every placebo date, the
// mirrored design (3 against 3: p of at least 2/20) too. Measured the
// same way with sekat on generated studies without any reform (four
// designs of 20 to 126 assignments, 84 dates and outcomes): never above
// the level (docs/change.md, "evaluate").
func TestEvaluateRandomisationLevel(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.3, Pilot: true}, graph.Month, false)
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	p := truth.Pilot
	for _, tc := range []struct {
		name string
		pool []string
		k    int
	}{
		{"three units against three", append(slices.Clone(p.TreatedUnits[:3]), p.ControlUnits[:3]...), 3},
		{"three units against two", append(slices.Clone(p.TreatedUnits[:3]), p.ControlUnits[:2]...), 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// the p of every row (kind, date, outcome) for each observed assignment
			got := map[string][]float64{}
			n := 0
			var rec func(start int, treated []string)
			rec = func(start int, treated []string) {
				if len(treated) == tc.k {
					var control []string
					for _, u := range tc.pool {
						if !slices.Contains(treated, u) {
							control = append(control, u)
						}
					}
					ev, err := change.Evaluate(context.Background(), f, ps, change.Reform{Date: at(p.Date), Treated: slices.Clone(treated), Control: control},
						change.Options{Seed: 1, Resamples: 50})
					if err != nil {
						t.Fatal(err)
					}
					n++
					for _, d := range ev.Rows {
						if d.Kind != change.DiDPeriod {
							key := d.Kind + " " + change.Day(d.Date, loc) + " " + d.Outcome
							got[key] = append(got[key], d.P)
						}
					}
					return
				}
				for i := start; i < len(tc.pool); i++ {
					rec(i+1, append(treated, tc.pool[i]))
				}
			}
			rec(0, nil)
			if len(got) == 0 {
				t.Fatal("no row with a p")
			}
			for key, xs := range got {
				if len(xs) != n {
					t.Fatalf("%s: %d p for %d assignments", key, len(xs), n)
				}
				for j := 1; j <= n; j++ {
					below := 0
					for _, x := range xs {
						if x <= float64(j)/float64(n)+1e-12 {
							below++
						}
					}
					if below > j {
						t.Errorf("%s: %d of %d assignments get p at most %d/%d", key, below, n, j, n)
					}
				}
			}
		})
	}
}
