package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badStudyMore is testdata/studies/bad with a rejected row in the units,
// people and data_sharing tables too: a bad kind (a unit cell), a person's
// unknown unit_id (a people cell), a bad status and an unknown provider.
func badStudyMore(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "bad")
	copyDir(t, "../../testdata/studies/bad", dir)
	for name, row := range map[string]string{
		"units.csv":        "F,Dinas F,s3,bogus\n",
		"people.csv":       "p6,NOPE,Enam,Staf,,\n",
		"data_sharing.csv": "2025-03-05,C,A,penduduk,mungkin,\n2025-03-06,X5,A,penduduk,granted,\n",
	} {
		b := readFileBytes(t, filepath.Join(dir, name))
		if err := os.WriteFile(filepath.Join(dir, name), append(b, row...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// rejectsRows are the rejected rows of badStudyMore: where, and the value
// rejects.csv shows when it shows it; personal marks those that may name a
// person.
var rejectsRows = []struct {
	where, value string
	personal     bool
}{
	{"units.csv,7,kind", "bogus", false},
	{"people.csv,8,unit_id", "NOPE", true},
	{"correspondence.csv,3,sent_at", "2025-02-30 09:00", false},
	{"correspondence.csv,5,recipients", "p99", true},
	{"correspondence.csv,7,recipients", "", true},
	{"correspondence.csv,9,", "2025-02-05 09:00,p1,p3,bad4", true},
	{"meetings.csv,4,attendee", `p\x811`, true},
	{"data_sharing.csv,7,status", "mungkin", false},
	{"data_sharing.csv,8,provider", "X5", true},
}

// TestRejectsValuesWithheld: at either level, without --reveal, rejects.csv
// leaves out the values that may name a person (a whole row, a people
// cell, an id of a log table) and gives the catalogue's reason for them,
// which quotes no id; a time, a status or a unit's cell stays, so the data
// steward sees what is wrong. With --reveal (and --purpose) every value is
// shown. Before, a unit-level folder listed every value (NIPs, whole rows
// of names) and a person-level one none, not even a bad date.
func TestRejectsValuesWithheld(t *testing.T) {
	study := badStudyMore(t)
	for _, c := range []struct {
		level  string
		reveal bool
	}{{"unit", false}, {"person", false}, {"unit", true}, {"person", true}} {
		for _, lang := range []string{"id", "en"} {
			t.Run(fmt.Sprintf("%s/reveal=%v/%s", c.level, c.reveal, lang), func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "out")
				args := []string{"analyze", study, "--out", out, "--level", c.level, "--max-reject-rate", "1", "--lang", lang, "-q"}
				if c.reveal {
					args = append(args, "--reveal", "--purpose", "data cleaning")
				}
				analyzeOK(t, args...)
				rows := readCSV(t, filepath.Join(out, "rejects.csv"))
				if len(rows) != len(rejectsRows) {
					t.Fatalf("%d rows in rejects.csv, want %d: %v", len(rows), len(rejectsRows), rows)
				}
				for i, want := range rejectsRows {
					got := rows[i]
					if where := got["file"] + "," + got["line"] + "," + got["column"]; where != want.where {
						t.Errorf("row %d at %s, want %s", i, where, want.where)
						continue
					}
					wantValue := want.value
					if want.personal && !c.reveal {
						wantValue = ""
					}
					if got["value"] != wantValue {
						t.Errorf("%s: value %q, want %q", want.where, got["value"], wantValue)
					}
					if want.personal && !c.reveal && want.value != "" && strings.Contains(got["reason"], want.value) {
						t.Errorf("%s: reason %q quotes the value left out", want.where, got["reason"])
					}
					if got["reason"] == "" {
						t.Errorf("%s: no reason", want.where)
					}
				}
			})
		}
	}
}
