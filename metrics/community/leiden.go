package community

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/internal/splitmix"
)

// pcgStream is the second PCG word of every Leiden run; the first is
// Options.Seed.
const pcgStream = 0x1e1de2019

// Options configures Leiden. The zero value asks for the defaults.
type Options struct {
	// Resolution is γ of the modularity. 0, or a value that is not a finite
	// number, means 1. Larger values give more, smaller communities.
	Resolution float64
	// Seed seeds math/rand/v2's PCG, the only source of randomness (node
	// visiting orders and the refinement's random merges). The same graph
	// and Options give the same Result on any machine and GOMAXPROCS.
	Seed uint64
	// MaxIterations caps the number of Leiden iterations. 0 (or a negative
	// value) means iterate until an iteration leaves the partition unchanged,
	// as igraph's n_iterations=-1 does.
	MaxIterations int
	// Randomness is θ of the refinement phase. 0, a negative value or a value
	// that is not a finite number means 0.01 (the paper's and igraph's
	// default). See Leiden for the scale it applies to.
	Randomness float64
	// Progress receives the number of iterations run (progress.Leiden),
	// and, from Stability, the number of runs done (progress.Stability).
	Progress progress.Reporter
}

// Result is a partition found by Leiden.
type Result struct {
	// Membership holds the community of every node, 0..Count-1, numbered by
	// size (largest first), ties by the smallest member id.
	Membership []int32
	// Count is the number of communities.
	Count int
	// Modularity is Modularity(g, Membership, γ) on the graph as given.
	Modularity float64
	// Iterations is the number of Leiden iterations run, the last (the one
	// that changed nothing, unless MaxIterations stopped the run) included.
	Iterations int
}

// Leiden partitions the undirected g into communities by maximising
// modularity with resolution γ (Traag, Waltman & van Eck 2019).
//
// Each iteration starts from the current partition (the singletons in the
// first) on the original graph and repeats, level by level:
//
//  1. Fast local moving: nodes are queued in a random order; a dequeued node
//     v moves to the neighbouring community (or to an empty one) with the
//     largest gain w(v,C) − γ k_v K_C/(2m), where w(v,C) is v's weight to C
//     and K_C the strength of C without v. It moves only if that gain beats
//     staying by more than 1e-12·k_v (against rounding cycles); ties keep v
//     where it is, then favour the first neighbour community met in v's row.
//     After a move, v's neighbours outside its new community are queued
//     again. This ends when the queue is empty. On levels of 16,384 nodes or
//     more that do not start from singletons, nodes without an improving
//     move at the start (found on all cores) are not queued at first.
//  2. Refinement, the randomised variant of the paper: inside every
//     community S, each node starts alone. Visiting nodes in a random order,
//     a node v that is still alone and well connected to S
//     (w(v,S−v) ≥ γ k_v (K_S−k_v)/(2m)) may join a refined subset T of S that
//     is a neighbour of v and itself well connected
//     (w(T,S−T) ≥ γ K_T (K_S−K_T)/(2m)) if the gain
//     Δ = w(v,T) − γ k_v K_T/(2m) ≥ 0. Staying alone has Δ = 0. The choice
//     is random with probability ∝ exp(Δ/(θ k_v)): the gain is taken
//     relative to v's strength so that θ does not depend on the unit of the
//     weights (igraph applies β to the raw gain instead). Merges follow
//     edges, so every refined subset is connected. Communities are refined
//     independently on all cores, each with its own random stream derived
//     from the seed, the level and the community id.
//  3. Aggregation: each refined subset becomes a node of the next level
//     (its internal weight kept as a self-loop), and the next level starts
//     from the partition of step 1, so step 1 may move whole subsets.
//
// The levels stop when step 1 leaves every node of the level in its own
// community. If refinement merges nothing while some community still holds
// several nodes (rare), any such community that is disconnected is split
// into its connected components (this only raises modularity) and the level
// is aggregated by the communities, as igraph does in that case. So every
// node of every level is a connected set of original nodes, and so is every
// returned community. Iterations repeat until one leaves the partition
// unchanged, or MaxIterations.
//
// Edge cases: isolated nodes are singleton communities; a graph without
// edges of positive weight gives all singletons and Iterations 0 (and
// Modularity 0 when it has no edges at all); a nil graph gives an empty
// Result. Arcs whose weight is not a finite positive
// number, or whose end is out of range, are ignored by the search (weights
// are tie strengths; the reported Modularity still uses the graph as given);
// a stored self-loop counts in the node's strength and its community's
// internal weight. A CSR whose Start is malformed gives all singletons and
// Modularity NaN. The CSR is read, never modified; all work arrays are
// allocated once and reused across levels, iterations and runs. The result
// depends on the graph and Options only, not on GOMAXPROCS.
func Leiden(g *graph.CSR, opt Options) Result {
	res, _ := LeidenContext(context.Background(), g, opt)
	return res
}

