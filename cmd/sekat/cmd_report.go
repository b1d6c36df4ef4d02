package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/recommend"
	"github.com/sekat-ona/sekat/result"
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

// windowDates is the window as the report shows it: the dates people
// read, with the inclusive last day ("1 Juli – 31 Desember 2025"), of two
// RFC 3339 bounds in the study's zone, the end exclusive. Bounds that do
// not parse are shown as given.
func windowDates(from, to, lang string) string {
	f, err1 := time.Parse(time.RFC3339, from)
	t, err2 := time.Parse(time.RFC3339, to)
	if err1 != nil || err2 != nil {
		return msg(lang, "windowDates", from, to)
	}
	return i18n.DateRange(lang, f, t)
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
		KeepInactive: m.KeepInactive, Brief: briefing(res), CommandLine: res.brief.commandLine, Commit: buildCommit(),
		TimeZone: m.TimeZone, WindowFrom: m.WindowFrom, WindowTo: m.WindowTo}
	return out.write("report.html", func(w *bufio.Writer) error { return viz.WriteReport(w, data) })
}

// maxEvents bounds each list of the event log kept for the briefing
// (contacts, requests, meetings): about 16 bytes a contact, so 5,000,000
// keep it under 100 MB. A study past it (the nasional preset) gets a
// briefing without forums and datasets, which says so.
const maxEvents = 5_000_000

// argsKey is the key of the command line in the app's Metadata.
const argsKey = "args"

// commandLine is the command line of c's run as a shell would take it
// back: "sekat" and each argument, quoted when it holds anything but
// letters, digits and -_./:=,@+.
func commandLine(c *cli.Context) string {
	args, _ := c.App.Metadata[argsKey].([]string)
	if len(args) == 0 {
		return ""
	}
	parts := []string{"sekat"}
	for _, a := range args[1:] {
		parts = append(parts, shellQuote(a))
	}
	return strings.Join(parts, " ")
}

func shellQuote(s string) string {
	if s == "" {
		return "''"
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:=,@+", r)) {
			return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
		}
	}
	return s
}

// buildCommit is the VCS revision sekat was built from, with "-dirty"
// for a modified tree ("" when the build did not record it, as in tests).
func buildCommit() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if rev == "" {
		return ""
	}
	return rev + dirty
}

// briefInput is what a study read from its files adds to the briefing:
// the window's events, the units they index, the window's end, the
// command line.
type briefInput struct {
	events      *graph.EventLog
	units       []graph.Node
	end         int64
	commandLine string
}

// newAnalysis is the analysis of a loaded study for the maps and the
// report.
func newAnalysis(l *loaded, o analyzeOptions, mr *metrics.Result, s *result.Summary) *analysis {
	return &analysis{mr: mr, meta: metaOf(s, o.Lang), brief: briefInput{events: l.events,
		units: l.res.Directory.Units, end: effectiveWindow(l).To, commandLine: o.CommandLine}}
}

// briefing makes the briefing's findings and recommendations of res.
func briefing(res *analysis) viz.Briefing {
	b := viz.Briefing{Options: coord.Options{End: res.brief.end}}
	b.Carriers = coord.Carriers(res.mr.Net, b.Options)
	if ev := res.brief.events; ev != nil && !ev.Overflow {
		b.HasEvents, b.Units = true, res.brief.units
		b.Forums = coord.Forums(ev, b.Options)
		b.Datasets = coord.Datasets(ev, b.Units)
	} else if res.mr.Net.Level == graph.UnitLevel {
		b.Units = res.mr.Net.Nodes
	}
	b.Recs = recommend.Make(recommend.Input{Result: res.mr, Units: b.Units, Forums: b.Forums, Datasets: b.Datasets, Carriers: b.Carriers})
	return b
}
