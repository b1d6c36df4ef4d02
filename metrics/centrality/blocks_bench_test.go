package centrality

import "testing"

// BenchmarkBetweenness_2k is exact weighted betweenness on 2,000 nodes and
// 20,000 edges (the graph of BenchmarkBetweenness_10k at a fifth of the
// size): 63 blocks of sources, enough to measure the worker pool's cost
// in a few seconds where the 10k run takes minutes on a loaded machine.
// edge/s counts edges times sources per second.
func BenchmarkBetweenness_2k(b *testing.B) {
	g := benchUndirected(2000, 20000, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Betweenness(g, BetweennessOptions{Exact: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(g.Edges()/2)*float64(g.N)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}
