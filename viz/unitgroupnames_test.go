package viz

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// codedUnits is a person-level network whose units have e-office codes
// for ids and short names (units.short_name) as the maps label them:
// six people in each of four units, in two sectors, each unit's people
// writing to each other (weight 6) and each person to one person of the
// next unit (weight 1), so that the units' groups are more inward than
// chance. The last unit has no short name.
func codedUnits() (*graph.Network, []graph.Node) {
	units := []graph.Node{
		{ID: "1.02.01.0000", Name: "Dinas Kesehatan", ShortName: "DINKES", Sector: "kesehatan"},
		{ID: "1.02.02.0000", Name: "Rumah Sakit Umum Daerah", ShortName: "RSUD", Sector: "kesehatan"},
		{ID: "1.01.01.0000", Name: "Dinas Pendidikan", ShortName: "DISDIK", Sector: "pendidikan"},
		{ID: "1.01.02.0000", Name: "Dinas Kebudayaan", Sector: "pendidikan"},
	}
	const per = 6
	var nodes []graph.Node
	for u := range units {
		for k := range per {
			nodes = append(nodes, graph.Node{ID: fmt.Sprintf("P%d%d", u, k), Sector: units[u].Sector, Unit: units[u].ID, Kind: graph.KindPerson})
		}
	}
	var edges []graph.Edge
	add := func(a, b int, w float64) {
		e := graph.Edge{From: int32(a), To: int32(b), Weight: w}
		e.Layers[graph.Correspondence] = w
		edges = append(edges, e)
	}
	for u := range units {
		for i := range per {
			for j := range per {
				if i != j {
					add(u*per+i, u*per+j, 6)
				}
			}
			add(u*per+i, (u+1)%len(units)*per+i, 1)
		}
	}
	return graph.NewNetwork(graph.PersonLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{}), units
}

// TestPersonSiloListNamesUnitsAsMaps: at person level the report's silo
// and watch lists, their sentences and the group table named each unit
// by its id ("1.02.01.0000 (unit) — 80% of the tie weight of unit
// 1.02.01.0000 stays inside") while the person-level unit map on the
// same page, and every map at unit level, labels it by its short name
// (DINKES). They now name it as the maps do: its short name, else its id
// (a unit without one); the group table adds the id by which groups.csv
// and silos.csv list it.
func TestPersonSiloListNamesUnitsAsMaps(t *testing.T) {
	n, units := codedUnits()
	r := analyze(t, n)
	judged := map[string]bool{}
	for _, g := range r.Groups {
		if g.Type == metrics.GroupUnit && (g.Verdict == silo.Silo || g.Verdict == silo.Watch) {
			judged[g.Name] = true
		}
	}
	if len(judged) != len(units) {
		t.Fatalf("%d of %d units' groups are silos or on the watch list: this test tests nothing", len(judged), len(units))
	}
	for _, lang := range []string{"id", "en"} {
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Study: "Uji", NoLayerMaps: true, Map: MapOptions{Units: units}}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(buf.String())
		kind := "unit" // in both languages
		for _, u := range units {
			want := u.ShortName
			if want == "" {
				want = u.ID
			}
			// the lists (briefing, as boxes or a table, and summary): the
			// name, the kind, the reason
			box := regexp.MustCompile(`>`+regexp.QuoteMeta(want)+`(?:</span>)? \(`+kind+`[^)]*\)`).FindAllString(page, -1)
			if len(box) < 2 {
				t.Errorf("%s: unit %s is named %q in %d of the silo and watch lists, want 2 (briefing and summary)", lang, u.ID, want, len(box))
			}
			if want != u.ID && regexp.MustCompile(`>`+regexp.QuoteMeta(u.ID)+`(?:</span>)? \(`).MatchString(page) {
				t.Errorf("%s: a silo or watch list names unit %s by its id, not %q", lang, u.ID, want)
			}
			if sentence := kind + " " + want + " "; !strings.Contains(page, sentence) {
				t.Errorf("%s: no reason speaks of %q", lang, sentence)
			}
			if want != u.ID && strings.Contains(page, kind+" "+u.ID+" ") {
				t.Errorf("%s: a reason speaks of unit %s by its id, not %q", lang, u.ID, want)
			}
			cell := want
			if want != u.ID {
				cell += " (" + u.ID + ")"
			}
			if !strings.Contains(page, `<td class="name">`+cell+`</td>`) {
				t.Errorf("%s: the group table has no cell %q", lang, cell)
			}
		}
	}
}
