package outcheck

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestCompareSectorAppearedNamed: in the generated study of seed 1, scale
// 0.1, with every event before 1 July 2025 that involves a unit of sector
// sosial or one of its people removed, sosial has ties in the second half
// of the year only. compare on the halves names it as not tested (the
// terminal and compare.html, both languages), where it said only "No
// sector changed significantly between the two periods", while a sector
// whose ties all end is said to have dissolved.
func TestCompareSectorAppearedNamed(t *testing.T) {
	dir, _ := clitest.SeedOneStudy(t)
	sosial := map[string]bool{}
	for _, r := range clitest.ReadCSV(t, filepath.Join(dir, "units.csv")) {
		if r["sector"] == "sosial" {
			sosial[r["unit_id"]] = true
		}
	}
	for _, r := range clitest.ReadCSV(t, filepath.Join(dir, "people.csv")) {
		if sosial[r["unit_id"]] {
			sosial[r["person_id"]] = true
		}
	}
	if len(sosial) == 0 {
		t.Fatal("no unit of sector sosial")
	}
	for table, cols := range map[string][]string{"correspondence.csv": {"sent_at", "sender", "recipients", "cc"},
		"meetings.csv": {"start", "attendee"}, "data_sharing.csv": {"at", "provider", "consumer"}} {
		path := filepath.Join(dir, table)
		rows := clitest.ReadRows(t, path)
		at := map[string]int{}
		for i, h := range rows[0] {
			at[h] = i
		}
		kept := rows[:1]
		for _, r := range rows[1:] {
			touches := false
			for _, c := range cols[1:] {
				for _, id := range strings.Split(r[at[c]], ";") {
					touches = touches || sosial[strings.TrimSpace(id)]
				}
			}
			if !touches || r[at[cols[0]]] >= "2025-07-01" {
				kept = append(kept, r)
			}
		}
		clitest.WriteRows(t, path, kept)
	}
	for _, tc := range []struct{ lang, want string }{
		{"en", "For sector sosial, no change is tested: the ties begin in the after period"},
		{"id", "Untuk sektor sosial, perubahan tidak diuji: hubungannya baru ada pada periode sesudah"},
	} {
		out := filepath.Join(t.TempDir(), "c")
		stdout, _ := analyzeOK(t, "compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
			"--out", out, "--resamples", "100", "--permutations", "200", "--lang", tc.lang)
		if !strings.Contains(stdout, tc.want) {
			t.Errorf("%s: stdout\n%s\nwant %q", tc.lang, stdout, tc.want)
		}
		if page := clitest.ReadFile(t, filepath.Join(out, "compare.html")); !strings.Contains(page, tc.want) {
			t.Errorf("%s: compare.html does not say %q", tc.lang, tc.want)
		}
	}
}
