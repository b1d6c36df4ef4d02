package broker

import (
	"fmt"
	"math"

	"github.com/sekat-ona/sekat/graph"
)

// Roles is the number of Gould-Fernandez roles; role r of Role arrays is,
// in order, coordinator, itinerant, representative, gatekeeper, liaison.
const Roles = 5

// RoleNames are the roles in the order of Role arrays.
var RoleNames = [Roles]string{"coordinator", "itinerant", "representative", "gatekeeper", "liaison"}

// Role returns node b's five role counts in the order of RoleNames.
func (c Counts) Role(b int) [Roles]int64 {
	return [Roles]int64{c.Coordinator[b], c.Itinerant[b], c.Representative[b], c.Gatekeeper[b], c.Liaison[b]}
}

// Expected holds, per node and role (RoleNames' order, then the total at
// index Roles), what R sna::brokerage reports next to the raw counts: the
// expected count, its standard deviation and the z-score under a Bernoulli
// graph of the observed density with the observed group sizes.
type Expected struct {
	Exp, SD, Z [][Roles + 1]float64
	// Density is d = m / (N(N-1)), m the number of arcs.
	Density float64
}

// BrokerageExpected returns the expected counts, standard deviations and
// z-scores of c (Brokerage(d, group)) as R sna::brokerage (sna 2.7)
// computes them in exp.nli, sd.nli and z.nli: with N nodes, m arcs,
// d = m/(N(N-1)), q = d^2(1-d), n_g the size of node b's group g and the
// sums over the other groups h != g,
//
//	coordinator     E = q (n_g-1)(n_g-2)
//	                V = E(1-q) + 2 (n_g-1)(n_g-2)(n_g-3) d^3(1-d)^3
//	itinerant       E = q sum_h n_h(n_h-1)
//	                V = E(1-q) + 2 sum_h n_h(n_h-1)(n_h-2) d^3(1-d)^3
//	representative  E = q (N-n_g)(n_g-1)
//	and gatekeeper  V = E(1-q) + 2 ((n_g-1) C(N-n_g,2) + (N-n_g) C(n_g-1,2)) d^3(1-d)^3
//	liaison         E = q ((sum_h n_h)^2 - sum_h n_h^2)
//	                V = E(1-q) + 4 sum_h n_h C(N-n_h-n_g,2) d^3(1-d)^3
//	total           E = q (N-1)(N-2)
//	                V = E(1-q) + 2 (N-1)(N-2)(N-3) d^3(1-d)^3
//
// and Z = (count - E)/sqrt(V). The counts are those of the dichotomised
// graph, so only whether an arc exists matters. A z whose standard
// deviation is 0 (a group of one or two for the coordinator role, a graph
// without arcs) is NaN, where R gives NaN or an infinity.
//
// It returns an error when group or c do not have one entry per node.
func BrokerageExpected(d *graph.CSR, group []int32, c Counts) (Expected, error) {
	n := d.N
	if len(group) != n || len(c.Coordinator) != n {
		return Expected{}, fmt.Errorf("broker: expected brokerage needs one group label and one count per node: got %d labels and %d counts for %d nodes", len(group), len(c.Coordinator), n)
	}
	arcs := 0
	for u := 0; u < n; u++ {
		adj, w := d.Neighbors(u)
		for k, v := range adj {
			if w[k] > 0 && int(v) != u {
				arcs++
			}
		}
	}
	e := Expected{Exp: make([][Roles + 1]float64, n), SD: make([][Roles + 1]float64, n), Z: make([][Roles + 1]float64, n)}
	if n < 2 {
		for b := range e.Z {
			for r := range e.Z[b] {
				e.Exp[b][r], e.SD[b][r], e.Z[b][r] = math.NaN(), math.NaN(), math.NaN()
			}
		}
		return e, nil
	}
	N := float64(n)
	dens := float64(arcs) / (N * (N - 1))
	e.Density = dens
	q := dens * dens * (1 - dens)
	d3 := math.Pow(dens, 3) * math.Pow(1-dens, 3)
	// Group sizes in order of first appearance (sna's unique(cl)).
	idx := map[int32]int{}
	var size []float64
	for _, g := range group {
		i, ok := idx[g]
		if !ok {
			i = len(size)
			idx[g] = i
			size = append(size, 0)
		}
		size[i]++
	}
	choose2 := func(x float64) float64 { return x * (x - 1) / 2 }
	per := make([][2][Roles + 1]float64, len(size)) // per group: E and V
	for g, ng := range size {
		var ev [2][Roles + 1]float64
		var sumIt, sumIt3, sumH, sumH2, sumLi float64
		for h, nh := range size {
			if h == g {
				continue
			}
			sumIt += nh * (nh - 1)
			sumIt3 += nh * (nh - 1) * (nh - 2)
			sumH += nh
			sumH2 += nh * nh
			sumLi += nh * choose2(N-nh-ng)
		}
		ev[0][0] = q * (ng - 1) * (ng - 2)
		ev[1][0] = ev[0][0]*(1-q) + 2*(ng-1)*(ng-2)*(ng-3)*d3
		ev[0][1] = q * sumIt
		ev[1][1] = ev[0][1]*(1-q) + 2*sumIt3*d3
		ev[0][2] = q * (N - ng) * (ng - 1)
		ev[1][2] = ev[0][2]*(1-q) + 2*((ng-1)*choose2(N-ng)+(N-ng)*choose2(ng-1))*d3
		ev[0][3], ev[1][3] = ev[0][2], ev[1][2]
		ev[0][4] = q * (sumH*sumH - sumH2)
		ev[1][4] = ev[0][4]*(1-q) + 4*sumLi*d3
		ev[0][5] = q * (N - 1) * (N - 2)
		ev[1][5] = ev[0][5]*(1-q) + 2*(N-1)*(N-2)*(N-3)*d3
		per[g] = ev
	}
	for b := 0; b < n; b++ {
		ev := per[idx[group[b]]]
		obs := c.Role(b)
		var all [Roles + 1]float64
		for r := 0; r < Roles; r++ {
			all[r] = float64(obs[r])
			all[Roles] += float64(obs[r])
		}
		for r := range all {
			e.Exp[b][r] = ev[0][r]
			sd := math.Sqrt(ev[1][r])
			e.SD[b][r] = sd
			e.Z[b][r] = math.NaN()
			if sd > 0 && !math.IsNaN(sd) {
				e.Z[b][r] = (all[r] - ev[0][r]) / sd
			}
		}
	}
	return e, nil
}
