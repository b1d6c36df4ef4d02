package silo

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
)

// MinPermutations is the fewest label permutations Groups runs when
// Options.Permutations is 0 (see PermutationsFor).
const MinPermutations = 1000

// DefaultAlpha is the significance level of the silo verdict (after Holm's
// correction) when none is set.
const DefaultAlpha = 0.05

// permutationsPerTest sets the permutation count of PermutationsFor: with
// P >= 20 k / alpha permutations the smallest Holm-adjusted p-value a group
// can reach, k / (P + 1), is below alpha / 20.
const permutationsPerTest = 20

// permBlock is the number of permutations one worker runs from one random
// stream. Blocks, not workers, own the streams, so results do not depend on
// the number of workers.
const permBlock = 32

// maxChunkBytes bounds the memory of the per-block counts and sums that
// permutationCounts keeps at once.
var maxChunkBytes = 16 << 20 // a variable for tests

// tieTolerance absorbs rounding when a permuted E-I index equals the observed
// one mathematically but was summed in another order.
const tieTolerance = 1e-12

// PermutationsFor is the number of label permutations Groups runs by
// default for tested groups (groups of two members or more) at
// significance level alpha (0 or less means DefaultAlpha):
// max(MinPermutations, ceil(20 tested / alpha)). The smallest p-value a
// permutation test can give is 1/(P+1) (Phipson & Smyth 2010) and Holm's
// correction multiplies the smallest of tested p-values by tested, so with
// this P the most significant group can reach an adjusted p of
// tested/(P+1) < alpha/20: a verdict is never out of reach because too few
// permutations ran. Cost grows with tested: O(P (n + m)) time.
func PermutationsFor(tested int, alpha float64) int {
	if !(alpha > 0) {
		alpha = DefaultAlpha
	}
	p := math.Ceil(permutationsPerTest * float64(tested) / alpha)
	if p > math.MaxInt32 {
		p = math.MaxInt32
	}
	return max(MinPermutations, int(p))
}

// PermutationBudget bounds the node and tie visits of the default
// (sequential) E-I test: a permutation of a group of size members is
// charged 4 size (n + m)/n (its visits, at four times the cost of a
// visit of the fixed-count test, which streams through the ties), so all
// groups together cost about 4 (n + m) per permutation; when the budget is
// spent every group still running stops at the same block (never before
// MinPermutations, rounded up to whole blocks), unless Options.Permutations
// asks for a number or Options.Budget sets another bound. 2e9 node and tie visits take about 10 to 20 seconds on two cores
// (BenchmarkVerdictPermutations_kabupatenPerson in package metrics); the
// 3,032-person kabupaten study needs 1.1e9 for its 39 units and stays
// under it. When the budget binds, the smallest adjusted p-value may no
// longer be below alpha/10: SmallestAdjustedP of the most permutations a
// group not Stopped ran says what it is, and the command line warns.
const PermutationBudget = 2e9

// SmallestAdjustedP is the smallest Holm-adjusted p-value a permutation
// test of family groups with perms permutations can give: family/(perms+1)
// (the smallest p-value, 1/(perms+1), times the family size), at most 1.
func SmallestAdjustedP(family, perms int) float64 {
	if family <= 0 || perms < 0 {
		return math.NaN()
	}
	return min(1, float64(family)/float64(perms+1))
}

// Options configures Groups. The zero value runs PermutationsFor(tested,
// DefaultAlpha) permutations from seed 0 on GOMAXPROCS workers.
type Options struct {
	// Permutations is the number of label permutations of the E-I test,
	// shared by every group and run in full; 0 means the sequential test
	// (see Groups): each group runs at most PermutationsFor(the groups of
	// two members or more, Alpha), stops early by the Besag–Clifford rule
	// and shares the budget. A negative value skips the test (EIPValue and
	// PAdjusted are then NaN).
	Permutations int
	// Alpha is the significance level the default permutation count is
	// sized for; 0 means DefaultAlpha. It changes no p-value.
	Alpha float64
	// Budget bounds the node and tie visits of the sequential test (never
	// fewer than MinPermutations per group, in whole blocks of 32); 0 means
	// PermutationBudget.
	Budget float64
	// Seed seeds the permutations: the same seed gives the same p-values.
	Seed uint64
	// Workers is the number of goroutines; 0 means GOMAXPROCS. It never
	// changes the result.
	Workers int
	// Progress receives the number of permutations run
	// (progress.Permutations).
	Progress progress.Reporter
}

