package centrality

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// TestPairSearchUniform: the bidirectional search draws every shortest s-t
// path with probability 1/sigma_st, so a node v is inner to a draw with
// probability sigma_sv sigma_vt / sigma_st (two full Dijkstra runs give
// the exact value). Checked on graphs with many tied shortest paths (a
// 6 x 7 grid of unit ties; a random graph with weights 1 and 2, where
// distances 1 and 0.5 add up to equal lengths along different routes) for
// pairs near and far, 20,000 draws each, every node within 5 standard
// errors (plus 1e-3) of the exact probability; a node off every shortest
// path is never counted.
func TestPairSearchUniform(t *testing.T) {
	twoWeights := func() *graph.CSR {
		r := rand.New(rand.NewPCG(17, 4))
		var a []graph.Arc
		for range 160 {
			u, v := int32(r.IntN(60)), int32(r.IntN(60))
			if u != v {
				a = append(a, e(u, v, float64(1+r.IntN(2))))
			}
		}
		return und(60, a...)
	}()
	tests := []struct {
		name  string
		g     *graph.CSR
		pairs [][2]int32
	}{
		{"grid 6x7", grid(6, 7), [][2]int32{{0, 41}, {3, 38}, {7, 20}, {0, 1}}},
		{"weights 1 and 2", twoWeights, [][2]int32{{0, 59}, {5, 44}, {12, 13}, {30, 2}}},
	}
	const draws = 20000
	for _, tc := range tests {
		dist := arcDistances(tc.g)
		p := newPairSearch(tc.g, dist, DefaultTieTolerance)
		fs, ts := newSSSP(tc.g, dist, DefaultTieTolerance), newSSSP(tc.g, dist, DefaultTieTolerance)
		rng := rand.New(rand.NewPCG(1, 2))
		for _, pr := range tc.pairs {
			s, tt := pr[0], pr[1]
			fs.run(s, -1)
			ts.run(tt, -1)
			if ts.st[s].mark != settled {
				t.Fatalf("%s: %d and %d are not connected; pick another pair", tc.name, s, tt)
			}
			d, sst := fs.st[tt].d, fs.sd[tt].sigma
			counts := make([]int64, tc.g.N)
			for range draws {
				p.sample(s, tt, rng, counts)
			}
			for v := int32(0); v < int32(tc.g.N); v++ {
				want := 0.0
				if v != s && v != tt && fs.st[v].mark == settled && ts.st[v].mark == settled &&
					math.Abs(fs.st[v].d+ts.st[v].d-d) <= 1e-9*d {
					want = fs.sd[v].sigma * ts.sd[v].sigma / sst
				}
				got := float64(counts[v]) / draws
				se := math.Sqrt(want * (1 - want) / draws)
				if want == 0 && counts[v] != 0 || math.Abs(got-want) > 5*se+1e-3 {
					t.Errorf("%s, pair %d-%d (%g paths): node %d inner in %.4f of draws, want %.4f", tc.name, s, tt, sst, v, got, want)
				}
			}
			fs.reset()
			ts.reset()
		}
	}
}

// TestScanPredsMatchesRun: on graphs with many equal-length paths (weights
// 1 and 2, a grid, karate, and repeated arcs summed in different orders
// so that twin weights may differ in the last bits), a search settled to
// the end by settleMeet gives, through scanPreds, every node's
// predecessors exactly as run lists them, in the same order, with the
// same distances and path counts.
func TestScanPredsMatchesRun(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var rep, ints []graph.Arc
	for range 600 {
		u, v := int32(r.IntN(80)), int32(r.IntN(80))
		if u != v {
			// thirds: sums of repeated arcs whose last bits depend on order
			rep = append(rep, e(u, v, float64(1+r.IntN(3))/3))
		}
	}
	for range 900 {
		u, v := int32(r.IntN(300)), int32(r.IntN(300))
		if u != v {
			ints = append(ints, e(u, v, float64(1+r.IntN(2))))
		}
	}
	tests := []struct {
		name string
		g    *graph.CSR
	}{
		{"grid 6x7", grid(6, 7)},
		{"random weights 1 and 2", und(300, ints...)},
		{"random real weights", randomGraph(300, 900, 4, false)},
		{"repeated thirds", und(80, rep...)},
		{"karate", refgraph.Karate(t).Undirected},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.g
			dist := arcDistances(g)
			want, got := newSSSP(g, dist, DefaultTieTolerance), newSSSP(g, dist, DefaultTieTolerance)
			compared := 0
			for src := int32(0); src < int32(g.N); src++ {
				want.run(src, -1)
				got.start(src)
				for len(got.heap) > 0 {
					got.settleMeet(nil, nil)
				}
				if !slices.Equal(want.order, got.order) {
					t.Fatalf("source %d: settle orders differ", src)
				}
				for _, w := range want.order[1:] {
					if want.st[w].d != got.st[w].d || want.sd[w].sigma != got.sd[w].sigma {
						t.Fatalf("source %d node %d: distance or paths differ", src, w)
					}
					if p, q := want.preds(w), got.scanPreds(w); !slices.Equal(p, q) {
						t.Fatalf("source %d node %d: run lists predecessors %v, scanPreds %v", src, w, p, q)
					}
					compared++
				}
				want.reset()
				got.reset()
			}
			if compared == 0 {
				t.Fatal("nothing compared")
			}
		})
	}
}

// grid is the rows x cols grid of unit ties: many shortest paths of
// equal length between most pairs.
func grid(rows, cols int) *graph.CSR {
	var a []graph.Arc
	id := func(r, c int) int32 { return int32(r*cols + c) }
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if c+1 < cols {
				a = append(a, e(id(r, c), id(r, c+1), 1))
			}
			if r+1 < rows {
				a = append(a, e(id(r, c), id(r+1, c), 1))
			}
		}
	}
	return und(rows*cols, a...)
}
