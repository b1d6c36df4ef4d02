package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/viz"
)

type reportOptions struct {
	analyzeOptions
	SizeBy string
}

func reportCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "report",
		Usage:       h("report.usage"),
		ArgsUsage:   h("report.args"),
		Description: h("report.desc"),
		Flags: append(studyFlags(hl),
			append(analysisFlags(h),
				&cli.StringFlag{Name: "size-by", Value: viz.DefaultSizeBy, Usage: h("report.size-by", strings.Join(viz.SizeMetrics, ", "))})...),
		Action: func(c *cli.Context) error {
			ao, err := analyzeOptionsFrom(c)
			if err != nil {
				return err
			}
			o := reportOptions{analyzeOptions: ao, SizeBy: c.String("size-by")}
			if !validSizeBy(o.SizeBy) {
				return usagef(msg(o.Lang, "badSizeBy"), o.SizeBy, strings.Join(viz.SizeMetrics, ", "))
			}
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			return runReport(c.Context, o, ui.stdout, ui.stderr)
		},
	}
}

func validSizeBy(s string) bool {
	for _, m := range viz.SizeMetrics {
		if m == s {
			return true
		}
	}
	return false
}

// runReport reads and analyses the study and writes report.html, map.svg
// and map.dot into o.Out.
func runReport(ctx context.Context, o reportOptions, stdout, stderr io.Writer) error {
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, names: visualNames}, readsOf(o.analyzeOptions)); err != nil {
		return err
	}
	out, err := newOutSet(o.Out)
	if err != nil {
		return err
	}
	defer out.abort()
	res, err := obtainResult(ctx, o.analyzeOptions)
	if err != nil {
		return err
	}
	o.Progress.Report(progress.Event{Stage: progress.Step, Name: "map"})
	if err := writeVisuals(out, res, o.Lang, o.SizeBy); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := out.commit(); err != nil {
		return err
	}
	fmt.Fprintln(stdout, reportWrote(o.Lang, filepath.Join(o.Out, "report.html")))
	return nil
}

// reportWrote is the line that says where the report is.
func reportWrote(lang, path string) string { return msg(lang, "reportWrote", path) }

// windowDates is the window as the report shows it: the dates of two
// RFC 3339 bounds in the study's zone, "s.d." (or "to") between them.
func windowDates(from, to, lang string) string {
	if len(from) >= 10 {
		from = from[:10]
	}
	if len(to) >= 10 {
		to = to[:10]
	}
	return msg(lang, "windowDates", from, to)
}

// writeVisuals adds map.dot, map.svg and report.html to out. runAnalyze
// calls it before out.commit, so the report is written by default.
func writeVisuals(out *outSet, res *analysis, lang, sizeBy string) error {
	mr, m := res.mr, res.meta
	mo := viz.MapOptions{Study: m.Study, Window: m.Window, SizeBy: sizeBy, Lang: lang}
	dot, err := viz.UnitMapDOT(mr, mo)
	if err != nil {
		return err
	}
	svg, err := viz.Render(dot, viz.FormatSVG, "")
	if err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		b    []byte
	}{{"map.dot", dot}, {"map.svg", svg}} {
		b := f.b
		if err := out.write(f.name, func(w *bufio.Writer) error { _, err := w.Write(b); return err }); err != nil {
			return err
		}
	}
	data := viz.ReportData{Result: mr, Lang: lang, Study: m.Study, Window: m.Window, Version: Version,
		Seed: m.Seed, Resolution: m.Resolution, Rejected: m.Rejected, Map: mo, MapSVG: svg,
		Inputs: m.Inputs, Circulars: m.Circulars, CircularUnits: m.CircularUnits, PeopleInactive: m.PeopleInactive,
		KeepInactive: m.KeepInactive}
	return out.write("report.html", func(w *bufio.Writer) error { return viz.WriteReport(w, data) })
}
