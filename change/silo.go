package change

import (
	"context"
	"math"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// This file is the whole of what package change takes from the silo rule
// of package metrics/silo: the expected E-I index of a group of a given
// size, the homophily index, Holm's adjustment and the verdict (silo,
// watch or none) of a group. The rule itself is metrics/silo's; change
// only calls it, so that it follows metrics/silo when that changes.

// eiExpected is silo.EIExpected: the expected E-I index of a group of ng
// of n nodes.
func eiExpected(n, ng int) float64 { return silo.EIExpected(n, ng) }

// homophily is silo.Homophily: (expected - ei)/(1 + expected).
func homophily(ei, expected float64) float64 { return silo.Homophily(ei, expected) }

// holm is silo.Holm: Holm's (1979) step-down adjustment; NaN stays NaN
// and is not part of the family.
func holm(p []float64) []float64 { return silo.Holm(p) }

// Tier is what the silo rule said of a group in one period.
type Tier string

// The tiers, as the silo rule names them (silo.Verdict).
const (
	TierNone  Tier = Tier(silo.None)
	TierWatch Tier = Tier(silo.Watch)
	TierSilo  Tier = Tier(silo.Silo)
)

// tierOf is the tier of an analysed group.
func tierOf(g *metrics.Group) Tier { return Tier(g.Verdict) }

// judged reports whether the silo rule judges groups of this type at all
// (formal groups: sectors and, at person level, units).
func judged(g *metrics.Group) bool { return g.Type != metrics.GroupCommunity && g.Formal }

// periodTiers applies the silo rule to the groups of one network: lab
// gives each node's group (k groups) and formal which groups the rule
// judges. It runs the rule's label-permutation test with Holm's
// adjustment (silo.GroupsContext) and silo.Judge with the thresholds of
// ao.
//
// It also returns the test's reach: Holm's family (the groups with a
// p-value) and the permutations the tests ran to (their cap, as
// metrics.Result.Permutations counts them).
func periodTiers(ctx context.Context, u *graph.CSR, lab []int32, k int, formal []bool, seed uint64, ao metrics.Options) ([]Tier, TestReach, error) {
	gs, err := silo.GroupsContext(ctx, u, lab, k, silo.Options{Permutations: ao.Permutations, Seed: seed, Workers: 1})
	if err != nil {
		return nil, TestReach{}, err
	}
	th := ao.Thresholds()
	out := make([]Tier, k)
	var reach TestReach
	for g, s := range gs {
		if formal[g] {
			out[g] = Tier(silo.Judge(s, th))
		}
		if !math.IsNaN(s.EIPValue) {
			reach.Family++
		}
		reach.Permutations = max(reach.Permutations, s.PermutationCap, s.Null.Permutations)
	}
	return out, reach, nil
}

// TestReach is how far a period's silo test of one type of group could
// reach: Holm's family (groups with a p-value) and the permutations its
// tests ran to. silo.SmallestAdjustedP(Family, Permutations) is the
// smallest adjusted p-value it could give; above alpha, no group of the
// type can get a verdict in that period, whatever the data.
type TestReach struct {
	Family, Permutations int
}

// Floor is silo.SmallestAdjustedP of r (NaN when nothing was tested).
func (r TestReach) Floor() float64 {
	if r.Permutations <= 0 {
		return math.NaN()
	}
	return silo.SmallestAdjustedP(r.Family, r.Permutations)
}
