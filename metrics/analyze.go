package metrics

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics/broker"
	"github.com/sekat-ona/sekat/metrics/centrality"
	"github.com/sekat-ona/sekat/metrics/community"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// Options configure Analyze. The zero value is the contract's defaults:
// resolution 1, seed 0, the permutation count of silo.PermutationsFor for
// each kind of group, 10 stability runs, exact betweenness up to
// centrality.DefaultMaxExactNodes nodes, and the silo rule of
// silo.Judge with Holm-adjusted p <= 0.05 and homophily >=
// silo.DefaultHomophily.
type Options struct {
	Seed       uint64
	Resolution float64 // Leiden's γ; 0 means 1
	// LeidenIterations caps Leiden's iterations (for the reported run and
	// the stability runs); 0 means until an iteration changes nothing.
	LeidenIterations int
	// Permutations of the E-I test of each kind of group; 0 means
	// silo.PermutationsFor(the groups of that kind with two members or
	// more, the silo alpha).
	Permutations  int
	StabilityRuns int  // extra Leiden runs for community_stability; 0 means 10, negative none
	Exact         bool // exact betweenness whatever the size
	// SiloAlpha and SiloHomophily are the thresholds of the silo verdict
	// (silo.Thresholds); nil means silo.DefaultAlpha and
	// silo.DefaultHomophily.
	SiloAlpha, SiloHomophily *float64
	// Progress receives the progress of the long stages: betweenness,
	// Leiden, stability runs and permutations (named by group type), and
	// progress.Step events named "centrality" (PageRank, eigenvector and
	// the brokerage measures), "roles" (participation, roles, E-I per node,
	// brokerage roles) and "whole" (whole-network figures) when those
	// begin.
	Progress progress.Reporter
}

// Thresholds are the silo thresholds in force.
func (o Options) Thresholds() silo.Thresholds {
	var t silo.Thresholds
	if o.SiloAlpha != nil {
		t.Alpha = *o.SiloAlpha
	}
	if o.SiloHomophily != nil {
		t.Homophily = *o.SiloHomophily
	}
	return t
}

// Node holds the measures of one node (a row of units.csv or people.csv).
// NaN marks a value that is undefined for the node (written as an empty
// cell).
type Node struct {
	Degree                                 int
	Strength, InStrength, OutStrength      float64
	Betweenness, Harmonic, PageRank        float64
	Eigenvector                            float64
	Constraint, EffectiveSize, Hierarchy   float64
	Community                              int // 1-based, largest first
	CommunityStability                     float64
	ParticipationSector                    float64
	ParticipationCommunity                 float64
	WithinModuleZ                          float64
	Role                                   string // R1..R7
	Coordinator, Itinerant, Representative int64
	Gatekeeper, Liaison                    int64
	Articulation                           bool
	EIIndex                                float64
	ShareRequests                          int64 // decided requests received as provider
	ShareDenied                            int64
	ShareDenialRate                        float64
	InternalMessages                       int64
}

// GroupType says what a group is.
type GroupType string

const (
	GroupSector    GroupType = "sector"
	GroupCommunity GroupType = "community"
	GroupUnit      GroupType = "unit" // person level
)

// Group is a row of groups.csv.
type Group struct {
	Type    GroupType
	Name    string
	Members []int32 // node ids
	silo.GroupStats
	// Verdict is silo.Judge's verdict, None for every community (found by
	// maximising their internal ties, so chance is no yardstick for
	// them), for groups that are not Formal, and for sectors when the
	// sectors are not usable (Result.SectorsUsable).
	Verdict silo.Verdict
	// Formal is false for groups whose members all belong to coordinator
	// or external units: they are never called silos for being central or
	// outside.
	Formal bool
	// Requests from other groups this group's members received as
	// providers, and how many they denied.
	RequestsFromOthers, DeniedToOthers int64
}

