package change

import "math"

// binomialZ bounds the z-score of a period whose index rests on little
// tie weight. Of n tie weight, x lay inside the group, and the
// calibration periods put a share p of theirs inside. Were the period's
// ties drawn independently, each inside with chance p, the internal
// weight would be binomial(n, p), and an outcome as low as x, or lower,
// would have probability P(X <= x): its normal score lo = Φ⁻¹(P(X <= x)),
// capped at 0, is the most that x can say for a fall, and likewise hi =
// -Φ⁻¹(P(X >= x)), floored at 0, for a rise. A z outside [lo, hi] claims
// more than the period's ties can carry: a week of one letter, sent out
// of a sector whose calibration weeks held one or two internal letters
// each (p = 0.97), scored z = -9.6 against the calibration's spread, an
// alarm on its own, where the binomial gives that letter a chance of 3%
// (lo = -1.9). Weights need not be whole: the tails are the regularized
// incomplete beta functions that equal the binomial's for whole numbers,
// P(X <= x) = I_{1-p}(n-x, x+1) and P(X >= x) = I_p(x, n-x+1). With no
// weight, or p not strictly between 0 and 1, nothing is bounded.
func binomialZ(x, n, p float64) (lo, hi float64) {
	if !(n > 0) || !(p > 0 && p < 1) || math.IsNaN(x) {
		return math.Inf(-1), math.Inf(1)
	}
	x = math.Min(math.Max(x, 0), n)
	low, high := 1.0, 1.0 // P(X <= x), P(X >= x)
	if n-x > 0 {
		low = regIncBeta(1-p, n-x, x+1)
	}
	if x > 0 {
		high = regIncBeta(p, x, n-x+1)
	}
	return math.Min(0, normQuantile(low)), math.Max(0, -normQuantile(high))
}

// regIncBeta is the regularized incomplete beta function I_x(a, b) for a,
// b > 0, by its continued fraction (Lentz's method, as in Press et al.,
// Numerical Recipes, 6.4), taken on the side where it converges fast.
func regIncBeta(x, a, b float64) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	la, _ := math.Lgamma(a)
	lb, _ := math.Lgamma(b)
	lab, _ := math.Lgamma(a + b)
	front := math.Exp(lab - la - lb + a*math.Log(x) + b*math.Log1p(-x))
	if x < (a+1)/(a+b+2) {
		return front * betaFraction(x, a, b) / a
	}
	return 1 - front*betaFraction(1-x, b, a)/b
}

// betaFraction evaluates the continued fraction of regIncBeta.
func betaFraction(x, a, b float64) float64 {
	const tiny, eps = 1e-300, 1e-15
	c, d := 1.0, 1-(a+b)*x/(a+1)
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	f := d
	for m := 1; m <= 1000; m++ {
		fm := float64(m)
		for _, num := range []float64{
			fm * (b - fm) * x / ((a + 2*fm - 1) * (a + 2*fm)),
			-(a + fm) * (a + b + fm) * x / ((a + 2*fm) * (a + 2*fm + 1)),
		} {
			d = 1 + num*d
			if math.Abs(d) < tiny {
				d = tiny
			}
			c = 1 + num/c
			if math.Abs(c) < tiny {
				c = tiny
			}
			d = 1 / d
			f *= d * c
		}
		if math.Abs(d*c-1) < eps {
			break
		}
	}
	return f
}
