package viz

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/broker"
	"github.com/sekat-ona/sekat/metrics/silo"
	"github.com/sekat-ona/sekat/people"
)

// Defaults of MapOptions.
const (
	DefaultMaxTiesPerNode = 3
	// DefaultMaxNodes is the most nodes a unit map draws one by one: about
	// what a reader can tell apart on a screen or an A4 page with labels
	// at 9 pt; above it the nodes with the largest SizeBy value are drawn
	// and the title counts the rest.
	DefaultMaxNodes = 120
	// DefaultPersonMaxNodes is the most people a person-level map draws
	// one by one; above it the people are aggregated into their units
	// (PersonUnitsMapDOT).
	DefaultPersonMaxNodes = 120
	DefaultEgoMaxNodes    = 60
	DefaultSizeBy         = "betweenness"
)

// ErrUnknownMetric is returned for a MapOptions.SizeBy that is not one of
// SizeMetrics.
var ErrUnknownMetric = errors.New("viz: unknown metric")

// SizeMetrics are the per-node measures a map can size its nodes by.
var SizeMetrics = []string{"betweenness", "strength", "degree", "harmonic", "pagerank", "eigenvector",
	"effective_size", "participation_sector", "coordinator_brokerage"}

// MapOptions configure the maps. The zero value draws the default map:
// nodes sized by betweenness, the 3 strongest ties of each node, at most
// 120 nodes, text in Bahasa Indonesia.
type MapOptions struct {
	Study  string // the study's name, shown in the title
	Window string // the window as the reader should see it, e.g. "2025-01-01 s.d. 2025-07-01"
	// SizeBy names the metric that sizes the nodes (one of SizeMetrics);
	// "" means betweenness.
	SizeBy string
	// MaxTiesPerNode is how many of its strongest ties each node keeps on
	// the map; 0 means 3, a negative value keeps every tie.
	MaxTiesPerNode int
	// MaxNodes caps the nodes drawn (those with the largest SizeBy value
	// are kept; at person level, above it people are aggregated into
	// units); 0 means DefaultMaxNodes (DefaultEgoMaxNodes for an ego map),
	// negative no cap.
	MaxNodes int
	// Lang is "en" for English; anything else is Bahasa Indonesia.
	Lang string
	// KeyApart leaves the key of a numbered map (one whose labels are
	// long names: see keyLongLabels) out of the drawing, for a page that
	// writes it beside the map in its own type, as the report does: in
	// the drawing it made the map taller, and the report printed the whole
	// map smaller (the demo-sized study of long names at 4.47 pt, not
	// 5.98). The nodes are numbered all the same; a standalone map (map.svg,
	// sekat map) keeps its key, having no page around it.
	KeyApart bool
	// Units are the study's units (their id, name and short name), for a
	// person-level map that draws people aggregated into their units
	// (PersonUnitsMapDOT): each unit there is labelled as the unit-level
	// map labels it, by its short name (units.short_name) or else its id,
	// and named in full in its tooltip and the key. A unit not among them
	// (nil: every unit, and the withheld ones, people.Hidden) is shown by
	// its id.
	Units []graph.Node
}

func (o MapOptions) sizeBy() string {
	if o.SizeBy == "" {
		return DefaultSizeBy
	}
	return o.SizeBy
}

func (o MapOptions) maxTies() int {
	if o.MaxTiesPerNode == 0 {
		return DefaultMaxTiesPerNode
	}
	return o.MaxTiesPerNode
}

func (o MapOptions) maxNodes(def int) int {
	if o.MaxNodes == 0 {
		return def
	}
	return o.MaxNodes
}

// nodeMetric returns the value of metric name for nd, 0 for NaN.
func nodeMetric(nd *metrics.Node, name string) (float64, error) {
	var v float64
	switch name {
	case "betweenness":
		v = nd.Betweenness
	case "strength":
		v = nd.Strength
	case "degree":
		v = float64(nd.Degree)
	case "harmonic":
		v = nd.Harmonic
	case "pagerank":
		v = nd.PageRank
	case "eigenvector":
		v = nd.Eigenvector
	case "effective_size":
		v = nd.EffectiveSize
	case "participation_sector":
		v = nd.ParticipationSector
	case "coordinator_brokerage":
		v = float64(nd.Coordinator + nd.Itinerant + nd.Representative + nd.Gatekeeper + nd.Liaison)
	default:
		return 0, fmt.Errorf("%w %q: choose one of %s", ErrUnknownMetric, name, strings.Join(SizeMetrics, ", "))
	}
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
		v = 0
	}
	return v, nil
}

// palette holds the community and unit colours: distinguishable, light
// enough for black labels, and still apart in greyscale print. They are
// ColorBrewer's Set3, ordered so that the first ones stay apart for a
// reader with deuteranopia or protanopia (TestPaletteColourBlind): in
// Set3's own order communities 2 and 6 (#fdb462, #b3de69) were the same
// colour to them (CIEDE2000 1.6 in Machado's simulation), and the green
// is replaced by Set3's pale yellow.
var palette = []string{"#8dd3c7", "#fdb462", "#bc80bd", "#ccebc5", "#fb8072", "#bebada",
	"#ffed6f", "#fccde5", "#80b1d3", "#ffffb3"}

const otherColour = "#d9d9d9"

// distinctColours is how many of palette's colours, from the first, stay
// apart for a reader with deuteranopia or protanopia (CIEDE2000 at least
// 6 in Machado's simulation; TestCommunityMarksColourBlind). Of ten light
// colours for black labels not all can: palette's 9th was 5.3 from its
// 3rd to a reader with deuteranopia, 4.3 from its 6th with protanopia.
const distinctColours = 8

// communityMark is how a map draws a node of 1-based community class:
// its fill, and whether its outline is dashed. The communities past
// distinctColours that still get a colour of their own are drawn with a
// dashed outline, so that every community a map colours differs from the
// others by its outline where not by a colour a colour-blind reader
// tells apart; the rest are grey (otherColour), as the legend says.
func communityMark(class int) (fill string, dashed bool) {
	return colour(class), class > distinctColours && class <= len(palette)
}

// colour returns the palette colour of a 1-based class, grey past the
// palette.
func colour(class int) string {
	if class >= 1 && class <= len(palette) {
		return palette[class-1]
	}
	return otherColour
}

// Edge colours.
const (
	colInside = "#9a9a9a"
	colAcross = "#2f6db5"
	colBridge = "#c0392b"
	colSilo   = "#c0392b"
)

// Node sizes in inches.
const (
	minWidth = 0.22
	maxWidth = 1.0
)

