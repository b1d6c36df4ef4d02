package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

// changeOptions are the options compare and trend share.
type changeOptions struct {
	studies      []studyOptions
	Out          string
	Seed         uint64
	Resamples    int
	Permutations int
	BlockWeeks   int
	Parquet      bool
	Crosswalk    string
	Lang         string
	Progress     progress.Reporter
	// CommandLine is the command as typed, for the pages' method.
	CommandLine string
}

// withoutFlag is flags less the one named name.
func withoutFlag(flags []cli.Flag, name string) []cli.Flag {
	return slices.DeleteFunc(flags, func(f cli.Flag) bool { return slices.Contains(f.Names(), name) })
}

// changeFlags are the flags of compare and trend beyond the study flags
// (evaluate has them less --block-weeks: its randomisation reassigns
// groups, not weeks).
func changeFlags(h func(string, ...any) string, out string) []cli.Flag {
	pairsKey := "change.pairsOne" // trend and evaluate read one study
	// --permutations and --block-weeks mean one thing per command:
	// compare permutes weeks, trend permutes the labels of each period's
	// silo test and only resamples weeks, evaluate draws assignments
	permsKey, blockKey := "compare.perms", "compare.blockWeeks"
	perms := change.DefaultPermutations
	switch out {
	case "sekat-compare":
		pairsKey = "change.pairs"
	case "sekat-trend":
		// each period's silo test: 0 chooses as analyze does, enough
		// for Holm's correction to reach silo_alpha
		permsKey, blockKey, perms = "trend.perms", "trend.blockWeeks", 0
	case "sekat-evaluate":
		permsKey = "evaluate.perms"
	}
	return []cli.Flag{
		&cli.StringFlag{Name: "out", Value: out, Usage: h("compare.out"), Action: nonEmptyOut},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: h("flag.seed")},
		&cli.IntFlag{Name: "resamples", Value: change.DefaultResamples, Usage: h("compare.resamples")},
		&cli.IntFlag{Name: "permutations", Value: perms, Usage: h(permsKey), DefaultText: strconv.Itoa(perms)},
		&cli.IntFlag{Name: "block-weeks", Value: change.DefaultRun, Usage: h(blockKey)},
		&cli.StringFlag{Name: "crosswalk", Usage: h("compare.crosswalk")},
		&cli.StringFlag{Name: "format", Value: "csv", Usage: h("analyze.format")},
		&cli.StringSliceFlag{Name: "pairs", Usage: h(pairsKey)},
	}
}

// prepareChangePrivacy finds the pseudonym key of every person-level
// study of o, as analyze does: person ids in the outputs are pseudonyms
// unless --reveal.
func prepareChangePrivacy(o *changeOptions, stderr io.Writer) error {
	for i := range o.studies {
		if err := preparePrivacy(&o.studies[i], o.Out, nil, stderr); err != nil {
			return err
		}
	}
	if o.studies[0].Level == "person" {
		notePurpose(stderr, o.studies[0])
	}
	return nil
}

// changeOptionsFrom reads the study arguments (min to max of them) and
// the flags of changeFlags.
func changeOptionsFrom(c *cli.Context, maxStudies int) (changeOptions, error) {
	o := changeOptions{Out: c.String("out"), Seed: c.Uint64("seed"), Resamples: c.Int("resamples"),
		Permutations: c.Int("permutations"), BlockWeeks: c.Int("block-weeks"), Crosswalk: c.String("crosswalk"), Lang: lang(c), CommandLine: commandLine(c)}
	if c.NArg() < 1 || c.NArg() > maxStudies {
		if maxStudies == 1 {
			return o, usagef(msg(o.Lang, "needStudy"), c.Command.Name)
		}
		return o, usagef(msg(o.Lang, "change.needStudies"), c.Command.Name)
	}
	for _, s := range c.Args().Slice() {
		if err := checkStudyPath(s, o.Lang); err != nil {
			return o, err
		}
		so, err := studyOptionsFor(c, s)
		if err != nil {
			return o, err
		}
		o.studies = append(o.studies, so)
	}
	for _, flag := range []string{"pairs", "unit-pairs"} {
		ps := c.StringSlice(flag)
		if len(ps) == 0 {
			continue
		}
		if len(ps) != len(o.studies) {
			return o, usagef(msg(o.Lang, "pairs.count"), "--"+flag, len(ps), len(o.studies))
		}
		for i := range o.studies {
			if flag == "pairs" {
				o.studies[i].Pairs = ps[i]
			} else {
				o.studies[i].UnitPairs = ps[i]
			}
		}
	}
	if o.Resamples < 100 {
		return o, usagef(msg(o.Lang, "change.badResamples"), "--resamples", o.Resamples)
	}
	if o.Permutations < 100 && !(c.Command.Name == "trend" && o.Permutations == 0) { // trend: 0 chooses
		return o, usagef(msg(o.Lang, "change.badResamples"), "--permutations", o.Permutations)
	}
	// Upper bounds: the resamples are kept for the intervals (8 bytes a
	// measure each) and the permutations counted in chunks of their own
	// (16 bytes a measure each), so --resamples 1000000 or --permutations
	// 1000000000 died of an out-of-memory crash, exit 2 and a stack.
	for _, f := range []struct {
		name   string
		v, max int
	}{{"--resamples", o.Resamples, maxResamples}, {"--permutations", o.Permutations, maxChangePermutations}} {
		if f.v > f.max {
			return o, usagef(msg(o.Lang, "badFlagNumber"), f.name, f.v, msg(o.Lang, "rangeAtMost", i18n.Int(o.Lang, int64(f.max))))
		}
	}
	if c.Command.Name == "evaluate" {
		o.BlockWeeks = change.DefaultRun // not its flag
	}
	if o.BlockWeeks < 1 || o.BlockWeeks > 13 {
		return o, usagef(msg(o.Lang, "change.badBlockWeeks"), o.BlockWeeks)
	}
	switch c.String("format") {
	case "csv":
	case "csv,parquet", "parquet,csv", "parquet":
		o.Parquet = true
	default:
		return o, usagef(msg(o.Lang, "badFormat"), asTyped(typedValues(c), "format", c.String("format")), "csv, csv,parquet")
	}
	return o, nil
}

func compareCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "compare",
		Usage:       h("compare.usage"),
		ArgsUsage:   h("compare.args"),
		Description: reflowHelp(h("compare.desc")),
		Flags: append(withoutFlag(studyFlags(hl), "keep-inactive"), append(changeFlags(h, "sekat-compare"),
			&cli.StringFlag{Name: "before", Usage: h("compare.before")},
			&cli.StringFlag{Name: "after", Usage: h("compare.after")},
			&cli.StringSliceFlag{Name: "unit-pairs", Usage: h("compare.unitPairs")})...),
		Action: func(c *cli.Context) error {
			o, err := changeOptionsFrom(c, 2)
			if err != nil {
				return err
			}
			before, after := c.String("before"), c.String("after")
			if (len(o.studies) == 1) != (before != "" && after != "") || len(o.studies) == 2 && (before != "" || after != "") {
				return usagef("%s", msg(o.Lang, "change.needPeriods"))
			}
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress = ui.rep
			for i := range o.studies {
				o.studies[i].Progress = ui.rep
			}
			return runCompare(c.Context, o, before, after, ui.stdout, ui.stderr)
		},
	}
}

// period is a FROM..TO of --before or --after, in seconds.
type period struct{ from, to int64 }

