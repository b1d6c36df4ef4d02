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
	// lanczosBreak ends a Lanczos basis early when the next direction is
	// shorter than lanczosBreak times a lower bound of the eigenvalue.
	lanczosBreak = 1e-14
	// lanczosCycles bounds the restarts.
	lanczosCycles = 500
	// lanczosStall is the number of restarts in a row that may fail to
	// cut the best residual by 10% before the solver stops.
	lanczosStall = 20
	// lanczosAccept is the relative residual a stalled solver still
	// accepts: the eigenvector is then within about lanczosAccept*theta/gap
	// of the true one (gap: distance to the second eigenvalue).
	lanczosAccept = 1e-9
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
	g, exp := rescaled(g)
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
	res.Eigenvalue = math.Ldexp(best, exp)
	norm := math.Sqrt(total)
	for i := range res.Values {
		res.Values[i] /= norm
	}
	return res, nil
}

// rescaled returns g, or when its largest weight lies outside [2^-400,
// 2^400] a copy whose weights are multiplied by 2^-exp so that the largest
// lies in [1/2, 1), and exp. Multiplying by a power of two is exact (a weight
// more than 2^1000 times smaller than the largest may become 0), and the
// eigenvector does not depend on the scale; the eigenvalue is 2^exp times
// that of the copy. Without it, strengths of weights near math.MaxFloat64
// overflow to +Inf and squares of weights near 1e-300 underflow to 0.
func rescaled(g *graph.CSR) (*graph.CSR, int) {
	top := 0.0
	for _, w := range g.W {
		top = max(top, w)
	}
	if top >= 0x1p-400 && top <= 0x1p400 {
		return g, 0
	}
	_, exp := math.Frexp(top)
	w := make([]float64, len(g.W))
	for i, v := range g.W {
		w[i] = math.Ldexp(v, -exp)
	}
	return &graph.CSR{N: g.N, Start: g.Start, Adj: g.Adj, W: w}, exp
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
// non-negative, indexed like nodes. loc is scratch of length g.N. The largest
// weight of g must lie in [2^-400, 2^400] (Eigenvector rescales otherwise),
// so that no sum or square below overflows or underflows to zero.
//
// The method is thick-restart Lanczos (Wu and Simon 2000; Stewart's
// Krylov-Schur restart for a symmetric matrix) with full
// reorthogonalisation: an orthonormal basis Q of up to lanczosSteps vectors
// is grown from the all-ones vector, the projected matrix H = Q'AQ
// (symmetrised) is diagonalised, and if the Ritz pair (theta, x) of its
// largest eigenvalue has not converged, the basis restarts from the
// lanczosSteps/2 Ritz vectors of the largest Ritz values plus the next
// Lanczos direction. Keeping these vectors is what makes long chains
// converge: on a path of 2,000 nodes, whose two largest eigenvalues differ
// by 4e-6 relative, fewer than 100 restarts reach the tolerance in 0.9 s of
// CPU, where restarting from the Ritz vector alone (sekat before) took 14 s.
//
// Convergence is tested on the Ritz vector itself: theta = x'Ax/x'x and the
// residual ||A x - theta x|| are computed with compensated sums, and the
// pair is accepted when the residual is at most lanczosTol*theta.
//
// Scales. For a non-negative symmetric A the largest eigenvalue is ||A||_2,
// and lo = max_i ||A e_i|| <= ||A||_2, so the basis ends early (the Krylov
// space is invariant) only when the next direction is shorter than
// lanczosBreak*lo, which leaves a residual within lanczosTol*theta. Before,
// this threshold was relative to the largest strength, which is up to
// sqrt(degree) times ||A||_2: on a star of 5,000 leaves the basis stopped
// while the residual was still above the tolerance, every restart stopped at
// once with a basis of another size, and gonum panicked with "mat: dimension
// mismatch".
//
// Rounding can still hold the residual above lanczosTol*theta (very high
// degrees, a CSR whose twin weights differ in the last bits). A basis that
// ended early spans an invariant space, so its Ritz pair is accepted when
// the residual is at most lanczosAccept*theta: a restart would only rebuild
// the same space with other rounding. Otherwise, when lanczosStall
// restarts in a row fail to cut the best residual by 10%, or lanczosCycles
// restarts have run, the best pair seen is returned if its residual is at
// most lanczosAccept*theta, and an error otherwise.
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
	// mvAcc is mv with compensated row sums, for the residual test: a
	// plain sum of d equal terms (a star's centre) is off by up to d*eps
	// relative, always in the same direction, which on a star of 5,000
	// leaves held the measured residual at 3e-13*theta however good x was.
	mvAcc := func(x, y []float64) {
		for i, u := range nodes {
			var acc graph.KSum
			for k := g.Start[u]; k < g.Start[u+1]; k++ {
				acc.Add(g.W[k] * x[loc[g.Adj[k]]])
			}
			y[i] = acc.Sum()
		}
	}
	lo := 0.0
	for _, u := range nodes {
		sq := 0.0
		for _, w := range g.W[g.Start[u]:g.Start[u+1]] {
			sq += w * w
		}
		lo = max(lo, math.Sqrt(sq))
	}

	m := min(s, lanczosSteps)
	q := make([][]float64, m+1)
	for i := range q {
		q[i] = make([]float64, s)
	}
	h := make([]float64, (m+1)*m) // h[i*m+j] = q_i' A q_j
	x := make([]float64, s)
	y := make([]float64, s)
	best := make([]float64, s)
	row := make([]float64, m)
	zk := make([]float64, m*m) // the kept Ritz vectors of H, one per row
	bestTheta, bestRes := 0.0, math.Inf(1)
	mark := math.Inf(1) // the residual when stall was last reset
	for i := range q[0] {
		q[0][i] = 1 / math.Sqrt(float64(s))
	}
	var es mat.EigenSym
	var z mat.Dense
	theta, stall, start := 0.0, 0, 0
	for cycle := 0; cycle < lanczosCycles && stall < lanczosStall; cycle++ {
		k, broke := m, false
		for j := start; j < m; j++ {
			mv(q[j], y)
			for pass := 0; pass < 2; pass++ {
				for i := 0; i <= j; i++ {
					c := dot(q[i], y)
					h[i*m+j] += c
					axpy(y, -c, q[i])
				}
			}
			b := norm2(y)
			if !(b > lanczosBreak*lo) {
				k, broke = j+1, true
				break
			}
			copy(q[j+1], y)
			scal(q[j+1], 1/b)
			h[(j+1)*m+j] = b
		}
		// A fresh k-by-k matrix every cycle: k is smaller than m when the
		// basis ended early.
		t := mat.NewSymDense(k, nil)
		for i := 0; i < k; i++ {
			for j := i; j < k; j++ {
				t.SetSym(i, j, (h[i*m+j]+h[j*m+i])/2)
			}
		}
		if !es.Factorize(t, true) {
			return 0, nil, fmt.Errorf("centrality: eigenvector: eigen-decomposition of the projected matrix failed on a component of %d nodes; please report this graph", s)
		}
		vals := es.Values(nil)
		z.Reset()
		es.VectorsTo(&z)
		top := k - 1
		for i := range x {
			x[i] = 0
		}
		for j := 0; j < k; j++ {
			axpy(x, z.At(j, top), q[j])
		}
		scal(x, 1/norm2(x))
		theta = rayleigh(x, y, mvAcc)
		res := norm2(y)
		if math.IsNaN(theta) || math.IsNaN(res) {
			return 0, nil, fmt.Errorf("centrality: eigenvector: Lanczos produced NaN on a component of %d nodes; please report this graph", s)
		}
		if res <= lanczosTol*theta || (broke && res <= lanczosAccept*theta) {
			// When the basis ended early it spans an invariant space:
			// the Ritz vector is exact but for rounding, which a restart
			// cannot remove.
			return theta, perron(x), nil
		}
		if res < 0.9*mark {
			mark, stall = res, 0
		} else {
			stall++
		}
		if res < bestRes {
			bestRes, bestTheta = res, theta
			copy(best, x)
		}
		lastBeta := h[k*m+k-1] // set when the basis did not end early
		clear(h)
		if broke {
			// The basis spans an invariant space: start again from the
			// Ritz vector alone.
			copy(q[0], x)
			start = 0
			continue
		}
		// Thick restart: q_l <- Q z_(top-l) for the p largest Ritz values,
		// then the next Lanczos direction. A q_l = vals_l q_l + c_l q_p,
		// c_l = beta * z(k-1, top-l), so H restarts as the diagonal of
		// the kept Ritz values bordered by c in row p.
		p := min(m/2, k-1)
		for l := 0; l < p; l++ {
			for j := 0; j < k; j++ {
				zk[l*k+j] = z.At(j, top-l)
			}
		}
		for i := 0; i < s; i++ {
			for j := 0; j < k; j++ {
				row[j] = q[j][i]
			}
			for l := 0; l < p; l++ {
				q[l][i] = dot(row[:k], zk[l*k:(l+1)*k])
			}
		}
		q[p], q[k] = q[k], q[p]
		for l := 0; l < p; l++ {
			h[l*m+l] = vals[top-l]
			h[p*m+l] = lastBeta * z.At(k-1, top-l)
		}
		start = p
	}
	if bestRes <= lanczosAccept*bestTheta {
		return bestTheta, perron(best), nil
	}
	return 0, nil, fmt.Errorf("centrality: eigenvector did not converge on a component of %d nodes (largest eigenvalue about %g, relative residual %.2g); please report this graph", s, theta, bestRes/bestTheta)
}

// perron turns the Ritz vector x of the largest eigenvalue into the Perron
// vector in place: sign chosen so that the sum is positive, entries below
// zero (rounding: the Perron vector of a connected component is positive)
// set to zero, unit norm.
func perron(x []float64) []float64 {
	sum := 0.0
	for _, v := range x {
		sum += v
	}
	if sum < 0 {
		scal(x, -1)
	}
	for i, v := range x {
		if v < 0 {
			x[i] = 0
		}
	}
	scal(x, 1/norm2(x))
	return x
}

// rayleigh returns the Rayleigh quotient theta = x'Ax/x'x of x, computed
// with compensated sums, and leaves the residual A x - theta x in y; mv
// computes y = A x.
func rayleigh(x, y []float64, mv func(x, y []float64)) float64 {
	mv(x, y)
	var xy, xx graph.KSum
	for i, v := range x {
		xy.Add(v * y[i])
		xx.Add(v * v)
	}
	theta := xy.Sum() / xx.Sum()
	axpy(y, -theta, x)
	return theta
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
