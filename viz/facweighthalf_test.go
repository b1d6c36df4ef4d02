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

// TestFacilitatorsWeightsRoundHalfUp: every weight the page shows rounded
// is rounded as a reader rounds, a half up, like the reason beside it. A
// cross-sector weight of 34.5 (meetings of three people give halves),
// 34.5 in facilitators.csv, read 34 in the list and in the movers'
// spells, and a sector pair's 18.25 read 18.2 in the matrix, where a
// Sekda reading the page expects 35 and 18.3.
func TestFacilitatorsWeightsRoundHalfUp(t *testing.T) {
	for _, lang := range []string{"en", "id"} {
		t.Run(lang, func(t *testing.T) {
			rows := []result.Facilitator{{List: "informal", Rank: 1, Pseudonym: "P-AAAA", Unit: "U", Sector: "a",
				CrossSectorWeight: 34.5, Reach: 1, Reason: "r"}}
			spells := []result.FacilitatorSpell{
				{Pseudonym: "P-AAAA", Spell: 1, Unit: "U", Sector: "a", Weeks: 20, CrossSectorWeight: 12.5},
				{Pseudonym: "P-AAAA", Spell: 2, Unit: "V", Sector: "a", Weeks: 33, CrossSectorWeight: 22},
			}
			pairs := []result.PairBridge{{SectorA: "a", SectorB: "b", CrossSectorWeight: 18.25, Carriers: 1, CarriersClass: "1", OnlyCarrier: "P-AAAA"}}
			var buf bytes.Buffer
			tb := people.Tables{Facilitators: rows, Spells: spells, Pairs: pairs}
			if err := WriteFacilitators(&buf, FacilitatorsData{Result: &people.Result{Sectors: []string{"a", "b"}}, Tables: tb, Lang: lang, KeyID: "k"}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			for _, want := range []string{
				`data-v="34.5">35</td>`,
				`data-v="12.5">13</td>`,
				template.HTMLEscapeString(i18n.T(lang, "viz.fac.matrixCell", "a", "b", 1, map[string]string{"en": "18.3", "id": "18,3"}[lang])),
			} {
				if !strings.Contains(page, want) {
					t.Errorf("the page lacks %q", want)
				}
			}
		})
	}
}
