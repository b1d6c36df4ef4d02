package main

import (
	"encoding/csv"
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
			dir, reform := lostMonthPilot(t, tc.month)
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

// TestEvaluateDidSaysWhatWasCompared: did.csv's did rows name the periods
// without any tie right after the reform date (empty_after_from,
// empty_after_to) and right before it (empty_before_*), which the effect
// leaves out; its from kept the reform date, 2025-08-01, of a side whose
// data began on 1 September (sekat generate --seed 1181 --scale 0.3
// --pilot, every August 2025 row removed, sosial against ekonomi from
// 2025-08-01), and only periods_empty told of August. With --every week
// the date moves to the Monday before it, whose week holds ties of the
// days before the date, and the reading said "after 28 July 2025" of the
// four empty weeks of August that follow: it now names that week and the
// empty weeks. The study: sekat generate --seed 1 --scale 0.3 --pilot,
// whose treated units open on 2025-10-01 (a Wednesday).
func TestEvaluateDidSaysWhatWasCompared(t *testing.T) {
	for _, tc := range []struct {
		name, month, every string
		after, before      [2]string
		want               map[string]string
	}{
		{"month after lost", "2025-10", "month", [2]string{"2025-10-01", "2025-11-01"}, [2]string{}, map[string]string{
			"en": "became more open in the data from 1 November 2025 on",
			"id": "menjadi lebih terbuka dalam data sejak 1 November 2025"}},
		{"month before lost", "2025-09", "month", [2]string{}, [2]string{"2025-09-01", "2025-10-01"}, map[string]string{
			"en": "The data before the reform date end on 31 August 2025",
			"id": "Data sebelum tanggal reformasi berakhir pada 31 Agustus 2025"}},
		{"weeks after a moved date lost", "2025-10", "week", [2]string{"2025-10-06", "2025-11-03"}, [2]string{}, map[string]string{
			"en": "became more open in the data of 29 September – 5 October 2025 and from 3 November 2025 on (its homophily fell by",
			"id": "menjadi lebih terbuka dalam data 29 September – 5 Oktober 2025 dan data sejak 3 November 2025 (homofilinya turun"}},
		{"nothing lost", "", "week", [2]string{}, [2]string{}, map[string]string{
			"en": "became more open after 29 September 2025",
			"id": "menjadi lebih terbuka sesudah 29 September 2025"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, reform := lostMonthPilot(t, tc.month)
			for _, lang := range []string{"en", "id"} {
				out := filepath.Join(t.TempDir(), "e")
				stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--every", tc.every, "--out", out, "--resamples", "100", "--permutations", "100", "-q", "--lang", lang)
				if !strings.Contains(stdout, tc.want[lang]) {
					t.Errorf("%s: stdout lacks %q:\n%s", lang, tc.want[lang], stdout)
				}
				if tc.every == "week" && tc.month != "" {
					for _, w := range map[string][]string{
						"en": {"no tie lies in 6–12 October 2025, 13–19 October 2025, 20–26 October 2025 and 27 October – 2 November 2025, right after that period",
							"the effect compares 29 September – 5 October 2025 and the periods from 3 November 2025 on with those before 29 September 2025, and says nothing of the time just after 1 October 2025."},
						"id": {"6–12 Oktober 2025, 13–19 Oktober 2025, 20–26 Oktober 2025 serta 27 Oktober – 2 November 2025, tepat sesudah periode itu, tidak memuat satu ikatan pun",
							"efek ini membandingkan 29 September – 5 Oktober 2025 dan periode sejak 3 November 2025 dengan periode sebelum 29 September 2025"},
					}[lang] {
						if !strings.Contains(stdout, w) {
							t.Errorf("%s: stdout lacks %q:\n%s", lang, w, stdout)
						}
					}
				}
				if lang != "en" {
					continue
				}
				rows, err := csv.NewReader(strings.NewReader(readFile(t, filepath.Join(out, "did.csv")))).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				col := map[string]int{}
				for i, c := range rows[0] {
					col[c] = i
				}
				for _, c := range []string{"empty_after_from", "empty_after_to", "empty_before_from", "empty_before_to"} {
					if _, ok := col[c]; !ok {
						t.Fatalf("did.csv has no column %s: %v", c, rows[0])
					}
				}
				dids := 0
				for _, r := range rows[1:] {
					after := [2]string{r[col["empty_after_from"]], r[col["empty_after_to"]]}
					before := [2]string{r[col["empty_before_from"]], r[col["empty_before_to"]]}
					if r[col["kind"]] != "did" {
						if after != [2]string{} || before != [2]string{} {
							t.Errorf("%s row names empty periods: %v", r[col["kind"]], r)
						}
						continue
					}
					dids++
					if after != tc.after || before != tc.before {
						t.Errorf("%s did row: empty after %v, before %v; want %v, %v", r[col["outcome"]], after, before, tc.after, tc.before)
					}
				}
				if dids != 3 {
					t.Errorf("%d did rows, want 3", dids)
				}
			}
		})
	}
}

// lostMonthPilot is the pilot study of pilotStudy with every row of month
// (YYYY-MM; "" none) removed from its three logs, and a reform.yaml of its
// pilot's date, treated units and control units with DLH.
func lostMonthPilot(t *testing.T, month string) (dir, reform string) {
	t.Helper()
	dir, p := pilotStudy(t)
	if month != "" {
		for _, f := range []string{"correspondence.csv", "meetings.csv", "data_sharing.csv"} {
			dropMonths(t, filepath.Join(dir, f), month)
		}
	}
	control := append(slices.Clone(p.ControlUnits), "DLH")
	return dir, writeReform(t, p.Date, p.TreatedUnits, control)
}
