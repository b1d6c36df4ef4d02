package main

import (
	"math"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
)

// minLayerShare is the least share of the tie weight a log table must
// carry, where it has ties, for a period without any of its ties to be
// said: a table of a tenth or more of the ties that falls silent for a
// whole period is more likely an export that lacks those months than a
// change of how units work (a month of an e-office export missing read
// as every sector opening or closing, without a word: QA of session 40).
const minLayerShare = 0.1

// weightedLayers are the log tables whose ties make the combined
// weight, in the order of graph.Layer.
var weightedLayers = [...]graph.Layer{graph.Correspondence, graph.Meetings, graph.DataSharing}

// layerWeights sums, over the blocks of p, each weighted layer's part of
// the combined tie weight (its layer weight times its ties).
func layerWeights(f *change.Frame, p change.Period, w graph.LayerWeights) (by [len(weightedLayers)]float64) {
	w = w.Resolve()
	factor := [len(weightedLayers)]float64{w.Correspondence, w.Meetings, w.DataSharing}
	for _, b := range p.Blocks {
		for _, e := range f.Blocks[b].Edges {
			for i, l := range weightedLayers {
				by[i] += factor[i] * e.Layers[l]
			}
		}
	}
	return by
}

// silentLayers returns, for each weighted layer that carries at least
// minLayerShare of the tie weight of the periods together and has ties
// in at least three quarters of the other periods, the indexes of the
// periods that hold none of its ties while the other layers hold some,
// when they are at least least of them, and the layer's share; skip
// leaves a period out (one cut short), and so does a period without any
// weighted tie.
// A sparse table, without ties in many weeks, is not said to be missing
// from the weeks it has none; nor is a table silent in one week (least
// 2 for weeks, minGapWeeks): the cuti bersama of Idul Fitri empties a
// week of letters in the generated studies and in real ones.
func silentLayers(f *change.Frame, periods []change.Period, w graph.LayerWeights, skip func(int) bool, least int) (out []silentLayer) {
	var total [len(weightedLayers)]float64
	by := make([][len(weightedLayers)]float64, len(periods))
	sum := 0.0
	for i, p := range periods {
		by[i] = layerWeights(f, p, w)
		for j, x := range by[i] {
			total[j] += x
			sum += x
		}
	}
	if sum <= 0 {
		return nil
	}
	for j, l := range weightedLayers {
		if total[j] < minLayerShare*sum {
			continue
		}
		var idle []int
		counted := 0
		for i := range periods {
			// a period in which every table is quiet (a holiday week
			// of a trend by week) has no figure to rest on the other
			// tables: it is neither a gap of this table nor a period
			// with its ties (trend --every week listed the week of 2
			// June, emptied in every table, beside August's weeks
			// without letters)
			if (skip != nil && skip(i)) || by[i] == [len(weightedLayers)]float64{} {
				continue
			}
			counted++
			if by[i][j] == 0 {
				idle = append(idle, i)
			}
		}
		if len(idle) > 0 && len(idle) >= least && 4*(counted-len(idle)) >= 3*(counted-1) {
			out = append(out, silentLayer{Layer: l, Share: total[j] / sum, Periods: idle})
		}
	}
	return out
}

// silentLayer is a log table without ties in some periods.
type silentLayer struct {
	Layer   graph.Layer
	Share   float64 // its share of the tie weight of all the periods
	Periods []int   // the periods without any of its ties
}

// sharePercent writes a layer's share as a whole percent rounded down,
// so that a share short of all of the weight never reads as 100%.
func sharePercent(lang string, share float64) string {
	return i18n.Percent(lang, math.Floor(100*share)/100, 0)
}

// silentLeast is the fewest periods of length every in which a table must
// be silent to be said: two weeks (minGapWeeks), since a holiday empties
// one; one month or quarter.
func silentLeast(every graph.Step) int {
	if every == graph.Week {
		return minGapWeeks
	}
	return 1
}
