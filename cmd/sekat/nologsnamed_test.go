package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestNoEventsNamesTheStudysLogs: when every log row is rejected, the
// stop names the log tables the study has, not all three. Before,
// validate of a study with units, people and a correspondence.csv whose
// every sender was unknown said "no row of the logs (correspondence,
// meetings, data_sharing) is left to use", and analyze "every row of
// correspondence, meetings and data_sharing is empty or rejected", of
// two tables the study does not have (hM, 2026-12-06).
func TestNoEventsNamesTheStudysLogs(t *testing.T) {
	hand := clitest.Testdata("studies/hand")
	for _, c := range []struct {
		name string
		logs map[string]string
		// the words of validate and of analyze, by language
		validate, analyze map[string]string
	}{
		{"letters only", map[string]string{
			"correspondence.csv": "sent_at,sender,recipients\n2025-01-10 09:00,zz1,p3\n2025-01-11 09:00,zz2,p3\n",
		}, map[string]string{
			"id": "tidak ada satu pun baris log (correspondence) yang tersisa",
			"en": "no log row (correspondence) is left to use",
		}, map[string]string{
			"id": "setiap baris correspondence kosong atau ditolak",
			"en": "every row of correspondence is empty or rejected",
		}},
		{"letters and meetings", map[string]string{
			"correspondence.csv": "sent_at,sender,recipients\n2025-01-10 09:00,zz1,p3\n",
			"meetings.csv":       "meeting_id,start,attendee\nr1,2025-01-12 09:00,zz3\nr1,2025-01-12 09:00,zz4\n",
		}, map[string]string{
			"id": "tidak ada satu pun baris log (correspondence, meetings) yang tersisa",
			"en": "no log row (correspondence, meetings) is left to use",
		}, map[string]string{
			"id": "setiap baris correspondence serta meetings kosong atau ditolak",
			"en": "every row of correspondence and meetings is empty or rejected",
		}},
	} {
		study := filepath.Join(t.TempDir(), "s")
		for _, f := range []string{"units.csv", "people.csv"} {
			clitest.WriteStudyFile(t, study, f, clitest.ReadBytes(t, filepath.Join(hand, f)))
		}
		for f, text := range c.logs {
			clitest.WriteStudyFile(t, study, f, []byte(text))
		}
		for _, lang := range []string{"id", "en"} {
			for _, run := range []struct {
				args []string
				want string
			}{
				{[]string{"validate", study}, c.validate[lang]},
				{[]string{"analyze", study, "--max-reject-rate", "1", "--out", filepath.Join(t.TempDir(), "x")}, c.analyze[lang]},
			} {
				code, _, stderr := sekat(t, append(run.args, "--lang", lang)...)
				got := strings.Join(stopLines(stderr), "\n")
				if code != 1 || !strings.Contains(got, run.want) || strings.Contains(got, "data_sharing") {
					t.Errorf("%s, %s %s: exit %d, stop:\n%s\nwant exit 1, %q and no data_sharing", c.name, lang, run.args[0], code, got, run.want)
				}
			}
		}
	}
}
