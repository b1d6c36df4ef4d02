package main

import (
	"strings"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// outTable is one output table: its file name without extension, its
// columns, and how to write its rows.
type outTable struct {
	name string
	cols []col
	rows func(tableWriter) error
}

func textCols(names ...string) []col {
	c := make([]col, len(names))
	for i, n := range names {
		c[i] = col{n, colText}
	}
	return c
}

func cols(kind colKind, names ...string) []col {
	c := make([]col, len(names))
	for i, n := range names {
		c[i] = col{n, kind}
	}
	return c
}

func concat(parts ...[]col) []col {
	var out []col
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// edgesTable is edges.csv: one row per ordered pair with any layer, sorted
// by (source, target) ids; meetings are halved per direction.
func edgesTable(n *graph.Network) outTable {
	return outTable{"edges",
		concat(textCols("source", "target"), cols(colNum, "correspondence", "meetings", "data_sharing", "data_denied", "weight")),
		func(w tableWriter) error {
			for i := range n.Edges {
				e := &n.Edges[i]
				w.text(n.Nodes[e.From].ID)
				w.text(n.Nodes[e.To].ID)
				for _, x := range e.Layers {
					w.float(x)
				}
				w.float(e.Weight)
				if err := w.end(); err != nil {
					return err
				}
			}
			return nil
		}}
}

// nodesTable is units.csv (unit level) or people.csv (person level).
func nodesTable(r *metrics.Result) outTable {
	name, head := "units", textCols("unit_id", "name", "sector", "kind")
	if r.Net.Level == graph.PersonLevel {
		name, head = "people", textCols("person_id", "name", "unit_id", "sector", "kind", "unit_kind")
	}
	c := concat(head, cols(colInt, "degree"),
		cols(colNum, "strength", "in_strength", "out_strength", "betweenness", "harmonic", "pagerank", "eigenvector",
			"constraint", "effective_size", "hierarchy"),
		cols(colInt, "community"),
		cols(colNum, "community_stability", "participation_sector", "participation_community", "within_module_z"),
		textCols("role", "role_name"),
		cols(colInt, "coordinator", "itinerant", "representative", "gatekeeper", "liaison"),
		cols(colBool, "articulation"), cols(colNum, "ei_index"), cols(colInt, "share_requests"),
		cols(colNum, "share_denial_rate"), cols(colInt, "internal_messages"))
	return outTable{name, c, func(w tableWriter) error {
		for i := range r.Nodes {
			nd, m := &r.Net.Nodes[i], &r.Nodes[i]
			w.text(nd.ID)
			w.text(nd.Name)
			if r.Net.Level == graph.PersonLevel {
				w.text(nd.Unit)
			}
			w.text(nd.Sector)
			w.text(nd.Kind.String())
			if r.Net.Level == graph.PersonLevel {
				w.text(nd.UnitKind.String())
			}
			w.int(int64(m.Degree))
			for _, v := range []float64{m.Strength, m.InStrength, m.OutStrength, m.Betweenness, m.Harmonic, m.PageRank,
				m.Eigenvector, m.Constraint, m.EffectiveSize, m.Hierarchy} {
				w.float(v)
			}
			w.int(int64(m.Community))
			for _, v := range []float64{m.CommunityStability, m.ParticipationSector, m.ParticipationCommunity, m.WithinModuleZ} {
				w.float(v)
			}
			w.text(m.Role)
			w.text(silo.RoleName(m.Role))
			for _, v := range []int64{m.Coordinator, m.Itinerant, m.Representative, m.Gatekeeper, m.Liaison} {
				w.int(v)
			}
			w.bool(m.Articulation)
			w.float(m.EIIndex)
			w.int(m.ShareRequests)
			w.float(m.ShareDenialRate)
			w.int(m.InternalMessages)
			if err := w.end(); err != nil {
				return err
			}
		}
		return nil
	}}
}

// groupsTable is groups.csv: sectors, then units (person level), then
// communities.
func groupsTable(r *metrics.Result) outTable {
	c := concat(textCols("group_type", "group"), cols(colInt, "size"), cols(colNum, "internal_weight", "external_weight"),
		cols(colInt, "internal_ties", "external_ties"),
		cols(colNum, "ei_index", "ei_ties", "ei_expected", "ei_p_value", "conductance", "density"),
		cols(colBool, "is_silo"), cols(colNum, "silo_score"), cols(colInt, "requests_from_others", "denied_to_others"))
	return outTable{"groups", c, func(w tableWriter) error {
		for _, g := range r.Groups {
			w.text(string(g.Type))
			w.text(g.Name)
			w.int(int64(g.Size))
			w.float(g.InternalWeight)
			w.float(g.ExternalWeight)
			w.int(g.InternalTies)
			w.int(g.ExternalTies)
			for _, v := range []float64{g.EIIndex, g.EITies, g.EIExpected, g.EIPValue, g.Conductance, g.Density} {
				w.float(v)
			}
			w.bool(g.IsSilo)
			w.float(g.SiloScore)
			w.int(g.RequestsFromOthers)
			w.int(g.DeniedToOthers)
			if err := w.end(); err != nil {
				return err
			}
		}
		return nil
	}}
}

// silosTable is silos.csv: the silos ranked by silo score, with the reason
// in words.
func silosTable(r *metrics.Result, lang string) outTable {
	c := concat(cols(colInt, "rank"), textCols("group_type", "group", "members"),
		cols(colNum, "ei_index", "ei_expected", "ei_p_value", "silo_score"), textCols("reason"))
	return outTable{"silos", c, func(w tableWriter) error {
		for rank, i := range r.Silos {
			g := r.Groups[i]
			ids := make([]string, len(g.Members))
			for k, m := range g.Members {
				ids[k] = r.Net.Nodes[m].ID
			}
			w.int(int64(rank + 1))
			w.text(string(g.Type))
			w.text(g.Name)
			w.text(strings.Join(ids, ";"))
			for _, v := range []float64{g.EIIndex, g.EIExpected, g.EIPValue, g.SiloScore} {
				w.float(v)
			}
			w.text(siloReason(g, lang))
			if err := w.end(); err != nil {
				return err
			}
		}
		return nil
	}}
}
