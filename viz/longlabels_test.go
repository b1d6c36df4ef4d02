package viz

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// longNameUnits are units of a kabupaten whose ids are their names, 31 to
// 126 characters, with no short name: what a study gets from an e-office
// export that names its units in full. Four sectors, as in the study of
// the QA report (session 41) whose map drew them in one row of boxes.
var longNameUnits = []struct{ id, sector string }{
	{"Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Sukamaju", "Sosial"},
	{"Dinas Sosial Kabupaten Sukamaju", "Sosial"},
	{"Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamaju Provinsi Jawa Barat", "Sosial"},
	{"Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sukamaju Bidang Sumber Daya Air dan Bina Marga", "Infrastruktur"},
	{"Dinas Perumahan Rakyat dan Kawasan Permukiman Kabupaten Sukamaju", "Infrastruktur"},
	{"Dinas Perhubungan Kabupaten Sukamaju Bidang Lalu Lintas dan Angkutan Jalan Serta Perparkiran Daerah", "Infrastruktur"},
	{"Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Sukamaju", "Perencanaan"},
	{"Badan Pengelolaan Keuangan dan Aset Daerah Kabupaten Sukamaju Bidang Anggaran dan Perbendaharaan", "Perencanaan"},
	{"Badan Pendapatan Daerah Kabupaten Sukamaju Unit Pelaksana Teknis Pajak Bumi dan Bangunan Perdesaan dan Perkotaan Wilayah Utara", "Perencanaan"},
	{"Dinas Kesehatan Kabupaten Sukamaju Bidang Pencegahan dan Pengendalian Penyakit", "Kesehatan"},
	{"Rumah Sakit Umum Daerah Kabupaten Sukamaju Kelas B Pendidikan", "Kesehatan"},
}

// longNames is the network of longNameUnits: letters between every two
// units of a sector (weight 10 + i + j) and from each unit to the units
// three and five places on (weight 1 + i%3), so that ties run along the
// rows and between the boxes.
func longNames() *graph.Network {
	nodes := make([]graph.Node, len(longNameUnits))
	for i, u := range longNameUnits {
		nodes[i] = graph.Node{ID: u.id, Name: u.id, Sector: u.sector, Unit: u.id}
	}
	var edges []graph.Edge
	add := func(a, b int, w float64) {
		e := graph.Edge{From: int32(a), To: int32(b), Weight: w}
		e.Layers[graph.Correspondence] = w
		edges = append(edges, e)
	}
	n := len(nodes)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if nodes[i].Sector == nodes[j].Sector {
				add(i, j, float64(10+i+j))
			}
		}
		for _, k := range []int{3, 5} {
			if j := (i + k) % n; nodes[i].Sector != nodes[j].Sector {
				add(i, j, float64(1+i%3))
			}
		}
	}
	return graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// longPeople is longNames at person level: two people in each unit, tied
