package centrality

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
)

// Defaults of BetweennessOptions.
const (
	DefaultMaxExactNodes = 20000
	DefaultEpsilon       = 0.01
	DefaultDelta         = 0.1
	DefaultTieTolerance  = 1e-10
	// DefaultHarmonicEpsilon is the error bound of sampled harmonic
	// closeness relative to each node's strongest tie (see
	// BetweennessOptions.HarmonicEpsilon).
	DefaultHarmonicEpsilon = 0.05
)

// pivotStream is the PCG stream of the harmonic pivots, apart from the
// streams 0, 1, ... of the betweenness sample blocks.
const pivotStream = 1 << 62

// sourceBlock is the number of sources whose dependencies one worker sums
// before its partial sum joins the total. It is fixed (not derived from
// GOMAXPROCS) so that the floating-point sums are the same on every machine.
const sourceBlock = 32

// sampleBlock is the number of samples drawn from one seeded stream.
const sampleBlock = 256

// BetweennessOptions configures Betweenness. The zero value means: exact up
// to DefaultMaxExactNodes nodes, sampling above when cheaper, with
// DefaultEpsilon, DefaultDelta, seed 0 and DefaultTieTolerance.
type BetweennessOptions struct {
	// Exact forces exact Brandes whatever the size.
	Exact bool
	// Sample forces Riondato-Kornaropoulos sampling whatever the size.
	// Exact and Sample together are an error.
	Sample bool
	// MaxExactNodes is the largest node count computed exactly by default
	// (0: DefaultMaxExactNodes). Above it betweenness is sampled and
	// harmonic closeness estimated from pivots: the sample count does not
	// grow with the node count (only with the log of the vertex diameter),
	// and each sample is one shortest-path search that stops at its
	// target, so the cost grows with the ties, not with nodes times ties.
	MaxExactNodes int
	// Epsilon and Delta are the sampling error bound and failure
	// probability, both in (0,1) (0: the defaults).
	Epsilon, Delta float64
	// HarmonicEpsilon is the error bound of harmonic closeness when
	// betweenness is sampled, relative to each node's strongest tie, in
	// (0,1) (0: DefaultHarmonicEpsilon). It sets the number of pivots; see
	// BetweennessResult.HarmonicPivots.
	HarmonicEpsilon float64
	// Seed seeds the sampling.
	Seed uint64
	// TieTolerance is the relative difference under which two path lengths
	// count as equal (0: DefaultTieTolerance; negative: exact comparison,
	// NetworkX's float behaviour). See the package documentation.
	TieTolerance float64
	// Progress receives the number of sources searched
	// (progress.Betweenness) or of pairs sampled (progress.Samples), and,
	// when sampling, the sources of the separate harmonic closeness pass
	// (progress.Harmonic).
	Progress progress.Reporter
}

// BetweennessResult holds betweenness values and how they were obtained,
// for summary.json.
type BetweennessResult struct {
	// Values is the betweenness of each node, NetworkX-normalised.
	Values []float64
	// Exact is true when Values come from exact Brandes.
	Exact bool
	// Threshold is the MaxExactNodes in force.
	Threshold int
	// The fields below are set when Exact is false.
	Samples        int     // number of sampled node pairs r
	Epsilon, Delta float64 // bound on the n(n-1)-normalised values, failure probability
	Bound          float64 // Epsilon on the scale of Values: Epsilon*n/(n-2)
	VertexDiameter int     // upper bound of the vertex diameter used for r
	Seed           uint64
	// HarmonicPivots is the number of pivots (sources searched fully)
	// harmonic closeness was estimated from; 0 when it is exact (it is
	// whenever betweenness is, and when the pivots needed are at least the
	// node count). See harmonicstop.go for how they are drawn and when
	// they stop.
	HarmonicPivots int
	// HarmonicBernstein is true when HarmonicEpsilon is the empirical
	// Bernstein bound (the pivots stopped at a checkpoint before
	// Hoeffding's count, or Bernstein's bound was the smaller at it),
	// false when it is Hoeffding's.
	HarmonicBernstein bool
	// HarmonicEpsilon is, when HarmonicPivots > 0, the bound that holds
	// with probability at least 1-Delta for every node v at once:
	// |estimate - h(v)| <= HarmonicEpsilon * maxw(v), maxw(v) the weight
	// of v's strongest tie (each term 1/d(s,v) lies in [0, maxw(v)]). It
	// is the largest empirical Bernstein bound over the nodes at the
	// checkpoint where the pivots stopped, or Hoeffding's bound for
	// HarmonicPivots pivots,
	//
	//	n/(n-1) * sqrt(ln(2n/Delta') / (2 HarmonicPivots)),
	//
	// Delta' = Delta/2 when the checkpoints ran (harmonicstop.go),
	// Delta when the network was too small for them.
	HarmonicEpsilon float64
}

