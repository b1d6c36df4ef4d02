package viz

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// cvdMatrices simulate full deuteranopia and protanopia on linear RGB:
// Machado, Oliveira & Fernandes (2009), "A physiologically-based model
// for simulation of color vision deficiency", IEEE TVCG 15(6), table
// of severity 1.0.
var cvdMatrices = map[string][3][3]float64{
	"deuteranopia": {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
	"protanopia":   {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
}

// linearRGB is the colour #rrggbb in linear RGB (sRGB's transfer
// function undone).
func linearRGB(hex string) [3]float64 {
	r, g, b, _ := parseColor(hex).RGBA()
	var out [3]float64
	for i, c := range []uint32{r, g, b} {
		v := float64(c) / 0xffff
		if v <= 0.04045 {
			out[i] = v / 12.92
		} else {
			out[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return out
}

// simulate is hex as a reader with the deficiency of matrix m sees it, in
// linear RGB, clipped to the gamut.
func simulate(hex string, m [3][3]float64) [3]float64 {
	c := linearRGB(hex)
	var out [3]float64
	for i := range out {
		out[i] = min(1, max(0, m[i][0]*c[0]+m[i][1]*c[1]+m[i][2]*c[2]))
	}
	return out
}

// cieLab is linear RGB in CIELAB (D65).
func cieLab(c [3]float64) [3]float64 {
	x := (0.4124*c[0] + 0.3576*c[1] + 0.1805*c[2]) / 0.95047
	y := 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
	z := (0.0193*c[0] + 0.1192*c[1] + 0.9505*c[2]) / 1.08883
	f := func(t float64) float64 {
		if t > 0.008856 {
			return math.Cbrt(t)
		}
		return 7.787*t + 16.0/116
	}
	return [3]float64{116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))}
}

// ciede2000 is the CIEDE2000 colour difference of two CIELAB colours
// (Sharma, Wu & Dalal 2005; their test pairs give the same to 1e-4).
func ciede2000(p, q [3]float64) float64 {
	deg := math.Pi / 180
	c1, c2 := math.Hypot(p[1], p[2]), math.Hypot(q[1], q[2])
	cb := math.Pow((c1+c2)/2, 7)
	g := 0.5 * (1 - math.Sqrt(cb/(cb+math.Pow(25, 7))))
	a1, a2 := (1+g)*p[1], (1+g)*q[1]
	c1p, c2p := math.Hypot(a1, p[2]), math.Hypot(a2, q[2])
	hue := func(b, a float64) float64 {
		h := math.Atan2(b, a) / deg
		if h < 0 {
			h += 360
		}
		return h
	}
	h1, h2 := hue(p[2], a1), hue(q[2], a2)
	dh := h2 - h1
	switch {
	case c1p*c2p == 0:
		dh = 0
	case dh > 180:
		dh -= 360
	case dh < -180:
		dh += 360
	}
	dL, dC := q[0]-p[0], c2p-c1p
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*deg)
	lb, cbp := (p[0]+q[0])/2, (c1p+c2p)/2
	hb := h1 + h2
	switch {
	case c1p*c2p == 0:
	case math.Abs(h1-h2) <= 180:
		hb /= 2
	case h1+h2 < 360:
		hb = (hb + 360) / 2
	default:
		hb = (hb - 360) / 2
	}
	t := 1 - 0.17*math.Cos((hb-30)*deg) + 0.24*math.Cos(2*hb*deg) + 0.32*math.Cos((3*hb+6)*deg) - 0.20*math.Cos((4*hb-63)*deg)
	dth := 30 * math.Exp(-math.Pow((hb-275)/25, 2))
	rc := 2 * math.Sqrt(math.Pow(cbp, 7)/(math.Pow(cbp, 7)+math.Pow(25, 7)))
	sl := 1 + 0.015*(lb-50)*(lb-50)/math.Sqrt(20+(lb-50)*(lb-50))
	sc, sh := 1+0.045*cbp, 1+0.015*cbp*t
	rt := -math.Sin(2*dth*deg) * rc
	return math.Sqrt(math.Pow(dL/sl, 2) + math.Pow(dC/sc, 2) + math.Pow(dH/sh, 2) + rt*(dC/sc)*(dH/sh))
}

// TestCIEDE2000: pairs 1, 7 and 17 of Sharma, Wu & Dalal's (2005) test
// data, with their published differences.
func TestCIEDE2000(t *testing.T) {
	for _, c := range []struct {
		p, q [3]float64
		want float64
	}{
		{[3]float64{50, 2.6772, -79.7751}, [3]float64{50, 0, -82.7485}, 2.0425},
		{[3]float64{50, 0, 0}, [3]float64{50, -1, 2}, 2.3669},
		{[3]float64{50, 2.5, 0}, [3]float64{73, 25, -18}, 27.1492},
	} {
		if got := ciede2000(c.p, c.q); math.Abs(got-c.want) > 1e-4 {
			t.Errorf("ciede2000(%v, %v) = %.4f, want %.4f", c.p, c.q, got, c.want)
		}
	}
}

// TestPaletteColourBlind simulates deuteranopia and protanopia
// (cvdMatrices) on the colours whose difference carries meaning, and
// checks that each pair stays apart (CIEDE2000 at least the minimum
// given, which their normal-vision differences also meet). Before, the
// change map's stronger and weaker ties (RdYlGn's light green and
// orange) were 2.5 apart to a reader with deuteranopia, its gained and
// lost ties 9.6, and communities 2 and 6 of the maps (Set3's orange and
// green) 1.6.
func TestPaletteColourBlind(t *testing.T) {
	type pair struct {
		what string
		a, b string
		min  float64
	}
	pairs := []pair{
		{"silo and watch-list outlines", colSilo, colWatch, 12},
		{"ties across sectors and inside", colAcross, colInside, 20},
		{"bridges and ties inside sectors", colBridge, colInside, 20},
		{"bridges and ties across sectors", colBridge, colAcross, 20},
		{"change map: gained and lost ties", gainedColour, lostColour, 20},
		{"change map: stronger and weaker ties", strongerColour, weakerColour, 20},
		{"change map: gained and stronger ties", gainedColour, strongerColour, 15},
		{"change map: lost and weaker ties", lostColour, weakerColour, 15},
		{"change map: pale gained and lost ties", gainedPale, lostPale, 20},
	}
	// the colours of the first eight communities each apart from the
	// others (ten cannot all be, light enough for black labels)
	for i := 0; i < 8; i++ {
		for j := i + 1; j < 8; j++ {
			pairs = append(pairs, pair{"communities", palette[i], palette[j], 6})
		}
	}
	for _, p := range pairs {
		for name, m := range cvdMatrices {
			if d := ciede2000(cieLab(simulate(p.a, m)), cieLab(simulate(p.b, m))); d < p.min {
				t.Errorf("%s (%s, %s) are %.1f apart with %s, want at least %.0f", p.what, p.a, p.b, d, name, p.min)
			}
		}
		if d := ciede2000(cieLab(linearRGB(p.a)), cieLab(linearRGB(p.b))); d < p.min {
			t.Errorf("%s (%s, %s) are %.1f apart, want at least %.0f", p.what, p.a, p.b, d, p.min)
		}
	}
}

// TestCommunityMarksColourBlind draws the unit map and a layer map of
// 100 units in ten communities and checks that a reader with
// deuteranopia or protanopia tells every community from every other:
// their nodes differ in outline (solid or dashed), or their fills are at
// least 6 apart (CIEDE2000, colours simulated with Machado, Oliveira &
// Fernandes 2009 at severity 1, cvdMatrices), as they must be with
// normal vision too; and that the legend says what a dashed outline
// means when one is drawn. Before, communities 9 and 10 were filled
// with Set3's blue and pale yellow, the 9th 5.3 from the 3rd with
// deuteranopia and 4.3 from the 6th with protanopia, outlined as all.
func TestCommunityMarksColourBlind(t *testing.T) {
	r := analyze(t, clustered(100, 1))
	for i := range r.Nodes {
		r.Nodes[i].Community = i/10 + 1
	}
	node := regexp.MustCompile(`(?m)^\s*"(U\d+)" \[[^\n]*fillcolor="(#[0-9a-f]{6})"([^\n]*)\];$`)
	unitMap, err := UnitMapDOT(r, MapOptions{MaxNodes: -1})
	if err != nil {
		t.Fatal(err)
	}
	layerMap, err := LayerMapDOT(r, graph.Correspondence, MapOptions{MaxNodes: -1})
	if err != nil {
		t.Fatal(err)
	}
	for name, dot := range map[string][]byte{"unit map": unitMap, "layer map": layerMap} {
		type mark struct {
			fill   string
			dashed bool
		}
		marks := map[int]mark{}
		for _, m := range node.FindAllStringSubmatch(string(dot), -1) {
			var u int
			fmt.Sscanf(m[1], "U%d", &u)
			c := u/10 + 1
			k := mark{m[2], strings.Contains(m[3], "dashed")}
			if old, ok := marks[c]; ok && old != k {
				t.Fatalf("%s: community %d drawn as %v and %v", name, c, old, k)
			}
			marks[c] = k
		}
		if len(marks) != 10 {
			t.Fatalf("%s: %d communities drawn, want 10", name, len(marks))
		}
		dashed := false
		for a := 1; a <= 10; a++ {
			dashed = dashed || marks[a].dashed
			for b := a + 1; b <= 10; b++ {
				ma, mb := marks[a], marks[b]
				if ma.dashed != mb.dashed {
					continue
				}
				sims := map[string]func(string) [3]float64{"normal vision": linearRGB}
				for cvd, m := range cvdMatrices {
					sims[cvd] = func(hex string) [3]float64 { return simulate(hex, m) }
				}
				for sim, f := range sims {
					if d := ciede2000(cieLab(f(ma.fill)), cieLab(f(mb.fill))); d < 6 {
						t.Errorf("%s: communities %d and %d (%s, %s, both outlined alike) are %.1f apart with %s, want at least 6",
							name, a, b, ma.fill, mb.fill, d, sim)
					}
				}
			}
		}
		if legend := "garis tepi putus-putus: komunitas"; dashed && !strings.Contains(string(dot), legend) {
			t.Errorf("%s: dashed outlines drawn but the legend does not say what they mean (%q)", name, legend)
		}
	}
}

// TestSectorMarksColourBlind: on the comparison maps every two of the
// first 64 sectors differ in shape, or their colours are at least 6 apart
// (CIEDE2000) in normal vision and with deuteranopia and protanopia
// (Machado's simulation, as TestPaletteColourBlind). Sectors 9 and 10
// were circles in palette's 9th and 10th colours, 5.3 from the 3rd's
// circle (deuteranopia) and 4.3 from the 6th's (protanopia).
func TestSectorMarksColourBlind(t *testing.T) {
	n := distinctColours * len(markShapes)
	for a := 1; a <= n; a++ {
		fa, sa := sectorMark(a)
		for b := a + 1; b <= n; b++ {
			fb, sb := sectorMark(b)
			if sa != sb {
				continue
			}
			if d := ciede2000(cieLab(linearRGB(fa)), cieLab(linearRGB(fb))); d < 6 {
				t.Errorf("sectors %d and %d: both %s, colours %.1f apart, want at least 6", a, b, sa, d)
			}
			for name, m := range cvdMatrices {
				if d := ciede2000(cieLab(simulate(fa, m)), cieLab(simulate(fb, m))); d < 6 {
					t.Errorf("sectors %d and %d: both %s, colours %.1f apart with %s, want at least 6", a, b, sa, d, name)
				}
			}
		}
	}
}
