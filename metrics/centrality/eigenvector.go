package centrality

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/mat"

	"github.com/sekat-ona/sekat/graph"
)

const (
	// eigenTie is the relative difference under which two components'
	// largest eigenvalues count as equal.
	eigenTie = 1e-10
	// lanczosSteps is the Krylov dimension of one Lanczos cycle.
	lanczosSteps = 40
	// lanczosTol stops Lanczos when ||A x - theta x|| <= lanczosTol * theta.
	lanczosTol = 1e-13
	// lanczosCycles bounds the restarts.
	lanczosCycles = 2000
)

// EigenvectorResult holds eigenvector centralities and the eigenvalue.
type EigenvectorResult struct {
	// Values is the unit-norm, non-negative principal eigenvector; all
	// zeros for a graph without edges.
	Values []float64
	// Eigenvalue is the largest eigenvalue of the weighted adjacency.
	Eigenvalue float64
	// Components is the number of connected components that carry the
	// vector: 1, or more when several share the largest eigenvalue.
	Components int
}

// Eigenvector returns the eigenvector centrality of every node of the
// undirected CSR g: the principal eigenvector of the weighted adjacency,
// unit Euclidean norm, non-negative (NetworkX
// eigenvector_centrality_numpy(G, weight=w)). On a disconnected graph the
// component with the largest eigenvalue carries the vector and the others
// get 0; ties and graphs without edges are described in the package
// documentation.
func Eigenvector(g *graph.CSR) (*EigenvectorResult, error) {
	if err := checkUndirected(g); err != nil {
		return nil, err
	}
	n := g.N
	res := &EigenvectorResult{Values: make([]float64, n)}
	if g.Edges() == 0 {
		return res, nil
	}
	comps := components(g)
	// Bounds: the component's largest eigenvalue lies between its largest
	// arc weight and its largest strength (Perron-Frobenius). Visit
	// components by decreasing upper bound; skip those that cannot reach the
	// best eigenvalue found so far.
	type cand struct {
		nodes  []int32
		hi     float64
		lambda float64
		vec    []float64
	}
	var cs []*cand
	for _, nodes := range comps {
		if len(nodes) < 2 {
			continue
		}
		hi := 0.0
		for _, u := range nodes {
			hi = max(hi, g.Strength(int(u)))
		}
		cs = append(cs, &cand{nodes: nodes, hi: hi})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].hi > cs[j].hi })
	best := 0.0
	loc := make([]int32, n)
	var done []*cand
	for _, c := range cs {
		if c.hi < best*(1-eigenTie) {
			break
		}
		lambda, vec, err := principal(g, c.nodes, loc)
		if err != nil {
			return nil, err
		}
		c.lambda, c.vec = lambda, vec
		best = max(best, lambda)
		done = append(done, c)
	}
	total := 0.0
	for _, c := range done {
		if c.lambda < best*(1-eigenTie) {
			continue
		}
		// Weight of the tied component in the projection of the all-ones
		// vector on the eigenspace: the sum of its unit vector.
		s := 0.0
		for _, x := range c.vec {
			s += x
		}
		for i, u := range c.nodes {
			res.Values[u] = s * c.vec[i]
			total += res.Values[u] * res.Values[u]
		}
		res.Components++
	}
	res.Eigenvalue = best
	norm := math.Sqrt(total)
	for i := range res.Values {
		res.Values[i] /= norm
	}
	return res, nil
}

// components returns the connected components of g, each as its node ids
// in ascending order, components ordered by their smallest id.
func components(g *graph.CSR) [][]int32 {
	n := g.N
	seen := make([]bool, n)
	var out [][]int32
	for root := 0; root < n; root++ {
		if seen[root] {
			continue
		}
		seen[root] = true
		q := []int32{int32(root)}
		for i := 0; i < len(q); i++ {
			u := q[i]
			for _, v := range g.Adj[g.Start[u]:g.Start[u+1]] {
				if !seen[v] {
					seen[v] = true
					q = append(q, v)
				}
			}
		}
		sort.Slice(q, func(i, j int) bool { return q[i] < q[j] })
		out = append(out, q)
	}
	return out
}

