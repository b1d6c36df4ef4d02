package graph

import (
	"fmt"
	"time"
)

// Level is the kind of node a network is made of.
type Level uint8

const (
	// UnitLevel networks have one node per organisational unit.
	UnitLevel Level = iota
	// PersonLevel networks have one node per person with a tie, plus a
	// node of kind KindUnit for every unit that an event names directly
	// (a letter addressed to "Dinas X") and that has a tie; see
	// Builder.Network and Builder.KeepInactive.
	PersonLevel
)

func (l Level) String() string {
	if l == PersonLevel {
		return "person"
	}
	return "unit"
}

// Kind is what a node stands for.
type Kind uint8

const (
	// KindInternal is an ordinary unit (the default).
	KindInternal Kind = iota
	// KindCoordinator is a formal coordinator such as Setda or Bappeda.
	KindCoordinator
	// KindExternal is outside the organisation: DPRD, the public, vendors.
	KindExternal
	// KindPerson is a staff member (person level).
	KindPerson
	// KindUnit is a unit named directly by an event at person level.
	KindUnit
	// KindHidden is the unit kind of a person (or unit node) whose unit or
	// sector is withheld to protect a small group (person level, without
	// names): the kind would tell the group apart, as "external" told the
	// three people of a withheld DPRD apart. Written "*".
	KindHidden
)