// GroupStats describes how closed one group is. Weights are tie strengths on
// the undirected graph; each tie is counted once.
type GroupStats struct {
	Group int32 // the group index
	Size  int   // n_g, members
	// InternalWeight I is the weight of ties with both ends in the group;
	// ExternalWeight E the weight of ties with exactly one end in it.
	InternalWeight, ExternalWeight float64
	// InternalTies and ExternalTies count the same ties without weights.
	InternalTies, ExternalTies int64
	// EIIndex is (E-I)/(E+I) on weights (Krackhardt & Stern 1988): -1 when
	// all of the group's weight stays inside, +1 when all of it leaves. NaN
	// when the group has no ties.
	EIIndex float64
	// EITies is the same index on distinct ties; NaN without ties.
	EITies float64
	// EIExpected is the E-I index of the weights the group would expect if
	// ties ignored the groups, counted as E and I are (each tie once). When
	// the labels are shuffled over the n nodes (sizes kept) a tie has both
	// ends in the group with probability n_g(n_g-1)/(n(n-1)) and exactly one
	// with probability 2n_g(n-n_g)/(n(n-1)), so the expected E and I stand
	// in the ratio 2(n-n_g) : (n_g-1) whatever the weights and
	//
	//	EIExpected = ((n-n_g) - (n_g-1)/2) / ((n-n_g) + (n_g-1)/2).
	//
	// It is the E-I index of the expected weights, not the mean E-I index
	// over shuffles (a ratio's mean is not the ratio of the means; see
	// Null). 1 for a group of one, -1 for a group of every node; NaN when
	// n < 2 or the group is empty.
	EIExpected float64
	// Homophily is Coleman's (1958) homophily index of the group's weight,
	// which for one group is Freeman's (1978) segregation index:
	// H = (p - q)/(1 - q), p = I/(I+E) the share of the group's tie weight
	// that stays inside and q = (1 - EIExpected)/2 the share chance gives.
	// Equivalently H = (EIExpected - EIIndex)/(1 + EIExpected). 0 is
	// chance, 1 all weight inside, below 0 more open than chance. It
	// measures inwardness on one scale for every group size: q falls as
	// the group shrinks, and H measures p above q against the room above
	// q. NaN when EIIndex or EIExpected is, or q = 1 (one group of every
	// node).
	Homophily float64
	// EIPValue is the one-sided permutation p-value of EIIndex: the share of
	// label permutations (group sizes kept) whose E-I index of this group is
	// at or below the observed one, counted as (count + 1) / (permutations
	// + 1) so that the observed labelling is one of the permutations and p is
	// never 0 (Phipson & Smyth 2010). Small p: the group is more closed than
	// its size explains. NaN for a group of fewer than two members (it can
	// have no internal tie, so there is nothing to test), when EIIndex is
	// NaN or when the test is skipped.
	EIPValue float64
	// Permutations is the number of label permutations this group's test
	// ran: Options.Permutations when that is set, otherwise the group's own
	// count under the sequential rule (see Groups). 0 for an untested
	// group.
	Permutations int
	// Stopped is true when the sequential rule stopped the group's test
	// at StopExceedances exceedances (EIPValue = StopExceedances /
	// Permutations, Besag & Clifford 1991): more permutations would not
	// be needed to decide it. False for a group whose test ran to its cap
	// (PermutationsFor, or the budget) and always with
	// Options.Permutations set.
	Stopped bool
	// Nodes is n, the number of nodes whose labels the test shuffles, so
	// that SmallestExactP(Nodes, Size) is the smallest p the group's labels
	// allow (AtExactFloor). 0 when not known (a groups table read back).
	Nodes int
	// PermutationCap is the number of permutations the group's test ran
	// to, or would have run to had the sequential rule not stopped it:
	// PermutationsFor(tested, Alpha), fewer when the budget ran out, or
	// Options.Permutations. The same for every tested group of one call,
	// so SmallestAdjustedP(family, PermutationCap) is the smallest
	// adjusted p-value the call could give. 0 for an untested group.
	PermutationCap int
	// PAdjusted is EIPValue adjusted by Holm's (1979) step-down method over
	// the groups of one call that have a p-value, so that the chance of
	// calling any group closed by luck stays at the level used (the
	// family-wise error rate). NaN where EIPValue is.
	PAdjusted float64
	// Null summarises the E-I index of this group over the same
	// permutations; zero when the test is skipped.
	Null NullStats
	// Conductance is E / min(vol(g), vol(rest)), with vol the sum of the
	// members' strengths (= 2I + E for the group). NaN when either side has
	// no volume (0/0: E is then 0 too).
	Conductance float64
	// Density is InternalTies / (n_g (n_g - 1) / 2), the share of possible
	// ties inside the group that exist; 0 for a group of fewer than 2 members
	// (NetworkX's density convention).
	Density float64
}

