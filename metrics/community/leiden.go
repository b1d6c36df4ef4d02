package community

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/sekat-ona/sekat/graph"
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
//     again. This ends when the queue is empty.
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
//     edges, so every refined subset is connected.
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
// allocated once and reused across levels and iterations.
func Leiden(g *graph.CSR, opt Options) Result {
	if g == nil {
		return Result{Membership: []int32{}}
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
		return Result{Membership: memb, Count: n, Modularity: math.NaN()}
	}
	s := newState(g, gamma, theta, opt.Seed)
	res := Result{}
	if s.twoM > 0 {
		for it := 1; ; it++ {
			changed := s.iterate(memb)
			res.Iterations = it
			if !changed || (opt.MaxIterations > 0 && it >= opt.MaxIterations) {
				break
			}
		}
	}
	res.Membership, res.Count = bySize(memb)
	res.Modularity = Modularity(g, res.Membership, gamma)
	return res
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
	touched, empty, candR                                           []int32
	candG                                                           []float64
}

func newState(g *graph.CSR, gamma, theta float64, seed uint64) *state {
	n := g.N
	s := &state{gamma: gamma, theta: theta, rng: rand.New(rand.NewPCG(seed, pcgStream))}
	s.lvl0 = level0(g)
	for _, k := range s.lvl0.k {
		s.twoM += k
	}
	i32 := func() []int32 { return make([]int32, n) }
	f64 := func() []float64 { return make([]float64, n) }
	s.comm, s.ref, s.orig, s.queue, s.next, s.id, s.memb2, s.members, s.refSize, s.size = i32(), i32(), i32(), i32(), i32(), i32(), i32(), i32(), i32(), i32()
	s.cnt = make([]int32, n+1)
	s.commK, s.acc, s.refK, s.refExt, s.wOwn = f64(), f64(), f64(), f64(), f64()
	s.inQ = make([]bool, n)
	return s
}

// level0 returns the search graph of g: g's own arrays when every arc is a
// usable edge (the usual case, no copy), else a cleaned copy.
func level0(g *graph.CSR) wgraph {
	n := g.N
	lv := wgraph{n: n, self: make([]float64, n), k: make([]float64, n)}
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
// reports whether the partition changed.
func (s *state) iterate(memb []int32) bool {
	g := &s.lvl0
	n0 := g.n
	comm := s.comm[:n0]
	copy(comm, memb)
	orig := s.orig[:n0]
	for i := range orig {
		orig[i] = int32(i)
	}
	for {
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
	return changed
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
	for i := range q {
		q[i] = int32(i)
		inQ[i] = true
	}
	s.shuffle(q)
	acc := s.acc[:n]
	touched := s.touched[:0]
	scale := s.gamma / s.twoM
	head, count := 0, n
	for count > 0 {
		v := q[head]
		head++
		if head == n {
			head = 0
		}
		count--
		inQ[v] = false
		cur, kv := comm[v], g.k[v]
		a, b := g.start[v], g.start[v+1]
		touched = touched[:0]
		for i := a; i < b; i++ {
			c := comm[g.adj[i]]
			if acc[c] == 0 {
				touched = append(touched, c)
			}
			acc[c] += g.w[i]
		}
		K[cur] -= kv
		f := scale * kv
		curGain := acc[cur] - f*K[cur]
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
		if best == cur || bestGain-curGain <= 1e-12*kv {
			K[cur] += kv
			continue
		}
		if best < 0 {
			best = empty[len(empty)-1]
			empty = empty[:len(empty)-1]
		}
		K[best] += kv
		size[best]++
		size[cur]--
		if size[cur] == 0 {
			empty = append(empty, cur)
		}
		comm[v] = best
		for i := a; i < b; i++ {
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

// refine is the refinement phase: it returns the refined partition of g
// inside comm's communities (ids 0..nc-1), numbered densely by first
// appearance, and its size.
func (s *state) refine(g *wgraph, comm []int32, nc int) ([]int32, int) {
	n := g.n
	K := s.commK[:nc]
	clear(K)
	for v, c := range comm {
		K[c] += g.k[v]
	}
	ref, refSize, refK, refExt, wOwn := s.ref[:n], s.refSize[:n], s.refK[:n], s.refExt[:n], s.wOwn[:n]
	for v := 0; v < n; v++ {
		own := 0.0
		c := comm[v]
		for i := g.start[v]; i < g.start[v+1]; i++ {
			if comm[g.adj[i]] == c {
				own += g.w[i]
			}
		}
		ref[v], refSize[v], refK[v], refExt[v], wOwn[v] = int32(v), 1, g.k[v], own, own
	}
	order := s.queue[:n]
	for i := range order {
		order[i] = int32(i)
	}
	s.shuffle(order)
	acc := s.acc[:n]
	touched := s.touched[:0]
	candR, candG := s.candR[:0], s.candG[:0]
	scale := s.gamma / s.twoM
	for _, v := range order {
		if refSize[v] != 1 || ref[v] != v {
			continue // no longer alone
		}
		c, kv := comm[v], g.k[v]
		if wOwn[v] < scale*kv*(K[c]-kv) {
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
			if refExt[r] < scale*refK[r]*(K[c]-refK[r]) {
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
			x := s.rng.Float64() * total
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
	s.touched, s.candR, s.candG = touched, candR, candG
	return ref, s.relabel(ref)
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

// aggregate writes into out the graph whose nodes are ref's groups (ids
// 0..nr-1): weights between groups summed, weight inside a group (as stored
// arcs count it) kept in self, strengths summed.
func (s *state) aggregate(g *wgraph, ref []int32, nr int, out *wgraph) {
	cnt := s.cnt[:nr+1]
	clear(cnt)
	for _, r := range ref {
		cnt[r+1]++
	}
	for i := 0; i < nr; i++ {
		cnt[i+1] += cnt[i]
	}
	pos := s.next[:nr]
	copy(pos, cnt[:nr])
	members := s.members[:g.n]
	for v, r := range ref {
		members[pos[r]] = int32(v)
		pos[r]++
	}
	out.n = nr
	out.start = slices.Grow(out.start[:0], nr+1)[:nr+1]
	out.self = slices.Grow(out.self[:0], nr)[:nr]
	out.k = slices.Grow(out.k[:0], nr)[:nr]
	// g's arc count bounds out's, so the rows below never reallocate.
	out.adj = slices.Grow(out.adj[:0], len(g.adj))
	out.w = slices.Grow(out.w[:0], len(g.adj))
	acc := s.acc
	touched := s.touched[:0]
	for R := int32(0); int(R) < nr; R++ {
		out.start[R] = int64(len(out.adj))
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
		for _, r := range touched {
			out.adj = append(out.adj, r)
			out.w = append(out.w, acc[r])
			acc[r] = 0
		}
		out.self[R], out.k[R] = self, k
	}
	out.start[nr] = int64(len(out.adj))
	s.touched = touched
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
