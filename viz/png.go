package viz

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/color"
	"image/png"
	"math"
	"strconv"
	"strings"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

// pngScale is the number of pixels per Graphviz point (1/72 inch): 1.5
// gives a 108 dpi picture.
const pngScale = 1.5

// MaxPNGWidth is the widest PNG sekat paints, in pixels: a wider drawing
// is painted at fewer pixels per point (the maps' own limits keep real
// maps narrower at full scale).
const MaxPNGWidth = 4000

// xdotOp is one drawing operation of Graphviz's json output (the xdot
// language): colours (c, C), style (S), font (F), ellipses (E, e),
// polygons (P, p), polylines (L), Bézier curves (B, b) and text (T).
type xdotOp struct {
	Op     string      `json:"op"`
	Color  string      `json:"color"`
	Stops  []xdotStop  `json:"stops"`
	Style  string      `json:"style"`
	Size   float64     `json:"size"`
	Rect   []float64   `json:"rect"`
	Points [][]float64 `json:"points"`
	Pt     []float64   `json:"pt"`
	Align  string      `json:"align"`
	Width  float64     `json:"width"`
	Text   string      `json:"text"`
}

type xdotStop struct {
	Color string `json:"color"`
}

type xdotObject struct {
	Draw   []xdotOp `json:"_draw_"`
	LDraw  []xdotOp `json:"_ldraw_"`
	HDraw  []xdotOp `json:"_hdraw_"`
	TDraw  []xdotOp `json:"_tdraw_"`
	HLDraw []xdotOp `json:"_hldraw_"`
	TLDraw []xdotOp `json:"_tldraw_"`
	Nodes  []int    `json:"nodes"` // set for subgraphs (clusters)
}

type xdotGraph struct {
	BB      string       `json:"bb"`
	Draw    []xdotOp     `json:"_draw_"`
	LDraw   []xdotOp     `json:"_ldraw_"`
	Objects []xdotObject `json:"objects"`
	Edges   []xdotObject `json:"edges"`
}

// paintPNG paints Graphviz's json output (a laid-out graph with its
// drawing operations) into a PNG. go-graphviz's own PNG renderer fills
// shapes but never strokes them, so edges, outlines and cluster boxes
// were missing; Graphviz's drawing operations are complete, so sekat
// paints them itself with gg and the Go fonts.
func paintPNG(js []byte) ([]byte, error) {
	var g xdotGraph
	if err := json.Unmarshal(js, &g); err != nil {
		return nil, fmt.Errorf("viz: png: reading graphviz's drawing: %w", err)
	}
	var bb [4]float64
	for i, f := range strings.Split(g.BB, ",") {
		if i < 4 {
			bb[i], _ = strconv.ParseFloat(f, 64)
		}
	}
	w, h := bb[2]-bb[0], bb[3]-bb[1]
	sc := pngScale
	if w*sc > MaxPNGWidth-1 {
		sc = (MaxPNGWidth - 1) / w
	}
	if !(w > 0 && h > 0) || w*h*sc*sc > 400e6 {
		return nil, fmt.Errorf("viz: png: drawing of %gx%g points is empty or too large; use svg", w, h)
	}
	p := &painter{dc: gg.NewContext(int(math.Ceil(w*sc))+1, int(math.Ceil(h*sc))+1), h: bb[3], x0: bb[0], sc: sc, faces: map[float64]font.Face{}}
	p.dc.SetRGB(1, 1, 1)
	p.dc.Clear()
	p.run(g.Draw)
	// Clusters first, then edges, then nodes, then every label on top.
	for _, o := range g.Objects {
		if o.Nodes != nil {
			p.run(o.Draw)
		}
	}
	p.open = true // a tie's curve is a line, not a shape
	for _, e := range g.Edges {
		p.run(e.Draw)
	}
	p.open = false
	for _, e := range g.Edges {
		p.run(e.HDraw)
		p.run(e.TDraw)
	}
	for _, o := range g.Objects {
		if o.Nodes == nil {
			p.run(o.Draw)
		}
	}
	p.halo = true // labels: a white halo, as liftLabels gives the SVG
	p.run(g.LDraw)
	for _, o := range g.Objects {
		p.run(o.LDraw)
	}
	for _, e := range g.Edges {
		p.run(e.LDraw)
		p.run(e.HLDraw)
		p.run(e.TLDraw)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, p.dc.Image()); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type painter struct {
	dc        *gg.Context
	h, x0     float64
	sc        float64 // pixels per point
	pen, fill color.Color
	lineWidth float64
	dash      []float64
	fontSize  float64
	faces     map[float64]font.Face
	halo      bool // paint text over a white outline (labels over ties)
	// open: paint Bézier curves open and unfilled, as the ties' curves
	// are: Graphviz's json writes them as "b" (filled), and closed, a
	// curved tie was also drawn as the straight line between its ends,
	// through the units it was curved around
	open bool
}

func (p *painter) x(v float64) float64 { return (v - p.x0) * p.sc }
func (p *painter) y(v float64) float64 { return (p.h - v) * p.sc }

// run paints a list of operations; the graphics state (colours, style,
// font) starts afresh for each list, as xdot defines it.
func (p *painter) run(ops []xdotOp) {
	// No "C" operation means no fill (Graphviz's SVG writes fill="none"
	// for such shapes, e.g. the outline of a rounded cluster).
	p.pen, p.fill, p.lineWidth, p.dash, p.fontSize = color.Black, color.Transparent, 1, nil, 14
	for _, o := range ops {
		switch o.Op {
		case "c":
			p.pen = parseColor(o.Color)
		case "C":
			c := o.Color
			if c == "" && len(o.Stops) > 0 {
				c = o.Stops[0].Color
			}
			p.fill = parseColor(c)
		case "S":
			p.style(o.Style)
		case "F":
			if o.Size > 0 {
				p.fontSize = o.Size
			}
		case "E", "e":
			if len(o.Rect) == 4 {
				p.dc.DrawEllipse(p.x(o.Rect[0]), p.y(o.Rect[1]), o.Rect[2]*p.sc, o.Rect[3]*p.sc)
				p.paint(o.Op == "E")
			}
		case "P", "p", "L", "B", "b":
			p.path(o)
		case "T":
			p.text(o)
		}
	}
}

func (p *painter) style(s string) {
	switch {
	case strings.HasPrefix(s, "setlinewidth("):
		if v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(s, "setlinewidth("), ")"), 64); err == nil {
			p.lineWidth = v
		}
	case s == "dashed":
		p.dash = []float64{6 * p.sc, 3 * p.sc}
	case s == "dotted":
		p.dash = []float64{1.5 * p.sc, 3 * p.sc}
	case s == "solid":
		p.dash = nil
	case s == "bold":
		p.lineWidth = 2
	}
}

