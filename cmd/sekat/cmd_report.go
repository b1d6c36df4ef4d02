package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/coord"
	"github.com/sekat-ona/sekat/people"
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
		Description: reflowHelp(h("report.desc")),
		Flags: append(studyFlags(hl),
			append(analysisFlags(h),
				&cli.StringFlag{Name: "size-by", Value: viz.DefaultSizeBy, Usage: h("report.size-by", strings.Join(viz.SizeMetrics, ", "))})...),
		Action: func(c *cli.Context) error {
			ao, err := analyzeOptionsFrom(c)
			if err != nil {
				return err
			}
			o := reportOptions{analyzeOptions: ao, SizeBy: c.String("size-by")}
			level := ""
			if c.IsSet("level") {
				level = o.Level
			}
			if err := checkOutDirFlags(c, o.Lang, o.Study, level); err != nil {
				return err
			}
			if !validSizeBy(o.SizeBy) {
				return usagef(msg(o.Lang, "badSizeBy"), asTyped(typedValues(c), "size-by", o.SizeBy), strings.Join(viz.SizeMetrics, ", "))
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
	carried := carriedFiles(o.Study, o.Out)
	if len(carried) > 0 && isOutDir(o.Out) && !sameBytes(filepath.Join(o.Study, result.SummaryFile), filepath.Join(o.Out, result.SummaryFile)) {
		// the carried tables would replace another analysis's (the same
		// command run again finds its own copy, and goes on)
		return usagef(msg(o.Lang, "reportOutOtherResult"), o.Out, o.Study)
	}
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, main: "report.html", names: append(slices.Clone(visualNames), carried...)}, readsOf(o.analyzeOptions)); err != nil {
		return err
	}
	if !isOutDir(o.Study) {
		if err := preparePrivacy(&o.studyOptions, o.Out, nil, stderr); err != nil {
			return err
		}
		if o.Level == "person" {
			notePurpose(stderr, o.studyOptions)
		}
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
	for _, name := range carried {
		src := filepath.Join(o.Study, name)
		if err := out.write(name, func(w *bufio.Writer) error {
			f, err := os.Open(src)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = io.Copy(w, f)
			return err
		}); err != nil {
			return err
		}
	}
	// A unit-level folder written with --reveal is read back only with
	// --reveal and --purpose, and its rejects.csv and warnings show values
	// that may name a person: this reading's purpose is recorded beside
	// the report, as the folder's audit.json keeps the first one's.
	if res.mr.Net.Level == graph.PersonLevel || res.revealed || res.readBack && revealedFolder(o.Study) {
		if res.mr.Net.Level == graph.PersonLevel && isOutDir(o.Study) { // a study's run said it before the work
			notePurpose(stderr, o.studyOptions)
		}
		name := filepath.Base(auditPathBeside("report.html"))
		a := auditWith("report", o.studyOptions, res.meta.Study, res.meta.From, res.meta.To, res.withheld, visualNames)
		if fa := folderAudit(o.Study); fa != nil && !o.key.Valid() {
			a.KeyID, a.KeySource, a.Pseudonyms = fa.KeyID, fa.KeySource, fa.Pseudonyms
		}
		if err := out.write(name, func(w *bufio.Writer) error { return a.Write(w) }); err != nil {
			return err
		}
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

// sameBytes reports whether files a and b can both be read and hold the
// same bytes.
func sameBytes(a, b string) bool {
	x, err := os.ReadFile(a)
	if err != nil {
		return false
	}
	y, err := os.ReadFile(b)
	return err == nil && bytes.Equal(x, y)
}

// carriedFiles are the files of the output folder study that report,
// reading it back into another folder out, copies there, so that a later
// report of out reads back the same result and briefing (without
// briefing.json it lost the forums and datasets): summary.json, the
// tables, briefing.json, and rejects.csv and audit.json when study has
// them. None when study is no output folder or out is study itself.
func carriedFiles(study, out string) []string {
	if !isOutDir(study) {
		return nil
	}
	if a, err := os.Stat(study); err == nil {
		if b, err := os.Stat(out); err == nil && os.SameFile(a, b) {
			return nil
		}
	}
	var names []string
	for _, n := range append(outDirTables(), people.AuditFile) {
		if strings.HasSuffix(n, ".parquet") {
			continue // result.Read reads the CSV tables
		}
		if fi, err := os.Stat(filepath.Join(study, n)); err == nil && fi.Mode().IsRegular() {
			names = append(names, n)
		}
	}
	return names
}

// reportWrote is the line that says where the report is.
func reportWrote(lang, path string) string { return msg(lang, "reportWrote", path) }

// windowDates is the window as the report shows it: the dates people
// read, with the inclusive last day ("1 Juli – 31 Desember 2025"), of two
// RFC 3339 bounds in the study's zone, the end exclusive; an end taken
// from the data (asIs false: neither summary.json's window.to_given nor
// its window.to_timed) as i18n.WindowEnd shows it, whole days for dates
// without a time. Bounds that do not parse are shown as given.
func windowDates(from, to string, asIs bool, lang string) string {
	f, err1 := time.Parse(time.RFC3339, from)
	t, err2 := time.Parse(time.RFC3339, to)
	if err1 != nil || err2 != nil {
		return msg(lang, "windowDates", from, to)
	}
	return i18n.WindowRange(lang, f, t, asIs)
}

// writeVisuals adds map.dot, map.svg and report.html to out. runAnalyze
// calls it before out.commit, so the report is written by default.
func writeVisuals(out *outSet, res *analysis, lang, sizeBy string) error {
	mr, m := res.mr, res.meta
	mo := viz.MapOptions{Study: m.Study, Window: m.Window, SizeBy: sizeBy, Lang: lang, Units: mapUnits(res)}
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
	}{{"map.dot", dot}, {"map.svg", viz.PrintableSVG(svg)}} {
		b := f.b
		if err := out.write(f.name, func(w *bufio.Writer) error { _, err := w.Write(b); return err }); err != nil {
			return err
		}
	}
	data := viz.ReportData{Result: mr, Lang: lang, Study: m.Study, Window: m.Window, Version: Version,
		Seed: m.Seed, Resolution: m.Resolution, Rejected: m.Rejected, Map: mo, MapSVG: svg,
		Inputs: m.Inputs, Warnings: m.Warnings, AnalysisWarnings: m.AnalysisWarnings, Circulars: m.Circulars, CircularUnits: m.CircularUnits, PeopleInactive: m.PeopleInactive,
		MeetingsLarge: m.MeetingsLarge, MaxMeetingSize: m.MaxMeetingSize,
		KeepInactive: m.KeepInactive, Brief: briefing(res), CommandLine: res.brief.commandLine, Commit: buildCommit(),
		TimeZone: m.TimeZone, WindowFrom: m.WindowFrom, WindowTo: m.WindowTo, WindowToGiven: m.WindowToGiven, WindowToTimed: m.WindowToTimed}
	if !res.readBack {
		if err := out.write(briefFile, func(w *bufio.Writer) error { return writeFindings(w, res.brief) }); err != nil {
			return err
		}
	}
	return out.write("report.html", func(w *bufio.Writer) error { return viz.WriteReport(w, data) })
}

// mapUnits are the units whose short names a person-level map writes on
// its unit nodes (viz.MapOptions.Units): the briefing's, which
// briefing.json keeps, so that report and map of the output folder draw
// what analyze drew; a withheld unit among them is people.Hidden. Nil at
// unit level, whose nodes are the units and carry their short names.
func mapUnits(res *analysis) []graph.Node {
	if f := res.brief.found; f != nil && res.mr.Net.Level == graph.PersonLevel {
		return f.Units
	}
	return nil
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
// letters, digits and -_./:=,@+; without --out and its folder, which
// changes where the outputs go but not what they say (so two runs into
// two folders write the same report). The values of --key-file and --ego
// are written as FILE and ID, as audit.json leaves them out: a path or an
// id can name a person, and the key's place is no business of the
// folder's readers (audit.json has the key's ID).
func commandLine(c *cli.Context) string {
	args, _ := c.App.Metadata[argsKey].([]string)
	if len(args) == 0 {
		return ""
	}
	parts := []string{"sekat"}
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		switch {
		case a == "--out" || a == "-out":
			i++ // the value too
			continue
		case strings.HasPrefix(a, "--out=") || strings.HasPrefix(a, "-out="):
			continue
		}
		if name, placeholder, ok := hiddenValue(a); ok {
			if strings.Contains(a, "=") {
				parts = append(parts, name+"="+placeholder)
			} else {
				parts = append(parts, name, placeholder)
				i++
			}
			continue
		}
		parts = append(parts, shellQuote(a))
	}
	return strings.Join(parts, " ")
}

// hiddenValue reports whether argument a is --key-file or --ego (with
// one dash or two, with or without =value), and the flag and placeholder
// commandLine writes for it.
func hiddenValue(a string) (name, placeholder string, ok bool) {
	flag, _, _ := strings.Cut(a, "=")
	placeholder, ok = hiddenFlagValues[strings.TrimLeft(flag, "-")]
	if !ok || !strings.HasPrefix(flag, "-") {
		return "", "", false
	}
	return flag, placeholder, true
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

// briefFile is the file that keeps the briefing's findings from the
// study's events beside the tables, so that a report drawn from the
// output folder says what analyze's report says.
const briefFile = "briefing.json"

// briefInput is what the briefing adds to the result: the findings made
// from the study's events (nil when there are none: a folder written
// before briefing.json existed, or a study past maxEvents), and the
// command line.
type briefInput struct {
	found       *findings
	commandLine string
}

// findings are the coordination findings of the window's events.
type findings struct {
	Units    []graph.Node
	Forums   []coord.Forum
	Datasets []coord.DatasetFriction
	Options  coord.Options
}

// newAnalysis is the analysis of a loaded study for the maps and the
// report.
func newAnalysis(l *loaded, o analyzeOptions, mr *metrics.Result, s *result.Summary) *analysis {
	// drawn from the numbers the output folder holds, as report and map
	// of that folder draw them (result.AsWritten); both callers are done
	// with mr's exact edge weights (the tables are written, or s made),
	// so the edges are rounded where they lie, not copied
	a := &analysis{mr: result.AsWrittenEdgesInPlace(mr), meta: metaOf(s, o.Lang), brief: briefInput{commandLine: o.CommandLine}, withheld: l.withheld,
		revealed: o.Reveal && warnsPersonal(l)}
	if ev := l.events; ev != nil && !ev.Overflow {
		f := &findings{Units: l.res.Directory.Units, Options: coord.Options{End: effectiveWindow(l).To}}
		f.Forums = coord.Forums(ev, f.Options)
		f.Datasets = coord.Datasets(ev, f.Units)
		if w := l.withheld; w != nil {
			// At person level the briefing names no withheld sector or
			// unit: no refused dataset to or from one, no forum it
			// organises.
			hs, hu := setOf(w.Sectors), setOf(w.Units)
			f.Datasets = slices.DeleteFunc(f.Datasets, func(d coord.DatasetFriction) bool {
				if hs[d.ProviderSector] || hs[d.ConsumerSector] {
					return true
				}
				return slices.ContainsFunc(d.TopRefusers, func(u int32) bool { return hu[f.Units[u].ID] })
			})
			f.Forums = slices.DeleteFunc(f.Forums, func(fo coord.Forum) bool {
				return fo.Organizer >= 0 && int(fo.Organizer) < len(f.Units) && (hu[f.Units[fo.Organizer].ID] || hs[f.Units[fo.Organizer].Sector])
			})

			// and the units it writes (briefing.json) show a withheld
			// one as people.Hidden
			units := slices.Clone(f.Units)
			for i := range units {
				if u := &units[i]; hu[u.ID] || hs[u.Sector] {
					*u = graph.Node{ID: people.Hidden, Sector: people.Hidden, Unit: people.Hidden, Kind: u.Kind, UnitKind: u.UnitKind}
				}
			}
			f.Units = units
		}
		a.brief.found = f
	}
	return a
}

// setOf is the set of the strings of list.
func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[s] = true
	}
	return m
}

