package viz

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/people"
)

// TestFacilitatorsPageHiddenGroupsCountedAsRun: facilitators.html said
// under every run that withheld small groups "The hidden sectors count as
// one sector * in every figure of this page and its tables: work between
// them does not count as cross-sector" (and the same of the hidden units
// of a sector), but only a run without names merges them
// (people.Options.MergedSectors, MergedUnits); with --reveal each counts
// as itself. Seen on sekat generate --seed 64 --scale 0.15 with keuangan
// cut to 4 people and a DINKES of 3 (withheld: keuangan, sosial,
// eksternal): the revealed row of rank 6, a person of keuangan shown in
// sector *, had cross-sector weight 152.6 of which 5.3 to sosial, and
// "reaches 6 of 11 other sectors" counted sosial (recomputed from the
// study's tables in Python). Now a revealed page says that each hidden
// group counts as itself, and a page without names says what it said.
func TestFacilitatorsPageHiddenGroupsCountedAsRun(t *testing.T) {
	tb := facUnitTables()
	tb.Withheld = &people.Withheld{MinGroup: 5, Sectors: []string{"keuangan", "sosial"}, Units: []string{"BPKAD", "DINSOS"}, Rows: 3}
	for _, lang := range []string{"id", "en"} {
		for _, revealed := range []bool{false, true} {
			name := lang + "/pseudonymous"
			want, not := []string{"viz.fac.mergedSectors", "viz.fac.mergedUnits"}, []string{"viz.fac.revealSectors", "viz.fac.revealUnits"}
			if revealed {
				name = lang + "/reveal"
				want, not = not, want
			}
			t.Run(name, func(t *testing.T) {
				facPageSays(t, tb, lang, revealed, want, not)
			})
		}
	}
}

// facPageSays writes the facilitators page of tables tb in lang and
// checks that it says the texts of the keys want and none of not; it
// returns the page.
func facPageSays(t *testing.T, tb people.Tables, lang string, revealed bool, want, not []string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteFacilitators(&buf, FacilitatorsData{Result: &people.Result{}, Tables: tb, Lang: lang, Revealed: revealed, KeyID: "k"}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, k := range want {
		if s := i18n.T(lang, k); !strings.Contains(page, template.HTMLEscapeString(s)) {
			t.Errorf("the page does not say %q", s)
		}
	}
	for _, k := range not {
		if s := i18n.T(lang, k); strings.Contains(page, template.HTMLEscapeString(s)) {
			t.Errorf("the page says %q", s)
		}
	}
	return page
}
