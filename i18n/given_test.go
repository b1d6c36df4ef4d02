package i18n

import (
	"strconv"
	"strings"
	"testing"
)

// TestGivenReadsBackExactly: a parameter written by Given reads back as
// the value given, in both languages (the thousands separator dropped,
// the decimal mark made a point), with no zero after the decimal mark
// that the value does not need: "5,00" for --reach-weight 5 read as
// another number than the "5" of the reasons beside it, and "0,12" for
// 0.125 was another number.
func TestGivenReadsBackExactly(t *testing.T) {
	for _, x := range []float64{5, 2.5, 0.125, 1000, 1234567.25, 0.0001, 1e-7, 33.333333333333336} {
		for _, lang := range []string{"id", "en"} {
			s := Given(lang, x)
			plain := strings.ReplaceAll(s, T(lang, "num.thousands"), "")
			plain = strings.ReplaceAll(plain, T(lang, "num.decimal"), ".")
			got, err := strconv.ParseFloat(plain, 64)
			if err != nil || got != x {
				t.Errorf("Given(%s, %v) = %q, reads back as %v (%v)", lang, x, s, got, err)
			}
			if strings.Contains(plain, ".") && strings.HasSuffix(plain, "0") {
				t.Errorf("Given(%s, %v) = %q ends in a zero it does not need", lang, x, s)
			}
			if x >= 1000 && !strings.Contains(s, T(lang, "num.thousands")) {
				t.Errorf("Given(%s, %v) = %q: the thousands are not grouped as Int groups them", lang, x, s)
			}
		}
	}
}
