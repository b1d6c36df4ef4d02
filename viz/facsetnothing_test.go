package viz

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/people"
)

// TestFacilitatorsSetNothingCoverable: when no one who may be chosen
// reaches any sector pair, the set is chosen by weight alone, and the
// page says so instead of counting "among the sector pairs the set can
// reach (0)" and blaming the cap per OPD: on a window of 17 days of sekat
// generate --seed 221 --scale 0.02 --move-facilitator (--from 2025-03-03
// --to 2025-03-20) nobody reached a sector with the reach
// weight 5, every pair had no carrier, and the page said of the ten
// chosen that "no candidate left within the cap per OPD reaches sector
// pairs not yet reached often enough". A set that can cover something
// keeps both sentences.
func TestFacilitatorsSetNothingCoverable(t *testing.T) {
	for _, coverable := range []int{0, 3} {
		r := &people.Result{Informal: []int{0, 1}, Coverable: coverable,
			Set: []people.Pick{{Person: 0, Gain: min(coverable, 1)}, {Person: 1}}}
		r.Options.SetSize, r.Options.PerOPD, r.Options.Redundancy = 2, 2, 2
		for _, lang := range []string{"en", "id"} {
			var buf bytes.Buffer
			if err := WriteFacilitators(&buf, FacilitatorsData{Result: r, Tables: facUnitTables(), Lang: lang, KeyID: "k"}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			pairs := i18n.T(lang, "viz.fac.cover.pairs")
			says := func(key string, a ...any) bool {
				return strings.Contains(page, template.HTMLEscapeString(i18n.T(lang, key, a...)))
			}
			nothing := says("viz.fac.setNothingCoverable", pairs, 2)
			counted := says("viz.fac.setCoverable", pairs, coverable)
			capped := says("viz.fac.setZeroGain", 1, pairs) || says("viz.fac.setZeroGain", 2, pairs)
			if coverable == 0 && (!nothing || counted || capped) {
				t.Errorf("%s: nothing coverable: the page says so %v, counts among 0 %v, blames the cap %v", lang, nothing, counted, capped)
			}
			if coverable > 0 && (nothing || !counted || !capped) {
				t.Errorf("%s: %d coverable: the page says none %v, counts among them %v, says a pick added nothing %v", lang, coverable, nothing, counted, capped)
			}
		}
	}
}
