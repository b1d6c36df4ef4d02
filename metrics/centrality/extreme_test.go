package centrality_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/broker"
	"github.com/sekat-ona/sekat/metrics/centrality"
)

// Shapes of extreme graphs. A shape and a size make the edge list; a weight
// scheme then gives every edge its weight.
const (
	shapeStar       = iota // centre 0 and size leaves
	shapeClique            // size nodes, all pairs
	shapePairs             // size components of two nodes
	shapeStars             // size components: stars of 1..7 leaves
	shapeOneNode           // one node, no edge
	shapeNoEdges           // size isolated nodes
	shapePath              // size nodes in a line
	shapeBipartite         // complete bipartite K(2, size)
	shapeStarClique        // a star of size leaves whose first 30 leaves form a clique
	numShapes
)

var shapeNames = [...]string{"star", "clique", "pairs", "stars", "one-node", "no-edges", "path", "bipartite", "star+clique"}

// Weight schemes, from ordinary to hostile; every weight stays positive and
// finite, as graph.NewCSR and the centrality functions require.
const (
	weightOne       = iota // 1
	weightNewman           // 1/(size-1), what a letter or meeting of size people gives
	weightHuge             // 1e300
	weightTiny             // 1e-300
	weightMixed            // 1e300 and 1e-300 alternating
	weightSubnormal        // 5e-324 times 1, 2 or 3
	weightSpread           // 2^-60 .. 2^60 by edge index
	weightMax              // math.MaxFloat64
	numWeights
)

var weightNames = [...]string{"one", "newman", "huge", "tiny", "mixed", "subnormal", "spread", "max"}

// extremeEdges returns the node count and the undirected edges of shape
// with the given size (each edge once, u < v).
func extremeEdges(shape, size int) (int, [][2]int32) {
	var e [][2]int32
	switch shape {
	case shapeStar:
		for i := 1; i <= size; i++ {
			e = append(e, [2]int32{0, int32(i)})
		}
		return size + 1, e
	case shapeClique:
		for i := 0; i < size; i++ {
			for j := i + 1; j < size; j++ {
				e = append(e, [2]int32{int32(i), int32(j)})
			}
		}
		return size, e
	case shapePairs:
		for i := 0; i < size; i++ {
			e = append(e, [2]int32{int32(2 * i), int32(2*i + 1)})
		}
		return 2 * size, e
	case shapeStars:
		n := 0
		for c := 0; c < size; c++ {
			centre := n
			n++
			for l := 0; l < 1+c%7; l++ {
				e = append(e, [2]int32{int32(centre), int32(n)})
				n++
			}
		}
		return n, e
	case shapeOneNode:
		return 1, nil
	case shapeNoEdges:
		return size, nil
	case shapePath:
		for i := 0; i+1 < size; i++ {
			e = append(e, [2]int32{int32(i), int32(i + 1)})
		}
		return size, e
	case shapeBipartite:
		for i := 2; i < size+2; i++ {
			e = append(e, [2]int32{0, int32(i)}, [2]int32{1, int32(i)})
		}
		return size + 2, e
	case shapeStarClique:
		n, e := extremeEdges(shapeStar, size)
		k := min(size, 30)
		for i := 1; i <= k; i++ {
			for j := i + 1; j <= k; j++ {
				e = append(e, [2]int32{int32(i), int32(j)})
			}
		}
		return n, e
	}
	panic("unknown shape")
}

// extremeWeight is the weight of edge i of m under scheme.
func extremeWeight(scheme, i, m int) float64 {
	switch scheme {
	case weightNewman:
		return 1 / float64(max(m, 2)-1)
	case weightHuge:
		return 1e300
	case weightTiny:
		return 1e-300
	case weightMixed:
		if i%2 == 0 {
			return 1e300
		}
		return 1e-300
	case weightSubnormal:
		return 5e-324 * float64(1+i%3)
	case weightSpread:
		return math.Ldexp(1+float64(i%7)/8, (i*37)%121-60)
	case weightMax:
		return math.MaxFloat64
	}
	return 1
}

// extremeGraph builds the undirected and directed CSRs of a shape, size and
// weight scheme, the weights multiplied by scale.
func extremeGraph(shape, size, scheme int, scale float64) (u, d *graph.CSR) {
	n, edges := extremeEdges(shape, size)
	arcs := make([]graph.Arc, len(edges))
	for i, e := range edges {
		arcs[i] = graph.Arc{U: e[0], V: e[1], W: extremeWeight(scheme, i, len(edges)) * scale}
	}
	return graph.NewCSR(n, arcs, true), graph.NewCSR(n, arcs, false)
}

