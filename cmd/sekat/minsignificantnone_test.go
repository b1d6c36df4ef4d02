package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/i18n"
)

// TestMinSignificantBeyondPossible: where the smallest effect the
// randomisation test could call significant (1.12) is larger than the
// largest effect the outcome allows with the other values as observed
// (0.95), evaluate says that no effect of any possible size could have
// been called significant, and gives both numbers; it read "only for an
// effect on homophily larger than 1.12 ... the effect found, 0.300, is
// not", as if an effect of 1.12 were possible. The numbers are made up
// for the sentence; below the largest possible effect the sentence is as
// before.
func TestMinSignificantBeyondPossible(t *testing.T) {
	for _, c := range []struct {
		lang          string
		reach         float64
		want, notWant []string
	}{
		{"en", 0.95, []string{"larger than 1.120 in absolute value", "no effect can be that large here", "the largest possible is 0.950", "an effect of any possible size"}, []string{"the effect found"}},
		{"id", 0.95, []string{"lebih dari 1,120", "tidak ada efek yang dapat sebesar itu", "efek terbesar yang mungkin adalah 0,950", "sebesar apa pun yang mungkin"}, []string{"efek yang ditemukan"}},
		{"en", 1.5, []string{"larger than 1.120 in absolute value", "the effect found, 0.300, is not"}, []string{"no effect can be that large"}},
		{"id", 1.5, []string{"efek yang ditemukan, 0,300, tidak melampauinya"}, []string{"tidak ada efek yang dapat sebesar itu"}},
	} {
		d := change.DiD{Effect: 0.3, Detectable: 1.12, Reachable: c.reach, CI: change.Interval{Low: -0.5, High: 0.9}, P: 0.3, PFloor: 1.0 / 35, Assignments: 35}
		if !sayMinSignificant(d) {
			t.Fatalf("%s: the threshold is not said", c.lang)
		}
		s := minSignificantLine(c.lang, d, i18n.Decimal(c.lang, "0.05"), estimates(c.lang, effectDigits(d)))
		for _, w := range c.want {
			if !strings.Contains(s, w) {
				t.Errorf("%s, max %v:\n%s\nlacks %q", c.lang, c.reach, s, w)
			}
		}
		for _, w := range c.notWant {
			if strings.Contains(s, w) {
				t.Errorf("%s, max %v:\n%s\nsays %q", c.lang, c.reach, s, w)
			}
		}
	}
	// a threshold and a largest possible effect that three decimals print
	// alike get more digits
	d := change.DiD{Effect: 0.3, Detectable: 0.95041, Reachable: 0.95012, CI: change.Interval{Low: -0.5, High: 0.9}, P: 0.3, Assignments: 35}
	if s := minSignificantLine("en", d, "0.05", estimates("en", effectDigits(d))); !strings.Contains(s, "larger than 0.9504 ") || !strings.Contains(s, "the largest possible is 0.9501") {
		t.Errorf("threshold and max printed alike:\n%s", s)
	}
}
