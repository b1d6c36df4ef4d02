package viz

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestReportKeyUnderMap: the report drew a numbered map (units whose
// labels are long names) with its key inside the drawing, under the
// title, which made the drawing taller, and the whole map printed
// smaller: the hostile preset given short names equal to its names
// (39 units, sekat generate --preset hostile --seed 1) printed its map
// at 4.25 pt (printedLabelPt), 5.98 pt with the key written under the
// map in the page's type. The report now draws the map without the key
// (MapOptions.KeyApart) and writes it as a list under the map: every
// number a node carries, with its unit's name in full on one line and
// escaped, and the drawing prints larger than the one with its key
// inside, on the page of the orientation where it prints the larger
// (the 11 units of longNames, in English: 6.06 pt on a landscape page
// as its shape asked, 6.88 on a portrait one, 6.63 with the key inside).
// A layer map whose numbers are the unit map's points to that
// key rather than repeating it.
func TestReportKeyUnderMap(t *testing.T) {
	r := analyze(t, longNames())
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, Study: "panjang"}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			fig := regexp.MustCompile(`(?s)<figure class="map">(.*?)</figure>\s*<div class="map-numbers"><p>([^<]*)</p><ol>(.*?)</ol></div>`).FindStringSubmatch(page)
			if fig == nil {
				t.Fatal("no key under the unit map")
			}
			if got, want := fig[2], textsAt(lang, r.Net.Level).KeyTitle; got != html.EscapeString(want) {
				t.Errorf("key heading %q, want %q", got, want)
			}
			items := regexp.MustCompile(`<li value="(\d+)">([^<]*)</li>`).FindAllStringSubmatch(fig[3], -1)
			if len(items) != len(longNameUnits) {
				t.Fatalf("%d items in the key, want %d", len(items), len(longNameUnits))
			}
			svg := fig[1]
			labels := map[string]bool{} // the numbers on the nodes
			for _, m := range regexp.MustCompile(`(?s)<g id="node\d+" class="node">.*?<text[^>]*>([^<]*)</text>`).FindAllStringSubmatch(svg, -1) {
				labels[m[1]] = true
			}
			names := map[string]bool{}
			for _, u := range longNameUnits {
				names[html.EscapeString(u.id)] = true
			}
			for i, it := range items {
				if it[1] != fmt.Sprint(i+1) {
					t.Errorf("item %d numbered %s", i+1, it[1])
				}
				if !labels[it[1]] {
					t.Errorf("no node carries the number %s", it[1])
				}
				if !names[it[2]] {
					t.Errorf("item %s is %q, not a unit's name", it[1], it[2])
				}
			}
			// the drawing has no key: no text of it begins "1. "
			if regexp.MustCompile(`<text[^>]*>1\. `).MatchString(svg) {
				t.Error("the map's drawing still has its key")
			}
			inside, err := UnitMapDOT(r, MapOptions{Study: "panjang", Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			full, err := Render(inside, FormatSVG, "")
			if err != nil {
				t.Fatal(err)
			}
			full = capMapText(full, maxMapTextPt)
			// as the page prints it: on the orientation it asks for
			apart, _ := printedLabelPt([]byte(svg), strings.Contains(page, `<section id="peta" class="tall">`))
			with, _ := printedLabelPt(full, tallSVG(full))
			if apart <= with {
				t.Errorf("the map prints at %.2f pt without its key, %.2f pt with it", apart, with)
			}
			t.Logf("printed at %.2f pt with the key inside, %.2f pt with it under the map", with, apart)
			// every unit is on every layer map with the unit map's numbers
			if n := strings.Count(page, `<div class="map-numbers">`); n != 1 {
				t.Errorf("%d keys written, want the unit map's only", n)
			}
			if !strings.Contains(page, html.EscapeString(textsAt(lang, r.Net.Level).KeyAsMap)) {
				t.Error("the layer map does not say its numbers are the unit map's")
			}
		})
	}
}

