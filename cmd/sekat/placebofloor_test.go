package main

import (
	"math"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
)

// TestPlaceboLineWhenPCannotReachAlpha: when no placebo date's
// randomisation p could be at most 0.05 (its floor above it: 3 sectors
// give 3 assignments and a p of at least 1/3, as sekat generate --seed
// 201 --scale 0.2 with sosial treated against ekonomi and keuangan, by
// month), the placebo line read "Each of the 3 placebo dates gives an
// interval that includes 0 and a randomisation p, where given, above
// 0.05", the p as evidence of parallel trends when it could not have
// been anything else, and a doubtful date was "checked twice" with "up to
// one date in ten" doubtful by chance, where only the interval could flag
// it (one in twenty). For every split of up to four dates, in both
// languages, the line and the reading then speak of the intervals alone
// and end by saying that the p cannot reach 0.05 with so few
// assignments; with a floor below 0.05 they are as before.
func TestPlaceboLineWhenPCannotReachAlpha(t *testing.T) {
	vacuous := map[string][]string{
		"en": {"where given, above", "checked twice", "its randomisation p, where given", "one date in ten", "one time in ten"},
		"id": {"bila ada, di atas", "dua kali", "satu dari sepuluh", "satu kali dari sepuluh"},
	}
	floor := placeboFloor{p: 1.0 / 3, assignments: 3}
	for _, lang := range []string{"en", "id"} {
		tail := msg(lang, "evaluate.placeboPFloor", "0"+map[string]string{"en": ".", "id": ","}[lang]+"333", 3, map[string]string{"en": "0.05", "id": "0,05"}[lang])
		for total := 1; total <= 4; total++ {
			for covered := 0; covered <= total; covered++ {
				for excluded := 0; covered+excluded <= total; excluded++ {
					undefined := total - covered - excluded
					if covered+excluded == 0 {
						continue // no date judged: no line about them
					}
					fails := excluded > 0 && 2*excluded >= covered+excluded
					line := placeboSummary(lang, covered, excluded, undefined, fails, "1 Juni 2025 (selang tidak memuat 0)", floor)
					lines := []string{line}
					if fails {
						d := change.DiD{Outcome: "homophily", Kind: change.DiDEffect}
						d.CI.Low, d.CI.High = 0.1, 0.4
						lines = append(lines, effectReading(lang, d, &change.Evaluation{TreatedUnits: 3, ControlUnits: 3, PreBlocks: 30, PostBlocks: 13},
							placeboCheck{fails: true, doubtful: excluded, dates: covered + excluded, undefined: undefined, named: "1 Juni 2025 (selang tidak memuat 0)", floor: floor}, "1 Oktober 2025", func(float64) string { return "0.5" }))
					}
					for _, l := range lines {
						for _, v := range vacuous[lang] {
							if strings.Contains(l, v) {
								t.Errorf("%s, %d covered, %d excluded, %d undefined: %q says %q of a p that cannot reach 0.05", lang, covered, excluded, undefined, l, v)
							}
						}
					}
					if !strings.HasSuffix(line, " "+tail) {
						t.Errorf("%s, %d covered, %d excluded, %d undefined: %q does not end with %q", lang, covered, excluded, undefined, line, tail)
					}
				}
			}
		}
	}
	// by chance, with the interval alone: 0.05 of each date
	if got, want := placeboSummary("en", 5, 1, 0, false, "1 August 2025 (interval excludes 0)", placeboFloor{p: 0.1, assignments: 10}), "up to about 0.3 of the 6 could be doubtful by chance alone"; !strings.Contains(got, want) {
		t.Errorf("%q lacks %q", got, want)
	}
	// a p that can reach 0.05 keeps its place in the sentence
	for _, f := range []placeboFloor{{}, {p: math.NaN()}, {p: 1.0 / 1001, assignments: 1000}} {
		got := placeboSummary("en", 3, 0, 0, false, "", f)
		if want := "Each of the 3 placebo dates gives an interval that includes 0 and a randomisation p, where given, above 0.05"; !strings.Contains(got, want) {
			t.Errorf("floor %v: %q lacks %q", f.p, got, want)
		}
		if strings.Contains(got, msg("en", "evaluate.placeboPFloor", "", 0, "")[:20]) {
			t.Errorf("floor %v: %q says the p cannot reach 0.05", f.p, got)
		}
	}
}
