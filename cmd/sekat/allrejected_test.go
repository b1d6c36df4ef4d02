package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// allRejectedStudy is a copy of the hand study whose every log row has
// the time "kemarin" (yesterday), which no time format reads: every row
// of correspondence, meetings and data_sharing is rejected. It returns
// the study and its number of log rows (its files' lines less headers).
func allRejectedStudy(t *testing.T) (string, int) {
	t.Helper()
	dir := clitest.HandCopy(t, nil, nil)
	rows := 0
	for file, col := range map[string]int{"correspondence.csv": 0, "meetings.csv": 1, "data_sharing.csv": 0} {
		rs := clitest.ReadRows(t, filepath.Join(dir, file))
		for _, r := range rs[1:] {
			r[col] = "kemarin"
		}
		rows += len(rs) - 1
		clitest.WriteRows(t, filepath.Join(dir, file), rs)
	}
	return dir, rows
}

// allLogs names the three log tables of allRejectedStudy in lang, as the
// stop on no usable event names them.
func allLogs(lang string) string {
	return "correspondence, meetings" + msg(lang, "list.and") + "data_sharing"
}

// TestAllRejectedKeepsRejects: when every log row is rejected and
// --max-reject-rate 1 lets the run read them all, analyze and
// facilitators stop with no usable event and keep rejects.csv, as the
// stop on too many rejected rows does, and say where it is. Before, the
// message said "see rejects.csv" and no output folder was left (hC,
// 2026-12-06: `sekat analyze STUDY --out x --max-reject-rate 1` with
// every time "kemarin", and x did not exist).
func TestAllRejectedKeepsRejects(t *testing.T) {
	study, logRows := allRejectedStudy(t)
	for _, c := range []struct {
		name, lang, want string
		args             []string
	}{
		{"analyze", "en", "fix the rows listed in %s", []string{"analyze"}},
		{"analyze, Indonesian", "id", "perbaiki baris yang tercantum di %s", []string{"analyze"}},
		{"analyze person", "en", "fix the rows listed in %s", []string{"analyze", "--level", "person"}},
		{"facilitators", "en", "fix the rows listed in %s", []string{"facilitators", "--purpose", "uji"}},
		{"facilitators, Indonesian", "id", "perbaiki baris yang tercantum di %s", []string{"facilitators", "--purpose", "uji"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "x")
			args := append([]string{c.args[0], study}, c.args[1:]...)
			code, _, stderr := sekat(t, append(args, "--out", out, "--max-reject-rate", "1", "--lang", c.lang)...)
			list := filepath.Join(out, "rejects.csv")
			if code != 1 || !strings.Contains(stderr, msg(c.lang, "errNoEventsAtAll", allLogs(c.lang))) || !strings.Contains(stderr, strings.Replace(c.want, "%s", list, 1)) {
				t.Fatalf("exit %d, stderr:\n%s\nwant exit 1, no usable event, and the fix pointing to %s", code, stderr, list)
			}
			if rows := readCSV(t, list); len(rows) != logRows {
				t.Errorf("rejects.csv lists %d rows; the logs hold %d, all rejected", len(rows), logRows)
			}
			ents, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range ents {
				if n := e.Name(); n != "rejects.csv" && !strings.HasPrefix(n, ".") {
					t.Errorf("%s left in the output folder beside rejects.csv: nothing of a partial analysis is kept", n)
				}
			}
		})
	}
}

