package graph

import (
	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/iterator"
)

// GNode is a node seen through gonum's graph.Node interface. It also
// carries the node's attributes for gonum's encoding/dot.
type GNode struct {
	Idx  int64
	Attr *Node
}

// ID implements gonum's graph.Node.
func (n GNode) ID() int64 { return n.Idx }

// DOTID implements encoding/dot's Node: the external id, quoted by
// DOTQuote so that encoding/dot writes it literally.
func (n GNode) DOTID() string { return DOTQuote(n.Attr.ID) }

// Attributes implements encoding.Attributer for encoding/dot.
func (n GNode) Attributes() []encoding.Attribute {
	a := []encoding.Attribute{{Key: "kind", Value: n.Attr.Kind.String()}}
	if n.Attr.Name != "" {
		a = append(a, encoding.Attribute{Key: "label", Value: DOTQuote(n.Attr.Name)})
	}
	if n.Attr.Sector != "" {
		a = append(a, encoding.Attribute{Key: "sector", Value: DOTQuote(n.Attr.Sector)})
	}
	return a
}

// GEdge is an edge seen through gonum's graph.WeightedEdge interface.
type GEdge struct {
	F, T GNode
	W    float64
}

func (e GEdge) From() gg.Node         { return e.F }
func (e GEdge) To() gg.Node           { return e.T }
func (e GEdge) ReversedEdge() gg.Edge { return GEdge{e.T, e.F, e.W} }
func (e GEdge) Weight() float64       { return e.W }

// Attributes gives encoding/dot the edge weight.
func (e GEdge) Attributes() []encoding.Attribute {
	return []encoding.Attribute{{Key: "weight", Value: formatFloat(e.W)}}
}

// View presents a CSR and its nodes through gonum's interfaces:
// graph.WeightedDirected when built by DirectedView, graph.WeightedUndirected
// when built by UndirectedView. Weights are tie strengths unless the view
// was made with AsDistance, for gonum's path algorithms, which read weights
// as lengths.
type View struct {
	g, in *CSR
	nodes []Node
	dist  bool
}

// UndirectedView returns the combined undirected graph of n for gonum.
func (n *Network) UndirectedView() *View { return &View{g: n.Undirected(), nodes: n.Nodes} }

// DirectedView returns the combined directed graph of n for gonum.
func (n *Network) DirectedView() *DirectedView {
	d := n.Directed()
	return &DirectedView{View{g: d, in: d.Transpose(), nodes: n.Nodes}}
}

// AsDistance returns a copy of the view whose weights are distances 1/w.
func (v *View) AsDistance() *View { c := *v; c.dist = true; return &c }

func (v *View) w(x float64) float64 {
	if v.dist {
		return Distance(x)
	}
	return x
}

func (v *View) gnode(i int32) GNode { return GNode{int64(i), &v.nodes[i]} }

func (v *View) valid(id int64) bool { return id >= 0 && id < int64(len(v.nodes)) }

// Node implements graph.Graph.
func (v *View) Node(id int64) gg.Node {
	if !v.valid(id) {
		return nil
	}
	return v.gnode(int32(id))
}

// Nodes implements graph.Graph, in id order.
func (v *View) Nodes() gg.Nodes {
	ns := make([]gg.Node, len(v.nodes))
	for i := range ns {
		ns[i] = v.gnode(int32(i))
	}
	return iterator.NewOrderedNodes(ns)
}

func (v *View) row(c *CSR, id int64) gg.Nodes {
	if !v.valid(id) {
		return gg.Empty
	}
	adj, _ := c.Neighbors(int(id))
	ns := make([]gg.Node, len(adj))
	for i, x := range adj {
		ns[i] = v.gnode(x)
	}
	return iterator.NewOrderedNodes(ns)
}

// From implements graph.Graph.
func (v *View) From(id int64) gg.Nodes { return v.row(v.g, id) }

// HasEdgeBetween implements graph.Graph.
func (v *View) HasEdgeBetween(x, y int64) bool {
	if !v.valid(x) || !v.valid(y) {
		return false
	}
	if _, ok := v.g.Weight(int(x), int(y)); ok {
		return true
	}
	if v.in != nil {
		_, ok := v.g.Weight(int(y), int(x))
		return ok
	}
	return false
}

// Weight implements graph.Weighted: (0, true) for x == y.
func (v *View) Weight(x, y int64) (float64, bool) {
	if !v.valid(x) || !v.valid(y) {
		return 0, false
	}
	if x == y {
		return 0, true
	}
	w, ok := v.g.Weight(int(x), int(y))
	if !ok {
		return 0, false
	}
	return v.w(w), true
}

// WeightedEdge implements graph.Weighted.
func (v *View) WeightedEdge(x, y int64) gg.WeightedEdge {
	if x == y || !v.valid(x) || !v.valid(y) {
		return nil
	}
	w, ok := v.g.Weight(int(x), int(y))
	if !ok {
		return nil
	}
	return GEdge{v.gnode(int32(x)), v.gnode(int32(y)), v.w(w)}
}

// Edge implements graph.Graph.
func (v *View) Edge(x, y int64) gg.Edge {
	if e := v.WeightedEdge(x, y); e != nil {
		return e
	}
	return nil
}

// EdgeBetween implements graph.Undirected.
func (v *View) EdgeBetween(x, y int64) gg.Edge { return v.Edge(x, y) }

// WeightedEdgeBetween implements graph.WeightedUndirected.
func (v *View) WeightedEdgeBetween(x, y int64) gg.WeightedEdge { return v.WeightedEdge(x, y) }

// DirectedView is a View of a directed graph.
type DirectedView struct{ View }

// To implements graph.Directed.
func (v *DirectedView) To(id int64) gg.Nodes { return v.row(v.in, id) }

// HasEdgeFromTo implements graph.Directed.
func (v *DirectedView) HasEdgeFromTo(x, y int64) bool {
	if !v.valid(x) || !v.valid(y) {
		return false
	}
	_, ok := v.g.Weight(int(x), int(y))
	return ok
}

// AsDistance returns a copy of the view whose weights are distances 1/w.
func (v *DirectedView) AsDistance() *DirectedView { c := *v; c.dist = true; return &c }

var (
	_ gg.WeightedUndirected = (*View)(nil)
	_ gg.WeightedDirected   = (*DirectedView)(nil)
)
