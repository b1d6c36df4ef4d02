package change

import "testing"

// TestCUSUMFlatCalibrationOfEqualValues: a calibration whose homophily
// is the same value in every period is flat (WatchFlat), even where the
// sum of the values divided by their number is not that value in
// float64. On sekat generate --seed 33 --scale 0.1 --no-change, trend
// --every week, sector infrastruktur kept no tie inside in its 12
// calibration weeks, each at -1/36 (-0.0277777777777778 in trend.csv):
// the mean came out one rounding away, the standard deviation 1.1e-17
// instead of 0 (trend_cusum.csv), and the CUSUM ran on that noise: a
// reference value of 4.6e15 standard deviations, every later z set by
// the binomial bound alone, and 25 weeks whose homophily equalled the
// calibration's counted as held at 0 although it differed from nothing.
func TestCUSUMFlatCalibrationOfEqualValues(t *testing.T) {
	for _, x := range []float64{-1.0 / 36, 0.1, 1.0 / 3} {
		h := make([]float64, 20)
		for i := range h {
			h[i] = x
		}
		h[15] = x + 0.2
		var sum float64
		for _, v := range h[:12] {
			sum += v
		}
		pts, se := cusumPoints(h)
		_, w := cusumHeld(pts, se, 12, 0.5, 4, 0.1, 0, nil)
		if w.Reason != WatchFlat {
			t.Errorf("calibration of 12 × %v (their sum / 12 = %v): reason %q, sd %g, want %q", x, sum/12, w.Reason, w.SD, WatchFlat)
		}
	}
}
