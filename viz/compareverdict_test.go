package viz

import (
	"bytes"
	"html"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestCompareVerdictColumnFromChance: compare.html's verdict column words
// a closed group as its sentence does (i18n.VerdictKind): a sector whose
// homophily rose from chance (-0.02, the number of
// TestChangeSentenceInwardFromChance) "became more inward" ("menjadi lebih
// tertutup") in its sentence, but its row said "makin tertutup" ("closed
// further"), a closure it did not have. From 0.4 it still closed further.
func TestCompareVerdictColumnFromChance(t *testing.T) {
	for _, tc := range []struct {
		lang        string
		before      float64
		want, wrong string
	}{
		{"id", -0.02, "<td>menjadi lebih tertutup</td>", "<td>makin tertutup</td>"},
		{"en", -0.02, "<td>became more inward</td>", "<td>closed</td>"},
		{"id", 0.4, "<td>makin tertutup</td>", "<td>menjadi lebih tertutup</td>"},
		{"en", 0.4, "<td>closed</td>", "<td>became more inward</td>"},
	} {
		c := smallComparison()
		c.JSON.Method = map[string]any{"min_change": result.Number(0.1)}
		c.Groups[0].Verdict = "closed"
		c.Groups[0].Homophily = result.Measure{Before: tc.before, After: 0.6, Change: 0.6 - tc.before, ChangeLow: 0.5 - tc.before,
			ChangeHigh: 0.7 - tc.before, P: 0.001, PAdjusted: 0.002}
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(b.String())
		if !strings.Contains(page, tc.want) || strings.Contains(page, tc.wrong) {
			t.Errorf("%s, homophily before %v: page has %q %v, %q %v", tc.lang, tc.before, tc.want, strings.Contains(page, tc.want),
				tc.wrong, strings.Contains(page, tc.wrong))
		}
	}
}
