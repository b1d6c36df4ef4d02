package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
)

// TestEffectReadingPretrendNoEffect: when the placebo check fails, the
// reading of the effect says that it cannot be attributed to the reform
// date; when 0 lies inside the effect's interval it also says that the
// data show no effect, in both languages and for every wording of the
// failed check. Before, on sekat generate --seed 421 --scale 0.3
// --no-change (the ketertiban units SATPOLPP, BPBD and DAMKAR treated from
// 2025-10-01, every other internal unit a control; 4 of 6 placebo dates
// doubtful), an effect of -0.001 with the interval -0.076 to 0.063 read
// only "this effect cannot be attributed to the reform of 1 October 2025",
// as if there were one. An interval that leaves out 0 keeps the reading
// as it was.
func TestEffectReadingPretrendNoEffect(t *testing.T) {
	sound := change.Evaluation{TreatedUnits: 3, ControlUnits: 3, PreBlocks: 30, PostBlocks: 13}
	num := func(x float64) string { return "" }
	checks := map[string]placeboCheck{
		"some doubtful":          {fails: true, doubtful: 4, dates: 6, named: "1 May 2025"},
		"all doubtful":           {fails: true, doubtful: 6, dates: 6, named: "1 May 2025"},
		"the only date":          {fails: true, doubtful: 1, dates: 1, named: "1 May 2025"},
		"the only date, defined": {fails: true, doubtful: 1, dates: 1, undefined: 2, named: "1 May 2025"},
	}
	noEffect := map[string]string{
		"en": "Nor do these data show an effect to attribute: 0 lies inside its interval (95%).",
		"id": "Lagi pula, data ini tidak menunjukkan adanya efek yang dapat dikaitkan: 0 berada di dalam selangnya (95%).",
	}
	notAttributed := map[string]string{"en": "2025-10-01", "id": "2025-10-01"}
	for name, pre := range checks {
		for _, lang := range []string{"id", "en"} {
			for _, tc := range []struct {
				low, high float64
				holds0    bool
			}{{-0.076, 0.063, true}, {-0.2, 0, true}, {-0.8, -0.5, false}, {0.1, 0.3, false}} {
				d := change.DiD{Outcome: "homophily", Kind: change.DiDEffect, Effect: (tc.low + tc.high) / 2, P: 0.5, Assignments: 10}
				d.CI.Low, d.CI.High = tc.low, tc.high
				got := effectReading(lang, d, &sound, pre, "2025-10-01", num)
				if !strings.Contains(got, notAttributed[lang]) {
					t.Errorf("%s, %s, [%v, %v]: %q does not say that the effect is not read as the reform's", name, lang, tc.low, tc.high, got)
				}
				if has := strings.HasSuffix(got, " "+noEffect[lang]); has != tc.holds0 {
					t.Errorf("%s, %s, [%v, %v]: %q; says that the data show no effect: %v, want %v", name, lang, tc.low, tc.high, got, has, tc.holds0)
				}
			}
		}
	}
}
