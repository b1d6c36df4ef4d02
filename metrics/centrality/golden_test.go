package centrality

import (
	"math"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// golden is one file of testdata/golden/centrality, written by
// testdata/reference/centrality.py with NetworkX 2.8.8, python-igraph 0.10.2
// and SciPy 1.10.1 (the versions are in the file's "tools").
type golden struct {
	Graph             string            `json:"graph"`
	N                 int               `json:"n"`
	Tools             map[string]string `json:"tools"`
	Labels            []string          `json:"labels"`
	Betweenness       []float64         `json:"betweenness"`        // NetworkX on exact rational distances
	BetweennessFloat  []float64         `json:"betweenness_float"`  // NetworkX on float distances
	BetweennessIgraph []float64         `json:"betweenness_igraph"` // igraph, epsilon comparison
	Harmonic          []float64         `json:"harmonic"`
	PageRank          []float64         `json:"pagerank"`
	Eigenvector       []float64         `json:"eigenvector"`
}

func loadGolden(t *testing.T, name string) *golden {
	t.Helper()
	var g golden
	refgraph.LoadGolden(t, "centrality", name, "/usr/bin/python3 testdata/reference/centrality.py", &g)
	return &g
}

// relTol is the contract's agreement with NetworkX: 1e-6 relative.
const relTol = 1e-6

// compare checks got against want node by node with refgraph.RelClose
// (relative; absolute only where want is 0) and reports the largest
// relative difference seen.
func compare(t *testing.T, what string, got, want []float64, labels []string) float64 {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d values, want %d", what, len(got), len(want))
	}
	worst := 0.0
	for i := range want {
		if !refgraph.RelClose(got[i], want[i], relTol) {
			t.Errorf("%s[%s] = %.17g, want %.17g", what, labels[i], got[i], want[i])
		}
		if want[i] != 0 {
			worst = max(worst, math.Abs(got[i]-want[i])/math.Abs(want[i]))
		}
	}
	return worst
}

// arpackNoise bounds the roundoff SciPy's ARPACK leaves in
// eigenvector_centrality_numpy where the exact value is 0: measured at most
// 3.6e-18 on the random graph (nodes 297-299), where the smallest non-zero
// entry of the unit vector is 0.020 (0.0185 over all five graphs).
const arpackNoise = 1e-15

// structuralZeros returns want with the nodes outside the connected
// component of its largest entry set to 0: the principal eigenvector lives
// on that component, so every other node's centrality is exactly 0 (on the
// random graph the two-node component 297-298 and the isolated 299). It
// fails t where the golden value there is more than ARPACK's roundoff.
func structuralZeros(t *testing.T, g *graph.CSR, want []float64, labels []string) []float64 {
	t.Helper()
	top := 0
	for i := range want {
		if want[i] > want[top] {
			top = i
		}
	}
	in := make([]bool, g.N)
	in[top] = true
	for q := []int32{int32(top)}; len(q) > 0; q = q[1:] {
		adj, _ := g.Neighbors(int(q[0]))
		for _, v := range adj {
			if !in[v] {
				in[v] = true
				q = append(q, v)
			}
		}
	}
	out := append([]float64(nil), want...)
	for i := range out {
		if !in[i] {
			if math.Abs(out[i]) > arpackNoise {
				t.Errorf("eigenvector[%s] = %g in the golden file, outside the leading component: want 0 up to %g", labels[i], out[i], arpackNoise)
			}
			out[i] = 0
		}
	}
	return out
}

