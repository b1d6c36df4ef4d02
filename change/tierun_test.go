package change_test

import (
	"context"
	"math"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/metrics"
)

// TestTiePermutationKeepsRuns: with Options.Run (--block-weeks) the
// permutation test moves runs of weeks between the periods, for the
// groups and units and, as docs/change.md says of compare, for the ties
// too. Four weeks against four with runs of 2 split in C(4, 2) = 6 ways,
// each with its mirror, so no p-value is below 2/6. The ties were
// permuted week by week (70 ways), whatever Run said: on sekat generate
// --seed 920 --scale 0.3, January against February 2025, their smallest
// p was far below 1/3 while the sectors' stayed at it (hE6 of session 51).
func TestTiePermutationKeepsRuns(t *testing.T) {
	_, f, at, _ := study(t, synth.Options{Seed: 920, Scale: 0.3}, graph.Week, false)
	from := at("2025-01-06") // a Monday
	wk := int64(7 * 86400)
	P := 1000
	c, err := change.Compare(context.Background(), f, f, f.PeriodOf(graph.Window{From: from, To: from + 4*wk}),
		f.PeriodOf(graph.Window{From: from + 4*wk, To: from + 8*wk}),
		change.Options{Seed: 1, Resamples: 50, Permutations: P, Run: 2, Analysis: metrics.Options{StabilityRuns: -1}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Method.RunsBefore != 2 || c.Method.RunsAfter != 2 || c.Method.Splits != 6 {
		t.Fatalf("runs %d and %d, %v splits; want 2, 2, 6", c.Method.RunsBefore, c.Method.RunsAfter, c.Method.Splits)
	}
	// 2/6, less 4 Monte Carlo standard errors of 1,000 draws
	low := 2.0/6 - 4*math.Sqrt(2.0/6*(4.0/6)/float64(P))
	n := 0
	for _, x := range c.Ties {
		if x.P < low {
			n++
			if n <= 3 {
				t.Errorf("tie %s-%s: p %v below %v, the floor of runs of 2 weeks", x.Source, x.Target, x.P, low)
			}
		}
	}
	if n > 3 {
		t.Errorf("... and %d more ties of %d", n-3, len(c.Ties))
	}
	for _, g := range c.Groups {
		if !math.IsNaN(g.Homophily.P) && g.Homophily.P < low {
			t.Errorf("sector %s: p %v below %v", g.Name, g.Homophily.P, low)
		}
	}
}
