package silo

import (
	"math"
	"slices"

	"github.com/sekat-ona/sekat/graph"
)

// Participation returns the participation coefficient of every node of the
// undirected graph g for the groups in group (Guimerà & Amaral 2005), over
// weighted degree:
//
//	P_i = 1 - sum_c (k_ic / k_i)^2,
//
// where k_i is i's strength (sum of its tie weights) and k_ic the part of it
// that goes to members of group c (i's own group included). P_i is 0 when all
// of i's ties stay in one group and approaches 1 - 1/C when they are spread
// evenly over C groups. An isolated node (k_i = 0) gets 0.
func Participation(g *graph.CSR, group []int32) ([]float64, error) {
	if err := checkLen("participation", g, group); err != nil {
		return nil, err
	}
	lab, k := dense(group)
	out := make([]float64, g.N)
	// k_ic is a compensated sum (graph.KSum): with a plain loop a k_ic of 19
	// summed from 1/(k-1) meeting weights was a bit off, and P = 0.095
	// was written 0.0950000000000001.
	kc := make([]graph.KSum, k)
	seen := make([]int32, k) // seen[c] == i+1 once c is in touched for node i
	var touched []int32
	for i := range out {
		adj, w := g.Neighbors(i)
		ki := 0.0
		touched = touched[:0]
		for t, j := range adj {
			c := lab[j]
			if seen[c] != int32(i)+1 {
				seen[c] = int32(i) + 1
				touched = append(touched, c)
			}
			kc[c].Add(w[t])
			ki += w[t]
		}
		if ki == 0 {
			for _, c := range touched {
				kc[c] = graph.KSum{}
			}
			continue
		}
		// P = 1 - sum_c f_c^2 loses its last digits to the subtraction
		// when P is small (0.095 = 1 - 0.905 came out 0.0950000000000001),
		// so there it is computed as 2 sum_{c<d} f_c f_d, the same in exact
		// arithmetic: a sum of products of shares, none subtracted. Where
		// P >= 1/2 the subtraction costs at most a rounding of 1 and 1 - s
		// is kept. The k_ic are summed again for k_i so that the shares add
		// up to 1.
		// the groups in label order, not in the order of the neighbours,
		// so that the figure does not depend on how the nodes are
		// numbered: analyze --level person numbers people by pseudonym
		// and facilitators by id, and the same person's participation
		// differed in the 15th digit (TestParticipationNodeOrder)
		slices.Sort(touched)
		pairs, prefix := 0.0, 0.0
		for _, c := range touched {
			x := kc[c].Sum()
			pairs += x * prefix
			prefix += x
		}
		s := 0.0
		for _, c := range touched {
			f := kc[c].Sum() / prefix
			s += f * f
			kc[c] = graph.KSum{}
		}
		if s <= 0.5 {
			out[i] = 1 - s
		} else {
			out[i] = 2 * (pairs / prefix) / prefix
		}
	}
	return out, nil
}

// WithinModuleZ returns the within-module degree z-score of every node
// (Guimerà & Amaral 2005):
//
//	z_i = (k_i,own - mean_s) / sd_s,
//
// where k_i,own is the weight of i's ties to members of its own group s, and
// mean_s and sd_s are the mean and the population standard deviation (divide
// by n_s, as Guimerà & Amaral do, not by n_s - 1) of k_j,own over all members
// j of s. When sd_s is 0 (a group of one, or members all equally tied inside)
// every member of s gets 0.
//
// Strengths equal in exact arithmetic can differ in their last bits (a
// member tied inside with 1/2, 1/3 and 1/6 has 0.9999999999999999, one
// tied with 1/3, 1/6 and 1/2 has 1), so sd_s and k_i,own - mean_s are
// taken as 0 when they are at most ZTolerance times the largest k_j,own
// of s: without it, a group of equal strengths got z = ±0.58 and -1.73
// instead of 0, and a member at the mean z = -1.1e-15.
func WithinModuleZ(g *graph.CSR, group []int32) ([]float64, error) {
	if err := checkLen("within-module z", g, group); err != nil {
		return nil, err
	}
	lab, k := dense(group)
	own := make([]float64, g.N)
	sum := make([]float64, k)
	cnt := make([]float64, k)
	for i := range own {
		adj, w := g.Neighbors(i)
		for t, j := range adj {
			if lab[j] == lab[i] {
				own[i] += w[t]
			}
		}
		sum[lab[i]] += own[i]
		cnt[lab[i]]++
	}
	mean := make([]float64, k)
	for c := range mean {
		mean[c] = sum[c] / cnt[c]
	}
	ss := make([]float64, k)
	top := make([]float64, k)
	for i, x := range own {
		d := x - mean[lab[i]]
		ss[lab[i]] += d * d
		top[lab[i]] = max(top[lab[i]], math.Abs(x))
	}
	out := make([]float64, g.N)
	for i, x := range own {
		c := lab[i]
		sd := math.Sqrt(ss[c] / cnt[c])
		tol := ZTolerance * top[c]
		if d := x - mean[c]; sd > tol && math.Abs(d) > tol {
			out[i] = d / sd
		}
	}
	return out, nil
}

// ZTolerance is the relative tolerance of WithinModuleZ: a standard
// deviation or a distance from the mean of at most ZTolerance times the
// largest own strength of the group is rounding noise and counts as 0. A
// strength summed from d weights is off by at most about d*2^-53 of
// itself, far below 1e-12 for any network sekat reads.
const ZTolerance = 1e-12