// mapGraph is a map ready to be written as DOT.
type mapGraph struct {
	directed bool
	name     string
	title    []string // lines, each written left-justified
	layout   string
	small    bool
	overview bool // sector overview: labelled ellipses that grow with their label
	// compact, for the numbered sector overview: its ovals show a number
	// alone, with less margin round it, and are set closer on their ring
	// (mindist 0.15 inch, not 0.35)
	compact  bool
	clusters []mapCluster
	nodes    []mapNode // in id order
	edges    []mapEdge // sorted by (u, v)
	// ring, for the sector overview: the nodes in the order of an
	// invisible cycle through them all (see SectorOverviewDOT).
	ring []int
	// key is what the numbers on the nodes stand for, in their order;
	// nil when the nodes are not numbered (keyLongLabels)
	key []KeyItem
}

// KeyItem is one entry of a numbered map's key: the number written on
// a node and the node's name, in full on one line (its runs of spaces,
// tabs and newlines one space).
type KeyItem struct {
	Num  int
	Name string
}

type mapCluster struct {
	label   string
	tooltip string
	silo    bool
	watch   bool
	nodes   []int // indices into mapGraph.nodes
}

type mapNode struct {
	id    string
	label string // drawn on the node: a short name or the id
	// full is the label uncut, name what a key gives for the node
	// (keyLongLabels); "" on maps that never key their nodes
	full, name  string
	tooltip     string // the full name and figures
	fill        string
	border      string // outline colour; "" is the default grey
	penWidth    float64
	dashed      bool
	shape       string
	width       float64
	peripheries int
}

type mapEdge struct {
	u, v    int // indices into mapGraph.nodes
	colour  string
	pen     float64
	bold    bool
	tooltip string
}

// denseTies is the ties per node above which a map draws its ties
// translucent, at denseAlpha (about 60%).
const (
	denseTies  = 2
	denseAlpha = "99"
)

// num formats a float for DOT with at most 3 decimals, deterministically.
func num(x float64) string {
	return strconv.FormatFloat(math.Round(x*1000)/1000, 'f', -1, 64)
}

// maxMapInches bounds a map's drawing: Graphviz scales a larger layout
// down to fit (size attribute), so no SVG is wider than 40 inches (2,880
// pt, 3,840 px at 96 dpi). The node limits keep real maps well inside it,
// at full type size.
const maxMapInches = 40

