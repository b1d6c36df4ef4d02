package result

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/centrality"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// Study is what one run of sekat analyze found: the tables of its output
// folder and summary.json.
type Study struct {
	Summary Summary
	Nodes   []Node // units.csv or people.csv, by Summary.Level
	Groups  []Group
	Silos   []Silo
	Edges   []Edge
}

// Level is the level Summary records.
func (s *Study) Level() graph.Level {
	if s.Summary.Level == graph.PersonLevel.String() {
		return graph.PersonLevel
	}
	return graph.UnitLevel
}

// New makes the tables of an analysis and the parts of the summary that
// come from it: level, seed, counts of nodes, pairs and ties, layer
// totals and weights, whole-network figures, silos, method, friction.
// What the analysis does not know (sekat's version, the study's name,
// time zone, window, input files, log counts, rejected rows, and at
// person level the notice in the run's language) the caller fills in. reason words why a group is a silo (silos.csv and
// summary.json say it).
func New(mr *metrics.Result, reason func(metrics.Group) string) *Study {
	n := mr.Net
	s := &Study{Summary: Summary{
		SchemaVersion: SchemaVersion,
		Level:         n.Level.String(),
		Seed:          mr.Options.Seed,
		Counts:        Counts{Nodes: len(n.Nodes), DirectedPairs: len(n.Edges), Ties: mr.Whole.Ties},
		Layers:        map[string]Layer{},
		Weights:       Weights{Correspondence: n.Weights.Correspondence, DataSharing: n.Weights.DataSharing, Meetings: n.Weights.Meetings},
		Network:       networkOf(mr.Whole),
		SectorsUsable: &mr.SectorsUsable,
		ByLayer:       map[string]Network{},
		Silos:         []SummarySilo{},
		Friction:      []Friction{},
		Warnings:      []Warning{},
	}}
	if n.Level == graph.PersonLevel {
		c := &s.Summary.Counts
		people, units := PersonLevelNodes(n)
		inWin, inactive := n.People.InWindow, n.People.Inactive
		c.PersonNodes, c.UnitNodes, c.PeopleInWindow, c.PeopleInactive = &people, &units, &inWin, &inactive
	}
	for l := range graph.NumLayers {
		// compensated: a plain loop over 38,454 person-level ties wrote a
		// meetings total whole in exact arithmetic as 4802.00000000031
		var lt Layer
		var total graph.KSum
		for i := range n.Edges {
			if v := n.Edges[i].Layers[l]; v != 0 {
				total.Add(v)
				lt.DirectedPairs++
			}
		}
		lt.Total = Number(total.Sum())
		s.Summary.Layers[l.String()] = lt
	}
	for k, w := range mr.Layers {
		s.Summary.ByLayer[k] = networkOf(w)
	}
	b := mr.Betweenness
	bt := Betweenness{Exact: b.Exact, MaxExactNodes: b.Threshold}
	if !b.Exact {
		bt.Sampling = &Sampling{Samples: b.Samples, Epsilon: b.Epsilon, Delta: b.Delta, Bound: Number(b.Bound),
			VertexDiameterBound: b.VertexDiameter, Seed: b.Seed, HarmonicPivots: b.HarmonicPivots, HarmonicEpsilon: Number(b.HarmonicEpsilon)}
		if b.HarmonicPivots > 0 {
			bt.Sampling.HarmonicBound = "hoeffding"
			if b.HarmonicBernstein {
				bt.Sampling.HarmonicBound = "empirical_bernstein"
			}
		}
	}
	o := mr.Options
	th := o.Thresholds()
	perms := map[string]int{}
	for t, p := range mr.Permutations {
		if p > 0 {
			perms[string(t)] = p
		}
	}
	s.Summary.Method = Method{Resolution: o.Resolution, LeidenIterations: o.LeidenIterations, LeidenIterationsRun: mr.LeidenIterations,
		PermutationsGiven: o.Permutations, Permutations: perms, SiloAlpha: th.AlphaValue(), SiloHomophily: th.HomophilyValue(),
		Betweenness: bt, KeepInactive: n.People.KeptInactive}
	for _, f := range mr.Friction {
		s.Summary.Friction = append(s.Summary.Friction, Friction{f.Provider, f.Consumer, f.Requests, f.Denied, Number(f.DenialRate)})
	}

	s.Nodes = make([]Node, len(mr.Nodes))
	for i := range mr.Nodes {
		nd, m := &n.Nodes[i], &mr.Nodes[i]
		s.Nodes[i] = Node{ID: nd.ID, Name: nd.Name, ShortName: nd.ShortName, Sector: nd.Sector, Kind: nd.Kind,
			Degree: m.Degree, Strength: m.Strength, InStrength: m.InStrength, OutStrength: m.OutStrength,
			Betweenness: m.Betweenness, Harmonic: m.Harmonic, PageRank: m.PageRank, Eigenvector: m.Eigenvector,
			Constraint: m.Constraint, EffectiveSize: m.EffectiveSize, Hierarchy: m.Hierarchy,
			Community: m.Community, CommunityStability: m.CommunityStability, ParticipationSector: m.ParticipationSector,
			ParticipationCommunity: m.ParticipationCommunity, WithinModuleZ: m.WithinModuleZ,
			Role: m.Role, RoleName: silo.RoleName(m.Role),
			Coordinator: m.Coordinator, Itinerant: m.Itinerant, Representative: m.Representative,
			Gatekeeper: m.Gatekeeper, Liaison: m.Liaison, Articulation: m.Articulation, EIIndex: m.EIIndex,
			ShareRequests: m.ShareRequests, ShareDenialRate: m.ShareDenialRate, InternalMessages: m.InternalMessages,
			CircularsSent: n.Counts[i].Circulars}
		if n.Level == graph.PersonLevel {
			s.Nodes[i].Unit, s.Nodes[i].UnitKind = nd.Unit, nd.UnitKind
		}
	}
	informal := []GroupRef{}
	for _, g := range mr.Groups {
		if !g.Formal && g.Type != metrics.GroupCommunity {
			informal = append(informal, GroupRef{Type: g.Type, Name: g.Name})
		}
	}
	s.Summary.InformalGroups = &informal
	s.Groups = make([]Group, len(mr.Groups))
	for i, g := range mr.Groups {
		lo, hi := silo.PValueInterval(g.GroupStats)
		s.Groups[i] = Group{Type: g.Type, Name: g.Name, Size: g.Size, InternalWeight: g.InternalWeight,
			ExternalWeight: g.ExternalWeight, InternalTies: g.InternalTies, ExternalTies: g.ExternalTies,
			EIIndex: g.EIIndex, EITies: g.EITies, EIExpected: g.EIExpected, Homophily: g.Homophily,
			EIPValue: g.EIPValue, PAdjusted: g.PAdjusted, Permutations: g.Permutations,
			StoppedEarly: g.Stopped, EIPLow: lo, EIPHigh: hi, NodesShuffled: g.Nodes, Verdict: g.Verdict,
			Conductance: g.Conductance, Density: g.Density,
			RequestsFromOthers: g.RequestsFromOthers, DeniedToOthers: g.DeniedToOthers}
	}
	for rank, gi := range mr.Silos {
		g := mr.Groups[gi]
		ids := make([]string, len(g.Members))
		for k, m := range g.Members {
			ids[k] = n.Nodes[m].ID
		}
		if len(ids) == 0 {
			ids = nil
		}
		why := reason(g)
		s.Silos = append(s.Silos, Silo{Rank: rank + 1, GroupType: g.Type, Group: g.Name, Members: ids,
			EIIndex: g.EIIndex, EIExpected: g.EIExpected, Homophily: g.Homophily, EIPValue: g.EIPValue,
			PAdjusted: g.PAdjusted, Permutations: g.Permutations, StoppedEarly: g.Stopped, Verdict: g.Verdict, Reason: why})
		s.Summary.Silos = append(s.Summary.Silos, SummarySilo{Rank: rank + 1, GroupType: string(g.Type), Group: g.Name,
			Size: g.Size, EIIndex: Number(g.EIIndex), Expected: Number(g.EIExpected), Homophily: Number(g.Homophily),
			PValue: Number(g.EIPValue), PAdjusted: Number(g.PAdjusted), Permutations: g.Permutations, StoppedEarly: g.Stopped,
			Verdict: string(g.Verdict), Reason: why})
	}
	s.Edges = EdgesOf(n)
	return s
}