// LeidenContext is Leiden stopping early once ctx is done: it checks ctx
// before every level of every iteration and returns ctx.Err() with an empty
// Result.
func LeidenContext(ctx context.Context, g *graph.CSR, opt Options) (Result, error) {
	if g == nil {
		return Result{Membership: []int32{}}, ctx.Err()
	}
	gamma, theta := opt.Resolution, opt.Randomness
	if gamma == 0 || math.IsNaN(gamma) || math.IsInf(gamma, 0) {
		gamma = 1
	}
	if !(theta > 0) || math.IsInf(theta, 0) {
		theta = 0.01
	}
	n := max(g.N, 0)
	memb := make([]int32, n)
	for i := range memb {
		memb[i] = int32(i)
	}
	if !wellFormed(g) {
		return Result{Membership: memb, Count: n, Modularity: math.NaN()}, ctx.Err()
	}
	s := newState(g, gamma, theta, opt.Seed)
	defer s.release()
	res := Result{}
	if s.twoM > 0 {
		done := opt.Progress.Counter(progress.Leiden, "", int64(max(opt.MaxIterations, 0)))
		for it := 1; ; it++ {
			changed, err := s.iterate(ctx, memb)
			if err != nil {
				return Result{}, err
			}
			res.Iterations = it
			done.Add(1)
			if !changed || (opt.MaxIterations > 0 && it >= opt.MaxIterations) {
				break
			}
		}
	}
	res.Membership, res.Count = bySize(memb)
	res.Modularity = Modularity(g, res.Membership, gamma)
	return res, ctx.Err()
}

// wellFormed reports whether g's Start can be read without going out of
// range: N+1 non-decreasing offsets from 0 within Adj and W.
func wellFormed(g *graph.CSR) bool {
	if g.N < 0 || len(g.Start) != g.N+1 || g.Start[0] != 0 {
		return false
	}
	for i := 0; i < g.N; i++ {
		if g.Start[i+1] < g.Start[i] {
			return false
		}
	}
	e := g.Start[g.N]
	return e <= int64(len(g.Adj)) && e <= int64(len(g.W))
}

// wgraph is one level of the search: an undirected weighted graph without
// self-loops in its rows, the self-loop weight (twice the weight inside an
// aggregated node, as stored arcs count it) in self, and strengths in k.
type wgraph struct {
	n     int
	start []int64
	adj   []int32
	w     []float64
	self  []float64
	k     []float64
}

// state holds the work arrays of one Leiden run. Every per-node slice has
// the length of the original graph and is resliced for smaller levels.
type state struct {
	gamma, theta, twoM float64
	rng                *rand.Rand

	lvl0 wgraph
	bufs [2]wgraph // aggregated levels, used in turn

	comm, ref, orig, queue, next, id, memb2, members, refSize, size []int32
	cnt                                                             []int32 // len n+1
	commK, acc, refK, refExt, wOwn                                  []float64
	inQ                                                             []bool
	touched, empty                                                  []int32
	self0, k0                                                       []float64 // level 0's self and k
	ub                                                              []int64   // len n+1
	cuts                                                            []int32

	seed  uint64    // Options.Seed
	epoch uint64    // refinements run so far; part of their random streams
	ws    []*worker // ws[0] runs in the calling goroutine
}

// parallelMin is the number of nodes of a level from which moveNodes skips
// the nodes that cannot improve in its first pass, and of a graph from which
// newState gives a run more than one worker. Results do not depend on the
// number of workers. A variable so that tests can take every path on small
// graphs.
var parallelMin = 1 << 14

