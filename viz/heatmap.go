package viz

import (
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
)

// Mixing is the sector mixing matrix of the combined undirected graph.
//
// Weight[a][b] (a != b) is the weight of the ties between sector a and
// sector b; Weight[a][a] is the weight of the ties inside a, each counted
// once. Share[a][b] = Weight[a][b] / sum_c Weight[a][c], the share of
// sector a's tie weight that goes to sector b, so that the diagonal share
// is I/(I+E) = (1 - E-I)/2, the same "share that stays inside" that
// silos.csv gives in words. A sector without ties has a row of NaN.
type Mixing struct {
	Sectors []string
	Weight  [][]float64
	Share   [][]float64
}

// MixingMatrix computes the sector mixing matrix of r.
func MixingMatrix(r *metrics.Result) Mixing {
	k := len(r.Sectors)
	m := Mixing{Sectors: r.Sectors, Weight: make([][]float64, k), Share: make([][]float64, k)}
	for a := range m.Weight {
		m.Weight[a] = make([]float64, k)
		m.Share[a] = make([]float64, k)
	}
	if r.Net == nil {
		return m
	}
	si := sectorIndex(r)
	u := r.Undirected()
	for x := 0; x < u.N; x++ {
		adj, w := u.Neighbors(x)
		for i, y := range adj {
			a, b := si[x], si[y]
			if a >= k || b >= k {
				continue
			}
			if a == b {
				if int(y) > x {
					m.Weight[a][a] += w[i]
				}
				continue
			}
			m.Weight[a][b] += w[i] // seen once from each end: a->b and b->a
		}
	}
	for a := range m.Weight {
		tot := 0.0
		for _, x := range m.Weight[a] {
			tot += x
		}
		for b, x := range m.Weight[a] {
			if tot > 0 {
				m.Share[a][b] = x / tot
			} else {
				m.Share[a][b] = math.NaN()
			}
		}
	}
	return m
}

// esc returns s escaped as XML text or attribute value; invalid UTF-8
// becomes U+FFFD and control characters other than tab become spaces.
func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// cellColour is a white-to-dark-blue ramp for a share in [0,1].
func cellColour(x float64) string {
	if math.IsNaN(x) {
		return "#f4f4f4"
	}
	x = math.Max(0, math.Min(1, x))
	// From #ffffff to #08306b.
	c := func(from, to float64) int { return int(math.Round(from + (to-from)*x)) }
	return fmt.Sprintf("#%02x%02x%02x", c(255, 8), c(255, 48), c(255, 107))
}

