package change

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestTrendCountsWhatTheCUSUMUsed: the counts trend's sentences give,
// Calibrated (calibration periods) and Watched (periods watched after
// them), are the periods the CUSUM used: those it calibrated on or gave
// a z, neither cut short by the window nor withheld (TrendOptions.Held).
// A person-level weekly trend of 10 March to 26 May 2025 on sekat
// generate --seed 8404 --scale 0.3 --no-change said "8 periods watched
// after 3 calibration periods", one of the 8 the Lebaran week withheld
// for having no one in it, which the CUSUM passed over. Partial, the
// periods cut short and not withheld, is what the CUSUM left out for
// their length (trend's note on them, said without any sector watched).
func TestTrendCountsWhatTheCUSUMUsed(t *testing.T) {
	const day, week = 86400, 7 * 86400
	// a first period of 4 days, 10 whole weeks, a last period of 3 days
	ws := []graph.Window{{From: 0, To: 4 * day}}
	for from := int64(4 * day); len(ws) < 11; from += week {
		ws = append(ws, graph.Window{From: from, To: from + week})
	}
	ws = append(ws, graph.Window{From: ws[10].To, To: ws[10].To + 3*day})
	h := []float64{0.5, 0.4, 0.6, 0.5, 0.45, 0.55, 0.5, 0.4, 0.6, 0.5, 0.45, 0.5}
	const cal = 5
	for _, tc := range []struct {
		name string
		held []int
	}{
		{"none withheld", nil},
		{"one withheld after the calibration", []int{7}},
		{"one withheld in the calibration, one after", []int{2, 7}},
		{"the first, cut short, withheld", []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pts, se := cusumPoints(h)
			for i := range pts {
				pts[i].Window = ws[i]
			}
			held := make([]bool, len(h))
			for _, i := range tc.held {
				held[i] = true
			}
			_, w := cusumHeld(pts, se, cal, 0.5, 4, 0.1, 0, held)
			if w.Reason != "" {
				t.Fatalf("the CUSUM did not run: %s", w.Reason)
			}
			scored := 0
			for _, p := range pts[cal:] {
				if !math.IsNaN(p.Z) {
					scored++
				}
			}
			tr := &TrendResult{Method: TrendMethod{Periods: len(h), Calibration: cal}, Windows: ws, held: held}
			if got, want := tr.Calibrated(), w.Calibration+w.Skipped; got != want {
				t.Errorf("Calibrated() = %d, want %d, the calibration periods the CUSUM calibrated on or skipped", got, want)
			}
			if got := tr.Watched(); got != scored {
				t.Errorf("Watched() = %d, want %d, the periods after the calibration the CUSUM gave a z", got, scored)
			}
			if got := tr.Partial(); got != w.Partial {
				t.Errorf("Partial() = %d, want %d, the periods cut short the CUSUM left out", got, w.Partial)
			}
		})
	}
}