// worker is the scratch space of one goroutine of refine and aggregate.
type worker struct {
	pcg     *rand.PCG
	rng     *rand.Rand
	acc     []float64 // len n, all zero between uses
	touched []int32
	candR   []int32
	candG   []float64
}

func newWorker(n int) *worker {
	w := &worker{pcg: rand.NewPCG(0, 0), acc: make([]float64, n)}
	w.rng = rand.New(w.pcg)
	return w
}

// parallel calls f(w, j) for every job j in 0..jobs-1 on the state's
// workers (par.For; ws[0] is the calling goroutine). Callers make jobs write
// disjoint parts of the state and draw randomness only from w seeded per
// job, so the result does not depend on which worker ran which job. The
// context is checked per level by iterate, not here.
func (s *state) parallel(jobs int, f func(w *worker, job int)) {
	par.For(context.Background(), jobs, len(s.ws), func(w, j int) { f(s.ws[w], j) })
}

// split cuts 0..len(cost)-1 into at most 8 jobs per worker of about equal
// total cost (cost is cumulative: cost[i] is the cost of items before i,
// len(cost) = items+1) and returns the cut points, first 0 and last items.
func (s *state) split(cost []int64) []int32 {
	items := len(cost) - 1
	jobs := min(items, 8*len(s.ws))
	cuts := append(s.cuts[:0], 0)
	total := cost[items] - cost[0]
	for j, i := 1, 0; j < jobs; j++ {
		target := cost[0] + total*int64(j)/int64(jobs)
		for i < items && cost[i] < target {
			i++
		}
		if int32(i) > cuts[len(cuts)-1] {
			cuts = append(cuts, int32(i))
		}
	}
	if cuts[len(cuts)-1] < int32(items) {
		cuts = append(cuts, int32(items))
	}
	s.cuts = cuts
	return cuts
}

// states holds the work arrays of finished runs for the next one. Stability
// and sekat analyze run Leiden many times on one graph, and on some machines
// (virtual ones above all) touching fresh memory from the OS costs more than
// a whole Leiden iteration's arithmetic.
var states sync.Pool

// newState returns a state for a run on g, reusing a pooled one when it is
// large enough. Nothing of a previous run is read: every array is either
// set before it is read or zero (the acc arrays, cleared here).
func newState(g *graph.CSR, gamma, theta float64, seed uint64) *state {
	n := g.N
	s, _ := states.Get().(*state)
	if s == nil {
		s = &state{}
	}
	s.gamma, s.theta, s.seed, s.epoch, s.twoM = gamma, theta, seed, 0, 0
	s.rng = rand.New(rand.NewPCG(seed, pcgStream))
	s.self0, s.k0 = fit(s.self0, n), fit(s.k0, n)
	s.lvl0 = level0(g, s.self0, s.k0)
	for _, k := range s.lvl0.k {
		s.twoM += k
	}
	for _, x := range []*[]int32{&s.comm, &s.ref, &s.orig, &s.queue, &s.next, &s.id, &s.memb2, &s.members, &s.refSize, &s.size} {
		*x = fit(*x, n)
	}
	s.cnt = fit(s.cnt, n+1)
	for _, x := range []*[]float64{&s.commK, &s.acc, &s.refK, &s.refExt, &s.wOwn} {
		*x = fit(*x, n)
	}
	clear(s.acc)
	s.inQ = fit(s.inQ, n)
	s.ub = fit(s.ub, n+1)
	workers := 1
	if n >= parallelMin {
		workers = par.Workers(8)
	}
	for len(s.ws) < workers {
		s.ws = append(s.ws, newWorker(0))
	}
	s.ws = s.ws[:workers]
	for _, w := range s.ws[1:] {
		w.acc = fit(w.acc, n)
		clear(w.acc)
	}
	s.ws[0].acc = s.acc // moveNodes and ws[0] never run at once
	return s
}

// release returns s to the pool, without its references to the caller's
// graph.
func (s *state) release() {
	s.lvl0 = wgraph{}
	states.Put(s)
}

// fit returns x resliced to length n when its capacity allows, else a new
// zeroed slice of length n.
func fit[T any](x []T, n int) []T {
	if cap(x) < n {
		return make([]T, n)
	}
	return x[:n]
}

