package viz

import (
	"fmt"
	"math"
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
}

// bowTies gives each visible tie of gr (laid out by dot, ties drawn
// between the places found: layoutThenTies) that would run straight
// through a node other than its ends a curved path (a cubic Bézier with
// both control points moved off the line to the same side) that passes
// clear of every node and inside the drawing's bounding box, when one
// of bowMaxSteps offsets on either side does; of those the smallest,
// above before below on a tie. A map's
// units sit in rows inside their sector's box, so a straight tie along a
// row ran through every unit between its ends (59 of 105 drawn ties on
// the kabupaten preset): a reader could not tell who was tied to whom.
// Graphviz draws an edge given a pos as given; the rest stay straight.
// Pure arithmetic on the places dot gave: the same DOT gives the same
// paths (Graphviz's own spline router, splines=true, drew different
// paths for the same map within one process).
func bowTies(gr *cgraph.Graph, widths map[string][2]string) error {
	box, ok := parseBox(gr.GetStr("bb"))
	if !ok {
		box = [4]float64{math.Inf(-1), math.Inf(-1), math.Inf(1), math.Inf(1)}
	}
	var nodes []bowNode
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
		index[name] = len(nodes)
		nodes = append(nodes, bowNode{x: x, y: y, r: math.Max(w, h) * 72 / 2})
	}
	for n, _ := gr.FirstNode(); n != nil; n, _ = gr.NextNode(n) {
		for e, _ := gr.FirstOut(n); e != nil; e, _ = gr.NextOut(e) {
			if e.GetStr("pos") != "" || strings.Contains(e.GetStr("style"), "invis") {
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
			if pos, ok := bowPath(nodes, box, a, b); ok {
				if err := e.SafeSet("pos", pos, ""); err != nil {
					return fmt.Errorf("viz: graphviz: %w", err)
				}
			}
		}
	}
	return nil
}

// bowPath returns the pos of a curved tie from node a to node b when the
// straight one passes through another node and a curve inside box
// (llx, lly, urx, ury) clears them all.
func bowPath(nodes []bowNode, box [4]float64, a, b int) (string, bool) {
	A, B := nodes[a], nodes[b]
	dx, dy := B.x-A.x, B.y-A.y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return "", false
	}
	nx, ny := -dy/l, dx/l // unit normal
	clear := func(off float64) bool {
		// the curve at 24 points, ends included, against every other node
		p1x, p1y := A.x+dx/3+nx*off, A.y+dy/3+ny*off
		p2x, p2y := A.x+2*dx/3+nx*off, A.y+2*dy/3+ny*off
		px, py := A.x, A.y
		for k := 1; k <= 24; k++ {
			t := float64(k) / 24
			u := 1 - t
			qx := u*u*u*A.x + 3*u*u*t*p1x + 3*u*t*t*p2x + t*t*t*B.x
			qy := u*u*u*A.y + 3*u*u*t*p1y + 3*u*t*t*p2y + t*t*t*B.y
			if qx < box[0] || qy < box[1] || qx > box[2] || qy > box[3] {
				return false // a bow outside the drawing is cut off
			}
			for i, n := range nodes {
				if i != a && i != b && segmentDist(n.x, n.y, px, py, qx, qy) < n.r+bowMargin {
					return false
				}
			}
			px, py = qx, qy
		}
		return true
	}
	if clear(0) {
		return "", false
	}
	for s := 1; s <= bowMaxSteps(l); s++ {
		for _, sign := range []float64{1, -1} {
			off := sign * float64(s) * bowStep
			if clear(off) {
				return fmt.Sprintf("%s,%s %s,%s %s,%s %s,%s",
					num(A.x), num(A.y), num(A.x+dx/3+nx*off), num(A.y+dy/3+ny*off),
					num(A.x+2*dx/3+nx*off), num(A.y+2*dy/3+ny*off), num(B.x), num(B.y)), true
			}
		}
	}
	return "", false
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