// PersonLevelNodes counts the nodes of a person-level network by kind:
// people, and units named directly by an event (graph.KindUnit), which
// are never counted or ranked among people.
func PersonLevelNodes(n *graph.Network) (people, units int) {
	for i := range n.Nodes {
		if n.Nodes[i].Kind == graph.KindUnit {
			units++
		} else {
			people++
		}
	}
	return people, units
}

// EdgesOf is the edges table of a network.
func EdgesOf(n *graph.Network) []Edge {
	es := make([]Edge, len(n.Edges))
	for i := range n.Edges {
		e := &n.Edges[i]
		es[i] = Edge{Source: n.Nodes[e.From].ID, Target: n.Nodes[e.To].ID, Layers: e.Layers, Weight: e.Weight}
	}
	return es
}

func networkOf(w metrics.Whole) Network {
	return Network{Nodes: w.Nodes, Ties: w.Ties, Density: Number(w.Density), Components: w.Components,
		Communities: w.Communities, Modularity: Number(w.Modularity), ModularitySector: Number(w.ModularitySector),
		EIIndex: Number(w.EIIndexSector), AssortativitySector: Number(w.AssortativitySector),
		AssortativitySectorWeight: Number(w.AssortativitySectorWeight), NMI: Number(w.NMISectorCommunity),
		ARI: Number(w.ARISectorCommunity), Reciprocity: Number(w.Reciprocity), DenialRate: Number(w.DenialRate)}
}

