package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestEvaluateDidCodesNameDataWarnings: the did rows of did.csv carry the
// codes of evaluate's warnings on the data behind the effect, as they
// carry those on the arms: periods_empty (a period inside the data
// without any tie), units_unmatched (an arm's units with ties on one side
// only of the window's middle) and, with the codes of
// change.Evaluation.Codes, only there. Before, these were said on stderr
// alone, and a reader of the file who did not see the terminal read the
// effect of a study with a month of data lost as clean (found with sekat
// evaluate on sekat generate --seed 1126 --scale 0.3 --pilot, every
// August 2025 row of its logs removed: the warnings column was empty; hT,
// session 53).
//
// The study: A and B (sector s1), C, D and OLD, renamed NEW on 1 July
// without a crosswalk (s2), write to one another every day of 2025, but
// in August, or every day.
func TestEvaluateDidCodesNameDataWarnings(t *testing.T) {
	study := func(t *testing.T, lost bool) string {
		dir := filepath.Join(t.TempDir(), "studi")
		clitest.WriteStudyFile(t, dir, "people.csv", []byte("person_id,unit_id\np1,A\np2,B\np3,C\np4,D\np5,OLD\np6,NEW\n"))
		clitest.WriteStudyFile(t, dir, "units.csv", []byte("unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nC,Badan C,s2\nD,Badan D,s2\nOLD,Kantor Lama,s2\nNEW,Kantor Baru,s2\n"))
		var b strings.Builder
		b.WriteString("sent_at,sender,recipients\n")
		for d := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC); d.Year() == 2025; d = d.AddDate(0, 0, 1) {
			if lost && d.Month() == time.August {
				continue
			}
			at := d.Format("2006-01-02 15:04")
			fmt.Fprintf(&b, "%s,A,B\n%s,B,C\n%s,C,D\n%s,D,A\n%s,A,C\n", at, at, at, at, at)
			if d.Day()%3 == 0 {
				fmt.Fprintf(&b, "%s,B,D\n", at)
			}
			u := "OLD"
			if !d.Before(time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)) {
				u = "NEW"
			}
			fmt.Fprintf(&b, "%s,%s,C\n", at, u)
		}
		clitest.WriteStudyFile(t, dir, "correspondence.csv", []byte(b.String()))
		return dir
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	clitest.WriteStudyFile(t, filepath.Dir(reform), filepath.Base(reform), []byte("date: 2025-10-01\ntreated: [s1]\ncontrol: [s2]\n"))
	for _, c := range []struct {
		name string
		lost bool
		want []string
	}{
		{"a month lost", true, []string{"periods_empty", "units_unmatched"}},
		{"every month", false, []string{"units_unmatched"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "evaluasi")
			_, stderr := analyzeOK(t, "evaluate", study(t, c.lost), "--reform", reform, "--resamples", "100", "--permutations", "100", "--out", out, "-q", "--lang", "en")
			for _, r := range clitest.ReadCSV(t, filepath.Join(out, "did.csv")) {
				codes := strings.Split(r["warnings"], ";")
				if r["kind"] != "did" {
					if r["warnings"] != "" {
						t.Errorf("%s row of %s has warnings %q", r["kind"], r["outcome"], r["warnings"])
					}
					continue
				}
				for _, w := range []string{"periods_empty", "units_unmatched"} {
					want := strings.Contains(strings.Join(c.want, ";"), w)
					if got := strings.Contains(r["warnings"], w); got != want {
						t.Errorf("did row of %s: warnings %q holds %s: %v, want %v\n%s", r["outcome"], r["warnings"], w, got, want, stderr)
					}
				}
				seen := map[string]bool{}
				for _, code := range codes {
					if code == "" || seen[code] {
						t.Errorf("did row of %s: warnings %q has an empty or repeated code", r["outcome"], r["warnings"])
					}
					seen[code] = true
				}
			}
		})
	}
}
