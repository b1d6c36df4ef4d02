package viz

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/people"
)

// TestFacilitatorsPageSaysCreditBlindWithoutNames: without --reveal
// facilitators reckons everyone in the unit and sector of their row for
// the whole window (people.TestFacilitatorsWeightBlindToMoves), yet the
// page said above the list "each event is credited to the person's unit
// at its time", in the definition of the weight "each event is credited
// to the sectors of both ends at its time (week)", and in the note on
// withheld spells "Their weight is still credited to the unit of each
// spell". A page without names now says how its weights are reckoned; a
// revealed page, whose weights follow each spell, says what it said. The
// definition of a spell said, beside those, "a person who moved is
// credited to both units" without names too: it now says that no credit
// follows a move without --reveal, and how it does with it.
func TestFacilitatorsPageSaysCreditBlindWithoutNames(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		for _, revealed := range []bool{false, true} {
			name := lang + "/pseudonymous"
			want, not := []string{"viz.fac.informalIntroBlind", "viz.fac.def.weightBlind", "viz.fac.spellsWithheld", "viz.fac.def.spellsBlind"},
				[]string{"viz.fac.informalIntro", "viz.fac.def.weight", "viz.fac.def.spells"}
			if revealed {
				name = lang + "/reveal"
				want, not = []string{"viz.fac.informalIntro", "viz.fac.def.weight", "viz.fac.def.spells"}, []string{"viz.fac.informalIntroBlind", "viz.fac.def.weightBlind", "viz.fac.def.spellsBlind"}
			}
			t.Run(name, func(t *testing.T) {
				tb := facUnitTables()
				tb.Withheld = &people.Withheld{MinGroup: 5, SpellsWithheld: !revealed}
				page := facPageSays(t, tb, lang, revealed, want, not)
				for _, s := range []string{"still credited to the unit of each spell", "tetap dikreditkan kepada unit setiap masa tugas"} {
					if strings.Contains(page, s) {
						t.Errorf("the page says %q", s)
					}
				}
			})
		}
	}
}
