package viz

import (
	"bytes"
	"fmt"
	"regexp"
)

// svgOpenTag is the start tag of an SVG document's root element.
var svgOpenTag = regexp.MustCompile(`<svg\b[^>]*>`)

// PrintableSVG returns svg, a map drawn by Render as a file of its own
// (map.svg, sekat map), with a style that prints it on A4 as the report
// prints its maps: an @page rule of A4 with 10 mm margins, landscape or
// portrait as the drawing's smallest text prints the larger (the report's
// choice for its unit map with the key inside, printedLabelPtIn), and, in
// print only, the drawing shrunk to fit inside the margins (a smaller one
// keeps its size). Without it Chromium printed map.svg on US Letter, as
// its default paper, and cut a map wider than the page at its right edge.
// Not for an SVG put inside an HTML page: an @page rule there would set
// that page's paper. svg without an <svg> start tag is returned as is.
func PrintableSVG(svg []byte) []byte {
	loc := svgOpenTag.FindIndex(svg)
	if loc == nil {
		return svg
	}
	orient, w, h := "landscape", wideBoxW, 190*mmPt
	wide, okW := printedLabelPtIn(svg, wideBoxW, 190*mmPt)
	tall, okT := printedLabelPtIn(svg, tallBoxW, 277*mmPt)
	if okW && okT && tall > wide || !(okW && okT) && tallSVG(svg) {
		orient, w, h = "portrait", tallBoxW, 277*mmPt
	}
	style := fmt.Sprintf("\n<style>@page { size: A4 %s; margin: 10mm; } @media print { :root { max-width: %.0fmm; max-height: %.0fmm; } }</style>", orient, w/mmPt, h/mmPt)
	var b bytes.Buffer
	b.Grow(len(svg) + len(style))
	b.Write(svg[:loc[1]])
	b.WriteString(style)
	b.Write(svg[loc[1]:])
	return b.Bytes()
}
