package centrality

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// FuzzCentrality builds graphs from bytes (first byte: node count mod 12;
// then triples u, v, weight code) and raw CSRs with corrupted fields, and
// runs every measure: any input gives values or an error, never a panic,
// and values are finite.
func FuzzCentrality(f *testing.F) {
	f.Add([]byte{4, 0, 1, 10, 1, 2, 20, 2, 3, 30, 0, 3, 10})
	f.Add([]byte{5, 0, 1, 1, 2, 3, 1})
	f.Add([]byte{1})
	f.Add([]byte{0})
	f.Add([]byte{3, 0, 1, 255, 1, 2, 0, 2, 0, 128})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		n := int(data[0] % 12)
		var arcs []graph.Arc
		for i := 1; i+2 < len(data) && n > 0; i += 3 {
			// weight codes map to positive weights from 1/64 to 64,
			// code 0 to a zero weight (dropped by NewCSR).
			w := 0.0
			if c := data[i+2]; c > 0 {
				w = math.Pow(2, float64(int(c)%13-6)) * (1 + float64(c)/256)
			}
			arcs = append(arcs, graph.Arc{U: int32(int(data[i]) % n), V: int32(int(data[i+1]) % n), W: w})
		}
		u := graph.NewCSR(n, arcs, true)
		d := graph.NewCSR(n, arcs, false)
		check := func(what string, vals []float64) {
			for i, v := range vals {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("%s[%d] = %v", what, i, v)
				}
			}
		}
		for _, opt := range []BetweennessOptions{{}, {TieTolerance: -1}, {Sample: true, Epsilon: 0.3, Seed: uint64(len(data))}} {
			b, h, err := BetweennessHarmonic(u, opt)
			if err != nil {
				t.Fatalf("undirected CSR from NewCSR: %v", err)
			}
			check("betweenness", b.Values)
			check("harmonic", h)
		}
		if _, err := Betweenness(d, BetweennessOptions{}); err == nil && d.Edges() > 0 && len(arcs) > 0 {
			// a directed CSR is accepted only if it happens to be symmetric
			if err := checkUndirected(d); err != nil {
				t.Fatalf("asymmetric CSR accepted: %v", err)
			}
		}
		pr, err := PageRank(d, PageRankOptions{})
		if err != nil {
			t.Fatalf("pagerank: %v", err)
		}
		check("pagerank", pr.Values)
		ev, err := Eigenvector(u)
		if err != nil {
			t.Fatalf("eigenvector: %v", err)
		}
		check("eigenvector", ev.Values)

		// Corrupt the CSR in the way the data says: errors, not panics.
		if n > 0 && len(u.Adj) > 0 {
			bad := &graph.CSR{N: u.N, Start: append([]int64(nil), u.Start...), Adj: append([]int32(nil), u.Adj...), W: append([]float64(nil), u.W...)}
			k := int(data[len(data)-1]) % len(bad.Adj)
			switch data[len(data)-1] % 4 {
			case 0:
				bad.Adj[k] = int32(n + int(data[0]))
			case 1:
				bad.W[k] = -bad.W[k]
			case 2:
				bad.Start[n] += int64(data[0]) + 1
			case 3:
				bad.W[k] = math.NaN()
			}
			if _, err := Betweenness(bad, BetweennessOptions{}); err == nil {
				t.Fatal("corrupt CSR accepted by Betweenness")
			}
			if _, err := PageRank(bad, PageRankOptions{}); err == nil {
				t.Fatal("corrupt CSR accepted by PageRank")
			}
			if _, err := Eigenvector(bad); err == nil {
				t.Fatal("corrupt CSR accepted by Eigenvector")
			}
		}
	})
}
