package outcheck

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// dateWindowStudy writes a small study of eight people in four units
// whose letters are dated by the days given, one row a letter; a day
// may carry a time ("2025-01-01 09:00").
func dateWindowStudy(t *testing.T, days []string) string {
	t.Helper()
	dir := t.TempDir()
	clitest.WriteStudyFile(t, dir, "units.csv", []byte("unit_id,name,sector,kind\n"+
		"A,Dinas A,s1,internal\nB,Dinas B,s1,internal\nC,Badan C,s2,internal\nD,Setda D,s3,coordinator\n"))
	var ppl strings.Builder
	ppl.WriteString("person_id,unit_id,name,position,valid_from,valid_to\n")
	for i, u := range []string{"A", "A", "B", "B", "C", "C", "D", "D"} {
		fmt.Fprintf(&ppl, "p%d,%s,Orang %d,Staf,,\n", i+1, u, i+1)
	}
	clitest.WriteStudyFile(t, dir, "people.csv", []byte(ppl.String()))
	pairs := [][2]int{{1, 3}, {3, 5}, {5, 7}, {7, 1}, {2, 4}, {4, 6}, {6, 8}, {8, 2}, {1, 5}, {3, 7}, {2, 6}, {4, 8}}
	var letters strings.Builder
	letters.WriteString("sent_at,sender,recipients,cc,message_id\n")
	for i, p := range pairs {
		fmt.Fprintf(&letters, "%s,p%d,p%d,,m%d\n", days[i%len(days)], p[0], p[1], i)
	}
	clitest.WriteStudyFile(t, dir, "correspondence.csv", []byte(letters.String()))
	return dir
}