// parsePeriod reads FROM..TO in loc; TO is not included. In a study whose
// tables are read month first (monthFirst), a bound whose day and month
// could be swapped is refused, as --from and --to are: it is read day
// first, where the user most likely meant it month first.
func parsePeriod(lang, flag, s string, loc *time.Location, monthFirst bool) (period, error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return period{}, usagef(msg(lang, "change.badPeriod"), flag, s)
	}
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	from, _, err1 := ingest.ParseTime([]byte(a), loc)
	to, _, err2 := ingest.ParseTime([]byte(b), loc)
	for _, v := range []struct {
		text string
		err  error
	}{{a, err1}, {b, err2}} {
		if nd := ingest.NoSuchDayOf(v.err); nd != nil {
			// 2025-02-30..2025-04-01: the bound's day, which "cannot be
			// read; write FROM..TO" did not name
			return period{}, usagef("%s", flagNoSuchDay(lang, flag, v.text, nd))
		}
	}
	if err1 != nil || err2 != nil {
		return period{}, usagef(msg(lang, "change.badPeriod"), flag, s)
	}
	for _, v := range []struct {
		text string
		t    int64
	}{{a, from}, {b, to}} {
		if monthFirst && ingest.DayMonthSwappable([]byte(v.text)) {
			return period{}, usagef(msg(lang, "flagMonthFirst"), flag, v.text, time.Unix(v.t, 0).In(loc).Format("2006-01-02"))
		}
	}
	if to <= from {
		return period{}, usagef(msg(lang, "change.periodOrder"), flag, s)
	}
	return period{from, to}, nil
}

// loadBlocked reads study o cut into the time blocks that bounds gives
// for its window (the flags', else study.yaml's, else the data's: then
// the study is read twice).
//
// With pair tables (o.Pairs), each of their periods goes to the block
// that holds it; a block bound inside a period is refused (blockCutText).
func loadBlocked(ctx context.Context, o studyOptions, bounds func(from, to int64, loc *time.Location) []int64) (*loaded, error) {
	o.noNet = true // the frames are made from the blocks (frameOf)
	st, err := openStudy(o)
	if err != nil {
		return nil, err
	}
	win := st.Window
	for i, v := range []string{o.From, o.To} {
		if v == "" {
			continue
		}
		t, _, err := ingest.ParseTime([]byte(v), st.Loc)
		if err != nil {
			return nil, flagTimeError(o.Lang, []string{"--from", "--to"}[i], v, err)
		}
		if i == 0 {
			win.From = t
		} else {
			win.To = t
		}
	}
	if win.From == 0 || win.To == 0 {
		probe := o
		probe.warn = nil
		l, err := loadStudyCollect(ctx, probe, func(*ingest.RowError) {})
		if err != nil {
			if u := emptyWindowError(err, st, o, nil); u != nil {
				return nil, u
			}
			return nil, rejectsNotWritten(err, o)
		}
		w := effectiveWindow(l)
		if win.From == 0 {
			win.From = graph.StepStart(w.From, graph.Day, st.Loc)
		}
		if win.To == 0 {
			// the end of the day of the last event: w.To is a second
			// after it, which for a last event at 23.59.59 is the next
			// midnight, whose day would have been added, empty
			win.To = graph.NextStep(graph.StepStart(w.To-1, graph.Day, st.Loc), graph.Day, st.Loc)
		}
	}
	if win.To-win.From > maxBlockedYears*366*86400 {
		// weekly blocks over centuries (a date typed 9999-12-31) would
		// fill the memory before anything could be said
		day := func(t int64) string { return time.Unix(t, 0).In(st.Loc).Format("2006-01-02") }
		return nil, &wordedError{msg(o.Lang, "windowTooLong", day(win.From), lastText(win.To, st.Loc), maxBlockedYears),
			fmt.Errorf("window %s to %s longer than %d years", day(win.From), day(win.To), maxBlockedYears)}
	}
	o.blocks = graph.Blocks{Bounds: bounds(win.From, win.To, st.Loc)}
	l, err := loadStudyCollect(ctx, o, func(*ingest.RowError) {})
	if err != nil {
		if u := emptyWindowError(err, st, o, nil); u != nil {
			return nil, u
		}
		return nil, rejectsNotWritten(err, o) // no rejects.csv: validate lists the rows
	}
	if o.warn != nil {
		// the rows are left out of every period: said, as analyze and
		// export say it, never dropped in silence
		validate := "`sekat validate " + shellQuote(o.Study) + "`"
		if n := l.res.Rejected(); n > 0 && o.Pairs != "" {
			fmt.Fprintln(o.warn, rejectedLine(o, l, n, ""))
		} else if n > 0 {
			fmt.Fprintln(o.warn, msg(o.Lang, "rejected", groupDigits(n, o.Lang), rejectedWhere(l, o.Lang), validate))
		}
		if n := l.res.Partial(); n > 0 {
			fmt.Fprintln(o.warn, partialText(o.Lang, n, l.dashes, o.Pairs != "", msg(o.Lang, "partialTailListed", validate)))
		}
	}
	return l, nil
}

// emptyWindowError is bad usage (exit 2) for err, a load of st whose
// logs hold events but none in the window: the window (or, with periods,
// compare's --before and --after) is the user's and is to be changed, as
// compare's period without a tie and trend's window of fewer than 4
// periods with data are (both exit 2; this stop exited 1). It names the
// window and the data's span and, where the window lies inside that span
// (a gap in the logs), the log files that hold no row of those dates and
// that they may be incomplete. It returns nil for any other err (logs with
// no usable row at all stay a failed read, exit 1).
func emptyWindowError(err error, st *ingest.Study, o studyOptions, periods *[2]string) error {
	lang := o.Lang
	var ne *ingest.NoEventsError
	if !errors.As(err, &ne) || ne.Events == 0 {
		return nil
	}
	from, to := ne.Dates()
	rows := groupDigits(ne.Events, lang)
	// a window that takes in a day of the span: the logs run on both
	// sides of it (or on one, up to it), so "choose a window inside that
	// span" was no fix
	inside := (ne.Window.To == 0 || ne.Window.To > ne.Span.From) && (ne.Window.From == 0 || ne.Window.From < ne.Span.To)
	// the files under the study as the user gave it: of two studies
	// compared, "correspondence.csv" did not say which one's
	folder := o.Study
	if fi, err := os.Stat(folder); err == nil && !fi.IsDir() {
		folder = filepath.Dir(folder) // a study.yaml
	}
	var files []string
	for _, t := range ne.Logs {
		for _, p := range st.Files[t] {
			name := filepath.Base(p)
			if r, err := filepath.Rel(st.Dir, p); err == nil && !strings.HasPrefix(r, "..") {
				name = filepath.Join(folder, r)
			}
			files = append(files, ingest.ShowName(filepath.ToSlash(name)))
		}
	}
	list := i18n.Join(lang, files)
	if len(files) == 0 {
		list = folder // no log table named: the study
	}
	// With --pairs the events were read from the pair tables in that
	// folder: the rows counted and their span are the log rows the engine
	// read to make them (their inputs table), and a pair table holds sums,
	// not log rows. "no row of pasangan falls on its dates ... export the
	// logs again" called the folder a log file and left out that the
	// tables must be made again from the logs (docs/engines.md).
	keys := [4]string{"change.periodsGap", "change.periodsEmpty", "change.windowGap", "change.windowEmpty"}
	if o.Pairs != "" {
		list = o.Pairs
		keys = [4]string{"change.periodsGapPairs", "change.periodsEmptyPairs", "change.windowGapPairs", "change.windowEmptyPairs"}
	}
	var text string
	switch {
	case periods != nil && inside:
		text = msg(lang, keys[0], periods[0], periods[1], rows, from, to, list)
	case periods != nil:
		text = msg(lang, keys[1], periods[0], periods[1], rows, from, to, list)
	default:
		bound := func(sec int64) time.Time {
			if sec == 0 {
				return time.Time{}
			}
			return time.Unix(sec, 0).In(ne.Loc)
		}
		window := i18n.WindowBounds(lang, bound(ne.Window.From), bound(ne.Window.To))
		key := keys[3]
		if inside {
			key = keys[2]
		}
		text = msg(lang, key, window, rows, from, to, list)
	}
	return &usageError{msg: text, err: err}
}

// maxBlockedYears is the longest window compare, trend and evaluate cut
// into weeks.
const maxBlockedYears = 50

