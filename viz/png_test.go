package viz

import (
	"bytes"
	"image"
	"image/png"
	"testing"
)

// countNear counts pixels within 40 (per channel) of the colour #rrggbb.
func countNear(img image.Image, hex string) int {
	c := parseColor(hex)
	cr, cg, cb, _ := c.RGBA()
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if absDiff(r, cr) < 40<<8 && absDiff(g, cg) < 40<<8 && absDiff(bl, cb) < 40<<8 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// TestPNGDrawsEdgesAndBoxes: the PNG map has the silo's red outline, the
// cross-sector (blue) and inside-sector (grey) ties, which go-graphviz's
// own PNG renderer left out.
func TestPNGDrawsEdgesAndBoxes(t *testing.T) {
	r := analyze(t, handUnits(nil, nil))
	dot, err := UnitMapDOT(r, MapOptions{Study: "Uji", MaxTiesPerNode: -1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(dot, FormatPNG, "")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if sz := img.Bounds().Size(); sz.X < 200 || sz.Y < 200 {
		t.Fatalf("image %v too small", sz)
	}
	for name, col := range map[string]string{"silo outline / bridges": colSilo, "cross-sector ties": colAcross, "ties inside a sector": colInside} {
		if n := countNear(img, col); n < 100 {
			t.Errorf("%s (%s): %d pixels, want a drawn line", name, col, n)
		}
	}
	b2, _ := Render(dot, FormatPNG, "")
	if !bytes.Equal(b, b2) {
		t.Error("the same map gives another PNG")
	}
}

func TestPaintPNGBadInput(t *testing.T) {
	for _, in := range []string{"", "{}", `{"bb":"0,0,0,0"}`, `{"bb":"0,0,100,10000000"}`, "[1,2"} {
		if _, err := paintPNG([]byte(in)); err == nil {
			t.Errorf("paintPNG(%q) gave no error", in)
		}
	}
}

// TestPaintPNGWidthCap: a drawing 100,000 points wide is painted at most
// MaxPNGWidth pixels wide, not 150,000.
func TestPaintPNGWidthCap(t *testing.T) {
	b, err := paintPNG([]byte(`{"bb":"0,0,100000,300"}`))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if w := img.Bounds().Dx(); w > MaxPNGWidth {
		t.Errorf("PNG %d px wide, want at most %d", w, MaxPNGWidth)
	}
}

// TestPNGLabelHalo: a label painted over a thick black tie gets a white
// halo, as in the SVG (liftLabels), so its letters stand apart from the
// line; without it the band of the tie had no white pixel at all.
func TestPNGLabelHalo(t *testing.T) {
	js := `{"bb":"0,0,200,60",
	  "edges":[{"_draw_":[{"op":"c","color":"#000000"},{"op":"S","style":"setlinewidth(20)"},{"op":"L","points":[[0,30],[200,30]]}]}],
	  "objects":[{"_ldraw_":[{"op":"F","size":14},{"op":"c","color":"#c0392b"},{"op":"T","pt":[100,25],"align":"c","width":60,"text":"SILO"}]}]}`
	b, err := paintPNG([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	// The tie covers y 20..40 pt, x 0..200 pt; at pngScale, rows 30..60.
	band := img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(image.Rect(0, int(22*pngScale), int(200*pngScale), int(38*pngScale)))
	if got := countNear(band, "#ffffff"); got < 50 {
		t.Errorf("white pixels around the label on the tie: got %d, want at least 50 (a halo)", got)
	}
	if got := countNear(band, "#c0392b"); got < 20 {
		t.Errorf("label pixels: got %d, want the label painted", got)
	}
}

// TestPNGCurvedTieHasNoChord: a tie drawn curved (around the units
// between its ends) was painted in the PNG as a closed shape, so the
// straight line between its ends showed too, through those units:
// Graphviz writes a tie's curve as a filled Bézier ("b"). The PNG has
// nothing on the straight line between two units of the row the tie
// curves around.
func TestPNGCurvedTieHasNoChord(t *testing.T) {
	dot := []byte(`graph "t" {
  graph [layout=dot, splines=false, nodesep=0.6];
  node [shape=circle, fixedsize=shape, width=0.3, label="", style=filled, fillcolor="#ffffff"];
  edge [constraint=false, color="#000000", penwidth=2];
  subgraph "cluster_0" {
    "a"; "b"; "c"; "d";
  }
` + tiesMark + `  "a" -- "d";
}
`)
	svg, err := Render(dot, FormatSVG, "")
	if err != nil {
		t.Fatal(err)
	}
	g := measureSVG(t, svg)
	b, c := g.nodes["b"], g.nodes["c"]
	if b == nil || c == nil || b.cy != c.cy {
		t.Fatalf("want b and c in one row: %+v %+v", b, c)
	}
	if !bytes.Contains(svg, []byte(`class="edge"`)) {
		t.Fatal("no tie drawn")
	}
	pngb, err := Render(dot, FormatPNG, "")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(pngb))
	if err != nil {
		t.Fatal(err)
	}
	// Graphviz's y grows upwards, the SVG's coordinates are its negatives,
	// and the PNG is painted at pngScale from the drawing's box (its
	// height the image's, less the pixel added when rounding up)
	h := float64(img.Bounds().Dy() - 1)
	x, y := int((b.cx+c.cx)/2*pngScale), int(h+b.cy*pngScale)
	for dx := -3; dx <= 3; dx++ {
		for dy := -3; dy <= 3; dy++ {
			if r, gr, bl, _ := img.At(x+dx, y+dy).RGBA(); r < 0xc000 || gr < 0xc000 || bl < 0xc000 {
				t.Fatalf("pixel (%d, %d), between b and c on the straight line a--d, is painted: want only the curve", x+dx, y+dy)
			}
		}
	}
}

// TestPNGArrowTipMitred: the PNG paints an arrowhead's stroke with mitred
// corners, as the SVG does, so that its tip reaches where Graphviz meant
// it to: Graphviz pulls the polygon's tip back from the node's outline by
// the mitre of its stroke, and gg's round corners left every arrow of
// `sekat map --format png` about 4 points short of the unit it points to.
func TestPNGArrowTipMitred(t *testing.T) {
	// an arrowhead 20 points long, 14 wide at its base, pointing down to
	// (50, 30) in Graphviz's points (y up), stroked 4 points wide: its
	// mitred tip is 2/sin(atan(7/20)) = 6.05 points below the polygon's,
	// at y = 23.95; round corners end 2 points below it, at y = 28
	js := []byte(`{"bb": "0,0,100,100", "edges": [{"_hdraw_": [
		{"op": "S", "style": "setlinewidth(4)"}, {"op": "c", "color": "#2f6db5"}, {"op": "C", "color": "#2f6db5"},
		{"op": "P", "points": [[43, 50], [50, 30], [57, 50]]}]}]}`)
	b, err := paintPNG(js)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	blue := func(yPt float64) bool {
		r, g, bl, _ := img.At(int(50*pngScale), int((100-yPt)*pngScale)).RGBA()
		want := parseColor("#2f6db5")
		wr, wg, wb, _ := want.RGBA()
		return absDiff(r, wr) < 40<<8 && absDiff(g, wg) < 40<<8 && absDiff(bl, wb) < 40<<8
	}
	if !blue(25.5) {
		t.Errorf("the arrowhead is not painted 1.5 points inside its mitred tip (y = 25.5): its stroke has round corners")
	}
	if blue(22) {
		t.Errorf("the arrowhead is painted at y = 22, past its mitred tip (23.95)")
	}
}
