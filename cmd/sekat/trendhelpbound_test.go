package main

import (
	"strings"
	"testing"
)

// TestTrendHelpSaysZIsBounded: trend --help described each period's
// score as the drift of homophily in calibration standard deviations,
// widened for a thin period, and left out the bound on what a period's
// ties can carry (change.binomialZ), which set 376 of the 380 weekly
// scores of sekat generate --seed 33 --scale 0.3 --no-change and held
// 175 of them at 0 (docs/change.md). The help now says that a period
// whose ties stay within chance of the calibration's share scores 0,
// in both languages.
func TestTrendHelpSaysZIsBounded(t *testing.T) {
	for _, tc := range []struct{ lang, want string }{
		{"en", "no period's score goes beyond what its ties could show were each drawn independently, inside with the calibration's internal share: a period whose ties stay within chance of that share scores 0"},
		{"id", "skor suatu periode tidak melampaui apa yang dapat ditunjukkan ikatannya seandainya setiap ikatan diambil secara bebas, berada di dalam dengan porsi internal kalibrasi: periode yang ikatannya masih dalam jangkauan kebetulan dari porsi itu berskor 0"},
	} {
		code, stdout, stderr := sekat(t, "trend", "--help", "--lang", tc.lang)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", tc.lang, code, stderr)
		}
		if help := squash(stdout); !strings.Contains(help, tc.want) {
			t.Errorf("%s: trend --help does not say %q:\n%s", tc.lang, tc.want, help)
		}
	}
}
