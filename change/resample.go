package change

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/sekat-ona/sekat/internal/par"
)

// pool holds the vectors of every block of a frame for one layout.
type pool struct {
	lay   *layout
	data  []blockData // by frame block
	npair int
	pairs *pairIndex
	// run is the number of consecutive blocks resampled and permuted
	// together (1: blocks one by one); see runs.
	run int
}

// runs cuts blocks (consecutive, in time order) into runs of run blocks;
// the last run may be shorter.
func runs(blocks []int, run int) [][]int {
	run = max(1, run)
	var out [][]int
	for i := 0; i < len(blocks); i += run {
		out = append(out, blocks[i:min(len(blocks), i+run)])
	}
	return out
}

// scratch is one worker's memory for evaluating resamples.
type scratch struct {
	sum   []float64
	stamp []uint32
	gen   uint32
	out   []float64
	idx   []int
}

func (p *pool) newScratch() *scratch {
	return &scratch{sum: make([]float64, p.lay.dim), stamp: make([]uint32, p.npair), out: make([]float64, p.lay.derivedDim())}
}

// eval sums the vectors of blocks (repeats counted) and derives the
// measures into s.out.
func (p *pool) eval(blocks []int, sz *sizes, s *scratch) []float64 {
	clear(s.sum)
	s.gen++
	if s.gen == 0 {
		clear(s.stamp)
		s.gen = 1
	}
	distinct := 0
	for _, b := range blocks {
		d := &p.data[b]
		for i, x := range d.lin {
			s.sum[i] += x
		}
		for _, id := range d.pairs {
			if s.stamp[id] != s.gen {
				s.stamp[id] = s.gen
				distinct++
			}
		}
	}
	p.lay.derive(s.sum, distinct, sz, s.out)
	return s.out
}

// dist is the sampling distribution of a derived vector over one
// period's blocks: the point estimate, B bootstrap replicates and the n
// leave-one-block-out (jackknife) values, each row dim long.
type dist struct {
	point []float64
	boot  []float64 // B x dim
	jack  []float64 // n x dim
	b, n  int
	dim   int
}

func (d *dist) bootAt(r, j int) float64 { return d.boot[r*d.dim+j] }
func (d *dist) jackAt(i, j int) float64 { return d.jack[i*d.dim+j] }

// chunk is the number of resamples one random stream draws: streams
// belong to chunks, not to workers, so results do not depend on the
// number of workers.
const chunk = 16

// stream numbers the random streams of the resampling steps; each step
// draws from (seed, stream<<32 | chunk).
const (
	streamBoot = iota + 1
	streamPerm
	streamQAP
	streamUnits
	streamRI
)

func rngFor(seed uint64, stream, period, c int) *rand.Rand {
	return rand.New(rand.NewPCG(seed, uint64(stream)<<48|uint64(period)<<32|uint64(c)))
}

// bootstrap resamples the blocks of one period B times and leaves each
// run of blocks out once (the block jackknife); period numbers the random
// stream. With runs of one block it draws blocks with replacement, as many
// as the period has; with longer runs it is Künsch's (1989) moving block
// bootstrap: it draws runs of p.run consecutive blocks starting anywhere
// in the period until it has as many blocks as the period, so that the
// dependence between neighbouring blocks stays inside a run.
func (p *pool) bootstrap(ctx context.Context, blocks []int, sz *sizes, B int, seed uint64, period, workers int) (*dist, error) {
	dim := p.lay.derivedDim()
	n := len(blocks)
	run := min(max(1, p.run), max(1, n/2))
	jr := runs(blocks, run)
	d := &dist{b: B, n: len(jr), dim: dim, boot: make([]float64, B*dim), jack: make([]float64, len(jr)*dim)}
	s0 := p.newScratch()
	d.point = slices.Clone(p.eval(blocks, sz, s0))
	if n == 0 {
		for i := range d.boot {
			d.boot[i] = math.NaN()
		}
		return d, nil
	}
	chunks := (B + chunk - 1) / chunk
	if workers <= 0 {
		workers = par.Workers(chunks)
	}
	ws := make([]*scratch, workers)
	err := par.For(ctx, chunks, workers, func(w, c int) {
		if ws[w] == nil {
			ws[w] = p.newScratch()
		}
		s := ws[w]
		r := rngFor(seed, streamBoot, period, c)
		for k := c * chunk; k < min(B, (c+1)*chunk); k++ {
			s.idx = s.idx[:0]
			for len(s.idx) < n {
				start := r.IntN(n - run + 1)
				for _, b := range blocks[start : start+run] {
					if len(s.idx) < n {
						s.idx = append(s.idx, b)
					}
				}
			}
			copy(d.boot[k*dim:], p.eval(s.idx, sz, s))
		}
	})
	if err != nil {
		return nil, err
	}
	err = par.For(ctx, len(jr), workers, func(w, i int) {
		if ws[w] == nil {
			ws[w] = p.newScratch()
		}
		s := ws[w]
		s.idx = s.idx[:0]
		for k, rn := range jr {
			if k != i {
				s.idx = append(s.idx, rn...)
			}
		}
		copy(d.jack[i*dim:], p.eval(s.idx, sz, s))
	})
	return d, err
}