// briefing makes the briefing's findings and recommendations of res.
func briefing(res *analysis) viz.Briefing {
	var b viz.Briefing
	if f := res.brief.found; f != nil {
		b = viz.Briefing{HasEvents: true, Units: f.Units, Forums: f.Forums, Datasets: f.Datasets, Options: f.Options}
	} else if res.mr.Net.Level == graph.UnitLevel {
		b.Units = res.mr.Net.Nodes
	}
	b.Carriers = slices.DeleteFunc(coord.Carriers(res.mr.Net, b.Options), func(c coord.Carrier) bool {
		// a pair with the withheld sectors, shown as people.Hidden, or
		// carried by a withheld unit (its office node is *1, *2, ...)
		return c.SectorA == people.Hidden || c.SectorB == people.Hidden || strings.HasPrefix(c.Unit, people.Hidden)
	})
	b.Recs = recommend.Make(recommend.Input{Result: res.mr, Units: b.Units, Forums: b.Forums, Datasets: b.Datasets, Carriers: b.Carriers})
	return b
}

// The layout of briefing.json.
type (
	briefJSON struct {
		// CommandLine is the command of the run that read the study
		// (commandLine), which a report drawn from the folder shows.
		CommandLine string `json:"command_line"`
		// Events says the findings below were made (false: the study
		// was past maxEvents).
		Events    bool         `json:"events"`
		WindowEnd int64        `json:"window_end"`
		Units     []briefUnit  `json:"units"`
		Forums    []briefForum `json:"forums"`
		Datasets  []briefSet   `json:"datasets"`
	}
	briefUnit struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		// ShortName is the unit's units.short_name, which the briefing
		// writes for a long name (viz.Briefing); absent when it has none,
		// and in a file written before it was kept.
		ShortName string `json:"short_name,omitempty"`
		Sector    string `json:"sector"`
		Kind      string `json:"kind"`
	}
	briefForum struct {
		Organizer  int32   `json:"organizer"`
		Title      string  `json:"title"`
		Meetings   int     `json:"meetings"`
		Judged     int     `json:"judged"`
		Units      []int32 `json:"units"`
		Pairs      int64   `json:"pairs"`
		FollowedUp int64   `json:"followed_up"`
		// RateLow and RateHigh are the follow-up rate's 95% interval
		// (null without pairs), written for readers of the file; a
		// report drawn from the folder judges the forum again from
		// the counts.
		RateLow  *float64 `json:"rate_low"`
		RateHigh *float64 `json:"rate_high"`
		Verdict  string   `json:"verdict"`
	}
	briefSet struct {
		Dataset        string  `json:"dataset"`
		ProviderSector string  `json:"provider_sector"`
		ConsumerSector string  `json:"consumer_sector"`
		Requests       int64   `json:"requests"`
		Denied         int64   `json:"denied"`
		Refuser        int32   `json:"refuser"`
		RefuserDenied  int64   `json:"refuser_denied"`
		Refusers       int     `json:"refusers"`
		TopRefusers    []int32 `json:"top_refusers"`
	}
)