// NullStats describe a group's E-I index under label shuffling, from the
// permutations of the p-value. They let tests and the method page check
// EIExpected against sekat's own shuffles.
type NullStats struct {
	// Permutations is the number of permutations run.
	Permutations int
	// Defined is the number of them in which the group had any tie (its
	// E-I index is defined).
	Defined int
	// MeanEI is the mean E-I index over the Defined permutations and
	// MeanEISE its standard error (sample sd / sqrt(Defined)); NaN when
	// Defined < 2.
	MeanEI, MeanEISE float64
	// RatioEI is the E-I index of the mean shuffled weights,
	// (mean E - mean I)/(mean E + mean I) over all permutations: the
	// Monte Carlo estimate of EIExpected. RatioEISE is its standard error
	// by the delta method. NaN when the group never had a tie.
	RatioEI, RatioEISE float64
}

// edgeList holds every undirected tie once (U < V).
type edgeList struct {
	U, V []int32
	W    []float64
}

func edgesOf(g *graph.CSR) edgeList {
	m := g.Edges() / 2
	el := edgeList{U: make([]int32, 0, m), V: make([]int32, 0, m), W: make([]float64, 0, m)}
	for u := 0; u < g.N; u++ {
		adj, w := g.Neighbors(u)
		for t, v := range adj {
			if int(v) > u {
				el.U = append(el.U, int32(u))
				el.V = append(el.V, v)
				el.W = append(el.W, w[t])
			}
		}
	}
	return el
}

// tally adds each tie's weight to I of its group when both ends share a
// label, otherwise to E of both groups. ext and in must be zeroed. The
// sums are compensated (graph.KSum): they are the written internal_weight and
// external_weight, and a plain loop wrote a unit's 712.1 as
// 712.099999999999.
func (el edgeList) tally(lab []int32, ext, in []float64) {
	e, i := make([]graph.KSum, len(ext)), make([]graph.KSum, len(in))
	for t, u := range el.U {
		a, b := lab[u], lab[el.V[t]]
		if a == b {
			i[a].Add(el.W[t])
		} else {
			e[a].Add(el.W[t])
			e[b].Add(el.W[t])
		}
	}
	for c := range ext {
		ext[c], in[c] = e[c].Sum(), i[c].Sum()
	}
}

// strengths returns each node's strength: the weight of its ties.
func (el edgeList) strengths(n int) []float64 {
	s := make([]float64, n)
	for t, u := range el.U {
		s[u] += el.W[t]
		s[el.V[t]] += el.W[t]
	}
	return s
}

