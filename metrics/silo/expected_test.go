package silo_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/metrics/silo/silotest"
)

// halfGraph is a seeded random graph of 40 nodes in which group 0 holds
// half the nodes and four groups of 5 hold the rest; a tie inside a group
// is drawn with probability 0.3, across groups 0.1, weights in [0.5, 3.5).
func halfGraph() (*graph.CSR, []int32) {
	r := rand.New(rand.NewPCG(11, 40))
	grp := make([]int32, 40)
	for i := range grp {
		if i >= 20 {
			grp[i] = int32(1 + (i-20)/5)
		}
	}
	var arcs []graph.Arc
	for u := range 40 {
		for v := u + 1; v < 40; v++ {
			p := 0.1
			if grp[u] == grp[v] {
				p = 0.3
			}
			if r.Float64() < p {
				arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
			}
		}
	}
	return graph.NewCSR(40, arcs, true), grp
}

// ShuffleCase is a labelled graph whose groups CheckExpected checks.
type shuffleCase struct {
	name string
	g    *graph.CSR
	grp  []int32
}

// TestEIExpectedShuffles: on uneven groups (Krackhardt's departments of
// 1 to 8 of 21 managers, Lazega's offices and practices, a group holding
// half of a 40-node graph) EIExpected is what sekat's own label shuffles
// give. silotest.CheckExpected says what is compared.
func TestEIExpectedShuffles(t *testing.T) {
	kr, lz := refgraph.Krackhardt(t), refgraph.Lazega(t)
	hg, hgrp := halfGraph()
	for _, c := range []shuffleCase{
		{"krackhardt dept", kr.Undirected, int32s(kr.Groups["dept"])},
		{"lazega office", lz.Undirected, int32s(lz.Groups["office"])},
		{"lazega practice", lz.Undirected, int32s(lz.Groups["practice"])},
		{"half", hg, hgrp},
	} {
		t.Run(c.name, func(t *testing.T) {
			stats, err := silo.Groups(c.g, c.grp, maxLabel(c.grp), silo.Options{Permutations: silotest.ShufflePerms, Seed: 2026})
			if err != nil {
				t.Fatal(err)
			}
			silotest.CheckExpected(t, stats)
		})
	}
}

func int32s(x []int) []int32 {
	out := make([]int32, len(x))
	for i, v := range x {
		out[i] = int32(v)
	}
	return out
}

func maxLabel(x []int32) int {
	k := 0
	for _, v := range x {
		k = max(k, int(v)+1)
	}
	return k
}

// TestEIExpectedFormula: EIExpected(n, ng) on small cases counted by hand
// from the pairs of a random labelling, and its edge cases.
func TestEIExpectedFormula(t *testing.T) {
	for _, c := range []struct {
		n, ng int
		want  float64
	}{
		// cross pairs ng(n-ng), inside pairs ng(ng-1)/2.
		{21, 5, (80.0 - 10) / (80 + 10)},                       // Krackhardt dept 1: 0.7778
		{21, 8, (104.0 - 28) / (104 + 28)},                     // Krackhardt dept 2: 0.5758
		{10, 5, (25.0 - 10) / (25 + 10)},                       // half: 3/7
		{1005, 109, (109.0*896 - 109*54) / (109*896 + 109*54)}, // the 0.888
		{5, 1, 1}, {5, 5, -1},
		{1, 1, math.NaN()}, {5, 0, math.NaN()}, {5, 6, math.NaN()},
	} {
		t.Run(fmt.Sprintf("n=%d,ng=%d", c.n, c.ng), func(t *testing.T) {
			if got := silo.EIExpected(c.n, c.ng); !refgraph.SameFloat(got, c.want, 1e-12) {
				t.Errorf("EIExpected(%d, %d) = %.6f, want %.6f", c.n, c.ng, got, c.want)
			}
		})
	}
}
