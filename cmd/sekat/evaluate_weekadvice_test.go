package main

import (
	"strings"
	"testing"
)

// TestPlaceboAdviceWeekly: with --every week, the shortest period evaluate
// takes, the lines that ask for more placebo dates ask for a wider window
// backwards only. They said "use shorter periods" (sekat generate --seed
// 640 --scale 0.3 --no-change, three units treated from 2025-01-27 by
// week: "No placebo date fits before the reform date, so parallel trends
// were not checked; widen the window backwards or use shorter periods"),
// and --every day is refused. By month they still name both.
func TestPlaceboAdviceWeekly(t *testing.T) {
	shorter := map[string]string{"en": "shorter periods", "id": "periode yang lebih pendek"}
	wider := map[string]string{"en": "a wider window backwards", "id": "jendela waktu yang lebih panjang ke belakang"}
	for _, lang := range []string{"en", "id"} {
		for _, weekly := range []bool{true, false} {
			floor := placeboFloor{p: 0.001, assignments: 1000, weekly: weekly}
			noP := placeboFloor{p: 0.5, assignments: 2, weekly: weekly}
			lines := map[string]string{
				"no placebo date":          placeboSummary(lang, 0, 0, 0, false, "", floor),
				"one date":                 placeboSummary(lang, 1, 0, 0, false, "", floor),
				"one date, doubtful":       placeboSummary(lang, 0, 1, 0, true, "1 Mei 2025", floor),
				"one date of more":         placeboSummary(lang, 1, 0, 2, false, "", floor),
				"one date of more, no p":   placeboSummary(lang, 1, 0, 2, false, "", noP),
				"one date, no p":           placeboSummary(lang, 1, 0, 0, false, "", noP),
				"one doubtful, no p":       placeboSummary(lang, 0, 1, 0, true, "1 Mei 2025", noP),
				"one doubtful of more":     placeboSummary(lang, 0, 1, 2, true, "1 Mei 2025", floor),
				"one doubtful of more, no": placeboSummary(lang, 0, 1, 2, true, "1 Mei 2025", noP),
				"none with an interval":    placeboUndefinedLine(lang, 3, 3, weekly),
				"the only one, undefined":  placeboUndefinedLine(lang, 1, 1, weekly),
			}
			for name, got := range lines {
				if !strings.Contains(got, wider[lang]) || strings.Contains(got, shorter[lang]) == weekly || strings.Contains(got, "%!") {
					t.Errorf("%s, %s, weekly %v: %q, want %q, and %q only by month", lang, name, weekly, got, wider[lang], shorter[lang])
				}
			}
		}
	}
}
