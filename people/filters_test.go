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
		if got := f.pass(nd, dir, graph.Window{To: end}, same(tc.unit), nil); got != tc.want {
			t.Errorf("%s, in %s at the end: passes six months' tenure %v, want %v", tc.person, tc.unit, got, tc.want)
		}
	}
}

// reorg is a Reorganisation of listed steps (old -> new), followed in
// chains.
type reorg map[string][]string

func (r reorg) Became(old, next string) bool {
	for _, n := range r[old] {
		if n == next || r.Became(n, next) {
			return true
		}
	}
	return false
}

func (r reorg) Main(u string) string {
	if n := r[u]; len(n) > 0 {
		return r.Main(n[0])
	}
	return u
}

// TestTenureThroughReorganisation: --min-tenure runs on through a rename,
// a merger and a chain of them that the study declares: staff whose unit
// became another did not move. Before, a rename on 1 July started a new
// spell for all its staff, and --min-tenure 7 dropped every one of them at
// the end of the year. A genuine move still starts the count again: into
// the old unit before the rename (counted from that move), between the two
// units merged into one, and against the declared direction.
func TestTenureThroughReorganisation(t *testing.T) {
	const month = int64(secondsPerMonth)
	end := 24 * month
	re := reorg{"DISPUSIP": {"DISPUSIP_BARU"}, "RSUD": {"RSUD_DPPKB"}, "DPPKB": {"RSUD_DPPKB"}, "A": {"B"}, "B": {"C"}}
	var units []graph.Node
	for _, u := range []string{"DISPUSIP", "DISPUSIP_BARU", "RSUD", "DPPKB", "RSUD_DPPKB", "A", "B", "C", "LAIN"} {
		units = append(units, graph.Node{ID: u, Sector: "s"})
	}
	rename := end - 6*month // the date of the reorganisation
	spells := []graph.Spell{
		{Person: "renamed", Unit: "DISPUSIP", To: rename},
		{Person: "renamed", Unit: "DISPUSIP_BARU", From: rename},
		{Person: "merged", Unit: "DPPKB", From: end - 20*month, To: rename},
		{Person: "merged", Unit: "RSUD_DPPKB", From: rename},
		{Person: "chain", Unit: "A", To: end - 9*month},
		{Person: "chain", Unit: "B", From: end - 9*month, To: end - 3*month},
		{Person: "chain", Unit: "C", From: end - 3*month},
		{Person: "moved-before", Unit: "LAIN", To: end - 8*month},
		{Person: "moved-before", Unit: "DISPUSIP", From: end - 8*month, To: rename},
		{Person: "moved-before", Unit: "DISPUSIP_BARU", From: rename},
		{Person: "between-merged", Unit: "RSUD", To: end - 8*month},
		{Person: "between-merged", Unit: "DPPKB", From: end - 8*month, To: rename},
		{Person: "between-merged", Unit: "RSUD_DPPKB", From: rename},
		{Person: "backwards", Unit: "DISPUSIP_BARU", To: end - 2*month},
		{Person: "backwards", Unit: "DISPUSIP", From: end - 2*month},
		{Person: "moved-after", Unit: "DISPUSIP", To: rename},
		{Person: "moved-after", Unit: "LAIN", From: rename},
	}
	dir, err := graph.NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		person, unit string
		months       int
		want, before bool // with the reorganisation, without it
	}{
		{"renamed", "DISPUSIP_BARU", 7, true, false},
		{"merged", "RSUD_DPPKB", 7, true, false},
		{"merged", "RSUD_DPPKB", 20, true, false},
		{"merged", "RSUD_DPPKB", 21, false, false},
		{"chain", "C", 12, true, false},
		{"moved-before", "DISPUSIP_BARU", 8, true, false},
		{"moved-before", "DISPUSIP_BARU", 9, false, false},
		{"between-merged", "RSUD_DPPKB", 6, true, true},
		{"between-merged", "RSUD_DPPKB", 8, true, false},
		{"between-merged", "RSUD_DPPKB", 9, false, false},
		{"backwards", "DISPUSIP", 3, false, false},
		{"moved-after", "LAIN", 7, false, false},
	} {
		nd := &graph.Node{ID: tc.person, Unit: tc.unit, Sector: "s", Kind: graph.KindPerson}
		f := Filters{MinTenureMonths: tc.months, At: end}
		same := func(u string) bool { return u == tc.unit }
		if got := f.pass(nd, dir, graph.Window{To: end}, same, re.Became); got != tc.want {
			t.Errorf("%s, in %s at the end: passes %d months' tenure %v, want %v", tc.person, tc.unit, tc.months, got, tc.want)
		}
		if got := f.pass(nd, dir, graph.Window{To: end}, same, nil); got != tc.before {
			t.Errorf("%s, in %s at the end, without the reorganisation: passes %d months' tenure %v, want %v", tc.person, tc.unit, tc.months, got, tc.before)
		}
	}
}