// permutation tests, for every derived measure, whether the after
// period differs from the before period more than a random split of the
// two periods' blocks into groups of the same sizes would give: the
// two-sided p-value (1 + #{|d*| >= |d|}) / (1 + P) over the P
// permutations where d* is defined, with d = after - before, and, for
// every measure, that number of permutations (0 where the p-value is
// NaN): a p-value of 1/(n + 1) is the smallest n permutations can show.
// Blocks carry their own labels, so a moved block keeps who was where.
func (p *pool) permutation(ctx context.Context, before, after []int, szB, szA *sizes, diff []float64, P int, seed uint64, workers int) ([]float64, []int, error) {
	dim := p.lay.derivedDim()
	all := append(runs(before, p.run), runs(after, p.run)...)
	nb := len(runs(before, p.run))
	chunks := (P + chunk - 1) / chunk
	if workers <= 0 {
		workers = par.Workers(chunks)
	}
	type part struct{ hit, def []int64 }
	parts := make([]part, chunks)
	ws := make([]*scratch, workers)
	wa := make([]*scratch, workers)
	perm := make([][][]int, workers)
	flat := make([][2][]int, workers)
	err := par.For(ctx, chunks, workers, func(w, c int) {
		if ws[w] == nil {
			ws[w], wa[w], perm[w] = p.newScratch(), p.newScratch(), slices.Clone(all)
		}
		pt := part{make([]int64, dim), make([]int64, dim)}
		r := rngFor(seed, streamPerm, 0, c)
		x := perm[w]
		for k := c * chunk; k < min(P, (c+1)*chunk); k++ {
			copy(x, all)
			r.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
			fb, fa := flat[w][0][:0], flat[w][1][:0]
			for i, rn := range x {
				if i < nb {
					fb = append(fb, rn...)
				} else {
					fa = append(fa, rn...)
				}
			}
			flat[w] = [2][]int{fb, fa}
			tb := p.eval(fb, szB, ws[w])
			ta := p.eval(fa, szA, wa[w])
			for j := range dim {
				dd := ta[j] - tb[j]
				if math.IsNaN(dd) || math.IsNaN(diff[j]) {
					continue
				}
				pt.def[j]++
				if math.Abs(dd) >= math.Abs(diff[j])-tieTolerance {
					pt.hit[j]++
				}
			}
		}
		parts[c] = pt
	})
	if err != nil {
		return nil, nil, err
	}
	out, defined := make([]float64, dim), make([]int, dim)
	for j := range dim {
		var hit, def int64
		for _, pt := range parts {
			hit += pt.hit[j]
			def += pt.def[j]
		}
		out[j] = math.NaN()
		if !math.IsNaN(diff[j]) && def > 0 {
			out[j], defined[j] = float64(hit+1)/float64(def+1), int(def)
		}
	}
	return out, defined, nil
}

// tieTolerance absorbs rounding when a permuted difference equals the
// observed one but was summed in another order.
const tieTolerance = 1e-12

