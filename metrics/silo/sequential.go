package silo

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics/coord"
)

// StopExceedances is h of the Besag–Clifford (1991) sequential rule that
// the default E-I test uses: a group's permutations stop as soon as h of
// them gave an E-I index at or below the observed one, and its p-value is
// then h/L for the L permutations it took. With h = 20 a group that stops
// has p >= 20/L, and its p-value has a relative standard error of about
// 1/sqrt(20) = 22%, as a fixed-count p-value near p has after 20/p
// permutations.
const StopExceedances = 20

// maxRoundBlocks bounds the blocks of permBlock permutations one active
// group runs between two looks at the budget. Rounds only pace the work:
// the p-values do not depend on them (see sequentialCounts).
const maxRoundBlocks = 64

// seqVisitCost is what one node or tie visit of the sequential test costs
// in visits of the fixed-count test, which streams through the ties in
// order: the sequential test draws one random number per member and
// reaches their ties in random order. Measured in process CPU time on the
// network of BenchmarkGroups_20kNodes400Groups (20,000 nodes, 220,000
// ties, this project's shared 2-core machine, three interleaved runs):
// 1,000 fixed permutations (2.2e8 visits) took 0.75 to 0.93 s, the
// sequential test's 4.6e7 visits 0.45 to 0.71 s, about 3.4 times as much
// per visit. 4 keeps the default test's time at or below the former fixed
// count's for the same budget.
const seqVisitCost = 4

// upperAdj holds each tie once, at its lower end: the ties of u with a
// higher neighbour are V[Off[u]:Off[u+1]], with weights QW in fixed point
// (weight times Scale, rounded) and Str the members' strengths in the same
// units. Sums of fixed-point weights are exact and do not depend on their
// order, so a set of members gives the same I and S however it was drawn,
// and the observed labelling ties bit for bit with a permutation that
// gives a group back its own members. Scale is the power of two that puts
// the sum of all strengths at about 2^61 (1 without ties): a weight below
// 2^-61 of the total weight counts as 0.
type upperAdj struct {
	Off   []int32
	V     []int32
	QW    []int64
	Str   []int64
	Scale float64
}

func upperOf(el edgeList, n int) upperAdj {
	off := make([]int32, n+1)
	total := 0.0
	for t, u := range el.U {
		off[u+1]++
		total += 2 * el.W[t]
	}
	for u := range n {
		off[u+1] += off[u]
	}
	scale := 1.0
	if total > 0 && !math.IsInf(total, 0) {
		_, e := math.Frexp(total) // total < 2^e
		scale = math.Ldexp(1, 61-e)
	}
	qw := make([]int64, len(el.W))
	str := make([]int64, n)
	for t, w := range el.W {
		q := int64(math.Round(w * scale))
		qw[t] = q
		str[el.U[t]] += q
		str[el.V[t]] += q
	}
	return upperAdj{Off: off, V: el.V, QW: qw, Str: str, Scale: scale}
}

// memberTally returns the internal weight I and the strength sum S, in
// fixed point, of the members sel (mark[v] is true exactly for them).
func (a upperAdj) memberTally(sel []int32, mark []bool) (in, sum int64) {
	for _, u := range sel {
		sum += a.Str[u]
		for t := a.Off[u]; t < a.Off[u+1]; t++ {
			if mark[a.V[t]] {
				in += a.QW[t]
			}
		}
	}
	return in, sum
}

// eiFixed is the E-I index of a group with fixed-point internal weight in
// and strength sum sum: E = S - 2I, (E - I)/(E + I); NaN without ties.
func eiFixed(in, sum int64) float64 {
	ext := sum - 2*in
	return ei(float64(ext), float64(in))
}

// seqGroup is the state of one group's sequential test.
type seqGroup struct {
	size    int
	cost    float64 // budget charged per permutation
	obs     float64 // observed E-I index, summed as the permutations are
	perms   int     // permutations counted
	count   int     // of them at or below obs
	stopped bool    // reached StopExceedances
	sums    nullSums
}

// seqScratch is one worker's scratch space. pool is the identity 0..n-1
// again after every permutation, and mark all false, so no state passes
// from one work item to the next.
type seqScratch struct {
	pool, swaps, sel []int32
	mark             []bool
}

func newSeqScratch(n int) *seqScratch {
	s := &seqScratch{pool: make([]int32, n), mark: make([]bool, n)}
	for i := range s.pool {
		s.pool[i] = int32(i)
	}
	return s
}

