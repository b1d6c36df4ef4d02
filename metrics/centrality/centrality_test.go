package centrality

import (
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// und builds an undirected CSR from edges {u,v,w}.
func und(n int, edges ...graph.Arc) *graph.CSR { return graph.NewCSR(n, edges, true) }

// e is an edge or arc.
func e(u, v int32, w float64) graph.Arc { return graph.Arc{U: u, V: v, W: w} }

// small holds hand-checked graphs. Every expected number is derived in the
// comment beside it from the definitions in doc.go (n nodes, betweenness
// scale 1/((n-1)(n-2)) over ordered pairs, harmonic over n-1).
var small = []struct {
	name        string
	g           *graph.CSR
	betweenness []float64
	harmonic    []float64
}{
	{"empty", und(0), []float64{}, []float64{}},
	{"n=1", und(1), []float64{0}, []float64{0}},
	{"n=2 no edge", und(2), []float64{0, 0}, []float64{0, 0}},
	// one edge of weight 4: distance 1/4, 1/d = 4, over n-1 = 1.
	{"n=2 edge", und(2, e(0, 1, 4)), []float64{0, 0}, []float64{4, 4}},
	// path 0-1-2-3, weight 1: node 1 is inside (0,2),(0,3) both ways: 4/6.
	// h(0) = (1 + 1/2 + 1/3)/3 = 11/18; h(1) = (1 + 1 + 1/2)/3 = 5/6.
	{"path", und(4, e(0, 1, 1), e(1, 2, 1), e(2, 3, 1)),
		[]float64{0, 2.0 / 3, 2.0 / 3, 0}, []float64{11.0 / 18, 5.0 / 6, 5.0 / 6, 11.0 / 18}},
	// star, centre 0 and 4 leaves of weight 2: the centre is on every leaf
	// pair, 12/12 = 1. h(centre) = 4*2/4 = 2; h(leaf) = (2 + 3*1)/4 = 5/4.
	{"star", und(5, e(0, 1, 2), e(0, 2, 2), e(0, 3, 2), e(0, 4, 2)),
		[]float64{1, 0, 0, 0, 0}, []float64{2, 1.25, 1.25, 1.25, 1.25}},
	// two components, path 0-1-2 (weight 1) and edge 3-4 (weight 2), node 5
	// isolated; n = 6, scale 1/20: node 1 on (0,2) both ways = 2/20.
	// h(0) = (1 + 1/2)/5 = 0.3; h(1) = 2/5; h(3) = 2/5; h(5) = 0.
	{"two components and an isolated node", und(6, e(0, 1, 1), e(1, 2, 1), e(3, 4, 2)),
		[]float64{0, 0.1, 0, 0, 0, 0}, []float64{0.3, 0.4, 0.3, 0.4, 0.4, 0}},
	// path 0-1-2-3 of weights 2, 3, 6 (distances 1/2 + 1/3 + 1/6 = 1) and
	// the edge 0-3 of weight 1: two shortest 0-3 paths, equal in exact
	// arithmetic though 1/2+1/3+1/6 rounds to 0.9999999999999999. Node 1 is
	// on every (0,2) path (2 ordered pairs) and on half the (0,3) paths (2 x
	// 1/2): 3/6. Node 2 likewise on (1,3). Distances d01=1/2, d02=5/6,
	// d03=1, d12=1/3, d13=1/2, d23=1/6 give h = (2+6/5+1)/3, (2+3+2)/3,
	// (6/5+3+6)/3, (1+2+6)/3.
	{"float tie", und(4, e(0, 1, 2), e(1, 2, 3), e(2, 3, 6), e(0, 3, 1)),
		[]float64{0, 0.5, 0.5, 0}, []float64{4.2 / 3, 7.0 / 3, 10.2 / 3, 3}},
}

// strictClose is relative closeness for the hand-derived and dense-solver
// values of this file: |got-want| <= tol*|want|, or within 1e-12 of want
// where want is zero up to the roundoff of the dense solver (gonum's
// EigenSym leaves ~1e-17 on the nodes of the other components).
func strictClose(got, want, tol float64) bool {
	d := math.Abs(got - want)
	return d <= tol*math.Abs(want) || d <= 1e-12
}

func closeAll(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d values, want %d", what, len(got), len(want))
	}
	for i := range want {
		if !strictClose(got[i], want[i], tol) {
			t.Errorf("%s[%d] = %.17g, want %.17g", what, i, got[i], want[i])
		}
	}
}

