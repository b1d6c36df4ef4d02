package change_test

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/metrics"
)

// TestCompareIntervalsHoldTheirEstimate: every interval compare gives
// contains its own estimate, and an interval it cannot give honestly is
// empty with a reason. Density was the case the review found: resampled
// weeks repeat, so a resample has fewer distinct pairs, every replicate
// lies below the estimate and the percentile fallback of BCa gave an
// interval entirely below it (before 0.762, interval 0.653 to 0.738 on
// this study).
func TestCompareIntervalsHoldTheirEstimate(t *testing.T) {
	_, c := halves(t, synth.Options{Seed: 1, Scale: 0.3}, false)
	check := func(t *testing.T, what string, m change.Measure) {
		for _, x := range []struct {
			side string
			est  float64
			ci   change.Interval
		}{{"before", m.Before, m.BeforeCI}, {"after", m.After, m.AfterCI}, {"change", m.Change, m.ChangeCI}} {
			switch {
			case math.IsNaN(x.est):
			case math.IsNaN(x.ci.Low) || math.IsNaN(x.ci.High):
				if x.ci.Reason == "" {
					t.Errorf("%s %s: estimate %v, interval empty without a reason", what, x.side, x.est)
				}
			case x.est < x.ci.Low-1e-12 || x.est > x.ci.High+1e-12:
				t.Errorf("%s %s: estimate %v outside its interval [%v, %v]", what, x.side, x.est, x.ci.Low, x.ci.High)
			}
		}
	}
	t.Run("network", func(t *testing.T) {
		biased := false
		for _, n := range c.Network {
			check(t, n.Name, n.Measure)
			if n.Name == "density" && n.Measure.BeforeCI.Reason == change.IntervalBiased {
				biased = true
			}
		}
		if !biased {
			t.Errorf("density before: no interval marked %q; the study no longer shows the case", change.IntervalBiased)
		}
	})
	t.Run("groups", func(t *testing.T) {
		for _, g := range c.Groups {
			check(t, g.Name+" homophily", g.Homophily)
			check(t, g.Name+" ei", g.EI)
			check(t, g.Name+" internal share", g.InternalShare)
		}
	})
	t.Run("units", func(t *testing.T) {
		for _, u := range c.Units {
			check(t, u.Unit, u.CrossShare)
		}
	})
}

// TestHolmFloors: with P permutations the smallest permutation p-value is
// 1/(P+1), so Holm over m tests cannot go below m/(P+1). On the halves of
// a small study the ties are hundreds of tests: with 1,000 permutations
// no tie can reach 0.05 (the review saw a smallest adjusted p of 0.70),
// while the ten sectors can. HolmFloors must say so, and no adjusted
// p-value may lie below its family's floor.
func TestHolmFloors(t *testing.T) {
	_, c := halves(t, synth.Options{Seed: 1, Scale: 0.3}, false)
	floors := map[string]change.HolmFloor{}
	for _, f := range c.HolmFloors() {
		floors[f.Table+"/"+f.Family] = f
	}
	minAdj := func(ps []float64) (float64, int) {
		m, n := math.Inf(1), 0
		for _, p := range ps {
			if !math.IsNaN(p) {
				m, n = math.Min(m, p), n+1
			}
		}
		return m, n
	}
	var tieP, secP []float64
	for _, x := range c.Ties {
		tieP = append(tieP, x.PAdjusted)
	}
	for _, g := range c.Groups {
		if g.Type == "sector" {
			secP = append(secP, g.Homophily.PAdjusted)
		}
	}
	for _, tc := range []struct {
		key       string
		ps        []float64
		reachable bool
	}{{"ties/ties", tieP, false}, {"groups/sector", secP, true}} {
		t.Run(tc.key, func(t *testing.T) {
			f, ok := floors[tc.key]
			if !ok {
				t.Fatalf("no floor for %s in %+v", tc.key, c.HolmFloors())
			}
			low, m := minAdj(tc.ps)
			if f.Tests != m {
				t.Errorf("tests %d, want %d", f.Tests, m)
			}
			if want := math.Min(float64(m)/float64(c.Method.Permutations+1), 1); math.Abs(f.Floor-want) > 1e-12 {
				t.Errorf("floor %v, want %v", f.Floor, want)
			}
			if low < f.Floor-1e-12 {
				t.Errorf("smallest adjusted p %v below the floor %v", low, f.Floor)
			}
			if got := f.Floor <= c.Method.Alpha; got != tc.reachable {
				t.Errorf("floor %v reachable at %v: %v, want %v", f.Floor, c.Method.Alpha, got, tc.reachable)
			}
			if float64(f.Tests)/float64(f.Permutations+1) > c.Method.Alpha {
				t.Errorf("%d permutations suggested still give a floor above %v", f.Permutations, c.Method.Alpha)
			}
		})
	}
	// With fewer permutations than ties the floor is 1, never above: an
	// adjusted p-value is at most 1 (the command review saw "3,527").
	c.Method.Permutations = 99
	for _, f := range c.HolmFloors() {
		if f.Floor > 1 {
			t.Errorf("%s/%s: floor %v above 1", f.Table, f.Family, f.Floor)
		}
	}
}

