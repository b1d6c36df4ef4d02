package broker

import (
	"math"

	"github.com/sekat-ona/sekat/graph"
)

// Burt's measures below use the proportional tie strength of i to j,
//
//	p_ij = w_ij / s_i,   s_i = sum_q w_iq,
//
// the share of i's network time and energy invested in j. NetworkX 2.8 calls
// it normalized_mutual_weight; on an undirected graph its mutual weight
// w_ij + w_ji is 2*w_ij for every contact and the factor 2 cancels.

func strengths(g *graph.CSR) []float64 {
	s := make([]float64, g.N)
	for v := range s {
		s[v] = g.Strength(v)
	}
	return s
}

// Holes holds Burt's structural-hole measures of every node, in id order.
type Holes struct {
	Constraint, EffectiveSize, Hierarchy []float64
}

// StructuralHoles returns Constraint, EffectiveSize and Hierarchy of the
// undirected graph g in one pass (see each function for its definition).
//
// Cost. The indirect terms of both measures run over the contacts q that i
// and j share: p_iq p_qj is 0 unless q is tied to j, and so is m_jq. So
// for every tie {i, j} the sums are sums over the triangles {i, j, q}, and
// each triangle adds one term to each of its six arcs. The triangles are
// listed once each by the compact-forward algorithm (see triangles), so
// the cost is O(m^1.5) at worst instead of the O(sum_v deg(v)^2) of
// scanning every contact's contacts, which a hub of the network makes
// quadratic. The terms are added per arc in the order the triangles are
// listed, which depends only on the graph.
//
// Below pairWork (sum over nodes of degree squared, the work of scanning
// every contact's contacts) the measures are computed that way instead,
// node by node, which keeps the values bit for bit what sekat gave before
// the triangle pass (the two orders of summation differ in the last bits);
// the triangle pass only runs where a hub would make that quadratic.
func StructuralHoles(g *graph.CSR) Holes {
	n := g.N
	work := 0.0
	for v := 0; v < n; v++ {
		d := float64(g.Degree(v))
		work += d * d
	}
	if work <= pairWork {
		return Holes{Constraint: pairConstraint(g), EffectiveSize: pairEffectiveSize(g), Hierarchy: pairHierarchy(g)}
	}
	return triangleHoles(g)
}

// triangleHoles is StructuralHoles by the triangle pass, whatever the size.
func triangleHoles(g *graph.CSR) Holes {
	n := g.N
	s := strengths(g)
	maxw := make([]float64, n)
	for v := range maxw {
		_, w := g.Neighbors(v)
		for _, x := range w {
			maxw[v] = math.Max(maxw[v], x)
		}
	}
	// a[k] = p_ij + sum_q p_iq p_qj and red[k] = sum_q p_iq m_jq for the
	// arc k = i->j.
	a := make([]float64, len(g.Adj))
	red := make([]float64, len(g.Adj))
	for i := 0; i < n; i++ {
		for k := g.Start[i]; k < g.Start[i+1]; k++ {
			a[k] = g.W[k] / s[i]
		}
	}
	rows := newSymRows(n, g.Start, g.Adj)
	// For the arc i->j of a triangle {i, j, q}, with the arcs i->q at kiq
	// and q->j at kqj (j->q at kjq): p_iq p_qj and p_iq m_jq.
	add := func(i, q, j int32, kij, kiq, kqj, kjq int64) {
		piq := g.W[kiq] / s[i]
		a[kij] += piq * g.W[kqj] / s[q]
		red[kij] += piq * g.W[kjq] / maxw[j]
	}
	rev := rows.rev
	rows.triangles(func(u, v, w int32, kuv, kuw, kvw int64) {
		kvu, kwu, kwv := rev[kuv], rev[kuw], rev[kvw]
		add(u, w, v, kuv, kuw, kwv, kvw) // u->v through w
		add(v, w, u, kvu, kvw, kwu, kuw) // v->u through w
		add(u, v, w, kuw, kuv, kvw, kwv) // u->w through v
		add(w, v, u, kwu, kwv, kvu, kuv) // w->u through v
		add(v, u, w, kvw, kvu, kuw, kwu) // v->w through u
		add(w, u, v, kwv, kwu, kuv, kvu) // w->v through u
	})
	h := Holes{Constraint: make([]float64, n), EffectiveSize: make([]float64, n), Hierarchy: make([]float64, n)}
	for i := 0; i < n; i++ {
		lo, hi := g.Start[i], g.Start[i+1]
		deg := int(hi - lo)
		if deg == 0 {
			h.Constraint[i], h.EffectiveSize[i], h.Hierarchy[i] = math.NaN(), math.NaN(), math.NaN()
			continue
		}
		con, es := 0.0, 0.0
		for k := lo; k < hi; k++ {
			con += a[k] * a[k]
			es += 1 - red[k]
		}
		h.Constraint[i], h.EffectiveSize[i] = con, es
		if deg == 1 {
			continue // hierarchy 0, see Hierarchy
		}
		mean := con / float64(deg)
		x := 0.0
		for k := lo; k < hi; k++ {
			// r ln r -> 0 as r -> 0: a contact whose dyadic constraint
			// underflows to 0 (weights 1e162 times weaker than the
			// others) adds nothing, not NaN.
			if r := a[k] * a[k] / mean; r > 0 {
				x += r * math.Log(r)
			}
		}
		h.Hierarchy[i] = x / (float64(deg) * math.Log(float64(deg)))
	}
	return h
}