// fastTally is tally for the permutation loop: it adds a tie's weight only
// when both ends share a label (I), which under shuffled labels is rare,
// so the branch is well predicted and a tie across groups costs no store;
// E = S - 2I, with S the sum of the members' strengths str, in O(n + m).
// Its E can differ from tally's in the last bits; it is used for the
// observed and the permuted labels alike. sum is scratch of k slots.
func (el edgeList) fastTally(lab []int32, str []float64, ext, in, sum []float64) {
	clear(in)
	clear(sum)
	for v, l := range lab {
		sum[l] += str[v]
	}
	for t, u := range el.U {
		if a := lab[u]; a == lab[el.V[t]] {
			in[a] += el.W[t]
		}
	}
	for c := range ext {
		ext[c] = max(0, sum[c]-2*in[c])
	}
}

// Groups returns one GroupStats per group index 0..k-1 (empty groups
// included) for the labels group (one per node, each in [0, k)) on the
// undirected graph g.
//
// By default the E-I permutation test is sequential and per group (see
// sequentialCounts): each group of two members or more draws random node
// sets of its size (its members under a shuffle of all labels, isolated
// nodes included) until StopExceedances of them gave an E-I index at or
// below the observed one, p = StopExceedances/L for its L permutations
// (Besag & Clifford 1991), or until PermutationsFor(tested, opt.Alpha) or
// the budget ends it, p = (count+1)/(L+1). A permutation of a group costs
// about size (n+m)/n; the blocks of 32 of a group have their own random
// streams (opt.Seed, group, block), so the p-values depend only on g,
// group, opt.Seed, opt.Alpha and opt.Budget. With opt.Permutations = P > 0
// the test shuffles all labels P times, recomputing every group's E-I
// index in one O(m) pass per permutation, in blocks of 32 with streams
// (opt.Seed, block): O(P (n + m)) time, O(n + m + k P/32) memory. Holm's correction
// runs over the groups of this call, so call Groups once per kind of group
// (sectors, units) to correct within each kind.
//
// It returns an error when len(group) != g.N, k < 0 or a label is outside
// [0, k).
func Groups(g *graph.CSR, group []int32, k int, opt Options) ([]GroupStats, error) {
	return GroupsContext(context.Background(), g, group, k, opt)
}

