package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWindowEndTimedMidnight: a log with times whose last letter is sent
// at 00.00.00 shows its window to that minute, not to the end of the
// day, which holds no later letter: on the terminal, in report.html, in
// summary.json (window.to_timed, window.to unchanged) and in the report
// drawn again from the folder, in both languages. A log of the same
// letters written as dates at midnight still shows whole days. Before, a
// last letter at 2025-03-31 00:00:00 after letters at 09.15 showed the
// window as "... – 31 Maret 2025", claiming the day.
func TestWindowEndTimedMidnight(t *testing.T) {
	letters := func(times bool) string {
		var b strings.Builder
		b.WriteString("sent_at,sender,recipients,message_id\n")
		for d, s := range []string{"p1,p3", "p3,p1", "p4,p2", "p2,p4", "p1,p4"} {
			at := "2025-03-0" + string(rune('3'+d))
			if times {
				at += " 09:15:00"
			} else {
				at += " 00:00:00"
			}
			b.WriteString(at + "," + s + ",m" + string(rune('1'+d)) + "\n")
		}
		b.WriteString("2025-03-31 00:00:00,p3,p4,m9\n")
		return b.String()
	}
	for _, c := range []struct {
		name    string
		times   bool
		id, en  string // the window as shown
		toTimed bool
	}{
		{"times", true, "3 Maret 2025 pukul 09.15 – 31 Maret 2025 pukul 00.00", "3 March 2025, 09:15 – 31 March 2025, 00:00", true},
		{"dates", false, "3–31 Maret 2025", "3–31 March 2025", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			study := handCopy(t, nil, map[string]string{"correspondence.csv": letters(c.times)})
			for _, f := range []string{"meetings.csv", "data_sharing.csv"} {
				if err := os.Remove(filepath.Join(study, f)); err != nil {
					t.Fatal(err)
				}
			}
			for lang, want := range map[string]string{"id": c.id, "en": c.en} {
				out := filepath.Join(t.TempDir(), "out")
				_, stderr := analyzeOK(t, "analyze", study, "--out", out, "--lang", lang, "-q")
				if !strings.Contains(stderr, want) {
					t.Errorf("--lang %s: stderr lacks the window %q:\n%s", lang, want, stderr)
				}
				s := readSummary(t, out)
				if s.Window.To != "2025-03-31T00:00:01+07:00" || s.Window.ToTimed != c.toTimed {
					t.Errorf("--lang %s: summary window %+v, want to 2025-03-31T00:00:01+07:00, to_timed %v", lang, s.Window, c.toTimed)
				}
				if page := readFile(t, filepath.Join(out, "report.html")); !strings.Contains(page, want) {
					t.Errorf("--lang %s: report.html lacks the window %q", lang, want)
				}
				again := filepath.Join(t.TempDir(), "again")
				analyzeOK(t, "report", out, "--out", again, "--lang", lang)
				if page := readFile(t, filepath.Join(again, "report.html")); !strings.Contains(page, want) {
					t.Errorf("--lang %s: the report drawn again lacks the window %q", lang, want)
				}
			}
		})
	}
}
