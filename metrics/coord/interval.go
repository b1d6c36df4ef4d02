package coord

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Confidence is the coverage of the follow-up rate's interval, Forum.Low
// to Forum.High.
const Confidence = 0.95

// ClopperPearson is the exact (Clopper–Pearson) two-sided interval of a
// binomial proportion with coverage level, from x successes in n trials:
//
//	low  = Beta(x, n-x+1) quantile at (1-level)/2   (0 when x = 0)
//	high = Beta(x+1, n-x) quantile at (1+level)/2   (1 when x = n)
//
// It is the interval R's binom.test reports. NaN, NaN for n <= 0, x < 0
// or x > n.
func ClopperPearson(x, n int64, level float64) (low, high float64) {
	return ClopperPearsonTail(x, n, (1-level)/2)
}

// ClopperPearsonTail is ClopperPearson given the probability left out on
// each side, tail = (1-level)/2, for a caller that computes it from a
// constant (silo.PValueInterval: exactly 0.025, where (1-level)/2 of the
// float64 0.95 is 0.025000000000000022, which would change the intervals
// it writes in their last digit).
func ClopperPearsonTail(x, n int64, tail float64) (low, high float64) {
	if n <= 0 || x < 0 || x > n {
		return math.NaN(), math.NaN()
	}
	low, high = 0, 1
	if x > 0 {
		low = distuv.Beta{Alpha: float64(x), Beta: float64(n - x + 1)}.Quantile(tail)
	}
	if x < n {
		high = distuv.Beta{Alpha: float64(x + 1), Beta: float64(n - x)}.Quantile(1 - tail)
	}
	return low, high
}
