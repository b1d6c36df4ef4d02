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
