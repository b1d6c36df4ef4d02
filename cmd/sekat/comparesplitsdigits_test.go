package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/metrics"
)

// TestCompareSplitsGrouped: the terminal's sentences that the periods'
// blocks can be split in only so many ways write that number with the
// reader's thousands separator, as compare.html does (i18n.Number): they
// said "12870" where the page said "12.870". 6 blocks before and 7 after
// split in C(13,6) = 1716 ways; with 100 sector tests the Holm floor
// 100/1716 = 0.058 is above 0.05, so both sentences are said.
func TestCompareSplitsGrouped(t *testing.T) {
	c := &change.Comparison{Method: change.Method{Permutations: 9999, Alpha: 0.05, MinChange: 0.1,
		RunsBefore: 6, RunsAfter: 7, Splits: 1716}}
	for i := range 100 {
		c.Groups = append(c.Groups, change.GroupChange{Type: metrics.GroupSector, Name: "s" + string(rune('a'+i%26)) + string(rune('a'+i/26)),
			Tested: true, Verdict: change.NoChange, Homophily: change.Measure{PAdjusted: 1}})
	}
	for lang, want := range map[string]string{"id": "1.716", "en": "1,716"} {
		if got := noVerdict(lang, c, nil); !strings.Contains(got, " "+want+" ") {
			t.Errorf("%s: no-verdict sentence %q, want the splits written %s", lang, got, want)
		}
		found := false
		for _, w := range compareWarnings(lang, c, nil) {
			if w.Code == "holm_unreachable" && w.Table == "groups" {
				found = true
				if !strings.Contains(w.Message, " "+want+" ") {
					t.Errorf("%s: warning %q, want the splits written %s", lang, w.Message, want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no holm_unreachable warning for the sectors", lang)
		}
	}
}
