package viz

import (
	"math"
	"testing"
)

// TestChangeIntervalKeepsSign: compare.html's tables and trend.html's
// tooltips write a change and its interval so that neither reads as 0
// when it is not, and an end below 0 keeps its minus. The network table
// of compare.html printed the E-I index's change of 0.004737 as "0.00"
// and sector modularity's -0.002663 as "0.00" (sekat generate --seed 5
// --no-change, compare 2025-01-01..2025-07-01 against
// 2025-07-01..2026-01-01, changes_network.csv of sekat 2026-12-06), and
// an interval end of -2e-7 read "0.000000".
func TestChangeIntervalKeepsSign(t *testing.T) {
	for _, tt := range []struct {
		name, got, want string
	}{
		{"E-I change", estimate(0.004737023404948, 2, "en"), "0.005"},
		{"modularity change", estimate(-0.0026631641204624, 2, "id"), "-0,003"},
		{"shown change", estimate(-0.017164449055939, 2, "en"), "-0.02"},
		{"no change", estimate(0, 2, "en"), "0.00"},
		{"undefined", estimate(math.NaN(), 2, "en"), "–"},
		{"interval end past six decimals", interval(-2e-7, 0.412, "en"), "[-0.000000; 0.412000]"},
		{"review's interval end", interval(-0.000176, 0.412, "id"), "[-0,0002; 0,4120]"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