// maxResamples bounds --resamples (compare, trend, evaluate) and
// --bootstrap and --shuffles (facilitators); maxChangePermutations bounds
// --permutations of compare, trend and evaluate. Both are far above what
// an interval or a p-value needs (1,000 by default) and keep the memory
// they take within a laptop's (docs/commands.md).
const (
	maxResamples          = 100_000
	maxChangePermutations = 1_000_000
)

// frameOf puts loaded studies into one frame at level lvl (and a unit
// level frame for the unit x unit comparisons), with the crosswalk.
//
// It lets go of what the frames copied, which at person level is most of
// the memory: each study's builder (l.res.Builder is nil afterwards; its
// time blocks' sums are the largest part), once its blocks' edges are
// copied out, and those edges once the frames hold them.
//
// A crosswalk row naming a new unit that no study has is said naming
// cwPath, the crosswalk as the user gave it, and its line, in lang.
func frameOf(ls []*loaded, lvl graph.Level, cw *change.Crosswalk, cwPath, lang string) (f, unit *change.Frame, err error) {
	var srcs []*change.Source
	for i, l := range ls {
		srcs = append(srcs, change.NewSource(l.res.Study.Name+"#"+strconv.Itoa(i+1), l.res.Directory, l.res.Builder, lvl, l.res.Study.Weights, l.res.Study.Loc))
		l.res.Builder = nil
	}
	defer func() {
		for _, s := range srcs {
			s.Edges, s.UnitEdges = nil, nil
		}
	}()
	f, err = change.NewFrame(lvl, srcs, cw)
	if err != nil || lvl == graph.UnitLevel {
		return f, f, changeFileError(err, cwPath, lang)
	}
	unit, err = change.NewFrame(graph.UnitLevel, srcs, cw)
	return f, unit, err
}

// linedUp is each unit of f that shown keeps with the old units f's
// crosswalk lined up with it (change.Crosswalk.LinedUp), which trend and
// evaluate name in compare's words (viz.PeriodsReorganised).
func linedUp(f *change.Frame, shown func(u graph.Node) bool) []viz.LinedUp {
	var out []viz.LinedUp
	for _, u := range f.Units {
		if shown(u) {
			out = append(out, viz.LinedUp{Unit: u.ID, From: f.Crosswalk.LinedUp(u.ID)})
		}
	}
	return out
}

// crosswalkOf is the crosswalk a change command or facilitators uses:
// --crosswalk (flag), else the one study.yaml of the loaded studies
// declares (crosswalk:), "" for none; at is "" for the flag, else the
// line of study.yaml that declares it, said in lang ("study.yaml line
// 2"). Two studies that declare different files (other bytes) are bad
// usage: --crosswalk chooses.
func crosswalkOf(flag string, ls []*loaded, lang string) (path, at string, err error) {
	if flag != "" {
		return flag, "", nil
	}
	for _, l := range ls {
		p := l.res.Study.Crosswalk
		switch {
		case p == "" || p == path:
		case path == "":
			path, at = p, studyPlace(l.res.Study.CrosswalkAt(), lang)
		case !sameBytes(path, p):
			return "", "", usagef(msg(lang, "change.crosswalkTwo"), path, p)
		}
	}
	return path, at, nil
}

// crosswalkName is the name of the crosswalk sekat generate --reorg
// writes beside the tables, and the docs name.
const crosswalkName = "unit_crosswalk.csv"

// undeclaredCrosswalk says on stderr (when not nil), once, when no
// crosswalk is read (cwPath empty) and the folder of a study of ls holds
// a unit_crosswalk.csv, that that file is not read and how to declare
// it, and returns its path ("" when there is none). A crosswalk is read
// only when study.yaml declares it or --crosswalk names it; each unit it
// would match was said to be unmatched "without unit_crosswalk.csv"
// while the file lay beside the tables.
func undeclaredCrosswalk(stderr io.Writer, cwPath string, ls []*loaded, lang string) string {
	if cwPath != "" {
		return ""
	}
	for _, l := range ls {
		p := filepath.Join(l.res.Study.Dir, crosswalkName)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			if stderr != nil {
				fmt.Fprintln(stderr, "sekat: "+msg(lang, "warning", msg(lang, "change.crosswalkUndeclared", p)))
			}
			return p
		}
	}
	return ""
}

// openFlagFileError words the failure to open the file a flag names: a
// missing file is bad usage, said in lang.
func openFlagFileError(flag, path string, err error, lang string) error {
	if errors.Is(err, fs.ErrNotExist) {
		return usagef(msg(lang, "flagFileMissing"), flag, path)
	}
	return fmt.Errorf("%s %s: %w", flag, path, err)
}

// declaredFileError is a crosswalk study.yaml declares that cannot be
// opened: at is the line of study.yaml that declares it and reason what
// is wrong, naming the file, both in the user's language. It was said as
// the failure of --crosswalk, which the user had not given.
type declaredFileError struct {
	at, reason string
	err        error
}

func (e *declaredFileError) Error() string { return e.at + ": crosswalk: " + e.reason }
func (e *declaredFileError) Unwrap() error { return e.err }

// openDeclaredError words the failure to open the crosswalk path that
// study.yaml declares at its line at, in lang.
func openDeclaredError(at, path string, err error, lang string) error {
	reason := err.Error()
	switch {
	case errors.Is(err, fs.ErrPermission):
		reason = msg(lang, "errPermissionPath", path)
	case errors.Is(err, fs.ErrNotExist):
		// gone since the study was opened, which checked it: said as a
		// missing crosswalk is then ("open x: no such file or
		// directory", in English under Bahasa Indonesia too), and bad
		// input as that is (exit 2)
		reason = msg(lang, "study.crosswalkGone", path)
		return &usageError{msg: at + ": crosswalk: " + reason, inFile: true, err: &declaredFileError{at: at, reason: reason, err: err}}
	}
	return &declaredFileError{at: at, reason: reason, err: err}
}

// readCrosswalk reads the crosswalk path (nil without one) that
// crosswalkOf gave, with at, the line of study.yaml that declares it ("" for
// --crosswalk).
func readCrosswalk(path, at string, loc *time.Location, lang string) (*change.Crosswalk, error) {
	if path == "" {
		return nil, nil
	}
	fh, err := os.Open(path)
	if err != nil {
		if at != "" {
			return nil, openDeclaredError(at, path, err, lang)
		}
		return nil, openFlagFileError("--crosswalk", path, err, lang)
	}
	defer fh.Close()
	cw, err := change.ReadCrosswalk(bufio.NewReader(fh), loc)
	return cw, changeFileError(err, path, lang)
}

// changeFileError words a problem of an input file of the change commands
// (the crosswalk, the reform file) in lang, naming the file path as the
// user gave it and the line; other errors pass as they are. It is bad
// input in a file a flag names, as a missing one is: exit 2, as for a
// study.yaml value out of range (it exited 1, which the table of exit
// codes did not say).
func changeFileError(err error, path, lang string) error {
	var fe *change.FileError
	if !errors.As(err, &fe) {
		return err
	}
	at := path
	if fe.Line > 0 {
		at = msg(lang, "changefile.at", path, fe.Line)
	}
	return fileInputError(at+": "+i18n.ChangeFileError(lang, fe), err)
}

// fileInputError is a value the user wrote in a file a flag names
// (--reform, --crosswalk) refused with text, which names the file and
// the line: bad usage (exit 2) without the hint to --help.
func fileInputError(text string, err error) error {
	return &usageError{msg: text, inFile: true, err: err}
}

// analysisOf is the analysis of each period: the study's silo thresholds.
func analysisOf(l *loaded, seed uint64, rep progress.Reporter) metrics.Options {
	th := l.res.Study.Config.Thresholds
	return metrics.Options{Seed: seed, SiloAlpha: th.SiloAlpha, SiloHomophily: th.SiloHomophily, StabilityRuns: -1, Progress: rep}
}

func levelOf(s string) graph.Level {
	if s == "person" {
		return graph.PersonLevel
	}
	return graph.UnitLevel
}

