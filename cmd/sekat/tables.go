package main

import (
	"bufio"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// row builds one CSV line.
type row struct{ b []byte }

func (r *row) sep() {
	if len(r.b) > 0 {
		r.b = append(r.b, ',')
	}
}
func (r *row) text(s string)   { r.sep(); r.b = csvText(r.b, s) }
func (r *row) int(x int64)     { r.sep(); r.b = strconv.AppendInt(r.b, x, 10) }
func (r *row) bool(x bool)     { r.sep(); r.b = strconv.AppendBool(r.b, x) }
func (r *row) float(x float64) { r.sep(); r.b = appendNum(r.b, x) }
func (r *row) end(w *bufio.Writer) error {
	r.b = append(r.b, '\n')
	_, err := w.Write(r.b)
	r.b = r.b[:0]
	return err
}

// appendNum writes a float in sekat's format; NaN and ±Inf (undefined
// values) are empty cells.
func appendNum(b []byte, x float64) []byte {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return b
	}
	return graph.AppendFloat(b, x)
}

var nodeMetricColumns = []string{"degree", "strength", "in_strength", "out_strength", "betweenness", "harmonic",
	"pagerank", "eigenvector", "constraint", "effective_size", "hierarchy", "community", "community_stability",
	"participation_sector", "participation_community", "within_module_z", "role", "role_name",
	"coordinator", "itinerant", "representative", "gatekeeper", "liaison", "articulation", "ei_index",
	"share_requests", "share_denial_rate", "internal_messages"}

// writeNodes writes units.csv (unit level) or people.csv (person level).
func writeNodes(w *bufio.Writer, r *metrics.Result) error {
	head := []string{"unit_id", "name", "sector", "kind"}
	if r.Net.Level == graph.PersonLevel {
		head = []string{"person_id", "unit_id", "sector", "kind"}
	}
	w.WriteString(strings.Join(append(head, nodeMetricColumns...), ",") + "\n")
	var x row
	for i := range r.Nodes {
		nd, m := &r.Net.Nodes[i], &r.Nodes[i]
		if r.Net.Level == graph.PersonLevel {
			x.text(nd.ID)
			x.text(nd.Unit)
		} else {
			x.text(nd.ID)
			x.text(nd.Name)
		}
		x.text(nd.Sector)
		x.text(nd.Kind.String())
		x.int(int64(m.Degree))
		for _, v := range []float64{m.Strength, m.InStrength, m.OutStrength, m.Betweenness, m.Harmonic, m.PageRank,
			m.Eigenvector, m.Constraint, m.EffectiveSize, m.Hierarchy} {
			x.float(v)
		}
		x.int(int64(m.Community))
		for _, v := range []float64{m.CommunityStability, m.ParticipationSector, m.ParticipationCommunity, m.WithinModuleZ} {
			x.float(v)
		}
		x.text(m.Role)
		x.text(silo.RoleName(m.Role))
		for _, v := range []int64{m.Coordinator, m.Itinerant, m.Representative, m.Gatekeeper, m.Liaison} {
			x.int(v)
		}
		x.bool(m.Articulation)
		x.float(m.EIIndex)
		x.int(m.ShareRequests)
		x.float(m.ShareDenialRate)
		x.int(m.InternalMessages)
		if err := x.end(w); err != nil {
			return err
		}
	}
	return nil
}

// writeGroups writes groups.csv: sectors, then units (person level), then
// communities.
func writeGroups(w *bufio.Writer, r *metrics.Result) error {
	w.WriteString("group_type,group,size,internal_weight,external_weight,internal_ties,external_ties,ei_index,ei_ties," +
		"ei_expected,ei_p_value,conductance,density,is_silo,silo_score,requests_from_others,denied_to_others\n")
	var x row
	for _, g := range r.Groups {
		x.text(string(g.Type))
		x.text(g.Name)
		x.int(int64(g.Size))
		x.float(g.InternalWeight)
		x.float(g.ExternalWeight)
		x.int(g.InternalTies)
		x.int(g.ExternalTies)
		for _, v := range []float64{g.EIIndex, g.EITies, g.EIExpected, g.EIPValue, g.Conductance, g.Density} {
			x.float(v)
		}
		x.bool(g.IsSilo)
		x.float(g.SiloScore)
		x.int(g.RequestsFromOthers)
		x.int(g.DeniedToOthers)
		if err := x.end(w); err != nil {
			return err
		}
	}
	return nil
}

// writeSilos writes silos.csv: the silos ranked by silo score, with the
// reason in words.
func writeSilos(w *bufio.Writer, r *metrics.Result, lang string) error {
	w.WriteString("rank,group_type,group,members,ei_index,ei_expected,ei_p_value,silo_score,reason\n")
	var x row
	for rank, i := range r.Silos {
		g := r.Groups[i]
		ids := make([]string, len(g.Members))
		for k, m := range g.Members {
			ids[k] = r.Net.Nodes[m].ID
		}
		x.int(int64(rank + 1))
		x.text(string(g.Type))
		x.text(g.Name)
		x.text(strings.Join(ids, ";"))
		for _, v := range []float64{g.EIIndex, g.EIExpected, g.EIPValue, g.SiloScore} {
			x.float(v)
		}
		x.text(siloReason(g, lang))
		if err := x.end(w); err != nil {
			return err
		}
	}
	return nil
}

// siloReason says in a sentence why a group is a silo: how much of its tie
// weight stays inside against random mixing, the p-value, and its data
// requests refused.
func siloReason(g metrics.Group, lang string) string {
	in := 100 * (1 - g.EIIndex) / 2
	exp := 100 * (1 - g.EIExpected) / 2
	kind := map[metrics.GroupType][2]string{metrics.GroupSector: {"sektor", "sector"}, metrics.GroupUnit: {"unit", "unit"}}[g.Type]
	s := fmt.Sprintf("%s%% bobot ikatan %s %s tetap di dalam, padahal pencampuran acak hanya memberi %s%% (%s)",
		pct(in, lang), kind[0], g.Name, pct(exp, lang), pText(g.EIPValue, lang))
	if lang == "en" {
		s = fmt.Sprintf("%s%% of the tie weight of %s %s stays inside, where random mixing would give %s%% (%s)",
			pct(in, lang), kind[1], g.Name, pct(exp, lang), pText(g.EIPValue, lang))
	}
	if g.RequestsFromOthers > 0 {
		if lang == "en" {
			s += fmt.Sprintf("; it denied %d of %d data requests from other %ss", g.DeniedToOthers, g.RequestsFromOthers, kind[1])
		} else {
			s += fmt.Sprintf("; %d dari %d permintaan data dari %s lain ditolak", g.DeniedToOthers, g.RequestsFromOthers, kind[0])
		}
	}
	return s + "."
}

func pct(x float64, lang string) string { return decimal(strconv.FormatFloat(x, 'f', 0, 64), lang) }

func pText(p float64, lang string) string {
	if p < 0.001 {
		return decimal("p < 0.001", lang)
	}
	return decimal("p = "+strconv.FormatFloat(p, 'f', 3, 64), lang)
}

// decimal uses the decimal comma in Bahasa Indonesia.
func decimal(s, lang string) string {
	if lang == "en" {
		return s
	}
	return strings.ReplaceAll(s, ".", ",")
}
