package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestNoSuchDayWorded: a date whose month does not have its day (30
// February, written day first, ISO or as an English date with the month
// name first; 29 February of 2025) is rejected naming the day and the
// days of the month, with the fix, in both languages, in validate and
// in rejects.csv. Before, Bahasa Indonesia gave "tanggal atau jam ini
// tidak ada (mis. 30 Februari, bulan 13 atau jam 25)" for every one of
// them, English "day out of range for the month", and "Feb 30, 2025" was
// "not a time; use YYYY-MM-DD ...". Month 13 keeps the general reason.
func TestNoSuchDayWorded(t *testing.T) {
	study := handStudy(t)
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"30/02/2025,p1,p2,,m91\n"+
		"\"Feb 30, 2025\",p1,p2,,m92\n"+
		"2025-02-29 10:00,p1,p2,,m93\n"+
		"31/04/2025,p1,p2,,m94\n"+
		"2025-13-01,p1,p2,,m95\n"))
	validateSays(t, study, map[string][]string{
		"en": {"line 8 column sent_at: no such date: February 2025 has 28 days, so day 30 does not exist; correct the date in the source",
			"line 9 column sent_at: no such date: February 2025 has 28 days, so day 30 does not exist",
			"line 10 column sent_at: no such date: February 2025 has 28 days (2025 is not a leap year), so day 29 does not exist",
			"line 11 column sent_at: no such date: April 2025 has 30 days, so day 31 does not exist",
			"line 12 column sent_at: no such date or time (month out of range)"},
		"id": {"baris 8 kolom sent_at: tanggal ini tidak ada: Februari 2025 hanya 28 hari, tidak ada tanggal 30; perbaiki tanggalnya di berkas sumber",
			"baris 9 kolom sent_at: tanggal ini tidak ada: Februari 2025 hanya 28 hari, tidak ada tanggal 30",
			"baris 10 kolom sent_at: tanggal ini tidak ada: Februari 2025 hanya 28 hari (2025 bukan tahun kabisat), tidak ada tanggal 29",
			"baris 11 kolom sent_at: tanggal ini tidak ada: April 2025 hanya 30 hari, tidak ada tanggal 31",
			"baris 12 kolom sent_at: tanggal atau jam ini tidak ada (mis. 30 Februari, bulan 13 atau jam 25)"},
	})
	for _, lang := range []string{"en", "id"} {
		out := filepath.Join(t.TempDir(), "o")
		if code, _, stderr := sekat(t, "analyze", study, "--out", out, "--lang", lang, "--max-reject-rate", "1", "-q", "--permutations", "50"); code != 0 {
			t.Fatalf("analyze: exit %d\n%s", code, stderr)
		}
		want := map[string]string{"en": "April 2025 has 30 days, so day 31 does not exist", "id": "April 2025 hanya 30 hari"}[lang]
		if got := readFile(t, filepath.Join(out, "rejects.csv")); !strings.Contains(got, want) {
			t.Errorf("%s: rejects.csv lacks %q:\n%s", lang, want, got)
		}
	}
}
