package viz

import (
	"bytes"
	"html"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestCompareDisagreementsNameKinds: at person level compare tests
// sectors and units together, and the notes on intervals that disagree
// with the verdict listed them in one list, "For pemerintahan, DINSOS and
// BKPSDM, the 95% interval …" (sekat generate --seed 29 --scale 0.2,
// compare --level person on the halves of the year lists four units so),
// so that a reader could not tell a sector from a unit. Each name now
// comes under its kind, in the terminal's notes and on compare.html.
func TestCompareDisagreementsNameKinds(t *testing.T) {
	c := smallComparison()
	c.JSON.Method = map[string]any{"alpha": result.Number(0.05)}
	notShown := result.Measure{Before: 0.4, After: 0.45, Change: 0.05, ChangeLow: 0.01, ChangeHigh: 0.09, P: 0.02, PAdjusted: 0.3}
	significant := result.Measure{Before: 0.5, After: 0.3, Change: -0.2, ChangeLow: -0.45, ChangeHigh: 0.03, P: 0.001, PAdjusted: 0.01}
	c.Groups = append(c.Groups,
		result.GroupChange{Type: "sector", Name: "pemerintahan", Verdict: "no significant change", Homophily: notShown},
		result.GroupChange{Type: "sector", Name: "sosial", Verdict: "opened", Tested: true, Homophily: significant},
		result.GroupChange{Type: "unit", Name: "DINSOS", Verdict: "no significant change", Homophily: notShown},
		result.GroupChange{Type: "unit", Name: "DLH", Verdict: "opened", Tested: true, Homophily: significant},
		result.GroupChange{Type: "unit", Name: "BKPSDM", Verdict: "no significant change", Homophily: notShown},
	)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{
			"For sector pemerintahan, and for units DINSOS and BKPSDM, the 95% interval of the change in homophily leaves out 0",
			"For sector sosial, and for unit DLH, the verdict rests on a Holm-adjusted p-value",
		}},
		{"id", []string{
			"Untuk sektor pemerintahan, dan untuk unit DINSOS serta BKPSDM, selang 95% perubahan homofili tidak memuat 0",
			"Untuk sektor sosial, dan untuk unit DLH, kesimpulan bertumpu pada nilai p terkoreksi Holm",
		}},
	} {
		groups, _ := CompareDisagreements(tc.lang, c)
		notes := strings.Join(groups, "\n")
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(b.String())
		for _, want := range tc.want {
			if !strings.Contains(notes, want) {
				t.Errorf("%s: the notes on the groups\n%s\nlack %q", tc.lang, notes, want)
			}
			if !strings.Contains(page, want) {
				t.Errorf("%s: compare.html lacks %q", tc.lang, want)
			}
		}
	}
}