// level0 returns the search graph of g: g's own arrays when every arc is a
// usable edge (the usual case, no copy), else a cleaned copy. self and k
// (length g.N) receive the self-loop weights and strengths.
func level0(g *graph.CSR, self, k []float64) wgraph {
	n := g.N
	clear(self)
	clear(k)
	lv := wgraph{n: n, self: self, k: k}
	usable := func(u int, v int32, w float64) bool {
		return v >= 0 && int(v) < n && int(v) != u && w > 0 && !math.IsInf(w, 0)
	}
	clean := true
	for u := 0; u < n && clean; u++ {
		for i := g.Start[u]; i < g.Start[u+1]; i++ {
			if !usable(u, g.Adj[i], g.W[i]) {
				clean = false
				break
			}
		}
	}
	if clean {
		lv.start, lv.adj, lv.w = g.Start, g.Adj, g.W
		for u := 0; u < n; u++ {
			lv.k[u] = g.Strength(u)
		}
		return lv
	}
	lv.start = make([]int64, n+1)
	for u := 0; u < n; u++ {
		for i := g.Start[u]; i < g.Start[u+1]; i++ {
			v, w := g.Adj[i], g.W[i]
			switch {
			case usable(u, v, w):
				lv.adj = append(lv.adj, v)
				lv.w = append(lv.w, w)
				lv.k[u] += w
			case int(v) == u && w > 0 && !math.IsInf(w, 0):
				lv.self[u] += w
				lv.k[u] += w
			}
		}
		lv.start[u+1] = int64(len(lv.adj))
	}
	return lv
}

// iterate runs one Leiden iteration from memb (dense, numbered by first
// appearance) and stores the result there, numbered the same way. It
// reports whether the partition changed. It stops with ctx.Err(), leaving
// memb as it was, when ctx is done before a level.
func (s *state) iterate(ctx context.Context, memb []int32) (bool, error) {
	g := &s.lvl0
	n0 := g.n
	comm := s.comm[:n0]
	copy(comm, memb)
	orig := s.orig[:n0]
	for i := range orig {
		orig[i] = int32(i)
	}
	for {
		if err := ctx.Err(); err != nil {
			return false, err
		}
		s.moveNodes(g, comm)
		nc := s.relabel(comm)
		if nc == g.n {
			break
		}
		ref, nr := s.refine(g, comm, nc)
		if nr == g.n {
			// Refinement merged nothing: aggregate by the communities, split
			// into connected components first.
			ref, nr = s.components(g, comm)
			copy(comm, ref)
			if nr == g.n {
				break
			}
		}
		out := &s.bufs[0]
		if g == out {
			out = &s.bufs[1]
		}
		s.aggregate(g, ref, nr, out)
		next := s.next[:nr]
		for v, r := range ref {
			next[r] = comm[v]
		}
		for i, o := range orig {
			orig[i] = ref[o]
		}
		g = out
		comm = s.comm[:nr]
		copy(comm, next)
	}
	m2 := s.memb2[:n0]
	for i, o := range orig {
		m2[i] = comm[o]
	}
	s.relabel(m2)
	changed := !slices.Equal(m2, memb)
	copy(memb, m2)
	return changed, nil
}

func (s *state) shuffle(p []int32) {
	for i := len(p) - 1; i > 0; i-- {
		j := s.rng.IntN(i + 1)
		p[i], p[j] = p[j], p[i]
	}
}

// relabel renumbers x (ids in 0..len(x)-1) densely by first appearance and
// returns the number of distinct ids.
func (s *state) relabel(x []int32) int {
	id := s.id[:len(x)]
	for i := range id {
		id[i] = -1
	}
	k := int32(0)
	for i, c := range x {
		if id[c] < 0 {
			id[c] = k
			k++
		}
		x[i] = id[c]
	}
	return int(k)
}