// Whole holds the whole-network figures of one graph.
type Whole struct {
	Nodes, Ties, Components   int
	Density                   float64
	Modularity                float64 // of the communities (combined graph only)
	ModularitySector          float64
	EIIndexSector             float64
	AssortativitySector       float64 // NetworkX attribute_assortativity_coefficient (unweighted)
	AssortativitySectorWeight float64 // the same on the weighted mixing matrix
	NMISectorCommunity        float64
	ARISectorCommunity        float64
	Reciprocity               float64 // correspondence: share of arcs whose reverse exists
	DenialRate                float64 // data sharing: denied / (granted + denied) between units
	Communities               int
}

// Friction is the data-sharing friction between two sectors.
type Friction struct {
	Provider, Consumer string
	Requests, Denied   int64
	DenialRate         float64
}

// Result is everything Analyze computes.
type Result struct {
	Net    *graph.Network
	Nodes  []Node
	Groups []Group
	// Silos holds the indices into Groups of the groups with a verdict:
	// the silos by homophily index, highest first, then the groups to
	// watch the same way (the rows of silos.csv).
	Silos []int
	// Permutations is the number of permutations the E-I test of each
	// kind of group ran to (silo.GroupStats.PermutationCap: the groups the
	// sequential rule stopped ran fewer; 0: none ran, as for communities).
	Permutations map[GroupType]int
	// SectorsUsable is false when no sector holds two units or more (the
	// units table has no sector column, so that every unit is its own
	// sector, or every sector has one unit): sector verdicts are then not
	// given and the whole-network sector figures (modularity_sector,
	// ei_index, assortativity_sector, NMI and ARI of sectors and
	// communities) are NaN, since a partition into single units says
	// nothing about sectors.
	SectorsUsable bool
	Whole         Whole
	Layers        map[string]Whole // per layer (correspondence, meetings, data_sharing, data_denied)
	Friction      []Friction
	Betweenness   *centrality.BetweennessResult
	Sectors       []string // sector names by index
	Options       Options
	// LeidenIterations is the number of iterations the reported Leiden run
	// took (the last, unchanged one included when it ran until stable).
	LeidenIterations int

	u *graph.CSR // the undirected graph Analyze measured (see Undirected)
}

// Undirected returns Net.Undirected(): the one Analyze built and measured,
// kept, so that the pages and maps drawn from a result do not sort the
// ties again (about 3 s each at 100,000 people); built anew for a Result
// made otherwise (read back from outputs). Net must not change after
// Analyze.
func (r *Result) Undirected() *graph.CSR {
	if r.u != nil {
		return r.u
	}
	return r.Net.Undirected()
}

// Analyze computes every measure of the contract on the combined graph of
// n. Shared work (the undirected and directed CSR, communities) is done
// once.
func Analyze(n *graph.Network, opt Options) (*Result, error) {
	return AnalyzeContext(context.Background(), n, opt)
}

