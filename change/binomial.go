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
	lo, hi = 0, 0
	if n-x > 0 { // P(X <= x)
		lo = math.Min(0, tailQuantile(1-p, n-x, x+1))
	}
	if x > 0 { // P(X >= x)
		hi = math.Max(0, -tailQuantile(p, x, n-x+1))
	}
	return lo, hi
}

// farTail is the tail probability below which tailQuantile leaves
// normQuantile for normQuantileLog: normQuantile takes math.Erfcinv,
// which is math.Erfinv(1-2p) and so loses p's digits below about 1e-8
// and gives -Inf below about 1e-17 (z of about -8.5), where binomialZ then
// bounded nothing; the tails of a sector that opened or closed are far
// smaller (a sector of 120 ties whose calibration kept 1.7% inside, now
// 79 inside: 1.1e-108), and its z went unbounded (60 where its ties carry
// 22). Above it normQuantile is within about 1e-9 of the exact quantile.
const farTail = 1e-8

// tailQuantile is the normal quantile Φ⁻¹(I_x(a, b)) of a binomial tail,
// taken in logarithms when the tail is far out (farTail), so that a tail
// too small for a float64 still has its quantile.
func tailQuantile(x, a, b float64) float64 {
	if q := regIncBeta(x, a, b); q >= farTail {
		return normQuantile(q)
	}
	return normQuantileLog(logRegIncBeta(x, a, b))
}

// logRegIncBeta is ln I_x(a, b), computed without leaving logarithms on
// the side where the continued fraction is taken directly, so that it
// holds where I_x(a, b) is below the smallest float64.
func logRegIncBeta(x, a, b float64) float64 {
	switch {
	case x <= 0:
		return math.Inf(-1)
	case x >= 1:
		return 0
	}
	la, _ := math.Lgamma(a)
	lb, _ := math.Lgamma(b)
	lab, _ := math.Lgamma(a + b)
	front := lab - la - lb + a*math.Log(x) + b*math.Log1p(-x)
	if x < (a+1)/(a+b+2) {
		return front + math.Log(betaFraction(x, a, b)/a)
	}
	return math.Log1p(-math.Exp(front) * betaFraction(1-x, b, a) / b)
}

// normQuantileLog is the standard normal quantile z of a probability p
// given as lp = ln p, for p at most 1/2 (z <= 0): Newton's method on
// ln Φ(z) = lp, which is concave, so that from the asymptotic start the
// steps close in on the root from one side. NaN for lp > ln(1/2) or NaN.
func normQuantileLog(lp float64) float64 {
	switch {
	case math.IsInf(lp, -1):
		return math.Inf(-1)
	case !(lp <= -math.Ln2):
		return math.NaN()
	}
	// Φ(z) ≈ φ(z)/|z| for z far below 0
	u := -2 * lp
	z := -math.Sqrt(math.Max(u-math.Log(u)-math.Log(2*math.Pi), 1))
	for range 100 {
		lphi, lPhi := -z*z/2-0.5*math.Log(2*math.Pi), logNormCDF(z)
		step := (lPhi - lp) / math.Exp(lphi-lPhi)
		z -= step
		if math.Abs(step) <= 1e-14*math.Max(1, math.Abs(z)) {
			break
		}
	}
	return z
}

// logNormCDF is ln Φ(z) for z <= 0: from math.Erfc while it holds
// (z above -37, Φ above 1e-300), then from the asymptotic series
// Φ(z) = φ(z)/|z| · (1 - 1/z² + 3/z⁴ - 15/z⁶ + 105/z⁸ - 945/z¹⁰), whose
// next term is below 1e-15 there (Abramowitz & Stegun 26.2.12).
func logNormCDF(z float64) float64 {
	if z > -37 {
		return math.Log(0.5 * math.Erfc(-z/math.Sqrt2))
	}
	r := 1 / (z * z)
	s := 1 - r*(1-r*(3-r*(15-r*(105-r*945))))
	return -z*z/2 - math.Log(-z) - 0.5*math.Log(2*math.Pi) + math.Log(s)
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
