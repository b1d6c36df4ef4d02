package people

import (
	"bytes"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// carrierStudy builds the study of the pairs-lost tests: four sectors,
// their six pairs (pairIndex: 0 ekonomi-keuangan, 1 ekonomi-pendidikan, 2
// ekonomi-sosial, 3 keuangan-pendidikan, 4 keuangan-sosial, 5
// pendidikan-sosial) and three people: p0 the only carrier of 0 and 1, p1
// of 3, p2 of 4 and 5; p0 and p1 both carry 2. formalBy[i], when not
// empty, makes person i a formal coordinator (FormalBy, rank 0); the
// informal people are ranked 1, 2, ... in order. It returns the result,
// with the pairs' carriers and each person's PairsOnly counted, Listed 30
// and ReachWeight 5, and a fixed key.
func carrierStudy(t *testing.T, formalBy [3]string) (*Result, Key) {
	t.Helper()
	key, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{9}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	secs := []string{"ekonomi", "keuangan", "pendidikan", "sosial"}
	var pairs []Pair
	for a := range secs {
		for b := a + 1; b < len(secs); b++ {
			pairs = append(pairs, Pair{A: secs[a], B: secs[b], Weight: 1, Only: -1})
		}
	}
	carry := [][]int{{0, 1, 2}, {2, 3}, {4, 5}}
	net := &graph.Network{Level: graph.PersonLevel, Nodes: []graph.Node{{ID: "p0"}, {ID: "p1"}, {ID: "p2"}}}
	r := &Result{Net: net, Sectors: secs, Pairs: pairs}
	for i, ks := range carry {
		var w uint64
		for _, k := range ks {
			w |= 1 << k
			r.Pairs[k].Carriers++
			if r.Pairs[k].Carriers == 1 {
				r.Pairs[k].Only = i
			} else {
				r.Pairs[k].Only = -1
			}
		}
		p := Person{Node: int32(i), Class: Informal, Rank: len(r.Informal) + 1, Score: float64(30 - i), Passes: true, pairs: []uint64{w}, Pairs: len(ks)}
		if formalBy[i] != "" {
			p.Class, p.FormalBy, p.Rank = Formal, formalBy[i], 0
			r.Formal = append(r.Formal, i)
		} else {
			r.Informal = append(r.Informal, i)
		}
		r.People = append(r.People, p)
	}
	for k := range r.Pairs {
		if r.Pairs[k].Carriers == 1 {
			r.People[r.Pairs[k].Only].PairsOnly++
		}
	}
	r.Options.Listed, r.Options.ReachWeight = 30, 5
	return r, key
}
