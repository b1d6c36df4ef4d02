package centrality

import (
	"context"
	"math"
	"math/rand/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
)

// Harmonic closeness from pivots that stop once the data allow it.
//
// Hoeffding's bound (harmonicBound) assumes the worst spread a term
// 1/d(s,v) can have in [0, maxw(v)]. Where most pivots lie far from most
// nodes (the generated provinces), the terms spread much less, and an
// empirical Bernstein bound, which uses the spread the pivots show,
// reaches the same ε_h with fewer pivots. The rule:
//
//   - Pivots are drawn independently and uniformly, with replacement, from
//     one PCG stream of the seed (a repeated pivot is searched again).
//   - The failure probability δ is split: δ/2 for the empirical Bernstein
//     checks, δ/2 for Hoeffding's bound at kH, the fewest pivots for which
//     Hoeffding's bound with δ/2 is at most ε_h (about 5% more pivots than
//     with the whole δ; ln(4n/δ) instead of ln(2n/δ)).
//   - At each checkpoint k of a fixed schedule (J checkpoints, growing by
//     a fifth, the last one kH), every node v with a tie gets Maurer and
//     Pontil's empirical Bernstein bound (2009, Theorem 4) on the mean of
//     Y = (1/d(s,v)) / maxw(v) in [0,1], two-sided:
//
//     b(v) = sqrt(2 V(v) L / k) + 7 L / (3 (k-1)),  L = ln(4 n J / (δ/2)),
//
//     V(v) the unbiased sample variance of Y over the k pivots; the union
//     bound over the n nodes, the J checkpoints and both sides gives
//     probability at least 1 - δ/2 that every one of them holds.
//   - The search stops at the first checkpoint where n/(n-1) · max_v b(v)
//     ≤ ε_h, and reports that maximum as the bound; at kH it reports the
//     smaller of Bernstein's and Hoeffding's bounds.
//
// With probability at least 1 - δ every bound of every checkpoint and
// Hoeffding's at kH hold together, so the reported bound holds whichever
// checkpoint the data stop at. When even a sample with no spread could not
// stop before kH (small networks, where kH nears n), the pivots are drawn
// without replacement and Hoeffding's bound is used with the whole δ, as
// harmonicPivots does.

// bernsteinShare is the part of δ given to the empirical Bernstein checks.
const bernsteinShare = 0.5

// checkGrowth is the factor between two checkpoints.
const checkGrowth = 1.2

// harmonicPlan is the checkpoint schedule for n nodes, bound eps and
// failure probability delta.
type harmonicPlan struct {
	n      int
	eps    float64
	checks []int   // pivots at each checkpoint, ascending, the last is hoeffK
	logL   float64 // L of the Bernstein bound
	hoeffK int     // pivots for Hoeffding's bound with (1-bernsteinShare)·delta
	// hoeffDelta is the failure probability Hoeffding's bound uses.
	hoeffDelta float64
}

// newHarmonicPlan returns the schedule, or ok false when no checkpoint
// before kH could stop (use harmonicPivots with the whole δ then).
func newHarmonicPlan(n int, eps, delta float64) (p harmonicPlan, ok bool) {
	f := float64(n) / float64(n-1)
	p = harmonicPlan{n: n, eps: eps, hoeffDelta: (1 - bernsteinShare) * delta}
	p.hoeffK = harmonicPivotCount(n, eps, p.hoeffDelta)
	if p.hoeffK >= n {
		return p, false
	}
	// J depends on L and L on J: the fewest checkpoints consistent with
	// their own L (J grows by one at a time, so this ends).
	for j := 1; j <= 64; j++ {
		logL := math.Log(4 * float64(n) * float64(j) / (bernsteinShare * delta))
		// With no spread at all, b = 7L/(3(k-1)): the first k that could stop.
		first := int(math.Ceil(7*logL*f/(3*eps))) + 1
		var checks []int
		for k := first; k < p.hoeffK; k = int(math.Ceil(float64(k) * checkGrowth)) {
			checks = append(checks, k)
		}
		checks = append(checks, p.hoeffK)
		if len(checks) <= j {
			if len(checks) == 1 {
				return p, false
			}
			p.checks, p.logL = checks, logL
			return p, true
		}
	}
	return p, false
}

// bernstein is the largest bound n/(n-1) · b(v) over the nodes with a tie,
// after k pivots whose terms 1/d(s,v) sum to s1[v] and their squares to
// s2[v].
func (p harmonicPlan) bernstein(k int, s1, s2, maxw []float64) float64 {
	kf := float64(k)
	worst := 0.0
	for v, mw := range maxw {
		if mw == 0 {
			continue
		}
		m := s1[v] / mw / kf
		vr := max(0, (s2[v]/(mw*mw)-kf*m*m)/(kf-1))
		worst = max(worst, math.Sqrt(2*vr*p.logL/kf))
	}
	return float64(p.n) / float64(p.n-1) * (worst + 7*p.logL/(3*(kf-1)))
}

// harmonicStop estimates harmonic closeness as the comment above says; it
// returns the estimates, the pivots used, the bound and whether the bound
// is the empirical Bernstein one (else Hoeffding's). Pivots
// are cut into blocks of sourceBlock within each stretch between
// checkpoints, and block sums join in block order, so neither the values
// nor the stopping point depend on the number of workers.
func harmonicStop(ctx context.Context, g *graph.CSR, dist []float64, p harmonicPlan, seed uint64, rep progress.Reporter) ([]float64, int, float64, bool, error) {
	n := g.N
	maxw := g.MaxWeights()
	rng := rand.New(rand.NewPCG(seed, pivotStream))
	pivots := make([]int32, p.hoeffK)
	for i := range pivots {
		pivots[i] = int32(rng.IntN(n))
	}
	s1 := make([]float64, n)
	s2 := make([]float64, n)
	done := rep.Counter(progress.Harmonic, "", int64(p.hoeffK))
	arcs := packArcs32(g, dist)
	workers := par.Workers((p.hoeffK + sourceBlock - 1) / sourceBlock)
	states := make([]*distSearch, workers)
	lo, k, bound := 0, 0, 0.0
	for _, k = range p.checks {
		stretch := pivots[lo:k]
		nblocks := (len(stretch) + sourceBlock - 1) / sourceBlock
		err := par.Ordered(ctx, nblocks, workers, func() []float64 { return make([]float64, 2*n) },
			func(w, b int, part []float64) {
				if states[w] == nil {
					states[w] = newDistSearch(g, arcs)
				}
				s := states[w]
				blk := stretch[b*sourceBlock : min((b+1)*sourceBlock, len(stretch))]
				for _, src := range blk {
					s.run(src)
					for _, v := range s.order[1:] {
						x := 1 / float64(s.d[v])
						part[2*v] += x
						part[2*v+1] += x * x
					}
					s.reset()
				}
				done.Add(int64(len(blk)))
			},
			func(_ int, part []float64) {
				for v := range s1 {
					s1[v] += part[2*v]
					s2[v] += part[2*v+1]
					part[2*v], part[2*v+1] = 0, 0
				}
			})
		if err != nil {
			return nil, 0, 0, false, err
		}
		lo = k
		if bound = p.bernstein(k, s1, s2, maxw); bound <= p.eps {
			break
		}
	}
	bernstein := true
	if h := harmonicBound(n, k, p.hoeffDelta); k == p.hoeffK && h < bound {
		bound, bernstein = h, false
	}
	done.Add(int64(p.hoeffK - k))
	scale := float64(n) / (float64(n-1) * float64(k))
	for i := range s1 {
		s1[i] *= scale
	}
	return s1, k, bound, bernstein, nil
}
