package viz

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-graphviz/cgraph"
)

// bowMargin is the room, in points, a tie keeps from a node it passes.
const bowMargin = 3.0

// bowSteps are the offsets tried for a bowed tie, as multiples of
// bowStep points of its control points from the straight line; a tie
// longer than 3*bowSteps*bowStep tries offsets up to a third of its
// length (bowMaxSteps).
const (
	bowStep  = 10.0
	bowSteps = 8
)

// bowMaxSteps is how many offsets a tie l points long tries: bowSteps,
// or as many as reach a third of its length. A long tie along a crowded
// row passes units close to its ends, where a bow of 80 points (its
// curve 20 points off the line a tenth of the way along) did not clear
// them: 10 of 106 drawn ties on the kabupaten preset (--seed 5 --scale
// 0.2) still ran through a unit, none with this.
func bowMaxSteps(l float64) int {
	return max(bowSteps, int(math.Ceil(l/3/bowStep)))
}

type bowNode struct {
	x, y, r float64
	// rx, ry are an ellipse's half width and height (r the larger);
	// 0 for the other shapes, whose half extent is r.
	rx, ry float64
	shape  string // Graphviz's: circle, square, diamond, ...
}

// labelMargin is the room, in points, a tie keeps from a label it
// passes: a label's white halo is 1.5 points wide (liftLabels).
const labelMargin = 2.0

// bowRect is where a label is painted: a sector box's label, the title,
// or a node's label (owner: the node's index; -1 for the others).
type bowRect struct {
	x0, y0, x1, y1 float64
	owner          int
}

// noNode is no node's index, nor any label's owner (-1 is the owner of
// the labels that are no node's).
const noNode = -2

// bowScene is what a tie must clear: every drawn node, every label, and
// the drawing's bounding box (llx, lly, urx, ury), which it must not leave.
type bowScene struct {
	nodes []bowNode
	rects []bowRect
	box   [4]float64
}

// bowTies gives each visible tie of gr (laid out by dot, or circo for
// the sector overview, ties drawn between the places found:
// layoutThenTies) that would run straight
// through a node other than its ends, or through a label (a sector
// box's, the title's, or that of a node other than its ends), a curved
// path that passes clear of them all and stays inside the drawing's
// bounding box (bowPath). A map's units sit in rows inside their
// sector's box, so a straight tie along a row ran through every unit
// between its ends (59 of 105 drawn ties on the kabupaten preset): a
// reader could not tell who was tied to whom. A tie into a box below
// ran through the box's label at its top (five of the seven ties of
// the hand-made study's map through "s2 · 100% bobot ke luar
// tergambar"; 147 crossings of labels by 106 ties on the kabupaten
// preset, --seed 5 --scale 0.2), so labels are obstacles too. On a
// directed map a tie given a path gets its arrowhead (arrowPos).
// Graphviz draws an edge given a pos as given; the rest stay straight.
// Pure arithmetic on the places dot gave: the same DOT gives the same
// paths (Graphviz's own spline router, splines=true, drew different
// paths for the same map within one process). A node is as large as
// widths gives it, or as the layout made it (laid) when Graphviz grew it
// to hold its label: on the overview a sector's oval with a long name
// was twice the width its DOT gave, and ties were let through its ends.
func bowTies(gr *cgraph.Graph, widths, laid map[string][2]string, directed bool) error {
	sc := bowScene{}
	var ok bool
	sc.box, ok = parseBox(gr.GetStr("bb"))
	if !ok {
		sc.box = [4]float64{math.Inf(-1), math.Inf(-1), math.Inf(1), math.Inf(1)}
	}
	index := map[string]int{}
	for n, _ := gr.FirstNode(); n != nil; n, _ = gr.NextNode(n) {
		name, err := n.Name()
		if err != nil {
			return fmt.Errorf("viz: graphviz: %w", err)
		}
		x, y, ok := parsePoint(n.GetStr("pos"))
		if !ok || strings.Contains(n.GetStr("style"), "invis") {
			continue
		}
		w, h := 0.0, 0.0
		if wh, ok := widths[name]; ok {
			w, _ = strconv.ParseFloat(wh[0], 64)
			h, _ = strconv.ParseFloat(wh[1], 64)
		}
		if f := n.GetStr("fixedsize"); f == "" || f == "false" {
			// a node Graphviz made larger than its width to hold its
			// label (a sector's oval on the overview) is drawn at the
			// size the layout gave
			if wh, ok := laid[name]; ok {
				lw, _ := strconv.ParseFloat(wh[0], 64)
				lh, _ := strconv.ParseFloat(wh[1], 64)
				w, h = math.Max(w, lw), math.Max(h, lh)
			}
		}
		index[name] = len(sc.nodes)
		if r, ok := nodeLabelRect(n.GetStr("label"), name, n.GetStr("fontsize"), x, y); ok {
			r.owner = len(sc.nodes)
			sc.rects = append(sc.rects, r)
		}
		bn := bowNode{x: x, y: y, r: math.Max(w, h) * 72 / 2, shape: n.GetStr("shape")}
		if bn.oval() && w > 0 && h > 0 {
			bn.rx, bn.ry = w*72/2, h*72/2
		}
		sc.nodes = append(sc.nodes, bn)
	}
	sc.rects = append(sc.rects, graphLabelRects(gr)...)
	for n, _ := gr.FirstNode(); n != nil; n, _ = gr.NextNode(n) {
		for e, _ := gr.FirstOut(n); e != nil; e, _ = gr.NextOut(e) {
			if strings.Contains(e.GetStr("style"), "invis") {
				continue // a skeleton edge, placed and hidden
			}
			t, err1 := e.Tail()
			h, err2 := e.Head()
			if err1 != nil || err2 != nil {
				continue
			}
			tn, _ := t.Name()
			hn, _ := h.Name()
			a, okA := index[tn]
			b, okB := index[hn]
			if !okA || !okB || a == b {
				continue
			}
			// a tie dot placed (a map whose ties rank its nodes) is
			// drawn again between the places found, as the others
			pts, _ := bowPath(&sc, a, b)
			if pts == nil && e.GetStr("pos") == "" {
				continue
			}
			pos := ""
			if pts != nil {
				pos = posOf(pts)
				if directed {
					pos = arrowPos(pts, sc.nodes[b])
				}
			}
			if err := e.SafeSet("pos", pos, ""); err != nil {
				return fmt.Errorf("viz: graphviz: %w", err)
			}
		}
	}
	return nil
}