// AnalyzeContext is Analyze stopping early, with ctx.Err(), once ctx is
// done: the long stages (betweenness, Leiden, stability, permutations)
// check it as they go, the others between them.
func AnalyzeContext(ctx context.Context, n *graph.Network, opt Options) (*Result, error) {
	r := &Result{Net: n, Nodes: make([]Node, len(n.Nodes)), Layers: map[string]Whole{}, Options: opt,
		Permutations: map[GroupType]int{}}
	u, d := n.Undirected(), n.Directed()
	r.u = u
	sector, sectors := labels(n, func(x *graph.Node) string { return x.Sector })
	r.Sectors = sectors
	r.SectorsUsable = SectorsUsable(n)

	// Strength and degree.
	for i := range r.Nodes {
		nd := &r.Nodes[i]
		nd.Degree = u.Degree(i)
		nd.Strength = u.ReportedStrength(i)
		nd.OutStrength = d.ReportedStrength(i)
		nd.InternalMessages = n.Counts[i].InternalMessages
	}
	dt := d.Transpose()
	for i := range r.Nodes {
		r.Nodes[i].InStrength = dt.ReportedStrength(i)
	}

	// Centrality.
	bo := centrality.BetweennessOptions{Exact: opt.Exact, Seed: opt.Seed, Progress: opt.Progress}
	bt, harm, err := centrality.BetweennessHarmonicContext(ctx, u, bo)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	r.Betweenness = bt
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "centrality"})
	pr, err := centrality.PageRank(d, centrality.PageRankOptions{})
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	ev, err := centrality.Eigenvector(u)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	holes := broker.StructuralHoles(u)
	con, es, hi := holes.Constraint, holes.EffectiveSize, holes.Hierarchy
	art := broker.ArticulationPoints(u)
	for i := range r.Nodes {
		nd := &r.Nodes[i]
		nd.Betweenness, nd.Harmonic, nd.PageRank, nd.Eigenvector = bt.Values[i], harm[i], pr.Values[i], ev.Values[i]
		nd.Constraint, nd.EffectiveSize, nd.Hierarchy = con[i], es[i], hi[i]
		nd.Articulation = art[i]
	}

	// Communities.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	co := community.Options{Seed: opt.Seed, Resolution: opt.Resolution, MaxIterations: opt.LeidenIterations, Progress: opt.Progress}
	lr, err := community.LeidenContext(ctx, u, co)
	if err != nil {
		return nil, err
	}
	runs := opt.StabilityRuns
	if runs == 0 {
		runs = 10
	}
	var stab []float64
	if runs > 0 {
		// the best of the seed's run and the stability runs
		if lr, stab, err = community.BestContext(ctx, u, co, runs, lr); err != nil {
			return nil, err
		}
	}
	r.LeidenIterations = lr.Iterations
	for i := range r.Nodes {
		r.Nodes[i].Community = int(lr.Membership[i]) + 1
		r.Nodes[i].CommunityStability = math.NaN()
		if stab != nil {
			r.Nodes[i].CommunityStability = stab[i]
		}
	}

	// Roles and participation.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "roles"})
	ps, err := silo.Participation(u, sector)
	if err != nil {
		return nil, err
	}
	pc, err := silo.Participation(u, lr.Membership)
	if err != nil {
		return nil, err
	}
	z, err := silo.WithinModuleZ(u, lr.Membership)
	if err != nil {
		return nil, err
	}
	own := sector
	if n.Level == graph.PersonLevel {
		own, _ = labels(n, func(x *graph.Node) string { return x.Unit })
	}
	nei, err := silo.NodeEIIndex(u, own)
	if err != nil {
		return nil, err
	}
	bk, err := broker.Brokerage(d, sector)
	if err != nil {
		return nil, err
	}
	for i := range r.Nodes {
		nd := &r.Nodes[i]
		nd.ParticipationSector, nd.ParticipationCommunity, nd.WithinModuleZ = ps[i], pc[i], z[i]
		nd.Role = silo.Role(z[i], pc[i])
		nd.EIIndex = nei[i]
		nd.Coordinator, nd.Itinerant, nd.Representative = bk.Coordinator[i], bk.Itinerant[i], bk.Representative[i]
		nd.Gatekeeper, nd.Liaison = bk.Gatekeeper[i], bk.Liaison[i]
	}

	// Data-sharing friction per provider and per sector pair.
	fr := map[[2]int32]*Friction{}
	for _, e := range n.Edges {
		g, dn := e.Layers[graph.DataSharing], e.Layers[graph.DataDenied]
		if g == 0 && dn == 0 {
			continue
		}
		p := &r.Nodes[e.From]
		p.ShareRequests += int64(g + dn)
		p.ShareDenied += int64(dn)
		k := [2]int32{sector[e.From], sector[e.To]}
		f := fr[k]
		if f == nil {
			f = &Friction{Provider: sectors[k[0]], Consumer: sectors[k[1]]}
			fr[k] = f
		}
		f.Requests += int64(g + dn)
		f.Denied += int64(dn)
	}
	for i := range r.Nodes {
		r.Nodes[i].ShareDenialRate = ratio(r.Nodes[i].ShareDenied, r.Nodes[i].ShareRequests)
	}
	for _, f := range fr {
		f.DenialRate = ratio(f.Denied, f.Requests)
		r.Friction = append(r.Friction, *f)
	}
	sort.Slice(r.Friction, func(i, j int) bool {
		a, b := r.Friction[i], r.Friction[j]
		if a.Provider != b.Provider {
			return a.Provider < b.Provider
		}
		return a.Consumer < b.Consumer
	})

	// Groups.
	th := opt.Thresholds()
	so := silo.Options{Permutations: opt.Permutations, Alpha: th.AlphaValue(), Seed: opt.Seed}
	sectorOpt := so
	if !r.SectorsUsable {
		sectorOpt.Permutations = -1
	}
	if err := r.addGroups(ctx, u, GroupSector, sector, sectors, sectorOpt, opt); err != nil {
		return nil, err
	}
	if n.Level == graph.PersonLevel {
		unit, units := labels(n, func(x *graph.Node) string { return x.Unit })
		if err := r.addGroups(ctx, u, GroupUnit, unit, units, so, opt); err != nil {
			return nil, err
		}
	}
	cnames := make([]string, lr.Count)
	for i := range cnames {
		cnames[i] = fmt.Sprint(i + 1)
	}
	// Communities get their E-I figures but no test: they are found by
	// maximising their internal ties, so shuffled labels are no yardstick
	// for them (every community would be "significant").
	commOpt := so
	commOpt.Permutations = -1
	if err := r.addGroups(ctx, u, GroupCommunity, lr.Membership, cnames, commOpt, opt); err != nil {
		return nil, err
	}
	for i := range r.Groups {
		if r.Groups[i].Verdict != silo.None {
			r.Silos = append(r.Silos, i)
		}
	}
	sort.SliceStable(r.Silos, func(a, b int) bool {
		ga, gb := &r.Groups[r.Silos[a]], &r.Groups[r.Silos[b]]
		if (ga.Verdict == silo.Silo) != (gb.Verdict == silo.Silo) {
			return ga.Verdict == silo.Silo
		}
		return ga.Homophily > gb.Homophily
	})

	// Whole network.
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "whole"})
	w, err := whole(u, sector)
	if err != nil {
		return nil, err
	}
	w.Communities = lr.Count
	w.Modularity = lr.Modularity
	w.NMISectorCommunity, _ = silo.NMI(sector, lr.Membership)
	w.ARISectorCommunity, _ = silo.ARI(sector, lr.Membership)
	if !r.SectorsUsable {
		w.noSectors()
	}
	w.Reciprocity = reciprocity(n.LayerGraph(graph.Correspondence, false))
	var gr, dn int64
	for _, e := range n.Edges {
		gr += int64(e.Layers[graph.DataSharing])
		dn += int64(e.Layers[graph.DataDenied])
	}
	w.DenialRate = ratio(dn, gr+dn)
	r.Whole = w
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for l := graph.Layer(0); l < graph.NumLayers; l++ {
		lw, err := whole(n.LayerGraph(l, true), sector)
		if err != nil {
			return nil, err
		}
		lw.Modularity, lw.NMISectorCommunity, lw.ARISectorCommunity = math.NaN(), math.NaN(), math.NaN()
		if !r.SectorsUsable {
			lw.noSectors()
		}
		lw.Reciprocity, lw.DenialRate = math.NaN(), math.NaN()
		if l == graph.Correspondence {
			lw.Reciprocity = w.Reciprocity
		}
		r.Layers[l.String()] = lw
	}
	return r, nil
}

