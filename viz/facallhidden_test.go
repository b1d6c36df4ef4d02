package viz

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/people"
)

// TestFacilitatorsAllSectorsHiddenSaid: when every sector is withheld the
// page says so and why its lists are empty. A study of two sectors, one
// of 4 people, withheld both: the page showed "Tidak ada." under every
// list, no pair in the matrix, and a note that "the 0 sector pairs with a
// hidden sector are in the row and column * of the matrix".
func TestFacilitatorsAllSectorsHiddenSaid(t *testing.T) {
	star := map[string]string{"en": "row and column *", "id": "baris dan kolom *"}
	for _, lang := range []string{"en", "id"} {
		t.Run(lang, func(t *testing.T) {
			tb := facUnitTables()
			tb.Facilitators, tb.Set, tb.Pairs = nil, nil, nil
			tb.Withheld = &people.Withheld{MinGroup: 5, Sectors: []string{"alfa", "beta"}, Units: []string{"UA1", "UA2", "UB"}}
			var buf bytes.Buffer
			if err := WriteFacilitators(&buf, FacilitatorsData{Result: &people.Result{}, Tables: tb, Lang: lang, KeyID: "k"}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			for _, want := range []string{i18n.T(lang, "viz.fac.allSectorsHidden"), i18n.T(lang, "viz.fac.withheldAll", 2, 3, 5)} {
				if !strings.Contains(page, template.HTMLEscapeString(want)) {
					t.Errorf("the page does not say %q", want)
				}
			}
			if strings.Contains(page, template.HTMLEscapeString(star[lang])) {
				t.Errorf("the page speaks of the matrix's %q, which has no pair", star[lang])
			}
		})
	}
}
