package i18n

import (
	"strings"
	"testing"
)

// TestTrendOneUnitPointsToUnitTest: the note on a one-unit sector, whose
// homophily is 0 by construction, sent the reader to "look at the unit with
// sekat compare", where no group of one unit is tested; what compare tests
// of that unit is its cross-sector share, in changes_units.csv, and the
// note says so in both languages.
func TestTrendOneUnitPointsToUnitTest(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		if got := T(lang, "trend.notRunOneUnit", "pangan"); !strings.Contains(got, "changes_units.csv") || !strings.Contains(got, "sekat compare") {
			t.Errorf("%s: %q, want it to point to changes_units.csv of sekat compare", lang, got)
		}
	}
}
