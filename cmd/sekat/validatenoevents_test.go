package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// stopLines are the lines of stderr that are neither warnings nor the
// indented details of a stop.
func stopLines(stderr string) []string {
	var ls []string
	for _, l := range strings.Split(strings.TrimRight(stderr, "\n"), "\n") {
		if l == "" || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "sekat: peringatan: ") || strings.HasPrefix(l, "sekat: warning: ") {
			continue
		}
		ls = append(ls, l)
	}
	return ls
}

// TestValidateAllRejectedSaysItOnce: when every log row is rejected,
// validate stops with one line that gives the count, says no event is
// left and gives the fix once. Before, "rows rejected: N; fix them and
// run again" stood over "no usable event in the logs: every row of ... is
// empty or rejected; fix the rejected rows listed above" (hV, 2026-12-06:
// `sekat validate STUDY` with every time "kemarin").
func TestValidateAllRejectedSaysItOnce(t *testing.T) {
	study, logRows := allRejectedStudy(t) // the hand study's units and people are all good
	for _, lang := range []string{"id", "en"} {
		for _, c := range []struct {
			show, fix string
		}{{"20", "validFixAbove"}, {"0", "validFixThem"}} {
			code, _, stderr := sekat(t, "validate", study, "--lang", lang, "--show", c.show)
			want := "sekat: " + msg(lang, "validNoEvents", groupDigits(int64(logRows), lang), "correspondence, meetings, data_sharing") + msg(lang, c.fix)
			if got := stopLines(stderr); code != 1 || len(got) != 1 || got[0] != want {
				t.Errorf("%s --show %s: exit %d, stop lines %q\nwant exit 1 and the one line %q", lang, c.show, code, got, want)
			}
		}
	}
}

// TestHeaderOnlyLogsSaidOnce: logs that hold their headers only are
// named once, by the stop, in validate as in analyze. Before, a warning
// per file ("holds its header and no row ...; if the export should have
// rows, export it again, else remove the file") stood over the stop
// ("correspondence, meetings and data_sharing hold no data row; export
// them again with their rows"). A header-only log beside logs with rows
// is still warned of.
func TestHeaderOnlyLogsSaidOnce(t *testing.T) {
	study := clitest.HandCopy(t, nil, map[string]string{
		"correspondence.csv": "sent_at,sender,recipients,cc,message_id\n",
		"meetings.csv":       "meeting_id,start,attendee,organizer,title\n",
		"data_sharing.csv":   "at,provider,consumer,dataset,status,records\n",
	})
	for _, lang := range []string{"id", "en"} {
		want := "sekat: " + msg(lang, "errNoEventsHeaderOnly", "correspondence.csv, meetings.csv"+msg(lang, "list.and")+"data_sharing.csv")
		for _, args := range [][]string{{"validate", study}, {"analyze", study, "--out", t.TempDir() + "/x"}} {
			code, _, stderr := sekat(t, append(args, "--lang", lang)...)
			if got := stopLines(stderr); code != 1 || len(got) != 1 || got[0] != want || len(warningLines(stderr)) != 0 {
				t.Errorf("%s %s: exit %d, stderr:\n%s\nwant exit 1, no warning, and the one line %q", lang, args[0], code, stderr, want)
			}
		}
	}
	sharing := headerOnlySharingStudy(t)
	for _, lang := range []string{"id", "en"} {
		code, _, stderr := sekat(t, "validate", sharing, "--lang", lang)
		want := "sekat: " + msg(lang, "warning", msg(lang, "warn.emptyTable", "data_sharing.csv", "data_sharing", "data_sharing"))
		if code != 0 || !strings.Contains(stderr, want+"\n") {
			t.Errorf("%s: header-only data_sharing beside letters: exit %d, stderr:\n%s\nwant exit 0 and %q", lang, code, stderr, want)
		}
	}
}
