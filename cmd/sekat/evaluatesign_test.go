package main

import (
	"math"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/i18n"
)

// TestEvaluateEffectLineKeepsSign: evaluate's first line writes the
// effect and its interval so that none of them reads as 0 when it is not.
// The review of session 47 saw an interval end of -0.000176 written
// "0.000" ("95% interval 0.000 to 0.412"): three decimals, and the minus
// of "-0.000" dropped as a negative zero, so that an interval crossing 0
// read as stopping at it. The effect of -0.0003245 (sekat generate
// --seed 5 --no-change, infrastruktur treated from 2025-07-01) read
// "0.000". Both ends and the effect now carry the decimals that show
// them, in both languages; the p keeps three.
func TestEvaluateEffectLineKeepsSign(t *testing.T) {
	for _, tt := range []struct {
		name                  string
		effect, low, high     float64
		wantEffect, lo, hi, p string
	}{
		{"interval end", 0.2, -0.000176, 0.412, "0.2000", "-0.0002", "0.4120", "0.300"},
		{"effect", -0.0003245135550446, -0.0107187804464707, 0.00929067026068318, "-0.0003", "-0.0107", "0.0093", "0.300"},
	} {
		d := change.DiD{Outcome: "homophily", Kind: change.DiDEffect, Effect: tt.effect,
			CI: change.Interval{Low: tt.low, High: tt.high}, P: 0.3, Assignments: 10, PFloor: 0.1, Detectable: math.NaN()}
		for _, lang := range []string{"id", "en"} {
			dec := func(s string) string { return i18n.Decimal(lang, s) }
			got := effectLine(lang, d, "1 July 2025", estimates(lang, effectDigits(d)))
			want := msg(lang, "evaluate.effect", "1 July 2025", dec(tt.wantEffect), msg(lang, "evaluate.effectCI", dec(tt.lo), dec(tt.hi)),
				msg(lang, "evaluate.effectP", dec(tt.p), "10"))
			if got != want {
				t.Errorf("%s, %s:\ngot  %s\nwant %s", tt.name, lang, got, want)
			}
			if strings.Contains(got, dec("0.000 ")) {
				t.Errorf("%s, %s: a value reads 0.000: %s", tt.name, lang, got)
			}
		}
	}
}
