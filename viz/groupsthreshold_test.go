package viz

import (
	"bytes"
	"html"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// TestGroupsTableKeepsThresholdsApart: the report's groups table writes
// a group's homophily and adjusted p with the digits that keep them apart
// from the silo rule's thresholds, as the briefing's reasons do. On
// Davis' southern women (18 women x 14 events as meetings, women 1-9 and
// 10-18 as two sectors; sekat analyze, seed 1) sector A has homophily
// 0.49951 and is on the watch list: the briefing said "homophily 0.4995,
// below the silo threshold 0.50", the table beside it "0.50" and
// "watch" under the rule "homophily ≥ 0.50". An adjusted p of 0.0504 read
// "0.050" with no verdict under "adjusted p ≤ 0.050" the same way.
func TestGroupsTableKeepsThresholdsApart(t *testing.T) {
	cases := []struct {
		name         string
		h, padj      float64
		verdict      silo.Verdict
		wantH, wantP map[string]string
	}{
		{"homophily just below", 0.499506192261639, 0.002, silo.Watch,
			map[string]string{"id": "0,4995", "en": "0.4995"}, map[string]string{"id": "0,002", "en": "0.002"}},
		{"adjusted p just above", 0.61, 0.0504, "",
			map[string]string{"id": "0,61", "en": "0.61"}, map[string]string{"id": "0,0504", "en": "0.0504"}},
		{"far from both", 0.61, 0.2, "",
			map[string]string{"id": "0,61", "en": "0.61"}, map[string]string{"id": "0,200", "en": "0.200"}},
	}
	for _, tc := range cases {
		for _, lang := range []string{"id", "en"} {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				r := analyze(t, handUnits(nil, nil))
				var g *metrics.Group
				for i := range r.Groups {
					if r.Groups[i].Type == metrics.GroupSector && r.Groups[i].Name == "alpha" {
						g = &r.Groups[i]
					}
				}
				if g == nil {
					t.Fatal("no sector alpha")
				}
				g.Homophily, g.Verdict = tc.h, tc.verdict
				g.EIPValue, g.PAdjusted, g.Permutations, g.Stopped = tc.padj/2, tc.padj, 4400, false
				var buf bytes.Buffer
				if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, NoLayerMaps: true}); err != nil {
					t.Fatal(err)
				}
				page := buf.String()
				page = page[strings.Index(page, `id="groups"`):]
				i := strings.Index(page, `<td class="name">alpha</td>`)
				if i < 0 {
					t.Fatal("no row of sector alpha in the groups table")
				}
				row := page[i:]
				row = row[:strings.Index(row, "</tr>")]
				var cells []string
				for _, c := range strings.Split(row, `<td class="n"`)[1:] {
					c = c[strings.Index(c, ">")+1:]
					cells = append(cells, html.UnescapeString(c[:strings.Index(c, "</td>")]))
				}
				// size, E-I, expected E-I, homophily, p, adjusted p, shuffles
				if len(cells) != 7 {
					t.Fatalf("row cells %q", cells)
				}
				if got, want := cells[3], tc.wantH[lang]; got != want {
					t.Errorf("homophily cell %q, want %q", got, want)
				}
				if got, want := cells[5], tc.wantP[lang]; got != want {
					t.Errorf("adjusted p cell %q, want %q", got, want)
				}
			})
		}
	}
}
