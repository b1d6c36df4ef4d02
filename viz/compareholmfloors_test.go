package viz

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestCompareDisagreementsReadHolmFloors: the notes under the groups
// table take each kind's Holm floor from compare.json's holm_floors, the
// floor compare's warnings and verdict sentence give, and re-derive it
// from the rows only for a compare.json without them.
//
// At person level the tests of units withheld for privacy stay in Holm's
// family (docs/security.md): with 36 units tested and 33 shown,
// --permutations 700 gives a floor of 36/701 = 0.051, above 0.05, which
// the warning says, while the shown rows give 33/701 = 0.047. The rows'
// floor told the two units whose interval leaves out 0 to rely on a
// verdict that could be nothing else.
//
// With four weeks against four (70 splits) the floor is 10/70 = 0.143
// for ten sectors however many permutations run: the note says the
// splits and to compare longer periods, not a number of permutations.
//
// A compare.json read back with encoding/json holds float64 in its
// method, not result.Number: its alpha of 0.01 was read as the default
// 0.05.
func TestCompareDisagreementsReadHolmFloors(t *testing.T) {
	rows := func(typ, prefix string, n, permutations int) []result.GroupChange {
		var out []result.GroupChange
		for i := range n {
			low, high := -0.02, 0.02
			if i < 2 {
				low, high = 0.01, 0.05 // leaves out 0
			}
			out = append(out, result.GroupChange{Type: typ, Name: fmt.Sprintf("%s%02d", prefix, i), Verdict: "no significant change",
				Homophily: result.Measure{Change: (low + high) / 2, ChangeLow: low, ChangeHigh: high, P: 0.3, PAdjusted: 1, Permutations: permutations}})
		}
		return out
	}
	decode := func(s string) result.CompareJSON {
		var j result.CompareJSON
		if err := json.Unmarshal([]byte(s), &j); err != nil {
			t.Fatal(err)
		}
		return j
	}
	for _, tc := range []struct {
		name   string
		r      *result.Comparison
		want   []string
		forbid string
	}{
		{"withheld units' tests",
			&result.Comparison{Groups: rows("unit", "UNIT", 33, 700), JSON: result.CompareJSON{
				Method:     map[string]any{"alpha": result.Number(0.05), "permutations": 700},
				HolmFloors: []result.CompareHolmFloor{{Table: "groups", Family: "unit", Tests: 36, Floor: 36.0 / 701, PermutationsNeeded: 719}}}},
			[]string{"UNIT00 and UNIT01", "with 700 permutations and 36 groups of that kind tested, no Holm-adjusted p-value could go below 0.051, above 0.05", "--permutations 719 or more"},
			"Rely on the verdict"},
		{"the same without holm_floors: the rows' floor, 33/701",
			&result.Comparison{Groups: rows("unit", "UNIT", 33, 700), JSON: result.CompareJSON{Method: map[string]any{"alpha": result.Number(0.05), "permutations": 700}}},
			[]string{"UNIT00 and UNIT01", "Rely on the verdict"}, "could go below"},
		{"splits, read back from compare.json",
			&result.Comparison{Groups: rows("sector", "sektor", 10, 1000), JSON: decode(`{"method": {"alpha": 0.05, "permutations": 1000, "runs_before": 4, "runs_after": 4, "splits": 70},
				"holm_floors": [{"table": "groups", "family": "sector", "tests": 10, "floor": 0.14285714285714285, "permutations_needed": 199, "by_splits": true}]}`)},
			[]string{"sektor00 and sektor01", "the time blocks of the two periods, 4 and 4, can be split between them in only 70 ways, and with 10 groups of that kind tested no Holm-adjusted p-value could go below 0.143, above 0.05", "compare longer periods"},
			"--permutations"},
		{"a compare.json written before holm_floors, alpha 0.01",
			&result.Comparison{Groups: rows("sector", "sektor", 10, 300), JSON: decode(`{"method": {"alpha": 0.01, "permutations": 300}, "warnings": []}`)},
			[]string{"sektor00 and sektor01", "with 300 permutations and 10 groups of that kind tested, no Holm-adjusted p-value could go below 0.033, above 0.01", "--permutations 999 or more"},
			"Rely on the verdict"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			groups, _ := CompareDisagreements("en", tc.r)
			if len(groups) != 1 {
				t.Fatalf("%d sentences, want 1:\n%s", len(groups), strings.Join(groups, "\n"))
			}
			for _, w := range tc.want {
				if !strings.Contains(groups[0], w) {
					t.Errorf("%q\nlacks %q", groups[0], w)
				}
			}
			if strings.Contains(groups[0], tc.forbid) {
				t.Errorf("%q\nholds %q", groups[0], tc.forbid)
			}
		})
	}
}
