package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestUnmatchedNamesCrosswalkRead: a unit that a crosswalk given with
// --crosswalk leaves out is warned of as not matched by that crosswalk,
// named as the user gave it, and a retired unit still named after its
// date is warned of with the crosswalk's name, the line of its row and
// the date. Before, compare, trend and evaluate said "without
// unit_crosswalk.csv it is not matched (... declare it with crosswalk:
// unit_crosswalk.csv in study.yaml or give --crosswalk)" beside a
// --crosswalk that had been read, and "its replacement date in
// unit_crosswalk.csv" of a file called otherwise (found with sekat
// compare --crosswalk on sekat generate --seed 1126 --scale 0.3 --reorg,
// a crosswalk of one reversed row: hT, session 53).
//
// The study: OLD writes to A every other day up to 30 June 2025 and NEW
// from 1 July, a rename the crosswalk does not list; OLD2 writes to B
// all year and the crosswalk retires it for NEW2 on 7 April 2025, line 2;
// A, B and C write to one another throughout.
func TestUnmatchedNamesCrosswalkRead(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	lettersStudy(t, dir, "person_id,unit_id\np1,A\np2,B\np3,C\np4,OLD\np5,NEW\np6,OLD2\n",
		"unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nC,Badan C,s2\nOLD,Dinas Lama,s2\nNEW,Dinas Baru,s2\nOLD2,Kantor Lama,s1\nNEW2,Kantor Baru,s1\n",
		2, func(d time.Time) []string { return renamedMidYear(d, "OLD2,B") })
	cw := filepath.Join(t.TempDir(), "reorganisasi.csv")
	clitest.WriteStudyFile(t, filepath.Dir(cw), filepath.Base(cw), []byte("old_unit,new_unit,from,share\nOLD2,NEW2,2025-04-07,1\n"))
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	clitest.WriteStudyFile(t, filepath.Dir(reform), filepath.Base(reform), []byte("date: 2025-10-01\ntreated: [A]\n"))
	want := map[string][]string{
		"en": {"unit OLD has ties only ", "; the crosswalk read, " + cw + ", lines it up with no unit that has ties on the other side, so it is not matched",
			"unit OLD2 is still named in the data after 7 April 2025, the date from which " + cw + " line 2 replaces it"},
		"id": {"ikatan unit OLD hanya tercatat ", "; crosswalk yang dibaca, " + cw + ", tidak memadankannya dengan unit yang berikatan di sisi lain",
			"unit OLD2 masih disebut dalam data setelah 7 April 2025, tanggal penggantiannya menurut " + cw + " baris 2"},
	}
	for _, cmd := range [][]string{
		{"compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01"},
		{"trend", dir, "--every", "month"},
		{"evaluate", dir, "--reform", reform},
	} {
		for _, lang := range []string{"en", "id"} {
			t.Run(cmd[0]+"/"+lang, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "keluaran")
				args := append(append([]string{}, cmd...), "--crosswalk", cw, "--resamples", "100", "--permutations", "100", "--lang", lang, "--out", out, "-q")
				code, stdout, stderr := sekat(t, args...)
				if code != 0 {
					t.Fatalf("exit %d\n%s", code, stderr)
				}
				// trend's note on the units split at the window's middle
				if note := map[string]string{"en": "; the crosswalk read, " + cw + ", lines them up with no unit on the other side: add or correct their rows there",
					"id": "; crosswalk yang dibaca, " + cw + ", tidak memadankan unit-unit itu dengan unit di sisi lain"}[lang]; cmd[0] == "trend" && !strings.Contains(stdout, note) {
					t.Errorf("stdout does not say %q:\n%s", note, stdout)
				}
				for _, w := range want[lang] {
					if !strings.Contains(stderr, w) {
						t.Errorf("stderr does not say %q:\n%s", w, stderr)
					}
				}
				if strings.Contains(stderr, "unit_crosswalk.csv") {
					t.Errorf("stderr names unit_crosswalk.csv, a file not read, beside --crosswalk %s:\n%s", cw, stderr)
				}
			})
		}
	}
}