func ratio(a, b int64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// labels turns a node attribute into dense labels in sorted order of the
// values, and returns the values.
func labels(n *graph.Network, attr func(*graph.Node) string) ([]int32, []string) {
	idx := map[string]int32{}
	var names []string
	for i := range n.Nodes {
		v := attr(&n.Nodes[i])
		if _, ok := idx[v]; !ok {
			idx[v] = 0
			names = append(names, v)
		}
	}
	sort.Strings(names)
	for i, v := range names {
		idx[v] = int32(i)
	}
	out := make([]int32, len(n.Nodes))
	for i := range n.Nodes {
		out[i] = idx[attr(&n.Nodes[i])]
	}
	return out, names
}

// SectorsUsable reports whether some sector of n holds two units or more
// (Result.SectorsUsable). At person level a node's unit is its Unit; at
// unit level the node itself.
func SectorsUsable(n *graph.Network) bool {
	first := map[string]string{} // sector -> a unit in it
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		unit := nd.ID
		if n.Level == graph.PersonLevel {
			unit = nd.Unit
		}
		if u, ok := first[nd.Sector]; !ok {
			first[nd.Sector] = unit
		} else if u != unit {
			return true
		}
	}
	return false
}

// noSectors blanks the figures that compare ties with the sectors.
func (w *Whole) noSectors() {
	nan := math.NaN()
	w.ModularitySector, w.EIIndexSector, w.AssortativitySector, w.AssortativitySectorWeight = nan, nan, nan, nan
	w.NMISectorCommunity, w.ARISectorCommunity = nan, nan
}

