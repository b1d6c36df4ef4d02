package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/viz"
)

type mapOptions struct {
	analyzeOptions
	Format, Engine, Layer, Ego, SizeBy, File string
	MaxTies, MaxNodes                        int
}

func mapCommand() *cli.Command {
	return &cli.Command{
		Name:      "map",
		Usage:     "draw the network as a Graphviz map (SVG, PNG or DOT)",
		ArgsUsage: "STUDY|OUTDIR",
		Description: `Analyses STUDY (or reads back OUTDIR, a folder written by ` + "`sekat analyze`" + `) and draws the unit map: units boxed by sector (silos in thick red),
coloured by community, sized by betweenness (--size-by), ties on a log scale, cross-sector
ties in blue, bridges in red. --layer draws one layer; --ego PERSON draws a person and
their two-step neighbourhood (person level). Large networks keep each node's strongest
ties (--max-ties) and at most --max-nodes nodes; the map says what was left out.

Examples:
   sekat map studi                       # map.svg
   sekat map studi --format dot --out peta.dot
   sekat map studi --layer data_denied --out ditolak.svg
   sekat map studi --ego P-0042 --out ego.svg`,
		Flags: append(studyFlags(),
			&cli.StringFlag{Name: "format", Value: "svg", Usage: "svg, png or dot"},
			&cli.StringFlag{Name: "engine", Value: "dot", Usage: "layout engine: dot (byte-stable) or fdp (force-directed)"},
			&cli.StringFlag{Name: "layer", Usage: "draw one layer: correspondence, meetings, data_sharing, data_denied"},
			&cli.StringFlag{Name: "ego", Usage: "draw the two-step neighbourhood of this person_id (implies --level person)"},
			&cli.StringFlag{Name: "size-by", Value: viz.DefaultSizeBy, Usage: "metric that sizes the nodes: " + strings.Join(viz.SizeMetrics, ", ")},
			&cli.IntFlag{Name: "max-ties", Value: viz.DefaultMaxTiesPerNode, Usage: "strongest ties kept per node (-1: all; 0: the default 3)"},
			&cli.IntFlag{Name: "max-nodes", Usage: "most nodes drawn (default 600, 150 for --ego; -1: all)"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of every random choice"},
			&cli.StringFlag{Name: "out", Usage: "output file (default map.FORMAT)"},
		),
		Action: func(c *cli.Context) error {
			so, err := studyOptionsFrom(c)
			if err != nil {
				return err
			}
			o := mapOptions{analyzeOptions: analyzeOptions{studyOptions: so, Seed: c.Uint64("seed"), Resolution: 1, Permutations: 1000},
				Format: c.String("format"), Engine: c.String("engine"), Layer: c.String("layer"), Ego: c.String("ego"),
				SizeBy: c.String("size-by"), File: c.String("out"), MaxTies: c.Int("max-ties"), MaxNodes: c.Int("max-nodes")}
			if o.Format != viz.FormatSVG && o.Format != viz.FormatPNG && o.Format != viz.FormatDOT {
				return usagef(msg(so.Lang, "badFormat"), o.Format, "svg, png, dot")
			}
			if o.Engine != viz.EngineFDP && o.Engine != viz.EngineDot {
				return usagef("--engine %q: use fdp or dot", o.Engine)
			}
			if !validSizeBy(o.SizeBy) {
				return usagef("--size-by %q: choose one of %s", o.SizeBy, strings.Join(viz.SizeMetrics, ", "))
			}
			if o.Layer != "" && o.Ego != "" {
				return usagef("--layer and --ego cannot be used together")
			}
			if o.Layer != "" {
				if _, ok := parseLayer(o.Layer); !ok {
					return usagef("--layer %q: use correspondence, meetings, data_sharing or data_denied", o.Layer)
				}
			}
			if o.Ego != "" {
				o.Level = "person"
			}
			if o.File == "" {
				o.File = "map." + o.Format
			}
			return runMap(c.Context, o, c.App.Writer, c.App.ErrWriter)
		},
	}
}

func parseLayer(s string) (graph.Layer, bool) {
	for l := graph.Layer(0); l < graph.NumLayers; l++ {
		if l.String() == s {
			return l, true
		}
	}
	return 0, false
}

// runMap analyses the study and writes the map to o.File.
func runMap(ctx context.Context, o mapOptions, stdout, stderr io.Writer) error {
	res, err := obtainResult(o.analyzeOptions)
	if err != nil {
		return err
	}
	mr := res.mr
	mo := viz.MapOptions{Study: res.meta.Study, Window: res.meta.Window, SizeBy: o.SizeBy, Lang: o.Lang,
		MaxTiesPerNode: o.MaxTies, MaxNodes: o.MaxNodes}
	var dot []byte
	switch {
	case o.Ego != "":
		dot, err = viz.EgoMapDOT(mr, o.Ego, mo)
	case o.Layer != "":
		ly, _ := parseLayer(o.Layer)
		dot, err = viz.LayerMapDOT(mr, ly, mo)
	default:
		dot, err = viz.UnitMapDOT(mr, mo)
	}
	if err != nil {
		return err
	}
	b, err := viz.Render(dot, o.Format, o.Engine)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(o.File, func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
		return err
	}
	if o.Lang == "en" {
		fmt.Fprintf(stdout, "map written to %s\n", o.File)
	} else {
		fmt.Fprintf(stdout, "peta ditulis ke %s\n", o.File)
	}
	return nil
}
