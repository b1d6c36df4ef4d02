package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/viz"
)

type mapOptions struct {
	analyzeOptions
	Format, Engine, Layer, Ego, SizeBy, File string
	MaxTies, MaxNodes                        int
}

func mapCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "map",
		Usage:       h("map.usage"),
		ArgsUsage:   h("map.args"),
		Description: h("map.desc"),
		Flags: append(studyFlags(hl),
			&cli.StringFlag{Name: "format", Value: "svg", Usage: h("map.format")},
			&cli.StringFlag{Name: "engine", Value: "dot", Usage: h("map.engine")},
			&cli.StringFlag{Name: "layer", Usage: h("map.layer")},
			&cli.StringFlag{Name: "ego", Usage: h("map.ego")},
			&cli.StringFlag{Name: "size-by", Value: viz.DefaultSizeBy, Usage: h("map.size-by", strings.Join(viz.SizeMetrics, ", "))},
			&cli.IntFlag{Name: "max-ties", Value: viz.DefaultMaxTiesPerNode, Usage: h("map.max-ties")},
			&cli.IntFlag{Name: "max-nodes", Usage: h("map.max-nodes", viz.DefaultEgoMaxNodes), DefaultText: strconv.Itoa(viz.DefaultMaxNodes)},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: h("map.seed")},
			&cli.StringFlag{Name: "out", Usage: h("map.out")},
		),
		Action: func(c *cli.Context) error {
			so, err := studyOptionsFrom(c)
			if err != nil {
				return err
			}
			o := mapOptions{analyzeOptions: analyzeOptions{studyOptions: so, Seed: c.Uint64("seed"), Resolution: 1},
				Format: c.String("format"), Engine: c.String("engine"), Layer: c.String("layer"), Ego: c.String("ego"),
				SizeBy: c.String("size-by"), File: c.String("out"), MaxTies: c.Int("max-ties"), MaxNodes: c.Int("max-nodes")}
			if err := checkInt(so.Lang, "--max-ties", o.MaxTies, -1); err != nil {
				return err
			}
			if err := checkInt(so.Lang, "--max-nodes", o.MaxNodes, -1); err != nil {
				return err
			}
			if o.Format != viz.FormatSVG && o.Format != viz.FormatPNG && o.Format != viz.FormatDOT {
				return usagef(msg(so.Lang, "badFormat"), o.Format, "svg, png, dot")
			}
			if o.Engine != viz.EngineFDP && o.Engine != viz.EngineDot {
				return usagef(msg(so.Lang, "badEngine"), o.Engine)
			}
			if !validSizeBy(o.SizeBy) {
				return usagef(msg(so.Lang, "badSizeBy"), o.SizeBy, strings.Join(viz.SizeMetrics, ", "))
			}
			if o.Layer != "" && o.Ego != "" {
				return usagef("%s", msg(so.Lang, "layerAndEgo"))
			}
			if o.Layer != "" {
				if _, ok := parseLayer(o.Layer); !ok {
					return usagef(msg(so.Lang, "badLayer"), o.Layer)
				}
			}
			if o.Ego != "" {
				o.Level = "person"
			}
			if o.File == "" {
				o.File = "map." + o.Format
			}
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			return runMap(c.Context, o, ui.stdout, ui.stderr)
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
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.File, file: true}, readsOf(o.analyzeOptions)); err != nil {
		return err
	}
	res, err := obtainResult(ctx, o.analyzeOptions)
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
	o.Progress.Report(progress.Event{Stage: progress.Step, Name: "map"})
	b, err := viz.Render(dot, o.Format, o.Engine)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeFileAtomic(o.File, func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
		return err
	}
	fmt.Fprintln(stdout, msg(o.Lang, "mapWrote", o.File))
	return nil
}
