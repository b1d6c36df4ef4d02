package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/centrality"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/viz"
)

// result is an analysed study with what the report says about its run.
type result struct {
	mr   *metrics.Result
	meta visualMeta
}

// visualMeta is what maps and the report say about the run.
type visualMeta struct {
	Study, Window string
	Inputs        []viz.Input
	Rejected      int64
	Seed          uint64
	Resolution    float64
	Permutations  int
}

// isOutDir reports whether path is an output folder of sekat analyze.
func isOutDir(path string) bool {
	_, err := os.Stat(filepath.Join(path, "summary.json"))
	return err == nil
}

// obtainResult analyses o.Study, or reads the result back when o.Study is
// an output folder of `sekat analyze` (then the window, seed and other
// analysis flags are those recorded in its summary.json).
func obtainResult(ctx context.Context, o analyzeOptions) (*result, error) {
	if isOutDir(o.Study) {
		return readBack(o.Study, o.Lang)
	}
	l, err := loadStudy(ctx, o.studyOptions, io.Discard)
	if err != nil {
		return nil, err
	}
	mr, err := analyzeNetwork(ctx, l, o)
	if err != nil {
		return nil, err
	}
	return &result{mr, metaOf(l, o)}, nil
}

func metaOf(l *loaded, o analyzeOptions) visualMeta {
	m := visualMeta{Study: l.res.Study.Name, Window: windowText(l, o.Lang), Rejected: l.res.Rejected(), Seed: o.Seed,
		Resolution: o.Resolution, Permutations: o.Permutations}
	for _, in := range l.res.Inputs {
		m.Inputs = append(m.Inputs, viz.Input{Table: in.Table.String(), File: relInput(l, in.Path), Rows: in.Rows,
			Rejected: in.Rejected, OutsideWindow: in.OutOfWindow, SHA256: in.SHA256})
	}
	return m
}

func (f *jsonFloat) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = jsonFloat(math.NaN())
		return nil
	}
	x, err := strconv.ParseFloat(string(b), 64)
	*f = jsonFloat(x)
	return err
}

// csvTableOf reads an output CSV into rows keyed by column name.
type csvRows struct {
	file string
	col  map[string]int
	rows [][]string
}

func readCSVTable(dir, name string) (*csvRows, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("%s is not a complete sekat output folder: %w", dir, err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) == 0 {
		return nil, fmt.Errorf("%s: cannot read it back (%v); run sekat analyze again", name, err)
	}
	t := &csvRows{file: name, col: map[string]int{}, rows: recs[1:]}
	for i, h := range recs[0] {
		t.col[h] = i
	}
	return t, nil
}

// get returns a cell, undoing the formula guard of csvText.
func (t *csvRows) get(r int, name string) string {
	i, ok := t.col[name]
	if !ok || i >= len(t.rows[r]) {
		return ""
	}
	s := t.rows[r][i]
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		s = s[1:]
	}
	return s
}