// leftLines writes lines as one DOT label of left-justified lines (\l):
// a title wider than the drawing then runs to the right, never off the
// left edge.
func leftLines(lines []string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, l := range lines {
		for _, part := range wrapLines(l, titleWidth) {
			q := graph.DOTQuote(part)
			b.WriteString(q[1 : len(q)-1])
			b.WriteString(`\l`)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// titleWidth is the longest title line in runes: Graphviz sizes a drawing
// by its nodes, so a longer line could run past the picture's edge.
const titleWidth = 90

// wrapLines splits s at its newlines and wraps each line at spaces to at
// most n runes (a word longer than n stays whole).
func wrapLines(s string, n int) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		cur := ""
		for _, w := range strings.Split(line, " ") {
			switch {
			case cur == "":
				cur = w
			case len([]rune(cur))+1+len([]rune(w)) <= n:
				cur += " " + w
			default:
				out = append(out, cur)
				cur = w
			}
		}
		out = append(out, cur)
	}
	return out
}

// write renders the map as DOT.
func (m *mapGraph) write() []byte {
	var b strings.Builder
	kind, arrow := "graph", "--"
	if m.directed {
		kind, arrow = "digraph", "->"
	}
	fmt.Fprintf(&b, "%s %s {\n", kind, graph.DOTQuote(m.name))
	font := `"Arial"`
	fs := "14"
	if m.small {
		fs = "11"
	}
	fmt.Fprintf(&b, "  graph [layout=%s, fontname=%s, fontsize=%s, labelloc=t, labeljust=l, outputorder=edgesfirst, pad=0.3, nodesep=0.3, ranksep=0.7, splines=false, size=\"%d,%d\",\n", m.layout, font, fs, maxMapInches, maxMapInches)
	fmt.Fprintf(&b, "         label=%s];\n", leftLines(m.title))
	if m.overview {
		// circo keeps an inch between nodes by default: the circle of ten
		// sectors came out 905x970 pt, printed at a third of its size on
		// the briefing's page (labels near 5 pt: review r1 of session 15)
		mindist := "0.35"
		if m.compact {
			mindist = "0.15"
		}
		fmt.Fprintf(&b, "  graph [mindist=%s];\n", mindist)
		// a number needs little room round it: with the margin of a name,
		// two digits made an oval wider than one, and the ring moved when
		// its ovals were numbered
		margin := "0.12,0.06"
		if m.compact {
			margin = "0.04,0.02"
		}
		fmt.Fprintf(&b, "  node [shape=ellipse, style=filled, color=\"#404040\", penwidth=1, fontname=%s, fontsize=12, margin=\"%s\"];\n", font, margin)
	} else {
		// fixedsize=shape: the circle is drawn at its width, and the layout
		// reserves room for the label, which sits on the node's centre.
		fmt.Fprintf(&b, "  node [shape=circle, fixedsize=shape, style=filled, color=\"#404040\", penwidth=0.8, fontname=%s, fontsize=9];\n", font)
	}
	grid := m.gridEdges()
	if len(grid) > 0 {
		// The ties do not rank the nodes: the invisible grid below does.
		fmt.Fprintf(&b, "  edge [color=%q, arrowsize=0.5, constraint=false, weight=0];\n", colInside)
	} else {
		fmt.Fprintf(&b, "  edge [color=%q, arrowsize=0.5];\n", colInside)
	}
	inCluster := make([]bool, len(m.nodes))
	for ci, c := range m.clusters {
		fmt.Fprintf(&b, "  subgraph \"cluster_%d\" {\n", ci)
		switch {
		case c.silo:
			fmt.Fprintf(&b, "    graph [label=%s, style=\"rounded,bold\", color=%q, penwidth=3, fontcolor=%q, fontsize=12", graph.DOTQuote(c.label), colSilo, colSilo)
		case c.watch:
			fmt.Fprintf(&b, "    graph [label=%s, style=\"rounded,dashed\", color=%q, penwidth=2, fontcolor=%q, fontsize=12", graph.DOTQuote(c.label), colWatch, colWatch)
		default:
			fmt.Fprintf(&b, "    graph [label=%s, style=rounded, color=\"#b0b0b0\", penwidth=1, fontcolor=\"#505050\", fontsize=11", graph.DOTQuote(c.label))
		}
		if c.tooltip != "" {
			fmt.Fprintf(&b, ", tooltip=%s", graph.DOTQuote(c.tooltip))
		}
		b.WriteString("];\n")
		for _, i := range c.nodes {
			inCluster[i] = true
			b.WriteString("    ")
			m.writeNode(&b, i)
		}
		b.WriteString("  }\n")
	}
	for i := range m.nodes {
		if !inCluster[i] {
			b.WriteString("  ")
			m.writeNode(&b, i)
		}
	}
	for _, e := range grid {
		fmt.Fprintf(&b, "  %s %s %s [style=invis, constraint=true];\n", graph.DOTQuote(m.nodes[e[0]].id), arrow, graph.DOTQuote(m.nodes[e[1]].id))
	}
	for i, u := range m.ring {
		v := m.ring[(i+1)%len(m.ring)]
		fmt.Fprintf(&b, "  %s %s %s [style=invis, constraint=false];\n", graph.DOTQuote(m.nodes[u].id), arrow, graph.DOTQuote(m.nodes[v].id))
	}
	if len(grid) > 0 && len(m.edges) > 0 {
		b.WriteString(tiesMark)
	}
	// A dense map (more than denseTies ties per node) draws its ties
	// across sectors translucent: on the provinsi letters layer (608
	// arcs among 120 units) the straight blue lines through the sector
	// boxes covered the silo's own grey ties; translucent, where they
	// pile up reads as where the weight goes, and a box's inside shows
	// through. Ties inside a sector, what a silo box shows, and bridges
	// stay as they are.
	dense := len(m.edges) > denseTies*len(m.nodes)
	for _, e := range m.edges {
		fmt.Fprintf(&b, "  %s %s %s [penwidth=%s", graph.DOTQuote(m.nodes[e.u].id), arrow, graph.DOTQuote(m.nodes[e.v].id), num(e.pen))
		switch {
		case dense && !e.bold && e.colour == colAcross:
			fmt.Fprintf(&b, ", color=%q", e.colour+denseAlpha)
		case e.colour != colInside:
			fmt.Fprintf(&b, ", color=%q", e.colour)
		}
		if e.bold {
			b.WriteString(", style=bold")
		}
		if e.tooltip != "" {
			fmt.Fprintf(&b, ", tooltip=%s", graph.DOTQuote(e.tooltip))
		}
		b.WriteString("];\n")
	}
	if len(grid) == 0 && (len(m.clusters) > 0 || len(m.ring) > 0) && len(m.edges) > 0 {
		// boxes without a grid (a few small sectors): the ties rank the
		// nodes, and are drawn again between the places found
		b.WriteString(tiesRankMark)
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// Grid layout of the boxed maps. Left to itself, dot ranks the nodes by
// their ties and puts every sector box side by side, so a map of 120 units
// was 6,800 points wide. Instead the ties do not rank the nodes
// (constraint=false); invisible edges lay each box out as rows of at most
// gridRowMax nodes, and put the boxes in bands, as many side by side as
// keep the estimated width under gridWidth points, each band below the
// one before. Dot still orders the nodes of a row and the boxes of a band
// to shorten the ties, and never lets two boxes overlap.
const (
	gridRowMax = 6
	gridWidth  = 1100.0
)

// perRow is how many of a box's n nodes share a row.
func perRow(n int) int {
	if n <= 5 {
		return max(n, 1)
	}
	return min(gridRowMax, int(math.Ceil(math.Sqrt(2*float64(n)))))
}

// slotWidth estimates the points a node takes in a row: its circle or its
// label (9 pt Helvetica: about 5.5 points a character), whichever is
// wider, and the node separation.
func (m *mapGraph) slotWidth(i int) float64 {
	n := &m.nodes[i]
	return math.Max(n.width*72, 5.5*float64(len([]rune(n.label)))+8) + 0.3*72
}

// gridEdges returns the invisible edges (pairs of node indices) that lay
// the clusters out as a grid; none for a map without clusters.
func (m *mapGraph) gridEdges() [][2]int {
	if len(m.clusters) == 0 {
		return nil
	}
	type box struct {
		rows  [][]int
		width float64
	}
	boxes := make([]box, len(m.clusters))
	for ci, c := range m.clusters {
		k := perRow(len(c.nodes))
		var bx box
		for j := 0; j < len(c.nodes); j += k {
			row := c.nodes[j:min(j+k, len(c.nodes))]
			bx.rows = append(bx.rows, row)
			w := 0.0
			for _, i := range row {
				w += m.slotWidth(i)
			}
			bx.width = math.Max(bx.width, w)
		}
		bx.width = math.Max(bx.width, 7*float64(len([]rune(c.label))/max(1, strings.Count(c.label, "\n")+1)))
		boxes[ci] = bx
	}
	// Bands of boxes side by side, in sector order, each as wide as fits
	// under gridWidth (at least one box); a band starts below the deepest
	// box of the band above.
	var bands [][]int
	w := 0.0
	for bi := range boxes {
		if len(bands) == 0 || w+boxes[bi].width > gridWidth {
			bands = append(bands, nil)
			w = 0
		}
		bands[len(bands)-1] = append(bands[len(bands)-1], bi)
		w += boxes[bi].width + 30
	}
	var out [][2]int
	link := func(a, b []int) { // every node of row b below a node of row a
		for j, v := range b {
			out = append(out, [2]int{a[min(j, len(a)-1)], v})
		}
	}
	var deepest []int // the last row of the deepest box of the band above
	for _, band := range bands {
		var next []int
		rows := 0
		for _, bi := range band {
			bx := boxes[bi]
			if deepest != nil {
				link(deepest, bx.rows[0])
			}
			for r := 1; r < len(bx.rows); r++ {
				link(bx.rows[r-1], bx.rows[r])
			}
			if len(bx.rows) > rows {
				rows, next = len(bx.rows), bx.rows[len(bx.rows)-1]
			}
		}
		deepest = next
	}
	return out
}

func (m *mapGraph) writeNode(b *strings.Builder, i int) {
	n := &m.nodes[i]
	fmt.Fprintf(b, "%s [width=%s, fillcolor=%q, label=%s, tooltip=%s", graph.DOTQuote(n.id), num(n.width), n.fill,
		graph.DOTQuote(n.label), graph.DOTQuote(n.tooltip))
	if n.shape != "" {
		fmt.Fprintf(b, ", shape=%s", n.shape)
	}
	if n.border != "" {
		fmt.Fprintf(b, ", color=%q", n.border)
	}
	if n.penWidth > 0 {
		fmt.Fprintf(b, ", penwidth=%s", num(n.penWidth))
	}
	if n.dashed {
		b.WriteString(", style=\"filled,dashed\"")
	}
	if n.peripheries > 1 {
		fmt.Fprintf(b, ", peripheries=%d", n.peripheries)
	}
	b.WriteString("];\n")
}

// widths maps metric values to node widths: the area grows linearly with
// the value.
func widths(v []float64) []float64 {
	mx := 0.0
	for _, x := range v {
		mx = math.Max(mx, x)
	}
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = minWidth
		if mx > 0 {
			out[i] += (maxWidth - minWidth) * math.Sqrt(x/mx)
		}
	}
	return out
}

// penWidth is the log-scale pen width of a tie of weight w when the
// strongest drawn tie has weight mx.
func penWidth(w, mx float64) float64 {
	if mx <= 0 || w <= 0 {
		return 0.6
	}
	return 0.6 + 3.4*math.Log1p(w)/math.Log1p(mx)
}

// shapeOf is the node shape of a unit kind.
func shapeOf(k graph.Kind) string {
	switch k {
	case graph.KindCoordinator:
		return "square"
	case graph.KindExternal:
		return "diamond"
	case graph.KindUnit: // person level: a unit named directly, not a person
		return "triangle"
	}
	return ""
}

// keepNodes returns which of the n nodes are drawn: all when n <= max
// (or max < 0), else the max nodes with the largest value (ties by id).
func keepNodes(v []float64, max int) []bool {
	keep := make([]bool, len(v))
	if max < 0 || len(v) <= max {
		for i := range keep {
			keep[i] = true
		}
		return keep
	}
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] > v[idx[b]] })
	for _, i := range idx[:max] {
		keep[i] = true
	}
	return keep
}

