package change

import (
	"math"
	"testing"
)

// TestBCADegenerate: when every bootstrap replicate is the same value the
// interval is not given (IntervalDegenerate), not [x, x]. A QA run of
// session 30 found trend.csv giving a sector of two internal ties and
// none out homophily 1 with the interval [1; 1], and 24 such rows of
// one study: certainty the ties do not give. Nor when all but a few
// replicates in the tails are: the interval's ends are then one value.
// Replicates that differ keep an interval that holds the estimate.
func TestBCADegenerate(t *testing.T) {
	same := make([]float64, 200)
	for i := range same {
		same[i] = 1
	}
	spread := make([]float64, 200)
	for i := range spread {
		spread[i] = 0.5 + float64(i%21)/20
	}
	nearly := make([]float64, 200)
	for i := range nearly {
		nearly[i] = 1
		if i%50 == 0 {
			nearly[i] = 0.9
		}
	}
	for _, c := range []struct {
		name   string
		est    float64
		reps   []float64
		reason string
	}{
		{"every replicate 1", 1, same, IntervalDegenerate},
		{"replicates spread around 1", 1, spread, ""},
		// all but 2% of them 1: the interval's ends both fall on 1 (a
		// density over nine units that no resample can raise and few
		// lower gave 0.778 [0.778; 0.778])
		{"all but the tails 1", 1, nearly, IntervalDegenerate},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := bca(c.est, c.reps, 0, 0.05)
			if got.Reason != c.reason {
				t.Fatalf("reason %q, want %q (interval %v)", got.Reason, c.reason, got)
			}
			if c.reason != "" && (!math.IsNaN(got.Low) || !math.IsNaN(got.High)) {
				t.Errorf("interval %v, want none", got)
			}
			if c.reason == "" && !(got.Low < got.High && got.Low <= c.est && c.est <= got.High) {
				t.Errorf("interval %v does not hold %v with a width", got, c.est)
			}
		})
	}
}