// pathMetricLimit bounds the node count on which the path metrics run in
// these tests: harmonic closeness is always exact, one Dijkstra search per
// node, so a 50,000-leaf star costs minutes; sampled betweenness runs above
// it.
const pathMetricLimit = 3000

// burtLimit bounds burtWork for the graphs on which Burt's measures run in
// these tests: they visit the neighbours of every contact of every node, the
// sum of the squared degrees, 2.5e9 steps (about 10 s) on a star of 50,000
// leaves.
const burtLimit = 1e8

// burtWork is the sum over nodes of the squared degree.
func burtWork(u *graph.CSR) float64 {
	w := 0.0
	for v := 0; v < u.N; v++ {
		d := float64(u.Degree(v))
		w += d * d
	}
	return w
}

// representable reports whether every node strength of u is finite and
// every distance 1/w converts back to a finite 1/d. Burt's measures divide by
// strengths and the path metrics sum 1/d, so beyond that (weights near
// math.MaxFloat64, which no count of letters or meetings comes near) they
// give NaN or +Inf; eigenvector centrality and PageRank must work anyway.
func representable(u *graph.CSR) bool {
	for v := 0; v < u.N; v++ {
		if math.IsInf(u.Strength(v), 0) {
			return false
		}
	}
	for _, w := range u.W {
		if math.IsInf(1/graph.Distance(w), 0) {
			return false
		}
	}
	return true
}

// checkExtreme runs every measure of sekat's analysis on u and d and fails
// on a panic, an error on a well-formed graph, or a value outside its range
// (Burt's measures and the path metrics only when representable(u)).
func checkExtreme(t *testing.T, u, d *graph.CSR) {
	t.Helper()
	finite := func(what string, vals []float64, nanOK func(i int) bool) {
		t.Helper()
		if len(vals) != u.N {
			t.Fatalf("%s: %d values for %d nodes", what, len(vals), u.N)
		}
		for i, v := range vals {
			if math.IsInf(v, 0) || (math.IsNaN(v) && !nanOK(i)) {
				t.Fatalf("%s[%d] = %v", what, i, v)
			}
		}
	}
	never := func(int) bool { return false }
	isolated := func(i int) bool { return u.Degree(i) == 0 }

	ev, err := centrality.Eigenvector(u)
	if err != nil {
		t.Fatalf("eigenvector: %v", err)
	}
	finite("eigenvector", ev.Values, never)
	sq := 0.0
	for i, v := range ev.Values {
		if v < 0 {
			t.Fatalf("eigenvector[%d] = %v < 0", i, v)
		}
		sq += v * v
	}
	if want := float64(min(u.Edges(), 1)); math.Abs(sq-want) > 1e-10 {
		t.Fatalf("eigenvector: squared norm %v, want %v", sq, want)
	}

	pr, err := centrality.PageRank(d, centrality.PageRankOptions{})
	if err != nil {
		t.Fatalf("pagerank: %v", err)
	}
	finite("pagerank", pr.Values, never)
	if u.N > 0 {
		s := 0.0
		for _, v := range pr.Values {
			s += v
		}
		if math.Abs(s-1) > 1e-9 {
			t.Fatalf("pagerank sums to %v", s)
		}
	}

	if !representable(u) {
		return
	}
	if burtWork(u) <= burtLimit {
		finite("constraint", broker.Constraint(u), isolated)
		finite("effective size", broker.EffectiveSize(u), isolated)
		finite("hierarchy", broker.Hierarchy(u), isolated)
	}

	if u.N <= pathMetricLimit {
		b, h, err := centrality.BetweennessHarmonic(u, centrality.BetweennessOptions{})
		if err != nil {
			t.Fatalf("betweenness: %v", err)
		}
		finite("betweenness", b.Values, never)
		finite("harmonic", h, never)
	}
	b, err := centrality.Betweenness(u, centrality.BetweennessOptions{Sample: true, Epsilon: 0.3, Seed: 1})
	if err != nil {
		t.Fatalf("sampled betweenness: %v", err)
	}
	finite("sampled betweenness", b.Values, never)
}

