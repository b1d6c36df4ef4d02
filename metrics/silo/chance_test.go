package silo

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// chanceShares returns, for node i of g, the weights of its ties and the
// probability e_c of each group under group-blind mixing as
// ChanceParticipation defines it, computed from scratch.
func chanceShares(g *graph.CSR, lab []int32, k int, i int) (ws, e []float64) {
	vol := make([]float64, k)
	total := 0.0
	for j := 0; j < g.N; j++ {
		_, w := g.Neighbors(j)
		for _, x := range w {
			vol[lab[j]] += x
			total += x
		}
	}
	_, w := g.Neighbors(i)
	ki := 0.0
	for _, x := range w {
		ki += x
	}
	e = make([]float64, k)
	for c := range e {
		v := vol[c]
		if int32(c) == lab[i] {
			v -= ki
		}
		e[c] = v / (total - ki)
	}
	return w, e
}

// partOf is the participation of a node whose ties of weights ws went to
// the groups in to.
func partOf(ws []float64, to []int, k int) float64 {
	kc := make([]float64, k)
	sum := 0.0
	for j, x := range ws {
		kc[to[j]] += x
		sum += x
	}
	s := 0.0
	for _, x := range kc {
		s += (x / sum) * (x / sum)
	}
	return 1 - s
}

// TestChanceParticipationWorked: on the 5-node graph of TestWorked the
// mean and standard deviation equal those of every assignment of the
// node's ties to the groups, enumerated with its probability. Node 0 by
// hand: k = 3 (ties 2 and 1), vol = 10 in each group of 20, so e = 7/17
// and 10/17, s_2 = 149/289, mean = (140/289)(1 - 5/9); with two ties
// P = 5/9 - (4/9)[same group], so sd = (4/9) sqrt(s_2 (1 - s_2)).
func TestChanceParticipationWorked(t *testing.T) {
	g := graph.NewCSR(6, []graph.Arc{
		{U: 0, V: 1, W: 2}, {U: 1, V: 2, W: 1}, {U: 0, V: 2, W: 1}, {U: 2, V: 3, W: 2}, {U: 3, V: 4, W: 4},
	}, true)
	grp := []int32{7, 7, 7, -2, -2, 7}
	mean, sd, err := ChanceParticipation(g, grp)
	if err != nil {
		t.Fatal(err)
	}
	s2 := 149.0 / 289
	if got, want := mean[0], (140.0/289)*(4.0/9); math.Abs(got-want) > 1e-12 {
		t.Errorf("node 0: mean %v, want %v", got, want)
	}
	if got, want := sd[0], (4.0/9)*math.Sqrt(s2*(1-s2)); math.Abs(got-want) > 1e-12 {
		t.Errorf("node 0: sd %v, want %v", got, want)
	}
	lab, k := dense(grp)
	for i := 0; i < g.N; i++ {
		ws, e := chanceShares(g, lab, k, i)
		var m, m2 float64
		if len(ws) > 0 {
			to := make([]int, len(ws))
			for {
				pr := 1.0
				for j := range to {
					pr *= e[to[j]]
				}
				p := partOf(ws, to, k)
				m += pr * p
				m2 += pr * p * p
				j := 0
				for j < len(to) && to[j] == k-1 {
					to[j] = 0
					j++
				}
				if j == len(to) {
					break
				}
				to[j]++
			}
		}
		if math.Abs(mean[i]-m) > 1e-12 || math.Abs(sd[i]-math.Sqrt(max(0, m2-m*m))) > 1e-9 {
			t.Errorf("node %d: mean %v sd %v, enumerated %v and %v", i, mean[i], sd[i], m, math.Sqrt(max(0, m2-m*m)))
		}
	}
	// a group of one: its node has no chance partner in its own group
	one := []int32{0, 0, 0, 1, 2, 0}
	mean, _, _ = ChanceParticipation(g, one)
	// node 4 (k = 4, one tie): P is 0 whatever the groups, so is its mean
	if mean[4] != 0 || mean[5] != 0 {
		t.Errorf("one tie or none: mean %v and %v, want 0", mean[4], mean[5])
	}
	if _, _, err := ChanceParticipation(g, grp[:3]); err == nil {
		t.Error("labels of another length: no error")
	}
}

// TestChanceParticipationIsTheMeanOfRandomMixing: on Krackhardt's advice
// network by department (the CEO a department of one), 20,000 random
// allocations of each manager's ties to the departments, with the
// probabilities of group-blind mixing, give the mean and standard
// deviation of participation that ChanceParticipation computes: the mean
// within 4 standard errors, the standard deviation within 3%.
func TestChanceParticipationIsTheMeanOfRandomMixing(t *testing.T) {
	kr := refgraph.Krackhardt(t)
	g, grp := kr.Undirected, int32s(kr.Groups["dept"])
	mean, sd, err := ChanceParticipation(g, grp)
	if err != nil {
		t.Fatal(err)
	}
	lab, k := dense(grp)
	rng := rand.New(rand.NewPCG(1987, 21))
	const draws = 20000
	for i := 0; i < g.N; i++ {
		ws, e := chanceShares(g, lab, k, i)
		to := make([]int, len(ws))
		var s, s2 float64
		for range draws {
			for j := range to {
				u, c := rng.Float64(), 0
				for c < k-1 && u >= e[c] {
					u -= e[c]
					c++
				}
				to[j] = c
			}
			p := partOf(ws, to, k)
			s += p
			s2 += p * p
		}
		m := s / draws
		v := s2/draws - m*m
		if se := math.Sqrt(v / draws); math.Abs(mean[i]-m) > 4*se+1e-12 {
			t.Errorf("%s: mean %.4f, random allocations %.4f (se %.4f)", kr.Labels[i], mean[i], m, se)
		}
		if math.Abs(sd[i]-math.Sqrt(v)) > 0.03*math.Sqrt(v) {
			t.Errorf("%s: sd %.4f, random allocations %.4f", kr.Labels[i], sd[i], math.Sqrt(v))
		}
		// the finite-tie correction: 1 - s_2 alone is above the mean
		if mean[i] > 0 && !(mean[i] < 1-sumSq(e)) {
			t.Errorf("%s: mean %.4f not below 1 - sum e^2 = %.4f", kr.Labels[i], mean[i], 1-sumSq(e))
		}
	}
}

func sumSq(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	return s
}
