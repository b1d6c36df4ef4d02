package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

type analyzeOptions struct {
	studyOptions
	Out          string
	Seed         uint64
	Resolution   float64
	Permutations int
	Exact        bool
	Parquet      bool // also write .parquet twins of the tables
	// LeidenIterations caps Leiden's iterations; 0 means until stable.
	LeidenIterations int
	// CommandLine is the command as typed, for the report's method page
	// ("" when a test calls run* directly).
	CommandLine string
	// networkOnly says the output shows the network and nothing of an
	// output folder's rejects.csv or warnings (sekat map): a unit-level
	// folder written with --reveal, whose revealed values are only
	// there, is then read without --reveal.
	networkOnly bool
}

// analysisFlags are the flags of analyze and report that set the output
// folder and the analysis: seed, resolution, permutations, Leiden
// iterations.
func analysisFlags(h func(string, ...any) string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "out", Value: "sekat-out", Usage: h("flag.out-dir"), Action: nonEmptyOut},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: h("flag.seed")},
		&cli.Float64Flag{Name: "resolution", Value: 1, Usage: h("flag.resolution")},
		&cli.IntFlag{Name: "permutations", Value: 0, Usage: h("flag.permutations"), DefaultText: "0"},
		&cli.IntFlag{Name: "leiden-iterations", Value: 0, Usage: h("flag.leiden-iterations"), DefaultText: "0"},
	}
}

// analyzeOptionsFrom reads and checks the study flags and analysisFlags.
func analyzeOptionsFrom(c *cli.Context) (analyzeOptions, error) {
	so, err := studyOptionsFrom(c)
	if err != nil {
		return analyzeOptions{}, err
	}
	o := analyzeOptions{studyOptions: so, Out: c.String("out"), Seed: c.Uint64("seed"),
		Resolution: c.Float64("resolution"), Permutations: c.Int("permutations"),
		LeidenIterations: c.Int("leiden-iterations"), CommandLine: commandLine(c)}
	switch {
	case math.IsInf(o.Resolution, 1):
		return o, checkPositive(o.Lang, "--resolution", o.Resolution)
	case !(o.Resolution > 0):
		return o, usagef(msg(o.Lang, "badResolution"), o.Resolution)
	case o.Permutations < 0:
		return o, usagef(msg(o.Lang, "badPermutations"), o.Permutations)
	case o.LeidenIterations < 0:
		return o, usagef(msg(o.Lang, "badLeidenIterations"), o.LeidenIterations)
	}
	return o, nil
}

func analyzeCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "analyze",
		Usage:       h("analyze.usage"),
		ArgsUsage:   h("analyze.args"),
		Description: reflowHelp(h("analyze.desc")),
		Flags: append(studyFlags(hl),
			append(analysisFlags(h),
				&cli.StringFlag{Name: "format", Value: "csv", Usage: h("analyze.format")},
				&cli.BoolFlag{Name: "exact", Usage: h("analyze.exact")},
				&cli.StringFlag{Name: "pairs", Usage: h("analyze.pairs")})...),
		Action: func(c *cli.Context) error {
			o, err := analyzeOptionsFrom(c)
			if err != nil {
				return err
			}
			o.Exact = c.Bool("exact")
			o.Pairs = c.String("pairs")
			switch c.String("format") {
			case "csv":
			case "csv,parquet", "parquet,csv", "parquet":
				o.Parquet = true
			default:
				return usagef(msg(o.Lang, "badFormat"), asTyped(typedValues(c), "format", c.String("format")), "csv, csv,parquet")
			}
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			return runAnalyze(c.Context, o, ui.stdout, ui.stderr)
		},
	}
}

