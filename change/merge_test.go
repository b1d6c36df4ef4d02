package change

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestMergeEdgesSumsAsAPass: mergeEdges gives, bit for bit, what summing
// the lists in turn through a map gives (Frame.Network's former way),
// sorted by pair: random sorted lists of random values (sums that depend
// on their order), some lists given twice and out of order, as a block
// bootstrap gives them, and empty ones.
func TestMergeEdgesSumsAsAPass(t *testing.T) {
	for seed := range uint64(200) {
		rng := rand.New(rand.NewPCG(seed, 7))
		nodes := int32(1 + rng.IntN(30))
		blocks := make([][]graph.Edge, 1+rng.IntN(12))
		for b := range blocks {
			seen := map[[2]int32]bool{}
			for range rng.IntN(60) {
				u, v := rng.Int32N(nodes), rng.Int32N(nodes)
				if seen[[2]int32{u, v}] {
					continue
				}
				seen[[2]int32{u, v}] = true
				e := graph.Edge{From: u, To: v, Weight: rng.NormFloat64() * math.Pow(10, float64(rng.IntN(12)-6))}
				for l := range graph.NumLayers {
					e.Layers[l] = rng.Float64() / float64(1+rng.IntN(7))
				}
				blocks[b] = append(blocks[b], e)
			}
			slices.SortFunc(blocks[b], func(a, b graph.Edge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
		}
		var lists [][]graph.Edge
		for range rng.IntN(2 * len(blocks)) {
			lists = append(lists, blocks[rng.IntN(len(blocks))])
		}
		// The reference: the lists in turn, a map of the pairs.
		idx := map[[2]int32]int{}
		var want []graph.Edge
		for _, es := range lists {
			for _, e := range es {
				j, ok := idx[[2]int32{e.From, e.To}]
				if !ok {
					j = len(want)
					idx[[2]int32{e.From, e.To}] = j
					want = append(want, graph.Edge{From: e.From, To: e.To})
				}
				for l := range graph.NumLayers {
					want[j].Layers[l] += e.Layers[l]
				}
				want[j].Weight += e.Weight
			}
		}
		slices.SortFunc(want, func(a, b graph.Edge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
		n := mergeEdges(lists, nil)
		if n != len(want) {
			t.Fatalf("seed %d: %d pairs counted, want %d", seed, n, len(want))
		}
		got := make([]graph.Edge, n)
		if m := mergeEdges(lists, got); m != n {
			t.Fatalf("seed %d: %d pairs merged, %d counted", seed, m, n)
		}
		for i := range want {
			g, w := got[i], want[i]
			same := g.From == w.From && g.To == w.To && math.Float64bits(g.Weight) == math.Float64bits(w.Weight)
			for l := range graph.NumLayers {
				same = same && math.Float64bits(g.Layers[l]) == math.Float64bits(w.Layers[l])
			}
			if !same {
				t.Fatalf("seed %d: pair %d: got %+v, want %+v", seed, i, g, w)
			}
		}
	}
}

// TestVerdictSmallChange: a change significant after Holm but smaller
// than the minimum change is "significant but small", not "no
// significant change" (the session-14 review saw p 0.014 labelled "tidak
// berubah bermakna"), and is not reported as opened or closed.
func TestVerdictSmallChange(t *testing.T) {
	for _, tc := range []struct {
		change, p float64
		want      Verdict
	}{{0.02, 0.014, SmallChange}, {0.02, 0.2, NoChange}, {-0.3, 0.01, Opened}, {0.3, 0.01, Closed}, {-0.05, 0.001, SmallChange}} {
		gc := &GroupChange{Tested: true, Present: "both", Homophily: Measure{Change: tc.change, PAdjusted: tc.p}}
		if got := verdictOf(gc, true, 0.05, 0.1); got != tc.want {
			t.Errorf("change %v, p %v: %q, want %q", tc.change, tc.p, got, tc.want)
		}
		gc.Verdict = verdictOf(gc, true, 0.05, 0.1)
		if gc.Reported() != (tc.want == Opened || tc.want == Closed) {
			t.Errorf("change %v, p %v: reported %v", tc.change, tc.p, gc.Reported())
		}
	}
}
