package silo

import (
	"fmt"
	"math"
	"slices"

	"github.com/sekat-ona/sekat/graph"
)

// EITolerance is the relative tolerance under which an E-I index is 0:
// when |E - I| <= EITolerance*(E + I), E and I are taken as equal. E and I
// are sums of tie weights, and Newman's meeting weights 1/(k-1) summed in
// two orders give sums that are equal in exact arithmetic but differ in
// their last bits (6.5 = 1/2 + 1/3 + ... as 6.500000000000001), so that
// (E-I)/(E+I) came out as 1.8e-16 where it is 0. A sum of m weights is
// off by at most about m*2^-53 of its size, far below 1e-12 for any
// network sekat reads; two weights sums that truly differ by less than a
// millionth of a millionth of their size do not occur in tie counts and
// 1/(k-1) weights.
const EITolerance = 1e-12

// ei returns (E-I)/(E+I), or NaN when E+I = 0; 0 when E and I are equal
// within EITolerance.
func ei(e, i float64) float64 {
	if e+i == 0 {
		return math.NaN()
	}
	if math.Abs(e-i) <= EITolerance*(e+i) {
		return 0
	}
	return (e - i) / (e + i)
}

// EIIndex returns Krackhardt & Stern's (1988) E-I index of the whole network
// for the partition group, on weights:
//
//	EI = (E - I) / (E + I),
//
// with E the total weight of ties between different groups and I of ties
// inside a group, each undirected tie counted once. It runs from -1 (all
// weight inside groups) to +1 (all weight across). A graph without ties gets
// NaN.
func EIIndex(g *graph.CSR, group []int32) (float64, error) {
	if err := checkLen("E-I index", g, group); err != nil {
		return 0, err
	}
	var e, in float64
	for u := 0; u < g.N; u++ {
		adj, w := g.Neighbors(u)
		for t, v := range adj {
			if int(v) <= u {
				continue
			}
			if group[u] == group[v] {
				in += w[t]
			} else {
				e += w[t]
			}
		}
	}
	return ei(e, in), nil
}

// NodeEIIndex returns the E-I index of every node: (E_i - I_i)/(E_i + I_i)
// with E_i the weight of i's ties to other groups and I_i to its own group.
// An isolated node gets NaN.
func NodeEIIndex(g *graph.CSR, group []int32) ([]float64, error) {
	if err := checkLen("node E-I index", g, group); err != nil {
		return nil, err
	}
	out := make([]float64, g.N)
	for u := range out {
		adj, w := g.Neighbors(u)
		var e, in float64
		for t, v := range adj {
			if group[u] == group[v] {
				in += w[t]
			} else {
				e += w[t]
			}
		}
		out[u] = ei(e, in)
	}
	return out, nil
}

// assortativity computes Newman's (2003) r = (sum_c e_cc - sum_c a_c^2) /
// (1 - sum_c a_c^2) from the symmetric mixing matrix e, where each tie adds
// its size x to e[c][d] and e[d][c] and e is scaled to sum to 1, so a_c is the
// share of tie ends (or tie weight) at members of c.
func assortativity(g *graph.CSR, group []int32, weighted bool) float64 {
	lab, k := dense(group)
	vol := make([]float64, k) // row sums of the unscaled mixing matrix
	diag := 0.0
	for u := 0; u < g.N; u++ {
		adj, w := g.Neighbors(u)
		for t, v := range adj {
			x := 1.0
			if weighted {
				x = w[t]
			}
			vol[lab[u]] += x
			if lab[u] == lab[v] {
				diag += x
			}
		}
	}
	total := 0.0
	for _, x := range vol {
		total += x
	}
	if total == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, x := range vol {
		a := x / total
		s += a * a
	}
	if s == 1 {
		return math.NaN()
	}
	return (diag/total - s) / (1 - s)
}

// Assortativity returns the attribute assortativity coefficient of the
// partition group on the undirected graph g, as NetworkX 2.8
// attribute_assortativity_coefficient(G, attr) computes it: every tie counts
// once whatever its weight. r = 1 when all ties stay in groups, 0 when ties
// ignore the groups, and negative when groups prefer each other. NaN when g
// has no ties or all tie ends fall in one group (NetworkX divides 0 by 0).
func Assortativity(g *graph.CSR, group []int32) (float64, error) {
	if err := checkLen("assortativity", g, group); err != nil {
		return 0, err
	}
	return assortativity(g, group, false), nil
}