// GroupsContext is Groups stopping early, with ctx.Err(), once ctx is done
// (checked every 32 permutations).
func GroupsContext(ctx context.Context, g *graph.CSR, group []int32, k int, opt Options) ([]GroupStats, error) {
	if err := checkLen("groups", g, group); err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, fmt.Errorf("silo: groups: k = %d, want the number of groups (>= 0)", k)
	}
	for i, l := range group {
		if l < 0 || int(l) >= k {
			return nil, fmt.Errorf("silo: groups: node %d has label %d, want a label in [0, %d)", i, l, k)
		}
	}
	n := g.N
	el := edgesOf(g)
	out := make([]GroupStats, k)
	ext := make([]float64, k)
	in := make([]float64, k)
	el.tally(group, ext, in)
	for t, u := range el.U {
		a, b := group[u], group[el.V[t]]
		if a == b {
			out[a].InternalTies++
		} else {
			out[a].ExternalTies++
			out[b].ExternalTies++
		}
	}
	// Volumes: vol(g) = 2I + E; vol(rest) = total - vol(g), exactly 0 when no
	// node outside g has a tie.
	active := make([]int, k)
	for v := 0; v < n; v++ {
		out[group[v]].Size++
		if g.Degree(v) > 0 {
			active[group[v]]++
		}
	}
	totalVol, totalActive := 0.0, 0
	for c := range out {
		totalVol += 2*in[c] + ext[c]
		totalActive += active[c]
	}
	tested := 0
	for c := range out {
		s := &out[c]
		s.Group = int32(c)
		s.Nodes = n
		s.InternalWeight, s.ExternalWeight = in[c], ext[c]
		s.EIIndex = ei(ext[c], in[c])
		s.EITies = ei(float64(s.ExternalTies), float64(s.InternalTies))
		s.EIExpected = EIExpected(n, s.Size)
		s.Homophily = Homophily(s.EIIndex, s.EIExpected)
		volG := 2*in[c] + ext[c]
		volR := totalVol - volG
		if totalActive == active[c] {
			volR = 0
		}
		s.Conductance = math.NaN()
		if m := math.Min(volG, volR); m > 0 {
			s.Conductance = ext[c] / m
		}
		if s.Size >= 2 {
			s.Density = float64(s.InternalTies) / (float64(s.Size) * float64(s.Size-1) / 2)
		}
		if testable(s.Size, n) {
			tested++
		}
		s.EIPValue, s.PAdjusted = math.NaN(), math.NaN()
	}

	if opt.Permutations < 0 || k == 0 {
		return out, ctx.Err()
	}
	str := el.strengths(n)
	p := make([]float64, k)
	budget := opt.Budget
	if !(budget > 0) {
		budget = PermutationBudget
	}
	fixed := opt.Permutations
	if fixed == 0 {
		fixed = fullShufflesInstead(out, n, len(el.U), tested, budget, opt.Alpha)
	}
	if fixed == 0 {
		adj := upperOf(el, n)
		observed := observedSequential(adj, group, k)
		sizes := make([]int, k)
		for c := range out {
			sizes[c] = out[c].Size
		}
		seq, limit, err := sequentialCounts(ctx, adj, observed, sizes, PermutationsFor(tested, opt.Alpha), MinPermutations, budget, opt)
		if err != nil {
			return nil, err
		}
		for c := range out {
			p[c] = math.NaN()
			g := &seq[c]
			if !math.IsNaN(observed[c]) {
				if g.stopped {
					p[c] = float64(g.count) / float64(g.perms)
				} else {
					p[c] = float64(g.count+1) / float64(g.perms+1)
				}
				out[c].Null = g.sums.stats(g.perms)
				out[c].PermutationCap = limit
			}
			out[c].EIPValue = p[c]
			out[c].Permutations = g.perms
			out[c].Stopped = g.stopped
		}
	} else {
		perms := fixed
		// Groups of one are never tested: their observed value is NaN,
		// which no permutation counts.
		// The observed values are summed as the permuted ones are
		// (fastTally), so that a permutation that gives a group back its
		// own members ties with it exactly.
		oext, oin, osum := make([]float64, k), make([]float64, k), make([]float64, k)
		el.fastTally(group, str, oext, oin, osum)
		observed := make([]float64, k)
		for c := range out {
			observed[c] = math.NaN()
			if testable(out[c].Size, n) {
				observed[c] = ei(oext[c], oin[c])
			}
		}
		counts, null, err := permutationCounts(ctx, el, str, group, k, observed, perms, opt)
		if err != nil {
			return nil, err
		}
		for c := range out {
			p[c] = math.NaN()
			if !math.IsNaN(observed[c]) {
				p[c] = float64(counts[c]+1) / float64(perms+1)
				out[c].Permutations, out[c].PermutationCap = perms, perms
			}
			out[c].EIPValue = p[c]
			out[c].Null = null[c]
		}
	}
	// The observed members are one of the C(n, size) member sets a
	// shuffle can give a group, each as likely as the others, so the
	// exact p is at least 1/C. A Monte Carlo p can fall below it (a test
	// stopped at 20 exceedances in 601 shuffles gives 0.033 to a sector
	// of 2 of 7 units, whose exact p cannot be below 1/21 = 0.048): it is
	// raised to it, which keeps it valid and never claims more than the
	// labels allow.
	for c := range out {
		if !math.IsNaN(p[c]) {
			p[c] = math.Max(p[c], SmallestExactP(n, out[c].Size))
			out[c].EIPValue = p[c]
		}
	}
	for c, x := range Holm(p) {
		out[c].PAdjusted = x
	}
	return out, nil
}

