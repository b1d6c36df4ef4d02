package viz

import (
	"bytes"
	"html"
	"regexp"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

// TestFacilitatorsReachWeightReadsAlike: facilitators.html gives
// --reach-weight among its parameters and in every reason, and both read
// the same number. The parameters gave the default as "5,00" ("5.00")
// beside reasons that said "sekurang-kurangnya 5", 0.125 as "0,12" beside
// "0,125", and 1000 as "1.000,00" beside "1000".
func TestFacilitatorsReachWeightReadsAlike(t *testing.T) {
	inReason := map[string]*regexp.Regexp{
		"id": regexp.MustCompile(`bobot sekurang-kurangnya (\S+) \(`),
		"en": regexp.MustCompile(`with a weight of at least (\S+) each`),
	}
	for _, rw := range []float64{people.DefaultReachWeight, 2.5, 0.125, 1000} {
		for _, lang := range []string{"id", "en"} {
			reason := i18n.FacilitatorReason(lang, i18n.FacilitatorFacts{Reach: 3, OtherSectors: 9, ReachWeight: rw, Weight: 1234, Rank: 1})
			m := inReason[lang].FindStringSubmatch(reason)
			if m == nil {
				t.Fatalf("%v, %s: no reach weight in the reason %q", rw, lang, reason)
			}
			r := &people.Result{}
			r.Options.ReachWeight = rw
			tb := people.Tables{Facilitators: []result.Facilitator{{List: "informal", Rank: 1, Pseudonym: "P-AAAA", Unit: "U", Sector: "s",
				CrossSectorWeight: 1234, Reach: 3, Reason: reason}}}
			var buf bytes.Buffer
			if err := WriteFacilitators(&buf, FacilitatorsData{Result: r, Tables: tb, Lang: lang, KeyID: "k"}); err != nil {
				t.Fatal(err)
			}
			param := regexp.MustCompile(`<dt>` + regexp.QuoteMeta(html.EscapeString(i18n.T(lang, "viz.fac.param.reach"))) + `</dt><dd>([^<]*)</dd>`).FindStringSubmatch(buf.String())
			if param == nil {
				t.Fatalf("%v, %s: no reach weight among the page's parameters", rw, lang)
			}
			if got := html.UnescapeString(param[1]); got != m[1] {
				t.Errorf("%v, %s: the parameters give the reach weight as %q, the reasons as %q", rw, lang, got, m[1])
			}
		}
	}
}
