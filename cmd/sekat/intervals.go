package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

// compareWarnings words what compare's method could not give: the
// intervals it left out (see change.Comparison.IntervalGaps), one warning
// per table and reason naming up to six of them, and the Holm families
// whose smallest possible adjusted p-value is above alpha
// (change.Comparison.HolmFloors). With shown (a person-level comparison
// without names, see shownRows), the intervals of the groups and units
// the tables leave out for privacy are neither named nor counted.
func compareWarnings(lang string, c *change.Comparison, shown func(g change.IntervalGap) bool) []result.Warning {
	type key struct{ table, reason string }
	var order []key
	items := map[key][]string{}
	for _, g := range c.IntervalGaps() {
		if shown != nil && !shown(g) {
			continue
		}
		k := key{g.Table, g.Reason}
		if _, ok := items[k]; !ok {
			order = append(order, k)
		}
		side := g.Side
		if w := map[string]string{"before": "change.side.before", "after": "change.side.after", "change": "change.side.change"}[side]; w != "" {
			side = msg(lang, w)
		}
		item := g.Item
		if g.Table == "network" {
			// "kepadatan", not "density", in an Indonesian sentence; in
			// lower case mid-sentence, but not E-I
			item = viz.MeasureInSentence(lang, item)
		}
		if k := map[string]string{"homophily": "change.gap.homophily", "ei_index": "change.gap.ei_index",
			"internal_share": "change.gap.internal_share"}[g.Measure]; k != "" {
			// "homofili ekonomi", not "ekonomi homophily", in an
			// Indonesian sentence: the measure in the run's language
			item = msg(lang, k, item)
		}
		items[k] = append(items[k], fmt.Sprintf("%s (%s)", item, side))
	}
	var out []result.Warning
	for _, k := range order {
		list := items[k]
		names := strings.Join(list[:min(6, len(list))], ", ")
		if len(list) > 6 {
			names += " " + msg(lang, "change.intervalMore", len(list)-6)
		}
		file := "changes_" + k.table + ".csv"
		var m string
		switch k.reason {
		case change.IntervalBiased:
			m = msg(lang, "change.intervalBiased", file, names)
		case change.IntervalFewBlocks:
			m = msg(lang, "change.intervalFewBlocks", file, names, change.MinIntervalBlocks)
		case change.IntervalDegenerate:
			m = msg(lang, "change.intervalDegenerate", file, names)
		case change.IntervalLengths:
			m = msg(lang, "change.intervalLengths", file, names, c.Before.Blocks, c.After.Blocks)
		default:
			continue
		}
		out = append(out, result.Warning{Code: "interval_" + k.reason, Table: k.table, Message: m})
	}
	num := func(x float64, prec int) string { return i18n.Decimal(lang, strconv.FormatFloat(x, 'f', prec, 64)) }
	for _, f := range c.HolmFloors() {
		if f.Floor <= c.Method.Alpha {
			continue
		}
		noun := map[string]string{"ties": "change.nounTies", "sector": "change.nounSectors", "unit": "change.nounUnits",
			"cross_sector_share": "change.nounUnitShares"}[f.Family]
		if noun == "" {
			continue
		}
		file := "changes_" + f.Table + ".csv"
		if f.Table == "ties" {
			file = "ties_changed.csv"
		}
		// the floor is tests / (permutations + 1), said with its numbers
		// the count of tests grouped as the permutations are ("1,000
		// permutations and 54,539 tests", not "54539": provinsi at 0.2
		// scale); the --permutations to give stays as it is typed
		tests := groupDigits(int64(f.Tests), lang)
		m := msg(lang, "change.holmFloor", file, groupDigits(int64(c.Method.Permutations), lang), tests, msg(lang, noun), num(f.Floor, 3),
			tests, groupDigits(int64(c.Method.Permutations)+1, lang), num(c.Method.Alpha, 2), f.Permutations)
		if f.BySplits {
			m = msg(lang, "change.holmFloorSplits", file, c.Method.RunsBefore, c.Method.RunsAfter, i18n.Number(lang, c.Method.Splits, 0),
				tests, msg(lang, noun), num(f.Floor, 3), num(c.Method.Alpha, 2), viz.SplitsMirror(lang, f.Mirrored))
		}
		out = append(out, result.Warning{Code: "holm_unreachable", Table: f.Table, Message: m})
	}
	// the whole-network measures are tested one by one, not adjusted: no
	// Holm family, so no floor above, yet with the time blocks split in
	// S ways no p is much below 1/S (change.HolmFloor). Two weeks against
	// two (sekat generate --seed 1 --scale 0.3, compare
	// 2025-01-06..2025-01-20 against 2025-01-20..2025-02-03) split in 6
	// ways: the p-values of changes_network.csv were 0.666 and 1, and
	// nothing said none could reach 0.05
	// (2/S where the periods hold as many blocks: each split's mirror, the
	// periods swapped, gives the same size of change; three weeks against
	// three split in 20 ways, p at least 0.1, and were not warned of)
	if S, floor := c.Method.Splits, c.NetworkFloor(); S > 0 && floor > c.Method.Alpha {
		tested := 0
		for _, n := range c.Network {
			if !math.IsNaN(n.P) {
				tested++
			}
		}
		over := "change.splitsOver1"
		if floor > 1/S {
			over = "change.splitsOver2"
		}
		if tested > 0 {
			out = append(out, result.Warning{Code: "network_p_unreachable", Table: "network",
				Message: msg(lang, "change.networkFloorSplits", "changes_network.csv", c.Method.RunsBefore, c.Method.RunsAfter,
					i18n.Number(lang, S, 0), num(floor, 3), num(c.Method.Alpha, 2), msg(lang, over))})
		}
	}
	return out
}

// shownRows reports whether the interval gap g belongs to a row that the
// protected tables rc still hold: a group of changes_groups.csv, a unit of
// changes_units.csv, or a network measure. A withheld unit's intervals
// were named in compare's warnings ("selang 95% untuk BAPENDA (sebelum)
// ... tidak diberikan") while audit.json listed BAPENDA as withheld.
func shownRows(rc *result.Comparison) func(g change.IntervalGap) bool {
	groups, units := map[[2]string]bool{}, map[string]bool{}
	for _, g := range rc.Groups {
		groups[[2]string{g.Type, g.Name}] = true
	}
	for _, u := range rc.Units {
		units[u.Unit] = true
	}
	return func(g change.IntervalGap) bool {
		switch g.Table {
		case "groups":
			return groups[[2]string{g.Type, g.Item}]
		case "units":
			return units[g.Item]
		}
		return true
	}
}
