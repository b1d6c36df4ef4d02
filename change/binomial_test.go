package change

import (
	"math"
	"testing"
)

// TestRegIncBeta holds the regularized incomplete beta function to R 4.2.2's
// pbeta (and, for whole numbers, pbinom: pbeta(0.6, 7, 4) = pbinom(3, 10,
// 0.4)), to 1e-12.
func TestRegIncBeta(t *testing.T) {
	for _, tc := range []struct{ x, a, b, want float64 }{
		{0.6, 7, 4, 0.3822806016},           // R: pbeta(0.6, 7, 4), pbinom(3, 10, 0.4)
		{0.3, 2.5, 0.7, 0.0298140248452504}, // R: pbeta(0.3, 2.5, 0.7)
		{0.97, 0.6, 3.4, 0.999997335473741}, // R: pbeta(0.97, 0.6, 3.4)
		{0.03, 1, 1, 0.03},                  // R: pbeta(0.03, 1, 1)
		{0, 2, 3, 0}, {1, 2, 3, 1},
	} {
		if got := regIncBeta(tc.x, tc.a, tc.b); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("I_%v(%v, %v) = %.15g, want %.15g", tc.x, tc.a, tc.b, got, tc.want)
		}
	}
}

// TestBinomialZ: the bounds are the normal scores of the binomial tails,
// 0 on the side the outcome does not lean to.
func TestBinomialZ(t *testing.T) {
	// one letter, out of a sector keeping 97% inside: P(X <= 0) = 0.03
	lo, hi := binomialZ(0, 1, 0.97)
	if want := normQuantile(0.03); math.Abs(lo-want) > 1e-9 || hi != 0 {
		t.Errorf("binomialZ(0, 1, 0.97) = %v, %v, want %v, 0", lo, hi, want)
	}
	// 3 of 10 inside against 0.4: P(X <= 3) = pbinom(3, 10, 0.4) in R
	lo, hi = binomialZ(3, 10, 0.4)
	if want := normQuantile(0.3822806016); math.Abs(lo-want) > 1e-9 || hi != 0 {
		t.Errorf("binomialZ(3, 10, 0.4) = %v, %v, want %v, 0", lo, hi, want)
	}
	// 7 of 10 inside against 0.4: P(X >= 7) = 1 - pbinom(6, 10, 0.4) in R
	lo, hi = binomialZ(7, 10, 0.4)
	if want := -normQuantile(0.0547618816000001); lo != 0 || math.Abs(hi-want) > 1e-9 {
		t.Errorf("binomialZ(7, 10, 0.4) = %v, %v, want 0, %v", lo, hi, want)
	}
	if lo, hi := binomialZ(1, 0, 0.5); !math.IsInf(lo, -1) || !math.IsInf(hi, 1) {
		t.Errorf("no weight bounds z at %v, %v, want no bound", lo, hi)
	}
}

// TestCUSUMThinWeekBoundByItsTies: a week of one letter sent out of a
// sector whose calibration weeks held one to four internal letters (one
// week 2 in, 1 out) does not ring on its own; weeks after a lasting
// opening do. On sekat generate --seed 2718 --scale 0.03 --pilot, trend
// --every week scored such a week z = -9.6 against the calibration's
// spread (0.10) and rang "ketertiban appears to have opened up" in April,
// two months before the planted change of 1 July; the binomial gives that
// one letter a chance of about 3 to 8%.
func TestCUSUMThinWeekBoundByItsTies(t *testing.T) {
	const q = 2.0 / 74 // chance share of a sector of 3 units of 39
	type week struct{ in, out float64 }
	cal := []week{{1, 0}, {1, 0}, {1, 0}, {2, 0}, {1, 0}, {1, 0}, {2, 1}, {2, 0}, {3, 0}, {2, 0}, {1, 0}, {4, 0}, {1, 0}, {1, 0}}
	after := []week{{0, 1}, {2, 0}, {1, 1}, {4, 1}, {1, 0}, {4, 0}, {1, 1}, {1, 1}}
	opened := []week{{0, 2}, {0, 2}, {0, 6}, {1, 3}, {0, 3}, {0, 2}}
	run := func(weeks []week) ([]Alert, []TrendPoint) {
		pts, se := cusumPoints(make([]float64, len(weeks)))
		for i, w := range weeks {
			p := w.in / (w.in + w.out)
			pts[i].Internal, pts[i].External, pts[i].Homophily = w.in, w.out, (p-q)/(1-q)
		}
		arl := 2 * 10 * 38 / RunFalseAlarms // ten sectors watched for 38 weeks
		al, _ := cusum(pts, se, len(cal), DefaultCUSUMK, DefaultCUSUMH, 0.1, arl)
		return al, pts
	}
	al, pts := run(append(append([]week{}, cal...), after...))
	if len(al) > 0 {
		t.Errorf("thin weeks without a lasting change rang: %+v", al)
	}
	if z := pts[len(cal)].Z; !(z < 0 && z > -2.5) {
		t.Errorf("the week of one letter out scored z = %v, want between -2.5 and 0", z)
	}
	al, _ = run(append(append(append([]week{}, cal...), after...), opened...))
	if len(al) != 1 || al[0].Direction != AlarmOpening || al[0].Period <= len(cal)+len(after) {
		t.Errorf("a lasting opening after the thin weeks raised %+v, want one opening alarm after period %d", al, len(cal)+len(after))
	}
}
