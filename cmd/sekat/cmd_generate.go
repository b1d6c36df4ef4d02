package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/ingest/synth"
)

type generateOptions struct {
	Preset string
	Seed   uint64
	Scale  float64
	Out    string
	Format synth.Format
	Lang   string
}

func generateCommand() *cli.Command {
	return &cli.Command{
		Name:  "generate",
		Usage: "write a synthetic study with planted silos and facilitators",
		Description: `Presets: kabupaten (about 40 OPDs, 3,000 staff, a year of logs; the default),
provinsi (about 400 units, for benchmarks), nasional (10M+ letters, Parquet, streamed),
hostile (kabupaten with unit names full of quotes, markup and formulas, to test escaping).
truth.json beside the tables says what was planted: the silos of each half year, the
mid-year change, the facilitators, the staff who moved.

Examples:
   sekat generate --out studi
   sekat generate --preset kabupaten --seed 7 --format parquet --out studi-parquet
   sekat generate --preset nasional --scale 0.1 --out nasional`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "preset", Value: "kabupaten", Usage: "one of " + strings.Join(synth.Presets(), ", ")},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed (same seed, same files)"},
			&cli.Float64Flag{Name: "scale", Value: 1, Usage: "multiply staff and event counts"},
			&cli.StringFlag{Name: "out", Value: "sekat-study", Usage: "output folder"},
			&cli.StringFlag{Name: "format", Value: "", Usage: "csv, csv-semicolon (Excel Indonesia: ; with BOM and CRLF), tsv, ndjson, parquet, parquet-strings (default csv; parquet for nasional)"},
			&cli.BoolFlag{Name: "gzip", Usage: "gzip every table"},
			langFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("generate takes no arguments; use --out DIR")
			}
			o := generateOptions{Preset: c.String("preset"), Seed: c.Uint64("seed"), Scale: c.Float64("scale"), Out: c.String("out"), Lang: lang(c)}
			f, err := parseSynthFormat(c.String("format"))
			if err != nil {
				return usagef("%v", err)
			}
			f.Gzip = c.Bool("gzip")
			o.Format = f
			return runGenerate(c.Context, o, c.App.Writer)
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

func runGenerate(ctx context.Context, o generateOptions, stdout io.Writer) error {
	if _, err := synth.Generate(o.Out, synth.Options{Preset: o.Preset, Seed: o.Seed, Scale: o.Scale, Format: o.Format}); err != nil {
		return err
	}
	fmt.Fprintln(stdout, msg(o.Lang, "generated", o.Preset, o.Seed, o.Out))
	return nil
}
