package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestEvaluateReadingSaysWhatWasCompared: a reform date on the first day
// of a month that holds no tie (lost from the export) is read from the
// first period with ties after it, and a sentence says which periods the
// effect compares; so is a month without ties right before the date.
// Before, the reading said "became more open after 1 October 2025" of an
// effect whose side after began on 1 November, and only a warning on
// stderr and periods_empty in did.csv told of October (found with sekat
// generate --seed 1156 --scale 0.3 --pilot --reorg, every August 2025 row
// removed, a reform date of 2025-08-01: "became more open after 1 August
// 2025"). The study: sekat generate --seed 1 --scale 0.3 --pilot, whose
// treated units open on 2025-10-01.
func TestEvaluateReadingSaysWhatWasCompared(t *testing.T) {
	for _, tc := range []struct {
		name, month string
		want        map[string][]string
		notWant     map[string]string
	}{
		{"the month after the date lost", "2025-10", map[string][]string{
			"en": {"the treated group became more open in the data from 1 November 2025 on (its homophily fell by",
				"The data after the reform date begin on 1 November 2025: no tie lies in 1–31 October 2025, right after 1 October 2025 (most often a gap in the export; see the warning above), so the effect compares the periods from 1 November 2025 on with those before 1 October 2025, and says nothing of the time just after the date."},
			"id": {"kelompok yang diperlakukan menjadi lebih terbuka dalam data sejak 1 November 2025 (homofilinya turun",
				"Data sesudah tanggal reformasi baru dimulai pada 1 November 2025: 1–31 Oktober 2025, tepat sesudah 1 Oktober 2025, tidak memuat satu ikatan pun"}},
			map[string]string{"en": "became more open after 1 October 2025", "id": "lebih terbuka sesudah 1 Oktober 2025"}},
		{"the month before the date lost", "2025-09", map[string][]string{
			"en": {"the treated group became more open after 1 October 2025 (its homophily fell by",
				"The data before the reform date end on 31 August 2025: no tie lies in 1–30 September 2025, right before 1 October 2025 (most often a gap in the export; see the warning above), so the effect compares the periods after 1 October 2025 with those up to 31 August 2025."},
			"id": {"lebih terbuka sesudah 1 Oktober 2025 (homofilinya turun",
				"Data sebelum tanggal reformasi berakhir pada 31 Agustus 2025: 1–30 September 2025, tepat sebelum 1 Oktober 2025, tidak memuat satu ikatan pun"}},
			map[string]string{"en": "The data after the reform date", "id": "Data sesudah tanggal reformasi"}},
		{"no month lost", "", map[string][]string{
			"en": {"the treated group became more open after 1 October 2025 (its homophily fell by"},
			"id": {"lebih terbuka sesudah 1 Oktober 2025 (homofilinya turun"}},
			map[string]string{"en": "no tie lies in", "id": "tidak memuat satu ikatan pun"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, p := pilotStudy(t)
			if tc.month != "" {
				for _, f := range []string{"correspondence.csv", "meetings.csv", "data_sharing.csv"} {
					dropMonths(t, filepath.Join(dir, f), tc.month)
				}
			}
			control := append(slices.Clone(p.ControlUnits), "DLH")
			reform := writeReform(t, p.Date, p.TreatedUnits, control)
			for _, lang := range []string{"en", "id"} {
				out := filepath.Join(t.TempDir(), "e")
				stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", out, "--resamples", "200", "-q", "--lang", lang)
				for _, w := range tc.want[lang] {
					if !strings.Contains(stdout, w) {
						t.Errorf("%s: stdout lacks %q:\n%s", lang, w, stdout)
					}
				}
				if w := tc.notWant[lang]; strings.Contains(stdout, w) {
					t.Errorf("%s: stdout says %q:\n%s", lang, w, stdout)
				}
			}
		})
	}
}
