package i18n

import "testing"

// TestOverloadReasonSaysWhichShare: the reason of an overloaded person
// says over what the unit's share was reckoned: the person's time in the
// unit (a run with names), or the window, each person in the unit listed
// (a run without names, which reckons it blind to moves).
func TestOverloadReasonSaysWhichShare(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		f := FacilitatorFacts{Overloaded: true, UnitShare: 0.5, OverloadShare: 0.3}
		spell := reliedAndMoved(lang, f)
		f.ShareOverWindow = true
		window := reliedAndMoved(lang, f)
		if want := T(lang, "people.reason.overloadWin", "50"); window != want {
			t.Errorf("%s: without names the reason reads %q, want %q", lang, window, want)
		}
		if spell == window || spell != T(lang, "people.reason.overload", "50") {
			t.Errorf("%s: with names the reason reads %q, want %q", lang, spell, T(lang, "people.reason.overload", "50"))
		}
	}
}
