package ingest

import (
	"errors"
	"path/filepath"
	"testing"
)

// TestNoPeopleHintNotForRejectedUnit: a log id whose units row was
// rejected (here for an invisible U+200B after "B", which looks like B on
// screen) is rejected pointing to that row, and does not bring the
// warning that the study has no people table and every id must be a
// unit_id: B is a unit_id, whose row the user has to correct (QA of
// session 46: the warning came first on stderr and pointed away from it).
func TestNoPeopleHintNotForRejectedUnit(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "units.csv"), "unit_id,sector\nA,s1\nB\u200b,s1\nC,s2\n")
	writeFile(t, filepath.Join(dir, "correspondence.csv"), "sent_at,sender,recipients\n2025-03-01,A,C\n2025-03-02,B,C\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rejectedUnit bool
	res, err := Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
		rejectedUnit = rejectedUnit || errors.Is(re, ErrRejectedUnit) && re.Table == Correspondence && re.RefLine == 3
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !rejectedUnit {
		t.Errorf("the letter from B is not rejected pointing to units.csv line 3")
	}
	for _, w := range res.Warnings {
		if w.Code == WarnNoPeople {
			t.Errorf("warned of no people table for the id of a rejected units row: %s", w.String())
		}
	}
}