// to each other, the first of each unit tied as its unit is.
func longPeople() *graph.Network {
	units := longNames()
	nodes := make([]graph.Node, 0, 2*len(units.Nodes))
	for i, u := range units.Nodes {
		for k := 0; k < 2; k++ {
			nodes = append(nodes, graph.Node{ID: fmt.Sprintf("P%02d%d", i, k), Sector: u.Sector, Unit: u.ID, Kind: graph.KindPerson})
		}
	}
	edges := make([]graph.Edge, 0, len(units.Edges)+len(units.Nodes))
	for _, e := range units.Edges {
		e.From, e.To = 2*e.From, 2*e.To
		edges = append(edges, e)
	}
	for i := range units.Nodes {
		e := graph.Edge{From: int32(2 * i), To: int32(2*i + 1), Weight: 5}
		e.Layers[graph.Correspondence] = 5
		edges = append(edges, e)
	}
	return graph.NewNetwork(graph.PersonLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// TestLongNamesReadable: a unit map of units whose ids are names of 31 to
// 126 characters wrote each as its first 17 ("Dinas Pemberdayaa…"), a
// label wider than its circle, and every tie that left a unit sideways
// ran through that label: the reader could tell neither which unit a
// node was nor which tie went where. Measured on the SVG: no visible
// part of a tie (outside its two ends' shapes) meets the box of any
// node's label, its own ends' included, nor of a box's label or the
// title (labelCrossings); and every node's label is its name in full or
// a number the title's key gives the node's name for. The same on the
// map of a person-level study drawn as its people's units.
func TestLongNamesReadable(t *testing.T) {
	r := analyze(t, longNames())
	unit, err := UnitMapDOT(r, MapOptions{Study: "panjang"})
	if err != nil {
		t.Fatal(err)
	}
	layer, err := LayerMapDOT(r, graph.Correspondence, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	people, err := PersonUnitsMapDOT(analyze(t, longPeople()), MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		dot  []byte
	}{{"unit map", unit}, {"letters layer", layer}, {"people's units", people}} {
		t.Run(tc.name, func(t *testing.T) {
			svg, err := Render(tc.dot, FormatSVG, "")
			if err != nil {
				t.Fatal(err)
			}
			g := measureSVG(t, svg)
			ties, labels := mapLines(t, svg)
			if len(ties) < len(longNameUnits) {
				t.Fatalf("%d ties drawn, want at least %d", len(ties), len(longNameUnits))
			}
			// outside is whether a point is clear of node id's shape
			outside := func(id string, p [2]float64) bool {
				n := g.nodes[id]
				if n == nil {
					t.Fatalf("no node %q in the SVG", id)
				}
				return math.Hypot(p[0]-n.cx, p[1]-n.cy) > math.Max(n.rx, n.ry)+1
			}
			crossed := 0
			for _, e := range ties {
				for _, l := range labels {
					if l.kind != "node" {
						continue
					}
					for i := 1; i < len(e.pts); i++ {
						p, q := e.pts[i-1], e.pts[i]
						if !outside(e.a, p) || !outside(e.a, q) || !outside(e.b, p) || !outside(e.b, q) {
							continue // under a node, which is painted over the tie
						}
						if segmentMeetsRect(p[0], p[1], q[0], q[1], l.x0, l.y0, l.x1, l.y1) {
							crossed++
							t.Errorf("tie %s -- %s runs through the label %q of %s at (%.0f, %.0f)", shorten(e.a, 20), shorten(e.b, 20), l.text, shorten(l.owner, 20), q[0], q[1])
							break
						}
					}
				}
			}
			for _, c := range labelCrossings(t, svg) {
				t.Error(c)
			}
			// every node says which unit it is
			var title []string
			for _, l := range labels {
				if l.kind == "graph" {
					title = append(title, l.text)
				}
			}
			key := strings.Join(title, "\n")
			for _, u := range longNameUnits {
				var text []string
				for _, l := range labels {
					if l.kind == "node" && l.owner == u.id {
						text = append(text, l.text)
					}
				}
				label := strings.Join(text, " ")
				first := wrapShort(u.id, titleWidth-5, 1)[0]
				first = strings.TrimSuffix(first, "…")
				if label != u.id && !strings.Contains(key, fmt.Sprintf("%s. %s", label, first)) {
					t.Errorf("node %q is labelled %q, which is not its name, nor a number the key gives its name for", shorten(u.id, 30), label)
				}
			}
			t.Logf("%d ties, %d node labels, %d crossings", len(ties), len(g.nodes), crossed)
		})
	}
}

// TestKeyPacksShortNames: a key of one item a line made the key of the
// demo study with long short names (39 units named in 15 to 50
// characters) 39 lines of the title, and the report printed the map at
// 4.1 pt. Items of one line share a line up to titleWidth runes; every
// item is in the key once, in order, and a name too long for one line
// keeps lines of its own.
func TestKeyPacksShortNames(t *testing.T) {
	m := &mapGraph{}
	var names []string
	for i := 0; i < 12; i++ {
		name := fmt.Sprintf("Dinas Nomor %d", i)
		if i == 5 {
			name = longNameUnits[0].id // 112 runes: two lines
		}
		names = append(names, name)
		m.nodes = append(m.nodes, mapNode{id: fmt.Sprint(i), full: strings.Repeat("x", keyedLabelRunes+1), name: name})
	}
	key := m.keyLongLabels(texts(""))
	if len(key) >= len(names) {
		t.Errorf("%d lines of key for %d units: %q", len(key), len(names), key)
	}
	joined := strings.Join(key, "\n")
	at := 0
	for i, name := range names {
		item := fmt.Sprintf("%d. %s", i+1, strings.Fields(name)[0])
		j := strings.Index(joined[at:], item)
		if j < 0 {
			t.Fatalf("item %q not in the key after offset %d: %q", item, at, key)
		}
		at += j + len(item)
	}
	for _, l := range key {
		if n := len([]rune(l)); n > titleWidth {
			t.Errorf("key line of %d runes, more than %d: %q", n, titleWidth, l)
		}
	}
	if !strings.Contains(joined, "\n6. Dinas Pemberdayaan") || !strings.Contains(joined, "Sukamaju\n7. ") {
		t.Errorf("the long name does not keep lines of its own: %q", key)
	}
}