// nodeLabelRect is where Graphviz paints a node's label: its lines
// (\n, \l or \r apart; \N is the node's name) centred on the node, each
// as wide as Arial makes it, fontsize*1.2 points apart.
func nodeLabelRect(label, name, fontsize string, x, y float64) (bowRect, bool) {
	size, err := strconv.ParseFloat(fontsize, 64)
	if err != nil || size <= 0 {
		size = 14 // Graphviz's default
	}
	label = strings.ReplaceAll(label, `\N`, name)
	lines := strings.FieldsFunc(strings.NewReplacer(`\n`, "\x00", `\l`, "\x00", `\r`, "\x00").Replace(label), func(r rune) bool { return r == 0 })
	w := 0.0
	for _, l := range lines {
		w = math.Max(w, arialWidth(l, size))
	}
	if w == 0 {
		return bowRect{}, false
	}
	h := float64(len(lines)) * size * 1.2
	return bowRect{x0: x - w/2, y0: y - h/2, x1: x + w/2, y1: y + h/2}, true
}

// graphLabelRects are the boxes of the labels of g (the title) and of its
// subgraphs (the sector boxes), as dot placed them: centred on lp,
// lwidth by lheight inches.
func graphLabelRects(g *cgraph.Graph) []bowRect {
	var out []bowRect
	x, y, ok := parsePoint(g.GetStr("lp"))
	w, err1 := strconv.ParseFloat(g.GetStr("lwidth"), 64)
	h, err2 := strconv.ParseFloat(g.GetStr("lheight"), 64)
	if ok && err1 == nil && err2 == nil && w > 0 && h > 0 {
		out = append(out, bowRect{x0: x - w*36, y0: y - h*36, x1: x + w*36, y1: y + h*36, owner: -1})
	}
	for s, _ := g.FirstSubGraph(); s != nil; s, _ = s.NextSubGraph() {
		out = append(out, graphLabelRects(s)...)
	}
	return out
}