// topTies returns the undirected pairs {u, v} (u < v, both kept) that are
// among the k strongest ties of u or of v (k < 0: all), plus the pairs in
// always, sorted by (u, v). Ties of equal weight are broken by the
// neighbour id, so the choice is deterministic.
func topTies(g *graph.CSR, keep []bool, k int, always map[[2]int32]bool) [][2]int32 {
	sel := map[[2]int32]bool{}
	type nb struct {
		v int32
		w float64
	}
	var row []nb
	for u := 0; u < g.N; u++ {
		if !keep[u] {
			continue
		}
		adj, w := g.Neighbors(u)
		row = row[:0]
		for i, v := range adj {
			if keep[v] && int(v) != u {
				row = append(row, nb{v, w[i]})
			}
		}
		if k >= 0 && len(row) > k {
			sort.SliceStable(row, func(a, b int) bool { return row[a].w > row[b].w })
			row = row[:k]
		}
		for _, x := range row {
			a, b := int32(u), x.v
			if a > b {
				a, b = b, a
			}
			sel[[2]int32{a, b}] = true
		}
	}
	for p := range always {
		if keep[p[0]] && keep[p[1]] {
			sel[p] = true
		}
	}
	out := make([][2]int32, 0, len(sel))
	for p := range sel {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// sectorIndex maps each node to the index of its sector in r.Sectors.
func sectorIndex(r *metrics.Result) []int {
	out := make([]int, len(r.Net.Nodes))
	for i := range r.Net.Nodes {
		out[i] = sort.SearchStrings(r.Sectors, r.Net.Nodes[i].Sector)
	}
	return out
}

// siloSectors marks the sectors that are silos (not those to watch).
func siloSectors(r *metrics.Result) map[string]bool {
	out := map[string]bool{}
	for _, gi := range r.Silos {
		if gi >= 0 && gi < len(r.Groups) && r.Groups[gi].Type == metrics.GroupSector && r.Groups[gi].Verdict == silo.Silo {
			out[r.Groups[gi].Name] = true
		}
	}
	return out
}

// displayName is a node's name, or its id when it has none.
func displayName(n *graph.Node) string {
	if n.Name != "" {
		return n.Name
	}
	return n.ID
}

// checkResult rejects results a map cannot be drawn from.
func checkResult(r *metrics.Result) error {
	if r == nil || r.Net == nil {
		return errors.New("viz: no result to draw")
	}
	if len(r.Nodes) != len(r.Net.Nodes) {
		return fmt.Errorf("viz: result has %d node rows for %d nodes", len(r.Nodes), len(r.Net.Nodes))
	}
	return nil
}

// UnitMapDOT returns the map of the combined undirected network as DOT
// (layout dot: in the WebAssembly build fdp's output depends on what the
// process laid out before, dot's does not): nodes boxed by sector, coloured
// by community, sized by opt.SizeBy, each labelled on the node with its
// short name (or id) and given its full name in the tooltip; see the
// package documentation for every visual rule. At person level with more
// people than opt.MaxNodes (default DefaultPersonMaxNodes) the people are
// aggregated into their units (PersonUnitsMapDOT). The output is
// deterministic: clusters in sector order, nodes in id order, ties sorted
// by their ends' ids.
func UnitMapDOT(r *metrics.Result, opt MapOptions) ([]byte, error) {
	m, err := unitMap(r, opt)
	if err != nil {
		return nil, err
	}
	return m.write(), nil
}

// unitMap is the map UnitMapDOT writes.
func unitMap(r *metrics.Result, opt MapOptions) (*mapGraph, error) {
	if err := checkResult(r); err != nil {
		return nil, err
	}
	if r.Net.Level == graph.PersonLevel {
		if lim := opt.maxNodes(DefaultPersonMaxNodes); lim >= 0 && len(r.Nodes) > lim {
			return personUnitsMap(r, opt)
		}
	}
	t := textsAt(opt.Lang, r.Net.Level)
	u := r.Undirected()
	val := make([]float64, len(r.Nodes))
	for i := range r.Nodes {
		v, err := nodeMetric(&r.Nodes[i], opt.sizeBy())
		if err != nil {
			return nil, err
		}
		val[i] = v
	}
	keep := keepNodes(val, opt.maxNodes(DefaultMaxNodes))
	always := map[[2]int32]bool{}
	bridges := map[[2]int32]bool{}
	for _, p := range broker.Bridges(u) {
		bridges[p] = true
		always[p] = true
	}
	si := sectorIndex(r)
	verdicts := sectorVerdicts(r)
	flagged := flaggedOutsideTies(u, si, verdicts, keep, SiloOutsideTies)
	for _, p := range flagged {
		always[p] = true
	}
	ties := topTies(u, keep, opt.maxTies(), always)

	m := &mapGraph{name: "sekat", layout: "dot"}
	pos := make([]int, len(r.Nodes)) // node id -> index in m.nodes
	wd := widths(val)
	drawn := 0
	cutVertices, bridgesDrawn, dashedDrawn := false, false, false // what the legend explains
	drawnShapes := map[string]bool{}
	for i := range r.Net.Nodes {
		pos[i] = -1
		if !keep[i] {
			continue
		}
		nd := &r.Net.Nodes[i]
		mn := &r.Nodes[i]
		per := 1
		if mn.Articulation {
			per, cutVertices = 2, true
		}
		tip := fmt.Sprintf("%s\n%s: %s\n%s: %d\n%s: %s", nodeTitle(nd), t.Sector, nd.Sector,
			t.Community, mn.Community, metricLabel(opt.sizeBy(), opt.Lang), i18n.Significant(opt.Lang, val[i], 4))
		pos[i] = len(m.nodes)
		fill, dashed := communityMark(mn.Community)
		m.nodes = append(m.nodes, mapNode{id: nd.ID, label: nodeLabel(nd), full: idLabel(nd), name: displayName(nd), tooltip: tip, fill: fill, dashed: dashed,
			shape: shapeOf(nd.Kind), width: wd[i], peripheries: per})
		dashedDrawn = dashedDrawn || dashed
		drawnShapes[shapeOf(nd.Kind)] = true
		drawn++
	}
	// Ties: across sectors in another colour; the share of each sector's
	// outside weight that is drawn goes on its box.
	mx := maxTieWeight(u, ties)
	drawnOut := make([]float64, len(r.Sectors))
	for _, p := range ties {
		w, _ := u.Weight(int(p[0]), int(p[1]))
		e := mapEdge{u: pos[p[0]], v: pos[p[1]], pen: penWidth(w, mx), colour: colInside,
			tooltip: tieTooltip(t, &r.Net.Nodes[p[0]], &r.Net.Nodes[p[1]], w)}
		if si[p[0]] != si[p[1]] {
			e.colour = colAcross
			drawnOut[si[p[0]]] += w
			drawnOut[si[p[1]]] += w
		}
		if bridges[p] {
			e.colour, e.bold = colBridge, true
			e.pen = math.Max(e.pen, 2.5)
			bridgesDrawn = true
		}
		m.edges = append(m.edges, e)
	}
	st := sumSectorTies(r)
	m.clusters = sectorClusters(r, pos, t, opt.Lang, st.outside(), drawnOut)
	m.title = titleLines(t.UnitMap, opt, r.Net.Level)
	m.title = append(m.title, silosUntoldLines(r, opt.Lang)...)
	// The legend explains bridges and articulation points only on a map
	// that draws them: it told readers of maps without a red line to look
	// for one.
	edges, shapes := t.LegendEdges, legendShapes(t, drawnShapes)
	if bridgesDrawn {
		edges += "\n" + t.LegendBridge
	}
	if cutVertices {
		shapes += " · " + t.LegendArticulation
	}
	if dashedDrawn {
		shapes += " · " + i18n.Sprintf(t.LegendDashedCommunity, distinctColours)
	}
	key := m.keyLongLabels(t)
	labels := t.LegendLabels
	if m.key != nil {
		labels = t.LegendKeyed
	}
	m.title = append(m.title, i18n.Sprintf(t.LegendSize, metricLabel(opt.sizeBy(), opt.Lang)), edges, shapes, labels)
	m.title = append(m.title, leftOut(t, u.Edges()/2, len(ties), len(r.Nodes)-drawn, opt, len(flagged) > 0))
	if !opt.KeyApart {
		m.title = append(m.title, key...)
	}
	return m, nil
}

// legendShapes is the legend's line of the node shapes a map draws, in
// a fixed order: it explained squares and diamonds on maps without a
// coordinator or an external unit (QA of session 31).
func legendShapes(t *lang, drawn map[string]bool) string {
	var parts []string
	for _, s := range []string{"", "square", "diamond", "triangle"} {
		if w := t.LegendShape[s]; drawn[s] && w != "" {
			parts = append(parts, w)
		}
	}
	line := strings.Join(parts, " · ")
	if r, size := utf8.DecodeRuneInString(line); size > 0 {
		line = string(unicode.ToUpper(r)) + line[size:]
	}
	return line
}

// SiloOutsideTies is how many of its strongest ties to other sectors each
// silo or sector to watch keeps on a map, whatever MaxTiesPerNode says: a
// silo drawn without its outside ties would look more isolated than it is.
const SiloOutsideTies = 5

// flaggedOutsideTies returns, for every sector with a verdict (silo or
// watch), its n strongest ties to other sectors among the kept nodes.
func flaggedOutsideTies(u *graph.CSR, si []int, verdicts []silo.Verdict, keep []bool, n int) [][2]int32 {
	type tie struct {
		p [2]int32
		w float64
	}
	by := map[int][]tie{}
	for a := 0; a < u.N; a++ {
		if !keep[a] {
			continue
		}
		adj, w := u.Neighbors(a)
		for k, b := range adj {
			if int(b) <= a || !keep[b] || si[a] == si[b] {
				continue
			}
			for _, s := range []int{si[a], si[b]} {
				if s < len(verdicts) && verdicts[s] != silo.None {
					by[s] = append(by[s], tie{[2]int32{int32(a), b}, w[k]})
				}
			}
		}
	}
	var out [][2]int32
	for s := range verdicts {
		ts := by[s]
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].w > ts[j].w })
		for i := 0; i < len(ts) && i < n; i++ {
			out = append(out, ts[i].p)
		}
	}
	return out
}