// runAnalyze reads the study and writes the outputs into o.Out. When ctx is
// done it stops with ctx.Err(), and o.Out keeps the files it had.
func runAnalyze(ctx context.Context, o analyzeOptions, stdout, stderr io.Writer) error {
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, main: "report.html"}, studyReads(o.studyOptions)); err != nil {
		return err
	}
	if _, err := foreignIn(o.Out, append(analyzeNames(), "rejects.csv")); err != nil {
		return err // a user's file of an output's name: said before the analysis
	}
	if err := preparePrivacy(&o.studyOptions, o.Out, nil, stderr); err != nil {
		return err
	}
	if o.Level == "person" {
		notePurpose(stderr, o.studyOptions)
	}
	if o.Level != "person" && o.Reveal {
		fmt.Fprintln(stderr, msg(o.Lang, "revealRejects"))
	}
	out, l, err := loadIntoOut(ctx, "analyze", o.studyOptions, o.Out, analyzeNames())
	if err != nil {
		return err
	}
	defer out.abort()
	mr, err := analyzeNetwork(ctx, l, o)
	if err != nil {
		return err
	}
	st := studyResult(l, o, mr)
	if err := writeResult(out, st, o.Parquet); err != nil {
		return err
	}
	o.Progress.Report(progress.Event{Stage: progress.Step, Name: "map"})
	if err := writeVisuals(out, newAnalysis(l, o, mr, &st.Summary), o.Lang, viz.DefaultSizeBy); err != nil {
		return err
	}
	rejected, partial := l.res.Rejected(), l.res.Partial()
	if rejected == 0 && partial == 0 || o.Pairs != "" { // with --pairs the engine's rejects are counted, not listed
		out.drop("rejects.csv")
	}
	if err := writeAnalyzeAudit(out, o, l); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil { // the last moment the old outputs can be kept
		return err
	}
	if err := out.commit(); err != nil {
		return err
	}
	warnAnalysis(stderr, l, mr, o.Lang) // as report, map and export of a study say them
	win := shownWindow(l)
	loc := l.res.Study.Loc
	units, people := groupDigits(int64(len(l.res.Directory.Units)), o.Lang), groupDigits(int64(len(l.res.Directory.People)), o.Lang)
	// the arcs of positive weight: a pair that only refused data, or
	// only met under layer_weights {meetings: 0}, is a row of edges.csv
	// but no tie ("879 directed ties" beside a network of 327 undirected
	// ties, 396 of the rows of weight 0)
	var arcs int64
	for i := range l.net.Edges {
		if l.net.Edges[i].Weight > 0 {
			arcs++
		}
	}
	ties, span := groupDigits(arcs, o.Lang), i18n.DateRange(o.Lang, time.Unix(win.From, 0).In(loc), time.Unix(win.To, 0).In(loc))
	if pc := l.net.People; l.net.Level == graph.PersonLevel {
		// the people of the network, not only those listed: on a day's
		// window "54 people" stood beside a network of 8
		fmt.Fprintln(stderr, msg(o.Lang, "summaryLinePerson", units, people, groupDigits(int64(pc.InWindow-pc.Inactive), o.Lang), ties, span))
	} else {
		fmt.Fprintln(stderr, msg(o.Lang, "summaryLine", units, people, ties, span))
	}
	if rejected > 0 {
		fmt.Fprintln(stderr, rejectedLine(o.studyOptions, l, rejected, filepath.Join(o.Out, "rejects.csv")))
	}
	rejects := filepath.Join(o.Out, "rejects.csv")
	if partial > 0 && o.Pairs != "" { // counted by the engine, listed nowhere
		fmt.Fprintln(stderr, partialText(o.Lang, partial, l.dashes, true, msg(o.Lang, "partialTailEngine", o.Study)))
	} else if partial > 0 && l.partialUnlisted > 0 {
		// "every such id is listed in rejects.csv" was not so once a
		// file's rows passed the 1,000 that rejects.csv lists
		fmt.Fprintln(stderr, partialText(o.Lang, partial, l.dashes, false, msg(o.Lang, "partialTailCut", rejects, groupDigits(maxRejectsListed, o.Lang), o.Study)))
	} else if partial > 0 && l.valuesLeftOut > 0 {
		// the ids are rows of rejects.csv, not values in it: the next
		// line says they were left out
		fmt.Fprintln(stderr, partialText(o.Lang, partial, l.dashes, false, msg(o.Lang, "partialTailLeftOut", rejects)))
	} else if partial > 0 {
		fmt.Fprintln(stderr, partialText(o.Lang, partial, l.dashes, false, msg(o.Lang, "partialTailListed", rejects)))
	}
	valuesLeftOutLine(stderr, o.studyOptions, l, filepath.Join(o.Out, "rejects.csv"))
	setAside(stderr, l, &st.Summary, o.Lang)
	fmt.Fprintln(stdout, msg(o.Lang, "wrote", o.Out))
	return nil
}

