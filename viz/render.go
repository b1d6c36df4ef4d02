package viz

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"sync"

	graphviz "github.com/goccy/go-graphviz"

	"github.com/sekat-ona/sekat/viz/internal/wasmcache"
)

// go-graphviz compiled Graphviz in its init, with TMPDIR pointing at the
// private cache folder that wasmcache's init chose (see that package): give
// TMPDIR back its value for the rest of the process.
func init() { wasmcache.Restore() }

// Formats Render writes.
const (
	FormatSVG = "svg"
	FormatPNG = "png"
	FormatDOT = "dot"
)

// Engines Render lays out with. The maps ask for dot: it is fast and its
// output depends only on the DOT. fdp (force-directed, also fast) gives
// rounder pictures, but in go-graphviz v0.2.10 its coordinates can differ
// in the last digit depending on what the process laid out before, so
// outputs made with it are not byte-identical run to run.
const (
	EngineFDP = "fdp"
	EngineDot = "dot"
	// EngineCirco places nodes on circles; the sector overview asks for it
	// (a dozen nodes: fast, and deterministic, it draws no random numbers).
	EngineCirco = "circo"
)

// ErrFormat is returned for an output format or engine Render does not
// offer.
var ErrFormat = errors.New("viz: unsupported format")

// go-graphviz runs one WebAssembly instance per process; its calls are
// serialised here, and the context is made once and kept.
var (
	gvMu  sync.Mutex
	gvCtx *graphviz.Graphviz
	gvErr error
)

func gv() (*graphviz.Graphviz, error) {
	if gvCtx == nil && gvErr == nil {
		gvCtx, gvErr = graphviz.New(context.Background())
		if gvErr != nil {
			gvErr = fmt.Errorf("viz: graphviz: %w", gvErr)
		}
	}
	return gvCtx, gvErr
}

// Render lays out dot with engine ("dot" or "fdp"; "" keeps the graph's
// own layout attribute when it is dot, fdp or circo) and returns it as
// format: "svg", "png", or "dot" (the DOT source itself, unchanged).
// A graph without a layout attribute is laid out with dot; a map whose
// DOT marks its ties (tiesMark, tiesRankMark) is laid out, then its ties
// are drawn between the places found, clear of nodes and labels
// (layoutThenTies, bowTies).
// Graphviz runs in-process (WebAssembly); calls are serialised, so Render
// is safe for concurrent use but not parallel.
//
// PNG is painted by sekat from Graphviz's own drawing operations (see
// paintPNG), with the Go fonts: go-graphviz's raster renderer fills
// shapes but never strokes, so it lost edges, outlines and sector boxes.
func Render(dot []byte, format, engine string) ([]byte, error) {
	switch format {
	case FormatDOT:
		return append([]byte(nil), dot...), nil
	case FormatSVG, FormatPNG:
	default:
		return nil, fmt.Errorf("%w %q: use svg, png or dot", ErrFormat, format)
	}
	if engine != "" && engine != EngineFDP && engine != EngineDot {
		return nil, fmt.Errorf("%w: engine %q: use dot or fdp (sfdp and neato take minutes in the WebAssembly build)", ErrFormat, engine)
	}
	gvMu.Lock()
	defer gvMu.Unlock()
	g, err := gv()
	if err != nil {
		return nil, err
	}
	var widths map[string][2]string // set: the nodes placed, the ties to draw (layoutThenTies)
	if engine == "" || engine == EngineDot {
		laid, w, ok, err := layoutThenTies(g, dot)
		if err != nil {
			return nil, err
		}
		if ok {
			dot, widths = laid, w
		}
	}
	gr, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("viz: graphviz cannot read the DOT: %w", err)
	}
	if gr == nil {
		return nil, errors.New("viz: graphviz cannot read the DOT")
	}
	defer gr.Close()
	if engine == "" {
		engine = gr.GetStr("layout")
	}
	if engine != EngineFDP && engine != EngineCirco {
		engine = EngineDot
	}
	var laid map[string][2]string // the sizes the layout gave
	if widths != nil {
		engine = "nop2" // the places dot gave, the ties drawn between them
		laid = map[string][2]string{}
		for n, _ := gr.FirstNode(); n != nil; n, _ = gr.NextNode(n) {
			name, err := n.Name()
			if err != nil {
				return nil, fmt.Errorf("viz: graphviz: %w", err)
			}
			laid[name] = [2]string{n.GetStr("width"), n.GetStr("height")}
			// as given, also when not given (""): a circle given a width
			// only is drawn at that width, and given a height too at the
			// larger of the two (Graphviz's userSize)
			if wh, ok := widths[name]; ok {
				if err := n.SafeSet("width", wh[0], ""); err != nil {
					return nil, fmt.Errorf("viz: graphviz: %w", err)
				}
				if err := n.SafeSet("height", wh[1], ""); err != nil {
					return nil, fmt.Errorf("viz: graphviz: %w", err)
				}
			}
		}
	}
	if widths != nil {
		if err := bowTies(gr, widths, laid, digraph.Match(dot)); err != nil {
			return nil, err
		}
	}
	// The graph's layout attribute wins over the engine Graphviz is
	// called with, so set both.
	if err := gr.SafeSet("layout", engine, ""); err != nil {
		return nil, fmt.Errorf("viz: graphviz: %w", err)
	}
	g.SetLayout(graphviz.Layout(engine))
	out := format
	if format == FormatPNG {
		out = "json" // Graphviz's drawing operations, painted by paintPNG
	}
	var buf bytes.Buffer
	if err := g.Render(context.Background(), gr, graphviz.Format(out), &buf); err != nil {
		return nil, fmt.Errorf("viz: graphviz %s %s: %w", engine, format, err)
	}
	if format == FormatPNG {
		return paintPNG(buf.Bytes())
	}
	return liftLabels(buf.Bytes()), nil
}

