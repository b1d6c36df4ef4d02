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

// weekly cuts a generated study into calendar weeks, as `sekat trend
// --every week` does.
func weekly(t *testing.T, opt synth.Options) (*synth.Truth, *change.Frame, []change.Period, func(string) int64) {
	t.Helper()
	truth, f, at, loc := study(t, opt, graph.Week, false)
	var ps []change.Period
	bounds := graph.CalendarBounds(at(truth.From), at(truth.To), graph.Week, loc)
	for i := 0; i+1 < len(bounds); i++ {
		ps = append(ps, f.PeriodOf(graph.Window{From: bounds[i], To: bounds[i+1]}))
	}
	return truth, f, ps, at
}

// TestTrendWeeklyEmptyCalibrationWeek: the weekly trend of the review's
// study (sekat generate --seed 1 --scale 0.3 --pilot --move-facilitator)
// has a calibration week without a single event (2025-03-31, Lebaran), so
// every sector's homophily index is undefined in it. The CUSUM must still
// watch every judged sector, leaving that week out of the calibration and
// saying so, and it must alarm for the sectors planted to open or close
// at mid-year. Before the fix it watched none and raised no alarm.
func TestTrendWeeklyEmptyCalibrationWeek(t *testing.T) {
	truth, f, ps, _ := weekly(t, synth.Options{Seed: 1, Scale: 0.3, Pilot: true, MoveFacilitator: true})
	tr, err := change.Trend(context.Background(), f, ps, change.TrendOptions{Options: change.Options{Seed: 1, Resamples: 100}, Every: graph.Week})
	if err != nil {
		t.Fatal(err)
	}
	empty := 0
	for _, p := range tr.Points[:tr.Method.Calibration] {
		if math.IsNaN(p.Homophily) {
			empty++
		}
	}
	if empty == 0 {
		t.Fatalf("no undefined calibration week in the first sector: the study no longer shows the case")
	}
	watched := map[string]bool{}
	for _, w := range tr.Watches {
		t.Run(w.Group, func(t *testing.T) {
			if w.Type != metrics.GroupSector {
				t.Errorf("type %s, want sector", w.Type)
			}
			if w.Reason == "" {
				watched[w.Group] = true
			}
			// the first week, 1-5 January, is cut short by the window: left
			// out as partial (Watch.Partial), with the year's last days
			if got, want := w.Calibration+w.Skipped+1, tr.Method.Calibration; w.Partial != 2 || got != want {
				t.Errorf("calibration %d + skipped %d + the first week = %d, want %d; partial %d, want 2 (the first and the last week)", w.Calibration, w.Skipped, got, want, w.Partial)
			}
			if w.Skipped < 1 {
				t.Errorf("skipped %d calibration weeks, want at least the empty one", w.Skipped)
			}
		})
	}
	if len(watched) == 0 {
		t.Errorf("the CUSUM watched no sector: %+v", tr.Watches)
	}
	alarmed := map[string]bool{}
	for _, a := range tr.Alerts {
		alarmed[a.Group] = true
	}
	for _, s := range append(append([]string{}, truth.Opened...), truth.Closed...) {
		if !alarmed[s] {
			t.Errorf("no alarm for %s, planted to change on %s (alarms: %d)", s, truth.ChangeDate, len(tr.Alerts))
		}
	}
}

// TestTrendIntervalsNeedBlocks: a period of fewer than
// change.MinIntervalBlocks time blocks has no interval (a bootstrap of one
// week always redraws that week, so the "interval" was the estimate
// itself); periods with enough blocks keep theirs. Weekly periods hold
// one block, monthly ones four to six.
func TestTrendIntervalsNeedBlocks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		every graph.Step
	}{{"week", graph.Week}, {"month", graph.Month}} {
		t.Run(tc.name, func(t *testing.T) {
			truth, f, at, loc := study(t, synth.Options{Seed: 1, Scale: 0.3}, tc.every, false)
			var ps []change.Period
			bounds := graph.CalendarBounds(at(truth.From), at(truth.To), tc.every, loc)
			for i := 0; i+1 < len(bounds); i++ {
				ps = append(ps, f.PeriodOf(graph.Window{From: bounds[i], To: bounds[i+1]}))
			}
			tr, err := change.Trend(context.Background(), f, ps, change.TrendOptions{Options: change.Options{Seed: 1, Resamples: 200}, Every: tc.every})
			if err != nil {
				t.Fatal(err)
			}
			wide, short := 0, 0
			for _, p := range tr.Points {
				if math.IsNaN(p.Homophily) {
					continue
				}
				few := len(ps[p.Period-1].Blocks) < change.MinIntervalBlocks
				for _, ci := range []change.Interval{p.HomophilyCI, p.EICI, p.ShareCI} {
					undefined := math.IsNaN(ci.Low) && math.IsNaN(ci.High)
					switch {
					case few && !undefined:
						t.Errorf("period %d (%d blocks) %s: interval [%v, %v], want none", p.Period, len(ps[p.Period-1].Blocks), p.Group, ci.Low, ci.High)
					case !few && ci.Low < ci.High:
						wide++
					}
				}
				if few {
					short++
				}
			}
			if got, want := short > 0, tc.every == graph.Week; got != want {
				t.Errorf("periods with fewer than %d blocks: %v, want %v", change.MinIntervalBlocks, got, want)
			}
			if tc.every == graph.Month && wide == 0 {
				t.Errorf("no monthly interval has low < high")
			}
			if got := len(tr.NoInterval) > 0; got != (short > 0) {
				t.Errorf("NoInterval %v, want periods listed: %v", tr.NoInterval, short > 0)
			}
		})
	}
}

// TestPartialPeriods: a period shorter than PartialShare of the longest is
// cut short by the window; months of 28 to 31 days are all whole.
func TestPartialPeriods(t *testing.T) {
	const day = int64(86400)
	mk := func(days ...int64) []change.Period {
		var ps []change.Period
		var at int64
		for _, d := range days {
			ps = append(ps, change.Period{Window: graph.Window{From: at, To: at + d*day}})
			at += d * day
		}
		return ps
	}
	for _, tc := range []struct {
		name string
		days []int64
		want []bool
	}{
		{"two days of January, then whole months", []int64{2, 28, 31, 30}, []bool{true, false, false, false}},
		{"months of 28 to 31 days", []int64{31, 28, 31, 30}, []bool{false, false, false, false}},
		{"a last month of 19 days", []int64{31, 30, 19}, []bool{false, false, true}},
		{"a first week of 5 days", []int64{5, 7, 7}, []bool{true, false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := change.PartialPeriods(mk(tc.days...))
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("period %d of %v days: partial %v, want %v", i, tc.days, got[i], tc.want[i])
				}
			}
		})
	}
}