// setAside says on stderr what the network leaves out: the circulars, the
// meetings over max_meeting_size, and
// at person level the people without a tie.
func setAside(stderr io.Writer, l *loaded, s *result.Summary, lang string) {
	if c := s.Counts.Circulars; c > 0 {
		fmt.Fprintln(stderr, msg(lang, "circularsLine", groupDigits(c, lang), s.Method.CircularUnits))
	}
	if c := s.Counts.MeetingsLarge; c > 0 {
		fmt.Fprintln(stderr, msg(lang, "meetingsLargeLine", groupDigits(c, lang), s.Method.MaxMeetingSize))
	}
	if p := s.Counts.PeopleInactive; p != nil && *p > 0 {
		key := "inactiveLeftOut"
		if l.net.People.KeptInactive {
			key = "inactiveKept"
		}
		fmt.Fprintln(stderr, msg(lang, key, groupDigits(int64(*p), lang)))
	}
}

// analyzeNetwork computes the metrics of a loaded study. At person level
// a person's share_denial_rate from fewer requests than the minimum group
// size is left empty (people.ThinDenialRates); without --reveal the groups of fewer than the minimum group size are
// then withheld from everything the result is drawn into
// (people.Protect); l.withheld says what was.
func analyzeNetwork(ctx context.Context, l *loaded, o analyzeOptions) (*metrics.Result, error) {
	th := l.res.Study.Config.Thresholds
	mr, err := metrics.AnalyzeContext(ctx, l.net, metrics.Options{Seed: o.Seed, Resolution: o.Resolution, LeidenIterations: o.LeidenIterations, Permutations: o.Permutations,
		Exact: o.Exact, SiloAlpha: th.SiloAlpha, SiloHomophily: th.SiloHomophily, Progress: o.Progress})
	if err == nil {
		// a person's denial rate from fewer requests than the minimum
		// group size is left empty, with --reveal too: it is not theirs
		// to be judged by (people.ThinDenialRates)
		people.ThinDenialRates(mr, l.minGroup)
	}
	if err != nil || !o.pseudonymous() {
		return mr, err
	}
	if l.withheld, err = people.Protect(mr, l.minGroup); err != nil {
		return nil, tooFewPeopleErr(o.Lang, l, err)
	}
	return mr, nil
}

// rejectedWhere lists the files with rejected rows: "people.csv 2, meetings.csv 1".
// rejectedLine says how many rows were rejected, where, and where they
// are listed: in list (rejects.csv) when read from the log tables; with
// --pairs the engine rejected them and its tables only count them, so
// the line says to list them with sekat validate on the raw tables.
func rejectedLine(o studyOptions, l *loaded, rejected int64, list string) string {
	if o.Pairs != "" {
		return msg(o.Lang, "rejectedEngine", groupDigits(rejected, o.Lang), rejectedWhere(l, o.Lang), o.Study)
	}
	for _, in := range l.res.Inputs {
		if in.Rejected > maxRejectsListed {
			// "they are listed in rejects.csv" of 1,200 rows, 1,000 listed
			return msg(o.Lang, "rejectedFirst", groupDigits(rejected, o.Lang), rejectedWhere(l, o.Lang), groupDigits(maxRejectsListed, o.Lang), list)
		}
	}
	return msg(o.Lang, "rejected", groupDigits(rejected, o.Lang), rejectedWhere(l, o.Lang), list)
}

// valuesLeftOutLine says, when rejects.csv left out values that may name
// a person, how many and where to see them: without it "each such id is
// listed in rejects.csv" promised ids the file no longer shows.
func valuesLeftOutLine(w io.Writer, o studyOptions, l *loaded, list string) {
	if l.valuesLeftOut > 0 {
		fmt.Fprintln(w, msg(o.Lang, "valuesLeftOut", groupDigits(l.valuesLeftOut, o.Lang), list, o.Study))
	}
}

func rejectedWhere(l *loaded, lang string) string {
	s := ""
	for _, in := range l.res.Inputs {
		if in.Rejected > 0 {
			if s != "" {
				s += ", "
			}
			where := relInput(l, in.Path)
			if fi, err := os.Stat(in.Path); err == nil && fi.IsDir() {
				where = in.Table.String() // a log table read by the engine of --pairs
			}
			s += where + " " + groupDigits(in.Rejected, lang)
		}
	}
	return s
}