func TestGolden(t *testing.T) {
	for _, rg := range refgraph.All(t) {
		t.Run(rg.Name, func(t *testing.T) {
			want := loadGolden(t, rg.Name)
			u := rg.Undirected
			if u.N != want.N {
				t.Fatalf("n = %d, golden has %d", u.N, want.N)
			}
			for i, l := range rg.Labels {
				if l != want.Labels[i] {
					t.Fatalf("node %d is %q, golden has %q: node order differs from refgraph", i, l, want.Labels[i])
				}
			}

			bh, harm, err := BetweennessHarmonic(u, BetweennessOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !bh.Exact {
				t.Fatalf("betweenness of %d nodes was sampled", u.N)
			}
			t.Logf("betweenness vs NetworkX (rational): max rel diff %.2g", compare(t, "betweenness", bh.Values, want.Betweenness, want.Labels))
			t.Logf("betweenness vs igraph: max rel diff %.2g", compare(t, "betweenness(igraph)", bh.Values, want.BetweennessIgraph, want.Labels))
			t.Logf("harmonic: max rel diff %.2g", compare(t, "harmonic", harm, want.Harmonic, want.Labels))

			b, err := Betweenness(u, BetweennessOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for i := range b.Values {
				if b.Values[i] != bh.Values[i] {
					t.Fatalf("Betweenness and BetweennessHarmonic differ at node %d: %v vs %v", i, b.Values[i], bh.Values[i])
				}
			}
			h, err := Harmonic(u)
			if err != nil {
				t.Fatal(err)
			}
			compare(t, "Harmonic", h, want.Harmonic, want.Labels)

			d := rg.Directed
			if d == nil {
				d = u
			}
			pr, err := PageRank(d, PageRankOptions{})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("pagerank (%d iterations): max rel diff %.2g", pr.Iterations, compare(t, "pagerank", pr.Values, want.PageRank, want.Labels))

			ev, err := Eigenvector(u)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("eigenvector (lambda %.6g): max rel diff %.2g", ev.Eigenvalue, compare(t, "eigenvector", ev.Values, structuralZeros(t, u, want.Eigenvector, want.Labels), want.Labels))
		})
	}
}

// TestBetweennessFloatTies shows the tie rule on karate, whose integer
// weights make distances like 1/3 + 1/6 and 1/2 equal in exact arithmetic
// but not after rounding: with exact float comparison sekat reproduces
// NetworkX 2.8.8's float result; with the default tolerance it reproduces
// NetworkX on rational distances (TestGolden). The members whose value
// depends on the rule are the same on both sides: the 8 members 1, 2, 3,
// 14, 28, 32, 33 and 34, where NetworkX float and rational differ by 4.7e-4
// to 1.9e-3 (testdata/golden/centrality/karate.json, written by
// testdata/reference/centrality.py).
func TestBetweennessFloatTies(t *testing.T) {
	rg := refgraph.Karate(t)
	want := loadGolden(t, "karate")
	exactCmp, err := Betweenness(rg.Undirected, BetweennessOptions{TieTolerance: -1})
	if err != nil {
		t.Fatal(err)
	}
	compare(t, "betweenness(exact comparison) vs NetworkX float", exactCmp.Values, want.BetweennessFloat, want.Labels)
	def, err := Betweenness(rg.Undirected, BetweennessOptions{})
	if err != nil {
		t.Fatal(err)
	}
	compare(t, "betweenness(default) vs NetworkX rational", def.Values, want.Betweenness, want.Labels)
	// differing lists the members whose two values differ by more than
	// 1e-6 relative.
	differing := func(a, b []float64) []string {
		var out []string
		for i := range a {
			if !refgraph.RelClose(a[i], b[i], relTol) {
				out = append(out, want.Labels[i])
			}
		}
		return out
	}
	nx := differing(want.Betweenness, want.BetweennessFloat)
	if got, wantN := strings.Join(nx, " "), "1 2 3 14 28 32 33 34"; got != wantN {
		t.Fatalf("golden file: NetworkX float and rational differ at members %s, want %s", got, wantN)
	}
	if got, wantN := strings.Join(differing(def.Values, exactCmp.Values), " "), strings.Join(nx, " "); got != wantN {
		t.Errorf("the tie rules differ at members %q, NetworkX float and rational at %q", got, wantN)
	}
}

// TestWeightOrderInvariance: a tie weight that reaches the CSR as a sum of
// parts (several meetings, several letters) may differ from the same weight
// given whole in the last bit. Path 0-1-2 has weights 0.6 and 0.6 (length
// 1/0.6 + 1/0.6 = 3.3333333333333335); the edge 0-2 has weight 0.3 (length
// 1/0.3 = 3.3333333333333335, a tie), given whole or as 0.1 + 0.2, which
// sums to 0.30000000000000004 (length 3.333333333333333). With the default tie tolerance
// node 1 keeps betweenness 1/2 (half the 0-2 paths, both ways, over
// (n-1)(n-2) = 2) either way; exact comparison flips it to 0.
func TestWeightOrderInvariance(t *testing.T) {
	whole := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 0.6}, {U: 1, V: 2, W: 0.6}, {U: 0, V: 2, W: 0.3}}, true)
	parts := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 0.6}, {U: 1, V: 2, W: 0.6}, {U: 0, V: 2, W: 0.1}, {U: 2, V: 0, W: 0.2}}, true)
	if w, _ := parts.Weight(0, 2); w == 0.3 {
		t.Fatal("the parts sum to exactly 0.3; the test needs a rounding difference")
	}
	for _, tc := range []struct {
		name string
		tie  float64
		want [2]float64 // node 1 with the whole weight, with the parts
	}{
		{"default tolerance", 0, [2]float64{0.5, 0.5}},
		{"exact comparison", -1, [2]float64{0.5, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for i, g := range []*graph.CSR{whole, parts} {
				b, err := Betweenness(g, BetweennessOptions{TieTolerance: tc.tie})
				if err != nil {
					t.Fatal(err)
				}
				if got := b.Values[1]; !refgraph.RelClose(got, tc.want[i], 1e-12) {
					t.Errorf("graph %d: betweenness of node 1 = %v, want %v", i, got, tc.want[i])
				}
			}
		})
	}
}