// testable reports whether a group of size of n nodes has a label-shuffling
// test: at least two members (a group of one can have no internal tie)
// and not every node. A shuffle keeps the group sizes, so a group of all n
// nodes gets back the same members from every shuffle (C(n, n) = 1
// member set): its E-I index never changes and a p-value would be 1 by
// construction, not a test. Its homophily is undefined too (Homophily).
func testable(size, n int) bool { return size >= 2 && size < n }

// SmallestExactP is the smallest p-value a label-shuffling test of a group
// of size of n nodes can have: 1/C(n, size), the share of the equally
// likely member sets that the observed one takes. With few units it is
// large: a sector of 2 of 6 units cannot go below 1/15 = 0.067, so it can
// never be significant at 0.05, whatever its ties. NaN when size is not in
// [1, n]; it underflows to 0 for large networks.
func SmallestExactP(n, size int) float64 {
	if size < 1 || size > n {
		return math.NaN()
	}
	k := min(size, n-size)
	p := 1.0
	for i := range k {
		p *= float64(k-i) / float64(n-i)
	}
	return p
}

// AtExactFloor reports whether s's E-I p-value is the smallest exact p its
// labels allow, SmallestExactP(s.Nodes, s.Size): a Monte Carlo p at or
// below it, raised to it. No number of shuffles could give a smaller p;
// the exact p is at least this, and larger when other member sets are as
// inward as the observed one. False for an untested group and when Nodes
// is not known.
func AtExactFloor(s GroupStats) bool {
	if s.Nodes <= 0 || math.IsNaN(s.EIPValue) {
		return false
	}
	f := SmallestExactP(s.Nodes, s.Size)
	return !math.IsNaN(f) && f > 0 && math.Abs(s.EIPValue-f) <= 1e-9*f
}

// EIExpected is the E-I index of the weights a group of ng of n nodes
// expects when ties ignore the groups (see GroupStats.EIExpected):
// ((n-ng) - (ng-1)/2) / ((n-ng) + (ng-1)/2). NaN when n < 2, ng < 1 or
// ng > n.
func EIExpected(n, ng int) float64 {
	if n < 2 || ng < 1 || ng > n {
		return math.NaN()
	}
	e, i := float64(n-ng), float64(ng-1)/2
	return (e - i) / (e + i)
}

// Homophily is Coleman's homophily index (Freeman's segregation index for
// one group) from a group's E-I index and its expected E-I index:
// (expected - ei)/(1 + expected), which is (p - q)/(1 - q) with
// p = (1 - ei)/2 the internal share of the weight and q = (1 -
// expected)/2 the share chance gives. NaN when either is NaN or expected
// is -1 (q = 1: chance keeps every tie inside, so inwardness cannot be
// told from it).
func Homophily(ei, expected float64) float64 {
	if math.IsNaN(ei) || math.IsNaN(expected) || expected <= -1 {
		return math.NaN()
	}
	return (expected - ei) / (1 + expected)
}

// Holm returns the p-values p adjusted by Holm's (1979) step-down method:
// with the m defined p-values in ascending order p_(1) <= ... <= p_(m),
// the adjusted value of p_(j) is min(1, max over i <= j of (m-i+1) p_(i)).
// A NaN p-value is not part of the family and stays NaN. Rejecting every
// hypothesis whose adjusted p is at most alpha keeps the chance of any
// false rejection at most alpha whatever the dependence between the tests.
func Holm(p []float64) []float64 {
	out := make([]float64, len(p))
	idx := make([]int, 0, len(p))
	for i, x := range p {
		out[i] = math.NaN()
		if !math.IsNaN(x) {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(p[a], p[b]) })
	m, run := len(idx), 0.0
	for j, i := range idx {
		run = math.Max(run, math.Min(1, float64(m-j)*p[i]))
		out[i] = run
	}
	return out
}