// Constraint returns Burt's (1992) aggregate constraint of every node of the
// undirected graph g,
//
//	C_i = sum_{j in N(i)} c_ij,   c_ij = (p_ij + sum_{q in N(i), q != j} p_iq p_qj)^2,
//
// as NetworkX 2.8 constraint(G, weight="weight") computes it. C_i is high
// when i's contacts are few, strong and tied to each other (i has few
// structural holes); a node with one contact has C_i = 1. An isolated node
// gets NaN (NetworkX: "not defined for isolated nodes").
func Constraint(g *graph.CSR) []float64 {
	return StructuralHoles(g).Constraint
}

// EffectiveSize returns Burt's (1992) effective size of every node of the
// undirected graph g, weighted as NetworkX 2.8 effective_size(G,
// weight="weight") computes it:
//
//	ES_i = sum_{j in N(i)} (1 - sum_{q in N(i), q != j} p_iq m_jq),   m_jq = w_jq / max_k w_jk,
//
// the number of i's contacts minus their redundancy (m_jq is j's tie to q
// relative to j's strongest tie). With all weights equal it reduces to
// Borgatti's (1997) n - 2t/n (t = ties among the n contacts); NetworkX uses
// that shortcut only when no weight is given, and sekat always passes the
// weight, so the weighted form is the one that must agree. An isolated node
// gets NaN, as in NetworkX.
func EffectiveSize(g *graph.CSR) []float64 {
	return StructuralHoles(g).EffectiveSize
}

// Hierarchy returns Burt's (1992) hierarchy of every node of the undirected
// graph g as UCINET and R migraph define it: how much of i's constraint is
// concentrated in a single contact,
//
//	H_i = sum_{j in N(i)} (c_ij/C) ln(c_ij/C) / (N ln N),   C = C_i / N,
//
// with c_ij the dyadic constraint of j on i (see Constraint), C_i the
// aggregate constraint and N = |N(i)| the number of contacts. H_i is 0 when
// every contact constrains i equally and grows toward 1 as one contact
// carries all of it.
//
// Edge cases: an isolated node (N = 0) gets NaN, like its constraint. A node
// with one contact (N = 1) gets 0: the formula is 0/0 there (its one ratio
// c_ij/C is 1, so the numerator is exactly 0, and N ln N = 0), and "all
// contacts constrain equally" is the reading that fits; such a node's
// dependence on its single contact shows in its constraint, which is 1.
func Hierarchy(g *graph.CSR) []float64 {
	return StructuralHoles(g).Hierarchy
}