// nodeLabel is what a node shows on a map: for a unit its short name
// (units.short_name) or else its id; for a person their id, as the
// network gives it. Every map labels nodes through here.
func nodeLabel(n *graph.Node) string {
	return shorten(idLabel(n), 18)
}

// keyedLabelRunes is the longest label, in runes, a map writes on its
// node. A unit whose id is its name, with no short name, was labelled
// with the first 17 characters of a name of 60 to 180 ("Dinas
// Pemberdayaa…", "Dinas Kependuduka…"), which told a reader of the
// printed map neither which unit it was nor, the label running a
// circle's width past its node on either side, which of the ties
// leaving it under the label went where. Ids and short names (codes,
// abbreviations: "KEC_SINDANGJAYA_R001" on the provinsi preset) are
// shorter.
const keyedLabelRunes = 30

// keyLines is the most lines of the title a key gives one node's name.
const keyLines = 2

// keyLongLabels numbers the nodes of m when the label of one of them is
// longer than keyedLabelRunes, and returns the key that gives each
// number's name, one line a node (two for a long name), for the end of
// the title; nil, and the labels kept, when none is. The numbers run box
// by box, in the boxes' order, and in a box in its nodes' order, so that
// a box's units have numbers that follow one another; a number fits
// inside the smallest circle (three digits of 9 pt Arial are 15 pt wide,
// a circle at least minWidth, 16 pt), so no tie runs under a label.
// Every node is numbered: a few names among codes numbered alone would
// mix numbers with codes that may be numbers themselves.
func (m *mapGraph) keyLongLabels(t *lang) []string {
	long := false
	for _, n := range m.nodes {
		long = long || utf8.RuneCountInString(n.full) > keyedLabelRunes
	}
	if !long {
		return nil
	}
	order := make([]int, 0, len(m.nodes))
	seen := make([]bool, len(m.nodes))
	for _, c := range m.clusters {
		for _, i := range c.nodes {
			if !seen[i] {
				seen[i] = true
				order = append(order, i)
			}
		}
	}
	for i := range m.nodes {
		if !seen[i] {
			order = append(order, i)
		}
	}
	var key []string
	m.key = make([]KeyItem, 0, len(order))
	packed := false // the last line of key holds whole items, and may take another
	for k, i := range order {
		n := &m.nodes[i]
		num := strconv.Itoa(k + 1)
		n.label = num
		name := oneLine(n.name)
		if name == "" {
			name = oneLine(n.full)
		}
		if name == "" {
			name = n.id
		}
		m.key = append(m.key, KeyItem{Num: k + 1, Name: name})
		// one line of the title, or two for a long name: a name longer
		// than that ends in "…", in full in the tooltip
		item := wrapShort(i18n.Sprintf(t.KeyItem, num, breakLongWords(name, titleWidth-len(num)-2)), titleWidth, keyLines)
		// items of one line share a line up to titleWidth: one line an
		// item made the demo study's key (units named in 15 to 50
		// characters) 39 lines, and the report printed its map at 4.1
		// pt, not 4.7
		if last := len(key) - 1; len(item) == 1 && packed &&
			utf8.RuneCountInString(key[last])+len(keySep)+utf8.RuneCountInString(item[0]) <= titleWidth {
			key[last] += keySep + item[0]
			continue
		}
		key = append(key, item...)
		packed = len(item) == 1
	}
	return key
}

