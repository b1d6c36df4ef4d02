package i18n

import (
	"strings"
	"testing"
)

// TestFormalReasonSaysOverloadAndUnits: a formal coordinator's reason
// says, in the words of an informal person's, that their unit relies on
// them and how many units they worked in. Three formal coordinators of
// `sekat generate --seed 211 --scale 0.1` had overloaded=true in
// facilitators.csv beside a reason that never said so (hF2's finding).
func TestFormalReasonSaysOverloadAndUnits(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		for _, by := range []string{"unit", "position", "koordinator"} {
			f := FacilitatorFacts{Formal: true, FormalBy: by, Weight: 120, ReachWeight: 5,
				Overloaded: true, UnitShare: 0.42, Units: 2}
			got := FacilitatorReason(lang, f)
			for _, want := range []string{
				T(lang, "people.reason.overload", "42"),
				T(lang, "people.reason.spells", 2),
			} {
				if !strings.Contains(got, want) {
					t.Errorf("%s, formal by %s: %q\ndoes not say %q", lang, by, got, want)
				}
			}
			// and nothing of it where it does not apply
			f.Overloaded, f.Units = false, 1
			got = FacilitatorReason(lang, f)
			if strings.Contains(got, T(lang, "people.reason.overload", "42")) || strings.Contains(got, T(lang, "people.reason.spells", 1)) {
				t.Errorf("%s, formal by %s, not overloaded, one unit: %q", lang, by, got)
			}
		}
	}
}