// runCompare compares two periods of one study (before and after given)
// or two studies, and writes the outputs into o.Out.
func runCompare(ctx context.Context, o changeOptions, before, after string, stdout, stderr io.Writer) error {
	for _, so := range o.studies {
		person := levelOf(so.Level) == graph.PersonLevel
		if so.UnitPairs != "" && (!person || so.Pairs == "") {
			return usagef("%s", msg(o.Lang, "pairs.unitPairsLevel"))
		}
		if so.Pairs != "" && person && so.UnitPairs == "" {
			// The person-level comparison also compares units with the
			// unit network (QAP, unit ties), which person-level tables
			// lack: --unit-pairs gives it.
			return usagef("%s", msg(o.Lang, "pairs.personUnits"))
		}
	}
	for _, so := range o.studies { // every folder of tables, before any study is read
		for _, p := range []string{so.Pairs, so.UnitPairs} {
			if p == "" {
				continue
			}
			if err := engine.CheckFolder(p); err != nil {
				return err
			}
		}
	}
	if err := prepareChangePrivacy(&o, stderr); err != nil {
		return err
	}
	plan := outPlan{flag: "--out", path: o.Out, main: "compare.html"}
	for _, so := range o.studies {
		if err := checkOut(o.Lang, plan, studyReads(so)); err != nil {
			return err
		}
	}
	if _, err := foreignIn(o.Out, namesOf((&result.Comparison{}).Files(), "compare.html", people.AuditFile)); err != nil {
		return err // a user's file of an output's name: said before the work
	}
	var ls []*loaded
	var pb, pa period
	if len(o.studies) == 1 {
		so := o.studies[0]
		for _, w := range []struct{ flag, v string }{{"--from", so.From}, {"--to", so.To}} {
			if w.v != "" {
				return usagef(msg(o.Lang, "change.windowOneStudy"), w.flag, w.v, w.flag)
			}
		}
		st, err := openStudy(so)
		if err != nil {
			return err
		}
		if pb, err = parsePeriod(o.Lang, "--before", before, st.Loc, st.MonthFirstAny()); err != nil {
			return err
		}
		if pa, err = parsePeriod(o.Lang, "--after", after, st.Loc, st.MonthFirstAny()); err != nil {
			return err
		}
		if pb.from < pa.to && pa.from < pb.to {
			return usagef(msg(o.Lang, "change.overlap"), before, after, spanText(o.Lang, max(pb.from, pa.from), min(pb.to, pa.to), st.Loc))
		}
		if pa.to <= pb.from {
			// the periods given the wrong way round: every verdict ran
			// backwards in time ("ekonomi became a new silo" of a sector
			// that opened), with only the dates on the first line to say so
			return usagef(msg(o.Lang, "change.order"), after, before)
		}
		day := func(t int64) string { return time.Unix(t, 0).In(st.Loc).Format(time.RFC3339) }
		so.From, so.To = day(min(pb.from, pa.from)), day(max(pb.to, pa.to))
		so.warn = stderr
		l, err := loadBlocked(ctx, so, func(from, to int64, loc *time.Location) []int64 {
			return graph.CalendarBounds(from, to, graph.Week, loc, pb.from, pb.to, pa.from, pa.to)
		})
		if err != nil {
			// the window is the periods': "choose --from and --to", which
			// compare refuses with one study, was no fix
			if u := emptyWindowError(err, st, so, &[2]string{before, after}); u != nil {
				return u
			}
			return err
		}
		ls = append(ls, l)
	} else {
		for _, so := range o.studies {
			so.warn = stderr
			l, err := loadBlocked(ctx, so, func(from, to int64, loc *time.Location) []int64 {
				return graph.CalendarBounds(from, to, graph.Week, loc)
			})
			if err != nil {
				return err
			}
			ls = append(ls, l)
		}
	}
	loc := ls[0].res.Study.Loc
	cwPath, cwAt, err := crosswalkOf(o.Crosswalk, ls, o.Lang)
	if err != nil {
		return err
	}
	undeclared := undeclaredCrosswalk(nil, cwPath, ls, o.Lang) // said with compare.json's warnings
	cw, err := readCrosswalk(cwPath, cwAt, loc, o.Lang)
	if err != nil {
		return err
	}
	lvl := levelOf(o.studies[0].Level)
	f, uf, err := frameOf(ls, lvl, cw, cwPath, o.Lang)
	if err != nil {
		return err
	}
	var bp, ap change.Period
	var beyond []result.Warning // periods that run past the data
	if undeclared != "" {
		beyond = append(beyond, result.Warning{Code: "crosswalk_undeclared", Table: "units", Message: msg(o.Lang, "change.crosswalkUndeclared", undeclared)})
	}
	for _, s := range crosswalkOutsideData(o.Lang, cw, cwPath, dataSpan(ls), uf.Stale, o.studies[0].pseudonymous(), loc) {
		beyond = append(beyond, result.Warning{Code: "crosswalk_outside_data", Table: "units", Message: s})
	}
	if len(ls) == 1 {
		bp, ap = f.PeriodOf(graph.Window{From: pb.from, To: pb.to}), f.PeriodOf(graph.Window{From: pa.from, To: pa.to})
		for _, p := range []struct {
			flag, text string
			period     change.Period
		}{{"--before", before, bp}, {"--after", after, ap}} {
			span := ls[0].res.Span
			day := func(t int64) string { return time.Unix(t, 0).In(loc).Format("2006-01-02") }
			if !hasTies(f, p.period) {
				if w := p.period.Window; w.To > span.From && w.From < span.To {
					// inside the data's span (a month lost from the
					// export): "choose periods inside it" was no fix
					return usagef(msg(o.Lang, "change.emptyPeriodGap"), p.flag, p.text, day(span.From), day(span.To-1))
				}
				return usagef(msg(o.Lang, "change.emptyPeriod"), p.flag, p.text, day(span.From), day(span.To-1))
			}
			// A period that runs more than a week past the data: its empty
			// weeks count as blocks, and units look gone or new.
			const week = 7 * 86400
			if w := p.period.Window; span.From != 0 && (w.From < span.From-week || w.To > span.To+week) {
				beyond = append(beyond, result.Warning{Code: "period_beyond_data", Table: "periods",
					Message: msg(o.Lang, "change.periodBeyondData", p.flag, p.text, day(span.From), day(span.To-1))})
			} else if empty, weeks, first := emptyBlocks(f, p.period); empty >= minGapWeeks {
				// weeks without any event inside the data's span: lost
				// data, most often, which the weeks' bootstrap and
				// permutations count as quiet weeks (QA of session 30:
				// 9 of 19 weeks, and no word). Not only when a quarter of
				// the weeks are empty: two lost weeks in a half-year (2 of
				// 26) went unsaid (QA of session 33)
				beyond = append(beyond, result.Warning{Code: "period_gaps", Table: "periods",
					Message: msg(o.Lang, "change.periodGaps", p.flag, p.text, empty, weeks,
						i18n.Day(o.Lang, day(f.Blocks[first].Window.From)))})
			}
		}
		// study.yaml's window: with one study the periods replace it
		// (--from and --to are refused), so the days it leaves out, set
		// aside on purpose (an export known to be faulty), were compared
		// without a word
		if w := ls[0].res.Study.Window; w.From != 0 && pb.from < w.From || w.To != 0 && pa.to > w.To {
			day := func(t int64) string { return time.Unix(t, 0).In(loc).Format("2006-01-02") }
			var bounds []string
			if w.From != 0 {
				bounds = append(bounds, "from: "+day(w.From))
			}
			if w.To != 0 {
				bounds = append(bounds, "to: "+day(w.To))
			}
			beyond = append(beyond, result.Warning{Code: "periods_outside_window", Table: "periods",
				Message: msg(o.Lang, "change.periodsOutsideWindow", before, after, "window: {"+strings.Join(bounds, ", ")+"}")})
		}
		// a log table with ties in one period and none in the other: a
		// month of letters missing from the export read as every
		// sector changing, without a word (QA of session 40)
		flags := [2]string{"--before", "--after"}
		texts := [2]string{before, after}
		for _, s := range silentLayers(f, []change.Period{bp, ap}, ls[0].res.Study.Weights, nil, 1) {
			for _, i := range s.Periods {
				beyond = append(beyond, result.Warning{Code: "period_layer_missing", Table: s.Layer.String(),
					Message: msg(o.Lang, "change.layerSilent", flags[i], texts[i], s.Layer.String(), sharePercent(o.Lang, s.Share), s.Layer.String())})
			}
		}
	} else {
		bp, ap = f.SourcePeriod(0), f.SourcePeriod(1)
		if f.Matched([]change.Period{bp, ap}) == 0 {
			// two organisations (or the wrong folder): every unit was
			// warned of as gone and new, one line each, and every sector
			// said to have "no more ties (its units closed or merged)"
			return usagef(msg(o.Lang, "change.noUnitInCommon"), o.studies[0].Study, o.studies[1].Study)
		}
		// Two studies of one time (or the same study twice) compare
		// nothing: their days would count in both periods. The periods
		// compared are the studies' windows, not their data's spans: two
		// exports of one year with window: set to each half warned that
		// the same days counted in both.
		a, b := bp.Window, ap.Window
		if a.From < b.To && b.From < a.To {
			day := func(t int64) string { return time.Unix(t, 0).In(loc).Format("2006-01-02") }
			beyond = append(beyond, result.Warning{Code: "studies_overlap", Table: "periods",
				Message: msg(o.Lang, "change.studiesOverlap", day(a.From), day(a.To-1), day(b.From), day(b.To-1))})
		}
		if b.To <= a.From {
			// the later study given first: the verdicts would run
			// backwards in time, as with --before and --after swapped
			day := func(t int64) string { return time.Unix(t, 0).In(loc).Format("2006-01-02") }
			return usagef(msg(o.Lang, "change.studiesOrder"), day(b.From), day(b.To-1), day(a.From), day(a.To-1))
		}
	}
	opt := change.Options{Resamples: o.Resamples, Permutations: o.Permutations, Run: o.BlockWeeks, Seed: o.Seed, Weights: ls[0].res.Study.Weights,
		Analysis: analysisOf(ls[0], o.Seed, o.Progress), Progress: o.Progress}
	cmp, err := change.Compare(ctx, f, uf, bp, ap, opt)
	if err != nil {
		return err
	}
	if so := o.studies[0]; so.pseudonymous() {
		// The frame keeps the ids and names of the data; a person who
		// entered or left the top brokers is named by the keyed pseudonym
		// analyze gives them (movers are only counted: protectComparison).
		if levelOf(so.Level) == graph.PersonLevel {
			for i := range cmp.Brokers {
				b := &cmp.Brokers[i]
				b.ID = so.key.Pseudonym(b.ID)
				b.Name = b.ID
			}
		}
	}
	minGroup := 0
	for _, l := range ls {
		minGroup = max(minGroup, l.minGroup)
	}
	dayOf := func(t int64) string { return change.Day(t, loc) }
	minChange := change.DefaultMinChange
	if opt.MinChange != nil {
		minChange = *opt.MinChange
	}
	rc := cmp.Result(func(g *change.GroupChange) string {
		h := g.Homophily
		floor := 0 // the permutations, when none changed homophily as much
		if h.AtFloor() {
			floor = h.Permutations
		}
		switch {
		case g.Verdict == change.SmallChange:
			return i18n.SmallChangeSentence(o.Lang, g.Type, g.Name, h.Before, h.After, h.ChangeCI.Low, h.ChangeCI.High, h.PAdjusted, minChange, floor)
		case !g.Reported():
			return ""
		}
		return i18n.ChangeSentence(o.Lang, g.Type, g.Name, string(g.Verdict), h.Before, h.After, h.ChangeCI.Low, h.ChangeCI.High, h.PAdjusted, minChange, floor)
	}, dayOf)
	rc.JSON.Sekat = Version
	rc.JSON.Method["block"] = graph.Week.String()
	rc.JSON.Method["block_weeks"] = result.Number(o.BlockWeeks)
	if len(ls) == 2 {
		rc.JSON.Before.Source, rc.JSON.After.Source = o.studies[0].Study, o.studies[1].Study
	} else {
		rc.JSON.Before.Source, rc.JSON.After.Source = o.studies[0].Study, o.studies[0].Study
	}
	var withheld *people.Withheld
	rc.JSON.MoverFlows = moverFlows(rc.JSON.Movers, func(u string) string { return u })
	if so := o.studies[0]; so.pseudonymous() {
		if withheld, err = protectComparison(cmp, rc, minGroup); err != nil {
			return fmt.Errorf("%s\n  %s: %w", msg(o.Lang, "tooFewPeople", minGroup), msg(o.Lang, "detail"), err)
		}
	}
	for _, u := range cmp.Disappeared {
		rc.JSON.Warnings = append(rc.JSON.Warnings, result.Warning{Code: "unit_unmatched", Table: "units", Message: unmatchedWarning(o.Lang, u, msg(o.Lang, "change.onlyBefore"), cwPath)})
	}
	for _, u := range cmp.Appeared {
		rc.JSON.Warnings = append(rc.JSON.Warnings, result.Warning{Code: "unit_unmatched", Table: "units", Message: unmatchedWarning(o.Lang, u, msg(o.Lang, "change.onlyAfter"), cwPath)})
	}
	for _, u := range cmp.Stale {
		rc.JSON.Warnings = append(rc.JSON.Warnings, result.Warning{Code: "unit_stale", Table: "units", Message: staleWarning(o.Lang, u, f.Crosswalk, cwPath, loc)})
	}
	var shown func(change.IntervalGap) bool
	if withheld != nil {
		shown = shownRows(rc) // the rows the protected tables show
	}
	rc.JSON.Warnings = append(append(rc.JSON.Warnings, beyond...), compareWarnings(o.Lang, cmp, shown)...)
	var shownGroups map[[2]string]bool
	if withheld != nil {
		shownGroups = groupsShown(rc)
	}
	rc.NoVerdict = noVerdict(o.Lang, cmp, shownGroups)
	if withheld != nil && len(withheld.Sectors)+len(withheld.Units) > 0 {
		// the groups withheld for privacy left the verdicts silently:
		// "no sector changed" then spoke of sectors not shown, whose
		// verdicts may have been anything
		rc.JSON.Warnings = append(rc.JSON.Warnings, result.Warning{Code: "groups_withheld", Table: "changes_groups",
			Message: withheldWarning(o.Lang, len(withheld.Sectors), len(withheld.Units), minGroup)})
		rc.NoVerdict += " " + msg(o.Lang, "change.noVerdictShown")
	}
	appeared := appearedGroups(o.Lang, cmp, rc)
	page := viz.CompareData{Result: rc, Study: ls[0].res.Study.Name, Lang: o.Lang, Version: Version, Appeared: appeared,
		LastBefore: change.LastDay(cmp.Before.Window.To, loc), LastAfter: change.LastDay(cmp.After.Window.To, loc),
		Method: viz.ChangeMethod{Level: cmp.Method.Level, Block: rc.JSON.Method["block"].(string), Resamples: cmp.Method.Resamples,
			Permutations: cmp.Method.Permutations, Seed: cmp.Method.Seed, MinGroup: changeMinGroup(withheld), CommandLine: o.CommandLine}}
	files := append(rc.Files(), result.File{Name: "compare.html", Write: func(w io.Writer) error { return viz.WriteCompare(w, page) }})
	study := ls[0].res.Study.Name
	if len(ls) == 2 {
		study += ", " + ls[1].res.Study.Name
	}
	files = append(files, changeAudit("compare", o.studies[0], study, min(rc.JSON.Before.From, rc.JSON.After.From),
		max(rc.JSON.Before.To, rc.JSON.After.To), withheld, files, o.Parquet))
	if err := writeFiles(ctx, o.Out, files, o.Parquet); err != nil {
		return err
	}
	for _, w := range rc.JSON.Warnings {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", w.Message))
	}
	if o.BlockWeeks > 1 {
		// the weekly blocks and the blocks of --block-weeks weeks that
		// are resampled and permuted: "(14 blocks" beside warnings on
		// "the time blocks of the two periods, 7 and 7" of the same run
		// (sekat generate --seed 1160 --scale 0.3, quarters, --block-weeks 2)
		fmt.Fprintln(stderr, msg(o.Lang, "change.periodsRuns", i18n.Days(o.Lang, rc.JSON.Before.From, change.LastDay(cmp.Before.Window.To, loc)), cmp.Before.Blocks, cmp.Method.RunsBefore, o.BlockWeeks, groupDigits(int64(cmp.Before.Nodes), o.Lang),
			i18n.Days(o.Lang, rc.JSON.After.From, change.LastDay(cmp.After.Window.To, loc)), cmp.After.Blocks, cmp.Method.RunsAfter, groupDigits(int64(cmp.After.Nodes), o.Lang)))
	} else {
		fmt.Fprintln(stderr, msg(o.Lang, "change.periods", i18n.Days(o.Lang, rc.JSON.Before.From, change.LastDay(cmp.Before.Window.To, loc)), cmp.Before.Blocks, groupDigits(int64(cmp.Before.Nodes), o.Lang),
			i18n.Days(o.Lang, rc.JSON.After.From, change.LastDay(cmp.After.Window.To, loc)), cmp.After.Blocks, groupDigits(int64(cmp.After.Nodes), o.Lang)))
	}
	// as compare.html writes it: 0.000999 is not 0.001, and a p no
	// relabelling reached is the bound its permutations can show
	qp := i18n.PermutationP(o.Lang, cmp.QAP.P, result.PFloor(cmp.QAP.P, cmp.QAP.Permutations))
	if cmp.QAP.Exact {
		qp = i18n.ExactP(o.Lang, cmp.QAP.P, cmp.QAP.Permutations)
	}
	fmt.Fprintln(stderr, msg(o.Lang, "change.qap", i18n.Decimal(o.Lang, strconv.FormatFloat(cmp.QAP.R, 'f', 3, 64)), qp))
	if levelOf(o.studies[0].Level) == graph.PersonLevel {
		// what the privacy rule did, as compare.html says (before: the
		// facilitators' "shortlist for human review", which a comparison
		// of groups over time is not)
		fmt.Fprintln(stdout, viz.ChangeNotice(changeMinGroup(withheld), o.Lang))
	}
	if len(rc.JSON.Verdicts) == 0 {
		fmt.Fprintln(stdout, rc.NoVerdict)
	}
	for _, v := range rc.JSON.Verdicts {
		fmt.Fprintln(stdout, v.Sentence)
	}
	if appeared != "" {
		fmt.Fprintln(stdout, appeared)
	}
	// the units a crosswalk lined up, as compare.html says under the
	// verdicts: changes_units.csv's crosswalk_from alone named them
	if s := viz.CompareReorganised(o.Lang, rc); s != "" {
		fmt.Fprintln(stdout, s)
	}
	// what "adjusted p" and the interval of those sentences are: the null
	// model, the correction and the resampling (before: compare.html's
	// method section only, so a verdict copied from the terminal named
	// neither)
	fmt.Fprintln(stdout, msg(o.Lang, "change.verdictMethod", groupDigits(int64(o.Permutations), o.Lang),
		groupDigits(int64(o.Resamples), o.Lang), o.BlockWeeks))
	// a row whose interval and p-value point different ways, and which
	// to rely on, as compare.html says under its tables (before: the page
	// alone, for groups without a significant change only, and a verdict
	// printed beside an interval holding 0 went unexplained)
	groups, network := viz.CompareDisagreements(o.Lang, rc)
	for _, s := range append(groups, network...) {
		fmt.Fprintln(stdout, s)
	}
	fmt.Fprintln(stdout, msg(o.Lang, "change.wrote", o.Out))
	return nil
}

