package centrality

import (
	"fmt"
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// starGolden is testdata/golden/centrality/star.json, written by
// testdata/reference/star.py with NetworkX 2.8.8 and SciPy 1.10.1.
type starGolden struct {
	N           int               `json:"n"`
	Leaves      int               `json:"leaves"`
	SmallLeaves int               `json:"small_leaves"`
	Tools       map[string]string `json:"tools"`
	Eigenvector []float64         `json:"eigenvector"`
}

// starGraph builds the graph of testdata/reference/star.py: a star of
// leaves leaves with weights (1 + i%5)/5, a star of small leaves with weight
// 1, and two isolated nodes.
func starGraph(leaves, small int) *graph.CSR {
	var arcs []graph.Arc
	for i := 1; i <= leaves; i++ {
		arcs = append(arcs, graph.Arc{U: 0, V: int32(i), W: float64(1+i%5) / 5})
	}
	c := leaves + 1
	for i := c + 1; i < c+1+small; i++ {
		arcs = append(arcs, graph.Arc{U: int32(c), V: int32(i), W: 1})
	}
	return graph.NewCSR(1+leaves+1+small+2, arcs, true)
}

// TestEigenvectorStarGolden: a letter to 6,000 people is a star at person
// level, on which the solver used to panic ("mat: dimension mismatch").
// Reference: NetworkX 2.8.8 eigenvector_centrality_numpy (ARPACK, SciPy
// 1.10.1) on the same graph, testdata/reference/star.py.
func TestEigenvectorStarGolden(t *testing.T) {
	var want starGolden
	refgraph.LoadGolden(t, "centrality", "star", "/usr/bin/python3 testdata/reference/star.py", &want)
	g := starGraph(want.Leaves, want.SmallLeaves)
	if g.N != want.N {
		t.Fatalf("n = %d, golden has %d", g.N, want.N)
	}
	ev, err := Eigenvector(g)
	if err != nil {
		t.Fatal(err)
	}
	labels := make([]string, g.N)
	for i := range labels {
		labels[i] = fmt.Sprint(i)
	}
	// Outside the large star (the second star and the isolated nodes) the
	// exact value is 0: the leading eigenvector lives on one component.
	// sekat gives 0 there; ARPACK leaves rounding noise (about 1e-17), so
	// those nodes are checked apart and the rest compared at 1e-6 relative.
	big := want.Leaves + 1
	for i := big; i < g.N; i++ {
		if math.Abs(want.Eigenvector[i]) > 1e-15 {
			t.Fatalf("NetworkX gives node %d outside the large star %g, want rounding noise below 1e-15", i, want.Eigenvector[i])
		}
		if ev.Values[i] != 0 {
			t.Errorf("eigenvector[%d] = %g outside the large star, want 0", i, ev.Values[i])
		}
	}
	t.Logf("eigenvector (lambda %.10g, NetworkX %s): max rel diff %.2g", ev.Eigenvalue, want.Tools["networkx"],
		compare(t, "eigenvector", ev.Values[:big], want.Eigenvector[:big], labels[:big]))
	if ev.Components != 1 {
		t.Errorf("%d components carry the vector, want 1 (the large star)", ev.Components)
	}
}

// TestEigenvectorStarClosedForm checks stars of up to 100,000 leaves
// against the closed form: with leaf weights w_i the largest eigenvalue is
// sqrt(sum w_i^2), the centre gets 1/sqrt(2) and leaf i gets
// w_i/(sqrt(2)*lambda). Stars from 5,000 leaves up panicked before.
func TestEigenvectorStarClosedForm(t *testing.T) {
	for _, leaves := range []int{1, 2, 3, 100, 4999, 5000, 5500, 6000, 20000, 100000} {
		for _, scheme := range []string{"newman", "varied"} {
			t.Run(fmt.Sprintf("%d-%s", leaves, scheme), func(t *testing.T) {
				w := make([]float64, leaves+1)
				arcs := make([]graph.Arc, leaves)
				var sq graph.KSum
				for i := 1; i <= leaves; i++ {
					w[i] = 1 / float64(leaves)
					if scheme == "varied" {
						w[i] = float64(1+i%7) / 3
					}
					arcs[i-1] = graph.Arc{U: 0, V: int32(i), W: w[i]}
					sq.Add(w[i] * w[i])
				}
				ev, err := Eigenvector(graph.NewCSR(leaves+1, arcs, true))
				if err != nil {
					t.Fatal(err)
				}
				lambda := math.Sqrt(sq.Sum())
				if !strictClose(ev.Eigenvalue, lambda, 1e-12) {
					t.Errorf("eigenvalue %.17g, want %.17g", ev.Eigenvalue, lambda)
				}
				worst := 0.0
				for i, got := range ev.Values {
					want := 1 / math.Sqrt2
					if i > 0 {
						want = w[i] / (math.Sqrt2 * lambda)
					}
					d := math.Abs(got-want) / want
					worst = max(worst, d)
					if d > 1e-9 {
						t.Fatalf("node %d: %.17g, want %.17g", i, got, want)
					}
				}
				t.Logf("max rel diff %.2g", worst)
			})
		}
	}
}

// TestEigenvectorPath: on a path of n nodes the two largest eigenvalues
// differ by about 3*pi^2/n^2 relative, which makes restarted Lanczos slow
// (NetworkX 2.8.8's ARPACK stops with ArpackNoConvergence from n = 2,000).
// Closed form: node i (1-based) gets sin(i*pi/(n+1)) / sqrt((n+1)/2).
func TestEigenvectorPath(t *testing.T) {
	for _, n := range []int{2, 3, 200, 2000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			arcs := make([]graph.Arc, n-1)
			for i := range arcs {
				arcs[i] = graph.Arc{U: int32(i), V: int32(i + 1), W: 1}
			}
			ev, err := Eigenvector(graph.NewCSR(n, arcs, true))
			if err != nil {
				t.Fatal(err)
			}
			worst := 0.0
			for i, got := range ev.Values {
				want := math.Sin(float64(i+1)*math.Pi/float64(n+1)) / math.Sqrt(float64(n+1)/2)
				d := math.Abs(got-want) / want
				worst = max(worst, d)
				if d > 1e-8 {
					t.Fatalf("node %d: %.17g, want %.17g", i, got, want)
				}
			}
			t.Logf("max rel diff %.2g", worst)
		})
	}
}