var kindNames = [...]string{"internal", "coordinator", "external", "person", "unit", "*"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// ParseUnitKind parses the units table's kind column; empty means internal.
func ParseUnitKind(s string) (Kind, bool) {
	k, ok := UnitKindWords[s]
	return k, ok
}

// UnitKindWords are the values of the units table's kind column that
// are read (lower case; a cell is trimmed and read in any case), in
// English and in Bahasa Indonesia, with the kind each means; empty is
// internal. ingest and the pair SQL read this one list.
var UnitKindWords = map[string]Kind{
	"": KindInternal, "internal": KindInternal,
	"coordinator": KindCoordinator, "koordinator": KindCoordinator,
	"external": KindExternal, "eksternal": KindExternal,
}

// Node is a unit or a person with its attributes.
type Node struct {
	ID   string
	Name string
	// Position is a person's position (jabatan) of the spell with the
	// latest start; empty for units. Person-level outputs show it only
	// when names are revealed (see package people).
	Position string
	Sector   string
	Kind     Kind
	// Unit is the unit of a person (the unit of the last spell that
	// overlaps the window) and the unit itself for unit nodes.
	Unit   string
	Parent string // units only: parent_id
	// UnitKind is the kind of the node's unit (internal, coordinator or
	// external): the node's own kind for units, its unit's for people.
	UnitKind Kind
	// ShortName is what a map writes on a unit's node (units.short_name);
	// "" means its id.
	ShortName string
}

// Layer is one kind of interaction.
type Layer uint8

const (
	Correspondence Layer = iota // letters, nota dinas, disposisi: sender -> recipient
	Meetings                    // co-attendance, Newman-weighted, undirected
	DataSharing                 // granted data requests: provider -> consumer
	DataDenied                  // denied data requests: provider -> consumer
	NumLayers
)

var layerNames = [...]string{"correspondence", "meetings", "data_sharing", "data_denied"}

func (l Layer) String() string {
	if l < NumLayers {
		return layerNames[l]
	}
	return fmt.Sprintf("layer(%d)", l)
}

// LayerWeights are the a_* of the combined weight. The zero value means
// the default, 1 for each layer; use Set to give a layer weight 0.
type LayerWeights struct {
	Correspondence, Meetings, DataSharing float64
	// Set marks the weights as given; without it all three are 1.
	Set bool
}

// Resolve returns the weights in force.
func (w LayerWeights) Resolve() LayerWeights {
	if !w.Set {
		return LayerWeights{1, 1, 1, true}
	}
	return w
}

// Window is a time range [From, To) in seconds since the Unix epoch. A zero
// bound is open.
type Window struct {
	From, To int64
}

// Contains reports whether t falls in the window.
func (w Window) Contains(t int64) bool {
	return (w.From == 0 || t >= w.From) && (w.To == 0 || t < w.To)
}

// String formats the window in RFC 3339 in loc ("…" for an open bound).
func (w Window) Format(loc *time.Location) (from, to string) {
	from, to = "", ""
	if w.From != 0 {
		from = time.Unix(w.From, 0).In(loc).Format(time.RFC3339)
	}
	if w.To != 0 {
		to = time.Unix(w.To, 0).In(loc).Format(time.RFC3339)
	}
	return
}

// Edge is one ordered pair of nodes with the value of every layer and the
// combined weight, as edges.csv lists it:
//
//	Layers[Correspondence] = correspondence(From->To)
//	Layers[Meetings]       = meetings({From,To}) / 2   (half per direction)
//	Layers[DataSharing]    = data_sharing(From->To)
//	Layers[DataDenied]     = data_denied(From->To)
//	Weight = a_c*correspondence + a_m*meetings/2 + a_d*data_sharing
//
// data_denied never adds to Weight.
type Edge struct {
	From, To int32
	Layers   [NumLayers]float64
	Weight   float64
}

// Counts are the totals of one node's own activity that are not edges.
type Counts struct {
	InternalMessages int64 // messages whose sender and every recipient are in the node
	InternalShares   int64 // data-sharing events inside the node
	LargeMeetings    int64 // meetings attended but set aside for their size (Builder.MaxMeetingSize)
	Circulars        int64 // circulars sent, set aside for their reach (Builder.CircularUnits)
}

// PeopleCounts say which people of a person-level network's window are
// nodes (see Builder.Network).
type PeopleCounts struct {
	// InWindow is the number of people with a spell that overlaps the
	// window (or named by an event in it).
	InWindow int
	// Inactive is the number of those without a tie in any layer; they
	// are nodes only when KeptInactive.
	Inactive int
	// KeptInactive says whether the inactive people are nodes.
	KeptInactive bool
}

// Network is the multi-layer network of one window at one level.
type Network struct {
	Level   Level
	Nodes   []Node
	Edges   []Edge // sorted by (From, To); only pairs with a non-zero layer
	Counts  []Counts
	Window  Window
	Weights LayerWeights
	// People counts the people of the window at person level (zero at
	// unit level, and for a network not made by a Builder).
	People PeopleCounts
	index  map[string]int32
}

// NodeIndex returns the dense id of an external id.
func (n *Network) NodeIndex(id string) (int32, bool) {
	i, ok := n.index[id]
	return i, ok
}

// RenameNode gives node i the id id (which no other node has), keeping
// NodeIndex true: the privacy step shows a withheld office under a
// stand-in id.
func (n *Network) RenameNode(i int32, id string) {
	if n.index != nil {
		delete(n.index, n.Nodes[i].ID)
		n.index[id] = i
	}
	n.Nodes[i].ID = id
}

// Directed returns the combined directed graph: an arc u->v with weight(u->v)
// wherever it is > 0.
func (n *Network) Directed() *CSR {
	return n.csr(func(e *Edge) float64 { return e.Weight }, false)
}

// Undirected returns the combined undirected graph with
// w{u,v} = weight(u->v) + weight(v->u).
func (n *Network) Undirected() *CSR {
	return n.csr(func(e *Edge) float64 { return e.Weight }, true)
}

// LayerGraph returns one layer as a directed CSR (for Meetings each arc
// carries meetings({u,v})/2, so the undirected form sums to meetings({u,v})).
func (n *Network) LayerGraph(l Layer, undirected bool) *CSR {
	return n.csr(func(e *Edge) float64 { return e.Layers[l] }, undirected)
}

func (n *Network) csr(w func(*Edge) float64, undirected bool) *CSR {
	arcs := make([]Arc, 0, len(n.Edges))
	for i := range n.Edges {
		e := &n.Edges[i]
		if x := w(e); x > 0 {
			arcs = append(arcs, Arc{e.From, e.To, x})
		}
	}
	return NewCSR(len(n.Nodes), arcs, undirected)
}

// NewNetwork assembles a network from nodes in id order and edges (any
// order; they are sorted). It builds the id index. Most callers get a
// Network from a Builder instead.
func NewNetwork(level Level, nodes []Node, edges []Edge, counts []Counts, win Window, lw LayerWeights) *Network {
	// sortEdges runs the same pattern-defeating quicksort as sort.Slice
	// did, without its reflection-based swaps, and on edges that come
	// sorted (a Builder's) finishes in one pass.
	sortEdges(edges)
	if counts == nil {
		counts = make([]Counts, len(nodes))
	}
	for i := range nodes {
		if k := nodes[i].Kind; k == KindInternal || k == KindCoordinator || k == KindExternal {
			nodes[i].UnitKind = k // a unit is its own unit
		}
	}
	n := &Network{Level: level, Nodes: nodes, Edges: edges, Counts: counts, Window: win, Weights: lw.Resolve(), index: make(map[string]int32, len(nodes))}
	for i := range nodes {
		n.index[nodes[i].ID] = int32(i)
	}
	return n
}
