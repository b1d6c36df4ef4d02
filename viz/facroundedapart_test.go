package viz

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

// TestFacilitatorsRoundedApartSaid: the page shows weights rounded to
// whole numbers, so two untied people next to each other can read the
// same weight and reach with different ranks: ranks 29 and 30 of sekat
// generate --seed 211 --scale 0.1 read "52" and "3" (52.1988344988 and
// 52.0416666667 in facilitators.csv), beside reasons of other rows that
// said people "have the same weight and reach, so their order among
// themselves carries no meaning". The list's introduction now says that
// such rows are ranked by what the rounding hides, when the page has
// them, and only then: a tie (one weight, as the rows of a tie write it)
// and rows of different reach are no reason to say it.
func TestFacilitatorsRoundedApartSaid(t *testing.T) {
	row := func(rank int, w float64, reach int) result.Facilitator {
		return result.Facilitator{List: "informal", Rank: rank, Pseudonym: "P-" + strings.Repeat(string(rune('A'+rank)), 4), Unit: "U", Sector: "s",
			CrossSectorWeight: w, Reach: reach, Reason: "r"}
	}
	for _, tc := range []struct {
		name string
		rows []result.Facilitator
		say  bool
	}{
		{"rounded apart", []result.Facilitator{row(1, 60, 4), row(2, 52.1988344988, 3), row(3, 52.0416666667, 3)}, true},
		{"tied", []result.Facilitator{row(1, 60, 4), row(2, 52.0416666667, 3), row(3, 52.0416666667, 3)}, false},
		{"other reach", []result.Facilitator{row(1, 52.1988344988, 4), row(2, 52.0416666667, 3)}, false},
		{"shown apart", []result.Facilitator{row(1, 52.6, 3), row(2, 52.4, 3)}, false},
	} {
		for _, lang := range []string{"en", "id"} {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				var buf bytes.Buffer
				tb := people.Tables{Facilitators: tc.rows}
				if err := WriteFacilitators(&buf, FacilitatorsData{Result: &people.Result{}, Tables: tb, Lang: lang, KeyID: "k"}); err != nil {
					t.Fatal(err)
				}
				says := strings.Contains(buf.String(), template.HTMLEscapeString(i18n.T(lang, "viz.fac.roundedApart")))
				if says != tc.say {
					t.Errorf("the page says that rows are ranked by what the rounding hides: %v, want %v", says, tc.say)
				}
			})
		}
	}
}