func (p *painter) path(o xdotOp) {
	pts := o.Points
	if len(pts) < 2 {
		return
	}
	p.dc.NewSubPath()
	p.dc.MoveTo(p.x(pts[0][0]), p.y(pts[0][1]))
	switch o.Op {
	case "B", "b":
		for i := 1; i+2 < len(pts); i += 3 {
			p.dc.CubicTo(p.x(pts[i][0]), p.y(pts[i][1]), p.x(pts[i+1][0]), p.y(pts[i+1][1]), p.x(pts[i+2][0]), p.y(pts[i+2][1]))
		}
	default:
		for _, q := range pts[1:] {
			p.dc.LineTo(p.x(q[0]), p.y(q[1]))
		}
	}
	shape := o.Op == "b" && !p.open
	if o.Op == "P" || o.Op == "p" || shape {
		p.dc.ClosePath()
	}
	if o.Op == "P" && p.dash == nil && sameColor(p.fill, p.pen) && len(pts) >= 3 {
		// an arrowhead: its outline, stroked with mitred corners as the
		// SVG draws it, filled
		p.dc.ClearPath()
		xy := make([][2]float64, len(pts))
		for i, q := range pts {
			xy[i] = [2]float64{p.x(q[0]), p.y(q[1])}
		}
		for i, q := range mitred(xy, p.lineWidth*p.sc/2) {
			if i == 0 {
				p.dc.MoveTo(q[0], q[1])
			} else {
				p.dc.LineTo(q[0], q[1])
			}
		}
		p.dc.ClosePath()
		p.dc.SetColor(p.pen)
		p.dc.Fill()
		return
	}
	p.paint(o.Op == "P" || shape)
}

// svgMiterLimit is the longest mitre of a corner, in stroke widths, that
// SVG draws (stroke-miterlimit's default); a sharper corner is bevelled.
const svgMiterLimit = 4

