package broker

import (
	"math"
	"math/bits"

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

// holesScales returns, for every node i, 1/s_i and 1/max_k w_ik, by
// which Burt's measures multiply a weight to get p_ij and m_ij (a product
// costs less than a quotient in their inner loops; both passes take the
// same products, so they give the same bits), and whether every weight is
// finite and positive (see markUndefined). s_i is summed exactly (fix) as
// max_k w_ik * sum_q (w_iq / max_k w_ik), so that it does not depend on
// the order of i's contacts.
func holesScales(g *graph.CSR) (invS, invM []float64, ok bool) {
	maxw := g.MaxWeights()
	invS, invM = make([]float64, g.N), make([]float64, g.N)
	ok = true
	for i := range invS {
		_, w := g.Neighbors(i)
		if len(w) == 0 {
			continue
		}
		im := 1 / maxw[i]
		fr := fracBelow(1) - bits.Len(uint(len(w))) // the sum is below 2*deg
		var f fix
		for _, x := range w {
			ok = ok && x > 0 && x <= math.MaxFloat64
			f.addParts(fixParts(x*im, fr))
		}
		invS[i], invM[i] = 1/(maxw[i]*f.float(fr)), im
		ok = ok && invS[i] > 0
	}
	return invS, invM, ok
}

func newHoles(n int) Holes {
	return Holes{Constraint: make([]float64, n), EffectiveSize: make([]float64, n), Hierarchy: make([]float64, n)}
}

// finishHoles returns constraint, effective size and hierarchy of a node
// from its contacts' a_j = p_ij + sum_q p_iq p_qj (one entry per contact,
// at least one) and red = sum_j sum_q p_iq m_jq, the redundancy of all its
// contacts (a fix of scale redFrac): effective size is sum_j (1 - red_j)
// = N - red. The sums are exact (fix), so that the order of the contacts
// does not matter.
func finishHoles(accs []float64, red fix) (con, es, hier float64) {
	deg := len(accs)
	l := bits.Len(uint(deg))
	// a_j^2 <= 4 (sum_j a_j <= 2), and so is their sum; |r ln r| <= deg
	// ln deg < 2^(2l) (r <= deg), the sum of the r ln r >= 0 at most deg
	// ln deg (sum r = deg), of the others at most deg/e
	fc, fx := fracBelow(3), fracBelow(2*l)
	var c fix
	for _, a := range accs {
		c.addParts(fixParts(a*a, fc))
	}
	con = c.float(fc)
	es = fix{hi: uint64(deg) << (redFrac - 64)}.minus(red).float(redFrac)
	if deg == 1 {
		return con, es, 0 // hierarchy 0, see Hierarchy
	}
	mean := con / float64(deg)
	var x [2]fix // the r ln r >= 0, and -(r ln r) of the others, by sign bit
	for _, a := range accs {
		// r ln r -> 0 as r -> 0: a contact whose dyadic constraint
		// underflows to 0 (weights 1e162 times weaker than the others)
		// adds nothing, not NaN.
		if r := a * a / mean; r > 0 {
			t := r * math.Log(r)
			x[math.Float64bits(t)>>63].addParts(fixParts(math.Abs(t), fx))
		}
	}
	return con, es, x[0].minus(x[1]).float(fx) / (float64(deg) * math.Log(float64(deg)))
}

// markUndefined sets the three measures to NaN for every node whose
// terms read a tie weight that is not finite and positive, its own or a
// contact's (the measures are defined for tie strengths; sekat's
// networks hold no other), or a strength that overflowed.
func markUndefined(g *graph.CSR, invS []float64, h *Holes) {
	bad := make([]bool, g.N)
	for i := 0; i < g.N; i++ {
		_, w := g.Neighbors(i)
		for _, x := range w {
			if !(x > 0 && x <= math.MaxFloat64) || !(invS[i] > 0) {
				bad[i] = true
				break
			}
		}
	}
	for i := 0; i < g.N; i++ {
		adj, _ := g.Neighbors(i)
		if len(adj) == 0 {
			continue
		}
		undef := bad[i]
		for _, j := range adj {
			undef = undef || bad[j]
		}
		if undef {
			h.Constraint[i], h.EffectiveSize[i], h.Hierarchy[i] = math.NaN(), math.NaN(), math.NaN()
		}
	}
}

// Holes holds Burt's structural-hole measures of every node, in id order.
type Holes struct {
	Constraint, EffectiveSize, Hierarchy []float64
}

// StructuralHoles returns Constraint, EffectiveSize and Hierarchy of the
// undirected graph g in one pass (see each function for its definition).
//
// Cost. The indirect terms of both measures run over the contacts q that i
// and j share: p_iq p_qj is 0 unless q is tied to j, and so is m_jq. Two
// ways compute them, with the same values bit for bit:
//
//   - node by node (rowHoles): for each node i, read the row of each of
//     its contacts q and keep the entries that are also i's contacts.
//     The work is sum_q deg(q)^2 reads, in order, shared over the cores;
//     a hub makes it quadratic.
//   - by triangles (triangleHoles): every triangle {i, j, q} adds one term
//     to each of its six arcs; the triangles are listed once each by the
//     compact-forward algorithm (see trianglesOf), O(m^1.5) at worst
//     whatever the hubs, but each triangle touches six arcs out of order,
//     which on a network larger than the cache costs a trip to memory
//     each, and it runs on one core.
//
// StructuralHoles takes the node-by-node way when its work is below
// pairWork, or below rowPerTriangle reads per triangle of the network
// (estimated from a 64th of its nodes, see estimateTriangles); otherwise
// the triangle pass. The choice depends on the graph alone, never on the
// number of cores. On a province's person network (100,000 people, sum of
// squared degrees 6.2e9, 2.2e8 triangles: 28 reads per triangle) it goes
// node by node; on BenchmarkStructuralHoles_clustered7MArcs (55 reads per
// triangle) and on networks with hubs of thousands of contacts
// (hubDirected: 2,600 per triangle) by triangles.
//
// Order. Both ways take the same terms (p_ij = w_ij * (1/s_i), m_ij = w_ij
// * (1/max_k w_ik), each product rounded once) and sum them exactly (fix),
// rounding each sum once: a node's values do not depend on the numbering
// of the nodes, nor on the way taken (TestStructuralHolesNumberingFree).
// Summed in floating point in the order of the node ids, as before, they
// did: facilitators.csv (people numbered by id) and people.csv (by
// pseudonym) wrote one person's constraint as 0.0761164727520421 and
// 0.076116472752042. The exact sums agree with the definitions summed in
// floating point to about 1e-15 (TestRowHolesBitForBit).
func StructuralHoles(g *graph.CSR) Holes {
	work := 0.0
	for v := 0; v < g.N; v++ {
		d := float64(g.Degree(v))
		work += d * d
	}
	if work <= pairWork {
		return rowHoles(g)
	}
	f := forwardOf(g.N, g.Start, g.Adj)
	if work <= rowPerTriangle*f.estimateTriangles(g.Adj) {
		return rowHoles(g)
	}
	return triangleHolesOf(g, f)
}

// rowPerTriangle is how many reads of the node-by-node way cost about as
// much as one triangle of the triangle pass, whose six scattered updates
// cost a few trips to memory once the network is larger than the cache:
// measured on one core, about 8 ns per read and 330-480 ns per triangle
// (province networks of 20,000 and 100,000 people, the clustered
// benchmark).
const rowPerTriangle = 40

// triangleHoles is StructuralHoles by the triangle pass, whatever the size.
func triangleHoles(g *graph.CSR) Holes {
	return triangleHolesOf(g, forwardOf(g.N, g.Start, g.Adj))
}

// triangleHolesOf is triangleHoles with g's forward arcs f already built.
func triangleHolesOf(g *graph.CSR, f forward) Holes {
	n := g.N
	invS, invM, ok := holesScales(g)
	// One record per arc k = i->j, so that a triangle's terms touch one
	// cache line per arc rather than one per array: a = sum_q p_iq p_qj
	// (an exact sum, as rowHoles keeps it, so that both passes give the
	// same bits), and the arc's own p_ij = w_ij/s_i and m_ij =
	// w_ij/max_k w_ik, computed once (as products with holesScales). The
	// redundancy terms p_iq m_jq go to one sum per node i (see
	// finishHoles). On networks too large for the cache the pass is bound
	// by these reads (BenchmarkStructuralHoles_clustered7MArcs).
	type arc struct {
		a    fix
		p, m float64
	}
	arcs := make([]arc, len(g.Adj))
	for i := 0; i < n; i++ {
		for k := g.Start[i]; k < g.Start[i+1]; k++ {
			p := g.W[k] * invS[i]
			arcs[k] = arc{p: p, m: g.W[k] * invM[i]}
		}
	}
	rows := newSymRows(n, g.Start, g.Adj)
	red := make([]fix, n)
	// For the arc i->j of a triangle {i, j, q}, with the arcs i->q at kiq
	// and q->j at kqj (j->q at kjq): p_iq p_qj and p_iq m_jq.
	add := func(i int32, kij, kiq, kqj, kjq int64) {
		piq := arcs[kiq].p
		arcs[kij].a.addParts(fixParts(piq*arcs[kqj].p, termFrac))
		red[i].addParts(fixParts(piq*arcs[kjq].m, redFrac))
	}
	rev := rows.rev
	rows.trianglesOf(f, func(u, v, w int32, kuv, kuw, kvw int64) {
		kvu, kwu, kwv := rev[kuv], rev[kuw], rev[kvw]
		add(u, kuv, kuw, kwv, kvw) // u->v through w
		add(v, kvu, kvw, kwu, kuw) // v->u through w
		add(u, kuw, kuv, kvw, kwv) // u->w through v
		add(w, kwu, kwv, kvu, kuv) // w->u through v
		add(v, kvw, kvu, kuw, kwu) // v->w through u
		add(w, kwv, kwu, kuv, kvu) // w->v through u
	})
	h := newHoles(n)
	var accs []float64
	for i := 0; i < n; i++ {
		lo, hi := g.Start[i], g.Start[i+1]
		if lo == hi {
			h.Constraint[i], h.EffectiveSize[i], h.Hierarchy[i] = math.NaN(), math.NaN(), math.NaN()
			continue
		}
		accs = accs[:0]
		for k := lo; k < hi; k++ {
			accs = append(accs, arcs[k].p+arcs[k].a.float(termFrac))
		}
		h.Constraint[i], h.EffectiveSize[i], h.Hierarchy[i] = finishHoles(accs, red[i])
	}
	if !ok {
		markUndefined(g, invS, &h)
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

// pairWork is the sum of squared degrees up to which StructuralHoles goes
// node by node whatever the triangles (about a second of work on one core).
const pairWork = 1e8