func (o BetweennessOptions) resolve() (BetweennessOptions, error) {
	if o.Exact && o.Sample {
		return o, fmt.Errorf("centrality: betweenness options Exact and Sample are both set; choose one")
	}
	if o.MaxExactNodes == 0 {
		o.MaxExactNodes = DefaultMaxExactNodes
	}
	if o.Epsilon == 0 {
		o.Epsilon = DefaultEpsilon
	}
	if o.Delta == 0 {
		o.Delta = DefaultDelta
	}
	if o.HarmonicEpsilon == 0 {
		o.HarmonicEpsilon = DefaultHarmonicEpsilon
	}
	if !(o.Epsilon > 0 && o.Epsilon < 1) || !(o.Delta > 0 && o.Delta < 1) || !(o.HarmonicEpsilon > 0 && o.HarmonicEpsilon < 1) {
		return o, fmt.Errorf("centrality: betweenness epsilon %v, harmonic epsilon %v and delta %v must lie in (0,1)", o.Epsilon, o.HarmonicEpsilon, o.Delta)
	}
	switch {
	case o.TieTolerance == 0:
		o.TieTolerance = DefaultTieTolerance
	case o.TieTolerance < 0:
		o.TieTolerance = 0
	case math.IsNaN(o.TieTolerance) || o.TieTolerance >= 1e-3:
		return o, fmt.Errorf("centrality: tie tolerance %v too large; use about 1e-10", o.TieTolerance)
	}
	return o, nil
}

// Betweenness returns the shortest-path betweenness of every node of the
// undirected CSR g, with distance graph.Distance(w): NetworkX
// betweenness_centrality(G, weight=distance, normalized=True). Large graphs
// are sampled (see the package documentation and BetweennessOptions).
func Betweenness(g *graph.CSR, opt BetweennessOptions) (*BetweennessResult, error) {
	res, _, err := paths(context.Background(), g, opt, false)
	return res, err
}

// Harmonic returns the harmonic closeness of every node of the undirected CSR
// g: h(v) = sum over u != v of 1/d(u,v), divided by n-1, with distance
// graph.Distance(w) and 1/d = 0 for unreachable u (NetworkX
// harmonic_centrality(G, distance=distance) / (n-1)). n <= 1 gives zeros.
// It is always exact: one Dijkstra search per node.
func Harmonic(g *graph.CSR) ([]float64, error) {
	return harmonic(context.Background(), g, progress.Reporter{})
}

