package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/progress"
)

type generateOptions struct {
	Preset string
	Seed   uint64
	Scale  float64
	Out    string
	Format synth.Format
	Force  bool // write into a folder that is not empty
	Forums bool // plant a ceremonial and an active forum
	Lang   string
	// NoChange, Pilot and Reorg are the evaluators' plants (synth.Options).
	NoChange, Pilot, Reorg bool
	// MoveFacilitator moves one planted facilitator to another unit
	// during the year (synth.Options.MoveFacilitator).
	MoveFacilitator bool
	Progress        progress.Reporter
}

func generateCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "generate",
		Usage:       h("generate.usage"),
		Description: reflowHelp(h("generate.desc")),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "preset", Value: "kabupaten", Usage: h("generate.preset", strings.Join(synth.Presets(), ", "))},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: h("generate.seed")},
			&cli.Float64Flag{Name: "scale", Value: 1, Usage: h("generate.scale", scaleLimits(hl))},
			&cli.StringFlag{Name: "out", Value: "sekat-study", Usage: h("flag.out-dir"), Action: nonEmptyOut},
			&cli.StringFlag{Name: "format", Value: "", Usage: h("generate.format")},
			&cli.BoolFlag{Name: "gzip", Usage: h("generate.gzip")},
			&cli.BoolFlag{Name: "forums", Usage: h("generate.forums")},
			&cli.BoolFlag{Name: "force", Usage: h("flag.force")},
			&cli.BoolFlag{Name: "no-change", Usage: h("generate.no-change")},
			&cli.BoolFlag{Name: "pilot", Usage: h("generate.pilot")},
			&cli.BoolFlag{Name: "reorg", Usage: h("generate.reorg")},
			&cli.BoolFlag{Name: "move-facilitator", Usage: h("generate.move-facilitator")},
			langFlag(hl),
			quietFlag(hl),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef(msg(lang(c), "noArgs"), "generate")
			}
			o := generateOptions{Preset: c.String("preset"), Seed: c.Uint64("seed"), Scale: c.Float64("scale"), Out: c.String("out"),
				Force: c.Bool("force"), Forums: c.Bool("forums"), Lang: lang(c), NoChange: c.Bool("no-change"), Pilot: c.Bool("pilot"), Reorg: c.Bool("reorg"), MoveFacilitator: c.Bool("move-facilitator")}
			if !slices.Contains(synth.Presets(), o.Preset) {
				return usagef(msg(o.Lang, "badChoice"), "--preset", asTyped(typedValues(c), "preset", o.Preset), strings.Join(synth.Presets(), ", "))
			}
			if err := checkPositive(o.Lang, "--scale", o.Scale); err != nil {
				return err
			}
			f, err := parseSynthFormat(c.String("format"))
			if err != nil {
				return usagef(msg(o.Lang, "badFormat"), asTyped(typedValues(c), "format", c.String("format")), "csv, csv-semicolon, tsv, ndjson, parquet, parquet-strings")
			}
			f.Gzip = c.Bool("gzip")
			o.Format = f
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			return runGenerate(c.Context, o, ui.stdout)
		},
	}
}

func parseSynthFormat(s string) (synth.Format, error) {
	switch s {
	case "":
		return synth.Format{}, nil
	case "csv":
		return synth.Format{Kind: synth.KindCSV}, nil
	case "csv-semicolon":
		return synth.Format{Kind: synth.KindCSV, Delimiter: ';', BOM: true, CRLF: true}, nil
	case "tsv":
		return synth.Format{Kind: synth.KindTSV}, nil
	case "ndjson":
		return synth.Format{Kind: synth.KindNDJSON}, nil
	case "parquet":
		return synth.Format{Kind: synth.KindParquet}, nil
	case "parquet-strings":
		return synth.Format{Kind: synth.KindParquet, TimesAsStrings: true}, nil
	}
	return synth.Format{}, fmt.Errorf("--format %q: use csv, csv-semicolon, tsv, ndjson, parquet or parquet-strings", s)
}

