package people

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/result"
)

// TestPairCellsShowHidden: the sector pairs of sector_pair_bridges.csv
// (and so the page's matrix) show the withheld sectors as one row and
// column *, so that the matrix has every sector the reasons count in
// "reaches … of N other sectors". On sekat generate --seed 64 --scale
// 0.15 with keuangan cut to 4 people (withheld: eksternal, keuangan,
// sosial), the pairs of a withheld sector were left out: the matrix had
// 9 sectors while the reasons said "of 9 other sectors" without names
// (the withheld ones reckoned as one) and "of 11" with --reveal. Without
// names the withheld sectors are one sector as reckoned, and its pairs
// are shown as they are; with --reveal each is reckoned as itself, and a
// cell of * adds up their weight and counts each carrier once, with the
// work between two of them as * — *. Where the rows of * stand does not
// depend on the withheld sectors' names.
func TestPairCellsShowHidden(t *testing.T) {
	key, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{7}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	bit := func(ks ...int) []uint64 {
		var w uint64
		for _, k := range ks {
			w |= 1 << k
		}
		return []uint64{w}
	}
	// the pairs of sectors, in pairIndex order
	pairsOf := func(secs []string, weight func(a, b string) float64) []Pair {
		var out []Pair
		for a := range secs {
			for b := a + 1; b < len(secs); b++ {
				out = append(out, Pair{A: secs[a], B: secs[b], Weight: weight(secs[a], secs[b]), Only: -1})
			}
		}
		return out
	}
	net := &graph.Network{Level: graph.PersonLevel, Nodes: []graph.Node{{ID: "p0"}, {ID: "p1"}, {ID: "p2"}}}
	t.Run("without names", func(t *testing.T) {
		rows := func(hidden string) []result.PairBridge {
			// the withheld sectors reckoned as one, named as the first of
			// them (mergeSectors)
			secs := []string{"ekonomi", "pendidikan", hidden}
			if hidden < "ekonomi" {
				secs = []string{hidden, "ekonomi", "pendidikan"}
			}
			r := &Result{Net: net, Sectors: secs, Pairs: pairsOf(secs, func(a, b string) float64 { return float64(len(a) + len(b)) })}
			for k := range r.Pairs {
				r.Pairs[k].Carriers = k + 1
			}
			r.Options.Listed = 30
			plan := &Plan{MinGroup: 5, Sectors: map[string]bool{hidden: true, "zzz": true}, Units: map[string]bool{}}
			tb := r.Tables(Identity{Key: key}, plan, "en")
			if got := sectorsOf(tb.Pairs); len(got) != len(r.Sectors) || !got[Hidden] {
				t.Errorf("withheld %s: the pair rows name %d sectors (%v), the reasons count %d: want the same, * among them", hidden, len(got), got, len(r.Sectors))
			}
			if tb.Withheld.Rows != 2 {
				t.Errorf("withheld %s: %d pairs with a withheld sector counted, want 2", hidden, tb.Withheld.Rows)
			}
			return tb.Pairs
		}
		// "aaa" sorts before every shown sector, "sss" between them: the
		// same rows
		a, s := rows("aaa"), rows("sss")
		for i := range a {
			a[i].CrossSectorWeight, a[i].Carriers, a[i].CarriersClass = 0, 0, ""
			s[i].CrossSectorWeight, s[i].Carriers, s[i].CarriersClass = 0, 0, ""
		}
		if !reflect.DeepEqual(a, s) {
			t.Errorf("the rows of * stand where the withheld sector's name sorts:\n%v\n%v", a, s)
		}
		if last := a[len(a)-1]; last.SectorA != Hidden || last.SectorB != "pendidikan" {
			t.Errorf("last row %s — %s, want * — pendidikan", last.SectorA, last.SectorB)
		}
	})
	t.Run("reveal", func(t *testing.T) {
		secs := []string{"ekonomi", "keuangan", "pendidikan", "sosial"}
		r := &Result{Net: net, Sectors: secs, Pairs: pairsOf(secs, func(a, b string) float64 { return 1 })}
		// pairIndex: 0 ekonomi-keuangan, 1 ekonomi-pendidikan, 2
		// ekonomi-sosial, 3 keuangan-pendidikan, 4 keuangan-sosial, 5
		// pendidikan-sosial
		r.People = []Person{{Node: 0, pairs: bit(0, 2)}, {Node: 1, pairs: bit(2, 1)}, {Node: 2, pairs: bit(4)}}
		carriers := make([]int, len(r.Pairs))
		for _, p := range r.People {
			for k := range r.Pairs {
				if p.pairs[0]&(1<<k) != 0 {
					carriers[k]++
				}
			}
		}
		for k := range r.Pairs {
			r.Pairs[k].Carriers = carriers[k]
		}
		r.Options.Listed = 30
		plan := &Plan{MinGroup: 5, Sectors: map[string]bool{"keuangan": true, "sosial": true}, Units: map[string]bool{}}
		tb := r.Tables(Identity{Key: key, Reveal: true}, plan, "en")
		type cell struct {
			a, b     string
			w        float64
			carriers int
		}
		var got []cell
		for _, p := range tb.Pairs {
			got = append(got, cell{p.SectorA, p.SectorB, p.CrossSectorWeight, p.Carriers})
		}
		// * — ekonomi: p0 (ekonomi-keuangan and ekonomi-sosial, once) and
		// p1 (ekonomi-sosial); * — pendidikan: nobody; * — *: p2
		want := []cell{{"ekonomi", "pendidikan", 1, 1}, {Hidden, "ekonomi", 2, 2}, {Hidden, "pendidikan", 2, 0}, {Hidden, Hidden, 1, 1}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("pair rows %v, want %v", got, want)
		}
		if tb.Withheld.Rows != 5 {
			t.Errorf("%d pairs with a withheld sector counted, want 5", tb.Withheld.Rows)
		}
		for _, p := range tb.Pairs {
			if strings.Contains(p.SectorA+p.SectorB, "keuangan") || strings.Contains(p.SectorA+p.SectorB, "sosial") {
				t.Errorf("a pair row names a withheld sector: %s — %s", p.SectorA, p.SectorB)
			}
		}
	})
}

// sectorsOf is the set of sectors the pair rows name.
func sectorsOf(rows []result.PairBridge) map[string]bool {
	out := map[string]bool{}
	for _, p := range rows {
		out[p.SectorA], out[p.SectorB] = true, true
	}
	return out
}
