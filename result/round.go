package result

import (
	"maps"
	"slices"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
)

// AsWritten returns mr as an output folder holds it: a copy whose
// measures and edge weights are those the files write (graph.Round, the
// 15 significant digits of graph.AppendFloat), mr left as it is. The maps
// and the report that analyze draws from it are then those that report
// and map draw from the folder read back (Study.Analysis), to the bit:
// drawn from mr itself, a figure the report derives from the weights (the
// participation sector-blind mixing gives a broker) came out one unit
// apart in its 15th digit, and a report read back differed from the first.
//
// The analysis itself, and the files New makes from it, keep mr's own
// values: measured on weights cut to 15 digits, a strength of 7 (the sum
// of 1/3 + 1/3 + ...) came out 7.00000000000001.
func AsWritten(mr *metrics.Result) *metrics.Result { return asWritten(mr, true) }

// AsWrittenEdgesInPlace is AsWritten for a caller done with mr's exact
// edge weights (analyze once its tables are written, report and map of a
// study once its summary is made): mr.Net's edges are rounded where they
// lie, and the copy shares them, rather than a copy of every edge being
// held beside them until the report is drawn. At person level that copy
// was 40 bytes per directed pair, and the peak RSS of analyze on a
// province of 5,000 staff rose from 162-167 MB to 204 MB with it
// (commit b6aa328, which brought in AsWritten). Everything else of mr is
// left as it is, as AsWritten leaves it.
func AsWrittenEdgesInPlace(mr *metrics.Result) *metrics.Result { return asWritten(mr, false) }

func asWritten(mr *metrics.Result, copyEdges bool) *metrics.Result {
	r := graph.Round
	c := &metrics.Result{Silos: mr.Silos, Permutations: mr.Permutations, SectorsUsable: mr.SectorsUsable,
		Betweenness: mr.Betweenness, Sectors: mr.Sectors, Options: mr.Options, LeidenIterations: mr.LeidenIterations}
	if mr.Net != nil {
		n := *mr.Net
		if copyEdges {
			n.Edges = slices.Clone(n.Edges)
		}
		for i := range n.Edges {
			e := &n.Edges[i]
			e.Weight = r(e.Weight)
			for l := range e.Layers {
				e.Layers[l] = r(e.Layers[l])
			}
		}
		c.Net = &n
	}
	c.Nodes = slices.Clone(mr.Nodes)
	for i := range c.Nodes {
		m := &c.Nodes[i]
		for _, x := range []*float64{&m.Strength, &m.InStrength, &m.OutStrength, &m.Betweenness, &m.Harmonic,
			&m.PageRank, &m.Eigenvector, &m.Constraint, &m.EffectiveSize, &m.Hierarchy, &m.CommunityStability,
			&m.ParticipationSector, &m.ParticipationCommunity, &m.WithinModuleZ, &m.EIIndex, &m.ShareDenialRate} {
			*x = r(*x)
		}
	}
	c.Groups = slices.Clone(mr.Groups)
	for i := range c.Groups {
		g := &c.Groups[i].GroupStats
		for _, x := range []*float64{&g.InternalWeight, &g.ExternalWeight, &g.EIIndex, &g.EITies, &g.EIExpected,
			&g.Homophily, &g.EIPValue, &g.PAdjusted, &g.Conductance, &g.Density} {
			*x = r(*x)
		}
	}
	c.Whole = roundWhole(mr.Whole)
	if mr.Layers != nil {
		c.Layers = maps.Clone(mr.Layers)
		for k, w := range c.Layers {
			c.Layers[k] = roundWhole(w)
		}
	}
	c.Friction = slices.Clone(mr.Friction)
	for i := range c.Friction {
		c.Friction[i].DenialRate = r(c.Friction[i].DenialRate)
	}
	if b := mr.Betweenness; b != nil {
		bc := *b
		bc.Bound, bc.HarmonicEpsilon = r(b.Bound), r(b.HarmonicEpsilon)
		c.Betweenness = &bc
	}
	return c
}

func roundWhole(w metrics.Whole) metrics.Whole {
	for _, x := range []*float64{&w.Density, &w.Modularity, &w.ModularitySector, &w.EIIndexSector, &w.AssortativitySector,
		&w.AssortativitySectorWeight, &w.NMISectorCommunity, &w.ARISectorCommunity, &w.Reciprocity, &w.DenialRate} {
		*x = graph.Round(*x)
	}
	return w
}