// moveNodes is the fast local moving phase on g, updating comm (ids in
// 0..g.n-1) in place.
//
// The queue starts with every node in a random order, as in the paper. On
// large levels that start from a partition other than the singletons (every
// iteration after the first), nodes that have no improving move at the
// start are left out of the first pass: the workers find them in parallel.
// Such a node is still queued as soon as a neighbour moves, so every node is
// locally optimal at the end, as before; only the visiting order differs.
func (s *state) moveNodes(g *wgraph, comm []int32) {
	n := g.n
	K, size := s.commK[:n], s.size[:n]
	clear(K)
	clear(size)
	for v, c := range comm {
		K[c] += g.k[v]
		size[c]++
	}
	empty := s.empty[:0]
	for c := n - 1; c >= 0; c-- {
		if size[c] == 0 {
			empty = append(empty, int32(c))
		}
	}
	q, inQ := s.queue[:n], s.inQ[:n]
	count := n
	if n >= parallelMin && len(empty) > 0 {
		clear(inQ)
		s.parallel(s.nodeJobs(n), func(w *worker, j int) {
			lo, hi := s.nodeRange(n, j)
			touched := w.touched
			for v := lo; v < hi; v++ {
				var moves bool
				_, moves, touched = s.bestMove(g, comm, K, size, int32(v), w.acc, touched)
				inQ[v] = moves
			}
			w.touched = touched
		})
		count = 0
		for v := range inQ {
			if inQ[v] {
				q[count] = int32(v)
				count++
			}
		}
	} else {
		for i := range q {
			q[i] = int32(i)
			inQ[i] = true
		}
	}
	s.shuffle(q[:count])
	acc := s.acc[:n]
	touched := s.touched[:0]
	head := 0
	for count > 0 {
		v := q[head]
		head++
		if head == n {
			head = 0
		}
		count--
		inQ[v] = false
		var best int32
		var moves bool
		best, moves, touched = s.bestMove(g, comm, K, size, v, acc, touched)
		if !moves {
			continue
		}
		cur, kv := comm[v], g.k[v]
		if best < 0 {
			best = empty[len(empty)-1]
			empty = empty[:len(empty)-1]
		}
		K[cur] -= kv
		K[best] += kv
		size[best]++
		size[cur]--
		if size[cur] == 0 {
			empty = append(empty, cur)
		}
		comm[v] = best
		for i := g.start[v]; i < g.start[v+1]; i++ {
			u := g.adj[i]
			if !inQ[u] && comm[u] != best {
				inQ[u] = true
				tail := head + count
				if tail >= n {
					tail -= n
				}
				q[tail] = u
				count++
			}
		}
	}
	s.touched, s.empty = touched, empty
}

// bestMove returns the community v should move to (-1 for an empty one)
// and whether it should move: the neighbouring community with the largest
// gain w(v,C) − γ k_v K_C/(2m) (K without v), or an empty community when
// every gain is negative, if that beats staying by more than 1e-12·k_v.
// acc must be zero; it is left zero. touched is scratch space, returned.
func (s *state) bestMove(g *wgraph, comm []int32, K []float64, size []int32, v int32, acc []float64, touched []int32) (int32, bool, []int32) {
	cur, kv := comm[v], g.k[v]
	touched = touched[:0]
	for i := g.start[v]; i < g.start[v+1]; i++ {
		c := comm[g.adj[i]]
		if acc[c] == 0 {
			touched = append(touched, c)
		}
		acc[c] += g.w[i]
	}
	f := s.gamma / s.twoM * kv
	curGain := acc[cur] - f*(K[cur]-kv)
	best, bestGain := cur, curGain
	for _, c := range touched {
		if c == cur {
			continue
		}
		if gain := acc[c] - f*K[c]; gain > bestGain {
			best, bestGain = c, gain
		}
	}
	if size[cur] > 1 && bestGain < 0 {
		best, bestGain = -1, 0 // an empty community
	}
	for _, c := range touched {
		acc[c] = 0
	}
	return best, best != cur && bestGain-curGain > 1e-12*kv, touched
}

// nodeJobs is the number of jobs nodeRange cuts 0..n-1 into.
func (s *state) nodeJobs(n int) int { return min(n, 8*len(s.ws)) }

// nodeRange returns job j's share lo..hi-1 of the nodes 0..n-1.
func (s *state) nodeRange(n, j int) (lo, hi int) {
	jobs := s.nodeJobs(n)
	return n * j / jobs, n * (j + 1) / jobs
}