// nullSums are the running sums of one block of permutations for one
// group: of the E-I index where defined, and of I and T = E + I.
type nullSums struct {
	defined                   int64
	ei, ei2                   float64
	in, tot, in2, tot2, inTot float64
}

func (a *nullSums) add(b nullSums) {
	a.defined += b.defined
	a.ei += b.ei
	a.ei2 += b.ei2
	a.in += b.in
	a.tot += b.tot
	a.in2 += b.in2
	a.tot2 += b.tot2
	a.inTot += b.inTot
}

// stats turns the sums of perms permutations into NullStats.
func (a nullSums) stats(perms int) NullStats {
	s := NullStats{Permutations: perms, Defined: int(a.defined),
		MeanEI: math.NaN(), MeanEISE: math.NaN(), RatioEI: math.NaN(), RatioEISE: math.NaN()}
	if d := float64(a.defined); d >= 2 {
		s.MeanEI = a.ei / d
		v := math.Max(0, (a.ei2-d*s.MeanEI*s.MeanEI)/(d-1))
		s.MeanEISE = math.Sqrt(v / d)
	}
	if p := float64(perms); p >= 2 && a.tot > 0 {
		mi, mt := a.in/p, a.tot/p
		s.RatioEI = 1 - 2*mi/mt
		// R = 1 - 2 I/T linearised at the means: dR = -2/mt (dI - r dT).
		r := mi / mt
		vi := (a.in2 - p*mi*mi) / (p - 1)
		vt := (a.tot2 - p*mt*mt) / (p - 1)
		cit := (a.inTot - p*mi*mt) / (p - 1)
		v := math.Max(0, 4/(mt*mt)*(vi-2*r*cit+r*r*vt))
		s.RatioEISE = math.Sqrt(v / p)
	}
	return s
}

// permutationCounts returns, per group, how many of perms label permutations
// give an E-I index at or below observed (never for a NaN observed value),
// and the group's NullStats over the same permutations. Block b of
// permBlock permutations draws from the stream (seed, b) and counts into its
// own slot; the counts and sums are added up in block order at the end.
func permutationCounts(ctx context.Context, el edgeList, str []float64, group []int32, k int, observed []float64, perms int, opt Options) ([]int64, []NullStats, error) {
	blocks := (perms + permBlock - 1) / permBlock
	workers := opt.Workers
	if workers <= 0 {
		workers = par.Workers(blocks)
	}
	type scratch struct {
		lab          []int32
		ext, in, sum []float64
	}
	ws := make([]*scratch, min(workers, blocks))
	// The blocks run chunk by chunk, each chunk's slots added to the totals
	// in block order before the next starts: the same sums in the same
	// order as one pass over all blocks, in memory bounded by the chunk,
	// not by perms. With a slot per block, --permutations 999999999999
	// asked for 750 GB at once and the run died of a Go runtime "out of
	// memory" (exit 2, as bad usage), and the --permutations that the
	// warning of too few permutations suggests for a network of some
	// thousand units would have needed gigabytes.
	chunk := min(blocks, max(4*workers, maxChunkBytes/max(1, 72*k))) // 72: a count and a nullSums
	blockCounts := make([][]int64, chunk)
	blockSums := make([][]nullSums, chunk)
	for i := range chunk {
		blockCounts[i] = make([]int64, k)
		blockSums[i] = make([]nullSums, k)
	}
	total := make([]int64, k)
	sums := make([]nullSums, k)
	done := opt.Progress.Counter(progress.Permutations, "", int64(perms))
	for first := 0; first < blocks; first += chunk {
		n := min(chunk, blocks-first)
		err := par.For(ctx, n, workers, func(w, i int) {
			b := first + i
			if ws[w] == nil {
				ws[w] = &scratch{lab: make([]int32, len(group)), ext: make([]float64, k), in: make([]float64, k), sum: make([]float64, k)}
			}
			lab, ext, in, sum := ws[w].lab, ws[w].ext, ws[w].in, ws[w].sum
			cnt := blockCounts[i]
			sums := blockSums[i]
			clear(cnt)
			clear(sums)
			copy(lab, group)
			r := rand.New(rand.NewPCG(opt.Seed, uint64(b)))
			todo := min(permBlock, perms-b*permBlock)
			for range todo {
				r.Shuffle(len(lab), func(i, j int) { lab[i], lab[j] = lab[j], lab[i] })
				el.fastTally(lab, str, ext, in, sum)
				for c, obs := range observed {
					x := ei(ext[c], in[c])
					if x <= obs+tieTolerance {
						cnt[c]++
					}
					s := &sums[c]
					if !math.IsNaN(x) {
						s.defined++
						s.ei += x
						s.ei2 += x * x
					}
					t := ext[c] + in[c]
					s.in += in[c]
					s.tot += t
					s.in2 += in[c] * in[c]
					s.tot2 += t * t
					s.inTot += in[c] * t
				}
			}
			done.Add(int64(todo))
		})
		if err != nil {
			return nil, nil, err
		}
		for i := range n {
			for c, x := range blockCounts[i] {
				total[c] += x
				sums[c].add(blockSums[i][c])
			}
		}
	}
	null := make([]NullStats, k)
	for c := range sums {
		null[c] = sums[c].stats(perms)
	}
	return total, null, nil
}