// draw puts a uniformly random set of size nodes in s.sel (a partial
// Fisher–Yates shuffle of pool, undone afterwards) and marks them.
func (s *seqScratch) draw(r *rand.Rand, size int) {
	n := len(s.pool)
	s.swaps = s.swaps[:0]
	for i := range size {
		j := i + r.IntN(n-i)
		s.pool[i], s.pool[j] = s.pool[j], s.pool[i]
		s.swaps = append(s.swaps, int32(j))
	}
	s.sel = append(s.sel[:0], s.pool[:size]...)
	for i := size - 1; i >= 0; i-- {
		j := s.swaps[i]
		s.pool[i], s.pool[j] = s.pool[j], s.pool[i]
	}
	for _, v := range s.sel {
		s.mark[v] = true
	}
}

func (s *seqScratch) unmark() {
	for _, v := range s.sel {
		s.mark[v] = false
	}
}

// observedSequential returns the E-I index of every group of two members
// or more summed as the sequential test sums its permutations (NaN for the
// others).
func observedSequential(adj upperAdj, group []int32, k int) []float64 {
	members := make([][]int32, k)
	for v, l := range group {
		members[l] = append(members[l], int32(v))
	}
	mark := make([]bool, len(group))
	obs := make([]float64, k)
	for c, sel := range members {
		obs[c] = math.NaN()
		if !testable(len(sel), len(group)) {
			continue
		}
		for _, v := range sel {
			mark[v] = true
		}
		in, sum := adj.memberTally(sel, mark)
		for _, v := range sel {
			mark[v] = false
		}
		obs[c] = eiFixed(in, sum)
	}
	return obs
}

// runBlock runs block b (permutations permBlock*b onwards, at most todo of
// them) of group c's test from its own random stream (seed, c, b), and
// stops at the StopExceedances-th exceedance.
func (g *seqGroup) runBlock(adj upperAdj, s *seqScratch, seed uint64, c, b, todo int) {
	r := rand.New(rand.NewPCG(seed, uint64(c)<<32|uint64(b)))
	for range todo {
		s.draw(r, g.size)
		qin, qsum := adj.memberTally(s.sel, s.mark)
		s.unmark()
		x := eiFixed(qin, qsum)
		in, ext := float64(qin)/adj.Scale, float64(qsum-2*qin)/adj.Scale
		g.perms++
		sm := &g.sums
		if !math.IsNaN(x) {
			sm.defined++
			sm.ei += x
			sm.ei2 += x * x
		}
		t := ext + in
		sm.in += in
		sm.tot += t
		sm.in2 += in * in
		sm.tot2 += t * t
		sm.inTot += in * t
		if x <= g.obs+tieTolerance {
			g.count++
			if g.count >= StopExceedances {
				g.stopped = true
				return
			}
		}
	}
}

// sequentialCounts runs the default E-I test: every group with an observed
// value (observed[c] not NaN) gets its own sequence of permutations, each a
// uniformly random set of as many nodes as the group has (which is what
// the group's members are under a shuffle of all labels), until
//
//   - StopExceedances of them gave an E-I index at or below the observed
//     one (stopped; p = h/L, Besag & Clifford 1991), or
//   - maxPerms ran, or the budget ran out (p = (count+1)/(L+1)).
//
// Group c's permutations come in blocks of permBlock, block b drawn from
// the random stream (seed, c, b), so a group's sequence does not depend on
// any other group, on the workers or on how the blocks are paced.
//
// The budget is charged per block a group starts, seqVisitCost size
// (n+m)/n node and tie visits per permutation (all tested groups together
// visit about n + m, as one permutation of the fixed-count test does),
// whether or not the group stops within the block. The budget cap is the largest number of whole blocks
// whose charge fits budget, and never below minPerms rounded up to whole
// blocks: it depends on the other groups' stopping blocks but not on the
// block in which a group still running stops, so a group's sequence until
// the cap is the same as if it had never stopped.
//
// It also returns the cap: maxPerms, or the permutations of the whole
// blocks that ran when the budget ended the test.
func sequentialCounts(ctx context.Context, adj upperAdj, observed []float64, sizes []int, maxPerms, minPerms int, budget float64, opt Options) ([]seqGroup, int, error) {
	n := len(adj.Str)
	m := len(adj.V)
	groups := make([]seqGroup, len(observed))
	var active []int
	for c, obs := range observed {
		groups[c] = seqGroup{size: sizes[c], obs: obs, cost: seqVisitCost * float64(sizes[c]) * float64(n+m) / float64(n)}
		if !math.IsNaN(obs) {
			active = append(active, c)
		}
	}
	maxBlocks := (maxPerms + permBlock - 1) / permBlock
	minBlocks := min(maxBlocks, (minPerms+permBlock-1)/permBlock)
	workers := opt.Workers
	if workers <= 0 {
		workers = par.Workers(len(active))
	}
	scratch := make([]*seqScratch, workers)
	done := opt.Progress.Counter(progress.Permutations, "", int64(maxPerms))
	spent := 0.0
	next, round := 0, 1
	limit := maxPerms
	for len(active) > 0 && next < maxBlocks {
		perBlock := 0.0
		for _, c := range active {
			perBlock += permBlock * groups[c].cost
		}
		blocks := min(round, maxBlocks-next)
		if next >= minBlocks {
			afford := math.Floor((budget - spent) / perBlock)
			if afford < 1 {
				limit = next * permBlock
				break
			}
			blocks = min(blocks, int(min(afford, float64(maxBlocks))))
		} else {
			blocks = min(blocks, minBlocks-next)
		}
		first := next
		err := par.For(ctx, len(active), min(workers, len(active)), func(w, i int) {
			if scratch[w] == nil {
				scratch[w] = newSeqScratch(n)
			}
			c := active[i]
			g := &groups[c]
			for b := first; b < first+blocks && !g.stopped; b++ {
				g.runBlock(adj, scratch[w], opt.Seed, c, b, min(permBlock, maxPerms-b*permBlock))
			}
		})
		if err != nil {
			return nil, 0, err
		}
		// Charge every block each group started.
		for _, c := range active {
			started := blocks
			if g := &groups[c]; g.stopped {
				started = (g.perms+permBlock-1)/permBlock - first
			}
			spent += float64(started) * permBlock * groups[c].cost
		}
		next += blocks
		done.Add(int64(min(next*permBlock, maxPerms) - min(first*permBlock, maxPerms)))
		active = slices.DeleteFunc(active, func(c int) bool { return groups[c].stopped })
		round = min(2*round, maxRoundBlocks)
	}
	return groups, limit, ctx.Err()
}