// digraph matches the head of a directed graph's DOT.
var digraph = regexp.MustCompile(`^\s*(?:strict\s+)?digraph\b`)

// tiesMark is the comment line before the ties of a map laid out on an
// invisible grid (mapGraph.write): Render places the nodes without the
// ties below it, then draws them (see layoutThenTies).
const tiesMark = "  // ties: drawn after the nodes are placed\n"

// tiesRankMark is the comment line after the ties of a boxed map without
// a grid (a few sectors of at most five units, side by side), or of the
// sector overview: dot (circo) places the nodes by the ties above it, as
// it always did, and Render then draws
// every tie again between the places found, as after tiesMark, so that a
// tie keeps clear of the nodes and labels it would run through
// (bowTies).
const tiesRankMark = "  // ties above: they rank the nodes, then are drawn between the places found\n"

// layoutThenTies lays out dot without the ties below tiesMark (with the
// ties above tiesRankMark: they rank the nodes, and Render draws them
// again), and
// returns the laid-out graph (Graphviz's own DOT, with every node's pos and
// every box's bb) with the ties added, for the nop2 engine, which keeps
// those places and draws the ties as lines between them. dot routes every
// tie through the ranks it crosses, and on the provinsi preset's letters
// layer the ties' route points pushed one sector's box 5,500 points to the
// right of the others: the map was 6,758 points wide where its boxes need
// 1,232, and shrunk to a strip (TestMapTiesDoNotWiden). widths are the
// nodes' width and height as dot was given them ("" when not given):
// Graphviz writes a node of fixedsize=shape back as wide as its label, and
// nop2 would draw it so (every circle sized by its name, not by its
// measure), so Render sets them back. ok is false when dot has no mark.
func layoutThenTies(g *graphviz.Graphviz, dot []byte) (laid []byte, widths map[string][2]string, ok bool, err error) {
	mark := tiesMark
	i := bytes.Index(dot, []byte(mark))
	if i < 0 {
		mark = tiesRankMark
		if i = bytes.Index(dot, []byte(mark)); i < 0 {
			return nil, nil, false, nil
		}
	}
	ties := dot[i+len(mark):]
	end := bytes.LastIndexByte(ties, '}')
	if end < 0 {
		return nil, nil, false, errors.New("viz: a map's DOT ends without }")
	}
	skeleton := append(append([]byte(nil), dot[:i]...), "}\n"...)
	gr, err := graphviz.ParseBytes(skeleton)
	if err != nil || gr == nil {
		return nil, nil, false, fmt.Errorf("viz: graphviz cannot read the DOT: %v", err)
	}
	defer gr.Close()
	widths = map[string][2]string{}
	for n, _ := gr.FirstNode(); n != nil; n, _ = gr.NextNode(n) {
		name, err := n.Name()
		if err != nil {
			return nil, nil, false, fmt.Errorf("viz: graphviz: %w", err)
		}
		widths[name] = [2]string{n.GetStr("width"), n.GetStr("height")}
	}
	layout := EngineDot
	if gr.GetStr("layout") == EngineCirco {
		layout = EngineCirco
	}
	g.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := g.Render(context.Background(), gr, graphviz.Format("dot"), &buf); err != nil {
		return nil, nil, false, fmt.Errorf("viz: graphviz dot: %w", err)
	}
	out := buf.Bytes()
	close := bytes.LastIndexByte(out, '}')
	if close < 0 {
		return nil, nil, false, errors.New("viz: graphviz wrote a graph without }")
	}
	laid = append(append(append([]byte(nil), out[:close]...), ties[:end]...), "}\n"...)
	return laid, widths, true, nil
}

// graphTitle is a node's, edge's or cluster's <title> as Graphviz writes
// it (its DOT id: "s0", "s0&#45;&#45;s3") followed by the link that
// carries the tooltip set in the DOT.
var graphTitle = regexp.MustCompile(`<title>[^<]*</title>(\s*<g id="a_[^"]*"><a xlink:title="([^"]*)">)`)

// ReadableTitles gives each node, edge and cluster of an SVG map the
// <title> of its tooltip: a browser shows the nearest <title>, which
// Graphviz fills with the DOT id ("s0--s3" on the sector map), and not
// the link's xlink:title with the sector names. The attribute's escapes
// (&#10;, &quot;) are valid as text too. Only for maps whose DOT ids mean
// nothing to a reader (the sector overview): the unit maps' titles are
// the unit ids, which tests and tools read.
func ReadableTitles(svg []byte) []byte {
	return graphTitle.ReplaceAll(svg, []byte("<title>$2</title>$1"))
}