// pairWork is the largest sum of squared degrees for which StructuralHoles
// scans every contact's contacts (about a second of work on one core).
const pairWork = 1e8

// dyads calls visit(j, c_ij) for every contact j of node i, with c_ij Burt's
// dyadic constraint of j on i,
//
//	c_ij = (p_ij + sum_{q != i,j} p_iq * p_qj)^2,
//
// where the sum runs over i's contacts q (p_qj is 0 when q and j are not
// tied). acc and mark are scratch arrays of length g.N; mark must not hold
// the value i+1 on entry except where this function set it for i itself.
func dyads(g *graph.CSR, i int, s []float64, acc []float64, mark []int32, visit func(j int32, c float64)) {
	adj, w := g.Neighbors(i)
	stamp := int32(i) + 1
	for k, j := range adj {
		mark[j] = stamp
		acc[j] = w[k] / s[i]
	}
	for k, q := range adj {
		piq := w[k] / s[i]
		qa, qw := g.Neighbors(int(q))
		for t, j := range qa {
			if mark[j] == stamp && j != q {
				acc[j] += piq * qw[t] / s[q]
			}
		}
	}
	for _, j := range adj {
		visit(j, acc[j]*acc[j])
	}
}

func pairConstraint(g *graph.CSR) []float64 {
	out := make([]float64, g.N)
	s := strengths(g)
	acc := make([]float64, g.N)
	mark := make([]int32, g.N)
	for i := range out {
		if g.Degree(i) == 0 {
			out[i] = math.NaN()
			continue
		}
		sum := 0.0
		dyads(g, i, s, acc, mark, func(_ int32, c float64) { sum += c })
		out[i] = sum
	}
	return out
}

func pairEffectiveSize(g *graph.CSR) []float64 {
	out := make([]float64, g.N)
	s := strengths(g)
	maxw := make([]float64, g.N)
	for v := range maxw {
		_, w := g.Neighbors(v)
		for _, x := range w {
			maxw[v] = math.Max(maxw[v], x)
		}
	}
	// pi[q] = p_iq for q in N(i), valid where mark[q] == i+1.
	pi := make([]float64, g.N)
	mark := make([]int32, g.N)
	for i := range out {
		adj, w := g.Neighbors(i)
		if len(adj) == 0 {
			out[i] = math.NaN()
			continue
		}
		stamp := int32(i) + 1
		for k, q := range adj {
			mark[q] = stamp
			pi[q] = w[k] / s[i]
		}
		es := 0.0
		for _, j := range adj {
			r := 0.0
			ja, jw := g.Neighbors(int(j))
			for t, q := range ja {
				if mark[q] == stamp && q != j {
					r += pi[q] * jw[t] / maxw[j]
				}
			}
			es += 1 - r
		}
		out[i] = es
	}
	return out
}

func pairHierarchy(g *graph.CSR) []float64 {
	out := make([]float64, g.N)
	s := strengths(g)
	acc := make([]float64, g.N)
	mark := make([]int32, g.N)
	var cs []float64
	for i := range out {
		n := g.Degree(i)
		switch n {
		case 0:
			out[i] = math.NaN()
			continue
		case 1:
			out[i] = 0
			continue
		}
		cs = cs[:0]
		total := 0.0
		dyads(g, i, s, acc, mark, func(_ int32, c float64) {
			cs = append(cs, c)
			total += c
		})
		mean := total / float64(n)
		h := 0.0
		for _, c := range cs {
			// r ln r -> 0 as r -> 0: a contact whose dyadic constraint
			// underflows to 0 (weights 1e162 times weaker than the
			// others) adds nothing, not NaN.
			if r := c / mean; r > 0 {
				h += r * math.Log(r)
			}
		}
		out[i] = h / (float64(n) * math.Log(float64(n)))
	}
	return out
}