// principal returns the largest eigenvalue of the adjacency of the connected
// component nodes (at least 2 nodes) and its eigenvector, unit norm,
// non-negative, indexed like nodes. loc is scratch of length g.N.
//
// Lanczos with full reorthogonalisation builds an orthonormal basis Q of the
// Krylov space of the start vector (first all ones, then the current Ritz
// vector), the tridiagonal T = Q'AQ is diagonalised, and the Ritz pair of
// T's largest eigenvalue is kept; the cycle repeats until the residual
// ||A x - theta x|| is below lanczosTol*theta.
func principal(g *graph.CSR, nodes []int32, loc []int32) (float64, []float64, error) {
	s := len(nodes)
	for i, u := range nodes {
		loc[u] = int32(i)
	}
	mv := func(x, y []float64) {
		for i, u := range nodes {
			a, b := g.Start[u], g.Start[u+1]
			sum := 0.0
			for k := a; k < b; k++ {
				sum += g.W[k] * x[loc[g.Adj[k]]]
			}
			y[i] = sum
		}
	}
	kmax := min(s, lanczosSteps)
	q := make([][]float64, kmax)
	for i := range q {
		q[i] = make([]float64, s)
	}
	alpha := make([]float64, kmax)
	beta := make([]float64, kmax)
	x := make([]float64, s)
	y := make([]float64, s)
	for i := range x {
		x[i] = 1
	}
	anorm := 0.0
	for _, u := range nodes {
		anorm = max(anorm, g.Strength(int(u)))
	}
	tri := mat.NewSymDense(kmax, nil)
	var es mat.EigenSym
	var vecs mat.Dense
	theta := 0.0
	for cycle := 0; cycle < lanczosCycles; cycle++ {
		copy(q[0], x)
		scal(q[0], 1/norm2(q[0]))
		k := kmax
		for j := 0; j < kmax; j++ {
			mv(q[j], y)
			alpha[j] = dot(q[j], y)
			axpy(y, -alpha[j], q[j])
			if j > 0 {
				axpy(y, -beta[j-1], q[j-1])
			}
			for pass := 0; pass < 2; pass++ {
				for i := 0; i <= j; i++ {
					axpy(y, -dot(q[i], y), q[i])
				}
			}
			beta[j] = norm2(y)
			if j+1 == kmax || beta[j] <= 1e-14*anorm {
				k = j + 1
				break
			}
			copy(q[j+1], y)
			scal(q[j+1], 1/beta[j])
		}
		t := tri
		if k < kmax {
			t = mat.NewSymDense(k, nil)
		} else {
			t.Zero()
		}
		for j := 0; j < k; j++ {
			t.SetSym(j, j, alpha[j])
			if j+1 < k {
				t.SetSym(j, j+1, beta[j])
			}
		}
		if !es.Factorize(t, true) {
			return 0, nil, fmt.Errorf("centrality: eigenvector: tridiagonal eigen-decomposition failed on a component of %d nodes", s)
		}
		vals := es.Values(nil)
		es.VectorsTo(&vecs)
		top := len(vals) - 1
		theta = vals[top]
		for i := range x {
			x[i] = 0
		}
		for j := 0; j < k; j++ {
			axpy(x, vecs.At(j, top), q[j])
		}
		scal(x, 1/norm2(x))
		// Residual of the Ritz pair, measured directly.
		mv(x, y)
		axpy(y, -theta, x)
		if norm2(y) <= lanczosTol*math.Abs(theta) || norm2(y) <= 1e-15*anorm {
			sum := 0.0
			for _, v := range x {
				sum += v
			}
			if sum < 0 {
				scal(x, -1)
			}
			// The Perron vector of a connected component is positive;
			// anything below zero is rounding.
			for i, v := range x {
				if v < 0 {
					x[i] = 0
				}
			}
			scal(x, 1/norm2(x))
			return theta, x, nil
		}
	}
	return 0, nil, fmt.Errorf("centrality: eigenvector did not converge on a component of %d nodes (largest eigenvalue about %g)", s, theta)
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

func norm2(a []float64) float64 { return math.Sqrt(dot(a, a)) }

func scal(a []float64, c float64) {
	for i := range a {
		a[i] *= c
	}
}

// axpy sets y += c*x.
func axpy(y []float64, c float64, x []float64) {
	for i, v := range x {
		y[i] += c * v
	}
}