// hasTies reports whether period p of frame f holds a tie: an edge of
// positive weight in one of its blocks.
// minGapWeeks is the fewest whole weeks without any event that make a
// compared period's gaps worth a warning. A holiday empties at most one
// whole week (the cuti bersama of Idul Fitri, the longest, is about a
// week: the generated studies have one empty week a year, 31 March 2025);
// two or more, in a row or not, are more than the holidays of a period
// explain, and most often data that were not exported.
const minGapWeeks = 2

// emptyBlocks counts the whole weeks of p (blocks of seven days: one cut
// by the period's bounds may be a weekend) and those without a tie, and
// gives the first of these.
func emptyBlocks(f *change.Frame, p change.Period) (n, weeks, first int) {
	first = -1
	for _, b := range p.Blocks {
		if w := f.Blocks[b].Window; w.To-w.From < 7*86400-3600 {
			continue
		}
		weeks++
		tie := false
		for _, e := range f.Blocks[b].Edges {
			if e.Weight > 0 {
				tie = true
				break
			}
		}
		if !tie {
			if n == 0 {
				first = b
			}
			n++
		}
	}
	return n, weeks, first
}

func hasTies(f *change.Frame, p change.Period) bool {
	for _, b := range p.Blocks {
		for _, e := range f.Blocks[b].Edges {
			if e.Weight > 0 {
				return true
			}
		}
	}
	return false
}