// keySep is between two items of a map's key on one line.
const keySep = " · "

// oneLine is s with its runs of white space (spaces, tabs, newlines) one
// space, and none at either end: a name as one line of a key.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// breakLongWords is s with each word longer than n runes broken into
// words of n runes. A name that began with such a word (a link, a path)
// wrote its number alone on the key's first line and the word, cut, on
// the second: "4." then "https://eoffice.sukamajukab.go.id/unit-kerja-…".
func breakLongWords(s string, n int) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		if n <= 0 || len(r) <= n {
			continue
		}
		var parts []string
		for len(r) > n {
			parts, r = append(parts, string(r[:n])), r[n:]
		}
		words[i] = strings.Join(append(parts, string(r)), " ")
	}
	return strings.Join(words, " ")
}

// tieTooltip is the tooltip of a tie between a and b of weight w: each
// end on a line of its own as its node's tooltip names it (nodeTitle: id
// and full name), then the weight. It named the ends by their labels,
// cut to 18 characters ("Dinas Pekerjaan U… — Dinas Perumahan R…:
// 12"), so that a reader hovering a tie could not tell which units it
// joined, and on a numbered map the labels were numbers.
func tieTooltip(t *lang, a, b *graph.Node, w float64) string {
	return i18n.Sprintf(t.TieTip, nodeTitle(a), nodeTitle(b), i18n.Significant(t.code, w, 4))
}

// nodeTitle is the first line of a node's tooltip: its id and, when the
// inputs give one, its full name.
func nodeTitle(n *graph.Node) string {
	if n.Name == "" || n.Name == n.ID {
		return n.ID
	}
	return n.ID + " — " + n.Name
}

// silosUntoldLines is the map's note when no sector is marked a silo
// because the sector tests ran too few permutations to find one
// (i18n.SilosUntold): an unmarked map read as "no silos" where sekat
// cannot tell. Nil otherwise.
func silosUntoldLines(r *metrics.Result, lang string) []string {
	if !i18n.SilosUntold(r) {
		return nil
	}
	return []string{i18n.T(lang, "viz.map.silosUntold", i18n.Int(lang, int64(r.Permutations[metrics.GroupSector])))}
}

// titleLines are the first lines of a map title: what, study, window,
// and on a map of people (level graph.PersonLevel) the notice that it is
// a shortlist for human review (PersonNotice).
func titleLines(what string, opt MapOptions, level graph.Level) []string {
	head := what
	if opt.Study != "" {
		head = opt.Study + " — " + what
	}
	lines := []string{head}
	if opt.Window != "" {
		lines = append(lines, texts(opt.Lang).Window+": "+opt.Window)
	}
	if n := PersonNotice(level, opt.Lang); n != "" {
		lines = append(lines, n)
	}
	return lines
}

// PersonNotice is the sentence every person-level page, map and table
// carries (people.Notice, the same text as the facilitators' pages): a
// shortlist for human review, not an automated decision. It is "" at unit
// level, where the outputs are about units, not people. lang "en" is
// English, else Bahasa Indonesia.
func PersonNotice(level graph.Level, lang string) string {
	if level != graph.PersonLevel {
		return ""
	}
	return people.Notice(lang)
}

// leftOut says what the map does not show; flagged says that the silo
// and watch-list sectors kept their SiloOutsideTies strongest outside
// ties beside each node's strongest and the bridges: the legend said
// "weaker ties are left out" over the 5 weaker ties they added (98 ties
// drawn where 3 per unit and the bridges give 93, sekat generate --seed
// 1120 --scale 0.03).
func leftOut(t *lang, ties, drawnTies, hiddenNodes int, opt MapOptions, flagged bool) string {
	s := i18n.Sprintf(t.DrawnTies, i18n.Int(opt.Lang, int64(drawnTies)), i18n.Int(opt.Lang, int64(ties)))
	if drawnTies < ties && opt.maxTies() >= 0 {
		if flagged {
			s += i18n.Sprintf(t.TopKFlagged, opt.maxTies(), SiloOutsideTies)
		} else {
			s += i18n.Sprintf(t.TopK, opt.maxTies())
		}
	}
	if hiddenNodes > 0 {
		s += i18n.Sprintf(t.HiddenNodes, i18n.Int(opt.Lang, int64(hiddenNodes)), metricLabel(opt.sizeBy(), opt.Lang))
	}
	return s
}

