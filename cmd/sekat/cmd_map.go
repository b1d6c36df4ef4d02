package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
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
	Force                                    bool // replace File (and its audit record) when it exists
	// Sectors draws the sector overview (viz.SectorOverviewDOT) instead of
	// the unit map.
	Sectors bool
	// EngineSet is true when --engine was given.
	EngineSet bool
}

func mapCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "map",
		Usage:       h("map.usage"),
		ArgsUsage:   h("map.args"),
		Description: reflowHelp(h("map.desc")),
		Flags: append(studyFlags(hl),
			&cli.StringFlag{Name: "format", Value: "svg", Usage: h("map.format")},
			&cli.StringFlag{Name: "engine", Value: "dot", Usage: h("map.engine")},
			&cli.StringFlag{Name: "layer", Usage: h("map.layer")},
			&cli.StringFlag{Name: "ego", Usage: h("map.ego")},
			&cli.BoolFlag{Name: "sectors", Usage: h("map.sectors")},
			&cli.StringFlag{Name: "size-by", Value: viz.DefaultSizeBy, Usage: h("map.size-by", strings.Join(viz.SizeMetrics, ", "))},
			&cli.IntFlag{Name: "max-ties", Value: viz.DefaultMaxTiesPerNode, Usage: h("map.max-ties")},
			&cli.IntFlag{Name: "max-nodes", Usage: h("map.max-nodes", viz.DefaultEgoMaxNodes), DefaultText: strconv.Itoa(viz.DefaultMaxNodes)},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: h("map.seed")},
			&cli.StringFlag{Name: "out", Usage: h("map.out"), Action: nonEmptyOut},
			&cli.BoolFlag{Name: "force", Usage: h("flag.forceFile")},
		),
		Action: func(c *cli.Context) error {
			so, err := studyOptionsFrom(c)
			if err != nil {
				return err
			}
			o := mapOptions{analyzeOptions: analyzeOptions{studyOptions: so, Seed: c.Uint64("seed"), Resolution: 1},
				Format: c.String("format"), Engine: c.String("engine"), Layer: c.String("layer"), Ego: c.String("ego"),
				SizeBy: c.String("size-by"), File: c.String("out"), MaxTies: c.Int("max-ties"), MaxNodes: c.Int("max-nodes"),
				Sectors: c.Bool("sectors"), EngineSet: c.IsSet("engine"), Force: c.Bool("force")}
			if err := checkInt(so.Lang, "--max-ties", o.MaxTies, -1); err != nil {
				return err
			}
			if o.Sectors && !c.IsSet("max-ties") {
				// the sector overview's own default, as the report draws it
				// (the flag's default is the unit map's)
				o.MaxTies = 0
			}
			if err := checkInt(so.Lang, "--max-nodes", o.MaxNodes, -1); err != nil {
				return err
			}
			if err := formatOfOut(&o.Format, c.IsSet("format"), o.File, map[string][]string{".svg": {viz.FormatSVG},
				".png": {viz.FormatPNG}, ".dot": {viz.FormatDOT}, ".gv": {viz.FormatDOT}}, typedValues(c), so.Lang); err != nil {
				return err
			}
			if o.Format != viz.FormatSVG && o.Format != viz.FormatPNG && o.Format != viz.FormatDOT {
				return usagef(msg(so.Lang, "badFormat"), asTyped(typedValues(c), "format", o.Format), "svg, png, dot")
			}
			if o.Engine != viz.EngineFDP && o.Engine != viz.EngineDot {
				return usagef(msg(so.Lang, "badEngine"), asTyped(typedValues(c), "engine", o.Engine))
			}
			if !validSizeBy(o.SizeBy) {
				return usagef(msg(so.Lang, "badSizeBy"), asTyped(typedValues(c), "size-by", o.SizeBy), strings.Join(viz.SizeMetrics, ", "))
			}
			if (o.Layer != "" && o.Ego != "") || (o.Sectors && (o.Layer != "" || o.Ego != "")) {
				return usagef("%s", msg(so.Lang, "layerAndEgo"))
			}
			if o.Layer != "" {
				if _, ok := parseLayer(o.Layer); !ok {
					return usagef(msg(so.Lang, "badLayer"), asTyped(typedValues(c), "layer", o.Layer))
				}
			}
			if o.Ego != "" {
				o.Level = "person"
			}
			level := ""
			if c.IsSet("level") || o.Ego != "" {
				level = o.Level
			}
			if err := checkOutDirFlags(c, so.Lang, o.Study, level); err != nil {
				return err
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
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.File, file: true, main: "map." + o.Format}, readsOf(o.analyzeOptions)); err != nil {
		return err
	}
	if err := refuseExisting(o.Lang, o.Force, o.File, auditPathBeside(o.File)); err != nil {
		return err
	}
	if !isOutDir(o.Study) {
		if err := preparePrivacy(&o.studyOptions, "", []string{o.File, auditPathBeside(o.File)}, stderr); err != nil {
			return err
		}
		if o.Level == "person" {
			notePurpose(stderr, o.studyOptions)
		}
	}
	ao := o.analyzeOptions
	ao.networkOnly = true
	res, err := obtainResult(ctx, ao)
	if err != nil {
		return err
	}
	mr := res.mr
	asked := o.Ego
	if _, ok := mr.Net.NodeIndex(o.Ego); !ok && o.Ego != "" && mr.Net.Level == graph.PersonLevel {
		// a NIP as the people table may write it, with spaces: the
		// network names a person without them (graph.CanonicalID)
		o.Ego = graph.CanonicalID(o.Ego)
	}
	if o.Ego != "" && o.pseudonymous() && o.key.Valid() {
		// A person named by id is drawn under their pseudonym.
		if _, ok := mr.Net.NodeIndex(o.Ego); !ok {
			o.Ego = o.key.Pseudonym(o.Ego)
		}
	}
	mo := viz.MapOptions{Study: res.meta.Study, Window: res.meta.Window, SizeBy: o.SizeBy, Lang: o.Lang,
		MaxTiesPerNode: o.MaxTies, MaxNodes: o.MaxNodes, Units: mapUnits(res)}
	var dot []byte
	switch {
	case o.Sectors:
		dot, err = viz.SectorOverviewDOT(mr, mo)
	case o.Ego != "":
		if _, ok := mr.Net.NodeIndex(o.Ego); !ok && mr.Net.Level == graph.PersonLevel {
			// the id as the user wrote it, not the pseudonym it was
			// looked up under
			// bad usage: the id given is at fault, not the run
			return &usageError{msg: msg(o.Lang, "map.egoUnknown", asked), err: fmt.Errorf("viz: person %q is not in the network", asked)}
		}
		dot, err = viz.EgoMapDOT(mr, o.Ego, mo)
	case o.Layer != "":
		ly, _ := parseLayer(o.Layer)
		dot, err = viz.LayerMapDOT(mr, ly, mo)
		if !slices.ContainsFunc(mr.Net.Edges, func(e graph.Edge) bool { return e.Layers[ly] > 0 }) {
			// drawn as asked, but said: an empty map is no finding
			fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "map.emptyLayer", o.Layer)))
		}
	default:
		dot, err = viz.UnitMapDOT(mr, mo)
	}
	if err != nil {
		return err
	}
	o.Progress.Report(progress.Event{Stage: progress.Step, Name: "map"})
	engine := o.Engine
	if o.Sectors && !o.EngineSet {
		engine = "" // the overview's own layout (circo)
	}
	b, err := viz.Render(dot, o.Format, engine)
	if err != nil {
		return err
	}
	if o.Sectors && o.Format == viz.FormatSVG {
		b = viz.ReadableTitles(b) // as the report's overview: sector names, not s0--s3
	}
	if o.Format == viz.FormatSVG {
		b = viz.PrintableSVG(b) // a file of its own: A4, as the report prints
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeFileAtomic(o.File, func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
		return err
	}
	if mr.Net.Level == graph.PersonLevel {
		if isOutDir(o.Study) { // a study's run said it before the work
			notePurpose(stderr, o.studyOptions)
		}
		a := auditWith("map", o.studyOptions, res.meta.Study, res.meta.From, res.meta.To, res.withheld, []string{filepath.Base(o.File)})
		if err := writeAuditFile(auditPathBeside(o.File), a); err != nil {
			return err
		}
	}
	fmt.Fprintln(stdout, msg(o.Lang, "mapWrote", o.File))
	return nil
}
