package main

import (
	"fmt"
	"html"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestTrendEmptyInsideNamed: a trend whose data lack a whole month inside
// their span (letters lost from an export) names that month in a note, on
// standard output and trend.html, and says to check that the data are
// complete; whole weeks without any event inside periods that hold ties,
// two or more, are counted and the first named; one empty week, as a
// holiday leaves, is not said. Before, the
// month was said only as "1 period after the calibration without a tie,
// passed over by the CUSUM ... in 2 sectors", naming neither the month
// nor the likely cause, where compare and evaluate warn of it (found with
// sekat trend on sekat generate --seed 1126 --scale 0.3 --pilot with every
// August 2025 row of its three logs removed: hT, session 53).
//
// The study: A, B and C (two sectors) write to one another every day of
// 2025 but in August, or but in the week of Monday 4 August, or but in
// the fortnight from it.
func TestTrendEmptyInsideNamed(t *testing.T) {
	study := func(t *testing.T, skip func(time.Time) bool) string {
		dir := filepath.Join(t.TempDir(), "studi")
		clitest.WriteStudyFile(t, dir, "people.csv", []byte("person_id,unit_id\np1,A\np2,B\np3,C\n"))
		clitest.WriteStudyFile(t, dir, "units.csv", []byte("unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nC,Badan C,s2\n"))
		var b strings.Builder
		b.WriteString("sent_at,sender,recipients\n")
		for d := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC); d.Year() == 2025; d = d.AddDate(0, 0, 1) {
			if skip(d) {
				continue
			}
			at := d.Format("2006-01-02 15:04")
			fmt.Fprintf(&b, "%s,A,B\n%s,B,C\n%s,C,A\n", at, at, at)
		}
		clitest.WriteStudyFile(t, dir, "correspondence.csv", []byte(b.String()))
		return dir
	}
	august := study(t, func(d time.Time) bool { return d.Month() == time.August })
	week := study(t, func(d time.Time) bool {
		return !d.Before(time.Date(2025, 8, 4, 0, 0, 0, 0, time.UTC)) && d.Before(time.Date(2025, 8, 11, 0, 0, 0, 0, time.UTC))
	})
	fortnight := study(t, func(d time.Time) bool {
		return !d.Before(time.Date(2025, 8, 4, 0, 0, 0, 0, time.UTC)) && d.Before(time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC))
	})
	for _, tc := range []struct {
		name, dir, every string
		want             map[string]string // "" where nothing is said
	}{
		{"a month lost, monthly", august, "month", map[string]string{
			"en": "1 period inside the data holds no tie at all (1–31 August 2025), more than a holiday empties (at most a week)",
			"id": "1 periode di dalam rentang data sama sekali tidak memuat hubungan (1–31 Agustus 2025)"}},
		{"a month lost, weekly", august, "week", map[string]string{
			"en": "4 periods inside the data hold no tie at all (4–10 August 2025, 11–17 August 2025, 18–24 August 2025 and 25–31 August 2025)",
			"id": "4 periode di dalam rentang data sama sekali tidak memuat hubungan (4–10 Agustus 2025, 11–17 Agustus 2025, 18–24 Agustus 2025 serta 25–31 Agustus 2025)"}},
		{"one week empty, weekly", week, "week", map[string]string{"en": "", "id": ""}},
		{"nothing empty", week, "month", map[string]string{"en": "", "id": ""}},
		{"one week empty, quarterly", week, "quarter", map[string]string{"en": "", "id": ""}},
		// whole weeks lost inside a period that holds ties, by compare's
		// rule (period_gaps): a lost fortnight was not said at all
		{"a fortnight lost, quarterly", fortnight, "quarter", map[string]string{
			"en": "2 whole weeks inside the data hold no event at all (the first the week of 4 August 2025), more than a holiday empties (at most one week)",
			"id": "2 pekan utuh di dalam rentang data sama sekali tidak memuat kejadian (yang pertama pekan 4 Agustus 2025)"}},
		{"a fortnight lost, monthly", fortnight, "month", map[string]string{
			"en": "2 whole weeks inside the data hold no event at all (the first the week of 4 August 2025)",
			"id": "2 pekan utuh di dalam rentang data sama sekali tidak memuat kejadian (yang pertama pekan 4 Agustus 2025)"}},
	} {
		for _, lang := range []string{"en", "id"} {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "tren")
				code, stdout, stderr := sekat(t, "trend", tc.dir, "--every", tc.every, "--resamples", "100", "--permutations", "100", "--lang", lang, "--out", out, "-q")
				if code != 0 {
					t.Fatalf("exit %d\n%s", code, stderr)
				}
				page := html.UnescapeString(readFile(t, filepath.Join(out, "trend.html")))
				check := map[string]string{"en": "check that the data are complete", "id": "periksa apakah datanya lengkap"}[lang]
				want := tc.want[lang]
				if want == "" {
					if strings.Contains(stdout, check) || strings.Contains(page, check) {
						t.Errorf("an empty period is said where none is longer than a holiday:\n%s", stdout)
					}
					return
				}
				for _, w := range []string{want, check} {
					if !strings.Contains(stdout, w) {
						t.Errorf("stdout does not say %q:\n%s", w, stdout)
					}
					if !strings.Contains(page, w) {
						t.Errorf("trend.html does not say %q", w)
					}
				}
			})
		}
	}
}