// blocked reports whether the segment p-q passes through a node other
// than a and b, or through a label not theirs.
func (sc *bowScene) blocked(px, py, qx, qy float64, a, b int) bool {
	x0, x1 := math.Min(px, qx), math.Max(px, qx)
	y0, y1 := math.Min(py, qy), math.Max(py, qy)
	for i, n := range sc.nodes {
		if d := n.r + bowMargin; n.x+d < x0 || n.x-d > x1 || n.y+d < y0 || n.y-d > y1 {
			continue // far from the segment's box
		}
		if i != a && i != b && n.near(px, py, qx, qy) {
			return true
		}
	}
	for _, r := range sc.rects {
		if r.owner != a && r.owner != b && segmentMeetsRect(px, py, qx, qy,
			r.x0-labelMargin, r.y0-labelMargin, r.x1+labelMargin, r.y1+labelMargin) {
			return true
		}
	}
	return false
}

// clearPath reports whether the cubic Bézier path pts (3n+1 points),
// each segment sampled at 24 points, ends included, stays inside the
// drawing and clear of every obstacle but the tie's ends a and b.
func (sc *bowScene) clearPath(pts [][2]float64, a, b int) bool {
	px, py := pts[0][0], pts[0][1]
	for i := 0; i+3 < len(pts); i += 3 {
		p0, p1, p2, p3 := pts[i], pts[i+1], pts[i+2], pts[i+3]
		for k := 1; k <= 24; k++ {
			t := float64(k) / 24
			u := 1 - t
			qx := u*u*u*p0[0] + 3*u*u*t*p1[0] + 3*u*t*t*p2[0] + t*t*t*p3[0]
			qy := u*u*u*p0[1] + 3*u*u*t*p1[1] + 3*u*t*t*p2[1] + t*t*t*p3[1]
			if qx < sc.box[0] || qy < sc.box[1] || qx > sc.box[2] || qy > sc.box[3] {
				return false // a bow outside the drawing is cut off
			}
			if sc.blocked(px, py, qx, qy, a, b) {
				return false
			}
			px, py = qx, qy
		}
	}
	return true
}

// posOf writes a path's points as a Graphviz pos.
func posOf(pts [][2]float64) string {
	f := make([]string, len(pts))
	for i, p := range pts {
		f[i] = num(p[0]) + "," + num(p[1])
	}
	return strings.Join(f, " ")
}

// bowPath returns the pos of the path of a tie from node a to node b,
// "" for the straight line, and whether the path found is clear. The
// straight line when it is clear; else the first clear of bowMaxSteps
// bows (both control points moved off the line to the same side), the
// smallest first, above before below on a tie; else the shortest clear
// path around the obstacles (detourPath) at most maxDetour times the
// straight line's length. When none is clear the tie stays straight.
func bowPath(sc *bowScene, a, b int) ([][2]float64, bool) {
	A, B := sc.nodes[a], sc.nodes[b]
	dx, dy := B.x-A.x, B.y-A.y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return nil, false
	}
	nx, ny := -dy/l, dx/l // unit normal
	bow := func(off float64) [][2]float64 {
		return [][2]float64{{A.x, A.y}, {A.x + dx/3 + nx*off, A.y + dy/3 + ny*off},
			{A.x + 2*dx/3 + nx*off, A.y + 2*dy/3 + ny*off}, {B.x, B.y}}
	}
	if sc.clearPath(bow(0), a, b) {
		return nil, true
	}
	for s := 1; s <= bowMaxSteps(l); s++ {
		for _, sign := range []float64{1, -1} {
			if p := bow(sign * float64(s) * bowStep); sc.clearPath(p, a, b) {
				return p, true
			}
		}
	}
	if p := sc.detourPath(a, b); p != nil {
		return p, true
	}
	return nil, false
}

// arrowLength is the length of a map's arrowhead: Graphviz's 10 points
// times the maps' arrowsize, 0.5.
const arrowLength = 5.0