// Role returns the Guimerà & Amaral (2005) role code "R1".."R7" of a node
// with within-module z-score z and participation coefficient p. Hubs have
// z >= 2.5:
//
//	non-hubs (z < 2.5)                 hubs (z >= 2.5)
//	R1 ultra-peripheral  p <= 0.05     R5 provincial hub  p <= 0.30
//	R2 peripheral        p <= 0.62     R6 connector hub   p <= 0.75
//	R3 non-hub connector p <= 0.80     R7 kinless hub     p >  0.75
//	R4 non-hub kinless   p >  0.80
//
// Each bound belongs to the lower role (p = 0.62 is R2). It returns "" when z
// or p is NaN. RoleName gives the English name.
func Role(z, p float64) string {
	switch {
	case math.IsNaN(z) || math.IsNaN(p):
		return ""
	case z < 2.5 && p <= 0.05:
		return "R1"
	case z < 2.5 && p <= 0.62:
		return "R2"
	case z < 2.5 && p <= 0.80:
		return "R3"
	case z < 2.5:
		return "R4"
	case p <= 0.30:
		return "R5"
	case p <= 0.75:
		return "R6"
	default:
		return "R7"
	}
}

var roleNames = map[string]string{
	"R1": "ultra-peripheral",
	"R2": "peripheral",
	"R3": "non-hub connector",
	"R4": "non-hub kinless",
	"R5": "provincial hub",
	"R6": "connector hub",
	"R7": "kinless hub",
}

// RoleName returns Guimerà & Amaral's name for a role code ("R3" ->
// "non-hub connector"), or "" for anything else.
func RoleName(code string) string { return roleNames[code] }

// ChanceParticipation returns, for every node of the undirected graph g,
// the mean and the standard deviation of the participation coefficient
// (Participation) that the node would have if its ties ignored the groups:
// each of its ties, with its weight, going to a member of group c with
// probability e_c, the share of all tie weight held by c once the node's
// own ties are set aside,
//
//	e_c = (vol_c - [c = g_i] k_i) / (vol - k_i),
//
// where vol_c is the summed strength of c's members, vol the summed
// strength of all nodes and k_i the node's strength (a node has no tie to
// itself, so its own strength is no chance partner; a group of one node
// then gets e_c = 0 for that node). Ties are the draws, not the letters
// that make their weight: ten letters to one partner are one partner.
//
// With a_j = w_j / k_i the shares of the node's ties, A_r = sum_j a_j^r
// and s_r = sum_c e_c^r, P_i = 1 - sum_j sum_l a_j a_l [c_j = c_l], so
// exactly
//
//	E[P_i]   = (1 - s_2) (1 - A_2)
//	Var[P_i] = 2 (s_2 - s_2^2) (A_2^2 - A_4) + 4 (s_3 - s_2^2) (A_2 - 2 A_3 + 2 A_4 - A_2^2)
//
// (a pair of ties lands in one group with probability s_2, two pairs
// sharing a tie with probability s_3, disjoint pairs independently). The
// factor 1 - A_2 is the finite-tie correction: a node with two equal ties
// has at most P = 0.5 however many groups there are, and a mean of half
// of 1 - s_2.
//
// A node whose participation is at least the mean spreads its ties over
// the groups at least as evenly as group-blind mixing would on average; a
// fixed bound such as Guimerà & Amaral's 0.62 cannot say that, since with
// C equal groups chance alone gives up to 1 - 1/C (0.75 with four groups,
// 0.5 with two). An isolated node, or one whose ties are all the graph's
// (vol = k_i), gets 0 and 0.
func ChanceParticipation(g *graph.CSR, group []int32) (mean, sd []float64, err error) {
	if err := checkLen("chance participation", g, group); err != nil {
		return nil, nil, err
	}
	lab, k := dense(group)
	vol := make([]float64, k)
	str := make([]float64, g.N)
	total := 0.0
	for i := range str {
		_, w := g.Neighbors(i)
		for _, x := range w {
			str[i] += x
		}
		vol[lab[i]] += str[i]
		total += str[i]
	}
	// sum_c vol_c^2 and ^3 once; each node changes only its own group's term.
	var v2, v3 float64
	for _, v := range vol {
		v2 += v * v
		v3 += v * v * v
	}
	mean, sd = make([]float64, g.N), make([]float64, g.N)
	for i, ki := range str {
		rest := total - ki
		if ki == 0 || !(rest > 0) {
			continue
		}
		own := vol[lab[i]]
		s2 := (v2 - own*own + (own-ki)*(own-ki)) / (rest * rest)
		s3 := (v3 - own*own*own + (own-ki)*(own-ki)*(own-ki)) / (rest * rest * rest)
		var a2, a3, a4 float64
		_, w := g.Neighbors(i)
		for _, x := range w {
			a := x / ki
			a2 += a * a
			a3 += a * a * a
			a4 += a * a * a * a
		}
		mean[i] = max(0, (1-s2)*(1-a2))
		v := 2*(s2-s2*s2)*(a2*a2-a4) + 4*(s3-s2*s2)*(a2-2*a3+2*a4-a2*a2)
		sd[i] = math.Sqrt(max(0, v))
	}
	return mean, sd, nil
}