func (w Network) whole() metrics.Whole {
	return metrics.Whole{Nodes: w.Nodes, Ties: w.Ties, Components: w.Components, Density: float64(w.Density),
		Modularity: float64(w.Modularity), ModularitySector: float64(w.ModularitySector), EIIndexSector: float64(w.EIIndex),
		AssortativitySector: float64(w.AssortativitySector), AssortativitySectorWeight: float64(w.AssortativitySectorWeight),
		NMISectorCommunity: float64(w.NMI), ARISectorCommunity: float64(w.ARI), Reciprocity: float64(w.Reciprocity),
		DenialRate: float64(w.DenialRate), Communities: w.Communities}
}

// File is one file of an output folder and how to write it.
type File struct {
	Name string
	// Parquet marks a Parquet twin, written only when asked for.
	Parquet bool
	// Write writes the file; nil for a file this study must not leave
	// behind (the node table of the other level, from an earlier run).
	Write func(w io.Writer) error
}

// Files lists the files of the study's output folder: edges, the node
// table, groups and silos as CSV, their Parquet twins, summary.json, and
// the other level's node table and twin with a nil Write.
func (s *Study) Files() []File {
	nodes, other := Units, People
	if s.Level() == graph.PersonLevel {
		nodes, other = People, Units
	}
	fs := []File{
		csvFile(Edges, s.Edges), csvFile(nodes, s.Nodes), csvFile(Groups, s.Groups), csvFile(Silos, s.Silos),
		parquetFile(Edges, s.Edges), parquetFile(nodes, s.Nodes), parquetFile(Groups, s.Groups), parquetFile(Silos, s.Silos),
		{Name: SummaryFile, Write: func(w io.Writer) error { return WriteSummary(w, &s.Summary) }},
		{Name: other.Name + ".csv"}, {Name: other.Name + ".parquet", Parquet: true},
	}
	return fs
}

func csvFile[R any](t *Table[R], rows []R) File {
	return File{Name: t.Name + ".csv", Write: func(w io.Writer) error { return t.WriteCSV(w, rows) }}
}