// noVerdict is the sentence said when no group's verdict is reported: that
// no sector changed significantly only when the sectors were tested and
// could have been found to (their Holm floor at most alpha); else that
// none could be tested, or that none could be significant with the
// permutations given, which is no evidence that nothing changed. At
// person level the units are judged too, and the sentence says so: "no
// sector or unit changed significantly" when both were tested and could
// have been found to change, else a sentence on the sectors and one on
// the units (before: "no sector changed significantly" alone, as if the
// units had not been tested).
func noVerdict(lang string, c *change.Comparison, shown map[[2]string]bool) string {
	s := familyNoVerdict(lang, c, metrics.GroupSector, shown)
	if c.Method.Level != graph.PersonLevel.String() {
		return s
	}
	u := familyNoVerdict(lang, c, metrics.GroupUnit, shown)
	if s == msg(lang, "change.noChange") && u == msg(lang, "change.noChangeUnit") {
		return msg(lang, "change.noChangePerson")
	}
	return s + " " + u
}

// familyNoVerdict is noVerdict's sentence on the groups of type t: the
// sectors, or at person level the units. Where shown is not nil, the
// groups it does not hold (withheld for privacy) are not counted among
// those that changed by less than the minimum change: "in 1 of the tested
// sectors the change is significant" beside one shown sector without a
// verdict told of a withheld group of fewer than k people.
func familyNoVerdict(lang string, c *change.Comparison, t metrics.GroupType, shown map[[2]string]bool) string {
	keys := map[string]string{"change.noneTested": "change.noneTested", "change.noneReachableSplits": "change.noneReachableSplits",
		"change.noneReachable": "change.noneReachable", "change.noChangeSmall": "change.noChangeSmall", "change.noChange": "change.noChange"}
	if t == metrics.GroupUnit {
		keys = map[string]string{"change.noneTested": "change.noneTestedUnit", "change.noneReachableSplits": "change.noneReachableSplitsUnit",
			"change.noneReachable": "change.noneReachableUnit", "change.noChangeSmall": "change.noChangeSmallUnit", "change.noChange": "change.noChangeUnit"}
	}
	key := func(k string) string { return keys[k] }
	tested := false
	for _, g := range c.Groups {
		if g.Type == t && g.Tested {
			tested = true
		}
	}
	if !tested {
		return msg(lang, key("change.noneTested"))
	}
	for _, f := range c.HolmFloors() {
		if f.Family == string(t) && f.Floor > c.Method.Alpha && f.BySplits {
			dec := func(x float64, prec int) string { return i18n.Decimal(lang, strconv.FormatFloat(x, 'f', prec, 64)) }
			return msg(lang, key("change.noneReachableSplits"), c.Method.RunsBefore, c.Method.RunsAfter, i18n.Number(lang, c.Method.Splits, 0),
				dec(f.Floor, 3), dec(c.Method.Alpha, 2), viz.SplitsMirror(lang, f.Mirrored))
		}
		if f.Family == string(t) && f.Floor > c.Method.Alpha {
			return msg(lang, key("change.noneReachable"), groupDigits(int64(c.Method.Permutations), lang), i18n.Decimal(lang, strconv.FormatFloat(f.Floor, 'f', 3, 64)),
				i18n.Decimal(lang, strconv.FormatFloat(c.Method.Alpha, 'f', 2, 64)), f.Permutations)
		}
	}
	small := 0
	for _, g := range c.Groups {
		if g.Type == t && g.Verdict == change.SmallChange && (shown == nil || shown[[2]string{string(g.Type), g.Name}]) {
			small++
		}
	}
	if small > 0 {
		return msg(lang, key("change.noChangeSmall"), small, i18n.Decimal(lang, strconv.FormatFloat(c.Method.MinChange, 'f', 2, 64)))
	}
	return msg(lang, key("change.noChange"))
}

