package centrality

import (
	"math"
	"math/rand/v2"

	"github.com/sekat-ona/sekat/graph"
)

// pairSearch draws one shortest path between two nodes, uniformly among
// all of them, by balanced bidirectional Dijkstra: one search grows from
// the source s, one from the target t (the graph is undirected, so the
// second search's distances are distances to t), and the search that has
// scanned fewer arcs so far settles the next node. On a network of many
// short paths each search settles far fewer nodes than a search that runs
// from s until t is settled, which is what makes sampling cheap (the idea
// of KADABRA's balanced bidirectional BFS, Borassi & Natale 2019, with
// Dijkstra for weighted distances).
//
// Stopping rule and counting. Let mu be the length of the shortest s-t
// walk seen so far through an arc between the two searches, and topF,
// topB the least keys left in the two heaps (+Inf when empty). The
// searches stop once topF + topB > mu*(1+2*tie). Every node at distance
// below topF from s is then settled by the forward search, and every
// node at distance below topB from t by the backward one. Along a
// shortest path P (length D = mu) the distance from s grows strictly, so
// the forward-settled nodes of P form a prefix; let x be its last node
// and y the next. y is not forward-settled, so d(s,y) >= topF, so d(y,t)
// = D - d(s,y) <= D - topF < topB and y is backward-settled. So every
// shortest path crosses exactly one arc x->y with x forward-settled and y
// settled by the backward search only, and the paths that cross x->y are
// the sigma_s(x) * sigma_t(y) concatenations of a shortest s-x path, the
// arc and a shortest y-t path. Choosing such an arc with probability
// proportional to sigma_s(x)*sigma_t(y), then walking back to s and to t
// by predecessors chosen in proportion to their path counts, draws every
// shortest s-t path with probability 1/sigma_st.
type pairSearch struct {
	g    *graph.CSR
	dist []float64
	tie  float64
	half [2]*sssp   // 0: the search from s, 1: the search from t
	work [2]int64   // arcs scanned by each search in the current draw
	cand []crossing // arcs x->y of the last draw, for the choice
}

// crossing is an arc x->y between the two searches on a shortest path,
// and the number of shortest paths through it.
type crossing struct {
	x, y  int32
	paths float64
}

func newPairSearch(g *graph.CSR, dist []float64, tie float64) *pairSearch {
	return &pairSearch{g: g, dist: dist, tie: tie,
		half: [2]*sssp{newSSSP(g, dist, tie), newSSSP(g, dist, tie)}}
}

// top returns the least key in the heap of h, +Inf when it is empty.
func top(h *sssp) float64 {
	if len(h.heap) == 0 {
		return math.Inf(1)
	}
	return math.Float64frombits(h.heap[0].k)
}

// sample draws one shortest path between s and t (s != t) uniformly and
// adds one to counts of each of its inner nodes. It returns the number of
// arcs the searches scanned (the cost of the draw, which depends only on
// the graph, s, t and the random stream) and leaves the state reset.
func (p *pairSearch) sample(s, t int32, rng *rand.Rand, counts []int64) int64 {
	f, b := p.half[0], p.half[1]
	p.work = [2]int64{}
	f.start(s)
	b.start(t)
	mu := math.Inf(1)
	for {
		tf, tb := top(f), top(b)
		if tf+tb > mu*(1+2*p.tie) {
			break
		}
		if math.IsInf(tf, 1) || math.IsInf(tb, 1) {
			// One search has settled its whole component without meeting
			// the other: t cannot be reached (mu is +Inf here, since a
			// finite mu would have stopped the loop above).
			break
		}
		side := 0
		if p.work[1] < p.work[0] {
			side = 1
		}
		p.work[side] += p.half[side].settleMeet(p.half[1-side], &mu)
	}
	cost := p.work[0] + p.work[1]
	if !math.IsInf(mu, 1) {
		cost += p.choose(s, t, mu, rng, counts)
	}
	f.reset()
	b.reset()
	return cost
}

// choose picks the crossing arc and walks the chosen path to both ends.
// It returns the number of arcs it scanned.
func (p *pairSearch) choose(s, t int32, mu float64, rng *rand.Rand, counts []int64) int64 {
	f, b := p.half[0], p.half[1]
	g, dist := p.g, p.dist
	slack := p.tie * mu
	p.cand = p.cand[:0]
	total := 0.0
	var scanned int64
	for _, x := range f.order {
		dx, sx := f.st[x].d, f.sd[x].sigma
		lo, hi := g.Start[x], g.Start[x+1]
		scanned += hi - lo
		for k := lo; k < hi; k++ {
			y := g.Adj[k]
			if f.st[y].mark == settled || b.st[y].mark != settled {
				continue
			}
			if l := dx + dist[k] + b.st[y].d; math.Abs(l-mu) <= slack {
				c := crossing{x, y, sx * b.sd[y].sigma}
				total += c.paths
				p.cand = append(p.cand, c)
			}
		}
	}
	if len(p.cand) == 0 {
		return scanned // cannot happen: mu is the length of a crossing walk
	}
	pick := p.cand[len(p.cand)-1]
	r, acc := rng.Float64()*total, 0.0
	for _, c := range p.cand {
		acc += c.paths
		if r < acc {
			pick = c
			break
		}
	}
	walkBack(f, pick.x, s, rng, counts)
	walkBack(b, pick.y, t, rng, counts)
	return scanned
}

// walkBack counts w and the nodes of a shortest path from w back to root
// in the search h, root excluded, choosing each predecessor z of a node v
// with probability sigma(z)/sigma(v).
func walkBack(h *sssp, w, root int32, rng *rand.Rand, counts []int64) {
	for w != root {
		counts[w]++
		x := rng.Float64() * h.sigma(w)
		ps := h.scanPreds(w)
		z := ps[len(ps)-1]
		acc := 0.0
		for _, q := range ps {
			acc += h.sigma(q)
			if x < acc {
				z = q
				break
			}
		}
		w = z
	}
}