// Interval is a confidence interval; both ends NaN when it cannot be
// given, with Reason saying why when the estimate itself is defined.
type Interval struct {
	Low, High float64
	Reason    string
}

// Why an interval is not given.
const (
	// IntervalFewBlocks: the period has fewer than MinIntervalBlocks
	// time blocks.
	IntervalFewBlocks = "few_blocks"
	// IntervalBiased: the estimate lies outside the interval the
	// replicates give, so their distribution is not centred on it and
	// no interval made from them would be honest.
	IntervalBiased = "biased"
	// IntervalDegenerate: every replicate is the same value (a group
	// whose few ties all stay inside, or all go out, in every resample),
	// so the bootstrap shows no spread, which is not the same as none:
	// an interval of zero width would claim certainty the ties do not
	// give.
	IntervalDegenerate = "degenerate"
	// IntervalLengths: the change in a measure that counts distinct
	// pairs (the density) between periods of different numbers of time
	// blocks. A longer period gathers more distinct pairs, so the
	// difference holds the periods' lengths as well as any change, and
	// so does every resample's: an interval of it would read the lengths
	// as a change. The permutation p, which keeps each period's number of
	// blocks, compares like with like and stands.
	IntervalLengths = "lengths"
)

// nanInterval is the interval that cannot be given.
var nanInterval = Interval{Low: math.NaN(), High: math.NaN()}

// MinIntervalBlocks is the fewest time blocks (runs of blocks, with
// Options.Run) a period needs for a bootstrap interval or standard error.
// With n blocks the bootstrap draws one of C(2n-1, n) distinct resamples
// (1, 3 and 10 for n = 1, 2, 3), and the resample that repeats one block n
// times has probability n^-n: 1/27 for n = 3, more than the alpha/2 =
// 2.5% of each tail, so the interval's ends would be single blocks'
// values, and for n = 1 the interval would be the estimate itself. From
// n = 4 (1/256) the ends are quantiles of a distribution.
const MinIntervalBlocks = 4

// minDefined is the share of replicates that must be defined for an
// interval to be given.
const minDefined = 0.5

// bca is Efron's (1987) bias-corrected and accelerated percentile
// interval at level 1-alpha from replicates reps of an estimate est, with
// the acceleration a from jackknife influence values. It falls back to
// the plain percentile interval when the bias correction is infinite (est
// outside the replicates) and returns nanInterval when fewer than
// minDefined of the replicates are defined or est is undefined.
//
// An interval that does not contain est is not given (Reason
// IntervalBiased). It happens when the replicates are biased away from
// the estimate by the resampling itself: the density counts distinct
// pairs, and a resample that repeats weeks has fewer of them, so nearly
// every replicate lies below the estimate, BCa's bias correction is
// infinite and the percentile interval lies wholly below the estimate.
// Clamping the interval to the estimate would hide that.
func bca(est float64, reps []float64, a, alpha float64) Interval {
	if math.IsNaN(est) {
		return nanInterval
	}
	xs := make([]float64, 0, len(reps))
	for _, x := range reps {
		if !math.IsNaN(x) {
			xs = append(xs, x)
		}
	}
	if len(xs) == 0 || float64(len(xs)) < minDefined*float64(len(reps)) {
		return nanInterval
	}
	slices.Sort(xs)
	if xs[0] == xs[len(xs)-1] {
		return Interval{Low: math.NaN(), High: math.NaN(), Reason: IntervalDegenerate}
	}
	below, equal := 0, 0
	for _, x := range xs {
		switch {
		case x < est:
			below++
		case x == est:
			equal++
		}
	}
	lo, hi := alpha/2, 1-alpha/2
	f := (float64(below) + 0.5*float64(equal)) / float64(len(xs))
	if f > 0 && f < 1 && !math.IsNaN(a) {
		z0 := normQuantile(f)
		adj := func(q float64) float64 {
			z := normQuantile(q)
			den := 1 - a*(z0+z)
			if den <= 0 {
				return math.NaN()
			}
			return normCDF(z0 + (z0+z)/den)
		}
		l, h := adj(lo), adj(hi)
		if !math.IsNaN(l) && !math.IsNaN(h) {
			lo, hi = l, h
		}
	}
	iv := Interval{Low: quantile(xs, lo), High: quantile(xs, hi)}
	if est < iv.Low-tieTolerance || est > iv.High+tieTolerance {
		return Interval{Low: math.NaN(), High: math.NaN(), Reason: IntervalBiased}
	}
	if iv.High-iv.Low <= tieTolerance {
		// the replicates that the interval's ends fall on are all one
		// value: as when every replicate is, zero width would claim a
		// certainty the ties do not give (a density of 0.778 [0.778;
		// 0.778] over nine units, no resample able to add a pair)
		return Interval{Low: math.NaN(), High: math.NaN(), Reason: IntervalDegenerate}
	}
	return iv
}

