package centrality

import (
	"context"
	"fmt"
	"math"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
)

// Defaults of PageRankOptions.
const (
	DefaultAlpha   = 0.85
	DefaultTol     = 1e-14
	DefaultMaxIter = 10000
)

// pageRankChunk is the number of nodes one worker updates at a time; fixed,
// so that the convergence sum is the same on every machine.
const pageRankChunk = 4096

// PageRankOptions configures PageRank; the zero value means NetworkX's
// damping 0.85 with a tolerance of 1e-14 per node.
type PageRankOptions struct {
	// Alpha is the damping factor in (0,1) (0: DefaultAlpha).
	Alpha float64
	// Tol stops the iteration when the L1 change of the score vector is
	// below N*Tol, NetworkX's criterion (0: DefaultTol).
	Tol float64
	// MaxIter bounds the iterations (0: DefaultMaxIter).
	MaxIter int
}

// PageRankResult holds the scores and the iterations used.
type PageRankResult struct {
	Values     []float64 // one score per node, summing to 1
	Iterations int
}

// PageRank returns the PageRank of every node of the directed CSR g (rows are
// out-arcs, weights are transition strengths): NetworkX pagerank(D,
// alpha=0.85, weight=weight), dangling nodes spread uniformly. An undirected
// CSR gives NetworkX's result on the undirected graph. It fails only on a
// malformed CSR, bad options, or no convergence within MaxIter.
func PageRank(g *graph.CSR, opt PageRankOptions) (*PageRankResult, error) {
	if err := checkCSR(g); err != nil {
		return nil, err
	}
	if opt.Alpha == 0 {
		opt.Alpha = DefaultAlpha
	}
	if opt.Tol == 0 {
		opt.Tol = DefaultTol
	}
	if opt.MaxIter == 0 {
		opt.MaxIter = DefaultMaxIter
	}
	if !(opt.Alpha > 0 && opt.Alpha < 1) || !(opt.Tol > 0) || opt.MaxIter < 0 {
		return nil, fmt.Errorf("centrality: pagerank alpha %v must lie in (0,1), tol %v be positive, max iterations %d positive", opt.Alpha, opt.Tol, opt.MaxIter)
	}
	n := g.N
	res := &PageRankResult{Values: make([]float64, n)}
	if n == 0 {
		return res, nil
	}
	// Transition probabilities on the in-arcs: row v of t holds the u with
	// u->v, p = w(u->v)/out(u).
	out := make([]float64, n)
	for u := 0; u < n; u++ {
		out[u] = g.Strength(u)
	}
	var dangling []int32
	for u, s := range out {
		if s == 0 {
			dangling = append(dangling, int32(u))
		}
	}
	t := g.Transpose()
	p := t.W // Transpose allocated it; reuse in place
	for v := 0; v < n; v++ {
		for k := t.Start[v]; k < t.Start[v+1]; k++ {
			p[k] /= out[t.Adj[k]]
		}
	}
	x := make([]float64, n)
	xn := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	alpha := opt.Alpha
	nchunks := (n + pageRankChunk - 1) / pageRankChunk
	errs := make([]float64, nchunks)
	update := func(c int, base float64) {
		lo, hi := c*pageRankChunk, min((c+1)*pageRankChunk, n)
		e := 0.0
		for v := lo; v < hi; v++ {
			s := 0.0
			for k := t.Start[v]; k < t.Start[v+1]; k++ {
				s += x[t.Adj[k]] * p[k]
			}
			nv := alpha*s + base
			xn[v] = nv
			e += math.Abs(nv - x[v])
		}
		errs[c] = e
	}
	workers := par.Workers(nchunks)
	for it := 1; it <= opt.MaxIter; it++ {
		dsum := 0.0
		for _, u := range dangling {
			dsum += x[u]
		}
		base := (alpha*dsum + (1 - alpha)) / float64(n)
		// Each chunk writes its own slice of xn and its own errs[c]; the
		// errors are summed below in chunk order.
		par.For(context.Background(), nchunks, workers, func(_, c int) { update(c, base) })
		change := 0.0
		for _, e := range errs {
			change += e
		}
		x, xn = xn, x
		if change < float64(n)*opt.Tol {
			sum := 0.0
			for _, v := range x {
				sum += v
			}
			for i, v := range x {
				res.Values[i] = v / sum
			}
			res.Iterations = it
			return res, nil
		}
	}
	return nil, fmt.Errorf("centrality: pagerank did not converge in %d iterations; raise MaxIter or Tol", opt.MaxIter)
}
