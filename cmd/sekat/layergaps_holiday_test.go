package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestLayerSilentNotInQuietWeek: trend --every week's note on a table
// missing from some weeks lists only the weeks where that table alone
// gives no tie while the others carry weight. A week in which every table
// is quiet (a holiday week: generate --seed 11's week of 31 March 2025 has
// no letter, meeting or data request) was listed beside the weeks of
// August without letters, and the note said that its figures "rest on the
// other tables alone", though it has no figure at all (the note on
// periods without a tie covers it).
func TestLayerSilentNotInQuietWeek(t *testing.T) {
	_, gap := smallStudyTwice(t, "tanpa-agustus-sepi-juni")
	dropMonths(t, filepath.Join(gap, "correspondence.csv"), "2025-08")
	quiet := []string{"2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05", "2025-06-06", "2025-06-07", "2025-06-08"}
	for _, table := range []string{"correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		dropDays(t, filepath.Join(gap, table), quiet...)
	}
	for _, lang := range []string{"en", "id"} {
		out := filepath.Join(t.TempDir(), "pekan")
		stdout, _ := analyzeOK(t, "trend", gap, "--every", "week", "--resamples", "100", "--permutations", "100", "--lang", lang, "--out", out)
		note := regexp.MustCompile(`(?m)^(The correspondence table, which carries|Tabel correspondence, yang memuat).*$`).FindString(stdout)
		august := map[string]string{"en": "4–10 August 2025, 11–17 August 2025, 18–24 August 2025 and 25–31 August 2025)",
			"id": "4–10 Agustus 2025, 11–17 Agustus 2025, 18–24 Agustus 2025 serta 25–31 Agustus 2025)"}[lang]
		june := map[string]string{"en": "2–8 June 2025", "id": "2–8 Juni 2025"}[lang]
		if !strings.Contains(note, august) {
			t.Errorf("%s: the note does not name August's weeks without letters:\n%s", lang, stdout)
		}
		if strings.Contains(note, june) {
			t.Errorf("%s: the note names the week of %s, in which every table is quiet:\n%s", lang, june, note)
		}
	}
}

// dropDays rewrites the table at path without its rows of the days given
// (YYYY-MM-DD, a cell beginning with it), failing when it has none.
func dropDays(t *testing.T, path string, days ...string) {
	t.Helper()
	clitest.DropRows(t, path, strings.Join(days, ", "), func(line string) bool {
		for _, d := range days {
			if strings.Contains(","+line, ","+d+" ") || strings.Contains(","+line, ","+d+"T") || strings.Contains(","+line, ","+d+",") {
				return true
			}
		}
		return false
	})
}
