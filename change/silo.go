package change

import (
	"cmp"
	"math"
	"slices"

	"github.com/sekat-ona/sekat/metrics"
)

// This file is the whole of what package change takes from the silo rule
// of package metrics/silo: the expected E-I index of a group of a given
// size, the homophily index, Holm's adjustment and the tier (silo, watch
// or none) of an analysed group. The rule itself is metrics/silo's; these
// are its formulas as the contract states them, kept in one place so that
// they follow metrics/silo when it changes.

// eiExpected is the contract's ei_expected of a group of ng of n nodes:
// ((n-ng) - (ng-1)/2) / ((n-ng) + (ng-1)/2). NaN when n < 2, ng < 1 or
// ng > n.
func eiExpected(n, ng int) float64 {
	if n < 2 || ng < 1 || ng > n {
		return math.NaN()
	}
	e, i := float64(n-ng), float64(ng-1)/2
	return (e - i) / (e + i)
}

// homophily is the contract's homophily index (expected - ei)/(1 +
// expected), which is (p - q)/(1 - q) with p = (1 - ei)/2 and q = (1 -
// expected)/2. NaN when either is NaN or expected <= -1.
func homophily(ei, expected float64) float64 {
	if math.IsNaN(ei) || math.IsNaN(expected) || expected <= -1 {
		return math.NaN()
	}
	return (expected - ei) / (1 + expected)
}

// holm adjusts p by Holm's (1979) step-down method; NaN stays NaN and is
// not part of the family.
func holm(p []float64) []float64 {
	out := make([]float64, len(p))
	idx := make([]int, 0, len(p))
	for i, x := range p {
		out[i] = math.NaN()
		if !math.IsNaN(x) {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(p[a], p[b]) })
	m, run := len(idx), 0.0
	for j, i := range idx {
		run = math.Max(run, math.Min(1, float64(m-j)*p[i]))
		out[i] = run
	}
	return out
}

// Tier is what the silo rule said of a group in one period.
type Tier string

// The tiers, as the silo rule names them.
const (
	TierNone  Tier = ""
	TierWatch Tier = "watch"
	TierSilo  Tier = "silo"
)

// tierOf is the tier of an analysed group.
func tierOf(g *metrics.Group) Tier {
	if g.IsSilo {
		return TierSilo
	}
	return TierNone
}

// judged reports whether the silo rule judges groups of this type at all
// (formal groups: sectors and, at person level, units).
func judged(g *metrics.Group) bool { return g.Type != metrics.GroupCommunity && g.Formal }