func (r *Result) addGroups(ctx context.Context, u *graph.CSR, typ GroupType, lab []int32, names []string, so silo.Options, opt Options) error {
	so.Progress = opt.Progress.Named(string(typ))
	gs, err := silo.GroupsContext(ctx, u, lab, len(names), so)
	if err := ctx.Err(); err != nil {
		return err
	}
	if err != nil {
		return fmt.Errorf("metrics: %s groups: %w", typ, err)
	}
	for _, s := range gs {
		// The cap, not what ran: the sequential test stops most groups
		// early, and the cap sets the smallest adjusted p reachable.
		r.Permutations[typ] = max(r.Permutations[typ], s.PermutationCap, s.Null.Permutations)
	}
	judged := typ != GroupCommunity && (typ != GroupSector || r.SectorsUsable)
	members := make([][]int32, len(names))
	formal := make([]bool, len(names))
	for i, g := range lab {
		members[g] = append(members[g], int32(i))
		if r.Net.Nodes[i].UnitKind == graph.KindInternal {
			formal[g] = true
		}
	}
	for i, s := range gs {
		g := Group{Type: typ, Name: names[i], Members: members[i], GroupStats: s, Formal: formal[i]}
		if judged && g.Formal {
			g.Verdict = silo.Judge(s, opt.Thresholds())
		}
		r.Groups = append(r.Groups, g)
	}
	// Data requests from other groups.
	if typ != GroupCommunity {
		base := len(r.Groups) - len(gs)
		for _, e := range r.Net.Edges {
			if lab[e.From] == lab[e.To] {
				continue
			}
			g := &r.Groups[base+int(lab[e.From])]
			g.RequestsFromOthers += int64(e.Layers[graph.DataSharing] + e.Layers[graph.DataDenied])
			g.DeniedToOthers += int64(e.Layers[graph.DataDenied])
		}
	}
	return nil
}

// whole computes the whole-network figures of an undirected graph that
// do not need communities.
func whole(u *graph.CSR, sector []int32) (Whole, error) {
	w, err := wholeSectors(u, sector)
	w.Nodes, w.Ties = u.N, u.Edges()/2
	if u.N > 1 {
		w.Density = float64(w.Ties) / (float64(u.N) * float64(u.N-1) / 2)
	}
	w.Components = components(u)
	return w, err
}

