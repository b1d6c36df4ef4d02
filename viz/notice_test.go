package viz

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	silopkg "github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/people"
)

// tags matches a markup tag.
var tags = regexp.MustCompile(`<[^>]*>`)

// TestPersonNotice: every map and page drawn from a person-level result
// carries people.Notice in its language (issue 13, item 5), PNG included
// through its DOT; none drawn from a unit-level result does.
func TestPersonNotice(t *testing.T) {
	person, unit := analyze(t, handPeople()), analyze(t, handUnits(nil, nil))
	for _, lang := range []string{"id", "en"} {
		want := people.Notice(lang)
		if PersonNotice(graph.PersonLevel, lang) != want || PersonNotice(graph.UnitLevel, lang) != "" {
			t.Fatalf("%s: PersonNotice %q at person level, %q at unit level", lang, PersonNotice(graph.PersonLevel, lang), PersonNotice(graph.UnitLevel, lang))
		}
		opt := MapOptions{Study: "Uji", Window: "2025", Lang: lang}
		for _, tc := range []struct {
			level string
			want  bool
			draw  func() ([]byte, error)
		}{
			{"person map", true, func() ([]byte, error) { return UnitMapDOT(person, opt) }},
			{"person units map", true, func() ([]byte, error) { return PersonUnitsMapDOT(person, opt) }},
			{"person layer map", true, func() ([]byte, error) { return LayerMapDOT(person, graph.Correspondence, opt) }},
			{"ego map", true, func() ([]byte, error) { return EgoMapDOT(person, "P1", opt) }},
			{"person overview", true, func() ([]byte, error) { return SectorOverviewDOT(person, opt) }},
			{"person heatmap", true, func() ([]byte, error) { return MixingHeatmapSVG(person, lang), nil }},
			{"person report", true, func() ([]byte, error) {
				var b bytes.Buffer
				err := WriteReport(&b, ReportData{Result: person, Lang: lang, NoLayerMaps: true})
				return b.Bytes(), err
			}},
			{"unit map", false, func() ([]byte, error) { return UnitMapDOT(unit, opt) }},
			{"unit layer map", false, func() ([]byte, error) { return LayerMapDOT(unit, graph.Correspondence, opt) }},
			{"unit overview", false, func() ([]byte, error) { return SectorOverviewDOT(unit, opt) }},
			{"unit heatmap", false, func() ([]byte, error) { return MixingHeatmapSVG(unit, lang), nil }},
			{"unit report", false, func() ([]byte, error) {
				var b bytes.Buffer
				err := WriteReport(&b, ReportData{Result: unit, Lang: lang, NoLayerMaps: true})
				return b.Bytes(), err
			}},
		} {
			got, err := tc.draw()
			if err != nil {
				t.Fatalf("%s %s: %v", lang, tc.level, err)
			}
			// The heatmap wraps its note over several <text> lines.
			text := strings.Join(strings.Fields(tags.ReplaceAllString(string(got), " ")), " ")
			if has := strings.Contains(text, want); has != tc.want {
				t.Errorf("%s %s: carries the notice %v, want %v", lang, tc.level, has, tc.want)
			}
		}
	}
}

// TestPersonUnitsLegend: the map of a person-level result drawn as units
// names in its legend the unit outlines it draws, and only those. Units on
// the watch list among units are drawn dashed orange, and the legend named
// the red outline of a unit silo only: on the kabupaten preset at person
// level (scale 0.2) 36 units were drawn dashed orange with no word for it.
func TestPersonUnitsLegend(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		siloLine, watchLine := texts(lang).UnitsOfPeopleVerdict[silopkg.Silo], texts(lang).UnitsOfPeopleVerdict[silopkg.Watch]
		for _, tc := range []struct {
			verdicts          map[string]silopkg.Verdict
			hasSilo, hasWatch bool
		}{
			{nil, false, false},
			{map[string]silopkg.Verdict{"U1": silopkg.Watch}, false, true},
			{map[string]silopkg.Verdict{"U1": silopkg.Watch, "U2": silopkg.Silo}, true, true},
		} {
			r := analyze(t, handPeople())
			for i := range r.Groups {
				if g := &r.Groups[i]; g.Type == metrics.GroupUnit {
					g.Verdict = tc.verdicts[g.Name]
				}
			}
			b, err := PersonUnitsMapDOT(r, MapOptions{Study: "Uji", Window: "2025", Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			title := strings.ReplaceAll(string(b), `\l`, " ")
			if got := strings.Contains(title, siloLine); got != tc.hasSilo {
				t.Errorf("%s %v: legend names the silo outline %v, want %v", lang, tc.verdicts, got, tc.hasSilo)
			}
			if got := strings.Contains(title, watchLine); got != tc.hasWatch {
				t.Errorf("%s %v: legend names the watch outline %v, want %v", lang, tc.verdicts, got, tc.hasWatch)
			}
		}
	}
}