// PValueLevel is the coverage of PValueInterval.
const PValueLevel = 0.95

// PValueInterval returns the PValueLevel (95%) Clopper–Pearson interval of
// the share of all label shuffles whose E-I index is at or below the
// group's observed one, from the exceedances among the s.Permutations
// shuffles its test ran: StopExceedances when the sequential rule stopped
// it (EIPValue = StopExceedances/Permutations), else the count c of
// EIPValue = (c + 1)/(Permutations + 1). It is the Monte Carlo
// uncertainty of EIPValue: where the p of far more shuffles would fall.
// For a stopped test the binomial interval leaves out the stopping rule,
// whose likelihood is the same. NaN, NaN for an untested group.
func PValueInterval(s GroupStats) (low, high float64) {
	n := s.Permutations
	if n <= 0 || math.IsNaN(s.EIPValue) {
		return math.NaN(), math.NaN()
	}
	x := StopExceedances
	if !s.Stopped {
		x = int(math.Round(s.EIPValue*float64(n+1))) - 1
	}
	x = min(max(x, 0), n)
	low, high = coord.ClopperPearsonTail(int64(x), int64(n), (1-PValueLevel)/2)
	// A stopped test whose p is above h/L was raised to the smallest exact
	// p its labels allow (SmallestExactP): the share of all shuffles cannot
	// be below it either. Raised means above h/L by more than the 15
	// significant digits an output file keeps (graph.Digits; the same
	// relative 1e-9 as AtExactFloor): p = 20/27 read back from groups.csv
	// as 0.740740740740741 is not raised, and its report read back from
	// the folder gave the interval 0.74-0.89 where analyze's gave
	// 0.54-0.89.
	if h := float64(StopExceedances) / float64(n); s.Stopped && s.EIPValue-h > 1e-9*h {
		low, high = math.Max(low, s.EIPValue), math.Max(high, s.EIPValue)
	}
	return low, high
}

// AtFloor reports whether s's E-I p-value is the smallest its test could
// give: the test ran to its s.Permutations shuffles (not Stopped) and none
// of them gave an E-I index at or below the observed one, so EIPValue =
// 1/(Permutations + 1) (Phipson & Smyth 2010). That value is set by the
// number of shuffles, not measured by them: more shuffles could give a
// smaller p, so it is to be shown as a bound ("p ≤ 1/(N + 1)"), not as an
// estimate. A Holm-adjusted p of such a group is the smallest adjusted p
// the family could give (SmallestAdjustedP), a bound too. False for an
// untested group and when the count of shuffles is not known (0, a groups
// table written before it had one).
func AtFloor(s GroupStats) bool {
	n := s.Permutations
	if n <= 0 || s.Stopped || math.IsNaN(s.EIPValue) {
		return false
	}
	return int(math.Round(s.EIPValue*float64(n+1))) == 1
}
