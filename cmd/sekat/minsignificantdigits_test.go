package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/i18n"
)

// TestMinSignificantDigits: evaluate said the randomisation p could be at
// most 0.05 only for effects larger than 0.012 "and the effect found,
// -0.012, is not": true of the did row of `sekat generate --seed 23
// --no-change --scale 0.3` with DINKES and RSUD treated from 2025-09-01
// (min_significant_effect 0.012332525133554111, effect
// -0.012098548786730067, did.csv), but the printed numbers looked equal.
// Where three decimals print the two sizes alike, more are printed, until
// they differ (effectDigits); otherwise three, in both languages.
func TestMinSignificantDigits(t *testing.T) {
	for _, c := range []struct {
		lang          string
		least, effect float64
		want          []string
	}{
		{"en", 0.012332525133554111, -0.012098548786730067, []string{"larger than 0.0123 in absolute value", "the effect found, -0.0121, is not"}},
		{"id", 0.012332525133554111, -0.012098548786730067, []string{"lebih dari 0,0123", "efek yang ditemukan, -0,0121, tidak melampauinya"}},
		{"en", 0.0123, -0.0031, []string{"larger than 0.012 in absolute value", "the effect found, -0.003, is not"}},
		{"en", 0.01232, -0.01231, []string{"larger than 0.01232 in absolute value", "the effect found, -0.01231, is not"}},
	} {
		d := change.DiD{Effect: c.effect, Detectable: c.least, CI: change.Interval{Low: -0.05, High: 0.05}, P: 0.2, Assignments: 630}
		num := decimals(c.lang, effectDigits(d))
		least, found := num(d.Detectable), num(d.Effect)
		s := msg(c.lang, "evaluate.minSignificant", i18n.Int(c.lang, 630), i18n.Decimal(c.lang, "0.05"), least, found, i18n.Decimal(c.lang, "0.05"))
		for _, w := range c.want {
			if !strings.Contains(s, w) {
				t.Errorf("%s %g %g:\n%s\nlacks %q", c.lang, c.least, c.effect, s, w)
			}
		}
		if strings.TrimPrefix(found, "-") == least {
			t.Errorf("%s %g %g: threshold %s and effect %s print alike", c.lang, c.least, c.effect, least, found)
		}
	}
}