// LayerMapDOT returns a small map of one layer: the same clusters, colours
// and shapes as UnitMapDOT, nodes sized by their strength in the layer,
// and only the ties of that layer (arrows for the directed layers:
// correspondence sender -> recipient, data sharing and denials provider ->
// consumer; meetings undirected), filtered like the unit map.
func LayerMapDOT(r *metrics.Result, layer graph.Layer, opt MapOptions) ([]byte, error) {
	m, err := layerMap(r, layer, opt)
	if err != nil {
		return nil, err
	}
	return m.write(), nil
}

// layerMap is the map LayerMapDOT writes.
func layerMap(r *metrics.Result, layer graph.Layer, opt MapOptions) (*mapGraph, error) {
	if err := checkResult(r); err != nil {
		return nil, err
	}
	if layer >= graph.NumLayers {
		return nil, fmt.Errorf("viz: unknown layer %d", layer)
	}
	t := textsAt(opt.Lang, r.Net.Level)
	directed := layer != graph.Meetings
	lg := r.Net.LayerGraph(layer, !directed)
	und := r.Net.LayerGraph(layer, true)
	val := make([]float64, und.N)
	for i := range val {
		val[i] = und.Strength(i)
	}
	keep := keepNodes(val, opt.maxNodes(DefaultMaxNodes))
	// Top ties are chosen on the undirected layer; each chosen pair is
	// drawn as the arcs that exist.
	pairs := topTies(und, keep, opt.maxTies(), nil)
	m := &mapGraph{name: "sekat-" + layer.String(), layout: "dot", directed: directed, small: true}
	pos := make([]int, und.N)
	wd := widths(val)
	drawn := 0
	drawnShapes := map[string]bool{}
	dashedDrawn := false
	for i := range r.Net.Nodes {
		pos[i] = -1
		if !keep[i] {
			continue
		}
		nd := &r.Net.Nodes[i]
		pos[i] = len(m.nodes)
		fill, dashed := communityMark(r.Nodes[i].Community)
		m.nodes = append(m.nodes, mapNode{id: nd.ID, label: nodeLabel(nd), full: idLabel(nd), name: displayName(nd), fill: fill, dashed: dashed, shape: shapeOf(nd.Kind),
			width: wd[i] * 0.8, tooltip: fmt.Sprintf("%s\n%s: %s", nodeTitle(nd), t.Sector, nd.Sector)})
		dashedDrawn = dashedDrawn || dashed
		drawnShapes[shapeOf(nd.Kind)] = true
		drawn++
	}
	m.clusters = sectorClusters(r, pos, t, opt.Lang, nil, nil)
	si := sectorIndex(r)
	layerCol := map[graph.Layer]string{graph.Correspondence: colAcross, graph.Meetings: "#1b9e77",
		graph.DataSharing: "#7570b3", graph.DataDenied: colBridge}[layer]
	type arc struct {
		a, b int32
		w    float64
	}
	var arcs []arc
	mx := 0.0
	for _, p := range pairs {
		ends := [][2]int32{p}
		if directed {
			ends = [][2]int32{p, {p[1], p[0]}}
		}
		for _, x := range ends {
			if w, ok := lg.Weight(int(x[0]), int(x[1])); ok && w > 0 {
				arcs = append(arcs, arc{x[0], x[1], w})
				mx = math.Max(mx, w)
			}
		}
	}
	for _, a := range arcs {
		e := mapEdge{u: pos[a.a], v: pos[a.b], pen: penWidth(a.w, mx), colour: colInside,
			tooltip: tieTooltip(t, &r.Net.Nodes[a.a], &r.Net.Nodes[a.b], a.w)}
		if si[a.a] != si[a.b] || layer == graph.DataDenied {
			e.colour = layerCol
		}
		m.edges = append(m.edges, e)
	}
	m.title = titleLines(t.LayerName[layer], opt, r.Net.Level)
	// what the arrows and lines are: a reader of the refusals layer
	// could not tell who refused whom
	// and the shapes it draws, as the unit map says them: squares and
	// diamonds went unexplained on the layer maps
	shapes := legendShapes(t, drawnShapes)
	if dashedDrawn {
		shapes += " · " + i18n.Sprintf(t.LegendDashedCommunity, distinctColours)
	}
	m.title = append(m.title, t.LayerLegendNodes, shapes, t.LayerLegend[layer])
	key := m.keyLongLabels(t)
	if m.key != nil {
		m.title = append(m.title, t.LegendKeyed)
	}
	m.title = append(m.title, leftOut(t, und.Edges()/2, len(pairs), len(r.Nodes)-drawn, MapOptions{MaxTiesPerNode: opt.MaxTiesPerNode, SizeBy: "strength", Lang: opt.Lang}, false))
	if !opt.KeyApart {
		m.title = append(m.title, key...)
	}
	return m, nil
}

