package viz

import (
	"bytes"
	"html"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestCompareNetworkFloorNoteSaysNoHolm: the whole-network table's
// p-values are not adjusted for the four measures (its intro and column
// say "uncorrected"), yet the note under it on a p marked ≤ said, as
// under the groups table, that its p is 1 over the permutations plus one
// "(Holm-adjusted: times the adjustment)" (QA of sekat generate --seed
// 211 --scale 0.3, halves, where density's p was the floor 1/1001). The
// note under the network table now leaves Holm out, in both languages;
// the one under the groups table, whose p-values are Holm-adjusted,
// keeps it.
func TestCompareNetworkFloorNoteSaysNoHolm(t *testing.T) {
	holm := map[string]string{"en": "Holm", "id": "Holm"}
	for _, lang := range []string{"id", "en"} {
		c := smallComparison()
		floor := result.Measure{Before: 0.86, After: 0, Change: -0.86, ChangeLow: -0.88, ChangeHigh: -0.84, P: 1.0 / 1001, PAdjusted: 10.0 / 1001, Permutations: 1000}
		c.Groups = []result.GroupChange{{Type: "sector", Name: "floor", Homophily: floor, Verdict: "opened"}}
		c.Network = []result.NetworkChange{{Name: "density", Value: floor}}
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(b.String())
		note := func(table string) string {
			s := page[strings.Index(page, `id="`+table+`"`):]
			s = s[strings.Index(s, "</table>"):]
			s = s[strings.Index(s, "<p"):]
			return s[:strings.Index(s, "</p>")]
		}
		if n := note("network"); !strings.Contains(n, "≤") {
			t.Fatalf("%s: no note on ≤ under the network table: %s", lang, n)
		} else if strings.Contains(n, holm[lang]) {
			t.Errorf("%s: the note under the network table, whose p-values are not adjusted, speaks of Holm: %s", lang, n)
		}
		if n := note("groups"); !strings.Contains(n, "≤") || !strings.Contains(n, holm[lang]) {
			t.Errorf("%s: the note under the groups table does not say how Holm's adjustment enters the bound: %s", lang, n)
		}
	}
}
