package viz

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestCompareDisagreementsHolmFloor: a unit whose interval of the change
// leaves out 0 beside the verdict "no significant change" was told "Rely
// on the verdict: such a change is not shown to be real", also when no
// unit could be significant with the permutations given (compare
// --level person --permutations 300 on generate --seed 7 --scale 0.05:
// 36 units tested, Holm floor 36/301 = 0.120, as its warning says, with
// --permutations 719 or more to reach 0.05). Those units now read that
// the verdict could be nothing else and the change is untested; a sector,
// whose 10 tests reach 10/301 = 0.033, is still told to rely on it.
// The comparison has no holm_floors, as a compare.json written before
// them: the floors are re-derived from the rows
// (TestCompareDisagreementsReadHolmFloors reads them).
func TestCompareDisagreementsHolmFloor(t *testing.T) {
	r := &result.Comparison{JSON: result.CompareJSON{Method: map[string]any{"alpha": result.Number(0.05)}}}
	group := func(typ, name string, low, high float64) result.GroupChange {
		return result.GroupChange{Type: typ, Name: name, Verdict: "no significant change",
			Homophily: result.Measure{Change: (low + high) / 2, ChangeLow: low, ChangeHigh: high, P: 0.2, PAdjusted: 1, Permutations: 300}}
	}
	for i := range 10 {
		low, high := -0.02, 0.02
		if i == 0 {
			low, high = 0.01, 0.03 // leaves out 0
		}
		r.Groups = append(r.Groups, group("sector", fmt.Sprintf("sektor%d", i), low, high))
	}
	for i := range 36 {
		low, high := -0.02, 0.02
		if i < 2 {
			low, high = -0.07, -0.01
		}
		r.Groups = append(r.Groups, group("unit", fmt.Sprintf("UNIT%02d", i), low, high))
	}
	for _, tc := range []struct{ lang, rely, floor string }{
		{"en", "Rely on the verdict", "no Holm-adjusted p-value could go below 0.120, above 0.05"},
		{"id", "Peganglah kesimpulan itu", "tidak ada nilai p terkoreksi Holm yang dapat lebih kecil dari 0,120, di atas 0,05"},
	} {
		groups, _ := CompareDisagreements(tc.lang, r)
		if len(groups) != 2 {
			t.Fatalf("%s: %d sentences, want 2 (the sector's, the units'):\n%s", tc.lang, len(groups), strings.Join(groups, "\n"))
		}
		if s := groups[0]; !strings.Contains(s, "sektor0") || strings.Contains(s, "UNIT") || !strings.Contains(s, tc.rely) {
			t.Errorf("%s: the sector's sentence %q", tc.lang, s)
		}
		if s := groups[1]; !strings.Contains(s, "UNIT00") || !strings.Contains(s, "UNIT01") || strings.Contains(s, "sektor") ||
			strings.Contains(s, tc.rely) || !strings.Contains(s, tc.floor) || !strings.Contains(s, "--permutations 719") {
			t.Errorf("%s: the units' sentence %q", tc.lang, s)
		}
	}
}