// TestStandaloneMapKeepsKey: map.svg and sekat map have no page around
// them, so UnitMapDOT keeps the key in the drawing unless KeyApart.
func TestStandaloneMapKeepsKey(t *testing.T) {
	r := analyze(t, longNames())
	for _, apart := range []bool{false, true} {
		dot, err := UnitMapDOT(r, MapOptions{KeyApart: apart})
		if err != nil {
			t.Fatal(err)
		}
		first := wrapShort("1. "+longNameUnits[1].id, titleWidth, 1)[0]
		has := bytes.Contains(dot, []byte("1. Dinas"))
		if has == apart {
			t.Errorf("KeyApart %v: key in the drawing %v (%q)", apart, has, first)
		}
	}
}

// TestKeyNamesReadRight: the key writes a name with tabs and newlines
// (the hostile preset's "Dinas\nbaris kedua ...", "\tdiawali tab ...")
// on one line, spaces between its words, in the drawing and in the
// report's list, the list escaped; and a name beginning with a word too
// long for a line of the drawing's key (a path or a link) starts on the
// number's line: it wrote "1." alone, then the word cut.
func TestKeyNamesReadRight(t *testing.T) {
	long := "https://eoffice.sukamajukab.go.id/" + strings.Repeat("unit-kerja-", 12) + "dinas-sosial"
	names := []string{"Dinas\nbaris kedua Dinas Pekerjaan Umum dan Penataan Ruang", "\tdiawali tab Kecamatan Cibeureum",
		"<script>alert(1)</script> Dinas Lingkungan Hidup", long + " Kabupaten Sukamaju"}
	nodes := make([]graph.Node, len(names))
	for i, n := range names {
		nodes[i] = graph.Node{ID: fmt.Sprintf("U%d", i), Name: n, ShortName: n, Sector: "S", Unit: fmt.Sprintf("U%d", i)}
	}
	var edges []graph.Edge
	for i := 1; i < len(nodes); i++ {
		e := graph.Edge{From: int32(i - 1), To: int32(i), Weight: float64(i)}
		e.Layers[graph.Correspondence] = e.Weight
		edges = append(edges, e)
	}
	r := analyze(t, graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{}))
	m, err := unitMap(r, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.key) != len(names) {
		t.Fatalf("%d items in the key, want %d", len(m.key), len(names))
	}
	want := map[string]bool{}
	for _, n := range names {
		want[strings.Join(strings.Fields(n), " ")] = true
	}
	for _, it := range m.key {
		if !want[it.Name] {
			t.Errorf("key item %d is %q, not a name on one line", it.Num, it.Name)
		}
	}
	// the drawing's key
	var lines []string
	for _, l := range m.title {
		lines = append(lines, wrapLines(l, titleWidth)...)
	}
	for _, l := range lines {
		if regexp.MustCompile(`^\d+\.$`).MatchString(strings.TrimSpace(l)) {
			t.Errorf("a key line is a number alone: %q", l)
		}
		if strings.ContainsAny(l, "\t\n") {
			t.Errorf("a key line has a tab or newline: %q", l)
		}
	}
	for _, it := range m.key {
		if it.Name[:5] == long[:5] {
			head := fmt.Sprintf("%d. %s", it.Num, long[:20])
			if !strings.Contains(strings.Join(lines, "\n"), head) {
				t.Errorf("the long name does not start on its number's line %q: %q", head, lines)
			}
		}
	}
	// the report's list
	var buf bytes.Buffer
	if err := WriteReport(&buf, ReportData{Result: r, NoLayerMaps: true}); err != nil {
		t.Fatal(err)
	}
	page := strings.ReplaceAll(buf.String(), "<wbr>", "") // a long name may break after a dot or slash
	if strings.Contains(page, "<script>alert(1)") {
		t.Error("a name's markup reached the page unescaped")
	}
	for _, n := range names {
		if li := fmt.Sprintf(">%s</li>", html.EscapeString(strings.Join(strings.Fields(n), " "))); !strings.Contains(page, li) {
			t.Errorf("no key item %q in the report", li)
		}
	}
}
