package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestEvaluateFewPreNoEarlierData: a reform date too early for 3 periods
// before it, in a study whose data begin at the window's start, is
// refused saying where the data begin and to check the date or add
// earlier data, not "extend the window back", which no window can do
// there (a date of 2024-01-01 on a year of 2025, sekat generate --seed
// 1126 --scale 0.3 --pilot: "leaves only 0 periods before it ... extend
// the window back or shorten --every"; hT, session 53). Weekly periods,
// the shortest evaluate takes, are not told to shorten --every. A window
// that --from cuts after the data's start is still told to extend it.
//
// The study: A and B (sector s1), C and D (s2) write to one another
// every day of 2025 from Monday 6 January, so that no week is cut short.
func TestEvaluateFewPreNoEarlierData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	dailyLettersStudy(t, dir, "person_id,unit_id\np1,A\np2,B\np3,C\np4,D\n", "unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nC,Badan C,s2\nD,Badan D,s2\n",
		[]string{"A,B", "B,C", "C,D", "D,A"}, func(d time.Time) bool { return d.Before(time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)) })
	for _, c := range []struct {
		name, date string
		args       []string
		key        string
		pre        int
	}{
		{"a date before the data", "2024-01-01", nil, "evaluate.fewPreNoData", 0},
		{"a month of data before the date", "2025-02-01", nil, "evaluate.fewPreNoData", 1},
		{"weekly", "2025-01-13", []string{"--every", "week"}, "evaluate.fewPreNoDataWeek", 1},
		{"a window cut by --from", "2025-10-01", []string{"--from", "2025-09-01"}, "evaluate.fewPre", 1},
	} {
		for _, lang := range []string{"en", "id"} {
			t.Run(c.name+"/"+lang, func(t *testing.T) {
				reform := filepath.Join(t.TempDir(), "reform.yaml")
				clitest.WriteStudyFile(t, filepath.Dir(reform), filepath.Base(reform), []byte("date: "+c.date+"\ntreated: [s1]\n"))
				args := append([]string{"evaluate", dir, "--reform", reform, "--resamples", "100", "--lang", lang, "--out", filepath.Join(t.TempDir(), "e"), "-q"}, c.args...)
				code, _, stderr := sekat(t, args...)
				if code != 2 {
					t.Fatalf("exit %d, want 2\n%s", code, stderr)
				}
				want := msg(lang, c.key, c.date, c.pre, "2025-01-06", 3)
				if c.key == "evaluate.fewPre" {
					want = msg(lang, c.key, c.date, c.pre, 3)
				}
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr:\n%s\nwant %q", stderr, want)
				}
			})
		}
	}
}