// writeFindings writes b as briefing.json.
func writeFindings(w io.Writer, b briefInput) error {
	j := briefJSON{CommandLine: b.commandLine, Units: []briefUnit{}, Forums: []briefForum{}, Datasets: []briefSet{}}
	f := b.found
	if f == nil {
		f = &findings{}
	} else {
		j.Events, j.WindowEnd = true, f.Options.End
	}
	for _, u := range f.Units {
		j.Units = append(j.Units, briefUnit{ID: u.ID, Name: u.Name, ShortName: u.ShortName, Sector: u.Sector, Kind: u.Kind.String()})
	}
	finite := func(x float64) *float64 {
		if math.IsNaN(x) {
			return nil
		}
		return &x
	}
	for _, x := range f.Forums {
		j.Forums = append(j.Forums, briefForum{Organizer: x.Organizer, Title: x.Title, Meetings: x.Meetings, Judged: x.Judged,
			Units: x.Units, Pairs: x.Pairs, FollowedUp: x.FollowedUp, RateLow: finite(x.Low), RateHigh: finite(x.High), Verdict: string(x.Verdict)})
	}
	for _, d := range f.Datasets {
		j.Datasets = append(j.Datasets, briefSet(d))
	}
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	return e.Encode(j)
}

// readFindings reads briefing.json of an output folder; the zero value
// when the folder has none.
func readFindings(dir string) (briefInput, error) {
	b, err := os.ReadFile(filepath.Join(dir, briefFile))
	if errors.Is(err, fs.ErrNotExist) {
		return briefInput{}, nil
	}
	if err != nil {
		return briefInput{}, err
	}
	var j briefJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return briefInput{}, fmt.Errorf("%s: %w; run sekat analyze again", briefFile, err)
	}
	if !j.Events {
		return briefInput{commandLine: j.CommandLine}, nil
	}
	f := &findings{Options: coord.Options{End: j.WindowEnd}}
	for _, u := range j.Units {
		k, _ := graph.ParseUnitKind(u.Kind)
		f.Units = append(f.Units, graph.Node{ID: u.ID, Name: u.Name, ShortName: u.ShortName, Sector: u.Sector, Kind: k, UnitKind: k})
	}
	for _, x := range j.Forums {
		fr := coord.Forum{Organizer: x.Organizer, Title: x.Title, Meetings: x.Meetings, Judged: x.Judged, Units: x.Units,
			Pairs: x.Pairs, FollowedUp: x.FollowedUp}
		// judged again from the counts, as analyze judged them: a file
		// written before the verdict rested on the interval says
		// "ceremonial" for 0 of 3 instances, which would still ask the
		// Sekda to merge or stop the forum
		coord.Judge(&fr, f.Options)
		f.Forums = append(f.Forums, fr)
	}
	for _, d := range j.Datasets {
		f.Datasets = append(f.Datasets, coord.DatasetFriction(d))
	}
	return briefInput{found: f, commandLine: j.CommandLine}, nil
}
