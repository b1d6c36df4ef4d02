package silo

import (
	"math/rand/v2"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestParticipationNodeOrder: a node's participation does not depend on
// the order of the nodes, so two outputs that number one network's
// people differently write the same figure. analyze --level person
// reckons it on the network in pseudonym order and facilitators in the
// order of the ids, and on generate --preset hostile --seed 710 --scale
// 0.1 seven of facilitators.csv's 57 rows differed from people.csv's
// row of the same pseudonym in the 15th digit (0.541436346291108 and
// 0.541436346291109), beside docs that say they are the same: the
// shares of the groups were squared and added in the order of the
// node's neighbours.
func TestParticipationNodeOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(710, 1))
	const n, groups = 60, 7
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(rng.IntN(groups))
	}
	var arcs []graph.Arc
	for i := range n {
		for j := i + 1; j < n; j++ {
			if rng.IntN(3) == 0 {
				// meeting shares 1/(k-1) and letters, as sekat's weights are
				w := float64(rng.IntN(4)) + 1/float64(2+rng.IntN(9))
				arcs = append(arcs, graph.Arc{U: int32(i), V: int32(j), W: w})
			}
		}
	}
	want, err := Participation(graph.NewCSR(n, arcs, true), grp)
	if err != nil {
		t.Fatal(err)
	}
	for trial := range 20 {
		perm := rng.Perm(n) // new index of node i
		parcs := make([]graph.Arc, len(arcs))
		for k, a := range arcs {
			parcs[k] = graph.Arc{U: int32(perm[a.U]), V: int32(perm[a.V]), W: a.W}
		}
		pgrp := make([]int32, n)
		for i, g := range grp {
			pgrp[perm[i]] = g
		}
		got, err := Participation(graph.NewCSR(n, parcs, true), pgrp)
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			if got[perm[i]] != want[i] {
				t.Fatalf("order %d: node %d has participation %v, %v in the first order", trial, i, got[perm[i]], want[i])
			}
		}
	}
}