func (t *csvRows) num(r int, name string) float64 {
	s := t.get(r, name)
	if s == "" {
		return math.NaN()
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return x
}

func (t *csvRows) int(r int, name string) int64 {
	x, _ := strconv.ParseInt(t.get(r, name), 10, 64)
	return x
}

var kindByName = map[string]graph.Kind{"internal": graph.KindInternal, "coordinator": graph.KindCoordinator,
	"external": graph.KindExternal, "person": graph.KindPerson, "unit": graph.KindUnit}

// readBack rebuilds a result from an output folder of sekat analyze:
// the network from units.csv (or people.csv) and edges.csv, the measures
// from the same tables, groups from groups.csv (members from the node
// table), the whole-network figures and the run from summary.json.
func readBack(dir, lang string) (*result, error) {
	b, err := os.ReadFile(filepath.Join(dir, "summary.json"))
	if err != nil {
		return nil, err
	}
	var s summary
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s: %w; run sekat analyze again", filepath.Join(dir, "summary.json"), err)
	}
	nodesFile, idCol := "units.csv", "unit_id"
	level := graph.UnitLevel
	if s.Level == "person" {
		nodesFile, idCol, level = "people.csv", "person_id", graph.PersonLevel
	}
	nt, err := readCSVTable(dir, nodesFile)
	if err != nil {
		return nil, err
	}
	nodes := make([]graph.Node, len(nt.rows))
	ms := make([]metrics.Node, len(nt.rows))
	for r := range nt.rows {
		nd := &nodes[r]
		nd.ID, nd.Name, nd.Sector, nd.Kind = nt.get(r, idCol), nt.get(r, "name"), nt.get(r, "sector"), kindByName[nt.get(r, "kind")]
		nd.Unit = nd.ID
		if level == graph.PersonLevel {
			nd.Unit = nt.get(r, "unit_id")
			nd.UnitKind = kindByName[nt.get(r, "unit_kind")]
		}
		m := &ms[r]
		m.Degree = int(nt.int(r, "degree"))
		for name, p := range map[string]*float64{"strength": &m.Strength, "in_strength": &m.InStrength, "out_strength": &m.OutStrength,
			"betweenness": &m.Betweenness, "harmonic": &m.Harmonic, "pagerank": &m.PageRank, "eigenvector": &m.Eigenvector,
			"constraint": &m.Constraint, "effective_size": &m.EffectiveSize, "hierarchy": &m.Hierarchy,
			"community_stability": &m.CommunityStability, "participation_sector": &m.ParticipationSector,
			"participation_community": &m.ParticipationCommunity, "within_module_z": &m.WithinModuleZ, "ei_index": &m.EIIndex,
			"share_denial_rate": &m.ShareDenialRate} {
			*p = nt.num(r, name)
		}
		for name, p := range map[string]*int64{"coordinator": &m.Coordinator, "itinerant": &m.Itinerant,
			"representative": &m.Representative, "gatekeeper": &m.Gatekeeper, "liaison": &m.Liaison,
			"share_requests": &m.ShareRequests, "internal_messages": &m.InternalMessages} {
			*p = nt.int(r, name)
		}
		m.Community = int(nt.int(r, "community"))
		m.Role = nt.get(r, "role")
		m.Articulation = nt.get(r, "articulation") == "true"
	}
	idx := map[string]int32{}
	for i := range nodes {
		idx[nodes[i].ID] = int32(i)
	}
	et, err := readCSVTable(dir, "edges.csv")
	if err != nil {
		return nil, err
	}
	edges := make([]graph.Edge, 0, len(et.rows))
	for r := range et.rows {
		u, ok1 := idx[et.get(r, "source")]
		v, ok2 := idx[et.get(r, "target")]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("edges.csv line %d: %s -> %s is not in %s; the folder mixes two runs, run sekat analyze again", r+2, et.get(r, "source"), et.get(r, "target"), nodesFile)
		}
		e := graph.Edge{From: u, To: v, Weight: et.num(r, "weight")}
		for l := graph.Layer(0); l < graph.NumLayers; l++ {
			e.Layers[l] = et.num(r, l.String())
		}
		edges = append(edges, e)
	}
	w := graph.LayerWeights{Set: true}
	for k, p := range map[string]*float64{"correspondence": &w.Correspondence, "meetings": &w.Meetings, "data_sharing": &w.DataSharing} {
		if x, ok := s.Weights[k].(float64); ok {
			*p = x
		}
	}
	net := graph.NewNetwork(level, nodes, edges, nil, graph.Window{}, w)
	th := func(x float64) *float64 { return &x }
	mr := &metrics.Result{Net: net, Nodes: ms, Layers: map[string]metrics.Whole{},
		LeidenIterations: s.Method.LeidenIterationsRun,
		Options: metrics.Options{Seed: s.Seed, Resolution: s.Method.Resolution, LeidenIterations: s.Method.LeidenIterations, Permutations: s.Method.Permutations,
			SiloEI: th(s.Method.SiloEI), SiloP: th(s.Method.SiloP)}}
	mr.Whole = wholeOf(s.Network)
	for k, v := range s.ByLayer {
		mr.Layers[k] = wholeOf(v)
	}
	for _, f := range s.Friction {
		mr.Friction = append(mr.Friction, metrics.Friction{Provider: f.Provider, Consumer: f.Consumer, Requests: f.Requests,
			Denied: f.Denied, DenialRate: float64(f.DenialRate)})
	}
	bt := &centrality.BetweennessResult{Exact: s.Method.Betweenness["exact"] == true}
	if x, ok := s.Method.Betweenness["max_exact_nodes"].(float64); ok {
		bt.Threshold = int(x)
	}
	mr.Betweenness = bt
	seen := map[string]bool{}
	for i := range nodes {
		if !seen[nodes[i].Sector] {
			seen[nodes[i].Sector] = true
			mr.Sectors = append(mr.Sectors, nodes[i].Sector)
		}
	}
	sort.Strings(mr.Sectors)
	if err := readGroups(dir, mr); err != nil {
		return nil, err
	}
	meta := visualMeta{Study: s.Study, Rejected: s.Rejected, Seed: s.Seed, Resolution: s.Method.Resolution, Permutations: s.Method.Permutations}
	meta.Window = windowDates(s.Window.From, s.Window.To, lang)
	for _, in := range s.Inputs {
		meta.Inputs = append(meta.Inputs, viz.Input{Table: in.Table, File: in.File, Rows: in.Rows, Rejected: in.Rejected,
			OutsideWindow: in.OutOfWindow, SHA256: in.SHA256})
	}
	return &result{mr, meta}, nil
}

