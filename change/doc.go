// Package change compares a study's networks over time: two periods
// (Compare), a series of periods (Trend) and a reform with treated and
// control groups (Evaluate). It answers the evaluator's question "did the
// reform open the silo?" with intervals and p-values that respect how the
// data arrive.
//
// The unit of resampling is a time block (a week by default), never a
// single letter: letters, meetings and data requests of one week depend on
// each other (a meeting ties everyone in it, a letter brings replies and
// dispositions), so a busy week must move as a whole. graph.Builder sums
// every block's pairs in the one pass over the logs; a Frame puts the
// blocks of one or more studies into one node space (units after the
// crosswalk, or people), and every measure that is a sum of tie weights
// (a group's internal and external weight, a unit's strength and its
// weight to other sectors) is summed block by block, so that a resample
// costs one pass over its blocks' sums. The measures derived from those
// sums (E-I index, homophily, internal share, whole-network E-I,
// modularity and assortativity of the sectors, density, a unit's share of
// weight to other sectors) get intervals; betweenness and communities,
// which need the whole graph and a costly algorithm, are computed once per
// period by metrics.Analyze and compared as they are.
//
// docs/change.md describes the method, why it is valid, the verdict rules
// and every output column.
package change
