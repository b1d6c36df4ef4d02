package change

import (
	"context"

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
func periodTiers(ctx context.Context, u *graph.CSR, lab []int32, k int, formal []bool, seed uint64, ao metrics.Options) ([]Tier, error) {
	gs, err := silo.GroupsContext(ctx, u, lab, k, silo.Options{Permutations: ao.Permutations, Seed: seed, Workers: 1})
	if err != nil {
		return nil, err
	}
	th := ao.Thresholds()
	out := make([]Tier, k)
	for g, s := range gs {
		if formal[g] {
			out[g] = Tier(silo.Judge(s, th))
		}
	}
	return out, nil
}
