package coord

import (
	"sort"

	"github.com/sekat-ona/sekat/graph"
)

// Carrier is a sector pair whose tie weight one unit holds.
type Carrier struct {
	// SectorA < SectorB.
	SectorA, SectorB string
	// Weight is the pair's tie weight, sum of w{u,v} over u in A, v in B.
	Weight float64
	// Unit is the carrying unit's id (at person level, its people
	// together), Sector its sector, and Share the part of Weight on its
	// ties.
	Unit, Sector string
	Share        float64
}

// Carriers returns the sector pairs of n carried by one unit under opt
// (see the package doc), by sector pair. Only ties between internal units
// count: coordinators and external units are bridges by office. At person
// level without names, the ties of people whose unit is withheld (unit
// kind graph.KindHidden, unit "*") count in the pair's weight, all the
// withheld units of a sector as one unit, but such a unit is never named
// the carrier: leaving their ties out overstated the share a shown unit
// carries. Their unit's own kind is withheld with it, so a withheld
// coordinator's or external unit's ties count too, which can only lower
// the shares.
func Carriers(n *graph.Network, opt Options) []Carrier {
	if n == nil {
		return nil
	}
	opt = opt.Values()
	unitOf := func(i int32) string {
		nd := &n.Nodes[i]
		if nd.UnitKind == graph.KindHidden {
			return graph.KindHidden.String() // the withheld units of a sector, as one
		}
		if n.Level == graph.PersonLevel && nd.Kind == graph.KindPerson {
			return nd.Unit
		}
		return nd.ID
	}
	counts := func(nd *graph.Node) bool {
		return nd.UnitKind == graph.KindInternal || nd.UnitKind == graph.KindHidden
	}
	// Internal (and withheld) units per sector.
	units := map[string]map[string]bool{}
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		if !counts(nd) {
			continue
		}
		if units[nd.Sector] == nil {
			units[nd.Sector] = map[string]bool{}
		}
		units[nd.Sector][unitOf(int32(i))] = true
	}
	type pair struct{ a, b string }
	total := map[pair]float64{}
	by := map[pair]map[string]float64{}
	for _, e := range n.Edges {
		if !(e.Weight > 0) {
			continue
		}
		na, nb := &n.Nodes[e.From], &n.Nodes[e.To]
		sa, sb := na.Sector, nb.Sector
		if sa == sb || !counts(na) || !counts(nb) {
			continue
		}
		ua, ub := unitOf(e.From), unitOf(e.To)
		if sa > sb {
			sa, sb, ua, ub = sb, sa, ub, ua
		}
		p := pair{sa, sb}
		total[p] += e.Weight
		if by[p] == nil {
			by[p] = map[string]float64{}
		}
		if na.UnitKind != graph.KindHidden {
			by[p][ua+"\x00"+sa] += e.Weight
		}
		if nb.UnitKind != graph.KindHidden {
			by[p][ub+"\x00"+sb] += e.Weight
		}
	}
	var out []Carrier
	for p, w := range total {
		if w < opt.CarrierMinWeight {
			continue // a letter or two: no working link to hang on anyone
		}
		var best Carrier
		for k, x := range by[p] {
			u, sec := splitKey(k)
			if len(units[sec]) < 2 {
				continue // the only unit of its sector carries it by definition
			}
			s := x / w
			if s > best.Share || s == best.Share && (best.Unit == "" || u < best.Unit) {
				best = Carrier{SectorA: p.a, SectorB: p.b, Weight: w, Unit: u, Sector: sec, Share: s}
			}
		}
		if best.Unit != "" && best.Share >= opt.CarrierShare {
			out = append(out, best)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].SectorA != out[j].SectorA {
			return out[i].SectorA < out[j].SectorA
		}
		return out[i].SectorB < out[j].SectorB
	})
	return out
}

func splitKey(k string) (string, string) {
	for i := 0; i < len(k); i++ {
		if k[i] == 0 {
			return k[:i], k[i+1:]
		}
	}
	return k, ""
}
