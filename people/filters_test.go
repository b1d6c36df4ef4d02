package people

import (
	"testing"

	"github.com/sekat-ona/sekat/graph"
	_ "github.com/sekat-ona/sekat/internal/golden"
)

// TestTenureOverMergedUnits: --min-tenure counts a person's time in the
// units reckoned as one with theirs (the withheld units of one sector):
// one who moved from UJA to UJB, both withheld, four months before the
// end has worked in unit * for a year, as one who stayed in UJA. Over the
// real units the first failed a six-month filter and the second passed
// it, so which row of unit * was listed told a move between two withheld
// units (review of session 26). Other units are not merged: a move from a
// shown unit starts the count again.
func TestTenureOverMergedUnits(t *testing.T) {
	const month = int64(secondsPerMonth)
	end := 24 * month
	units := []graph.Node{{ID: "SHOWN", Sector: "s"}, {ID: "UJA", Sector: "s"}, {ID: "UJB", Sector: "s"}}
	spells := []graph.Spell{
		{Person: "moved", Unit: "UJA", From: end - 12*month, To: end - 4*month},
		{Person: "moved", Unit: "UJB", From: end - 4*month},
		{Person: "stayed", Unit: "UJA", From: end - 12*month},
		{Person: "came", Unit: "SHOWN", From: end - 12*month, To: end - 4*month},
		{Person: "came", Unit: "UJB", From: end - 4*month},
	}
	dir, err := graph.NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	merged := map[string]bool{"UJA": true, "UJB": true}
	same := func(unit string) func(string) bool {
		return func(u string) bool { return u == unit || merged[u] && merged[unit] }
	}
	f := Filters{MinTenureMonths: 6, At: end}
	for _, tc := range []struct {
		person, unit string
		want         bool
	}{{"moved", "UJB", true}, {"stayed", "UJA", true}, {"came", "UJB", false}} {
		nd := &graph.Node{ID: tc.person, Unit: tc.unit, Sector: "s", Kind: graph.KindPerson}
		if got := f.pass(nd, dir, graph.Window{To: end}, same(tc.unit)); got != tc.want {
			t.Errorf("%s, in %s at the end: passes six months' tenure %v, want %v", tc.person, tc.unit, got, tc.want)
		}
	}
}