// WeightedAssortativity is Assortativity with the mixing matrix built from
// tie weights: a tie {u,v} of weight w adds w to e[c(u)][c(v)] and to
// e[c(v)][c(u)], the matrix is scaled to sum to 1, and r = (tr e - sum_c
// a_c^2) / (1 - sum_c a_c^2) with a_c the row sums, so a_c is group c's share
// of the total strength. With all weights 1 it equals Assortativity. This is
// sekat's summary.json assortativity_sector (NetworkX 2.8 has no weighted
// attribute assortativity). The same NaN cases apply.
func WeightedAssortativity(g *graph.CSR, group []int32) (float64, error) {
	if err := checkLen("weighted assortativity", g, group); err != nil {
		return 0, err
	}
	return assortativity(g, group, true), nil
}

// cell is one non-zero entry of a cross-table: row R, column C, count N.
type cell struct {
	R, C int32
	N    int64
}

// contingency returns the non-zero cells of the cross-table of a and b in
// ascending (row, column) order, and the row and column totals. Rows and
// columns are the labels of a and b in ascending order.
func contingency(a, b []int32) (cells []cell, rows, cols []int64) {
	la, ka := dense(a)
	lb, kb := dense(b)
	keys := make([]int64, len(a))
	for i := range a {
		keys[i] = int64(la[i])*int64(kb) + int64(lb[i])
	}
	slices.Sort(keys)
	rows = make([]int64, ka)
	cols = make([]int64, kb)
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		cells = append(cells, cell{R: int32(keys[i] / int64(kb)), C: int32(keys[i] % int64(kb)), N: int64(j - i)})
		i = j
	}
	for i := range a {
		rows[la[i]]++
		cols[lb[i]]++
	}
	return cells, rows, cols
}

func entropy(counts []int64, n float64) float64 {
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log(p)
		}
	}
	return h
}

// NMI returns the normalised mutual information of two partitions of the same
// nodes, as python-igraph 0.10 compare_communities(a, b, method="nmi")
// computes it (Danon et al. 2005, the arithmetic-mean normalisation):
//
//	NMI = 2 I(A;B) / (H(A) + H(B)),
//
// with entropies and mutual information of the label distributions (natural
// logarithm; the base cancels). It is 1 for identical partitions (up to
// renaming) and 0 for independent ones. When both partitions put every node
// in one group (H(A) = H(B) = 0) it is 1, as in igraph. Labels are any int32
// values. It returns an error when the lengths differ or are 0.
func NMI(a, b []int32) (float64, error) {
	if len(a) != len(b) || len(a) == 0 {
		return 0, fmt.Errorf("silo: NMI needs two partitions of the same non-empty node set: got %d and %d labels", len(a), len(b))
	}
	cells, rows, cols := contingency(a, b)
	n := float64(len(a))
	ha, hb := entropy(rows, n), entropy(cols, n)
	if ha == 0 && hb == 0 {
		return 1, nil
	}
	// I(A;B) = sum_ij p_ij ln(p_ij / (p_i p_j)), cells in (row, column) order.
	mi := 0.0
	for _, c := range cells {
		nij := float64(c.N)
		mi += nij / n * math.Log(nij*n/(float64(rows[c.R])*float64(cols[c.C])))
	}
	return 2 * mi / (ha + hb), nil
}

// ARI returns the adjusted Rand index of two partitions of the same nodes
// (Hubert & Arabie 1985), as python-igraph 0.10 compare_communities(a, b,
// method="adjusted_rand") computes it:
//
//	ARI = (x - p_a p_b) / ((p_a + p_b)/2 - p_a p_b),
//
// where, over the n(n-1)/2 node pairs, x is the share of pairs together in
// both partitions and p_a, p_b the shares together in a and in b. It is 1 for
// identical partitions and about 0 for unrelated ones; it can be negative.
// It is NaN when the denominator is 0 (both partitions a single group, or
// both all singletons), where igraph also gives nan. It returns an error when
// the lengths differ or when there are fewer than 2 nodes (igraph: "Rand
// indices not defined for only zero or one vertices").
func ARI(a, b []int32) (float64, error) {
	if len(a) != len(b) || len(a) < 2 {
		return 0, fmt.Errorf("silo: ARI needs two partitions of the same node set of at least 2 nodes: got %d and %d labels", len(a), len(b))
	}
	cells, rows, cols := contingency(a, b)
	pairs := func(c []int64) int64 {
		s := int64(0)
		for _, x := range c {
			s += x * (x - 1) / 2
		}
		return s
	}
	together := int64(0)
	for _, c := range cells {
		together += c.N * (c.N - 1) / 2
	}
	n := int64(len(a))
	all := float64(n * (n - 1) / 2)
	x := float64(together) / all
	pa := float64(pairs(rows)) / all
	pb := float64(pairs(cols)) / all
	den := (pa+pb)/2 - pa*pb
	if den == 0 {
		return math.NaN(), nil
	}
	return (x - pa*pb) / den, nil
}