// EgoMapDOT returns the map of a person (by person_id) and their two-step
// neighbourhood on the combined undirected person-level network, boxed and
// coloured by unit. The person is a large double circle; the other nodes
// are sized by their tie weight to the person's first step. Above
// opt.MaxNodes (default 150) the nodes with the strongest ties are kept:
// first-step people before second-step people. Each node keeps its
// strongest ties as on the unit map, and every tie of the person is drawn.
func EgoMapDOT(r *metrics.Result, person string, opt MapOptions) ([]byte, error) {
	if err := checkResult(r); err != nil {
		return nil, err
	}
	if r.Net.Level != graph.PersonLevel {
		return nil, errors.New("viz: an ego map needs a person-level result; run with --level person")
	}
	c, ok := r.Net.NodeIndex(person)
	if !ok {
		return nil, fmt.Errorf("viz: person %q is not in the network", person)
	}
	t := texts(opt.Lang)
	u := r.Undirected()
	// Breadth-first to depth 2, with each node's strongest tie to the
	// previous step as its rank.
	depth := make([]int8, u.N)
	rank := make([]float64, u.N)
	for i := range depth {
		depth[i] = -1
	}
	depth[c] = 0
	var first, second []int32
	adj, w := u.Neighbors(int(c))
	for i, v := range adj {
		depth[v], rank[v] = 1, w[i]
		first = append(first, v)
	}
	for _, x := range first {
		adj, w := u.Neighbors(int(x))
		for i, v := range adj {
			if depth[v] == -1 {
				depth[v] = 2
				second = append(second, v)
			}
			if depth[v] == 2 {
				rank[v] = math.Max(rank[v], w[i])
			}
		}
	}
	byRank := func(s []int32) {
		sort.Slice(s, func(a, b int) bool {
			if rank[s[a]] != rank[s[b]] {
				return rank[s[a]] > rank[s[b]]
			}
			return s[a] < s[b]
		})
	}
	byRank(first)
	byRank(second)
	order := append(append([]int32{c}, first...), second...)
	limit := opt.maxNodes(DefaultEgoMaxNodes)
	if limit >= 0 && len(order) > limit {
		order = order[:max(limit, 1)]
	}
	keep := make([]bool, u.N)
	for _, v := range order {
		keep[v] = true
	}
	always := map[[2]int32]bool{}
	for _, v := range first {
		a, b := c, v
		if a > b {
			a, b = b, a
		}
		always[[2]int32{a, b}] = true
	}
	ties := topTies(u, keep, opt.maxTies(), always)
	// Units present, sorted by name, give colours and clusters.
	unitSet := map[string]bool{}
	for _, v := range order {
		unitSet[r.Net.Nodes[v].Unit] = true
	}
	units := make([]string, 0, len(unitSet))
	for k := range unitSet {
		units = append(units, k)
	}
	sort.Strings(units)
	uIdx := map[string]int{}
	for i, k := range units {
		uIdx[k] = i
	}
	val := make([]float64, u.N)
	for _, v := range order {
		val[v] = rank[v]
	}
	mr := 0.0
	for _, v := range order[1:] {
		mr = math.Max(mr, rank[v])
	}
	m := &mapGraph{name: "sekat-ego", layout: "dot"}
	pos := make([]int, u.N)
	clusters := make([]mapCluster, len(units))
	for i, k := range units {
		clusters[i].label = k
	}
	for i := range r.Net.Nodes {
		pos[i] = -1
		if !keep[i] {
			continue
		}
		nd := &r.Net.Nodes[i]
		width := minWidth
		if mr > 0 {
			width += (maxWidth - minWidth) * 0.6 * math.Sqrt(val[i]/mr)
		}
		per := 1
		if int32(i) == c {
			width, per = maxWidth, 2
		}
		ui := uIdx[nd.Unit]
		pos[i] = len(m.nodes)
		m.nodes = append(m.nodes, mapNode{id: nd.ID, label: nodeLabel(nd), full: idLabel(nd), name: displayName(nd), fill: colour(ui + 1),
			width: width, peripheries: per, shape: shapeOf(nd.Kind), tooltip: fmt.Sprintf("%s\nunit: %s", nodeTitle(nd), nd.Unit)})
		clusters[ui].nodes = append(clusters[ui].nodes, pos[i])
	}
	for _, cl := range clusters {
		if len(cl.nodes) > 0 {
			m.clusters = append(m.clusters, cl)
		}
	}
	mx := maxTieWeight(u, ties)
	for _, p := range ties {
		w, _ := u.Weight(int(p[0]), int(p[1]))
		// the tooltip names both people: without one a browser showed
		// the edge's <title>, the DOT ids joined by "--"
		e := mapEdge{u: pos[p[0]], v: pos[p[1]], pen: penWidth(w, mx), colour: colInside,
			tooltip: tieTooltip(t, &r.Net.Nodes[p[0]], &r.Net.Nodes[p[1]], w)}
		if r.Net.Nodes[p[0]].Unit != r.Net.Nodes[p[1]].Unit {
			e.colour = colAcross
		}
		m.edges = append(m.edges, e)
	}
	nd := &r.Net.Nodes[c]
	head := i18n.Sprintf(t.EgoMap, displayName(nd), nd.ID, nd.Unit)
	if displayName(nd) == nd.ID { // a pseudonym, or no name: the id once
		head = i18n.Sprintf(t.EgoMapID, nd.ID, nd.Unit)
	}
	m.title = titleLines(head, opt, r.Net.Level)
	m.title = append(m.title, t.EgoLegend)
	total := 0
	for _, v := range order {
		adj, _ := u.Neighbors(int(v))
		for _, x := range adj {
			if keep[x] && x > v {
				total++
			}
		}
	}
	hidden := len(first) + len(second) + 1 - len(order)
	m.title = append(m.title, leftOut(t, total, len(ties), 0, opt, false)+fmtHidden(t, hidden, opt.Lang))
	// people whose ids are long (an e-mail address as person_id) are
	// numbered as on the unit map: cut to 17 characters they read
	// "pegawai.nomor.P08…" for both people of a unit, and the ties ran
	// through the labels
	if key := m.keyLongLabels(t); m.key != nil {
		m.title = append(m.title, textsAt(opt.Lang, graph.PersonLevel).LegendKeyed)
		if !opt.KeyApart {
			m.title = append(m.title, key...)
		}
	}
	return m.write(), nil
}

func fmtHidden(t *lang, n int, code string) string {
	if n == 0 {
		return ""
	}
	return i18n.Sprintf(t.EgoHidden, i18n.Int(code, int64(n)))
}

// maxTieWeight is the largest weight among the drawn ties (pen widths are
// scaled to it).
func maxTieWeight(u *graph.CSR, ties [][2]int32) float64 {
	mx := 0.0
	for _, p := range ties {
		w, _ := u.Weight(int(p[0]), int(p[1]))
		mx = math.Max(mx, w)
	}
	return mx
}

// sectorClusters boxes the drawn nodes (pos[i] >= 0: index in the map's
// nodes) by sector, in sector order, leaving out empty boxes; silo sectors
// (labelled "SILO · sector") and sectors to watch (labelled with t's word
// for watch) are marked. With out (each sector's outside weight) and drawn
// (the part of it the map draws), each box says what share of its outside
// weight is drawn.
func sectorClusters(r *metrics.Result, pos []int, t *lang, code string, out, drawn []float64) []mapCluster {
	si := sectorIndex(r)
	verdicts := sectorVerdicts(r)
	clusters := make([]mapCluster, len(r.Sectors))
	for s, name := range r.Sectors {
		c := mapCluster{label: shorten(name, 28), tooltip: name, silo: verdicts[s] == silo.Silo, watch: verdicts[s] == silo.Watch}
		switch {
		case c.silo:
			c.label = "SILO · " + c.label
		case c.watch:
			c.label = t.WatchWord + " · " + c.label
		}
		if out != nil && s < len(out) {
			share := t.NoOutside // no weight outside: no share of it to draw
			if out[s] > 0 {
				share = i18n.Sprintf(t.OutsideDrawn, pct(drawn[s], out[s]))
			}
			c.label += "\n" + share
			c.tooltip += "\n" + share
		}
		clusters[s] = c
	}
	for i := range r.Net.Nodes {
		if pos[i] >= 0 && si[i] < len(clusters) {
			clusters[si[i]].nodes = append(clusters[si[i]].nodes, pos[i])
		}
	}
	var res []mapCluster
	for _, c := range clusters {
		if len(c.nodes) > 0 {
			res = append(res, c)
		}
	}
	return res
}