// mitred is the outline of the polygon pts stroked d wide on each side:
// each corner moved out along its bisector to where the offset edges
// meet (a mitre), or cut off (bevelled) where the mitre is longer than
// svgMiterLimit stroke widths, as SVG strokes it. gg strokes with round
// corners only: Graphviz pulls an arrowhead's tip back so that its mitred
// stroke ends at the node's outline, and with round corners the PNG's
// arrows stopped about 4 points short of it.
func mitred(pts [][2]float64, d float64) [][2]float64 {
	n := len(pts)
	area := 0.0
	for i := range pts {
		a, b := pts[i], pts[(i+1)%n]
		area += a[0]*b[1] - b[0]*a[1]
	}
	sign := 1.0 // the outward normal of an edge (dx, dy) is sign*(dy, -dx)
	if area < 0 {
		sign = -1
	}
	normal := func(a, b [2]float64) [2]float64 {
		dx, dy := b[0]-a[0], b[1]-a[1]
		l := math.Hypot(dx, dy)
		if l == 0 {
			return [2]float64{}
		}
		return [2]float64{sign * dy / l, -sign * dx / l}
	}
	var out [][2]float64
	for i := range pts {
		prev, v, next := pts[(i+n-1)%n], pts[i], pts[(i+1)%n]
		n1, n2 := normal(prev, v), normal(v, next)
		c := 1 + n1[0]*n2[0] + n1[1]*n2[1] // 2cos²(φ/2), φ the turn between the edges
		if c < 1e-9 || 2/c > svgMiterLimit*svgMiterLimit {
			out = append(out, [2]float64{v[0] + d*n1[0], v[1] + d*n1[1]}, [2]float64{v[0] + d*n2[0], v[1] + d*n2[1]})
			continue
		}
		out = append(out, [2]float64{v[0] + d*(n1[0]+n2[0])/c, v[1] + d*(n1[1]+n2[1])/c})
	}
	return out
}

// sameColor reports whether a and b are the same colour.
func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// paint fills the current path with the fill colour when filled, then
// strokes it with the pen, as Graphviz's own renderers do.
func (p *painter) paint(filled bool) {
	if filled {
		p.dc.SetColor(p.fill)
		p.dc.FillPreserve()
	}
	p.dc.SetColor(p.pen)
	p.dc.SetLineWidth(p.lineWidth * p.sc)
	if p.dash != nil {
		p.dc.SetDash(p.dash...)
	} else {
		p.dc.SetDash()
	}
	p.dc.Stroke()
}

func (p *painter) text(o xdotOp) {
	if len(o.Pt) != 2 || o.Text == "" {
		return
	}
	// Graphviz laid the text out for its own font (o.Width points wide);
	// the Go font is shrunk where it is wider, so labels keep their place.
	size := p.fontSize * p.sc
	f := p.face(size)
	if f == nil {
		return
	}
	p.dc.SetFontFace(f)
	if w, _ := p.dc.MeasureString(o.Text); o.Width > 0 && w > o.Width*p.sc {
		size = math.Floor(size*o.Width*p.sc/w*4) / 4
		if f = p.face(size); f == nil {
			return
		}
		p.dc.SetFontFace(f)
	}
	ax := 0.5
	switch o.Align {
	case "l":
		ax = 0
	case "r":
		ax = 1
	}
	x, y := p.x(o.Pt[0]), p.y(o.Pt[1])
	if p.halo {
		// The white halo: the text in white, 1.5 points off in eight
		// directions, under the text itself.
		d := 1.5 * p.sc
		p.dc.SetColor(color.White)
		for _, off := range [][2]float64{{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}} {
			p.dc.DrawStringAnchored(o.Text, x+off[0]*d, y+off[1]*d, ax, 0)
		}
	}
	p.dc.SetColor(p.pen)
	p.dc.DrawStringAnchored(o.Text, x, y, ax, 0)
}

// face returns the Go Regular face of a size, cached.
func (p *painter) face(size float64) font.Face {
	f, ok := p.faces[size]
	if !ok {
		f = goFace(size)
		p.faces[size] = f
	}
	return f
}

var goFont, goFontErr = opentype.Parse(goregular.TTF)

// goFace is the Go Regular font at size pixels (nil if it cannot load).
func goFace(size float64) font.Face {
	if goFontErr != nil {
		return nil
	}
	f, err := opentype.NewFace(goFont, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil
	}
	return f
}

// parseColor reads Graphviz's colours: #rrggbb, #rrggbbaa, or a few names
// (Graphviz's json output writes hex for the colours sekat uses).
func parseColor(s string) color.Color {
	switch strings.ToLower(s) {
	case "", "black":
		return color.Black
	case "white":
		return color.White
	case "transparent", "none", "invis":
		return color.Transparent
	}
	if len(s) == 7 || len(s) == 9 {
		if v, err := strconv.ParseUint(s[1:], 16, 32); err == nil && s[0] == '#' {
			if len(s) == 7 {
				return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
			}
			return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}
		}
	}
	return color.Black
}