// TestHolmFloorsSplits: two weeks against two can be split between the
// periods in only C(4, 2) = 6 ways, so no permutation p-value is below
// 1/6 however many permutations run, and ten sectors cannot reach 0.05
// (the session-14 review saw "no sector changed significantly" there).
// The floor must count the splits and say they, not the permutations,
// are the limit; no p-value may lie below 1/6.
func TestHolmFloorsSplits(t *testing.T) {
	truth, f, at, loc := study(t, synth.Options{Seed: 11, Scale: 0.3}, graph.Week, false)
	// The first Monday after the study starts, then two weeks and two.
	from := at(truth.From)
	for time.Unix(from, 0).In(loc).Weekday() != time.Monday {
		from += 86400
	}
	wk := int64(7 * 86400)
	c, err := change.Compare(context.Background(), f, f, f.PeriodOf(graph.Window{From: from, To: from + 2*wk}),
		f.PeriodOf(graph.Window{From: from + 2*wk, To: from + 4*wk}), change.Options{Seed: 1, Resamples: 50, Analysis: metrics.Options{StabilityRuns: -1}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Method.RunsBefore != 2 || c.Method.RunsAfter != 2 || c.Method.Splits != 6 {
		t.Fatalf("runs %d and %d, %v splits; want 2, 2, 6", c.Method.RunsBefore, c.Method.RunsAfter, c.Method.Splits)
	}
	for _, fl := range c.HolmFloors() {
		if !fl.BySplits || fl.Floor <= c.Method.Alpha {
			t.Errorf("%s/%s: floor %v, by splits %v; want above %v, by splits", fl.Table, fl.Family, fl.Floor, fl.BySplits, c.Method.Alpha)
		}
	}
	for _, g := range c.Groups {
		// a Monte Carlo estimate of at least 1/6: 4 standard errors
		// (1,000 draws) below it
		if p := g.Homophily.P; p < 1.0/6-0.05 {
			t.Errorf("%s: p %v far below 1/6", g.Name, p)
		}
	}
}

// TestCompareDensityLengths: between periods of different numbers of
// time blocks the change in density gets no interval (IntervalLengths):
// a longer period gathers more distinct pairs, so the difference, and
// every resample's, holds the lengths. January-September against
// October-December of sekat generate --seed 11 --scale 0.3 --pilot gave
// -0.065 with the interval -0.109 to -0.002 beside a permutation p of
// 0.956, which keeps each period's number of weeks. Periods of one
// length keep the interval; the p stands in both.
func TestCompareDensityLengths(t *testing.T) {
	cut := "2025-10-01"
	truth, f, at, _ := studyWith(t, synth.Options{Seed: 11, Scale: 0.3, Pilot: true}, false, func(from, mid, to int64, loc *time.Location) []int64 {
		oct := time.Unix(mid, 0).In(loc).AddDate(0, 3, 0).Unix() // 2025-10-01
		return graph.CalendarBounds(from, to, graph.Week, loc, mid, oct)
	})
	from, mid, to, oct := at(truth.From), at(truth.ChangeDate), at(truth.To), at(cut)
	for _, tc := range []struct {
		name          string
		before, after graph.Window
		lengths       bool
	}{
		{"January-September against October-December", graph.Window{From: from, To: oct}, graph.Window{From: oct, To: to}, true},
		{"two quarters of one length", graph.Window{From: mid, To: oct}, graph.Window{From: oct, To: to}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, a := f.PeriodOf(tc.before), f.PeriodOf(tc.after)
			if (len(b.Blocks) != len(a.Blocks)) != tc.lengths {
				t.Fatalf("%d blocks before, %d after: the case does not hold", len(b.Blocks), len(a.Blocks))
			}
			c, err := change.Compare(context.Background(), f, f, b, a, change.Options{Seed: 1, Resamples: 200, Analysis: metrics.Options{StabilityRuns: -1}})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range c.Network {
				if n.Name != "density" {
					continue
				}
				got := n.Measure.ChangeCI.Reason == change.IntervalLengths
				if got != tc.lengths || got && !math.IsNaN(n.Measure.ChangeCI.Low) {
					t.Errorf("density change %.3f, interval [%v, %v] (%q); want the reason %q: %v", n.Measure.Change,
						n.Measure.ChangeCI.Low, n.Measure.ChangeCI.High, n.Measure.ChangeCI.Reason, change.IntervalLengths, tc.lengths)
				}
				if math.IsNaN(n.Measure.P) {
					t.Errorf("density change without its permutation p")
				}
			}
		})
	}
}