// fullShufflesInstead returns the number of shuffles of all labels the
// default test runs instead of the sequential test, or 0 to run the
// sequential test. The sequential test pays off when many groups stop
// early; a group that looksClosed is likely to run to the end, at
// seqVisitCost per visit. So
// with F = max(MinPermutations, min(PermutationsFor(tested),
// budget/(n+m))) the full shuffles the budget pays for, and S =
// budget / (seqVisitCost · sum over those closed-looking groups of
// size·(n+m)/n) the permutations the sequential test could give them,
// the full shuffles run when S < F: every group then gets F, at least
// what the sequential test would have given the groups that matter. On
// the 20,000-staff province at person level every unit is closer than
// its size expects (people write within their unit), and the sequential
// test reached only its floor of 1,024 permutations where 2,596 full
// shuffles fit the same budget; when the budget does not pay for
// MinPermutations full shuffles (about 100,000 people) the same rule
// keeps the sequential test from running every group to its floor at
// four times the cost (the sectors of the 100,000-staff province took
// 104 s of CPU that way). The choice reads the observed indices of all
// groups, so like the budget cut it is a function of the data; either
// test alone is exact.
func fullShufflesInstead(out []GroupStats, n, m, tested int, budget, alpha float64) int {
	f := PermutationsFor(tested, alpha)
	if lim := budget / float64(n+m); float64(f) > lim {
		f = max(MinPermutations, int(lim))
	}
	closed := 0.0
	for i := range out {
		if g := &out[i]; testable(g.Size, n) && looksClosed(g) {
			closed += float64(g.Size) * float64(n+m) / float64(n)
		}
	}
	if closed == 0 {
		return 0
	}
	if budget/(seqVisitCost*closed) < float64(f) {
		return f
	}
	return 0
}

// looksClosed reports whether g's observed E-I index lies more than three
// rough standard errors below the one its size expects: such a group
// reaches p < 0.001 or so, so the sequential rule would not stop it before
// thousands of permutations. The standard error treats each of the
// group's T ties as inside with the expected share q = (1 - EIExpected)/2
// independently: 2 sqrt(q(1-q)/T). It only steers the choice of test
// (fullShufflesInstead), never a p-value.
func looksClosed(g *GroupStats) bool {
	t := float64(g.InternalTies + g.ExternalTies)
	if t == 0 || math.IsNaN(g.EIIndex) || math.IsNaN(g.EIExpected) {
		return false
	}
	q := (1 - g.EIExpected) / 2
	se := 2 * math.Sqrt(q*(1-q)/t)
	return g.EIExpected-g.EIIndex > 3*se
}
