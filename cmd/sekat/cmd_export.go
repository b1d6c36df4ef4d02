package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/result"
)

type exportOptions struct {
	studyOptions
	Format string
	Out    string // "" or "-": stdout
}

var exportFormats = []string{"csv", "graphml", "gexf", "dot"}

func exportCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "export",
		Usage:       h("export.usage"),
		ArgsUsage:   h("export.args"),
		Description: h("export.desc"),
		Flags: append(studyFlags(hl),
			&cli.StringFlag{Name: "format", Value: "csv", Usage: h("export.format")},
			&cli.StringFlag{Name: "out", Usage: h("export.out")},
		),
		Action: func(c *cli.Context) error {
			so, err := studyOptionsFrom(c)
			if err != nil {
				return err
			}
			o := exportOptions{studyOptions: so, Format: c.String("format"), Out: c.String("out")}
			ok := false
			for _, f := range exportFormats {
				ok = ok || f == o.Format
			}
			if !ok {
				return usagef(msg(o.Lang, "badFormat"), o.Format, strings.Join(exportFormats, ", "))
			}
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			return runExport(c.Context, o, ui.stdout, ui.stderr)
		},
	}
}

func runExport(ctx context.Context, o exportOptions, stdout, stderr io.Writer) error {
	if o.Out != "" && o.Out != "-" {
		if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, file: true}, studyReads(o.studyOptions)); err != nil {
			return err
		}
	}
	l, err := loadStudy(ctx, o.studyOptions, io.Discard)
	if err != nil {
		return err
	}
	if n := l.res.Rejected(); n > 0 {
		fmt.Fprintln(stderr, msg(o.Lang, "rejected", n, rejectedWhere(l), "`sekat validate`"))
	}
	if n := l.res.Partial(); n > 0 {
		fmt.Fprintln(stderr, msg(o.Lang, "partialRows", n, "`sekat validate`"))
	}
	from, to := displayWindow(l)
	desc := fmt.Sprintf("sekat %s: %s, %s level, %s to %s", Version, l.res.Study.Name, l.net.Level, from, to)
	write := func(w io.Writer) error {
		switch o.Format {
		case "graphml":
			return graph.WriteGraphML(w, l.net)
		case "gexf":
			return graph.WriteGEXF(w, l.net, desc)
		case "dot":
			return graph.WriteDOT(w, l.net, l.res.Study.Name)
		default:
			bw := bufio.NewWriter(w)
			if err := result.Edges.WriteCSV(bw, result.EdgesOf(l.net)); err != nil {
				return err
			}
			return bw.Flush()
		}
	}
	if o.Out == "" || o.Out == "-" {
		return write(stdout)
	}
	if err := writeFileAtomic(o.Out, func(w io.Writer) error {
		if err := write(w); err != nil {
			return err
		}
		return ctx.Err() // an interrupted export keeps the old file
	}); err != nil {
		return err
	}
	fmt.Fprintln(stderr, msg(o.Lang, "exported", o.Format, o.Out))
	return nil
}

// writeFileAtomic writes path through a temporary file in its folder and
// renames it into place only when fill succeeded.
func writeFileAtomic(path string, fill func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Close()
		removeTemp(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		removeTemp(f.Name())
		return err
	}
	temps.Lock()
	defer temps.Unlock()
	return renameTemp(f.Name(), path)
}