// refine is the refinement phase: it returns the refined partition of g
// inside comm's communities (ids 0..nc-1), numbered densely by first
// appearance, and its size. Communities are refined independently, on all
// workers; each draws from its own stream, derived from the seed, the
// number of refinements so far and the community id, so the result does not
// depend on the number of workers.
func (s *state) refine(g *wgraph, comm []int32, nc int) ([]int32, int) {
	n := g.n
	s.epoch++
	cnt, members, arcs := s.groupBy(g, comm, nc)
	cuts := s.split(arcs)
	s.parallel(len(cuts)-1, func(w *worker, j int) {
		for c := cuts[j]; c < cuts[j+1]; c++ {
			s.refineOne(w, g, comm, c, members[cnt[c]:cnt[c+1]])
		}
	})
	ref := s.ref[:n]
	return ref, s.relabel(ref)
}

// refineOne refines community c, whose nodes are mem (reordered in place),
// writing ref, refSize, refK, refExt and wOwn of those nodes only.
func (s *state) refineOne(w *worker, g *wgraph, comm []int32, c int32, mem []int32) {
	ref, refSize, refK, refExt, wOwn := s.ref, s.refSize, s.refK, s.refExt, s.wOwn
	K := 0.0
	for _, v := range mem {
		own := 0.0
		for i := g.start[v]; i < g.start[v+1]; i++ {
			if comm[g.adj[i]] == c {
				own += g.w[i]
			}
		}
		ref[v], refSize[v], refK[v], refExt[v], wOwn[v] = v, 1, g.k[v], own, own
		K += g.k[v]
	}
	if len(mem) == 1 {
		return
	}
	w.pcg.Seed(s.seed, splitmix.Mix64(s.epoch<<32^uint64(c))^pcgStream)
	for i := len(mem) - 1; i > 0; i-- {
		j := w.rng.IntN(i + 1)
		mem[i], mem[j] = mem[j], mem[i]
	}
	acc := w.acc
	touched, candR, candG := w.touched[:0], w.candR[:0], w.candG[:0]
	scale := s.gamma / s.twoM
	for _, v := range mem {
		if refSize[v] != 1 || ref[v] != v {
			continue // no longer alone
		}
		kv := g.k[v]
		if wOwn[v] < scale*kv*(K-kv) {
			continue // not well connected to its community
		}
		touched = touched[:0]
		for i := g.start[v]; i < g.start[v+1]; i++ {
			u := g.adj[i]
			if comm[u] != c {
				continue
			}
			r := ref[u]
			if acc[r] == 0 {
				touched = append(touched, r)
			}
			acc[r] += g.w[i]
		}
		candR, candG = candR[:0], candG[:0]
		maxG := 0.0
		for _, r := range touched {
			if refExt[r] < scale*refK[r]*(K-refK[r]) {
				continue // subset not well connected
			}
			gain := acc[r] - scale*kv*refK[r]
			if gain < 0 {
				continue
			}
			candR = append(candR, r)
			candG = append(candG, gain)
			maxG = max(maxG, gain)
		}
		if len(candR) > 0 {
			t := s.theta * kv
			total := math.Exp(-maxG / t) // staying alone
			for i, gain := range candG {
				candG[i] = math.Exp((gain - maxG) / t)
				total += candG[i]
			}
			x := w.rng.Float64() * total
			for i, p := range candG {
				if x -= p; x < 0 {
					r := candR[i]
					refSize[v] = 0
					ref[v] = r
					refSize[r]++
					refExt[r] += wOwn[v] - 2*acc[r]
					refK[r] += kv
					break
				}
			}
		}
		for _, r := range touched {
			acc[r] = 0
		}
	}
	w.touched, w.candR, w.candG = touched, candR, candG
}

// components returns the connected components of comm's communities in g
// (each component inside one community), numbered by smallest node.
func (s *state) components(g *wgraph, comm []int32) ([]int32, int) {
	n := g.n
	comp := s.ref[:n]
	for i := range comp {
		comp[i] = -1
	}
	q := s.queue[:n]
	k := int32(0)
	for v := 0; v < n; v++ {
		if comp[v] >= 0 {
			continue
		}
		comp[v] = k
		q[0] = int32(v)
		for h, t := 0, 1; h < t; h++ {
			u := q[h]
			for i := g.start[u]; i < g.start[u+1]; i++ {
				x := g.adj[i]
				if comp[x] < 0 && comm[x] == comm[u] {
					comp[x] = k
					q[t] = x
					t++
				}
			}
		}
		k++
	}
	return comp, int(k)
}