func parquetFile[R any](t *Table[R], rows []R) File {
	return File{Name: t.Name + ".parquet", Parquet: true, Write: func(w io.Writer) error { return t.WriteParquet(w, rows) }}
}

// Read reads the output folder of sekat analyze: summary.json first (see
// ReadSummary), then the CSV tables of its level.
func Read(dir string) (*Study, error) {
	s := new(Study)
	err := readFile(dir, SummaryFile, func(r io.Reader) error {
		sm, err := ReadSummary(r)
		if err == nil {
			s.Summary = *sm
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if l := s.Summary.Level; l != graph.UnitLevel.String() && l != graph.PersonLevel.String() {
		return nil, &ParseError{File: filepath.Join(dir, SummaryFile), Column: "level", Value: l, Err: fmt.Errorf("%w: the level is neither unit nor person", ErrMalformed)}
	}
	if err := readTable(dir, NodeTable(s.Level()), &s.Nodes); err != nil {
		return nil, err
	}
	if err := readTable(dir, Groups, &s.Groups); err != nil {
		return nil, err
	}
	if err := readTable(dir, Silos, &s.Silos); err != nil {
		return nil, err
	}
	if err := readTable(dir, Edges, &s.Edges); err != nil {
		return nil, err
	}
	return s, nil
}

func readTable[R any](dir string, t *Table[R], rows *[]R) error {
	return readFile(dir, t.Name+".csv", func(r io.Reader) error {
		var err error
		*rows, err = t.ReadCSV(r)
		return err
	})
}

func readFile(dir, name string, read func(io.Reader) error) error {
	f, err := os.Open(filepath.Join(dir, name))
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("result: %s has no %s, so it is not a complete output folder of sekat analyze; run sekat analyze again", dir, name)
	}
	if err != nil {
		return fmt.Errorf("result: %w", err)
	}
	defer f.Close()
	err = read(f)
	if pe := (*ParseError)(nil); errors.As(err, &pe) {
		pe.File = filepath.Join(dir, pe.File)
	}
	return err
}

// Analysis rebuilds the analysis the study's tables were written from,
// as far as they hold it: the network (nodes and edges; a unit is its own
// unit), every node measure, the groups with their members (from the node
// table) and silo measures, the silo ranking, the whole-network figures
// per graph and layer, friction, how betweenness was computed, and the
// options that were used. Per-node activity counts beyond
// internal_messages and circulars_sent, the time window and the people
// counts of the network (graph.Network.People) are not in the tables and
// stay zero.
func (s *Study) Analysis() (*metrics.Result, error) {
	level := s.Level()
	nodes := make([]graph.Node, len(s.Nodes))
	ms := make([]metrics.Node, len(s.Nodes))
	idx := make(map[string]int32, len(s.Nodes))
	for i := range s.Nodes {
		r := &s.Nodes[i]
		nodes[i] = graph.Node{ID: r.ID, Name: r.Name, ShortName: r.ShortName, Sector: r.Sector, Kind: r.Kind, Unit: r.ID}
		if level == graph.PersonLevel {
			nodes[i].Unit, nodes[i].UnitKind = r.Unit, r.UnitKind
		}
		ms[i] = metrics.Node{Degree: r.Degree, Strength: r.Strength, InStrength: r.InStrength, OutStrength: r.OutStrength,
			Betweenness: r.Betweenness, Harmonic: r.Harmonic, PageRank: r.PageRank, Eigenvector: r.Eigenvector,
			Constraint: r.Constraint, EffectiveSize: r.EffectiveSize, Hierarchy: r.Hierarchy,
			Community: r.Community, CommunityStability: r.CommunityStability, ParticipationSector: r.ParticipationSector,
			ParticipationCommunity: r.ParticipationCommunity, WithinModuleZ: r.WithinModuleZ, Role: r.Role,
			Coordinator: r.Coordinator, Itinerant: r.Itinerant, Representative: r.Representative,
			Gatekeeper: r.Gatekeeper, Liaison: r.Liaison, Articulation: r.Articulation, EIIndex: r.EIIndex,
			ShareRequests: r.ShareRequests, ShareDenialRate: r.ShareDenialRate, InternalMessages: r.InternalMessages}
		if j, dup := idx[r.ID]; dup {
			// the rows' lines, as edges.csv's below are named: it said
			// only "names node twice", leaving the rows to be found
			return nil, fmt.Errorf("result: %s.csv lines %d and %d both name node %q: %w; run sekat analyze again", NodeTable(level).Name, j+2, i+2, r.ID, ErrIncomplete)
		}
		idx[r.ID] = int32(i)
	}
	counts := make([]graph.Counts, len(s.Nodes))
	for i := range s.Nodes {
		counts[i] = graph.Counts{InternalMessages: s.Nodes[i].InternalMessages, Circulars: s.Nodes[i].CircularsSent}
	}
	edges := make([]graph.Edge, len(s.Edges))
	for i, e := range s.Edges {
		u, ok1 := idx[e.Source]
		v, ok2 := idx[e.Target]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("result: edges.csv line %d: %s -> %s is not in %s.csv: %w (two runs mixed?); run sekat analyze again",
				i+2, e.Source, e.Target, NodeTable(level).Name, ErrIncomplete)
		}
		edges[i] = graph.Edge{From: u, To: v, Layers: e.Layers, Weight: e.Weight}
		ms[u].ShareDenied += int64(e.Layers[graph.DataDenied])
	}
	sw := s.Summary.Weights
	net := graph.NewNetwork(level, nodes, edges, counts, graph.Window{},
		graph.LayerWeights{Correspondence: sw.Correspondence, Meetings: sw.Meetings, DataSharing: sw.DataSharing, Set: true})

	sm := s.Summary.Method
	alpha, hom := sm.SiloAlpha, sm.SiloHomophily
	usable := metrics.SectorsUsable(net)
	if s.Summary.SectorsUsable != nil {
		usable = *s.Summary.SectorsUsable
	}
	mr := &metrics.Result{Net: net, Nodes: ms, Whole: s.Summary.Network.whole(), Layers: map[string]metrics.Whole{},
		LeidenIterations: sm.LeidenIterationsRun, Permutations: map[metrics.GroupType]int{},
		SectorsUsable: usable,
		Options: metrics.Options{Seed: s.Summary.Seed, Resolution: sm.Resolution, LeidenIterations: sm.LeidenIterations,
			Permutations: sm.PermutationsGiven, SiloAlpha: &alpha, SiloHomophily: &hom}}
	for t, p := range sm.Permutations {
		mr.Permutations[metrics.GroupType(t)] = p
	}
	for k, w := range s.Summary.ByLayer {
		mr.Layers[k] = w.whole()
	}
	for _, f := range s.Summary.Friction {
		mr.Friction = append(mr.Friction, metrics.Friction{Provider: f.Provider, Consumer: f.Consumer,
			Requests: f.Requests, Denied: f.Denied, DenialRate: float64(f.DenialRate)})
	}
	b := sm.Betweenness
	mr.Betweenness = &centrality.BetweennessResult{Exact: b.Exact, Threshold: b.MaxExactNodes}
	if p := b.Sampling; p != nil {
		mr.Betweenness.Samples, mr.Betweenness.Epsilon, mr.Betweenness.Delta = p.Samples, p.Epsilon, p.Delta
		mr.Betweenness.Bound, mr.Betweenness.VertexDiameter, mr.Betweenness.Seed = float64(p.Bound), p.VertexDiameterBound, p.Seed
		mr.Betweenness.HarmonicPivots, mr.Betweenness.HarmonicEpsilon = p.HarmonicPivots, float64(p.HarmonicEpsilon)
		mr.Betweenness.HarmonicBernstein = p.HarmonicBound == "empirical_bernstein"
	}
	seen := map[string]bool{}
	for i := range nodes {
		if !seen[nodes[i].Sector] {
			seen[nodes[i].Sector] = true
			mr.Sectors = append(mr.Sectors, nodes[i].Sector)
		}
	}
	sort.Strings(mr.Sectors)
	if err := s.groups(mr); err != nil {
		return nil, err
	}
	return mr, nil
}

// groups fills mr.Groups (members from the node table) and mr.Silos (in
// silos.csv's order).
func (s *Study) groups(mr *metrics.Result) error {
	type key struct {
		t    metrics.GroupType
		name string
	}
	at := make(map[key]int, len(s.Groups))
	perType := map[metrics.GroupType]int32{}
	for _, r := range s.Groups {
		switch r.Type {
		case metrics.GroupSector, metrics.GroupUnit, metrics.GroupCommunity:
		default:
			return fmt.Errorf("result: groups.csv: group type %q is none of sector, unit, community: %w; run sekat analyze again", r.Type, ErrIncomplete)
		}
		switch r.Verdict {
		case silo.None, silo.Silo, silo.Watch:
		default:
			return fmt.Errorf("result: groups.csv: verdict %q of %s %q is none of silo, watch or empty: %w; run sekat analyze again", r.Verdict, r.Type, r.Name, ErrIncomplete)
		}
		g := metrics.Group{Type: r.Type, Name: r.Name, Verdict: r.Verdict,
			RequestsFromOthers: r.RequestsFromOthers, DeniedToOthers: r.DeniedToOthers}
		g.GroupStats = silo.GroupStats{Group: perType[r.Type], Size: r.Size,
			InternalWeight: r.InternalWeight, ExternalWeight: r.ExternalWeight,
			InternalTies: r.InternalTies, ExternalTies: r.ExternalTies, EIIndex: r.EIIndex, EITies: r.EITies,
			EIExpected: r.EIExpected, Homophily: r.Homophily, EIPValue: r.EIPValue, PAdjusted: r.PAdjusted,
			Permutations: r.Permutations, Stopped: r.StoppedEarly, Nodes: r.NodesShuffled,
			Conductance: r.Conductance, Density: r.Density}
		perType[r.Type]++
		at[key{r.Type, r.Name}] = len(mr.Groups)
		mr.Groups = append(mr.Groups, g)
	}
	for i := range mr.Net.Nodes {
		nd := &mr.Net.Nodes[i]
		keys := []key{{metrics.GroupSector, nd.Sector}, {metrics.GroupCommunity, strconv.Itoa(mr.Nodes[i].Community)}}
		if mr.Net.Level == graph.PersonLevel {
			keys = append(keys, key{metrics.GroupUnit, nd.Unit})
		}
		for _, k := range keys {
			if gi, ok := at[k]; ok {
				g := &mr.Groups[gi]
				g.Members = append(g.Members, int32(i))
				if nd.UnitKind == graph.KindInternal {
					g.Formal = true
				}
			}
		}
	}
	if inf := s.Summary.InformalGroups; inf != nil {
		// a withheld unit's kind is hidden: the tables cannot tell
		informal := map[key]bool{}
		for _, r := range *inf {
			informal[key{r.Type, r.Name}] = true
		}
		for i := range mr.Groups {
			if g := &mr.Groups[i]; g.Type != metrics.GroupCommunity {
				g.Formal = !informal[key{g.Type, g.Name}]
			}
		}
	}
	for _, r := range s.Silos {
		gi, ok := at[key{r.GroupType, r.Group}]
		if !ok {
			return fmt.Errorf("result: silos.csv: silo %s %q is not in groups.csv: %w; run sekat analyze again", r.GroupType, r.Group, ErrIncomplete)
		}
		if v := mr.Groups[gi].Verdict; v == silo.None || v != r.Verdict {
			return fmt.Errorf("result: silos.csv: %s %q has verdict %q, groups.csv %q: %w; run sekat analyze again",
				r.GroupType, r.Group, r.Verdict, v, ErrIncomplete)
		}
		mr.Silos = append(mr.Silos, gi)
	}
	return nil
}
