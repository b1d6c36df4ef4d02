package i18n

import (
	"strings"
	"testing"

	_ "github.com/sekat-ona/sekat/internal/golden" // go test ./... -update
	"github.com/sekat-ona/sekat/metrics"
)

// TestSmallChangeSentence: a change significant after Holm's correction
// but below the minimum change has its sentence in changes_groups.csv (it
// was empty), with its numbers, the minimum, and what it can be.
func TestSmallChangeSentence(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"id", "Sektor pemerintahan bergeser sedikit: homofili dari -0,01 menjadi -0,03 (selang 95% perubahan -0,02 s.d. -0,01; p terkoreksi = 0,010). Perubahan itu bermakna secara statistik tetapi kurang dari perubahan minimum 0,10"},
		{"en", "Sector pemerintahan shifted slightly: homophily from -0.01 to -0.03 (95% interval of the change -0.02 to -0.01; adjusted p = 0.010). The change is statistically significant but below the minimum change 0.10"},
	} {
		got := SmallChangeSentence(c.lang, metrics.GroupSector, "pemerintahan", -0.011, -0.029, -0.024, -0.008, 0.00999, 0.1)
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q...", c.lang, got, c.want)
		}
	}
}

// TestIntervalEndsKeepTheirSign: an interval that excludes 0 is never
// written as if it held it (a review saw "0,00 s.d. 0,01" for 0.0037 to
// 0.0143, a significant change).
func TestIntervalEndsKeepTheirSign(t *testing.T) {
	for _, tc := range []struct {
		low, high float64
		want      string
	}{
		{0.0037, 0.0143, "(selang 95% perubahan 0,004 s.d. 0,014;"},
		{-0.0143, -0.0037, "(selang 95% perubahan -0,014 s.d. -0,004;"},
		{-0.12, 0.3456, "(selang 95% perubahan -0,12 s.d. 0,35;"},
		{0, 0.2, "(selang 95% perubahan 0,00 s.d. 0,20;"},
		{0.00002, 0.02, "(selang 95% perubahan 0,00002 s.d. 0,02000;"},
	} {
		got := ChangeSentence("id", metrics.GroupSector, "ekonomi", "closed", 0.5, 0.6, tc.low, tc.high, 0.01)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%v..%v: %q, want it to contain %q", tc.low, tc.high, got, tc.want)
		}
	}
}
