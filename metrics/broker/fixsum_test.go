package broker

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestFixExact: a fix sum is the exact sum of its terms (each cut to a
// multiple of 2^-frac) rounded once to nearest, ties to even, whatever
// their order, and so is the difference of two (minus: the terms marked
// negative here go to a second sum); math/big gives the exact sum.
func TestFixExact(t *testing.T) {
	r := rand.New(rand.NewPCG(960, 1))
	for k := 0; k < 2000; k++ {
		frac := []int{termFrac, fracBelow(1) - 13, fracBelow(20)}[k%3]
		n := 1 + r.IntN(40)
		xs := make([]float64, n)
		for i := range xs {
			x := r.Float64() * math.Pow(2, float64(-r.IntN(60)))
			if k%3 == 2 {
				x *= 1 << 19
			}
			if k%4 == 1 && r.IntN(2) == 0 {
				x = -x
			}
			xs[i] = x
		}
		exact := new(big.Float).SetPrec(2000)
		scale := new(big.Float).SetMantExp(big.NewFloat(1), frac)
		for _, x := range xs {
			v := new(big.Float).SetPrec(2000).Mul(big.NewFloat(x), scale) // cut as the magnitude is
			i, _ := v.Int(nil)                                            // toward zero
			q := new(big.Float).SetPrec(2000).SetInt(i)
			exact.Add(exact, q.SetMantExp(q, -frac))
		}
		want, _ := exact.Float64() // nearest, ties to even
		var first float64
		for round := 0; round < 3; round++ {
			r.Shuffle(n, func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
			var f, neg fix
			for _, x := range xs {
				switch {
				case x < 0:
					neg.add(-x, frac)
				case k%3 == 0:
					f.add(x, termFrac)
				default:
					f.add(x, frac)
				}
			}
			got := f.minus(neg).float(frac)
			if got != want {
				t.Fatalf("case %d: sum %v, exact %v", k, got, want)
			}
			if round > 0 && math.Float64bits(got) != math.Float64bits(first) {
				t.Fatalf("case %d: %v in one order, %v in another", k, got, first)
			}
			first = got
		}
	}
}