// studyResult makes the result of an analysis: the tables, and the
// summary with what the study says about its run (sekat's version, the
// study, its zone and window, the inputs, the log counts, the rejected
// rows).
func studyResult(l *loaded, o analyzeOptions, mr *metrics.Result) *result.Study {
	st := result.New(mr, func(g metrics.Group) string { return siloReason(g, mr.Options.Thresholds(), o.Lang) })
	s := &st.Summary
	from, to := displayWindow(l)
	t := l.built.totals
	s.Sekat, s.Study, s.TimeZone = Version, l.res.Study.Name, l.res.Study.Loc.String()
	s.Notice = viz.PersonNotice(l.net.Level, o.Lang)
	s.Window = result.Window{From: from, To: to, FromGiven: l.res.Window.From != 0, ToGiven: l.res.Window.To != 0,
		ToTimed: l.res.Window.To == 0 && l.res.SpanEndTimed}
	c := &s.Counts
	c.Units, c.People = len(l.res.Directory.Units), len(l.res.Directory.People)
	c.Messages, c.InternalMessages, c.Meetings, c.MeetingsOneUnit, c.MeetingsLarge = t.Messages, t.InternalMessages, t.Meetings, t.MeetingsOneUnit, t.MeetingsLarge
	c.Circulars = t.Circulars
	c.SharesGranted, c.SharesDenied, c.SharesPending, c.InternalShares = t.Granted, t.Denied, t.Pending, t.InternalShares
	for _, in := range l.res.Inputs {
		s.Inputs = append(s.Inputs, result.Input{Table: in.Table.String(), File: relInput(l, in.Path), Rows: in.Rows,
			Rejected: in.Rejected, Partial: in.Partial, OutOfWindow: in.OutOfWindow, SHA256: in.SHA256})
	}
	for _, f := range l.pairFiles {
		s.PairFiles = append(s.PairFiles, result.PairFile{Folder: relInput(l, f.Folder), File: f.Path, Table: f.Table, Period: f.Period, Rows: f.Rows, SHA256: f.SHA256})
	}
	s.Method.MaxMeetingSize = l.built.meetingSizeLimit
	s.Method.CircularUnits = l.built.circularLimit
	s.Rejected, s.Partial = l.res.Rejected(), l.res.Partial()
	// The study's and its files' warnings first (printed as they arose),
	// then the analysis's (printed at the end of the run).
	s.Warnings = append(s.Warnings[:0], bilingual(o.Lang, func(lang string) []result.Warning {
		so := o.studyOptions
		so.Lang = lang
		w := append(summaryWarnings(l, so), unitChangeWarnings(l, lang)...)
		return append(w, analysisWarnings(mr, lang, shownWindow(l), l.res.Study.Loc)...)
	})...)
	return st
}

// analyzeNames are the files analyze may write into its folder, at either
// level.
func analyzeNames() []string {
	var names []string
	for _, f := range (&result.Study{}).Files() {
		names = append(names, f.Name)
	}
	return append(names, append(slices.Clone(visualNames), briefFile, people.AuditFile)...)
}

// writeResult writes the files of st into out: the CSV tables and
// summary.json, the Parquet twins when parquet is set. A file the run does
// not write (a twin not asked for, the other level's node table) is
// removed at commit, so the folder holds one run only.
func writeResult(out *outSet, st *result.Study, parquet bool) error {
	for _, f := range st.Files() {
		if f.Write == nil || f.Parquet && !parquet {
			out.drop(f.Name)
			continue
		}
		if err := out.write(f.Name, func(w *bufio.Writer) error { return f.Write(w) }); err != nil {
			return err
		}
	}
	return nil
}

// writeAnalyzeAudit adds audit.json to a person-level run's outputs, and
// to a unit-level run's with --reveal whose rejects.csv is written or
// whose warnings quote values that may name people (the purpose is kept
// beside them); it removes an old one from another unit-level run's
// folder, which it would describe.
func writeAnalyzeAudit(out *outSet, o analyzeOptions, l *loaded) error {
	if l.net.Level != graph.PersonLevel && !(o.Reveal && (out.temps["rejects.csv"] != "" || warnsPersonal(l))) {
		out.drop(people.AuditFile)
		return nil
	}
	var names []string
	for n, t := range out.temps {
		if t != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	a := auditOf("analyze", o.studyOptions, l, l.withheld, names)
	return out.write(people.AuditFile, func(w *bufio.Writer) error { return a.Write(w) })
}
