package change

import (
	"math"
	"testing"
)

// TestBinomialZFarTail holds binomialZ to the exact normal scores of
// binomial tails far out, where the sector's ties leave no doubt: the
// tails are mpmath 1.2.1's betainc(..., regularized=True) at 50 digits,
// their normal scores mpmath's findroot of ln ncdf(z) = ln tail (Debian's
// python3-mpmath, /usr/bin/python3 3.11.2). normQuantile took these
// through math.Erfcinv, which is Erfinv(1-2p): every tail below about
// 1e-17 gave an infinite bound, so nothing held z, and tails below about
// 1e-8 lost digits. On sekat generate --seed 17 --scale 0.4 --pilot,
// trend --every month, sector sosial kept 79 of 120 ties inside in July
// against a calibration share of 1.7%: trend.csv gave z = 60.08 where its
// ties carry 22.12, and keuangan -36.73 where they carry -25.36.
func TestBinomialZFarTail(t *testing.T) {
	for _, tc := range []struct {
		name    string
		x, n, p float64
		lo, hi  float64
	}{
		// sosial, July 2025 (tail 1.0857992717046668e-108)
		{"closed sector", 79, 120, 0.016891566436149554, 0, 22.116941797911381},
		// keuangan, July 2025 (tail 3.6488138678869452e-142)
		{"opened sector", 11.4789682539683, 181.5210317460313, 0.8830695805074104, -25.358197544583597, 0},
		// tail 1.0619949154763411e-13, where Erfcinv kept few digits
		{"tail of 1e-13", 30, 40, 0.2, 0, 7.3407507842345153},
		// tails below the smallest float64: 8.18e-2067 and 7.08e-1506
		{"tail below float64", 1500, 2000, 0.02, 0, 97.486846007078935},
		{"no tie inside of 5000", 0, 5000, 0.5, -83.191293740712083, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi := binomialZ(tc.x, tc.n, tc.p)
			if math.Abs(lo-tc.lo) > 1e-9*math.Max(1, math.Abs(tc.lo)) || math.Abs(hi-tc.hi) > 1e-9*math.Max(1, math.Abs(tc.hi)) {
				t.Errorf("binomialZ(%v, %v, %v) = %.15g, %.15g, want %.15g, %.15g", tc.x, tc.n, tc.p, lo, hi, tc.lo, tc.hi)
			}
		})
	}
}

// TestBinomialZFiniteAndMonotone: every whole outcome of a period of 2,000
// ties has finite bounds, the upper one growing with the ties inside and
// the lower one with the ties outside, with no step where normQuantile
// hands over to normQuantileLog (farTail).
func TestBinomialZFiniteAndMonotone(t *testing.T) {
	const n, p = 2000, 0.05
	prevLo, prevHi := math.Inf(-1), 0.0
	for x := 0.0; x <= n; x++ {
		lo, hi := binomialZ(x, n, p)
		if math.IsInf(lo, 0) || math.IsInf(hi, 0) || math.IsNaN(lo) || math.IsNaN(hi) {
			t.Fatalf("binomialZ(%v, %v, %v) = %v, %v, want finite bounds", x, float64(n), p, lo, hi)
		}
		if lo < prevLo || hi < prevHi {
			t.Fatalf("binomialZ(%v, %v, %v) = %v, %v after %v, %v: want both non-decreasing in x", x, float64(n), p, lo, hi, prevLo, prevHi)
		}
		prevLo, prevHi = lo, hi
	}
}

// TestCUSUMFarShiftHeldToItsTies: a sector that closes at once (3, 2 and 2
// of 120 to 152 ties inside in the calibration, 79 of 120 after) scores
// the z its ties carry, 21.86 (mpmath 1.2.1 as in TestBinomialZFarTail,
// tail 3.1399365920310153e-106 against the pooled share 7.5/413), not the
// distance from the calibration mean in its spread; and a sector that
// opens at once (110 of 120, 120 of 132 and 100 of 109 inside, then 3 of
// 123) scores -23.52 (tail 1.3048253556972785e-122 against 330.5/362).
// Both scored beyond their ties before (z = 143.0 and -193.0), the tail
// being too small for normQuantile.
func TestCUSUMFarShiftHeldToItsTies(t *testing.T) {
	const q = 2.0 / 74 // chance share of a sector of 3 units of 39
	type period struct{ in, out float64 }
	for _, tc := range []struct {
		name    string
		periods []period
		want    float64
	}{
		{"closing", []period{{2, 118}, {3, 137}, {2, 150}, {79, 41}}, 21.859741543830592},
		{"opening", []period{{110, 10}, {120, 12}, {100, 9}, {3, 120}}, -23.518961154659199},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pts, se := cusumPoints(make([]float64, len(tc.periods)))
			for i, w := range tc.periods {
				s := w.in / (w.in + w.out)
				pts[i].Internal, pts[i].External, pts[i].Homophily = w.in, w.out, (s-q)/(1-q)
			}
			cusum(pts, se, 3, DefaultCUSUMK, DefaultCUSUMH, 0.1, 0)
			if z := pts[3].Z; math.Abs(z-tc.want) > 1e-9*math.Abs(tc.want) {
				t.Errorf("z = %.15g, want %.15g, what the period's ties carry", z, tc.want)
			}
		})
	}
}
