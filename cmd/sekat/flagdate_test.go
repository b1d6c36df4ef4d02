package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestFlagNoSuchDayNamed: a command line's date whose day its month does
// not have is said to be so, with the month's days, as a table's is
// (ingest's TestNoSuchDayNamed), on every flag that reads a date: --from
// and --to of the commands that read a study (loadStudyCollect), of
// compare, trend and evaluate (loadBlocked) and of pairs (pairsSpec), and
// the bounds of compare's --before and --after (parsePeriod). Until
// session 52 they read only `--from "2025-02-30" is not a date; write
// YYYY-MM-DD`, a value already in that form. A value that is no date in
// any way still gets that message.
func TestFlagNoSuchDayNamed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1114, Scale: 0.05, NoChange: true}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "o")
	for _, tc := range []struct {
		lang  string
		args  []string
		flag  string
		value string
		want  string // the sentence a reader sees, as typed here
	}{
		{"en", []string{"analyze", dir, "--from", "2025-02-30"}, "--from", "2025-02-30", "February 2025 has 28 days, so day 30 does not exist"},
		{"id", []string{"analyze", dir, "--from", "Feb-30-2025"}, "--from", "Feb-30-2025", "Februari 2025 hanya 28 hari, tidak ada tanggal 30"},
		{"en", []string{"analyze", dir, "--to", "2025-02-29"}, "--to", "2025-02-29", "February 2025 has 28 days (2025 is not a leap year), so day 29 does not exist"},
		{"id", []string{"trend", dir, "--to", "2025-04-31"}, "--to", "2025-04-31", "April 2025 hanya 30 hari, tidak ada tanggal 31"},
		{"en", []string{"compare", dir, "--before", "2025-01-01..2025-06-31", "--after", "2025-07-01..2025-12-31"}, "--before", "2025-06-31", "June 2025 has 30 days, so day 31 does not exist"},
		{"id", []string{"compare", dir, "--before", "2025-01-01..2025-06-01", "--after", "2025-09-31..2025-12-31"}, "--after", "2025-09-31", "September 2025 hanya 30 hari, tidak ada tanggal 31"},
		{"en", []string{"pairs", dir, "--from", "Nov-31-2025"}, "--from", "Nov-31-2025", "November 2025 has 30 days, so day 31 does not exist"},
	} {
		t.Run(tc.lang+" "+strings.Join(tc.args[2:], " "), func(t *testing.T) {
			args := append(append([]string{}, tc.args...), "--out", out, "-q", "--lang", tc.lang)
			code, _, stderr := sekat(t, args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (usage):\n%s", code, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr does not say %q:\n%s", tc.want, stderr)
			}
			if !strings.Contains(stderr, tc.flag+` "`+tc.value+`"`) {
				t.Errorf("stderr does not name %s %q:\n%s", tc.flag, tc.value, stderr)
			}
			if strings.Contains(stderr, msg(tc.lang, "badTime", tc.flag, tc.value)) {
				t.Errorf("stderr still says only that it is not a date:\n%s", stderr)
			}
		})
	}
	// not a date in any form: the message stays
	for _, lang := range []string{"en", "id"} {
		code, _, stderr := sekat(t, "analyze", dir, "--from", "2025-13-01", "--out", out, "-q", "--lang", lang)
		if want := msg(lang, "badTime", "--from", "2025-13-01"); code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q, want %q", lang, code, stderr, want)
		}
	}
}
