package viz

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// hostileKey are the names of the hostile preset's 39 units as its map's
// key writes them (sekat generate --preset hostile --seed 1, units.csv
// name, on one line), in the key's order.
var hostileKey = []string{
	"Dinas Koperasi dan Usaha Kecil Menengah", "+1 Dinas Tenaga Kerja", "Dinas Perindustrian dan Perdagangan",
	"Dinas Ketahanan Pangan", `=HYPERLINK("http://x","y") Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu`,
	"Dewan Perwakilan Rakyat Daerah", "Dinas Perhubungan", "Dinas Perumahan dan Kawasan Permukiman",
	"Dinas baris kedua Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Kesehatan",
	"Dinas Pengendalian Penduduk dan Keluarga Berencana", `C:\Users\dinas\berkas Rumah Sakit Umum Daerah`,
	"Badan Penanggulangan Bencana Daerah", "Dinas Pemadam Kebakaran dan Penyelamatan",
	"Dinas \u200b Kesehatan 🏛 Satuan Polisi Pamong Praja", "Badan Pendapatan Daerah",
	"<img src=x onerror=alert(1)> Badan Pengelolaan Keuangan dan Aset Daerah", "Inspektorat Daerah",
	"diawali tab Kecamatan Cibeureum", "Kecamatan Mekarsari", "Kecamatan Sindangjaya",
	"Bidang A; Seksi B, Subbagian C Kecamatan Sukamaju", "Kecamatan Tanjungsari",
	`Dinas "Kesehatan" Badan Perencanaan Pembangunan Daerah`, "Sekretariat Daerah", "Dinas Perikanan",
	"Dinas Pertanian", "<script>alert(1)</script> Dinas Lingkungan Hidup",
	"@SUM(A1) Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Kependudukan dan Pencatatan Sipil",
	"Dinas Komunikasi dan Informatika", "Badan Kesatuan Bangsa dan Politik", "Dinas Kebudayaan dan Pariwisata",
	"Dinas Pendidikan", `{"unit": {dinas}} Dinas Pemuda dan Olahraga`, "Dinas Perpustakaan dan Kearsipan",
	"Dinas Sosial", "-2 Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Pemberdayaan Masyarakat dan Desa",
}

// drawing is an svg of w by h points, as Graphviz says its size.
func drawing(w, h float64) []byte {
	return []byte(fmt.Sprintf(`<svg width="%gpt" height="%gpt" viewBox="0.00 0.00 %g %g"><text font-size="9">1</text></svg>`, w, h, w, h))
}

// TestMapKeyWithItsMap: the report printed on A4 ran the last six items
// of the hostile preset's key (39 units, short names their names) onto
// the next page, two lines at its top read as a list of their own, the
// map they name on the page before. The print rules set the key in 6.5
// pt on lines of 1.2 em, and splitMapKey, which counts its lines as
// those rules set them, keeps it under its map: the hostile map printed
// 141.8 mm high on its landscape page (printedHeightIn; Chromium's A4
// print shows the whole key under it). A key that cannot fit, under a
// map that takes its whole box, goes on the next page from the item that
// does not fit, under a heading that says it is the map's key continued.
func TestMapKeyWithItsMap(t *testing.T) {
	b, err := templates.ReadFile("templates/report.css")
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	print := css[strings.Index(css, "@media print"):]
	for _, rule := range []string{
		fmt.Sprintf(`.map-numbers { font-size: %gpt; line-height: %g;`, mapKeyPt, mapKeyLineEm),
		fmt.Sprintf(`.map-numbers ol { columns: 4; column-gap: %gmm; }`, float64(mapKeyGapMM)),
		fmt.Sprintf(`.map-numbers li { margin-left: %gmm; }`, float64(mapKeyIndentMM)),
		`.map-numbers.rest { break-before: page; }`,
	} {
		if !strings.Contains(print, rule) {
			t.Errorf("report.css does not print %q (splitMapKey counts the key's lines by it)", rule)
		}
	}
	if mapKeyPt < printLegiblePt {
		t.Errorf("the key prints at %v pt, under the legible %v pt", mapKeyPt, printLegiblePt)
	}

	key := make([]KeyItem, len(hostileKey))
	for i, n := range hostileKey {
		key[i] = KeyItem{Num: i + 1, Name: n}
	}
	// the hostile map: as wide as the landscape box, 141.8 mm high
	hostile := drawing(wideBoxW, 141.8*mmPt)
	if head, rest := splitMapKey(key, hostile, false, mapHeadPt); rest != nil || len(head) != len(key) {
		t.Errorf("the hostile preset's key prints %d items under its map, %d on the next page; want all %d under it", len(head), len(rest), len(key))
	}
	// a map that takes its whole box, under the person-level notice
	full := drawing(wideBoxW, wideBoxH)
	head, rest := splitMapKey(key, full, false, mapHeadPt+mapNoticePt)
	if len(rest) == 0 || len(head)+len(rest) != len(key) {
		t.Fatalf("under a map of its whole box the key prints %d items, %d on the next page", len(head), len(rest))
	}
	for i, k := range append(append([]KeyItem(nil), head...), rest...) {
		if k != key[i] {
			t.Errorf("item %d of the printed key is %v, want %v", i+1, k, key[i])
		}
	}
	// and with the line on small print under it too, no line is left:
	// the key on the next page, whole
	if head, rest := splitMapKey(key, full, false, mapHeadPt+mapNoticePt+mapSmallPt); head != nil || len(rest) != len(key) {
		t.Errorf("under a map of its whole box and two notes the key prints %d items, %d on the next page; want none, all", len(head), len(rest))
	}
}