// TestAllRejectedNoRejectsFile: the commands that write no rejects.csv
// (report, map and export of a study, compare, trend, evaluate) point to
// sekat validate with the study when every log row is rejected (validate
// itself points to the rows it lists: TestValidateAllRejectedSaysItOnce).
// Before, each said "see rejects.csv or run sekat validate" of a file it
// never wrote.
func TestAllRejectedNoRejectsFile(t *testing.T) {
	study, _ := allRejectedStudy(t)
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-02-15\ntreated: [A]\ncontrol: [B]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, lang := range []string{"en", "id"} {
		fix := msg(lang, "errNoEventsFixValidate", shellQuote(study))
		for _, c := range []struct {
			name string
			args []string
			want string
		}{
			{"report", []string{"report", study, "--out", filepath.Join(dir, lang+"r")}, fix},
			{"map", []string{"map", study, "--out", filepath.Join(dir, lang+"m.html")}, fix},
			{"export", []string{"export", study, "--out", filepath.Join(dir, lang+"e")}, fix},
			{"compare", []string{"compare", study, "--before", "2025-01-01..2025-02-01", "--after", "2025-02-01..2025-03-01", "--out", filepath.Join(dir, lang+"c")}, fix},
			{"trend", []string{"trend", study, "--out", filepath.Join(dir, lang+"t")}, fix},
			{"evaluate", []string{"evaluate", study, "--reform", reform, "--out", filepath.Join(dir, lang+"v")}, fix},
		} {
			t.Run(c.name+" "+lang, func(t *testing.T) {
				args := append(c.args, "--lang", lang, "--max-reject-rate", "1")
				code, _, stderr := sekat(t, args...)
				if code != 1 || !strings.Contains(stderr, msg(lang, "errNoEventsAtAll", allLogs(lang))+c.want) || strings.Contains(stderr, "rejects.csv atau") || strings.Contains(stderr, "rejects.csv or") {
					t.Errorf("exit %d, stderr:\n%s\nwant exit 1 saying %q", code, stderr, msg(lang, "errNoEventsAtAll", allLogs(lang))+c.want)
				}
			})
		}
	}
}

// TestNoLogRowsNoRejectsPointer: logs that hold their headers only have
// no row to list: the stop says they hold no data row, and points
// neither to rejects.csv nor to sekat validate (which lists none).
// Before, it said "see rejects.csv or run sekat validate".
func TestNoLogRowsNoRejectsPointer(t *testing.T) {
	study := clitest.HandCopy(t, nil, map[string]string{
		"correspondence.csv": "sent_at,sender,recipients,cc,message_id\n",
		"meetings.csv":       "meeting_id,start,attendee,organizer,title\n",
		"data_sharing.csv":   "at,provider,consumer,dataset,status,records\n",
	})
	for _, lang := range []string{"en", "id"} {
		out := filepath.Join(t.TempDir(), "x")
		code, _, stderr := sekat(t, "analyze", study, "--out", out, "--lang", lang)
		if code != 1 || !strings.Contains(stderr, msg(lang, "errNoEventsHeaderOnly", "correspondence.csv, meetings.csv"+msg(lang, "list.and")+"data_sharing.csv")) || strings.Contains(stderr, "rejects.csv") {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 1 saying the logs hold no data row", lang, code, stderr)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s: %s made with no row to list (%v)", lang, out, err)
		}
	}
}

// TestAllRejectedValuesLeftOut: when every log row is rejected and the
// kept rejects.csv leaves out values that may name a person (an unknown
// sender), the stop says how many and how to see them, as the stop on
// too many rejected rows does.
func TestAllRejectedValuesLeftOut(t *testing.T) {
	study, _ := allRejectedStudy(t)
	rs := clitest.ReadRows(t, filepath.Join(study, "correspondence.csv"))
	orig := clitest.ReadRows(t, clitest.Testdata("studies/hand/correspondence.csv"))
	for i, r := range rs[1:] {
		r[0], r[1] = orig[i+1][0], "p99" // a good time, a sender no table lists
	}
	clitest.WriteRows(t, filepath.Join(study, "correspondence.csv"), rs)
	for _, lang := range []string{"en", "id"} {
		out := filepath.Join(t.TempDir(), "x")
		code, _, stderr := sekat(t, "analyze", study, "--out", out, "--max-reject-rate", "1", "--lang", lang)
		list := filepath.Join(out, "rejects.csv")
		want := msg(lang, "valuesLeftOut", groupDigits(int64(len(rs)-1), lang), list, study)
		if code != 1 || !strings.Contains(stderr, msg(lang, "errNoEventsFixFile", list)) || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 1 pointing to %s and saying %q", lang, code, stderr, list, want)
		}
	}
}