// arrowPos is the pos of a directed tie along pts (from the tail's
// centre to the head's, 3n+1 points): the path cut where it is
// arrowLength short of the head's outline, and the arrowhead's tip ("e,x,y")
// on the outline. Graphviz draws a pos without an "e" without its
// arrowhead: on main, 94 of the 189 ties of the kabupaten preset's letters
// layer (--seed 5 --scale 0.2) were drawn bowed, and without a direction.
func arrowPos(pts [][2]float64, head bowNode) string {
	at := func(i int, t float64) [2]float64 {
		p0, p1, p2, p3 := pts[i], pts[i+1], pts[i+2], pts[i+3]
		u := 1 - t
		return [2]float64{u*u*u*p0[0] + 3*u*u*t*p1[0] + 3*u*t*t*p2[0] + t*t*t*p3[0],
			u*u*u*p0[1] + 3*u*u*t*p1[1] + 3*u*t*t*p2[1] + t*t*t*p3[1]}
	}
	const steps = 200
	// the samples of the path from its end back, each with its piece and t
	type sample struct {
		seg int
		t   float64
		p   [2]float64
	}
	var back []sample
	for seg := len(pts) - 4; seg >= 0; seg -= 3 {
		for k := steps; k >= 0; k-- {
			t := float64(k) / steps
			back = append(back, sample{seg, t, at(seg, t)})
		}
	}
	i := 0
	for i < len(back) && head.inside(back[i].p[0], back[i].p[1]) {
		i++ // inside the head's outline
	}
	if i == len(back) {
		return posOf(pts) // the whole path inside the head: no room for an arrow
	}
	tip := back[i].p
	for ; i < len(back); i++ {
		s := back[i]
		if math.Hypot(s.p[0]-tip[0], s.p[1]-tip[1]) < arrowLength {
			continue
		}
		// keep the pieces before s.seg, and s.seg up to s.t (de Casteljau)
		p0, p1, p2 := pts[s.seg], pts[s.seg+1], pts[s.seg+2]
		lerp := func(a, b [2]float64) [2]float64 { return [2]float64{a[0] + (b[0]-a[0])*s.t, a[1] + (b[1]-a[1])*s.t} }
		q0, q1 := lerp(p0, p1), lerp(p1, p2)
		cut := append(append([][2]float64(nil), pts[:s.seg+1]...), q0, lerp(q0, q1), s.p)
		return "e," + num(tip[0]) + "," + num(tip[1]) + " " + posOf(cut)
	}
	return posOf(pts)
}

// inside reports whether (x, y) is inside the node's outline: its
// circle, its square, or its diamond (other shapes as their circle).
func (n bowNode) inside(x, y float64) bool {
	dx, dy := math.Abs(x-n.x), math.Abs(y-n.y)
	if n.rx > 0 {
		return (dx/n.rx)*(dx/n.rx)+(dy/n.ry)*(dy/n.ry) < 1
	}
	switch n.shape {
	case "square", "box", "rect", "rectangle":
		return max(dx, dy) < n.r
	case "diamond":
		return dx+dy < n.r
	}
	return math.Hypot(dx, dy) < n.r
}

// oval reports whether the node is drawn as an ellipse (Graphviz's
// default shape).
func (n bowNode) oval() bool {
	return n.shape == "" || n.shape == "ellipse" || n.shape == "oval"
}

// near reports whether the segment p-q comes within bowMargin of the
// node's outline: of its circle of radius r, or for an ellipse of the
// ellipse grown by bowMargin on each axis (in whose coordinates, scaled
// to a unit circle, the segment is measured). A wide oval is then passed
// as close above and below as at its ends, where its circle would push a
// tie a whole half width away.
func (n bowNode) near(px, py, qx, qy float64) bool {
	if n.rx > 0 {
		ax, ay := n.rx+bowMargin, n.ry+bowMargin
		return segmentDist(0, 0, (px-n.x)/ax, (py-n.y)/ay, (qx-n.x)/ax, (qy-n.y)/ay) < 1
	}
	return segmentDist(n.x, n.y, px, py, qx, qy) < n.r+bowMargin
}

// maxDetour bounds a tie routed around its obstacles: at most this many
// times as long as the straight line (plus detourSlack points, for a
// short tie that must go round a label as wide as itself). A longer way
// round reads as a tie to somewhere else.
const (
	maxDetour   = 1.6
	detourSlack = 60.0
)

