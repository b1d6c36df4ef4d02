package community

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// twoCliques is two K_size cliques (unit weights) joined by one edge
// between node size-1 and node size.
func twoCliques(size int) *graph.CSR {
	var e [][3]float64
	for off := 0; off < 2*size; off += size {
		for i := 0; i < size; i++ {
			for j := i + 1; j < size; j++ {
				e = append(e, [3]float64{float64(off + i), float64(off + j), 1})
			}
		}
	}
	e = append(e, [3]float64{float64(size - 1), float64(size), 1})
	return undirected(2*size, e...)
}

func repeat(x float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = x
	}
	return out
}

func TestStability(t *testing.T) {
	g := twoCliques(6)
	halves := []int32{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}
	tests := []struct {
		name     string
		g        *graph.CSR
		reported []int32
		runs     int
		want     []float64
	}{
		// Every run finds the two cliques.
		{"two cliques", g, halves, 8, repeat(1, 12)},
		{"two cliques, other ids", g, []int32{9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4, 4}, 3, repeat(1, 12)},
		// Reported as one community: the run's community 0 (node 0's clique,
		// smaller id on the tie of overlaps 6 and 6) is its match, so its
		// nodes agree and the other clique's do not.
		{"merged report", g, make([]int32, 12), 5, append(repeat(1, 6), repeat(0, 6)...)},
		// Reported as thirds: each clique matches the third it overlaps
		// most, the first third (ids 0..3) for clique 0 and the last third
		// (ids 8..11) for clique 1; the middle third agrees nowhere.
		{"split report", g, []int32{0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}, 4,
			[]float64{1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1}},
		{"zero runs", g, halves, 0, nil},
		{"short report", g, halves[:5], 3, nil},
		{"negative id", g, append([]int32{-1}, halves[1:]...), 3, nil},
		{"nil graph", nil, nil, 3, nil},
		{"no nodes", graph.NewCSR(0, nil, true), []int32{}, 2, []float64{}},
		// Isolated nodes are singletons in every run.
		{"no edges", graph.NewCSR(3, nil, true), []int32{5, 6, 7}, 2, repeat(1, 3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Stability(tt.g, Options{Seed: 3}, tt.runs, tt.reported)
			if (got == nil) != (tt.want == nil) || !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestStabilityProperties: on every reference graph, values are k/runs in
// [0,1], they do not depend on GOMAXPROCS, and they equal the runs redone
// one after another with the documented seeds (the i-th Uint64 of
// PCG(Seed, 0x57ab1e)).
func TestStabilityProperties(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	const runs = 6
	for _, r := range refgraph.All(t) {
		t.Run(r.Name, func(t *testing.T) {
			g := r.Undirected
			rep := Leiden(g, Options{Seed: 11}).Membership
			runtime.GOMAXPROCS(1)
			one := Stability(g, Options{Seed: 11}, runs, rep)
			runtime.GOMAXPROCS(2)
			two := Stability(g, Options{Seed: 11}, runs, rep)
			if !slices.Equal(one, two) {
				t.Fatalf("GOMAXPROCS 1 gave %v, 2 gave %v", one, two)
			}
			src := rand.New(rand.NewPCG(11, 0x57ab1e))
			cnt := make([]int32, g.N)
			repDense, kr, _ := dense(rep)
			for i := 0; i < runs; i++ {
				res := Leiden(g, Options{Seed: src.Uint64()})
				agree(res.Membership, res.Count, repDense, kr, cnt)
			}
			for v, c := range cnt {
				if want := float64(c) / runs; one[v] != want {
					t.Fatalf("node %d: got %v, sequential runs give %v", v, one[v], want)
				}
			}
			sum := 0.0
			for v, x := range one {
				k := x * runs
				if x < 0 || x > 1 || k != float64(int(k+0.5)) {
					t.Fatalf("node %d: %v is not k/%d in [0,1]", v, x, runs)
				}
				sum += x
			}
			t.Logf("mean stability %.3f", sum/float64(len(one)))
		})
	}
}

// TestAgree checks the matching rule on hand-made partitions.
func TestAgree(t *testing.T) {
	tests := []struct {
		run, rep []int32
		want     []int32
	}{
		// Same partition, other ids.
		{[]int32{0, 0, 1, 1}, []int32{1, 1, 0, 0}, []int32{1, 1, 1, 1}},
		// The run splits reported 0 into 3+1: the larger part agrees.
		{[]int32{0, 0, 0, 1, 2, 2}, []int32{0, 0, 0, 0, 1, 1}, []int32{1, 1, 1, 0, 1, 1}},
		// The run merges reported 0 (3 nodes) and 1 (2 nodes): the larger agrees.
		{[]int32{0, 0, 0, 0, 0}, []int32{0, 0, 0, 1, 1}, []int32{1, 1, 1, 0, 0}},
		// A node that moved: the rest still agree.
		{[]int32{0, 0, 1, 1, 1}, []int32{0, 0, 0, 1, 1}, []int32{1, 1, 0, 1, 1}},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			kp := int(slices.Max(tt.run)) + 1
			kr := int(slices.Max(tt.rep)) + 1
			got := make([]int32, len(tt.run))
			agree(tt.run, kp, tt.rep, kr, got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBestReachesIgraph: the partition analyze reports, the best of the
// seed's run and the 10 stability runs (BestContext), reaches igraph
// 0.10.2's best modularity over its seeds 0..4 on every reference graph,
// for each of seeds 0..4 and the default seed 1; on Lazega's advice
// network one seed alone does not always (a review found the default seed
// at 0.30469 against igraph's 0.30588): the test logs which seeds fall
// short alone. Stability is then the share of the other 10 runs that
// agree with the reported partition, so a multiple of 0.1.
func TestBestReachesIgraph(t *testing.T) {
	graphs := append(refGraphs(t), struct {
		g    *graph.CSR
		gold *golden
	}{refgraph.LazegaAdvice(t).Undirected, loadGolden(t, "lazega_advice")})
	for _, r := range graphs {
		checkSameGraph(t, r.g, r.gold)
		best := r.gold.igraphBest(t)
		short := 0
		for seed := uint64(0); seed < 5; seed++ {
			opt := Options{Seed: seed}
			first := Leiden(r.g, opt)
			if first.Modularity < best-1e-9 {
				short++
			}
			got, stab, err := BestContext(context.Background(), r.g, opt, 10, first)
			if err != nil {
				t.Fatal(err)
			}
			checkPartition(t, r.g, got, 1)
			if got.Modularity < best-1e-9 || got.Modularity < first.Modularity {
				t.Errorf("%s seed %d: best of 11 runs Q %.12f (the seed's own %.12f), want >= igraph best %.12f", r.gold.Graph, seed, got.Modularity, first.Modularity, best)
			}
			for v, x := range stab {
				if k := x * 10; k != math.Round(k) || x < 0 || x > 1 {
					t.Fatalf("%s seed %d: stability of node %d is %v, not a multiple of 0.1", r.gold.Graph, seed, v, x)
				}
			}
			again, stab2, _ := BestContext(context.Background(), r.g, opt, 10, first)
			if !slices.Equal(again.Membership, got.Membership) || !slices.Equal(stab, stab2) {
				t.Errorf("%s seed %d: a second call differs", r.gold.Graph, seed)
			}
		}
		t.Logf("%s: igraph best %.12f; %d of seeds 0-4 fall short alone", r.gold.Graph, best, short)
	}
}
