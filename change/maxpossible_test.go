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

// TestEvaluateReachable: every did and placebo row says the largest
// |effect| the outcome's range allows with the treated arm's value after
// the date free and the other three as observed (Reachable), so that a
// smallest significant effect above it (min_significant_effect above
// max_possible_effect in did.csv) is told as "no possible effect", not
// as a size an effect could have. Before, did.csv gave only the
// threshold, which could exceed anything the outcome can do. Checked
// against the ranges by hand: the E-I index lies in [-1, 1], the
// cross-sector share in [0, 1]; homophily is at most 1, and every effect
// observed is a possible one. Study: sekat generate --seed 1 --scale 0.3
// --pilot, three pilot units against five (as TestEvaluateMinSignificant).
func TestEvaluateReachable(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.3, Pilot: true}, graph.Month, false)
	ps := monthPeriods(f, at(truth.From), at(truth.To), loc)
	p := truth.Pilot
	var others []string
	for _, u := range f.Units {
		if u.Kind == graph.KindInternal && !slices.Contains(p.TreatedUnits, u.ID) && !slices.Contains(p.ControlUnits, u.ID) {
			others = append(others, u.ID)
		}
	}
	r := change.Reform{Date: at(p.Date), Treated: p.TreatedUnits[:3], Control: append(slices.Clone(p.ControlUnits[:3]), others[:2]...)}
	ev, err := change.Evaluate(context.Background(), f, ps, r, change.Options{Seed: 1, Resamples: 50})
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, d := range ev.Rows {
		if d.Kind == change.DiDPeriod {
			if !math.IsNaN(d.Reachable) {
				t.Errorf("period row %s: max possible effect %v, want none", d.Outcome, d.Reachable)
			}
			continue
		}
		rows++
		base := d.TreatedBefore + d.ControlAfter - d.ControlBefore
		var want float64
		switch d.Outcome {
		case "ei_index":
			want = max(math.Abs(1-base), math.Abs(base+1))
		case "cross_sector_share":
			want = max(math.Abs(1-base), math.Abs(base))
		case "homophily":
			want = math.NaN()
			if d.Reachable < math.Abs(1-base)-1e-12 {
				t.Errorf("%s %s: max possible effect %v below the effect of homophily 1 after, %v", d.Kind, d.Outcome, d.Reachable, math.Abs(1-base))
			}
		}
		if !math.IsNaN(want) && math.Abs(d.Reachable-want) > 1e-12 {
			t.Errorf("%s %s: max possible effect %v, want %v", d.Kind, d.Outcome, d.Reachable, want)
		}
		if !(math.Abs(d.Effect) <= d.Reachable+1e-12) {
			t.Errorf("%s %s: effect %v observed beyond the max possible %v", d.Kind, d.Outcome, d.Effect, d.Reachable)
		}
		if d.Undetectable() && d.P <= change.DefaultAlpha {
			t.Errorf("%s %s: p %v at most alpha where no possible effect reaches the threshold %v (max %v)", d.Kind, d.Outcome, d.P, d.Detectable, d.Reachable)
		}
	}
	if rows == 0 {
		t.Fatal("no did or placebo row")
	}
}

// TestUndetectable: a threshold above the largest possible effect is
// undetectable; at or below it, or without either number, it is not.
func TestUndetectable(t *testing.T) {
	nan := math.NaN()
	for _, c := range []struct {
		least, reach float64
		want         bool
	}{{1.12, 0.95, true}, {0.95, 0.95, false}, {0.5, 0.95, false}, {nan, 0.95, false}, {1.12, nan, false}, {1.12, 0, false}} {
		if got := (change.DiD{Detectable: c.least, Reachable: c.reach}).Undetectable(); got != c.want {
			t.Errorf("threshold %v, max %v: undetectable %v, want %v", c.least, c.reach, got, c.want)
		}
	}
}
