package viz

import (
	"bytes"
	"html/template"
	"regexp"
	"strings"
	"testing"
)

var tieStrokeRe = regexp.MustCompile(`<line [^>]*stroke="(#[0-9a-f]{6})"`)

// TestCompareLegendCoversEveryTieColour: every colour a tie is drawn in on
// the change map has an entry in the legend beside it, in both languages.
// Ties in both periods whose change is not significant (status same) were
// drawn light grey (#d0d0d0) with no legend entry, so a reader could not
// tell what the grey lines meant (smallComparison's u1-u2 tie).
func TestCompareLegendCoversEveryTieColour(t *testing.T) {
	c := smallComparison()
	for _, lang := range []string{"id", "en"} {
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		i := strings.Index(s, `id="map-change"`)
		if i < 0 {
			t.Fatalf("%s: no change map", lang)
		}
		end := strings.Index(s[i:], "</svg>")
		drawn := map[string]bool{}
		for _, m := range tieStrokeRe.FindAllStringSubmatch(s[i:i+end], -1) {
			drawn[m[1]] = true
		}
		if !drawn[sameColour] {
			t.Fatalf("%s: the change map draws no tie in %s; the fixture has a tie of status same", lang, sameColour)
		}
		j := strings.Index(s, `id="tie-legend"`)
		if j < 0 {
			t.Fatalf("%s: no tie legend", lang)
		}
		legend := s[j : j+strings.Index(s[j:], "</p>")]
		for col := range drawn {
			if !strings.Contains(legend, `stroke="`+col+`"`) {
				t.Errorf("%s: the change map draws ties in %s, which the legend does not show", lang, col)
			}
		}
		if want := template.HTMLEscapeString(changeTexts(lang).LegendSame); want == "" || !strings.Contains(legend, want) {
			t.Errorf("%s: the legend lacks %q", lang, want)
		}
		// nor does the map's name say that every tie it draws changed
		// ("Ties that changed" named a map whose grey ties did not)
		if name := changeTexts(lang).MapChange; strings.Contains(name, "that changed") || strings.Contains(name, "yang berubah") {
			t.Errorf("%s: the change map is named %q, but it also draws ties that did not change significantly", lang, name)
		}
	}
	// a map without a tie of status same has no entry for it
	c.Ties = c.Ties[1:]
	var b bytes.Buffer
	if err := WriteCompare(&b, CompareData{Result: c, Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), changeTexts("en").LegendSame) {
		t.Error("the legend names ties of status same, which the map does not draw")
	}
}
