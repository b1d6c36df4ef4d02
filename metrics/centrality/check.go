package centrality

import (
	"fmt"
	"math"
	"sort"

	"github.com/sekat-ona/sekat/graph"
)

// checkCSR reports whether g is a well-formed CSR with positive finite
// weights, so that no later index or distance can go wrong.
func checkCSR(g *graph.CSR) error {
	if g == nil {
		return fmt.Errorf("centrality: graph is nil")
	}
	if g.N < 0 || g.N > math.MaxInt32 {
		return fmt.Errorf("centrality: node count %d out of range", g.N)
	}
	if len(g.Start) != g.N+1 {
		return fmt.Errorf("centrality: CSR Start has %d entries for %d nodes, want N+1; build the graph with graph.NewCSR", len(g.Start), g.N)
	}
	if g.Start[0] != 0 {
		return fmt.Errorf("centrality: CSR Start[0] = %d, want 0; build the graph with graph.NewCSR", g.Start[0])
	}
	for u := 0; u < g.N; u++ {
		if g.Start[u+1] < g.Start[u] {
			return fmt.Errorf("centrality: CSR Start decreases at node %d; build the graph with graph.NewCSR", u)
		}
	}
	m := g.Start[g.N]
	if int64(len(g.Adj)) != m || int64(len(g.W)) != m {
		return fmt.Errorf("centrality: CSR has %d arcs in Start but %d in Adj and %d in W; build the graph with graph.NewCSR", m, len(g.Adj), len(g.W))
	}
	for u := 0; u < g.N; u++ {
		for k := g.Start[u]; k < g.Start[u+1]; k++ {
			v := g.Adj[k]
			if v < 0 || int(v) >= g.N {
				return fmt.Errorf("centrality: arc %d->%d points outside the %d nodes", u, v, g.N)
			}
			w := g.W[k]
			if !(w > 0) || math.IsInf(w, 0) {
				return fmt.Errorf("centrality: arc %d->%d has weight %v; tie strengths must be positive and finite", u, v, w)
			}
		}
	}
	return nil
}

// checkUndirected additionally requires every arc u->v to have its twin
// v->u with the same weight, as graph.NewCSR(..., true) stores them. The
// weights are compared to 1e-9 relative: NewCSR sums repeated arcs of the
// two directions in different orders, so their last bits may differ.
func checkUndirected(g *graph.CSR) error {
	if err := checkCSR(g); err != nil {
		return err
	}
	for u := 0; u < g.N; u++ {
		for k := g.Start[u]; k < g.Start[u+1]; k++ {
			v := int(g.Adj[k])
			a, b := g.Start[v], g.Start[v+1]
			row := g.Adj[a:b]
			i := sort.Search(len(row), func(i int) bool { return row[i] >= int32(u) })
			if i == len(row) || row[i] != int32(u) || math.Abs(g.W[a+int64(i)]-g.W[k]) > 1e-9*g.W[k] {
				return fmt.Errorf("centrality: arc %d->%d has no twin %d->%d of the same weight; pass the undirected CSR (graph.NewCSR with undirected=true)", u, v, v, u)
			}
		}
	}
	return nil
}