// checkScaleFree checks that eigenvector centrality does not change when
// every weight is multiplied by a power of two (exact in floating point):
// the solver must not depend on the magnitude of the weights.
func checkScaleFree(t *testing.T, shape, size, scheme int) {
	t.Helper()
	if scheme != weightOne && scheme != weightSpread && scheme != weightNewman {
		return // the others sit at the ends of the float range already
	}
	if n, _ := extremeEdges(shape, size); n > 10000 {
		return // three more solves; the small graphs show the property
	}
	u1, _ := extremeGraph(shape, size, scheme, 1)
	a, err := centrality.Eigenvector(u1)
	if err != nil {
		t.Fatal(err)
	}
	for _, scale := range []float64{0x1p-900, 0x1p900} {
		u2, _ := extremeGraph(shape, size, scheme, scale)
		b, err := centrality.Eigenvector(u2)
		if err != nil {
			t.Fatal(err)
		}
		for i := range a.Values {
			if d := math.Abs(a.Values[i] - b.Values[i]); d > 1e-9*max(a.Values[i], 1e-3) {
				t.Fatalf("weights times %g: eigenvector[%d] = %v, unscaled %v", scale, i, b.Values[i], a.Values[i])
			}
		}
	}
}

// TestExtremeGraphs runs every measure on each shape with the weight
// schemes at sizes up to 50,000 (the star of a letter to 50,000 people).
func TestExtremeGraphs(t *testing.T) {
	sizes := map[int][]int{
		shapeStar:       {1, 2, 5500, 6000, 20000, 50000},
		shapeClique:     {2, 3, 200},
		shapePairs:      {1, 20000},
		shapeStars:      {1, 3000},
		shapeOneNode:    {1},
		shapeNoEdges:    {0, 10000},
		shapePath:       {2, 500}, // 2,000 in TestEigenvectorPath
		shapeBipartite:  {1, 6000},
		shapeStarClique: {5, 6000},
	}
	for shape := 0; shape < numShapes; shape++ {
		for _, size := range sizes[shape] {
			for scheme := 0; scheme < numWeights; scheme++ {
				// Large graphs with the schemes that differ most; all
				// schemes on the small ones.
				if size > pathMetricLimit && scheme != weightNewman && scheme != weightMixed && scheme != weightSpread && scheme != weightMax {
					continue
				}
				t.Run(fmt.Sprintf("%s-%d-%s", shapeNames[shape], size, weightNames[scheme]), func(t *testing.T) {
					u, d := extremeGraph(shape, size, scheme, 1)
					checkExtreme(t, u, d)
					checkScaleFree(t, shape, size, scheme)
				})
			}
		}
	}
}

// FuzzExtremeGraphs draws a shape, a size and a weight scheme from the
// input: byte 0 the shape, bytes 1-2 the size, byte 3 the scheme. Sizes go
// up to 6,000 for the shapes whose edge count is linear in the size (above
// about 5,000 leaves a star made the solver panic; path metrics run only up to
// pathMetricLimit nodes), to 1,000 components of stars, 100 nodes for
// cliques and 300 for paths; TestExtremeGraphs, TestEigenvectorPath and
// TestEigenvectorStarClosedForm cover larger ones.
func FuzzExtremeGraphs(f *testing.F) {
	for _, s := range [][]byte{
		{shapeStar, 0x15, 0x7c, weightNewman}, // 5,500 leaves
		{shapeStar, 0x17, 0x70, weightOne},    // 6,000 leaves
		{shapeClique, 0, 50, weightMixed},
		{shapePairs, 0x10, 0, weightTiny},
		{shapeOneNode, 0, 0, weightOne},
		{shapeNoEdges, 0, 9, weightOne},
		{shapeBipartite, 0, 200, weightSubnormal},
		{shapeStarClique, 0x03, 0, weightSpread},
		{shapePath, 0, 100, weightMax},
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 4 {
			return
		}
		shape := int(data[0]) % numShapes
		size := int(data[1])<<8 | int(data[2])
		scheme := int(data[3]) % numWeights
		// Bounds keep one input at a fraction of a second of CPU: the
		// fuzzer counts an input that runs 10 s of wall time as a hang,
		// and a shared machine stretches wall time.
		switch shape {
		case shapeClique:
			size %= 101
		case shapePath:
			// Longer chains are the solver's documented limit (doc.go).
			size %= 301
		case shapeStars:
			size %= 1001
		default:
			size %= 6001
		}
		u, d := extremeGraph(shape, size, scheme, 1)
		checkExtreme(t, u, d)
		checkScaleFree(t, shape, size, scheme)
	})
}