// appearedGroups is the sentence naming the groups of a judged kind (a
// sector with internal units; at person level also a unit) that have ties
// in the after period only and are shown in rc (not withheld): they get
// no verdict and are not tested, having no before to compare with. ""
// when there are none. Before, nothing said so, and "No sector changed
// significantly" stood beside a sector whose units' ties all began after
// the first period, while one whose ties all ended was said to have
// dissolved.
func appearedGroups(lang string, c *change.Comparison, rc *result.Comparison) string {
	shown := groupsShown(rc)
	var types []metrics.GroupType
	var names []string
	for _, g := range c.Groups {
		if g.Judged && g.Present == change.AfterOnly && shown[[2]string{string(g.Type), g.Name}] {
			types, names = append(types, g.Type), append(names, g.Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return msg(lang, "change.appeared", i18n.GroupList(lang, types, names))
}

// groupsShown is the set of the groups (type, name) rc's tables show.
func groupsShown(rc *result.Comparison) map[[2]string]bool {
	shown := map[[2]string]bool{}
	for _, g := range rc.Groups {
		shown[[2]string{g.Type, g.Name}] = true
	}
	return shown
}

// protectComparison applies the minimum group size k to the result rc of
// a person-level comparison cmp, as people.Protect does for analyze, before
// anything is written: the sectors and units withheld in either period
// (mergePlan) leave changes_groups.csv, the verdicts, changes_units.csv and
// ties_changed.csv (a tie between units is the sum of their people's
// ties), and the brokers of compare.json show Hidden for their unit; a
// unit whose cross-sector share rests on fewer than k stayers leaves
// changes_units.csv; a matched community row leaves
// communities_matched.csv when either community is withheld
// (hiddenCommunities) or fewer than k people are in both; a withheld unit
// is not named among the units with ties in one period only
// (units_appeared, units_disappeared and their warnings) or the retired
// units still named (unit_stale). It returns what was withheld.
func protectComparison(cmp *change.Comparison, rc *result.Comparison, k int) (*people.Withheld, error) {
	plan, err := mergePlan(nil, cmp.NetBefore.Net, k)
	if err != nil {
		return nil, err
	}
	if plan, err = mergePlan(plan, cmp.NetAfter.Net, k); err != nil {
		return nil, err
	}
	w := planWithheld(plan)
	// "unit UJA exists only in the before period" told of a withheld
	// unit that its few people had no tie after (or before) it.
	shown := func(u string) bool { return !plan.Units[u] }
	cmp.Appeared, cmp.Disappeared = keepShown(cmp.Appeared, shown), keepShown(cmp.Disappeared, shown)
	cmp.Stale = keepShown(cmp.Stale, shown)
	rc.JSON.Appeared, rc.JSON.Disappeared = keepShown(rc.JSON.Appeared, shown), keepShown(rc.JSON.Disappeared, shown)
	// The movers: counted per pair of units, each person once, never
	// listed (a row per mover is a group of one, which a transfer decree
	// names); a pair moved by fewer than k people is left out, and the
	// mover counts of its two units are withheld below, since the counts
	// less the pairs shown would give it.
	flows := moverFlows(rc.JSON.Movers, plan.UnitLabel)
	smallOut, smallIn := map[string]bool{}, map[string]bool{}
	rc.JSON.MoverFlows = []result.CompareMoverFlow{}
	for _, f := range flows {
		if f.People < k {
			smallOut[f.UnitBefore], smallIn[f.UnitAfter] = true, true
			w.Rows++
			continue
		}
		rc.JSON.MoverFlows = append(rc.JSON.MoverFlows, f)
	}
	rc.JSON.Movers = []result.CompareMover{}
	rc.Groups = slices.DeleteFunc(rc.Groups, func(g result.GroupChange) bool { return plan.HidesGroup(g.Type, g.Name) })
	rc.JSON.Verdicts = slices.DeleteFunc(rc.JSON.Verdicts, func(v result.CompareVerdict) bool { return plan.HidesGroup(v.Type, v.Name) })
	units := rc.Units[:0]
	for _, u := range rc.Units {
		if plan.Units[u.Unit] || plan.Sectors[u.Sector] {
			continue
		}
		if u.Stayers < float64(k) {
			w.Rows++
			continue
		}
		// Fewer than k people moved in (out): a group under the minimum,
		// and with mover_flows it could be told which pair they moved
		// between; or a pair under the minimum left out of mover_flows
		// begins (ends) here. Then the unit's stayers and both mover
		// counts are withheld (empty cells): with the unit's sizes
		// before and after (changes_groups.csv) and the other count, any
		// one of them would give the withheld one away.
		small := smallOut[u.Unit] || smallIn[u.Unit]
		for _, n := range []float64{u.MovedIn, u.MovedOut} {
			small = small || n > 0 && n < float64(k)
		}
		if small {
			for _, n := range []*float64{&u.Stayers, &u.MovedIn, &u.MovedOut} {
				if !math.IsNaN(*n) {
					*n = math.NaN()
					w.Cells++
				}
			}
		}
		units = append(units, u)
	}
	rc.Units = units
	ties := rc.Ties[:0]
	for _, t := range rc.Ties {
		if plan.Units[t.Source] || plan.Units[t.Target] || plan.Sectors[t.SectorSource] || plan.Sectors[t.SectorTarget] {
			w.Rows++
			continue
		}
		ties = append(ties, t)
	}
	rc.Ties = ties
	hb := hiddenCommunities(cmp.NetBefore.Net, cmp.AnalysisBefore, k)
	ha := hiddenCommunities(cmp.NetAfter.Net, cmp.AnalysisAfter, k)
	for c := range hb {
		w.Communities = append(w.Communities, "before "+strconv.Itoa(c))
	}
	for c := range ha {
		w.Communities = append(w.Communities, "after "+strconv.Itoa(c))
	}
	slices.Sort(w.Communities)
	comms := rc.Communities[:0]
	for _, m := range rc.Communities {
		if hb[m.Before] || ha[m.After] || m.Shared > 0 && m.Shared < k {
			w.Rows++
			continue
		}
		comms = append(comms, m)
	}
	rc.Communities = comms
	for i := range rc.JSON.Brokers {
		b := &rc.JSON.Brokers[i]
		b.Unit = plan.UnitLabel(b.Unit)
	}
	return w, nil
}

// moverFlows counts movers per pair of units as label shows them, in the
// order of the units' labels.
func moverFlows(movers []result.CompareMover, label func(string) string) []result.CompareMoverFlow {
	n := map[[2]string]int{}
	for _, m := range movers {
		n[[2]string{label(m.UnitBefore), label(m.UnitAfter)}]++
	}
	flows := make([]result.CompareMoverFlow, 0, len(n))
	for k, c := range n {
		flows = append(flows, result.CompareMoverFlow{UnitBefore: k[0], UnitAfter: k[1], People: c})
	}
	slices.SortFunc(flows, func(a, b result.CompareMoverFlow) int {
		return cmp.Or(strings.Compare(a.UnitBefore, b.UnitBefore), strings.Compare(a.UnitAfter, b.UnitAfter))
	})
	return flows
}

// writeFiles writes files into the folder dir, all or none: the Parquet
// twins only when parquet is set (and removed otherwise).
func writeFiles(ctx context.Context, dir string, files []result.File, parquet bool) error {
	out, err := newOutSet(dir)
	if err != nil {
		return err
	}
	defer out.abort()
	for _, f := range files {
		if f.Write == nil || f.Parquet && !parquet {
			out.drop(f.Name)
			continue
		}
		if err := out.write(f.Name, func(w *bufio.Writer) error { return f.Write(w) }); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return out.commit()
}

// warnUnmatched names on stderr the units with ties in only the first or
// only the second half of the periods (units renamed, merged or split
// without a crosswalk) and the retired units still named after their date,
// those for which shown is true (nil: every unit; a person-level run
// without names does not name a withheld unit). middle is the day the
// periods were split at (change.Middle), as people read it in lang, in
// loc ("30 Juni 2025"): "about the middle of the window" left the reader
// to work out which day that was.
func warnUnmatched(stderr io.Writer, lang string, f *change.Frame, periods []change.Period, shown func(unit string) bool, cwPath string, loc *time.Location) (gone, added []string, middle string) {
	gone, added = f.Unmatched(periods)
	gone, added = keepShown(gone, shown), keepShown(added, shown)
	middle = i18n.Day(lang, change.Day(change.Middle(periods), loc))
	for _, u := range gone {
		fmt.Fprintln(stderr, "sekat: "+msg(lang, "warning", unmatchedWarning(lang, u, msg(lang, "change.onlyFirstHalf", middle), cwPath)))
	}
	for _, u := range added {
		fmt.Fprintln(stderr, "sekat: "+msg(lang, "warning", unmatchedWarning(lang, u, msg(lang, "change.onlySecondHalf", middle), cwPath)))
	}
	for _, u := range keepShown(f.Stale, shown) {
		fmt.Fprintln(stderr, "sekat: "+msg(lang, "warning", staleWarning(lang, u, f.Crosswalk, cwPath, loc)))
	}
	return gone, added, middle
}

// unmatchedWarning says that unit has ties only when ("in the before
// period", "up to about 30 June 2025 (the middle of the window)"), so
// that it is not matched: without a crosswalk (cwPath ""), that none was
// read and how to declare one; with one, that the crosswalk, named as the
// user gave it, lines the unit up with no unit on the other side. It said
// "without unit_crosswalk.csv" beside a --crosswalk that merely left the
// unit out, as if the file had not been read (TestUnmatchedNamesCrosswalkRead).
func unmatchedWarning(lang, unit, when, cwPath string) string {
	if cwPath == "" {
		return msg(lang, "change.unmatched", unit, when)
	}
	return msg(lang, "change.unmatchedListed", unit, when, cwPath)
}

// crosswalkOutsideData words the rows of the crosswalk cw, read from
// cwPath, whose date lies more than a week outside span, the data's span,
// one sentence per date, naming the file, the rows' lines and the span,
// and what to correct. After the data, the date changes no figure (the
// ties of a replaced unit count for its successor in every period,
// whatever the date) and no check that the replaced units are no longer
// named after it can be made; before them, a row whose old unit has no tie
// in the data (not in stale, the units named after their date) changes no
// figure at all. Both were accepted without a word: a crosswalk of
// sekat generate --seed 1156 --scale 0.3 --reorg with its year typed 2030
// gave compare's outputs byte for byte.
//
// private (a person-level run without --reveal) leaves the rows before the
// data out: "no unit it replaces has a tie" would tell of a unit's people
// that none of them had a tie, who may be fewer than the minimum group.
func crosswalkOutsideData(lang string, cw *change.Crosswalk, cwPath string, span graph.Window, stale []string, private bool, loc *time.Location) []string {
	if cw == nil || cwPath == "" || span.From == 0 && span.To == 0 {
		return nil
	}
	const week = 7 * 86400
	type group struct {
		date        int64
		after       bool
		lines, rows []string
	}
	var gs []*group
	for _, r := range cw.Rows {
		after := r.From >= span.To+week
		if !after && (private || !(r.From < span.From-week && !slices.Contains(stale, r.Old))) {
			continue
		}
		i := slices.IndexFunc(gs, func(g *group) bool { return g.date == r.From && g.after == after })
		if i < 0 {
			i = len(gs)
			gs = append(gs, &group{date: r.From, after: after})
		}
		row := msg(lang, "warn.reorgRow", r.Old, r.New)
		if r.Share < 1 {
			row = msg(lang, "warn.reorgRowShare", r.Old, r.New, i18n.Number(lang, r.Share, 2))
		}
		gs[i].lines = append(gs[i].lines, strconv.Itoa(r.Line))
		gs[i].rows = append(gs[i].rows, row)
	}
	slices.SortStableFunc(gs, func(a, b *group) int { return cmp.Compare(a.date, b.date) })
	day := func(t int64) string { return i18n.Day(lang, change.Day(t, loc)) }
	var out []string
	for _, g := range gs {
		lines := msg(lang, "change.cwLine", g.lines[0])
		if len(g.lines) > 1 {
			lines = msg(lang, "change.cwLines", i18n.Join(lang, g.lines))
		}
		key := "change.crosswalkBeforeData"
		if g.after {
			key = "change.crosswalkAfterData"
		}
		out = append(out, msg(lang, key, cwPath, lines, strings.Join(g.rows, "; "), day(g.date), day(span.From), day(span.To-1)))
	}
	return out
}

// dataSpan is the span of the events of the studies of ls together.
func dataSpan(ls []*loaded) graph.Window {
	var w graph.Window
	for _, l := range ls {
		sp := l.res.Span
		if sp.From == 0 && sp.To == 0 {
			continue
		}
		if w.From == 0 || sp.From < w.From {
			w.From = sp.From
		}
		w.To = max(w.To, sp.To)
	}
	return w
}

// staleWarning says that unit, retired by the crosswalk cw read from
// cwPath, is still named in the data after its date, naming the file as
// the user gave it, the line of the unit's row and its date, which may be
// the mistake; it named "unit_crosswalk.csv" whatever the file was called,
// and neither line nor date.
func staleWarning(lang, unit string, cw *change.Crosswalk, cwPath string, loc *time.Location) string {
	if cw != nil && cwPath != "" {
		for _, r := range cw.Rows {
			if r.Old == unit && r.Line > 0 {
				return msg(lang, "change.staleListed", unit, i18n.Day(lang, change.Day(r.From, loc)), cwPath, r.Line)
			}
		}
	}
	return msg(lang, "change.stale", unit)
}

// keepShown returns the units of us for which shown is true, in order
// (all of them when shown is nil); an empty list stays a list, not nil
// (compare.json writes [] for it).
func keepShown(us []string, shown func(string) bool) []string {
	if shown == nil {
		return us
	}
	out := us[:0:0]
	for _, u := range us {
		if shown(u) {
			out = append(out, u)
		}
	}
	return out
}

// withheldWarning counts the groups compare withheld for privacy, naming
// only the kinds that lost any: "0 sectors and 6 units are withheld"
// made the reader wonder what a withheld zero was.
func withheldWarning(lang string, sectors, units, minGroup int) string {
	switch {
	case sectors == 0:
		return msg(lang, "change.unitsWithheld", units, minGroup)
	case units == 0:
		return msg(lang, "change.sectorsWithheld", sectors, minGroup)
	}
	return msg(lang, "change.groupsWithheld", sectors, units, minGroup)
}