// synthOptions are the generator's options for o.
func (o generateOptions) synthOptions() synth.Options {
	return synth.Options{Preset: o.Preset, Seed: o.Seed, Scale: o.Scale, Format: o.Format,
		NoChange: o.NoChange, Pilot: o.Pilot, Reorg: o.Reorg, Forums: o.Forums, MoveFacilitator: o.MoveFacilitator, Progress: o.Progress}
}

// scaleLimits lists the largest --scale of each preset (synth.MaxScale)
// for the help of --scale.
func scaleLimits(lang string) string {
	var b []string
	for _, p := range synth.Presets() {
		b = append(b, p+" "+scaleText(lang, synth.MaxScale(p)))
	}
	return strings.Join(b, ", ")
}

// scaleText writes a scale as lang writes decimals.
func scaleText(lang string, v float64) string {
	return i18n.Decimal(lang, strconv.FormatFloat(v, 'f', -1, 64))
}

// checkGenerate refuses, before anything is written, what the preset
// cannot generate (synth.Check) as bad usage that names the preset, the
// flag, and the presets that would take it.
func checkGenerate(o generateOptions) error {
	opt := o.synthOptions()
	err := synth.Check(opt)
	if err == nil {
		return nil
	}
	takers := func(takes func(preset string) bool) string {
		var ps []string
		for _, p := range synth.Presets() {
			if takes(p) {
				ps = append(ps, p)
			}
		}
		return strings.Join(ps, ", ")
	}
	// Where no preset takes it, the sentence says so in its own words
	// ("presets that accept ...: none" read as a list left empty).
	switch {
	case errors.Is(err, synth.ErrScale):
		most := scaleText(o.Lang, synth.MaxScale(o.Preset))
		if ps := takers(func(p string) bool { return o.Scale <= synth.MaxScale(p) }); ps != "" {
			return usagef(msg(o.Lang, "generate.scaleTooLarge"), scaleText(o.Lang, o.Scale), o.Preset, most, ps, most)
		}
		return usagef(msg(o.Lang, "generate.scaleTooLargeAll"), scaleText(o.Lang, o.Scale), o.Preset, most, most)
	case errors.Is(err, synth.ErrForumsTooFew):
		if ps := takers(func(p string) bool { q := opt; q.Preset, q.Scale = p, 0; return synth.Check(q) == nil }); ps != "" {
			return usagef(msg(o.Lang, "generate.forumsTooFew"), o.Preset, ps)
		}
		return usagef(msg(o.Lang, "generate.forumsTooFewAll"), o.Preset)
	}
	return err
}

func runGenerate(ctx context.Context, o generateOptions, stdout io.Writer) error {
	if err := checkGenerate(o); err != nil {
		return err
	}
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, names: generateNames(o), fresh: true, force: o.Force, forceFlag: true, study: true}, reads{}); err != nil {
		return err
	}
	if _, err := foreignIn(o.Out, generateNames(o)); err != nil {
		return err // --force replaces only files sekat wrote
	}
	_, statErr := os.Lstat(o.Out)
	made := errors.Is(statErr, fs.ErrNotExist)
	// synth writes its tables under temporary names of its own; a second
	// interrupt, which exits at once, removes them (see removeAllTemps).
	unregister := registerTempGlobs(o.Out, generateNames(o))
	defer unregister()
	if _, err := synth.GenerateContext(ctx, o.Out, o.synthOptions()); err != nil {
		if made {
			os.Remove(o.Out) // the folder this run made, if it is empty
		}
		if pe := new(fs.PathError); errors.As(err, &pe) {
			// "mkdir ro/studi: permission denied", in English alone
			return &outDirError{o.Out, err}
		}
		return err
	}
	if err := addOwned(o.Out, generateNames(o)); err != nil {
		return err
	}
	fmt.Fprintln(stdout, msg(o.Lang, "generated", o.Preset, o.Seed, o.Out))
	return nil
}
