package change

import (
	"context"
	"math"
	"slices"

	"github.com/sekat-ona/sekat/internal/par"
)

// QAP is the quadratic assignment procedure's test of the correlation of
// two weight matrices over the same nodes (Krackhardt 1987; Hubert 1987):
// Pearson's r over the off-diagonal cells, and the share of P random
// relabellings of the second matrix's nodes (rows and columns together)
// whose correlation reaches the observed one, as UCINET's QAP correlation
// and R sna's qaptest compute it.
type QAP struct {
	R float64
	// P is the one-sided p-value (1 + #{r* >= r}) / (1 + Permutations):
	// small when the two structures agree more than relabelled ones do.
	P            float64
	Permutations int
	Nodes        int
	// Exact is set when every relabelling was taken once (n! no more
	// than the permutations asked for): P is then the exact share of
	// relabellings that correlate at least as strongly, not an estimate
	// with a floor of 1/(Permutations+1).
	Exact bool
}

// cell is one non-zero off-diagonal cell of a weight matrix.
type cell struct {
	i, j int32
	w    float64
}

// qapCorrelation tests x against y, both n x n given by their non-zero
// off-diagonal cells (any order, each cell once).
func qapCorrelation(ctx context.Context, n int, x, y []cell, perms int, seed uint64, workers int) (QAP, error) {
	q := QAP{R: math.NaN(), P: math.NaN(), Permutations: perms, Nodes: n}
	if n < 3 {
		return q, nil
	}
	m := float64(n) * float64(n-1)
	mean := func(c []cell) (s, ss float64) {
		for _, e := range c {
			s += e.w
			ss += e.w * e.w
		}
		return s / m, ss/m - (s/m)*(s/m)
	}
	mx, vx := mean(x)
	my, vy := mean(y)
	if vx <= 0 || vy <= 0 {
		return q, nil
	}
	dense := make([]float64, n*n)
	for _, e := range y {
		dense[int(e.i)*n+int(e.j)] = e.w
	}
	r := func(p []int32) float64 {
		s := 0.0
		for _, e := range x {
			s += e.w * dense[int(p[e.i])*n+int(p[e.j])]
		}
		return (s/m - mx*my) / math.Sqrt(vx*vy)
	}
	id := make([]int32, n)
	for i := range id {
		id[i] = int32(i)
	}
	q.R = r(id)
	if all := relabellings(n); all > 0 && all <= perms {
		// Few units: the n! relabellings are fewer than the permutations
		// asked for, so they are all taken, once each, and p is exact.
		// Drawn at random, some relabellings repeat and others, the
		// observed one among them, are missed: with 6 units (720) 1,000
		// draws left it out one time in four, and p read "≤ 0.001, the
		// smallest 1,000 permutations can show" where the exact p over
		// all 720 was 1/720.
		h := 0
		for k, p := 0, slices.Clone(id); ; k++ {
			if k%chunk == 0 {
				if err := ctx.Err(); err != nil {
					return q, err
				}
			}
			if r(p) >= q.R-tieTolerance {
				h++
			}
			if !nextPermutation(p) {
				break
			}
		}
		q.P, q.Permutations, q.Exact = float64(h)/float64(all), all, true
		return q, nil
	}
	chunks := (perms + chunk - 1) / chunk
	if workers <= 0 {
		workers = par.Workers(chunks)
	}
	hits := make([]int, chunks)
	scratch := make([][]int32, workers)
	err := par.For(ctx, chunks, workers, func(w, c int) {
		if scratch[w] == nil {
			scratch[w] = slices.Clone(id)
		}
		p := scratch[w]
		rng := rngFor(seed, streamQAP, 0, c)
		for k := c * chunk; k < min(perms, (c+1)*chunk); k++ {
			copy(p, id)
			rng.Shuffle(n, func(a, b int) { p[a], p[b] = p[b], p[a] })
			if r(p) >= q.R-tieTolerance {
				hits[c]++
			}
		}
	})
	if err != nil {
		return q, err
	}
	h := 0
	for _, x := range hits {
		h += x
	}
	q.P = float64(h+1) / float64(perms+1)
	return q, nil
}

// relabellings is n!, the number of relabellings of n units, or 0 when it
// exceeds a million (more than any test here runs).
func relabellings(n int) int {
	f := 1
	for i := 2; i <= n; i++ {
		if f *= i; f > 1_000_000 {
			return 0
		}
	}
	return f
}

// nextPermutation turns p into the next permutation in lexicographic order
// and reports whether there was one (false after the last, p unchanged).
func nextPermutation(p []int32) bool {
	i := len(p) - 2
	for i >= 0 && p[i] >= p[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(p) - 1
	for p[j] <= p[i] {
		j--
	}
	p[i], p[j] = p[j], p[i]
	slices.Reverse(p[i+1:])
	return true
}