// acceleration is the BCa acceleration of a statistic of several
// independent samples from their jackknife values (Davison & Hinkley
// 1997, sec. 5.3.2): with l_ki = (n_k - 1)(mean_k - x_ki) the empirical
// influence values of sample k of n_k blocks,
//
//	a = sum_k n_k^-3 sum_i l_ki^3 / (6 (sum_k n_k^-2 sum_i l_ki^2)^(3/2)).
//
// NaN when a jackknife value is undefined or every influence is 0.
func acceleration(samples ...[]float64) float64 {
	var num, den float64
	for _, xs := range samples {
		n := float64(len(xs))
		if n < 2 {
			continue
		}
		m := 0.0
		for _, x := range xs {
			if math.IsNaN(x) {
				return math.NaN()
			}
			m += x
		}
		m /= n
		var s2, s3 float64
		for _, x := range xs {
			l := (n - 1) * (m - x)
			s2 += l * l
			s3 += l * l * l
		}
		num += s3 / (n * n * n)
		den += s2 / (n * n)
	}
	if den == 0 {
		return math.NaN()
	}
	return num / (6 * math.Pow(den, 1.5))
}

// quantile is the q-quantile of sorted xs, interpolated between order
// statistics (Hyndman & Fan's type 7, R's default).
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	h := q * float64(len(xs)-1)
	i := int(math.Floor(h))
	if i >= len(xs)-1 {
		return xs[len(xs)-1]
	}
	if i < 0 {
		return xs[0]
	}
	return xs[i] + (h-float64(i))*(xs[i+1]-xs[i])
}

func normCDF(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }

func normQuantile(p float64) float64 { return -math.Sqrt2 * math.Erfcinv(2*p) }

// interval is the BCa interval of measure j of one period; nanInterval
// when the period has fewer than MinIntervalBlocks blocks.
func (d *dist) interval(j int, alpha float64) Interval {
	if d.n < MinIntervalBlocks {
		return Interval{Low: math.NaN(), High: math.NaN(), Reason: IntervalFewBlocks}
	}
	reps := make([]float64, d.b)
	for r := range d.b {
		reps[r] = d.bootAt(r, j)
	}
	jk := make([]float64, d.n)
	for i := range d.n {
		jk[i] = d.jackAt(i, j)
	}
	return bca(d.point[j], reps, acceleration(jk), alpha)
}

// diffInterval is the BCa interval of after[k] - before[j], the two
// periods resampled independently; nanInterval when either period has
// fewer than MinIntervalBlocks blocks.
func diffInterval(before *dist, j int, after *dist, k int, alpha float64) Interval {
	if before.n < MinIntervalBlocks || after.n < MinIntervalBlocks {
		return Interval{Low: math.NaN(), High: math.NaN(), Reason: IntervalFewBlocks}
	}
	est := after.point[k] - before.point[j]
	reps := make([]float64, min(before.b, after.b))
	for r := range reps {
		reps[r] = after.bootAt(r, k) - before.bootAt(r, j)
	}
	jb := make([]float64, before.n)
	for i := range jb {
		jb[i] = after.point[k] - before.jackAt(i, j)
	}
	ja := make([]float64, after.n)
	for i := range ja {
		ja[i] = after.jackAt(i, k) - before.point[j]
	}
	return bca(est, reps, acceleration(jb, ja), alpha)
}