// TestReportKeyContinued: a unit map of 60 units with long names, its key
// longer than the page under the map, prints the items that fit under
// it and the rest on the next page under "Keterangan nomor pada peta
// (lanjutan):" (the key's heading, continued), every number once, in
// order; on screen the list reads on as one.
func TestReportKeyContinued(t *testing.T) {
	var nodes []graph.Node
	sectors := []string{"Sosial", "Infrastruktur", "Perencanaan", "Kesehatan", "Pendidikan", "Ekonomi"}
	for i := 0; i < 60; i++ {
		u := longNameUnits[i%len(longNameUnits)]
		id := fmt.Sprintf("%s %d", u.id, i)
		nodes = append(nodes, graph.Node{ID: id, Name: id, Sector: sectors[i%len(sectors)], Unit: id})
	}
	var edges []graph.Edge
	for i := range nodes {
		for _, k := range []int{1, 6, 7} {
			e := graph.Edge{From: int32(i), To: int32((i + k) % len(nodes)), Weight: float64(1 + (i+k)%4)}
			e.Layers[graph.Correspondence] = e.Weight
			edges = append(edges, e)
		}
	}
	r := analyze(t, graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{}))
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteReport(&buf, ReportData{Result: r, Lang: lang, NoLayerMaps: true}); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			rest := regexp.MustCompile(`<div class="map-key-print map-numbers rest"><p>([^<]*)</p><ol>(.*?)</ol></div>`).FindStringSubmatch(page)
			if rest == nil {
				t.Fatal("the key of 60 long names is not continued on the next page")
			}
			head := regexp.MustCompile(`<div class="map-key-print"><div class="map-numbers"><p>[^<]*</p><ol>(.*?)</ol></div></div>`).FindStringSubmatch(page)
			want := map[string]string{"id": "Keterangan nomor pada peta (lanjutan):", "en": "Key to the numbers on the map (continued):"}[lang]
			if head == nil { // no item under the map: all of it on the next page
				want = map[string]string{"id": "Keterangan nomor pada peta di halaman sebelumnya:", "en": "Key to the numbers on the map on the previous page:"}[lang]
				head = []string{"", ""}
			}
			if rest[1] != html.EscapeString(want) {
				t.Errorf("the continued key is headed %q, want %q", rest[1], want)
			}
			// on paper the items under the map, then the rest; on screen
			// the key whole
			screen := regexp.MustCompile(`<div class="screen-only"><div class="map-numbers"><p>[^<]*</p><ol>(.*?)</ol></div></div>`).FindStringSubmatch(page)
			if screen == nil {
				t.Fatal("the screen has no key")
			}
			for _, list := range []string{head[1] + rest[2], screen[1]} {
				var nums []int
				for _, li := range regexp.MustCompile(`<li value="(\d+)">`).FindAllStringSubmatch(list, -1) {
					n, _ := strconv.Atoi(li[1])
					nums = append(nums, n)
				}
				if len(nums) != len(nodes) {
					t.Fatalf("%d items in the key, want %d", len(nums), len(nodes))
				}
				for i, n := range nums {
					if n != i+1 {
						t.Fatalf("item %d of the key is numbered %d", i+1, n)
					}
				}
			}
		})
	}
}