func harmonic(ctx context.Context, g *graph.CSR, rep progress.Reporter) ([]float64, error) {
	if err := checkUndirected(g); err != nil {
		return nil, err
	}
	h := make([]float64, g.N)
	if g.N <= 1 {
		return h, nil
	}
	dist := arcDistances(g)
	done := rep.Counter(progress.Harmonic, "", int64(g.N))
	nblocks := (g.N + sourceBlock - 1) / sourceBlock
	workers := par.Workers(nblocks)
	states := make([]*sssp, workers)
	err := par.For(ctx, nblocks, workers, func(w, b int) {
		if states[w] == nil {
			states[w] = newSSSP(g, dist, DefaultTieTolerance)
		}
		s := states[w]
		lo, hi := b*sourceBlock, min((b+1)*sourceBlock, g.N)
		for src := lo; src < hi; src++ {
			s.run(int32(src), -1)
			h[src] = harmonicSum(s, g.N)
			s.reset()
		}
		done.Add(int64(hi - lo))
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// BetweennessHarmonic returns both measures of one graph. When betweenness
// is exact, both come from the same Dijkstra searches (half the work of two
// calls).
func BetweennessHarmonic(g *graph.CSR, opt BetweennessOptions) (*BetweennessResult, []float64, error) {
	return paths(context.Background(), g, opt, true)
}

// BetweennessHarmonicContext is BetweennessHarmonic stopping early, with
// ctx.Err(), once ctx is done (checked every 32 sources or 256 samples).
func BetweennessHarmonicContext(ctx context.Context, g *graph.CSR, opt BetweennessOptions) (*BetweennessResult, []float64, error) {
	return paths(ctx, g, opt, true)
}

// harmonicSum is the source's harmonic closeness from the last run: the sum
// of 1/d over the reached nodes in the order they were settled, over n-1.
// The distance between two nodes is symmetric, so summing outgoing distances
// equals NetworkX's sum over incoming ones.
func harmonicSum(s *sssp, n int) float64 {
	sum := 0.0
	for _, v := range s.order[1:] {
		sum += 1 / s.st[v].d
	}
	return sum / float64(n-1)
}

func paths(ctx context.Context, g *graph.CSR, opt BetweennessOptions, wantHarmonic bool) (*BetweennessResult, []float64, error) {
	if err := checkUndirected(g); err != nil {
		return nil, nil, err
	}
	o, err := opt.resolve()
	if err != nil {
		return nil, nil, err
	}
	n := g.N
	res := &BetweennessResult{Values: make([]float64, n), Exact: true, Threshold: o.MaxExactNodes}
	var harm []float64
	if wantHarmonic {
		harm = make([]float64, n)
	}
	if n <= 2 {
		// No node lies strictly inside a shortest path between two others.
		if wantHarmonic && n == 2 && g.Edges() > 0 {
			harm[0] = 1 / graph.Distance(g.W[0])
			harm[1] = harm[0]
		}
		return res, harm, nil
	}
	dist := arcDistances(g)
	// Above the threshold sampling is always used: r does not grow with n,
	// so r searches that stop at their targets cost less than n full
	// Brandes passes however r compares with n (the old rule, sampling only
	// when r < n, kept graphs of 20,000 to about 60,000 nodes exact).
	if o.Sample || (!o.Exact && n > o.MaxExactNodes) {
		if err := sampled(ctx, g, dist, o, res); err != nil {
			return nil, nil, err
		}
		if wantHarmonic {
			k := harmonicPivotCount(n, o.HarmonicEpsilon, o.Delta)
			var h []float64
			var err error
			if plan, ok := newHarmonicPlan(n, o.HarmonicEpsilon, o.Delta); ok {
				h, res.HarmonicPivots, res.HarmonicEpsilon, res.HarmonicBernstein, err = harmonicStop(ctx, g, dist, plan, o.Seed, o.Progress)
			} else if k >= n {
				h, err = harmonic(ctx, g, o.Progress)
			} else {
				h, err = harmonicPivots(ctx, g, dist, k, o.Seed, o.Progress)
				res.HarmonicPivots = k
				res.HarmonicEpsilon = harmonicBound(n, k, o.Delta)
			}
			if err != nil {
				return nil, nil, err
			}
			harm = h
		}
		return res, harm, nil
	}
	if err := exact(ctx, g, dist, o.TieTolerance, res.Values, harm, o.Progress); err != nil {
		return nil, nil, err
	}
	return res, harm, nil
}

// harmonicBound is the Hoeffding bound, relative to a node's strongest
// tie, of harmonic closeness estimated from k of n nodes (see
// BetweennessResult.HarmonicEpsilon).
func harmonicBound(n, k int, delta float64) float64 {
	return float64(n) / float64(n-1) * math.Sqrt(math.Log(2*float64(n)/delta)/(2*float64(k)))
}

// harmonicPivotCount is the fewest pivots whose harmonicBound is at most
// eps: ceil((n/(n-1))^2 ln(2n/delta) / (2 eps^2)).
func harmonicPivotCount(n int, eps, delta float64) int {
	f := float64(n) / float64(n-1)
	k := math.Ceil(f * f * math.Log(2*float64(n)/delta) / (2 * eps * eps))
	if k >= float64(n) {
		return n
	}
	return int(k)
}

// harmonicPivots estimates harmonic closeness from k distinct pivots drawn
// uniformly with the seed (a partial Fisher-Yates shuffle of one PCG
// stream): one full search from each pivot s adds 1/d(s,v) to every node v
// it reaches, and
//
//	h(v) ~ n/(n-1) * 1/k * sum over pivots s of 1/d(s,v)
//
// (a pivot adds 0 to itself), an unbiased estimate since the pivots are a
// uniform sample of all n sources. Pivots are cut into blocks of
// sourceBlock whose partial sums join in block order, so the result does
// not depend on the number of workers.
func harmonicPivots(ctx context.Context, g *graph.CSR, dist []float64, k int, seed uint64, rep progress.Reporter) ([]float64, error) {
	n := g.N
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	rng := rand.New(rand.NewPCG(seed, pivotStream))
	for i := 0; i < k; i++ {
		j := i + rng.IntN(n-i)
		perm[i], perm[j] = perm[j], perm[i]
	}
	pivots := perm[:k]
	h := make([]float64, n)
	done := rep.Counter(progress.Harmonic, "", int64(k))
	nblocks := (k + sourceBlock - 1) / sourceBlock
	workers := par.Workers(nblocks)
	arcs := packArcs32(g, dist)
	states := make([]*distSearch, workers)
	err := par.Ordered(ctx, nblocks, workers, func() []float64 { return make([]float64, n) },
		func(w, b int, part []float64) {
			if states[w] == nil {
				states[w] = newDistSearch(g, arcs)
			}
			s := states[w]
			lo, hi := b*sourceBlock, min((b+1)*sourceBlock, k)
			for _, src := range pivots[lo:hi] {
				s.run(src)
				for _, v := range s.order[1:] {
					part[v] += 1 / float64(s.d[v])
				}
				s.reset()
			}
			done.Add(int64(hi - lo))
		},
		func(_ int, part []float64) {
			for i, x := range part {
				h[i] += x
				part[i] = 0
			}
		})
	if err != nil {
		return nil, err
	}
	scale := float64(n) / (float64(n-1) * float64(k))
	for i := range h {
		h[i] *= scale
	}
	return h, nil
}

// exact runs Brandes from every source. Sources are cut into blocks of
// sourceBlock; a block sums its dependencies into its own partial vector,
// and partial vectors join the total strictly in block order (par.Ordered),
// so the sums do not depend on the number of workers.
func exact(ctx context.Context, g *graph.CSR, dist []float64, tie float64, bc, harm []float64, rep progress.Reporter) error {
	n := g.N
	nblocks := (n + sourceBlock - 1) / sourceBlock
	workers := par.Workers(nblocks)
	states := make([]*sssp, workers)
	done := rep.Counter(progress.Betweenness, "", int64(n))
	err := par.Ordered(ctx, nblocks, workers, func() []float64 { return make([]float64, n) },
		func(w, b int, part []float64) {
			if states[w] == nil {
				states[w] = newSSSP(g, dist, tie)
			}
			s := states[w]
			lo, hi := b*sourceBlock, min((b+1)*sourceBlock, n)
			for src := lo; src < hi; src++ {
				s.run(int32(src), -1)
				if harm != nil {
					harm[src] = harmonicSum(s, n)
				}
				// Dependencies in reverse settling order.
				sd := s.sd
				for i := len(s.order) - 1; i > 0; i-- {
					w := s.order[i]
					dw := sd[w].delta
					coeff := (1 + dw) / sd[w].sigma
					for _, v := range s.preds(w) {
						sd[v].delta += sd[v].sigma * coeff
					}
					part[w] += dw
				}
				s.reset()
			}
			done.Add(int64(hi - lo))
		},
		func(_ int, part []float64) {
			for i, x := range part {
				bc[i] += x
				part[i] = 0
			}
		})
	if err != nil {
		return err
	}
	scale := 1 / (float64(n-1) * float64(n-2))
	for i := range bc {
		bc[i] *= scale
	}
	return nil
}

// sampleSize is Riondato and Kornaropoulos's r for vertex diameter vd, with
// their constant c = 0.5.
func sampleSize(eps, delta float64, vd int) int {
	lg := 0.0
	if vd-2 > 1 {
		lg = math.Floor(math.Log2(float64(vd - 2)))
	}
	return int(math.Ceil(0.5 / (eps * eps) * (lg + 1 + math.Log(1/delta))))
}

// vertexDiameter bounds VD, the most nodes on any shortest path, which is
// what Riondato and Kornaropoulos's sample size needs. Per connected
// component: run Dijkstra from its highest-degree node h (lowest id among
// equals) and take its eccentricity e; every shortest path of the
// component is at most 2e long (through h). A shortest path is simple, so
// a path of k arcs uses k distinct edges and is at least as long as the k
// shortest edges of the component together; the bound is k+1 for the
// largest k whose k shortest edge distances sum to at most 2e, and never
// more than the component's size.
//
// Weighted distances matter here: a shortest path by distance can have
// more arcs than the hop-count diameter of the unweighted graph allows (a
// ring of five strong ties and one weak one: the weak tie is one hop, its
// shortest path four), so the unweighted diameter is no bound.
func vertexDiameter(g *graph.CSR, dist []float64, tie float64) int {
	n := g.N
	comp := make([]bool, n)
	s := newSSSP(g, dist, tie)
	best := 1
	queue := make([]int32, 0, n)
	var edges []float64
	for root := 0; root < n; root++ {
		if comp[root] {
			continue
		}
		// Breadth-first search labels the component and collects its edge
		// distances (each edge once, from its lower end).
		queue = append(queue[:0], int32(root))
		comp[root] = true
		edges = edges[:0]
		hub := int32(root)
		for i := 0; i < len(queue); i++ {
			u := queue[i]
			if g.Degree(int(u)) > g.Degree(int(hub)) || (g.Degree(int(u)) == g.Degree(int(hub)) && u < hub) {
				hub = u
			}
			for k := g.Start[u]; k < g.Start[u+1]; k++ {
				v := g.Adj[k]
				if v > u {
					edges = append(edges, dist[k])
				}
				if !comp[v] {
					comp[v] = true
					queue = append(queue, v)
				}
			}
		}
		size := len(queue)
		if size <= best {
			continue
		}
		s.run(hub, -1)
		ecc := 0.0
		for _, v := range s.order {
			ecc = max(ecc, s.st[v].d)
		}
		s.reset()
		limit := 2 * ecc * (1 + 1e-9) // margin for rounding in the sums
		slices.Sort(edges)
		k, sum := 0, 0.0
		for k < len(edges) && sum+edges[k] <= limit {
			sum += edges[k]
			k++
		}
		best = max(best, min(size, k+1))
	}
	return best
}

// sampled estimates betweenness by Riondato-Kornaropoulos sampling, each
// pair's path drawn by balanced bidirectional search (pairSearch). Samples
// are drawn in blocks of sampleBlock from the PCG stream (seed, block), and
// the per-node counts are integers, so the result does not depend on which
// worker ran which block.
func sampled(ctx context.Context, g *graph.CSR, dist []float64, o BetweennessOptions, res *BetweennessResult) error {
	n := g.N
	vd := vertexDiameter(g, dist, o.TieTolerance)
	r := sampleSize(o.Epsilon, o.Delta, vd)
	res.Exact = false
	res.Samples, res.Epsilon, res.Delta, res.Seed, res.VertexDiameter = r, o.Epsilon, o.Delta, o.Seed, vd
	res.Bound = o.Epsilon * float64(n) / float64(n-2)

	nblocks := (r + sampleBlock - 1) / sampleBlock
	workers := par.Workers(nblocks)
	states := make([]*pairSearch, workers)
	local := make([][]int64, workers) // integer counts: any order of sums gives the same total
	done := o.Progress.Counter(progress.Samples, "", int64(r))
	err := par.For(ctx, nblocks, workers, func(w, b int) {
		if states[w] == nil {
			states[w], local[w] = newPairSearch(g, dist, o.TieTolerance), make([]int64, n)
		}
		rng := rand.New(rand.NewPCG(o.Seed, uint64(b)))
		lo, hi := b*sampleBlock, min((b+1)*sampleBlock, r)
		for i := lo; i < hi; i++ {
			samplePair(states[w], rng, n, local[w])
		}
		done.Add(int64(hi - lo))
	})
	if err != nil {
		return err
	}
	counts := make([]int64, n)
	for _, l := range local {
		for i, c := range l {
			counts[i] += c
		}
	}
	scale := float64(n) / (float64(r) * float64(n-2))
	for i, c := range counts {
		res.Values[i] = float64(c) * scale
	}
	return nil
}

// samplePair draws an ordered pair u != t uniformly, then one shortest u-t
// path uniformly, counts the path's inner nodes and returns the arcs
// scanned.
func samplePair(p *pairSearch, rng *rand.Rand, n int, counts []int64) int64 {
	u := int32(rng.IntN(n))
	t := int32(rng.IntN(n - 1))
	if t >= u {
		t++
	}
	return p.sample(u, t, rng, counts)
}