// MixingHeatmapSVG draws the mixing matrix as an SVG heatmap: one row per
// sector ("from"), one column per sector ("to"), each cell shaded and
// labelled with the row's percent; silo sectors' diagonal cells are
// outlined in red and their names marked. A heavy diagonal is the picture
// of silos. Sector names are XML-escaped and clipped to 28 characters,
// with the full name in each cell's <title>. At person level the note
// under it carries PersonNotice. lang "en" is English, else Bahasa
// Indonesia.
func MixingHeatmapSVG(r *metrics.Result, lang string) []byte {
	t := texts(lang)
	m := MixingMatrix(r)
	silos := map[string]bool{}
	if r.Net != nil {
		silos = siloSectors(r)
	}
	k := len(m.Sectors)
	const cell, font = 34, 11
	// The picture is as wide as its widest text (estWidth: at least what
	// Arial needs), so a study of one or two sectors keeps its title and
	// note inside it: the row labels left of the grid, the column labels
	// (at 45°) above it and past its right edge, the bold title, and the
	// note wrapped to the width (at least noteMin wide).
	longest := estWidth("s1", font)
	for _, s := range m.Sectors {
		label := clip(s, 28)
		if silos[s] {
			label = "■ " + label
		}
		longest = max(longest, estWidth(label, font))
	}
	left := 16 + int(math.Ceil(longest))
	top := 40 + int(math.Ceil(longest*math.Sqrt2/2))
	width := left + k*cell + 20
	width = max(width, left+k*cell-cell/2+int(math.Ceil(longest*math.Sqrt2/2))+8)
	width = max(width, 16+int(math.Ceil(1.1*estWidth(t.HeatTitle, 14))))
	const noteSize, noteMin = 10, 260
	width = max(width, noteMin)
	note := t.HeatRow + " ↓ · " + t.HeatCol + " →. " + t.HeatNote
	if r.Net != nil {
		if n := PersonNotice(r.Net.Level, lang); n != "" {
			note += " " + n
		}
	}
	lines := wrapWidth(note, float64(width-16), noteSize)
	height := top + k*cell + 30 + 13*len(lines)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Helvetica,Arial,sans-serif" font-size="%d" role="img">`+"\n",
		width, height, width, height, font)
	fmt.Fprintf(&b, "<title>%s</title>\n", esc(t.HeatTitle))
	fmt.Fprintf(&b, `<text x="8" y="18" font-size="14" font-weight="bold">%s</text>`+"\n", esc(t.HeatTitle))
	for i, s := range m.Sectors {
		label := clip(s, 28)
		fill := "#202020"
		if silos[s] {
			label = "■ " + label
			fill = colSilo
		}
		y := top + i*cell + cell/2 + 4
		fmt.Fprintf(&b, `<text class="row" x="%d" y="%d" text-anchor="end" fill="%s"><title>%s</title>%s</text>`+"\n", left-6, y, fill, esc(s), esc(label))
		x := left + i*cell + cell/2
		fmt.Fprintf(&b, `<text class="col" x="%d" y="%d" transform="rotate(-45 %d %d)" fill="%s"><title>%s</title>%s</text>`+"\n", x, top-4, x, top-4, fill, esc(s), esc(label))
	}
	for a := 0; a < k; a++ {
		for c := 0; c < k; c++ {
			x, y := left+c*cell, top+a*cell
			v := m.Share[a][c]
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="#ffffff"><title>%s → %s: %s</title></rect>`+"\n",
				x, y, cell, cell, cellColour(v), esc(m.Sectors[a]), esc(m.Sectors[c]), esc(percent(v, 1, lang)))
			if !math.IsNaN(v) && v >= 0.005 {
				tc := "#202020"
				if v > 0.45 {
					tc = "#ffffff"
				}
				fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle" fill="%s" pointer-events="none">%s</text>`+"\n", x+cell/2, y+cell/2+4, tc, percent(v, 0, lang))
			}
		}
		if silos[m.Sectors[a]] {
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="%s" stroke-width="3"/>`+"\n",
				left+a*cell+1, top+a*cell+1, cell-2, cell-2, colSilo)
		}
	}
	for i, line := range lines {
		fmt.Fprintf(&b, `<text x="8" y="%d" fill="#505050" font-size="10">%s</text>`+"\n", top+k*cell+20+i*13, esc(line))
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

// percent formats a share as a percent with d decimals ("" for NaN), with
// the decimal comma in Bahasa Indonesia.
func percent(x float64, d int, lang string) string {
	if math.IsNaN(x) {
		return "–"
	}
	return i18n.Decimal(lang, strconv.FormatFloat(100*x, 'f', d, 64))
}

// estWidth estimates the width of s in Arial (or Helvetica) at size,
// never less than Arial's own: wide capitals and m, w count 0.83 em,
// other capitals 0.72 em, narrow letters and punctuation 0.33 em, arrows
// and dashes 1 em, and everything else 0.56 em (Arial's digits).
func estWidth(s string, size float64) float64 {
	em := 0.0
	for _, r := range s {
		switch {
		case strings.ContainsRune("MWmw@%", r):
			em += 0.83
		case r >= 'A' && r <= 'Z':
			em += 0.72
		case strings.ContainsRune("iljtfr.,:;'|!()[] -/\\·", r):
			em += 0.34
		case strings.ContainsRune("→←↓↑—■", r):
			em += 1
		default:
			em += 0.56
		}
	}
	return em * size
}

// wrapWidth breaks s into lines at spaces, each at most width wide at
// size (estWidth); a word wider than that stays whole.
func wrapWidth(s string, width, size float64) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && estWidth(line+" "+w, size) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