// TestTenureThroughActingPost: --min-tenure counts the continuous time in
// the unit across its adjacent or overlapping spells, passing over an
// acting post (Plt) held elsewhere meanwhile, though the export wrote the
// unit's spell as two around it and the Plt starts before the second:
// 24 months in X. Before, the Plt between them in order of start ended
// the count, and tenure restarted with the second spell (10 months). A
// move away and back leaves a gap in the unit's spells and still starts
// the count again, as does a gap with no other spell.
func TestTenureThroughActingPost(t *testing.T) {
	const month = int64(secondsPerMonth)
	end := 36 * month
	var units []graph.Node
	for _, u := range []string{"X", "Y"} {
		units = append(units, graph.Node{ID: u, Sector: "s"})
	}
	spells := []graph.Spell{
		{Person: "plt", Unit: "X", From: end - 24*month, To: end - 10*month},
		{Person: "plt", Unit: "Y", Position: "Plt. Kepala Dinas", From: end - 11*month, To: end - 5*month},
		{Person: "plt", Unit: "X", From: end - 10*month},
		{Person: "plt-overlapping", Unit: "X", From: end - 24*month, To: end - 9*month},
		{Person: "plt-overlapping", Unit: "Y", Position: "Plt. Camat", From: end - 11*month, To: end - 5*month},
		{Person: "plt-overlapping", Unit: "X", From: end - 10*month},
		{Person: "plt-later", Unit: "X", From: end - 24*month, To: end - 10*month},
		{Person: "plt-later", Unit: "X", From: end - 10*month},
		{Person: "plt-later", Unit: "Y", From: end - 8*month, To: end - 5*month},
		{Person: "moved-back", Unit: "X", From: end - 24*month, To: end - 10*month},
		{Person: "moved-back", Unit: "Y", From: end - 10*month, To: end - 3*month},
		{Person: "moved-back", Unit: "X", From: end - 3*month},
		{Person: "gap", Unit: "X", From: end - 24*month, To: end - 11*month},
		{Person: "gap", Unit: "Y", From: end - 12*month, To: end - 6*month},
		{Person: "gap", Unit: "X", From: end - 10*month},
	}
	dir, err := graph.NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		person string
		months int
		want   bool
	}{
		{"plt", 20, true}, {"plt", 25, false},
		{"plt-overlapping", 20, true},
		{"plt-later", 20, true},
		{"moved-back", 2, true}, {"moved-back", 4, false},
		{"gap", 9, true}, {"gap", 11, false},
	} {
		nd := &graph.Node{ID: tc.person, Unit: "X", Sector: "s", Kind: graph.KindPerson}
		f := Filters{MinTenureMonths: tc.months, At: end}
		same := func(u string) bool { return u == "X" }
		if got := f.pass(nd, dir, graph.Window{To: end}, same, nil); got != tc.want {
			t.Errorf("%s, in X at the end: passes %d months' tenure %v, want %v", tc.person, tc.months, got, tc.want)
		}
	}
}
