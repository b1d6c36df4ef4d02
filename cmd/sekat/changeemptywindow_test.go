package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestChangeEmptyWindowExitsAsBadUsage: compare, trend and evaluate given
// a window (or periods) that holds no event of logs that do hold events
// stop as bad usage (exit 2), as compare's period without a tie and
// trend's window of fewer than 4 periods with data do, naming the window,
// the data's span and the log files, and what to change: the window, or
// the files when the window lies inside their span (a month lost from the
// export). Before, trend --from 2027-01-01 --to 2027-12-31 on sekat
// generate --seed 1156 --scale 0.3 exited 1 while compare with one empty
// period exited 2; compare with both periods empty exited 1 too and told
// to "choose --from and --to", which compare refuses with one study; and a
// window inside a lost month was told to choose a window "inside that
// span", which it was.
//
// The study: A, B and C (two sectors) write to one another every day of
// 2025 but in August.
func TestChangeEmptyWindowExitsAsBadUsage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	dailyLettersStudy(t, dir, "person_id,unit_id\np1,A\np2,B\np3,C\n", "unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nC,Badan C,s2\n",
		[]string{"A,B", "B,C", "C,A"}, func(d time.Time) bool { return d.Month() == time.August })
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2027-06-01\ntreated: [s1]\ncontrol: [s2]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// 1,002 letters: every day of 2025 but the 31 of August, three a day
	const rows = "1,002"
	// the file under the study as given: of two studies, "correspondence.csv"
	// did not say which one's
	file := filepath.ToSlash(filepath.Join(dir, "correspondence.csv"))
	for _, tc := range []struct {
		name string
		args []string
		want map[string][]string
	}{
		{"trend past the data", []string{"trend", dir, "--from", "2027-01-01", "--to", "2028-01-01"}, map[string][]string{
			"en": {"no event in the window 1 January – 31 December 2027: the " + rows + " log rows of " + file + " run from 2025-01-01 to 2025-12-31; choose --from and --to (or window: in study.yaml) inside that span, or, if those files should reach the window, export them again with its dates"},
			"id": {"tidak ada peristiwa dalam jendela waktu 1 Januari – 31 Desember 2027: 1.002 baris log dalam " + file + " berlangsung dari 2025-01-01 sampai 2025-12-31; pilih --from dan --to"}}},
		{"trend before the data, a bound alone", []string{"trend", dir, "--to", "2025-01-01"}, map[string][]string{
			"en": {"no event in the window up to 31 December 2024: the " + rows + " log rows of " + file + "", "inside that span"},
			"id": {"tidak ada peristiwa dalam jendela waktu sampai dengan 31 Desember 2024: 1.002 baris log dalam " + file + ""}}},
		{"trend in a lost month", []string{"trend", dir, "--every", "week", "--from", "2025-08-01", "--to", "2025-09-01"}, map[string][]string{
			"en": {"no event in the window 1–31 August 2025, though the " + rows + " log rows run from 2025-01-01 to 2025-12-31, which takes in that window: no row of " + file + " falls on its dates", "export the logs again with those dates, or choose --from and --to"},
			"id": {"tidak ada peristiwa dalam jendela waktu 1–31 Agustus 2025, padahal 1.002 baris log berlangsung dari 2025-01-01 sampai 2025-12-31", "tidak satu baris pun dalam " + file + " jatuh pada tanggal-tanggalnya", "ekspor ulang log"}}},
		{"evaluate past the data", []string{"evaluate", dir, "--reform", reform, "--from", "2027-01-01", "--to", "2028-01-01"}, map[string][]string{
			"en": {"no event in the window 1 January – 31 December 2027: the " + rows + " log rows of " + file + ""},
			"id": {"tidak ada peristiwa dalam jendela waktu 1 Januari – 31 Desember 2027"}}},
		{"compare, both periods past the data", []string{"compare", dir, "--before", "2027-01-01..2027-06-01", "--after", "2027-06-01..2027-12-01"}, map[string][]string{
			"en": {"--before 2027-01-01..2027-06-01 and --after 2027-06-01..2027-12-01 hold no event of the study: the " + rows + " log rows of " + file + " run from 2025-01-01 to 2025-12-31; choose periods inside that span"},
			"id": {"--before 2027-01-01..2027-06-01 dan --after 2027-06-01..2027-12-01 tidak memuat satu pun peristiwa studi: 1.002 baris log dalam " + file + "", "pilih periode di dalam rentang itu"}}},
		{"compare, both periods in the lost month", []string{"compare", dir, "--before", "2025-08-01..2025-08-15", "--after", "2025-08-15..2025-09-01"}, map[string][]string{
			"en": {"hold no event of the study, though the " + rows + " log rows run from 2025-01-01 to 2025-12-31, which takes in both periods: no row of " + file + " falls on their dates"},
			"id": {"tidak memuat satu pun peristiwa studi, padahal 1.002 baris log berlangsung dari 2025-01-01 sampai 2025-12-31"}}},
		// one period empty, the other with ties: past the data, "choose
		// periods inside it"; inside the lost month, that was no fix
		{"compare, one period past the data", []string{"compare", dir, "--before", "2025-11-01..2025-12-01", "--after", "2026-01-01..2026-02-01"}, map[string][]string{
			"en": {"--after 2026-01-01..2026-02-01 holds no tie of the study: no letter, meeting or data request in that period links two units (or two people); the study's data runs from 2025-01-01 to 2025-12-31: choose periods inside it"},
			"id": {"--after 2026-01-01..2026-02-01 tidak memuat satu pun ikatan studi"}}},
		{"compare, one period in the lost month", []string{"compare", dir, "--before", "2025-08-01..2025-09-01", "--after", "2025-09-01..2025-10-01"}, map[string][]string{
			"en": {"--before 2025-08-01..2025-09-01 holds no tie of the study, though the study's data run from 2025-01-01 to 2025-12-31, which takes in that period", "more likely a gap in the export than a time without work; export the logs again with those dates, or choose periods that take in days with ties"},
			"id": {"--before 2025-08-01..2025-09-01 tidak memuat satu pun ikatan studi, padahal data studi berlangsung dari 2025-01-01 sampai 2025-12-31", "ekspor ulang log"}}},
		{"compare of two studies past the data", []string{"compare", dir, dir, "--from", "2027-01-01", "--to", "2028-01-01"}, map[string][]string{
			"en": {"no event in the window 1 January – 31 December 2027: the " + rows + " log rows of " + file + ""},
			"id": {"tidak ada peristiwa dalam jendela waktu 1 Januari – 31 Desember 2027"}}},
	} {
		for _, lang := range []string{"en", "id"} {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "out")
				code, _, stderr := sekat(t, append(tc.args, "--lang", lang, "--out", out, "-q")...)
				if code != exitUsage {
					t.Errorf("exit %d, want %d (bad usage)\n%s", code, exitUsage, stderr)
				}
				for _, w := range tc.want[lang] {
					if !strings.Contains(squash(stderr), w) {
						t.Errorf("stderr lacks %q:\n%s", w, stderr)
					}
				}
				if strings.Contains(stderr, "choose --from and --to") && tc.args[0] == "compare" && tc.args[2] == "--before" {
					t.Errorf("compare of one study told to choose --from and --to, which it refuses:\n%s", stderr)
				}
				if _, err := os.Stat(out); err == nil {
					t.Errorf("%s written on a stop", out)
				}
			})
		}
	}
}