// groupBy sorts the nodes of g by label (ids 0..k-1), keeping node order
// within a label: label c's nodes are members[cnt[c]:cnt[c+1]]. arcs[c] is
// the number of arcs of the nodes of labels 0..c-1 (arcs[k] all of them).
// The three slices are the state's and valid until the next call.
func (s *state) groupBy(g *wgraph, label []int32, k int) (cnt, members []int32, arcs []int64) {
	cnt = s.cnt[:k+1]
	clear(cnt)
	for _, c := range label {
		cnt[c+1]++
	}
	for c := 0; c < k; c++ {
		cnt[c+1] += cnt[c]
	}
	pos := s.next[:k]
	copy(pos, cnt[:k])
	members = s.members[:g.n]
	for v, c := range label {
		members[pos[c]] = int32(v)
		pos[c]++
	}
	arcs = s.ub[:k+1]
	arcs[0] = 0
	for c := 0; c < k; c++ {
		a := int64(0)
		for _, v := range members[cnt[c]:cnt[c+1]] {
			a += g.start[v+1] - g.start[v]
		}
		arcs[c+1] = arcs[c] + a
	}
	return cnt, members, arcs
}

// aggregate writes into out the graph whose nodes are ref's groups (ids
// 0..nr-1): weights between groups summed, weight inside a group (as stored
// arcs count it) kept in self, strengths summed. Rows are built on all
// workers, each at an upper bound of its offset (the arcs of its members),
// then packed in order; the result is the same as a sequential build.
func (s *state) aggregate(g *wgraph, ref []int32, nr int, out *wgraph) {
	// ub[R] is where row R is built: before it, the arcs of the members of
	// groups 0..R-1, which bound their rows.
	cnt, members, ub := s.groupBy(g, ref, nr)
	out.n = nr
	out.start = slices.Grow(out.start[:0], nr+1)[:nr+1]
	out.self = slices.Grow(out.self[:0], nr)[:nr]
	out.k = slices.Grow(out.k[:0], nr)[:nr]
	out.adj = slices.Grow(out.adj[:0], int(ub[nr]))[:ub[nr]]
	out.w = slices.Grow(out.w[:0], int(ub[nr]))[:ub[nr]]
	rowLen := out.start[1:] // row lengths until packed
	cuts := s.split(ub)
	s.parallel(len(cuts)-1, func(w *worker, j int) {
		acc := w.acc
		touched := w.touched
		for R := cuts[j]; R < cuts[j+1]; R++ {
			self, k := 0.0, 0.0
			touched = touched[:0]
			for _, v := range members[cnt[R]:cnt[R+1]] {
				self += g.self[v]
				k += g.k[v]
				for i := g.start[v]; i < g.start[v+1]; i++ {
					r := ref[g.adj[i]]
					if r == R {
						self += g.w[i]
						continue
					}
					if acc[r] == 0 {
						touched = append(touched, r)
					}
					acc[r] += g.w[i]
				}
			}
			at := ub[R]
			for i, r := range touched {
				out.adj[at+int64(i)] = r
				out.w[at+int64(i)] = acc[r]
				acc[r] = 0
			}
			rowLen[R] = int64(len(touched))
			out.self[R], out.k[R] = self, k
		}
		w.touched = touched
	})
	// Pack the rows: row R moves from ub[R] down to the end of row R-1.
	off := int64(0)
	for R := 0; R < nr; R++ {
		l := rowLen[R]
		copy(out.adj[off:off+l], out.adj[ub[R]:ub[R]+l])
		copy(out.w[off:off+l], out.w[ub[R]:ub[R]+l])
		out.start[R] = off
		off += l
	}
	out.start[nr] = off
	out.adj, out.w = out.adj[:off], out.w[:off]
}

// bySize renumbers memb (dense ids numbered by first appearance, so id order
// is smallest-member order) by community size, largest first, ties by the
// smallest member, and returns the new membership and the count.
func bySize(memb []int32) ([]int32, int) {
	k := int32(0)
	for _, c := range memb {
		k = max(k, c+1)
	}
	size := make([]int32, k)
	for _, c := range memb {
		size[c]++
	}
	order := make([]int32, k)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return int(size[b]) - int(size[a]) })
	rank := make([]int32, k)
	for i, c := range order {
		rank[c] = int32(i)
	}
	out := make([]int32, len(memb))
	for i, c := range memb {
		out[i] = rank[c]
	}
	return out, int(k)
}
