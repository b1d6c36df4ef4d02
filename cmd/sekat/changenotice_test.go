package main

import (
	"fmt"
	"html"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/viz"
)

// TestChangeNoticeFitsComparison: compare and trend at --level person
// printed, wrote on their pages and recorded in audit.json the
// facilitators' notice, "This list is a shortlist for human review, not an
// automated decision", of a comparison of groups over time, which is no
// list of people to review. They now say what their privacy rule did:
// pseudonyms and the groups under the minimum group size withheld in
// every period, or, with --reveal, names shown and nothing withheld; in
// either language.
func TestChangeNoticeFitsComparison(t *testing.T) {
	study := smallUnitStudy(t)
	_, keyFile := testKey(t, 11)
	periods := []string{"--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01"}
	for _, tc := range []struct {
		name, lang, page string
		args             []string
		minGroup         int // 0: --reveal
	}{
		{"compare", "id", "compare.html", append([]string{"compare", study, "--min-group", "7"}, periods...), 7},
		{"compare en", "en", "compare.html", append([]string{"compare", study}, periods...), 5},
		{"trend", "id", "trend.html", []string{"trend", study, "--every", "quarter"}, 5},
		{"trend en --reveal", "en", "trend.html", []string{"trend", study, "--every", "quarter", "--reveal", "--purpose", "uji"}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			stdout, _ := analyzeOK(t, append(tc.args, "--level", "person", "--lang", tc.lang, "--out", out, "--key-file", keyFile,
				"--resamples", "100", "--permutations", "100", "-q")...)
			page := readFileIfAny(t, filepath.Join(out, tc.page))
			a := folderAudit(out)
			if a == nil {
				t.Fatal("no audit.json")
			}
			shortlist := people.Notice(tc.lang)
			if strings.Contains(stdout, shortlist) || strings.Contains(page, html.EscapeString(shortlist)) || a.Notice == shortlist {
				t.Errorf("the facilitators' shortlist notice %q is on a comparison (stdout %v, page %v, audit.json %v)", shortlist,
					strings.Contains(stdout, shortlist), strings.Contains(page, html.EscapeString(shortlist)), a.Notice == shortlist)
			}
			want := viz.ChangeNotice(tc.minGroup, tc.lang)
			// the sentence names the rule the run applied
			mark := map[string]string{"id": "pseudonim", "en": "pseudonym"}[tc.lang]
			if tc.minGroup == 0 {
				mark = "--reveal"
			}
			if !strings.Contains(want, mark) || (tc.minGroup > 0 && !strings.Contains(want, fmt.Sprintf(" %d ", tc.minGroup))) {
				t.Errorf("notice %q: want %q and the minimum group size %d", want, mark, tc.minGroup)
			}
			if !strings.Contains(stdout, want+"\n") {
				t.Errorf("stdout lacks %q:\n%s", want, stdout)
			}
			if !strings.Contains(page, `<p class="notice" id="notice">`+html.EscapeString(want)+`</p>`) {
				t.Errorf("%s lacks the notice %q", tc.page, want)
			}
			if a.Notice != want {
				t.Errorf("audit.json notice %q, want %q", a.Notice, want)
			}
		})
	}
}