// TestDateOnlyWindowShown: logs whose events carry dates without a time
// of day show their window as whole days, on the command's summary
// line, in its warning of a short window, on report.html (header, maps,
// briefing headline, method page), in report OUTDIR's report and on the
// facilitators' page, in Bahasa Indonesia and English. A tester's
// unseen data (every letter dated 10 February 2025; a week of dated
// letters) showed "10 Februari 2025, pukul 00.00–00.00" and "1 Januari –
// 7 Januari 2025 pukul 00.00": the end shown was the last event plus
// one second, cut to the minute. A log with times reads as it did. The
// window analysed is unchanged: summary.json's window.to is still the
// last event plus one second.
func TestDateOnlyWindowShown(t *testing.T) {
	week := []string{"2025-01-01", "2025-01-02", "2025-01-04", "2025-01-06", "2025-01-07"}
	timed := []string{"2025-01-01 09:00", "2025-01-03 11:15", "2025-01-07 16:30"}
	tests := []struct {
		name   string
		days   []string
		args   []string
		to     string // summary.json window.to
		shown  map[string]string
		nDays  int  // the days the short-window warning counts
		dayEnd bool // the end shown is not summary.json's to
		facili bool
	}{
		{"one day of dates", []string{"2025-02-10"}, nil, "2025-02-10T00:00:01+07:00",
			map[string]string{"id": "10 Februari 2025", "en": "10 February 2025"}, 1, true, true},
		{"a week of dates", week, nil, "2025-01-07T00:00:01+07:00",
			map[string]string{"id": "1–7 Januari 2025", "en": "1–7 January 2025"}, 7, true, false},
		{"times", timed, nil, "2025-01-07T16:30:01+07:00",
			map[string]string{"id": "1 Januari 2025 pukul 09.00 – 7 Januari 2025 pukul 16.30", "en": "1 January 2025, 09:00 – 7 January 2025, 16:30"}, 7, false, false},
		// an end given is shown as given: --to the next midnight is the
		// one day
		{"one day given", []string{"2025-02-10"}, []string{"--from", "2025-02-10", "--to", "2025-02-11"}, "2025-02-11T00:00:00+07:00",
			map[string]string{"id": "10 Februari 2025", "en": "10 February 2025"}, 1, false, false},
	}
	labels := map[string]string{"id": "Jendela waktu", "en": "Window"}
	windowLabel := regexp.MustCompile(`(?:Jendela waktu|Window): ([^<]*)<`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			study := dateWindowStudy(t, tt.days)
			for _, lang := range []string{"id", "en"} {
				want := tt.shown[lang]
				out := filepath.Join(t.TempDir(), "out")
				_, stderr := analyzeOK(t, append([]string{"analyze", study, "--out", out, "--lang", lang, "--permutations", "50"}, tt.args...)...)
				// the summary line's end: "; jendela waktu …"
				line := msg(lang, "summaryLine", "", "", "", want)
				line = line[strings.LastIndex(line, "; "):]
				if !strings.Contains(stderr, line+"\n") {
					t.Errorf("%s: stderr lacks the summary line's end %q:\n%s", lang, line, stderr)
				}
				short := msg(lang, "warn.windowShort", tt.nDays, want, 4)
				if !strings.Contains(stderr, short) {
					t.Errorf("%s: stderr lacks the short-window warning %q:\n%s", lang, short, stderr)
				}
				if s := clitest.ReadSummary(t, out); s.Window.To != tt.to {
					t.Errorf("%s: summary.json window.to %q, want %q (the window analysed)", lang, s.Window.To, tt.to)
				}
				check := func(what, page string) {
					t.Helper()
					ms := windowLabel.FindAllStringSubmatch(page, -1)
					if len(ms) == 0 {
						t.Errorf("%s: %s shows no %q", lang, what, labels[lang])
					}
					for _, m := range ms {
						if m[1] != want {
							t.Errorf("%s: %s shows %q: %q, want %q", lang, what, labels[lang], m[1], want)
						}
					}
					if !strings.HasPrefix(what, "report") {
						return
					}
					// the briefing's headline, and the method page's
					// window before its RFC 3339 bounds
					if h := msg(lang, "brief.headline.shortWindow", tt.nDays, want); !strings.Contains(page, h) {
						t.Errorf("%s: %s lacks the headline's clause %q", lang, what, h)
					}
					if p := msg(lang, "viz.param.window", want, "", ""); !strings.Contains(page, p[:len(want)+2]) {
						t.Errorf("%s: %s: the method page's window does not begin %q", lang, what, p[:len(want)+2])
					}
					// an end a second past a midnight, shown as the whole
					// day, says why beside its bound; other ends do not
					why := msg(lang, "viz.param.windowDayEnd", "", "", "\x00")
					why = why[strings.Index(why, "\x00")+1:]
					if got := strings.Contains(page, why); got != tt.dayEnd {
						t.Errorf("%s: %s: the method page says why the end is a whole day (%q): %v, want %v", lang, what, why, got, tt.dayEnd)
					}
				}
				check("report.html", clitest.ReadFile(t, filepath.Join(out, "report.html")))
				check("map.svg", clitest.ReadFile(t, filepath.Join(out, "map.svg")))
				again := filepath.Join(t.TempDir(), "again")
				analyzeOK(t, "report", out, "--out", again, "--lang", lang, "-q")
				check("report OUTDIR", clitest.ReadFile(t, filepath.Join(again, "report.html")))
				if !tt.facili {
					continue
				}
				fo := filepath.Join(t.TempDir(), "fac")
				_, stderr = analyzeOK(t, append([]string{"facilitators", study, "--out", fo, "--lang", lang, "--purpose", "uji jendela waktu"}, tt.args...)...)
				if s := msg(lang, "facilitators.windowShort", tt.nDays, want, 4); !strings.Contains(stderr, s) {
					t.Errorf("%s: facilitators' stderr lacks %q:\n%s", lang, s, stderr)
				}
				check("facilitators.html", clitest.ReadFile(t, filepath.Join(fo, "facilitators.html")))
			}
		})
	}
}