func wholeOf(n networkJSON) metrics.Whole {
	return metrics.Whole{Nodes: n.Nodes, Ties: n.Ties, Components: n.Components, Density: float64(n.Density),
		Modularity: float64(n.Modularity), ModularitySector: float64(n.ModularitySector), EIIndexSector: float64(n.EIIndex),
		AssortativitySector: float64(n.AssortativitySector), AssortativitySectorWeight: float64(n.AssortativitySectorWeight),
		NMISectorCommunity: float64(n.NMI), ARISectorCommunity: float64(n.ARI), Reciprocity: float64(n.Reciprocity),
		DenialRate: float64(n.DenialRate), Communities: n.Communities}
}

// readGroups fills mr.Groups from groups.csv (members from the node table)
// and mr.Silos from silos.csv's order.
func readGroups(dir string, mr *metrics.Result) error {
	gt, err := readCSVTable(dir, "groups.csv")
	if err != nil {
		return err
	}
	key := func(typ, name string) string { return typ + "\x00" + name }
	at := map[string]int{}
	for r := range gt.rows {
		g := metrics.Group{Type: metrics.GroupType(gt.get(r, "group_type")), Name: gt.get(r, "group")}
		g.GroupStats = silo.GroupStats{Group: int32(r), Size: int(gt.int(r, "size")),
			InternalWeight: gt.num(r, "internal_weight"), ExternalWeight: gt.num(r, "external_weight"),
			InternalTies: gt.int(r, "internal_ties"), ExternalTies: gt.int(r, "external_ties"),
			EIIndex: gt.num(r, "ei_index"), EITies: gt.num(r, "ei_ties"), EIExpected: gt.num(r, "ei_expected"),
			EIPValue: gt.num(r, "ei_p_value"), Conductance: gt.num(r, "conductance"), Density: gt.num(r, "density")}
		g.IsSilo = gt.get(r, "is_silo") == "true"
		g.SiloScore = gt.num(r, "silo_score")
		g.RequestsFromOthers, g.DeniedToOthers = gt.int(r, "requests_from_others"), gt.int(r, "denied_to_others")
		at[key(string(g.Type), g.Name)] = len(mr.Groups)
		mr.Groups = append(mr.Groups, g)
	}
	for i := range mr.Net.Nodes {
		nd := &mr.Net.Nodes[i]
		for _, k := range []string{key("sector", nd.Sector), key("unit", nd.Unit), key("community", strconv.Itoa(mr.Nodes[i].Community))} {
			if gi, ok := at[k]; ok {
				g := &mr.Groups[gi]
				g.Members = append(g.Members, int32(i))
				if nd.UnitKind == graph.KindInternal {
					g.Formal = true
				}
			}
		}
	}
	st, err := readCSVTable(dir, "silos.csv")
	if err != nil {
		return err
	}
	for r := range st.rows {
		if gi, ok := at[key(st.get(r, "group_type"), st.get(r, "group"))]; ok {
			mr.Silos = append(mr.Silos, gi)
		}
	}
	return nil
}
