package ingest

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// TestFieldCountRowNamed: a units row whose name holds an unquoted comma
// has a field too many and is rejected; a person of that unit, and a
// letter naming the unit, are then told that the unit's row was rejected
// (with its line), not that the unit is missing from the units table,
// which sent the user to add a unit that was there. The same for a
// people row of the wrong number of fields and a letter of that person.
// Before, the field-count rejection noted no id (qaC, 2026-12-06: "each
// people row of U3 says the unit is not in the units table; add it").
func TestFieldCountRowNamed(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,name,sector,kind\nU1,Dinas Satu,a,internal\nU2,Dinas Dua,a,internal\nU3,Unit U3, Bidang X,a,internal\n")
	writeFile(t, filepath.Join(dir, "people.csv"), "person_id,unit_id,name\np1,U1,Ani\np2,U3,Budi\np3,U2,Citra, S.H.\n")
	writeFile(t, filepath.Join(dir, "correspondence.csv"), "sent_at,sender,recipients\n2025-05-15,U1,U3\n2025-05-16,p1,p3\n2025-05-17,p1,U2\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if _, err := Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
		why := "other"
		switch {
		case errors.Is(re, ErrFieldCount):
			why = "field count"
		case errors.Is(re, ErrRejectedUnit):
			why = fmt.Sprintf("rejected unit (line %d)", re.RefLine)
		case errors.Is(re, ErrRejectedPerson):
			why = fmt.Sprintf("rejected person (line %d)", re.RefLine)
		}
		got = append(got, fmt.Sprintf("%s:%d %s", re.File, re.Line, why))
	}}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"units.csv:4 field count",
		"people.csv:3 rejected unit (line 4)",
		"people.csv:4 field count",
		"correspondence.csv:2 rejected unit (line 4)",
		"correspondence.csv:3 rejected person (line 4)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rejects:\ngot  %q\nwant %q", got, want)
	}
}
