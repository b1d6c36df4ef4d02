package planted

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// checkCSR verifies the CSR invariants of an undirected graph: sorted rows
// without repeats or self-loops, and every arc mirrored with the same weight.
func checkCSR(t *testing.T, g *graph.CSR) {
	t.Helper()
	if len(g.Start) != g.N+1 || int(g.Start[g.N]) != len(g.Adj) || len(g.Adj) != len(g.W) {
		t.Fatalf("bad lengths: N=%d start=%d adj=%d w=%d", g.N, len(g.Start), len(g.Adj), len(g.W))
	}
	for u := 0; u < g.N; u++ {
		adj, w := g.Neighbors(u)
		for i, v := range adj {
			if int(v) == u {
				t.Fatalf("self-loop at %d", u)
			}
			if i > 0 && adj[i-1] >= v {
				t.Fatalf("row %d not strictly sorted", u)
			}
			back, ok := g.Weight(int(v), u)
			if !ok || back != w[i] {
				t.Fatalf("arc %d->%d weight %v, back %v %v", u, v, w[i], back, ok)
			}
		}
	}
}

func TestGenerate(t *testing.T) {
	// wantInside is the expected share of edge weight inside blocks: 1 -
	// mixing, 1 for a single block (there is no outside), 0 for one-node
	// blocks (there is no inside). The draws are random, so the share is
	// checked to within 0.05; for "small" (1,500 edges at mixing 0.2,
	// weights 1..5) that is 4.4 standard deviations of the weighted share
	// (sd = sqrt(0.2*0.8/1500 * E[w²]/E[w]²) = 0.0114).
	tests := []struct {
		name            string
		n, block, edges int
		mixing          float64
		wantNoEdges     bool
		wantInside      float64
	}{
		{name: "small", n: 200, block: 20, edges: 1500, mixing: 0.2, wantInside: 0.8},
		{name: "one block", n: 30, block: 100, edges: 200, mixing: 0.5, wantInside: 1},
		{name: "one-node blocks", n: 10, block: 1, edges: 50, mixing: 0, wantInside: 0},
		{name: "no edges", n: 10, block: 5, edges: 0, wantNoEdges: true},
		{name: "single node", n: 1, block: 5, edges: 10, wantNoEdges: true},
		{name: "empty", n: 0, block: 5, edges: 10, wantNoEdges: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Generate(tt.n, tt.block, tt.edges, tt.mixing, 7)
			checkCSR(t, g)
			if tt.wantNoEdges {
				if g.Edges() != 0 {
					t.Fatalf("got %d arcs, want 0", g.Edges())
				}
				return
			}
			total, inside := 0.0, 0.0
			b := Blocks(tt.n, tt.block)
			for u := 0; u < g.N; u++ {
				adj, w := g.Neighbors(u)
				for i, v := range adj {
					total += w[i]
					if b[u] == b[v] {
						inside += w[i]
					}
				}
			}
			// Every drawn edge has weight 1..5 and is stored twice.
			if total < 2*float64(tt.edges) || total > 10*float64(tt.edges) {
				t.Errorf("total stored weight %v outside [%d, %d]", total, 2*tt.edges, 10*tt.edges)
			}
			if got := inside / total; math.Abs(got-tt.wantInside) > 0.05 {
				t.Errorf("inside share %v, want %v ± 0.05", got, tt.wantInside)
			}
		})
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a := Generate(500, 50, 3000, 0.3, 42)
	b := Generate(500, 50, 3000, 0.3, 42)
	c := Generate(500, 50, 3000, 0.3, 43)
	same := func(x, y *graph.CSR) bool {
		if len(x.Adj) != len(y.Adj) {
			return false
		}
		for i := range x.Adj {
			if x.Adj[i] != y.Adj[i] || x.W[i] != y.W[i] {
				return false
			}
		}
		return true
	}
	if !same(a, b) {
		t.Error("same seed gave different graphs")
	}
	if same(a, c) {
		t.Error("different seeds gave the same graph")
	}
}