func TestSmallGraphs(t *testing.T) {
	for _, tc := range small {
		t.Run(tc.name, func(t *testing.T) {
			b, h, err := BetweennessHarmonic(tc.g, BetweennessOptions{})
			if err != nil {
				t.Fatal(err)
			}
			closeAll(t, "betweenness", b.Values, tc.betweenness, 1e-12)
			closeAll(t, "harmonic", h, tc.harmonic, 1e-12)
			h2, err := Harmonic(tc.g)
			if err != nil {
				t.Fatal(err)
			}
			closeAll(t, "Harmonic", h2, tc.harmonic, 1e-12)
			// Sampling must not fail on small graphs either.
			if _, err := Betweenness(tc.g, BetweennessOptions{Sample: true, Epsilon: 0.2}); err != nil {
				t.Fatal(err)
			}
			pr, err := PageRank(tc.g, PageRankOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sum := 0.0
			for _, x := range pr.Values {
				sum += x
			}
			if tc.g.N > 0 && math.Abs(sum-1) > 1e-12 {
				t.Errorf("pagerank sums to %v", sum)
			}
			if _, err := Eigenvector(tc.g); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestFloatTieExactComparison: with exact comparison (NetworkX's float
// behaviour) the "float tie" graph gives the rounding-dependent answer: from
// node 0 the 3-edge path is shorter (0.9999999999999999 < 1), from node 3
// the lengths sum to exactly 1 and tie, so node 1 gets (2 + 1 + 1/2)/6.
func TestFloatTieExactComparison(t *testing.T) {
	g := small[len(small)-1].g
	b, err := Betweenness(g, BetweennessOptions{TieTolerance: -1})
	if err != nil {
		t.Fatal(err)
	}
	closeAll(t, "betweenness", b.Values, []float64{0, 3.5 / 6, 3.5 / 6, 0}, 1e-12)
}

func TestPageRankSmall(t *testing.T) {
	const a = 0.85
	tests := []struct {
		name string
		g    *graph.CSR
		want []float64
	}{
		// a->b, b dangling: x_a = (1-a)/2 + a x_b/2 and x_a + x_b = 1 give
		// x_a = 1/(2+a), x_b = (1+a)/(2+a).
		{"arc", graph.NewCSR(2, []graph.Arc{e(0, 1, 3)}, false), []float64{1 / (2 + a), (1 + a) / (2 + a)}},
		// a directed cycle is regular: uniform.
		{"cycle", graph.NewCSR(3, []graph.Arc{e(0, 1, 1), e(1, 2, 5), e(2, 0, 2)}, false), []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		// no arcs: every node dangling, uniform.
		{"no arcs", graph.NewCSR(3, nil, false), []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		{"n=1", graph.NewCSR(1, nil, false), []float64{1}},
		{"n=0", graph.NewCSR(0, nil, false), []float64{}},
		// 0 -> 1 (weight 1) and 0 -> 2 (weight 3), 1 and 2 dangling. With
		// D = x1 + x2 = 1 - x0: x0 = (1-a)/3 + aD/3 = (1 - a x0)/3, so
		// x0 = 1/(3+a); x1 = x0 + a x0/4, x2 = x0 + 3a x0/4.
		{"weighted fan", graph.NewCSR(3, []graph.Arc{e(0, 1, 1), e(0, 2, 3)}, false),
			[]float64{1 / (3 + a), (1 + a/4) / (3 + a), (1 + 3*a/4) / (3 + a)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pr, err := PageRank(tc.g, PageRankOptions{})
			if err != nil {
				t.Fatal(err)
			}
			closeAll(t, "pagerank", pr.Values, tc.want, 1e-12)
		})
	}
}

func TestEigenvectorSmall(t *testing.T) {
	phi := (1 + math.Sqrt(5)) / 2
	pn := math.Sqrt(2 + 2*phi*phi)
	tests := []struct {
		name   string
		g      *graph.CSR
		want   []float64
		lambda float64
		comps  int
	}{
		{"empty", und(0), []float64{}, 0, 0},
		{"n=1", und(1), []float64{0}, 0, 0},
		{"no edges", und(3), []float64{0, 0, 0}, 0, 0},
		// one edge of weight 3: lambda 3, (1,1)/sqrt 2.
		{"n=2", und(2, e(0, 1, 3)), []float64{math.Sqrt2 / 2, math.Sqrt2 / 2}, 3, 1},
		// path of 4 (bipartite): lambda = golden ratio, vector (1,phi,phi,1).
		{"path (bipartite)", und(4, e(0, 1, 1), e(1, 2, 1), e(2, 3, 1)),
			[]float64{1 / pn, phi / pn, phi / pn, 1 / pn}, phi, 1},
		// K_{2,3} (bipartite): lambda = sqrt 6; the 2-side entries a and the
		// 3-side entries b satisfy lambda a = 3b, lambda b = 2a, 2a^2+3b^2 = 1:
		// a = 1/2, b = 1/sqrt 6.
		{"K2,3 (bipartite)", und(5, e(0, 2, 1), e(0, 3, 1), e(0, 4, 1), e(1, 2, 1), e(1, 3, 1), e(1, 4, 1)),
			[]float64{0.5, 0.5, 1 / math.Sqrt(6), 1 / math.Sqrt(6), 1 / math.Sqrt(6)}, math.Sqrt(6), 1},
		// star with 4 leaves of weight 1 (bipartite): lambda 2, centre
		// 1/sqrt 2, leaves 1/(2 sqrt 2).
		{"star (bipartite)", und(5, e(0, 1, 1), e(0, 2, 1), e(0, 3, 1), e(0, 4, 1)),
			[]float64{math.Sqrt2 / 2, math.Sqrt2 / 4, math.Sqrt2 / 4, math.Sqrt2 / 4, math.Sqrt2 / 4}, 2, 1},
		// triangle of weight 1 (lambda 2) and an edge of weight 5 (lambda 5)
		// plus an isolated node: the edge carries the vector, the rest is 0.
		{"two components", und(6, e(0, 1, 1), e(1, 2, 1), e(0, 2, 1), e(3, 4, 5)),
			[]float64{0, 0, 0, math.Sqrt2 / 2, math.Sqrt2 / 2, 0}, 5, 1},
		// two edges of weight 2 (both lambda 2): the projection of all ones
		// on the eigenspace is uniform on the four nodes.
		{"tied components", und(5, e(0, 1, 2), e(2, 3, 2)),
			[]float64{0.5, 0.5, 0.5, 0.5, 0}, 2, 2},
		// tied components of different shapes: triangle of weight 1 (lambda
		// 2, unit vector 1/sqrt 3 each, sum sqrt 3) and an edge of weight 2
		// (lambda 2, 1/sqrt 2 each, sum sqrt 2): entries 1 and 1 before
		// normalising, so all five are 1/sqrt 5.
		{"tied triangle and edge", und(5, e(0, 1, 1), e(1, 2, 1), e(0, 2, 1), e(3, 4, 2)),
			[]float64{1 / math.Sqrt(5), 1 / math.Sqrt(5), 1 / math.Sqrt(5), 1 / math.Sqrt(5), 1 / math.Sqrt(5)}, 2, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := Eigenvector(tc.g)
			if err != nil {
				t.Fatal(err)
			}
			closeAll(t, "eigenvector", ev.Values, tc.want, 1e-10)
			if !strictClose(ev.Eigenvalue, tc.lambda, 1e-12) {
				t.Errorf("eigenvalue = %v, want %v", ev.Eigenvalue, tc.lambda)
			}
			if ev.Components != tc.comps {
				t.Errorf("components = %d, want %d", ev.Components, tc.comps)
			}
		})
	}
}

// randomGraph is a seeded random undirected graph: m edges between n nodes
// drawn uniformly (repeats summed), weights uniform in [0.5,10). If
// bipartite, edges only join even to odd nodes.
func randomGraph(n, m int, seed uint64, bipartite bool) *graph.CSR {
	rng := rand.New(rand.NewPCG(seed, 1))
	arcs := make([]graph.Arc, 0, m)
	for len(arcs) < m {
		u, v := int32(rng.IntN(n)), int32(rng.IntN(n))
		if u == v || (bipartite && u%2 == v%2) {
			continue
		}
		arcs = append(arcs, graph.Arc{U: u, V: v, W: 0.5 + 9.5*rng.Float64()})
	}
	return graph.NewCSR(n, arcs, true)
}

// TestEigenvectorDense compares Lanczos with a dense symmetric
// eigendecomposition (gonum mat.EigenSym) of the whole adjacency, on
// connected random graphs, bipartite ones included (where power iteration on
// A does not converge).
func TestEigenvectorDense(t *testing.T) {
	tests := []struct {
		name      string
		n, m      int
		bipartite bool
	}{
		{"general 60", 60, 400, false},
		{"bipartite 60", 60, 400, true},
		{"general 150 (restarts)", 150, 900, false},
		{"bipartite 150 (restarts)", 150, 900, true},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := randomGraph(tc.n, tc.m, uint64(i+1), tc.bipartite)
			if c := components(g); len(c) != 1 {
				t.Fatalf("the seeded random graph has %d components; the test is about connected graphs (change its seed)", len(c))
			}
			a := mat.NewSymDense(g.N, nil)
			for u := 0; u < g.N; u++ {
				adj, w := g.Neighbors(u)
				for k, v := range adj {
					a.SetSym(u, int(v), w[k])
				}
			}
			var es mat.EigenSym
			if !es.Factorize(a, true) {
				t.Fatal("dense factorisation failed")
			}
			vals := es.Values(nil)
			var vecs mat.Dense
			es.VectorsTo(&vecs)
			top := len(vals) - 1
			want := make([]float64, g.N)
			sign := 1.0
			if vecs.At(0, top) < 0 {
				sign = -1
			}
			for u := range want {
				want[u] = sign * vecs.At(u, top)
			}
			if tc.bipartite && math.Abs(vals[0]+vals[top]) > 1e-9*vals[top] {
				t.Fatalf("bipartite graph: smallest eigenvalue %v is not minus the largest %v", vals[0], vals[top])
			}
			ev, err := Eigenvector(g)
			if err != nil {
				t.Fatal(err)
			}
			if !strictClose(ev.Eigenvalue, vals[top], 1e-12) {
				t.Errorf("eigenvalue = %v, dense %v", ev.Eigenvalue, vals[top])
			}
			closeAll(t, "eigenvector", ev.Values, want, 1e-8)
		})
	}
}

// TestBetweennessGOMAXPROCS: the exact result is bit-identical with 1 and 2
// workers, on a graph of 2,000 nodes (63 source blocks).
func TestBetweennessGOMAXPROCS(t *testing.T) {
	g := randomGraph(2000, 8000, 7, false)
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	one, h1, err := BetweennessHarmonic(g, BetweennessOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s1, err := Betweenness(g, BetweennessOptions{Sample: true, Epsilon: 0.05, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(2)
	two, h2, err := BetweennessHarmonic(g, BetweennessOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s2, err := Betweenness(g, BetweennessOptions{Sample: true, Epsilon: 0.05, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for i := range one.Values {
		if math.Float64bits(one.Values[i]) != math.Float64bits(two.Values[i]) {
			t.Fatalf("exact betweenness of node %d: %v with 1 worker, %v with 2", i, one.Values[i], two.Values[i])
		}
		if math.Float64bits(h1[i]) != math.Float64bits(h2[i]) {
			t.Fatalf("harmonic of node %d: %v with 1 worker, %v with 2", i, h1[i], h2[i])
		}
		if math.Float64bits(s1.Values[i]) != math.Float64bits(s2.Values[i]) {
			t.Fatalf("sampled betweenness of node %d: %v with 1 worker, %v with 2", i, s1.Values[i], s2.Values[i])
		}
	}
}

// TestPageRankGOMAXPROCS: bit-identical with 1 and 2 workers on 20,000 nodes
// (5 chunks).
func TestPageRankGOMAXPROCS(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2))
	var arcs []graph.Arc
	for range 100000 {
		arcs = append(arcs, graph.Arc{U: int32(rng.IntN(20000)), V: int32(rng.IntN(20000)), W: 1 + rng.Float64()})
	}
	g := graph.NewCSR(20000, arcs, false)
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	one, err := PageRank(g, PageRankOptions{})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(2)
	two, err := PageRank(g, PageRankOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range one.Values {
		if math.Float64bits(one.Values[i]) != math.Float64bits(two.Values[i]) {
			t.Fatalf("node %d: %v with 1 worker, %v with 2", i, one.Values[i], two.Values[i])
		}
	}
}

// TestSampling checks the Riondato-Kornaropoulos estimate against exact
// Brandes on graphs where exact is cheap: every node within the reported
// Bound (the guarantee holds with probability 1-delta; the seeds are fixed,
// so a failure is a bug, not bad luck). On karate also: the same seed gives
// identical values, another seed different ones. That needs two more runs
// of 9,000-10,000 samples, so it is done where a sample is cheapest: the
// samples are cut into blocks of sampleBlock, each with its own random
// stream, whatever the graph (TestBetweennessGOMAXPROCS checks a larger
// graph with 1 and 2 workers).
func TestSampling(t *testing.T) {
	tests := []struct {
		name  string
		g     *graph.CSR
		eps   float64
		seeds bool // check same seed / other seed
	}{
		{"random refgraph (300 nodes, 3 components)", refgraph.Random(t).Undirected, 0.02, false},
		{"karate", refgraph.Karate(t).Undirected, 0.02, true},
		{"random 1000", randomGraph(1000, 3000, 5, false), 0.02, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := Betweenness(tc.g, BetweennessOptions{Exact: true})
			if err != nil {
				t.Fatal(err)
			}
			opt := BetweennessOptions{Sample: true, Epsilon: tc.eps, Delta: 0.1, Seed: 42}
			s1, err := Betweenness(tc.g, opt)
			if err != nil {
				t.Fatal(err)
			}
			if s1.Exact || s1.Samples == 0 || s1.Epsilon != tc.eps || s1.Delta != 0.1 || s1.Seed != 42 {
				t.Fatalf("result does not state the sampling: %+v", *s1)
			}
			n := float64(tc.g.N)
			if !strictClose(s1.Bound, tc.eps*n/(n-2), 1e-15) {
				t.Errorf("bound = %v, want eps n/(n-2) = %v", s1.Bound, tc.eps*n/(n-2))
			}
			worst := 0.0
			for i := range ex.Values {
				d := math.Abs(s1.Values[i] - ex.Values[i])
				worst = max(worst, d)
				if d > s1.Bound {
					t.Errorf("node %d: sampled %v, exact %v, off by %v > bound %v", i, s1.Values[i], ex.Values[i], d, s1.Bound)
				}
			}
			t.Logf("r = %d samples (VD bound %d), max error %.4g, bound %.4g", s1.Samples, s1.VertexDiameter, worst, s1.Bound)
			if !tc.seeds {
				return
			}
			s2, err := Betweenness(tc.g, opt)
			if err != nil {
				t.Fatal(err)
			}
			for i := range s1.Values {
				if math.Float64bits(s1.Values[i]) != math.Float64bits(s2.Values[i]) {
					t.Fatalf("same seed, node %d: %v then %v", i, s1.Values[i], s2.Values[i])
				}
			}
			opt.Seed = 43
			s3, err := Betweenness(tc.g, opt)
			if err != nil {
				t.Fatal(err)
			}
			same := true
			for i := range s1.Values {
				same = same && s1.Values[i] == s3.Values[i]
			}
			if same {
				t.Error("seeds 42 and 43 gave identical estimates")
			}
		})
	}
}

// TestSamplingThreshold: above MaxExactNodes sampling is used, also when its
// sample count is above n (each sample stops at its target; the old rule
// kept such graphs exact); Exact overrides.
func TestSamplingThreshold(t *testing.T) {
	g := randomGraph(1500, 3000, 9, false)
	tests := []struct {
		name      string
		opt       BetweennessOptions
		wantExact bool
		threshold int
	}{
		{"default: 1500 nodes is below the threshold", BetweennessOptions{}, true, DefaultMaxExactNodes},
		{"threshold 100, r < n: sampled", BetweennessOptions{MaxExactNodes: 100, Epsilon: 0.15}, false, 100},
		{"threshold 100, r > n: still sampled", BetweennessOptions{MaxExactNodes: 100, Epsilon: 0.03}, false, 100},
		{"Exact overrides", BetweennessOptions{MaxExactNodes: 100, Epsilon: 0.15, Exact: true}, true, 100},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Betweenness(g, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if r.Exact != tc.wantExact || r.Threshold != tc.threshold {
				t.Errorf("exact = %v, threshold %d; want %v, %d (samples %d)", r.Exact, r.Threshold, tc.wantExact, tc.threshold, r.Samples)
			}
			if tc.opt.Epsilon == 0.03 && r.Samples <= g.N {
				t.Errorf("%d samples, want more than the %d nodes", r.Samples, g.N)
			}
		})
	}
}

// TestVertexDiameterBound: the bound used for the sample size is at least
// the true vertex diameter (the most nodes on any shortest path, found by
// longest-hop dynamic programming over every source's shortest-path DAG).
func TestVertexDiameterBound(t *testing.T) {
	tests := []struct {
		name string
		g    *graph.CSR
	}{
		{"path of 30", func() *graph.CSR {
			var a []graph.Arc
			for i := int32(0); i < 29; i++ {
				a = append(a, e(i, i+1, 1))
			}
			return und(30, a...)
		}()},
		{"random refgraph", refgraph.Random(t).Undirected},
		{"karate", refgraph.Karate(t).Undirected},
		{"davis", refgraph.Davis(t).Undirected},
		{"random 500", randomGraph(500, 1000, 4, false)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dist := arcDistances(tc.g)
			s := newSSSP(tc.g, dist, DefaultTieTolerance)
			hops := make([]int, tc.g.N)
			truth := 1
			for src := 0; src < tc.g.N; src++ {
				s.run(int32(src), -1)
				for _, w := range s.order {
					hops[w] = 1
					for _, p := range s.preds(w) {
						hops[w] = max(hops[w], hops[p]+1)
					}
					truth = max(truth, hops[w])
				}
				s.reset()
			}
			got := vertexDiameter(tc.g, dist, DefaultTieTolerance)
			if got < truth {
				t.Errorf("bound %d below the vertex diameter %d", got, truth)
			}
			t.Logf("vertex diameter %d, bound %d", truth, got)
		})
	}
}

// TestBadInput: malformed graphs and options give errors, never panics.
func TestBadInput(t *testing.T) {
	good := und(3, e(0, 1, 1), e(1, 2, 1))
	directed := graph.NewCSR(3, []graph.Arc{e(0, 1, 1)}, false)
	tests := []struct {
		name string
		g    *graph.CSR
		opt  BetweennessOptions
		und  bool // error expected from the undirected-only functions only
	}{
		{"nil", nil, BetweennessOptions{}, false},
		{"short Start", &graph.CSR{N: 3, Start: []int64{0, 1}}, BetweennessOptions{}, false},
		{"Start[0] != 0", &graph.CSR{N: 1, Start: []int64{1, 1}, Adj: []int32{}, W: []float64{}}, BetweennessOptions{}, false},
		{"decreasing Start", &graph.CSR{N: 2, Start: []int64{0, 2, 1}, Adj: []int32{1}, W: []float64{1}}, BetweennessOptions{}, false},
		{"Adj too short", &graph.CSR{N: 2, Start: []int64{0, 1, 2}, Adj: []int32{1}, W: []float64{1, 1}}, BetweennessOptions{}, false},
		{"neighbour out of range", &graph.CSR{N: 2, Start: []int64{0, 1, 2}, Adj: []int32{5, 0}, W: []float64{1, 1}}, BetweennessOptions{}, false},
		{"negative weight", &graph.CSR{N: 2, Start: []int64{0, 1, 2}, Adj: []int32{1, 0}, W: []float64{-1, -1}}, BetweennessOptions{}, false},
		{"zero weight", &graph.CSR{N: 2, Start: []int64{0, 1, 2}, Adj: []int32{1, 0}, W: []float64{0, 0}}, BetweennessOptions{}, false},
		{"NaN weight", &graph.CSR{N: 2, Start: []int64{0, 1, 2}, Adj: []int32{1, 0}, W: []float64{math.NaN(), math.NaN()}}, BetweennessOptions{}, false},
		{"infinite weight", &graph.CSR{N: 2, Start: []int64{0, 1, 2}, Adj: []int32{1, 0}, W: []float64{math.Inf(1), math.Inf(1)}}, BetweennessOptions{}, false},
		{"directed CSR", directed, BetweennessOptions{}, true},
		{"Exact and Sample", good, BetweennessOptions{Exact: true, Sample: true}, true},
		{"epsilon 1", good, BetweennessOptions{Epsilon: 1}, true},
		{"delta -0.1", good, BetweennessOptions{Delta: -0.1}, true},
		{"NaN tie tolerance", good, BetweennessOptions{TieTolerance: math.NaN()}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Betweenness(tc.g, tc.opt); err == nil {
				t.Error("Betweenness: no error")
			}
			if _, _, err := BetweennessHarmonic(tc.g, tc.opt); err == nil {
				t.Error("BetweennessHarmonic: no error")
			}
			if tc.opt != (BetweennessOptions{}) {
				return
			}
			if _, err := Harmonic(tc.g); err == nil {
				t.Error("Harmonic: no error")
			}
			if _, err := Eigenvector(tc.g); err == nil {
				t.Error("Eigenvector: no error")
			}
			_, err := PageRank(tc.g, PageRankOptions{})
			if tc.und && err != nil {
				t.Errorf("PageRank on a directed CSR: %v", err)
			}
			if !tc.und && err == nil {
				t.Error("PageRank: no error")
			}
		})
	}
	for _, opt := range []PageRankOptions{{Alpha: 1}, {Alpha: -0.5}, {Tol: -1}, {MaxIter: -1}, {Alpha: math.NaN()}} {
		if _, err := PageRank(good, opt); err == nil {
			t.Errorf("PageRank(%+v): no error", opt)
		}
	}
	if _, err := PageRank(good, PageRankOptions{MaxIter: 1}); err == nil {
		t.Error("PageRank with one iteration: no convergence error")
	}
}

// TestHarmonicPivots: above MaxExactNodes harmonic closeness comes from
// pivots; on a 2,000-node random graph the empirical Bernstein check stops
// them before Hoeffding's count, and every estimate lies within the
// reported bound (HarmonicEpsilon times the node's strongest tie) of the
// exact value; the estimate, the pivots and the bound are bit-identical
// with 1 and 2 workers; with every node a pivot (harmonicPivots) it is the
// exact value (to rounding), which checks the scale; and a small graph
// needing more pivots than nodes stays exact.
func TestHarmonicPivots(t *testing.T) {
	g := randomGraph(2000, 8000, 11, false)
	want, err := Harmonic(g)
	if err != nil {
		t.Fatal(err)
	}
	opt := BetweennessOptions{MaxExactNodes: 100, Epsilon: 0.1, HarmonicEpsilon: 0.1, Seed: 5}
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	r1, h1, err := BetweennessHarmonic(g, opt)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(2)
	r2, h2, err := BetweennessHarmonic(g, opt)
	if err != nil {
		t.Fatal(err)
	}
	plan, ok := newHarmonicPlan(2000, 0.1, 0.1)
	if !ok {
		t.Fatal("no checkpoint plan for 2,000 nodes at 0.1")
	}
	if r1.Exact || !r1.HarmonicBernstein || r1.HarmonicPivots >= plan.hoeffK || r1.HarmonicPivots != r2.HarmonicPivots {
		t.Fatalf("exact %v, stopped %v, %d and %d pivots; want sampled, stopped before Hoeffding's %d", r1.Exact, r1.HarmonicBernstein, r1.HarmonicPivots, r2.HarmonicPivots, plan.hoeffK)
	}
	if r1.HarmonicEpsilon > 0.1 || r1.HarmonicEpsilon != r2.HarmonicEpsilon || !slices.Contains(plan.checks, r1.HarmonicPivots) {
		t.Errorf("bound %v and %v (want equal, <= 0.1), %d pivots not a checkpoint of %v", r1.HarmonicEpsilon, r2.HarmonicEpsilon, r1.HarmonicPivots, plan.checks)
	}
	t.Logf("%d pivots (Hoeffding: %d), bound %.4f", r1.HarmonicPivots, plan.hoeffK, r1.HarmonicEpsilon)
	worst := 0.0
	for v := range want {
		if math.Float64bits(h1[v]) != math.Float64bits(h2[v]) {
			t.Fatalf("node %d: %v with 1 worker, %v with 2", v, h1[v], h2[v])
		}
		_, w := g.Neighbors(v)
		maxw := 0.0
		for _, x := range w {
			maxw = max(maxw, x)
		}
		if d := math.Abs(h1[v] - want[v]); d > r1.HarmonicEpsilon*maxw {
			t.Errorf("node %d: estimate %v, exact %v, off by more than %v * %v", v, h1[v], want[v], r1.HarmonicEpsilon, maxw)
		} else if maxw > 0 {
			worst = max(worst, d/maxw)
		}
	}
	t.Logf("largest error relative to the strongest tie: %.4f (bound %.4f)", worst, r1.HarmonicEpsilon)

	all, err := harmonicPivots(context.Background(), g, arcDistances(g), g.N, 0, progress.Reporter{})
	if err != nil {
		t.Fatal(err)
	}
	// The pivot search sums distances in float32 (distSearch): about 1e-7
	// per arc, far inside the pivot bound; 1e-6 still catches a wrong
	// distance or a missed node.
	closeAll(t, "harmonic from every pivot", all, want, 1e-6)

	small := randomGraph(300, 900, 3, false)
	r, h, err := BetweennessHarmonic(small, BetweennessOptions{MaxExactNodes: 100, Epsilon: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	hs, _ := Harmonic(small)
	if r.Exact || r.HarmonicPivots != 0 {
		t.Errorf("small graph: exact %v, %d pivots; want sampled betweenness, exact harmonic", r.Exact, r.HarmonicPivots)
	}
	closeAll(t, "harmonic of the small graph", h, hs, 0)
}
