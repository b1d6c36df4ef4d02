package main

import (
	"fmt"
	"strings"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/result"
)

// intervalWarnings words the intervals compare could not give (see
// change.Comparison.IntervalGaps): one warning per table and reason,
// naming up to six of them.
func intervalWarnings(lang string, c *change.Comparison) []result.Warning {
	type key struct{ table, reason string }
	var order []key
	items := map[key][]string{}
	for _, g := range c.IntervalGaps() {
		k := key{g.Table, g.Reason}
		if _, ok := items[k]; !ok {
			order = append(order, k)
		}
		items[k] = append(items[k], fmt.Sprintf("%s (%s)", g.Item, g.Side))
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
		default:
			continue
		}
		out = append(out, result.Warning{Code: "interval_" + k.reason, Table: k.table, Message: m})
	}
	return out
}