// detourPath is the shortest path from node a to node b that keeps clear
// of the obstacles, as a polyline through the corners of the obstacles
// (the corners of each label's box and of an octagon round each node,
// each moved out by the margin), no longer than maxDetour times the
// straight line, found by A* (ties broken by the corners' order, so the
// same scene gives the same path). The polyline is drawn smoothed (a
// Catmull-Rom spline through its corners) when that is clear too, else
// as straight pieces. nil when there is no such path.
func (sc *bowScene) detourPath(a, b int) [][2]float64 {
	A, B := sc.nodes[a], sc.nodes[b]
	l := math.Hypot(B.x-A.x, B.y-A.y)
	// Most ties need a short way round: looked for first among the
	// corners near the line, it is found with a fraction of the work, and
	// is the same path (a path no longer than the first limit uses no
	// corner outside the first ellipse).
	if p := sc.detourWithin(a, b, 1.15*l+20); p != nil {
		return p
	}
	return sc.detourWithin(a, b, maxDetour*l+detourSlack)
}

// detourWithin is detourPath's path no longer than limit.
func (sc *bowScene) detourWithin(a, b int, limit float64) [][2]float64 {
	A, B := sc.nodes[a], sc.nodes[b]
	l := math.Hypot(B.x-A.x, B.y-A.y)
	// A path no longer than limit stays inside the ellipse with foci A and
	// B whose points are limit from both together: only the obstacles
	// that reach into its bounding box can stand in its way.
	ea, eb := limit/2, math.Sqrt(max(0, limit*limit-l*l))/2
	cos, sin := (B.x-A.x)/l, (B.y-A.y)/l
	cx, cy := (A.x+B.x)/2, (A.y+B.y)/2
	hx, hy := math.Hypot(ea*cos, eb*sin), math.Hypot(ea*sin, eb*cos)
	near := func(x0, y0, x1, y1 float64) bool {
		return x1 >= cx-hx && x0 <= cx+hx && y1 >= cy-hy && y0 <= cy+hy
	}
	loc := &bowScene{box: sc.box}
	for i, n := range sc.nodes {
		if i != a && i != b && near(n.x-n.r-bowMargin, n.y-n.r-bowMargin, n.x+n.r+bowMargin, n.y+n.r+bowMargin) {
			loc.nodes = append(loc.nodes, n)
		}
	}
	for _, r := range sc.rects {
		if r.owner != a && r.owner != b && near(r.x0-labelMargin, r.y0-labelMargin, r.x1+labelMargin, r.y1+labelMargin) {
			r.owner = -1
			loc.rects = append(loc.rects, r)
		}
	}
	pts := [][2]float64{{A.x, A.y}, {B.x, B.y}}
	add := func(x, y float64) {
		if x < sc.box[0] || y < sc.box[1] || x > sc.box[2] || y > sc.box[3] {
			return
		}
		if math.Hypot(x-A.x, y-A.y)+math.Hypot(x-B.x, y-B.y) > limit {
			return // no path through it is short enough
		}
		if loc.blocked(x, y, x, y, noNode, noNode) {
			return // inside an obstacle: no clear segment reaches it
		}
		pts = append(pts, [2]float64{x, y})
	}
	for _, n := range loc.nodes {
		// an octagon round the node whose sides keep the margin
		r := (n.r + bowMargin + 0.5) / math.Cos(math.Pi/8)
		for k := range 8 {
			t := math.Pi/8 + float64(k)*math.Pi/4
			add(n.x+r*math.Cos(t), n.y+r*math.Sin(t))
		}
	}
	for _, r := range loc.rects {
		m := labelMargin + 0.5
		add(r.x0-m, r.y0-m)
		add(r.x1+m, r.y0-m)
		add(r.x1+m, r.y1+m)
		add(r.x0-m, r.y1+m)
	}
	// A* from pts[0] to pts[1] over the segments between points that are
	// clear (looked at when a point is expanded)
	const unseen = -1
	dist := make([]float64, len(pts))
	prev := make([]int, len(pts))
	done := make([]bool, len(pts))
	for i := range dist {
		dist[i], prev[i] = math.Inf(1), unseen
	}
	dist[0] = 0
	h := func(i int) float64 { return math.Hypot(pts[i][0]-B.x, pts[i][1]-B.y) }
	for {
		u := -1
		for i := range pts {
			if !done[i] && !math.IsInf(dist[i], 1) && (u < 0 || dist[i]+h(i) < dist[u]+h(u)) {
				u = i
			}
		}
		if u < 0 || dist[u]+h(u) > limit {
			return nil
		}
		if u == 1 {
			break
		}
		done[u] = true
		for v := range pts {
			if done[v] || v == u {
				continue
			}
			d := dist[u] + math.Hypot(pts[v][0]-pts[u][0], pts[v][1]-pts[u][1])
			if d >= dist[v] || d+h(v) > limit {
				continue
			}
			if loc.blocked(pts[u][0], pts[u][1], pts[v][0], pts[v][1], noNode, noNode) {
				continue
			}
			dist[v], prev[v] = d, u
		}
	}
	var way [][2]float64
	for i := 1; i != unseen; i = prev[i] {
		way = append(way, pts[i])
	}
	slices.Reverse(way)
	smooth := catmullRom(way)
	if sc.clearPath(smooth, a, b) {
		return smooth
	}
	var straight [][2]float64
	for i := 0; i+1 < len(way); i++ {
		p, q := way[i], way[i+1]
		if i == 0 {
			straight = append(straight, p)
		}
		straight = append(straight, [2]float64{p[0] + (q[0]-p[0])/3, p[1] + (q[1]-p[1])/3},
			[2]float64{p[0] + 2*(q[0]-p[0])/3, p[1] + 2*(q[1]-p[1])/3}, q)
	}
	return straight
}

