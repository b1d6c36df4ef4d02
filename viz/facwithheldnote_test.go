package viz

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

// TestFacilitatorsWithheldUnitsOnlyNote: the note on what was withheld
// speaks of the matrix's row and column * only when the matrix has one.
// On sekat generate --seed 201 --scale 0.04 with two units of two people
// added to sector kesehatan (withheld with DPPKB, no sector withheld), it
// read "0 sectors, 3 units (shown as *; the 0 sector pairs with a hidden
// sector are in the row and column * of the matrix)" above a matrix
// without *. A run that withheld sectors (and so their units) says what
// it said.
func TestFacilitatorsWithheldUnitsOnlyNote(t *testing.T) {
	pairs := []result.PairBridge{{SectorA: "kesehatan", SectorB: "pendidikan", Carriers: 2, CarriersClass: "2+"}}
	star := map[string]string{"en": "row and column *", "id": "baris dan kolom *"}
	zero := map[string]string{"en": "0 sectors", "id": "0 sektor"}
	for _, tc := range []struct {
		name     string
		withheld people.Withheld
		pairs    []result.PairBridge
		want     map[string]string
	}{
		{"units", people.Withheld{MinGroup: 5, Units: []string{"DPPKB", "UXA", "UXB"}}, pairs,
			map[string]string{"en": ": 3 units (shown as *); limit 5 people.", "id": ": 3 unit (ditampilkan sebagai *); batas 5 orang."}},
		{"sectors", people.Withheld{MinGroup: 5, Sectors: []string{"keuangan", "sosial"}, Units: []string{"BPKAD", "DINSOS"}, Rows: 1},
			append(pairs, result.PairBridge{SectorA: people.Hidden, SectorB: "kesehatan", Carriers: 1, CarriersClass: "1"}),
			map[string]string{"en": ": 2 sectors, 2 units (shown as *; the 1 sector pair with a hidden sector is in the row and column * of the matrix)",
				"id": ": 2 sektor, 2 unit (ditampilkan sebagai *; 1 pasangan sektor dengan sektor yang disembunyikan ada pada baris dan kolom * matriks)"}},
	} {
		for _, lang := range []string{"en", "id"} {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				tb := facUnitTables()
				tb.Pairs = tc.pairs
				wh := tc.withheld
				tb.Withheld = &wh
				var buf bytes.Buffer
				if err := WriteFacilitators(&buf, FacilitatorsData{Result: &people.Result{}, Tables: tb, Lang: lang, KeyID: "k"}); err != nil {
					t.Fatal(err)
				}
				page := buf.String()
				if want := template.HTMLEscapeString(tc.want[lang]); !strings.Contains(page, want) {
					t.Errorf("the page does not say %q", tc.want[lang])
				}
				hasStar := false
				for _, p := range tc.pairs {
					hasStar = hasStar || p.SectorA == people.Hidden || p.SectorB == people.Hidden
				}
				if says := strings.Contains(page, template.HTMLEscapeString(star[lang])); says != hasStar {
					t.Errorf("the matrix has a row * %v, the page speaks of it %v", hasStar, says)
				}
				if strings.Contains(page, zero[lang]) {
					t.Errorf("the page says %q", zero[lang])
				}
			})
		}
	}
}