// wholeSectors computes the whole-network figures of an undirected graph
// that compare its ties with the sectors.
func wholeSectors(u *graph.CSR, sector []int32) (Whole, error) {
	var w Whole
	w.ModularitySector = community.Modularity(u, sector, 1)
	var err error
	if w.EIIndexSector, err = silo.EIIndex(u, sector); err != nil {
		return w, err
	}
	if w.AssortativitySector, err = silo.Assortativity(u, sector); err != nil {
		return w, err
	}
	if w.AssortativitySectorWeight, err = silo.WeightedAssortativity(u, sector); err != nil {
		return w, err
	}
	return w, nil
}

// components counts the connected components (isolated nodes included).
func components(u *graph.CSR) int {
	seen := make([]bool, u.N)
	var stack []int32
	c := 0
	for s := 0; s < u.N; s++ {
		if seen[s] {
			continue
		}
		c++
		seen[s] = true
		stack = append(stack[:0], int32(s))
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			adj, _ := u.Neighbors(int(x))
			for _, y := range adj {
				if !seen[y] {
					seen[y] = true
					stack = append(stack, y)
				}
			}
		}
	}
	return c
}

// reciprocity is NetworkX's overall_reciprocity of a directed graph: the
// share of arcs whose reverse arc exists. NaN without arcs.
func reciprocity(d *graph.CSR) float64 {
	m, rec := 0, 0
	for v := 0; v < d.N; v++ {
		adj, _ := d.Neighbors(v)
		for _, x := range adj {
			m++
			if _, ok := d.Weight(int(x), v); ok {
				rec++
			}
		}
	}
	if m == 0 {
		return math.NaN()
	}
	return float64(rec) / float64(m)
}

// Resector computes again, over the sectors of r.Net's nodes as they are
// now, every figure of r that compares a node's or the network's ties with
// the sectors outside the groups: participation_sector, the brokerage
// roles and the whole-network sector figures (of every layer too). At
// person level people.Protect shows the withheld sectors as one sector
// "*" and calls it before withholding communities: reckoned over the real
// sectors, these figures beside edges.csv told how the people shown with
// sector "*" were split between the withheld sectors (the one split that
// matched them), and so a withheld sector's people. Groups are left as
// they are.
func (r *Result) Resector() error {
	n := r.Net
	u := r.Undirected()
	sector, _ := labels(n, func(x *graph.Node) string { return x.Sector })
	ps, err := silo.Participation(u, sector)
	if err != nil {
		return err
	}
	bk, err := broker.Brokerage(n.Directed(), sector)
	if err != nil {
		return err
	}
	comm := make([]int32, len(r.Nodes))
	for i := range r.Nodes {
		nd := &r.Nodes[i]
		nd.ParticipationSector = ps[i]
		nd.Coordinator, nd.Itinerant, nd.Representative = bk.Coordinator[i], bk.Itinerant[i], bk.Representative[i]
		nd.Gatekeeper, nd.Liaison = bk.Gatekeeper[i], bk.Liaison[i]
		comm[i] = int32(nd.Community)
	}
	resector := func(w *Whole, g *graph.CSR, whole bool) error {
		if !r.SectorsUsable {
			return nil
		}
		x, err := wholeSectors(g, sector)
		if err != nil {
			return err
		}
		w.ModularitySector, w.EIIndexSector, w.AssortativitySector, w.AssortativitySectorWeight = x.ModularitySector, x.EIIndexSector, x.AssortativitySector, x.AssortativitySectorWeight
		if whole {
			w.NMISectorCommunity, _ = silo.NMI(sector, comm)
			w.ARISectorCommunity, _ = silo.ARI(sector, comm)
		}
		return nil
	}
	if err := resector(&r.Whole, u, true); err != nil {
		return err
	}
	for l := graph.Layer(0); l < graph.NumLayers; l++ {
		lw, ok := r.Layers[l.String()]
		if !ok {
			continue
		}
		if err := resector(&lw, n.LayerGraph(l, true), false); err != nil {
			return err
		}
		r.Layers[l.String()] = lw
	}
	return nil
}
