package centrality

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// benchUndirected is the seeded random graph of the betweenness benchmark:
// n nodes, m distinct undirected edges drawn uniformly, weights uniform in
// [0.5, 10).
func benchUndirected(n, m int, seed uint64) *graph.CSR {
	rng := rand.New(rand.NewPCG(seed, 3))
	seen := make(map[[2]int32]bool, m)
	arcs := make([]graph.Arc, 0, m)
	for len(arcs) < m {
		u, v := int32(rng.IntN(n)), int32(rng.IntN(n))
		if u == v {
			continue
		}
		k := [2]int32{min(u, v), max(u, v)}
		if seen[k] {
			continue
		}
		seen[k] = true
		arcs = append(arcs, graph.Arc{U: u, V: v, W: 0.5 + 9.5*rng.Float64()})
	}
	return graph.NewCSR(n, arcs, true)
}

// BenchmarkBetweenness_10k is exact weighted betweenness on 10,000 nodes and
// 100,000 edges. edge/s counts edges times sources (the edges scanned by
// all the Dijkstra searches) per second.
//
// For testdata/reference/betweenness_speed.py, which times graph-tool and
// igraph on the same graph: SEKAT_BENCH_EDGES=FILE writes the graph ("u v
// w" lines, each edge once) and SEKAT_BENCH_VALUES=FILE the values of the
// last run (one per node, in node order).
func BenchmarkBetweenness_10k(b *testing.B) {
	g := benchUndirected(10000, 100000, 1)
	if name := os.Getenv("SEKAT_BENCH_EDGES"); name != "" {
		writeLines(b, name, func(w *bufio.Writer) {
			for u := 0; u < g.N; u++ {
				for k := g.Start[u]; k < g.Start[u+1]; k++ {
					if v := g.Adj[k]; int32(u) < v {
						fmt.Fprintf(w, "%d %d %s\n", u, v, strconv.FormatFloat(g.W[k], 'g', -1, 64))
					}
				}
			}
		})
	}
	b.ReportAllocs()
	b.ResetTimer()
	var r *BetweennessResult
	for b.Loop() {
		var err error
		if r, err = Betweenness(g, BetweennessOptions{Exact: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(g.Edges()/2)*float64(g.N)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
	if name := os.Getenv("SEKAT_BENCH_VALUES"); name != "" {
		writeLines(b, name, func(w *bufio.Writer) {
			for _, x := range r.Values {
				fmt.Fprintln(w, strconv.FormatFloat(x, 'g', -1, 64))
			}
		})
	}
}

// writeLines writes a file through fill.
func writeLines(b *testing.B, name string, fill func(*bufio.Writer)) {
	f, err := os.Create(name)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fill(w)
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkBetweennessSampled_100k is sampled betweenness (epsilon 0.05,
// delta 0.1) on 100,000 nodes and 1,000,000 edges; edge/s is edges per
// second of the whole estimate.
func BenchmarkBetweennessSampled_100k(b *testing.B) {
	g := benchUndirected(100000, 1000000, 2)
	b.ReportAllocs()
	b.ResetTimer()
	var r *BetweennessResult
	for b.Loop() {
		var err error
		if r, err = Betweenness(g, BetweennessOptions{Sample: true, Epsilon: 0.05}); err != nil {
			b.Fatal(err)
		}
	}
	if r.Exact {
		b.Fatal("not sampled")
	}
	b.ReportMetric(float64(r.Samples), "samples")
	b.ReportMetric(float64(g.Edges()/2)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkHarmonic_10k is harmonic closeness on the betweenness graph.
func BenchmarkHarmonic_10k(b *testing.B) {
	g := benchUndirected(10000, 100000, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Harmonic(g); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(g.Edges()/2)*float64(g.N)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkHarmonicPivots_100k is harmonic closeness from 64 pivots on
// 100,000 nodes and 1,000,000 edges: the pass that dominated person-level
// runs of 50,000-staff provinces. edge/s counts edges times pivots per
// second.
func BenchmarkHarmonicPivots_100k(b *testing.B) {
	g := benchUndirected(100000, 1000000, 2)
	dist := arcDistances(g)
	const k = 64
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := harmonicPivots(context.Background(), g, dist, k, 1, progress.Reporter{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(g.Edges()/2)*k*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkPageRank_1M is PageRank on 100,000 nodes and 1,000,000 random
// weighted arcs; edge/s counts arcs times iterations per second.
func BenchmarkPageRank_1M(b *testing.B) {
	rng := rand.New(rand.NewPCG(4, 5))
	n := 100000
	arcs := make([]graph.Arc, 1000000)
	for i := range arcs {
		arcs[i] = graph.Arc{U: int32(rng.IntN(n)), V: int32(rng.IntN(n)), W: 0.5 + 9.5*rng.Float64()}
	}
	g := graph.NewCSR(n, arcs, false)
	b.ReportAllocs()
	b.ResetTimer()
	iters := 0
	for b.Loop() {
		r, err := PageRank(g, PageRankOptions{})
		if err != nil {
			b.Fatal(err)
		}
		iters += r.Iterations
	}
	b.ReportMetric(float64(g.Edges())*float64(iters)/b.Elapsed().Seconds(), "edge/s")
	b.ReportMetric(float64(iters)/float64(b.N), "iterations")
}

// BenchmarkEigenvector_1M is eigenvector centrality on 100,000 nodes and
// 1,000,000 random weighted edges; edge/s is edges per second of the whole
// computation.
func BenchmarkEigenvector_1M(b *testing.B) {
	g := benchUndirected(100000, 1000000, 6)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Eigenvector(g); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(g.Edges()/2)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkBetweennessSampled_10k is sampled betweenness (epsilon 0.05,
// delta 0.1) on the 10,000-node, 100,000-edge graph of
// BenchmarkBetweenness_10k; edge/s is edges per second of the whole
// estimate.
func BenchmarkBetweennessSampled_10k(b *testing.B) {
	g := benchUndirected(10000, 100000, 1)
	b.ReportAllocs()
	b.ResetTimer()
	var r *BetweennessResult
	for b.Loop() {
		var err error
		if r, err = Betweenness(g, BetweennessOptions{Sample: true, Epsilon: 0.05}); err != nil {
			b.Fatal(err)
		}
	}
	if r.Exact {
		b.Fatal("not sampled")
	}
	b.ReportMetric(float64(r.Samples), "samples")
	b.ReportMetric(float64(g.Edges()/2)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkHarmonicDump compares the two pivot rules on a real-sized
// person network dumped by a profiling run (SEKAT_CENTRALITY_DUMP, the
// format of the broker package's dump benchmark: uint64 n, uint64 arcs,
// n+1 uint64 row starts, the uint32 heads, the float64 weights; skipped
// when unset): rule=hoeffding draws Hoeffding's count for ε_h 0.05 and δ
// 0.1 without replacement (the rule before the checkpoints),
// rule=bernstein stops at the first checkpoint that allows it. Each
// reports its pivots and its bound.
func BenchmarkHarmonicDump(b *testing.B) {
	g, dist := dumpedGraph(b)
	b.Run("rule=hoeffding", func(b *testing.B) {
		k := harmonicPivotCount(g.N, DefaultHarmonicEpsilon, DefaultDelta)
		for b.Loop() {
			if _, err := harmonicPivots(context.Background(), g, dist, k, 1, progress.Reporter{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(k), "pivots")
		b.ReportMetric(harmonicBound(g.N, k, DefaultDelta), "eps_h")
	})
	b.Run("rule=bernstein", func(b *testing.B) {
		p, ok := newHarmonicPlan(g.N, DefaultHarmonicEpsilon, DefaultDelta)
		if !ok {
			b.Skip("no checkpoint plan for this size")
		}
		var k int
		var eps float64
		for b.Loop() {
			var err error
			if _, k, eps, _, err = harmonicStop(context.Background(), g, dist, p, 1, progress.Reporter{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(k), "pivots")
		b.ReportMetric(eps, "eps_h")
	})
}

// BenchmarkSearchWorkDump measures, on a person network dumped by a
// profiling run (SEKAT_CENTRALITY_DUMP, see BenchmarkHarmonicDump; skipped
// when unset), how much work the two path passes do and what each unit of
// it costs, on one goroutine: "betweenness" draws the first 8,192 of the
// sampled pairs exactly as sampled draws them (seed 1) and reports the
// arcs its bidirectional searches scan per pair (arcs/sample) and the time
// per scanned arc (ns/arc); "harmonic" runs full distance searches from the
// first 64 pivots of harmonicStop's stream and reports the arcs per search
// and ns/arc. The arcs are counts, the same on any machine; ns/arc follows
// the memory hierarchy (the README compares the 20,000- and 100,000-staff
// networks).
func BenchmarkSearchWorkDump(b *testing.B) {
	g, dist := dumpedGraph(b)
	b.Run("pass=betweenness", func(b *testing.B) {
		const draws = 8192
		p := newPairSearch(g, dist, DefaultTieTolerance)
		counts := make([]int64, g.N)
		var arcs int64
		for b.Loop() {
			arcs = 0
			for blk := 0; blk*sampleBlock < draws; blk++ {
				rng := rand.New(rand.NewPCG(1, uint64(blk)))
				for range sampleBlock {
					arcs += samplePair(p, rng, g.N, counts)
				}
			}
		}
		b.ReportMetric(float64(arcs)/draws, "arcs/sample")
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(arcs), "ns/arc")
	})
	b.Run("pass=harmonic", func(b *testing.B) {
		const pivots = 64
		rng := rand.New(rand.NewPCG(1, pivotStream))
		s := newDistSearch(g, packArcs32(g, dist))
		var arcs int64
		for b.Loop() {
			arcs = 0
			for range pivots {
				s.run(int32(rng.IntN(g.N)))
				for _, v := range s.order {
					arcs += g.Start[v+1] - g.Start[v]
				}
				s.reset()
			}
		}
		b.ReportMetric(float64(arcs)/pivots, "arcs/search")
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(arcs), "ns/arc")
	})
}

// dumpedGraph reads the network named by SEKAT_CENTRALITY_DUMP (see
// BenchmarkHarmonicDump) and its arc distances, or skips b when unset.
func dumpedGraph(b *testing.B) (*graph.CSR, []float64) {
	name := os.Getenv("SEKAT_CENTRALITY_DUMP")
	if name == "" {
		b.Skip("SEKAT_CENTRALITY_DUMP not set")
	}
	g := refgraph.Dump(b, name)
	return g, arcDistances(g)
}
