package change

import "testing"

// TestEIOfEqualSumsIsZero: the E-I index of the windows (trend.csv,
// compare, evaluate) is 0 when E and I are equal in exact arithmetic but
// not in float64 (1/2 + 1/3 + 1/6 = 0.9999999999999999), as silo's is.
// Before, `sekat trend --level person` on `sekat generate --seed 3 --scale
// 0.4 --pilot --reorg` wrote BPKAD's November ei_index as
// -0.0000000000000003675221047035 with internal_weight 58 and
// external_weight 58, and interval bounds of -1.3e-16 and -5.0e-16.
func TestEIOfEqualSumsIsZero(t *testing.T) {
	// Summed at run time: Go's constant arithmetic is exact.
	i := 0.0
	for _, w := range []float64{1.0 / 2, 1.0 / 3, 1.0 / 6} {
		i += w
	}
	if x := eiOf(1, i); x != 0 {
		t.Errorf("eiOf(1, 1/2+1/3+1/6) = %v, want 0", x)
	}
	if x := eiOf(1, 1-1e-9); x == 0 {
		t.Errorf("eiOf(1, 1-1e-9) = 0, want about 5e-10")
	}
}
