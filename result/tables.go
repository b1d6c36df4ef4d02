package result

import (
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// Node is a row of units.csv (unit level) or people.csv (person level):
// a node's attributes and its measures (see metrics.Node for what each
// measure is). NaN marks an undefined measure.
type Node struct {
	ID, Name string
	// ShortName is what the maps write on a unit's node (the study's
	// units.short_name; "" for its id, and for a person), kept so that
	// map and report of an output folder label and number their maps as
	// analyze did. "" in a file written before it had the column.
	ShortName string
	// Unit and UnitKind are the node's unit and that unit's kind: columns
	// of people.csv only (a unit is its own unit).
	Unit     string
	Sector   string
	Kind     graph.Kind
	UnitKind graph.Kind

	Degree                                       int
	Strength, InStrength, OutStrength            float64
	Betweenness, Harmonic, PageRank, Eigenvector float64
	Constraint, EffectiveSize, Hierarchy         float64
	Community                                    int
	CommunityStability                           float64
	ParticipationSector, ParticipationCommunity  float64
	WithinModuleZ                                float64
	Role, RoleName                               string
	Coordinator, Itinerant, Representative       int64
	Gatekeeper, Liaison                          int64
	Articulation                                 bool
	EIIndex                                      float64
	ShareRequests                                int64
	ShareDenialRate                              float64
	InternalMessages                             int64
	// CircularsSent counts the circulars the node sent (graph.Counts):
	// letters set aside for their reach, which make no tie.
	CircularsSent int64
}

// Group is a row of groups.csv: a sector, a unit (person level) or a
// community, with its silo measures (see silo.GroupStats) and its verdict
// (silo.Judge; metrics.Group says which groups are judged).
type Group struct {
	Type                           metrics.GroupType
	Name                           string
	Size                           int
	InternalWeight, ExternalWeight float64
	InternalTies, ExternalTies     int64
	EIIndex, EITies, EIExpected    float64
	Homophily                      float64
	EIPValue, PAdjusted            float64
	// Permutations is the number of label shuffles the group's E-I test
	// ran, StoppedEarly whether the sequential rule stopped it (its p is
	// then 20/Permutations), and EIPLow to EIPHigh the 95% interval of
	// the p far more shuffles would give (silo.PValueInterval).
	Permutations    int
	StoppedEarly    bool
	EIPLow, EIPHigh float64
	// NodesShuffled is the number of nodes over which the test shuffles
	// the group labels (silo.GroupStats.Nodes): with Size it sets the
	// smallest p any number of shuffles can give, 1/C(NodesShuffled,
	// Size), which the reason of a group at that floor states
	// (silo.AtExactFloor). 0 in a file written before it had the column.
	NodesShuffled        int
	Verdict              silo.Verdict
	Conductance, Density float64
	RequestsFromOthers   int64
	DeniedToOthers       int64
}

// Silo is a row of silos.csv: a group with a verdict (silo, then watch),
// ranked by homophily index within its verdict (1 first), with its
// members' ids and the reason in words.
type Silo struct {
	Rank                int
	GroupType           metrics.GroupType
	Group               string
	Members             []string // joined by ";" in the file
	EIIndex, EIExpected float64
	Homophily           float64
	EIPValue, PAdjusted float64
	// Permutations and StoppedEarly are the group's in groups.csv: the
	// shuffles its E-I test ran and whether the sequential rule stopped
	// it, so that silos.csv alone tells a rough p (stopped early after
	// few shuffles) and a bound (1/(Permutations+1), none as low) from a
	// precise one.
	Permutations int
	StoppedEarly bool
	Verdict      silo.Verdict
	Reason       string
}

// Edge is a row of edges.csv: one ordered pair of nodes with the value of
// every layer and the combined weight (see graph.Edge).
type Edge struct {
	Source, Target string
	Layers         [graph.NumLayers]float64
	Weight         float64
}

// Reject is a row of rejects.csv: an input row that was not used, where it
// is and why.
type Reject struct {
	File   string
	Line   int64
	Column string
	Value  string
	Reason string
}

// The columns both node tables have after their ids.
var (
	nodeName   = textCol("name", func(n *Node) *string { return &n.Name })
	nodeShort  = textCol("short_name", func(n *Node) *string { return &n.ShortName }).since()
	nodeSector = textCol("sector", func(n *Node) *string { return &n.Sector })
	nodeKind   = nodeKindCol("kind", func(n *Node) *graph.Kind { return &n.Kind })
)

// nodeMeasures are the measure columns of both node tables.
var nodeMeasures = []Column[Node]{
	intCol("degree", func(n *Node) *int { return &n.Degree }),
	floatCol("strength", func(n *Node) *float64 { return &n.Strength }),
	floatCol("in_strength", func(n *Node) *float64 { return &n.InStrength }),
	floatCol("out_strength", func(n *Node) *float64 { return &n.OutStrength }),
	floatCol("betweenness", func(n *Node) *float64 { return &n.Betweenness }),
	floatCol("harmonic", func(n *Node) *float64 { return &n.Harmonic }),
	floatCol("pagerank", func(n *Node) *float64 { return &n.PageRank }),
	floatCol("eigenvector", func(n *Node) *float64 { return &n.Eigenvector }),
	floatCol("constraint", func(n *Node) *float64 { return &n.Constraint }),
	floatCol("effective_size", func(n *Node) *float64 { return &n.EffectiveSize }),
	floatCol("hierarchy", func(n *Node) *float64 { return &n.Hierarchy }),
	intCol("community", func(n *Node) *int { return &n.Community }),
	floatCol("community_stability", func(n *Node) *float64 { return &n.CommunityStability }),
	floatCol("participation_sector", func(n *Node) *float64 { return &n.ParticipationSector }),
	floatCol("participation_community", func(n *Node) *float64 { return &n.ParticipationCommunity }),
	floatCol("within_module_z", func(n *Node) *float64 { return &n.WithinModuleZ }),
	textCol("role", func(n *Node) *string { return &n.Role }),
	textCol("role_name", func(n *Node) *string { return &n.RoleName }),
	intCol("coordinator", func(n *Node) *int64 { return &n.Coordinator }),
	intCol("itinerant", func(n *Node) *int64 { return &n.Itinerant }),
	intCol("representative", func(n *Node) *int64 { return &n.Representative }),
	intCol("gatekeeper", func(n *Node) *int64 { return &n.Gatekeeper }),
	intCol("liaison", func(n *Node) *int64 { return &n.Liaison }),
	boolCol("articulation", func(n *Node) *bool { return &n.Articulation }),
	floatCol("ei_index", func(n *Node) *float64 { return &n.EIIndex }),
	intCol("share_requests", func(n *Node) *int64 { return &n.ShareRequests }),
	floatCol("share_denial_rate", func(n *Node) *float64 { return &n.ShareDenialRate }),
	intCol("internal_messages", func(n *Node) *int64 { return &n.InternalMessages }),
	intCol("circulars_sent", func(n *Node) *int64 { return &n.CircularsSent }),
}

// Units is units.csv, the node table at unit level.
var Units = newTable("units", []Column[Node]{
	textCol("unit_id", func(n *Node) *string { return &n.ID }),
	nodeName, nodeShort, nodeSector, nodeKind,
}, nodeMeasures)

// People is people.csv, the node table at person level.
var People = newTable("people", []Column[Node]{
	textCol("person_id", func(n *Node) *string { return &n.ID }),
	nodeName, nodeShort,
	textCol("unit_id", func(n *Node) *string { return &n.Unit }),
	nodeSector, nodeKind,
	nodeKindCol("unit_kind", func(n *Node) *graph.Kind { return &n.UnitKind }),
}, nodeMeasures)

// NodeTable is Units or People, the node table of a level.
func NodeTable(level graph.Level) *Table[Node] {
	if level == graph.PersonLevel {
		return People
	}
	return Units
}

// Groups is groups.csv: sectors, then units (person level), then
// communities.
var Groups = newTable("groups", []Column[Group]{
	textCol("group_type", func(g *Group) *metrics.GroupType { return &g.Type }),
	textCol("group", func(g *Group) *string { return &g.Name }),
	intCol("size", func(g *Group) *int { return &g.Size }),
	floatCol("internal_weight", func(g *Group) *float64 { return &g.InternalWeight }),
	floatCol("external_weight", func(g *Group) *float64 { return &g.ExternalWeight }),
	intCol("internal_ties", func(g *Group) *int64 { return &g.InternalTies }),
	intCol("external_ties", func(g *Group) *int64 { return &g.ExternalTies }),
	floatCol("ei_index", func(g *Group) *float64 { return &g.EIIndex }),
	floatCol("ei_ties", func(g *Group) *float64 { return &g.EITies }),
	floatCol("ei_expected", func(g *Group) *float64 { return &g.EIExpected }),
	floatCol("homophily", func(g *Group) *float64 { return &g.Homophily }),
	floatCol("ei_p_value", func(g *Group) *float64 { return &g.EIPValue }),
	floatCol("p_adjusted", func(g *Group) *float64 { return &g.PAdjusted }),
	intCol("permutations", func(g *Group) *int { return &g.Permutations }).since(),
	boolCol("stopped_early", func(g *Group) *bool { return &g.StoppedEarly }).since(),
	floatCol("ei_p_low", func(g *Group) *float64 { return &g.EIPLow }).since(),
	floatCol("ei_p_high", func(g *Group) *float64 { return &g.EIPHigh }).since(),
	intCol("nodes_shuffled", func(g *Group) *int { return &g.NodesShuffled }).since(),
	textCol("verdict", func(g *Group) *silo.Verdict { return &g.Verdict }),
	floatCol("conductance", func(g *Group) *float64 { return &g.Conductance }),
	floatCol("density", func(g *Group) *float64 { return &g.Density }),
	intCol("requests_from_others", func(g *Group) *int64 { return &g.RequestsFromOthers }),
	intCol("denied_to_others", func(g *Group) *int64 { return &g.DeniedToOthers }),
})

// Silos is silos.csv: the groups with a verdict, silos first, each
// verdict ranked by homophily index.
var Silos = newTable("silos", []Column[Silo]{
	intCol("rank", func(s *Silo) *int { return &s.Rank }),
	textCol("group_type", func(s *Silo) *metrics.GroupType { return &s.GroupType }),
	textCol("group", func(s *Silo) *string { return &s.Group }),
	listCol("members", func(s *Silo) *[]string { return &s.Members }),
	floatCol("ei_index", func(s *Silo) *float64 { return &s.EIIndex }),
	floatCol("ei_expected", func(s *Silo) *float64 { return &s.EIExpected }),
	floatCol("homophily", func(s *Silo) *float64 { return &s.Homophily }),
	floatCol("ei_p_value", func(s *Silo) *float64 { return &s.EIPValue }),
	floatCol("p_adjusted", func(s *Silo) *float64 { return &s.PAdjusted }),
	intCol("permutations", func(s *Silo) *int { return &s.Permutations }).since(),
	boolCol("stopped_early", func(s *Silo) *bool { return &s.StoppedEarly }).since(),
	textCol("verdict", func(s *Silo) *silo.Verdict { return &s.Verdict }),
	textCol("reason", func(s *Silo) *string { return &s.Reason }),
})

// Edges is edges.csv: one row per ordered pair with any layer, sorted by
// (source, target) node ids; a layer column is named after its layer
// (graph.Layer.String).
var Edges = newTable("edges", []Column[Edge]{
	textCol("source", func(e *Edge) *string { return &e.Source }),
	textCol("target", func(e *Edge) *string { return &e.Target }),
}, layerCols(), []Column[Edge]{
	floatCol("weight", func(e *Edge) *float64 { return &e.Weight }),
})

func layerCols() []Column[Edge] {
	c := make([]Column[Edge], graph.NumLayers)
	for l := range graph.NumLayers {
		c[l] = floatCol(l.String(), func(e *Edge) *float64 { return &e.Layers[l] })
	}
	return c
}

// Rejects is rejects.csv: the input rows that were not used.
var Rejects = newTable("rejects", []Column[Reject]{
	textCol("file", func(r *Reject) *string { return &r.File }),
	intCol("line", func(r *Reject) *int64 { return &r.Line }),
	textCol("column", func(r *Reject) *string { return &r.Column }),
	textCol("value", func(r *Reject) *string { return &r.Value }),
	textCol("reason", func(r *Reject) *string { return &r.Reason }),
})