// catmullRom is the cubic Bézier path (3n+1 points) of a spline through
// the n+1 points way, smooth at every point: a piece leaves a point along
// the line between the point's neighbours, its control points a quarter
// of the piece's length away (Catmull-Rom's tangents, kept short so a
// sharp turn round a label's corner does not swing wide).
func catmullRom(way [][2]float64) [][2]float64 {
	at := func(i int) [2]float64 { return way[max(0, min(i, len(way)-1))] }
	dir := func(i int) (float64, float64) {
		p, q := at(i-1), at(i+1)
		d := math.Hypot(q[0]-p[0], q[1]-p[1])
		if d == 0 {
			return 0, 0
		}
		return (q[0] - p[0]) / d, (q[1] - p[1]) / d
	}
	out := [][2]float64{way[0]}
	for i := 0; i+1 < len(way); i++ {
		p, q := way[i], way[i+1]
		k := math.Hypot(q[0]-p[0], q[1]-p[1]) / 4
		ux, uy := dir(i)
		vx, vy := dir(i + 1)
		out = append(out, [2]float64{p[0] + ux*k, p[1] + uy*k}, [2]float64{q[0] - vx*k, q[1] - vy*k}, q)
	}
	return out
}

// segmentMeetsRect reports whether the segment p-q meets the box (x0, y0)
// to (x1, y1) (Liang-Barsky clipping).
func segmentMeetsRect(px, py, qx, qy, x0, y0, x1, y1 float64) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := qx-px, qy-py
	for _, c := range [4][2]float64{{-dx, px - x0}, {dx, x1 - px}, {-dy, py - y0}, {dy, y1 - py}} {
		switch {
		case c[0] == 0:
			if c[1] < 0 {
				return false
			}
		case c[0] < 0:
			t0 = math.Max(t0, c[1]/c[0])
		default:
			t1 = math.Min(t1, c[1]/c[0])
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// segmentDist is the distance from (x, y) to the segment (ax, ay)-(bx, by).
func segmentDist(x, y, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		t = math.Max(0, math.Min(1, ((x-ax)*dx+(y-ay)*dy)/l2))
	}
	return math.Hypot(x-(ax+t*dx), y-(ay+t*dy))
}

// parseBox reads a Graphviz box "llx,lly,urx,ury".
func parseBox(s string) (box [4]float64, ok bool) {
	f := strings.Split(s, ",")
	if len(f) != 4 {
		return box, false
	}
	for i, x := range f {
		v, err := strconv.ParseFloat(x, 64)
		if err != nil {
			return box, false
		}
		box[i] = v
	}
	return box, true
}

// parsePoint reads a Graphviz point "x,y" (a trailing "!" allowed).
func parsePoint(s string) (x, y float64, ok bool) {
	xs, ys, found := strings.Cut(strings.TrimSuffix(s, "!"), ",")
	if !found {
		return 0, 0, false
	}
	x, err1 := strconv.ParseFloat(xs, 64)
	y, err2 := strconv.ParseFloat(ys, 64)
	return x, y, err1 == nil && err2 == nil
}
