package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

// studyOptions are the flags every command that reads a study shares.
type studyOptions struct {
	Study    string
	From, To string
	Level    string // unit | person
	// KeepInactive keeps, at person level, the people without a tie in
	// the window as nodes (--keep-inactive); no effect at unit level.
	KeepInactive  bool
	Strict        bool
	MaxRejectRate float64 // 0: the study's setting or 0.01
	Lang          string
	Progress      progress.Reporter // the zero value: no progress
	// Pairs is the folder of pair tables (sekat pairs) read instead of
	// the study's log tables (--pairs); "" reads the logs.
	Pairs string
	// UnitPairs, at person level with Pairs, is the folder of the
	// unit-level tables of the same logs (compare's --unit-pairs).
	UnitPairs string
	inputOptions
	privacyOptions
	// rawIDs keeps person ids in the network (facilitators, which makes
	// its pseudonyms when it writes its rows).
	rawIDs bool
	// warn receives the warnings about the study and its files as they
	// arise (nil: not printed; summary.json has them all the same).
	warn io.Writer
	// emptyOK lets a study without any event in the window load (validate
	// lists the rejected rows first, then says so).
	emptyOK bool
	// showValues prints on stderr the values of warnings that may
	// identify a person without --reveal (validate, which lists rejected
	// values too: stderrWarningText).
	showValues bool
	// blocks, when set, also sums the pairs per time block (compare,
	// trend: ingest.Options.Blocks).
	blocks graph.Blocks
	// noNet leaves the window's network unmade (loaded.net is nil) and,
	// with blocks, keeps the blocks' sums only (ingest.Options.BlocksOnly):
	// compare, trend and evaluate make their networks from the blocks.
	noNet bool
	// oneLevel names the command when it reads Level only, with no
	// --level to change it (evaluate: unit; facilitators: person): pair
	// tables of the other level are then told to be made again at Level,
	// not to run the command with --level.
	oneLevel string
}

// inputOptions are the flags that say which files sekat may read and how
// much it may unpack: every command that reads a study has them.
type inputOptions struct {
	FollowSymlinks bool
	MaxSpool       int64 // bytes; 0: ingest.DefaultMaxSpool
}

// studyFlags are the flags of every command that reads a study, with
// their help in hl.
func studyFlags(hl string) []cli.Flag {
	h := helpFor(hl)
	return append([]cli.Flag{
		&cli.StringFlag{Name: "from", Usage: h("flag.from")},
		&cli.StringFlag{Name: "to", Usage: h("flag.to")},
		&cli.StringFlag{Name: "level", Value: "unit", Usage: h("flag.level")},
		&cli.BoolFlag{Name: "keep-inactive", Usage: h("flag.keep-inactive")},
		&cli.BoolFlag{Name: "strict", Usage: h("flag.strict")},
		// Value 0 leaves the rate to study.yaml or ingest's 0.01 (see
		// studyOptionsFrom); DefaultText says so instead of "0".
		&cli.Float64Flag{Name: "max-reject-rate", Usage: h("flag.max-reject-rate"), DefaultText: "0.01"},
		langFlag(hl),
		quietFlag(hl),
	}, append(inputFlags(hl), privacyFlags(hl)...)...)
}

// inputFlags are --follow-symlinks and --max-spool, with their help in hl.
func inputFlags(hl string) []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "follow-symlinks", Usage: msg(hl, "flag.follow-symlinks")},
		&cli.StringFlag{Name: "max-spool", Value: byteSizeText(ingest.DefaultMaxSpool), Usage: msg(hl, "flag.max-spool")},
	}
}

// inputOptionsFrom reads and checks inputFlags.
func inputOptionsFrom(c *cli.Context, lang string) (inputOptions, error) {
	o := inputOptions{FollowSymlinks: c.Bool("follow-symlinks")}
	if c.IsSet("max-spool") {
		n, ok := parseByteSize(c.String("max-spool"))
		if !ok {
			return o, usagef(msg(lang, "badMaxSpool"), c.String("max-spool"))
		}
		o.MaxSpool = n
	}
	return o, nil
}

// checkInt refuses an integer flag below lo (0 or -1), naming the flag.
func checkInt(lang, flag string, v, lo int) error {
	if v >= lo {
		return nil
	}
	want := "rangeZeroOrMore"
	if lo == -1 {
		want = "rangeMinusOneOrMore"
	}
	return usagef(msg(lang, "badFlagNumber"), flag, v, msg(lang, want))
}

// checkPositive refuses a float flag that is not a finite number above 0
// (NaN and infinities included), naming the flag.
func checkPositive(lang, flag string, v float64) error {
	if v > 0 && !math.IsInf(v, 1) {
		return nil
	}
	return usagef(msg(lang, "badFlagNumber"), flag, v, msg(lang, "rangeFinitePositive"))
}

// parseByteSize reads a size such as 4GiB, 500MB, 512M or 1048576 (bytes):
// a whole number, optionally followed by K, M, G or T (powers of 1,024,
// with or without "iB" or "B"). It refuses zero, negatives and overflows.
func parseByteSize(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	num := strings.TrimRightFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	unit := strings.ToUpper(strings.TrimSpace(s[len(num):]))
	unit = strings.TrimSuffix(strings.TrimSuffix(unit, "B"), "I")
	shift := map[string]uint{"": 0, "K": 10, "M": 20, "G": 30, "T": 40}
	sh, ok := shift[unit]
	if !ok || num == "" || strings.TrimLeft(num, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > math.MaxInt64>>sh {
		return 0, false
	}
	return n << sh, true
}

// byteSizeText writes n as parseByteSize reads it, in the largest whole
// unit.
func byteSizeText(n int64) string {
	for _, u := range []struct {
		shift uint
		name  string
	}{{40, "TiB"}, {30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10)
}

func studyOptionsFrom(c *cli.Context) (studyOptions, error) {
	s, err := studyArg(c)
	if err != nil {
		return studyOptions{}, err
	}
	return studyOptionsFor(c, s)
}

// studyOptionsFor reads and checks the study flags for study s.
func studyOptionsFor(c *cli.Context, s string) (studyOptions, error) {
	var err error
	o := studyOptions{Study: s, From: c.String("from"), To: c.String("to"), Level: c.String("level"),
		KeepInactive: c.Bool("keep-inactive"), Strict: c.Bool("strict"), MaxRejectRate: c.Float64("max-reject-rate"), Lang: lang(c), warn: c.App.ErrWriter}
	if o.Level == "" && !c.IsSet("level") {
		o.Level = "unit" // a command without --level (facilitators sets its own)
	}
	if o.Level != "unit" && o.Level != "person" {
		return o, usagef(msg(o.Lang, "badLevel"), asTyped(typedValues(c), "level", o.Level))
	}
	// NaN fails every comparison: written as !(in range) it is refused.
	if r := o.MaxRejectRate; c.IsSet("max-reject-rate") && !(r >= 0 && r <= 1) {
		return o, usagef(msg(o.Lang, "badRejectRate"), r)
	}
	if o.inputOptions, err = inputOptionsFrom(c, o.Lang); err != nil {
		return o, err
	}
	if o.privacyOptions, err = privacyOptionsFrom(c, o.Lang); err != nil {
		return o, err
	}
	if c.IsSet("max-reject-rate") && o.MaxRejectRate == 0 {
		o.MaxRejectRate = 1e-300 // 0 means "none allowed", not "default"
	}
	if l := c.String("lang"); c.IsSet("lang") && l != "id" && l != "en" {
		return o, usagef(msg(o.Lang, "badLang"), l) // o.Lang: SEKAT_LANG, else id
	}
	return o, nil
}

// loaded is a study read into networks.
type loaded struct {
	// res is the load's result. Once net is made, res.Builder is nil (its
	// sums are in net) and built keeps what the summary reads from it;
	// with studyOptions.noNet the builder stays for the frames (frameOf).
	res   *ingest.Result
	built built
	// pairFiles are the files of pair tables read (--pairs), else nil.
	pairFiles []ingest.PairFile
	net       *graph.Network
	events    *graph.EventLog // the window's events for the briefing (cmd_report.go)
	// minGroup is the minimum group size of a person-level run, withheld
	// what it left out (analyzeNetwork fills it).
	minGroup int
	withheld *people.Withheld
	// partialUnlisted counts the ids left out of kept letters that
	// rejects.csv does not list, their file's rows being past
	// maxRejectsListed.
	partialUnlisted int64
	// valuesLeftOut counts the rows of rejects.csv whose value was left
	// out because it may name a person (studyOptions.withholds).
	valuesLeftOut int64
	// dashes counts the letters used without a value that was a lone
	// dash (partialDashes).
	dashes partialDashes
	// headerOnly are the warnings of the log tables that hold a header
	// alone, held back when no log holds a row (validate says them in its
	// stop, headerOnlyText); else nil, the warnings said.
	headerOnly []ingest.Warning
}

// built is what a builder says of its run besides its sums: the totals
// and the limits it applied (summary.json's counts and method).
type built struct {
	totals                          graph.Totals
	meetingSizeLimit, circularLimit int
}

// maxRejectsListed is how many rejected rows of one file rejects.csv
// lists; the rest are counted, in one last row per file. A small file of
// bad rows must not write a rejects.csv of gigabytes.
const maxRejectsListed = 1000

// loadStudy reads the study of o; rejected rows are written to rejects as
// rejects.csv (file,line,column,value,reason): the first maxRejectsListed
// of each file, then per file a row with an empty line that says how many
// more were rejected.
func loadStudy(ctx context.Context, o studyOptions, rejects io.Writer) (*loaded, error) {
	rw := bufio.NewWriter(rejects)
	ct := result.Rejects.NewCSVWriter(rw)
	var werr error
	listed := map[string]int64{}
	var files []string // in order of their first rejected row
	var more []int64
	var partialUnlisted, valuesLeftOut int64
	l, err := loadStudyCollect(ctx, o, func(e *ingest.RowError) {
		n, ok := listed[e.File]
		if !ok {
			files = append(files, e.File)
			more = append(more, 0)
		}
		if n >= maxRejectsListed {
			more[len(more)-1]++ // files are read one after the other
			if errors.Is(e, ingest.ErrPartial) {
				partialUnlisted++
			}
			return
		}
		listed[e.File] = n + 1
		row := []result.Reject{{File: e.File, Line: e.Line, Column: e.Column, Value: e.Value, Reason: reasonText(e, o.Lang)}}
		if o.withholds(e) {
			// A value that may name a person, and an English reason that
			// quotes it, would leave the study with the folder: the row
			// says where it is, and why in the catalogue's words.
			if row[0].Value != "" {
				valuesLeftOut++
			}
			row[0].Value, row[0].Reason = "", catalogueReason(e, o.Lang)
		}
		// what a spreadsheet cannot show, written as validate writes it
		row[0].Value, row[0].Reason = showInvisible(row[0].Value), showInvisible(row[0].Reason)
		if _, err := ct.Write(row); err != nil && werr == nil {
			werr = err
		}
	})
	for i, f := range files {
		if more[i] == 0 {
			continue
		}
		row := []result.Reject{{File: f, Reason: msg(o.Lang, "rejectsMore", groupDigits(int64(more[i]), o.Lang), groupDigits(int64(maxRejectsListed), o.Lang))}}
		if _, err := ct.Write(row); err != nil && werr == nil {
			werr = err
		}
	}
	if err := ct.Close(); err != nil && werr == nil {
		werr = err
	}
	if err := rw.Flush(); err != nil && werr == nil {
		werr = err
	}
	if err != nil {
		if rejects == io.Discard {
			return nil, rejectsNotWritten(err, o)
		}
		if valuesLeftOut > 0 && werr == nil && (errors.Is(err, ingest.ErrRejectRate) || allRejected(err) != nil) {
			return nil, &valuesLeftOutError{err, valuesLeftOut}
		}
		return nil, err
	}
	if werr != nil {
		return nil, fmt.Errorf("rejects.csv: %w", werr)
	}
	l.partialUnlisted, l.valuesLeftOut = partialUnlisted, valuesLeftOut
	return l, nil
}

// rejectsNotWritten words the reject-rate failure of a command that writes
// no rejects.csv (export, a report read from a study): the fix points to
// sekat validate, which lists the rows, not to a file that is not there.
// Other errors pass as they are.
func rejectsNotWritten(err error, o studyOptions) error {
	if ne := allRejected(err); ne != nil && o.Pairs == "" { // with --pairs engineNoEvents said it
		return &wordedError{noEventsText(ne, o.Lang, msg(o.Lang, "errNoEventsFixValidate", shellQuote(o.Study))), err}
	}
	if !errors.Is(err, ingest.ErrRejectRate) {
		return err
	}
	var rr *ingest.RejectRateError
	if !errors.As(err, &rr) {
		return &wordedError{msg(o.Lang, "errRejectRateValidate", o.Study) + "\n  " + msg(o.Lang, "detail") + ": " + err.Error(), err}
	}
	return &wordedError{rejectRateText(rr, o.Lang, o.Study), err}
}

// allRejected is err's *ingest.NoEventsError when the logs hold no usable
// row and some were rejected (rows a list can show), else nil.
func allRejected(err error) *ingest.NoEventsError {
	var ne *ingest.NoEventsError
	if errors.As(err, &ne) && ne.Events == 0 && ne.Rejected > 0 {
		return ne
	}
	return nil
}

// fileKindText names a NotRegularError's kind of file in lang.
func fileKindText(kind, lang string) string {
	switch kind {
	case "pipe":
		return msg(lang, "fileKind.pipe")
	case "device":
		return msg(lang, "fileKind.device")
	case "socket":
		return msg(lang, "fileKind.socket")
	case "folder":
		return msg(lang, "fileKind.folder")
	}
	return msg(lang, "fileKind.special")
}

// rejectRateText says in lang how many rows of which table were rejected,
// against what limit, and how to go on: fix the rows rejects.csv lists
// (the path e.Rejects, when set), or, when study is given (a command that
// writes no rejects.csv) or the engine rejected them, list them with
// sekat validate.
func rejectRateText(e *ingest.RejectRateError, lang, study string) string {
	n := func(x int64) string { return i18n.Int(lang, x) }
	share := i18n.Percent(lang, e.Share()/100, 1) + "%"
	limit := i18n.Percent(lang, e.Limit, 1) + "%"
	var s string
	switch {
	case e.Engine:
		s = msg(lang, "errRejectRateEngine", n(e.Rejected), n(e.Rows), e.Table, share, limit)
	case e.Stopped:
		s = msg(lang, "errRejectRateStopped", e.File, n(e.Read), n(e.Rejected), n(e.Rows), e.Table, limit)
	default:
		s = msg(lang, "errRejectRateRows", n(e.Rejected), n(e.Rows), e.Table, share, limit)
	}
	// subtotal rows, one fix for them all, are said apart: 11 of 903
	// letters of a study exported with monthly subtotals failed the rate,
	// with no word of why
	if e.Subtotals > 0 {
		s += msg(lang, "errRejectRateSubtotals", n(e.Subtotals), e.Table)
	}
	s += trailingText(e, lang)
	for _, a := range e.Also {
		if a.Stopped {
			s += msg(lang, "errRejectRateAlsoStopped", a.Table, a.File, n(a.Read), n(a.Rejected), n(a.Rows))
		} else {
			s += msg(lang, "errRejectRateAlso", a.Table, n(a.Rejected), n(a.Rows), i18n.Percent(lang, a.Share()/100, 1)+"%")
		}
		if a.Subtotals > 0 {
			s += msg(lang, "errRejectRateSubtotals", n(a.Subtotals), a.Table)
		}
		s += trailingText(a, lang)
	}
	if u := e.Unchecked(); len(u) > 0 {
		names := make([]string, len(u))
		for i, t := range u {
			names[i] = t.String()
		}
		key := "errRejectRateNotRead"
		if len(names) > 1 {
			key = "errRejectRateNotReadMany" // "tables ... were", in English
		}
		s += msg(lang, key, strings.Join(names, ", "))
	}
	switch {
	case study != "":
		return s + msg(lang, "errRejectRateFixValidate", study)
	case e.Engine:
		return s + msg(lang, "errRejectRateFixRaw")
	case e.Rejects != "":
		return s + msg(lang, "errRejectRateFixFile", e.Rejects)
	}
	return s + msg(lang, "errRejectRateFixFile", "rejects.csv")
}

// loadStudyCollect reads the study of o, handing rejected rows to onReject.
func loadStudyCollect(ctx context.Context, o studyOptions, onReject func(*ingest.RowError)) (*loaded, error) {
	st, err := openStudy(o)
	if err != nil {
		return nil, err
	}
	var win graph.Window
	for i, v := range []string{o.From, o.To} {
		if v == "" {
			continue
		}
		t, _, err := ingest.ParseTime([]byte(v), st.Loc)
		if err != nil {
			return nil, flagTimeError(o.Lang, []string{"--from", "--to"}[i], v, err)
		}
		if st.MonthFirstAny() && ingest.DayMonthSwappable([]byte(v)) { // 02/01/2025 meant month first
			return nil, usagef(msg(o.Lang, "flagMonthFirst"), []string{"--from", "--to"}[i], v, time.Unix(t, 0).In(st.Loc).Format("2006-01-02"))
		}
		if i == 0 {
			win.From = t
		} else {
			win.To = t
		}
	}
	if win.From != 0 && win.To != 0 && win.To <= win.From {
		return nil, usagef(msg(o.Lang, "badWindow"), o.To, o.From)
	}
	// A bound from a flag with the other from study.yaml's window: the two
	// together must still make a window.
	if from, to := cmp.Or(win.From, st.Window.From), cmp.Or(win.To, st.Window.To); from != 0 && to != 0 && to <= from {
		day := func(t int64) string { return time.Unix(t, 0).In(st.Loc).Format("2006-01-02 15:04") }
		return nil, usagef(msg(o.Lang, "badWindowMixed"), day(to), day(from))
	}
	var dashes partialDashes
	opt := ingest.Options{Window: win, People: o.Level == "person", KeepInactive: o.KeepInactive, Strict: o.Strict, MaxRejectRate: o.MaxRejectRate,
		OnReject: func(e *ingest.RowError) { dashes.add(e); onReject(e) },
		MaxSpool: o.MaxSpool, Progress: o.Progress, Blocks: o.blocks, BlocksOnly: o.noNet && o.blocks.Len() > 0, Events: &graph.EventLog{Limit: maxEvents}, UnitPairs: o.UnitPairs}
	say := func(w ingest.Warning) {
		if o.warn != nil {
			fmt.Fprintln(o.warn, "sekat: "+msg(o.Lang, "warning", stderrWarningText(w, o)))
		}
	}
	// A log table that holds its header alone is said once: by the stop
	// on no usable event when no log holds a row (headerOnlyText), else
	// by its warning once the load is done. Both said one after the
	// other the same thing, the warning adding "else remove the file".
	var headerOnly []ingest.Warning
	opt.OnWarning = func(w ingest.Warning) {
		if w.Code == ingest.WarnEmptyTable && o.Pairs == "" {
			headerOnly = append(headerOnly, w)
			return
		}
		say(w)
	}
	flush := func() {
		for _, w := range headerOnly {
			say(w)
		}
		headerOnly = nil
	}
	load := ingest.LoadContext
	var pairFiles []ingest.PairFile
	if o.Pairs != "" {
		load = func(ctx context.Context, st *ingest.Study, opt ingest.Options) (res *ingest.Result, err error) {
			res, pairFiles, err = ingest.LoadPairsFiles(ctx, st, o.Pairs, opt)
			return res, err
		}
	}
	res, err := load(ctx, st, opt)
	noRows := false // no log holds a row: headerOnly names them
	if err == nil && len(headerOnly) > 0 {
		var ne *ingest.NoEventsError
		noRows = errors.As(res.CheckEvents(), &ne) && ne.Events == 0 && ne.Rejected == 0
	}
	if !noRows {
		flush()
	}
	if err != nil {
		var bc *engine.BlockCutError
		if errors.As(err, &bc) {
			return nil, &wordedError{blockCutText(bc, st.Loc, o.Lang), err}
		}
		if pe := (*engine.PairsError)(nil); errors.As(err, &pe) && pe.Code == "level" && o.oneLevel != "" {
			// "or run this command with --level unit", to a command
			// without that level
			fix := "sekat pairs " + shellQuote(o.Study) + " --every day"
			if o.Level == "person" {
				fix = "sekat pairs " + shellQuote(o.Study) + " --level person --every day"
			}
			return nil, &wordedError{msg(o.Lang, "pairs.levelOnly", o.Pairs, pe.Args[0], o.oneLevel, o.Level, fix), err}
		}
		var se *ingest.StrictEngineError
		if errors.As(err, &se) {
			return nil, &wordedError{msg(o.Lang, "errStrictEngine", se.Table, i18n.Int(o.Lang, se.Rejected), i18n.Int(o.Lang, se.Partial), o.Study), err}
		}
		return nil, inputError(err, o.Lang)
	}
	if noRows && !o.emptyOK {
		return nil, &wordedError{headerOnlyText(headerOnly, o.Lang), res.CheckEvents()}
	}
	if !o.emptyOK {
		if err := res.CheckEvents(); err != nil && o.Pairs != "" {
			return nil, engineNoEvents(err, o.Lang, o.Study) // no rejects.csv lists the engine's rejects
		} else if err != nil {
			return nil, inputError(err, o.Lang)
		}
	}
	// A sector written two ways (Kesehatan, kesehatan) is two sectors:
	// said with the load's own warnings, so that stderr, validate,
	// summary.json, the report and the facilitators page give it.
	if w, ok := res.SectorSpellings(); ok {
		res.Warnings = append(res.Warnings, w)
		say(w)
	}
	lvl := graph.UnitLevel
	if o.Level == "person" {
		lvl = graph.PersonLevel
	}
	win = res.Window
	dashes.flush()
	l := &loaded{res: res, events: opt.Events, pairFiles: pairFiles, headerOnly: headerOnly, dashes: dashes}
	if o.Pairs != "" {
		l.events = nil // pair tables hold sums, no events: no forums or datasets to find
	}
	if lvl == graph.PersonLevel {
		if l.minGroup, err = minGroupOf(o, st); err != nil {
			return nil, err
		}
	}
	if o.noNet {
		return l, nil
	}
	o.Progress.Report(progress.Event{Stage: progress.Step, Name: "network"})
	l.net = res.Builder.Network(lvl, win, st.Weights)
	// The network holds the builder's sums: let it go before the metrics
	// run (at person level its pair sums and index are a third of
	// analyze's live heap at its peak).
	l.built = built{res.Builder.Totals(), res.Builder.MeetingSizeLimit(), res.Builder.CircularLimit()}
	res.Builder = nil
	if lvl == graph.PersonLevel {
		if l.net, err = protectNetwork(o, l.net, l.minGroup); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// blockCutText says in lang that a time block of the run, or an end of
// the window, falls inside a period of the pair tables of --pairs, and
// what to do (docs/engines.md, "Periods and windows").
func blockCutText(e *engine.BlockCutError, loc *time.Location, lang string) string {
	at := func(t int64) string { return instantText(t, loc) }
	start := map[string]string{"week": "pairs.startWeek", "month": "pairs.startMonth"}[e.Every]
	start = msg(lang, cmp.Or(start, "pairs.startDay"))
	switch {
	case e.Every == "none":
		// The tables' one period, as far as its bounds are known (0: the
		// tables were made without that end of the window).
		span := msg(lang, "pairs.spanOpen")
		switch {
		case e.From != 0 && e.To != 0:
			span = spanText(lang, e.From, e.To, loc)
		case e.From != 0:
			span = msg(lang, "pairs.spanFrom", at(e.From))
		case e.To != 0:
			span = msg(lang, "pairs.spanTo", lastText(e.To, loc))
		}
		return msg(lang, "pairs.cutNone", e.Dir, span, at(e.Bound))
	case e.Every == "day" && e.Window:
		// Day tables are already the finest: only a time of day cuts them.
		return msg(lang, "pairs.cutWindowDay", at(e.Bound), e.Period, e.Dir)
	case e.Every == "day":
		return msg(lang, "pairs.cutDay", e.Dir, at(e.Bound), e.Period)
	case e.Window:
		return msg(lang, "pairs.cutWindow", at(e.Bound), e.Period, e.Dir, e.Every, start)
	}
	hint := ""
	if e.Every == "week" {
		hint = msg(lang, "pairs.cutWeekHint")
	}
	return msg(lang, "pairs.cutBlock", e.Dir, e.Every, at(e.Bound), e.Period, at(e.From), lastText(e.To, loc), hint)
}

// blockBound is the bound of e that cuts a period, as a date in loc.
func blockBound(e *engine.BlockCutError, loc *time.Location) string {
	return instantText(e.Bound, loc)
}

// instantText writes t as a date in loc, with the time of day when it is
// not midnight; 0 (an open bound) is "…" (blockCutText words open bounds
// itself).
func instantText(t int64, loc *time.Location) string {
	if t == 0 {
		return "…"
	}
	d := time.Unix(t, 0).In(loc)
	if d.Hour() == 0 && d.Minute() == 0 && d.Second() == 0 {
		return d.Format("2006-01-02")
	}
	return d.Format("2006-01-02 15:04:05")
}

// lastText writes the last moment a span ending (exclusively) at to
// covers, as a sentence that reads "from … to …" inclusively must: the
// day before a midnight end (an end of 2025-07-01 is 2025-06-30), else the
// last second before it. "…" for an open end.
func lastText(to int64, loc *time.Location) string {
	if to == 0 {
		return "…"
	}
	d := time.Unix(to, 0).In(loc)
	if d.Hour() == 0 && d.Minute() == 0 && d.Second() == 0 {
		return d.AddDate(0, 0, -1).Format("2006-01-02")
	}
	return time.Unix(to-1, 0).In(loc).Format("2006-01-02 15:04:05")
}

// spanText writes [from, to) in lang with its last moment included
// (lastText), or one date when the span is that one day.
func spanText(lang string, from, to int64, loc *time.Location) string {
	a, b := instantText(from, loc), lastText(to, loc)
	if a == b {
		return a
	}
	return msg(lang, "pairs.spanBoth", a, b)
}

// wordedError is an error already in the user's words; run prints it as it
// is, without the general explanation of its sentinel.
type wordedError struct {
	text string
	err  error
}

func (e *wordedError) Error() string { return e.text }
func (e *wordedError) Unwrap() error { return e.err }

// valuesLeftOutError is a run that failed for too many rejected rows
// after rejects.csv, which it leaves behind, left out n values that may
// name a person: loadIntoOut says so beside the failure, as a run that
// goes on does (valuesLeftOutLine).
type valuesLeftOutError struct {
	err error
	n   int64
}

func (e *valuesLeftOutError) Error() string { return e.err.Error() }
func (e *valuesLeftOutError) Unwrap() error { return e.err }

// studyError words a problem of study.yaml (an *ingest.ConfigError) in
// lang: the file and line, the key, and what is allowed there. Other
// errors pass as they are.
func studyError(err error, lang string) error {
	var ce *ingest.ConfigError
	if !errors.As(err, &ce) {
		return err
	}
	return &wordedError{configText(ce, lang), err}
}

// configText is the sentence of a study.yaml problem in lang, with, for
// a key written without the space after its colon, the line as meant:
// "thresholds holds text "max_reject_rate:0.05"" left the space unseen.
func configText(e *ingest.ConfigError, lang string) string {
	switch {
	case e.NoSpace != "":
		return configProblem(e, lang) + msg(lang, "yaml.colonSpace", e.NoSpace)
	case e.Quote != "":
		return configProblem(e, lang) + msg(lang, "yaml.colonQuote", e.Quote)
	}
	return configProblem(e, lang)
}

// configProblem is configText without the hint of a missing space.
func configProblem(e *ingest.ConfigError, lang string) string {
	at := e.File
	if e.Line > 0 {
		at = msg(lang, "yaml.at", e.File, e.Line)
	}
	place := msg(lang, "yaml.top")
	if e.Path != "" {
		place = msg(lang, "yaml.under", e.Path)
	}
	kind := func(k ingest.ValueKind) string {
		switch k {
		case ingest.KindText:
			return msg(lang, "yaml.text")
		case ingest.KindNumber:
			return msg(lang, "yaml.number")
		case ingest.KindList:
			return msg(lang, "yaml.list")
		case ingest.KindInteger:
			return msg(lang, "yaml.integer")
		}
		return msg(lang, "yaml.mapping")
	}
	switch {
	case errors.Is(e, ingest.ErrUnknownKey):
		s := msg(lang, "yaml.unknownKey", at, e.Key, place, strings.Join(e.Allowed, ", "))
		if near := nearestKey(e.Key, e.Allowed); near != "" && e.Replaced == "" {
			s = msg(lang, "yaml.unknownKeyNear", at, e.Key, place, near, strings.Join(e.Allowed, ", "))
		}
		if e.Replaced != "" {
			s += msg(lang, "yaml.replaced", e.Key, e.Replaced)
		}
		return s
	case errors.Is(e, ingest.ErrDuplicateKey):
		return msg(lang, "yaml.duplicate", at, e.Key, place)
	case errors.Is(e, ingest.ErrSameColumn):
		return msg(lang, "yaml.sameColumn", at, e.Path, e.Key, e.Other, e.Value)
	case errors.Is(e, ingest.ErrValueType):
		name, got := e.Name(), msg(lang, "yaml.gotMapping")
		if name == "" {
			name = msg(lang, "yaml.wholeFile")
		}
		switch e.Got {
		case ingest.KindText:
			got = msg(lang, "yaml.gotText", e.Value)
		case ingest.KindList:
			got = msg(lang, "yaml.gotList")
		}
		return msg(lang, "yaml.badType", at, name, got, wantText(e, lang, kind(e.Want)))
	case errors.Is(e, ingest.ErrYAMLSyntax) && e.Tab:
		return msg(lang, "yaml.syntaxTab", at, e.Detail)
	case errors.Is(e, ingest.ErrYAMLSyntax):
		return msg(lang, "yaml.syntax", at, e.Detail)
	case errors.Is(e, ingest.ErrYAMLEncoding):
		return msg(lang, "yaml.encoding", at)
	case errors.Is(e, ingest.ErrYAMLDocs):
		return msg(lang, "yaml.docs", at)
	}
	return e.Error()
}

// wantText is what a study.yaml value of the wrong kind should be, with
// an example of the right form: the user's own value in a list (write
// formal_positions: [Kepala Dinas]) where it can be so written, a list
// of the key's kind otherwise (positions, not file names, for
// facilitators.formal_positions), the number a "5%" or "0,05" means;
// else general, the text of kind.
func wantText(e *ingest.ConfigError, lang, general string) string {
	switch e.Want {
	case ingest.KindList:
		if v := strings.TrimSpace(e.Value); e.Got == ingest.KindText && v != "" && !strings.ContainsAny(v, "[]{}#:\"'&*!|>%@`\n") {
			return msg(lang, "yaml.listOf", e.Key, v)
		}
		if e.Path == "facilitators" {
			return msg(lang, "yaml.listPositions", e.Key)
		}
		return msg(lang, "yaml.listFiles", e.Key)
	case ingest.KindNumber:
		if n, ok := numberMeant(e.Value); ok && e.Got == ingest.KindText {
			return msg(lang, "yaml.numberMeant", e.Key, n)
		}
	}
	return general
}

// numberMeant is the number a text written for a number most likely
// means: 0,05 with a decimal comma, 5% a share; ok is false for others.
func numberMeant(v string) (string, bool) {
	v = strings.TrimSpace(v)
	pct := strings.HasSuffix(v, "%")
	v = strings.TrimSpace(strings.TrimSuffix(v, "%"))
	if strings.Count(v, ",") == 1 && !strings.Contains(v, ".") {
		v = strings.Replace(v, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return "", false
	}
	if pct {
		f /= 100
	}
	return strconv.FormatFloat(f, 'f', -1, 64), true
}

// datedSpan is the dates a warning's rows span (From to To, see
// Warning.Times) as its sentence says them: one date when both ends are
// the same moment, else the range.
func datedSpan(lang string, w ingest.Warning) string {
	from, to := w.Times()
	if from == to {
		return from
	}
	return msg(lang, "warn.dateRange", from, to)
}

// reasonText is the reason column of rejects.csv in the user's language:
// in English ingest's own reason, which names the value and the fix; in
// Bahasa Indonesia the catalogue's sentence for the row's sentinel (and
// for English too when ingest gave no reason).
// inputError puts the ingest errors about untrusted inputs into the
// user's language: a study.yaml value out of range is bad usage (exit 2);
// a refused file or an oversized spool say what to do, with ingest's own
// message as the detail (as text: main's generic explanation of ErrStudy
// would only repeat it less precisely).
func inputError(err error, lang string) error {
	var xe *ingest.ExcelIDError
	var ne *ingest.NoEventsError
	var nu *ingest.NoUnitsError
	var de *ingest.DuplicateColumnError
	var ce *ingest.ColumnError
	switch {
	case errors.Is(err, ingest.ErrSetting):
		var se *ingest.StudyError
		// in English too: "a value in study.yaml is out of range: " stood
		// before a sentence that names the value, its line and the fix
		if errors.As(err, &se) && studyText(se, lang) != "" {
			return settingf("%s", studyText(se, lang))
		}
		return settingf("%s: %s", msg(lang, "badSetting"), userText(err))
	case studyCode(err) == "crosswalkMissing":
		// a crosswalk study.yaml names that does not exist is bad input,
		// as the same file given by --crosswalk is (exit 2): it exited 1
		return settingf("%s", studyText(studyErrorOf(err), lang))
	case errors.As(err, &ne): // in English too, for its grouped count
		return &wordedError{noEventsText(ne, lang, msg(lang, "errNoEventsFixAny")), err}
	case errors.As(err, &ce) && (len(ce.Suggest) > 0 || otherDelimiter(ce) != 0 || quotedHeader(ce) != 0 || dataAsHeader(ce) != ""): // in English too, for the suggestion
		return &wordedError{columnText(ce, lang), err}
	case lang == "en":
		return err
	case errors.As(err, &xe):
		if xe.Parquet {
			return &wordedError{msg(lang, "errExcelIDParquet", xe.File, xe.Line, xe.Column, xe.Value), err}
		}
		if xe.Float {
			return &wordedError{msg(lang, "errExcelIDFloat", xe.File, xe.Line, xe.Column, xe.Value, xe.Zeros, xe.Long), err}
		}
		if xe.Long > 0 {
			return &wordedError{msg(lang, "errExcelIDZeros", xe.File, xe.Line, xe.Column, xe.Value, xe.Zeros, xe.Long), err}
		}
		key := "errExcelID"
		if !xe.Scientific {
			key = "errExcelIDDecimal"
		}
		return &wordedError{msg(lang, key, xe.File, xe.Line, xe.Column, xe.Value), err}
	case errors.As(err, &nu):
		if nu.Rows == 0 {
			return &wordedError{msg(lang, "errNoUnitRows", strings.Join(nu.Files, ", ")), err}
		}
		return &wordedError{msg(lang, "errNoUsableUnits", strings.Join(nu.Files, ", "), groupDigits(int64(nu.Rows), lang)), err}
	case errors.As(err, &ce):
		return &wordedError{columnText(ce, lang), err}
	case errors.As(err, &de):
		return &wordedError{msg(lang, "errDuplicateColumn", de.File, de.Column, de.First, de.Second), err}
	case errors.Is(err, ingest.ErrOutside):
		return &wordedError{msg(lang, "errOutside", inputFile(err, lang)) + "\n  " + msg(lang, "detail") + ": " + userText(err), err}
	case errors.As(err, new(*ingest.NotRegularError)):
		var nr *ingest.NotRegularError
		errors.As(err, &nr)
		return &wordedError{msg(lang, "errNotRegular", nr.File, fileKindText(nr.Kind, lang)), err}
	case errors.Is(err, ingest.ErrSpoolLimit):
		return &wordedError{msg(lang, "errSpool", inputFile(err, lang)) + "\n  " + msg(lang, "detail") + ": " + userText(err), err}
	}
	return err
}

// studyErrorOf is the *ingest.StudyError err holds (nil for none).
func studyErrorOf(err error) *ingest.StudyError {
	var se *ingest.StudyError
	errors.As(err, &se)
	return se
}

// studyCode is the code of the *ingest.StudyError err holds ("" for none).
func studyCode(err error) string {
	if se := studyErrorOf(err); se != nil {
		return se.Code
	}
	return ""
}

// studyPlace says a place in study.yaml in lang: its file and line
// ("study.yaml baris 3"), the file alone when the line is not known.
func studyPlace(p ingest.Place, lang string) string {
	if p.Line > 0 {
		return msg(lang, "study.at", p.File, p.Line)
	}
	return p.String()
}

// studyText says a study error in lang, or "" for a code it does not
// know (whose English text then stands, as the detail).
func studyText(se *ingest.StudyError, lang string) string {
	args := make([]any, len(se.Args))
	for i, a := range se.Args {
		args[i] = a
		if p, ok := a.(ingest.Place); ok {
			args[i] = studyPlace(p, lang)
		}
	}
	switch se.Code {
	case "layerWeight":
		return msg(lang, "study.layerWeight", args...)
	case "layerWeightsZero":
		return msg(lang, "study.layerWeightsZero", args...)
	case "windowOrder":
		return msg(lang, "study.windowOrder", args...)
	case "encoding":
		return msg(lang, "study.encoding", args...)
	case "dateOrder":
		return msg(lang, "study.dateOrder", args...)
	case "thresholdAbove":
		return msg(lang, "study.thresholdAbove", args...)
	case "thresholdRange":
		return msg(lang, "study.thresholdRange", args...)
	case "circularUnits":
		return msg(lang, "study.circularUnits", args...)
	case "minGroup":
		return msg(lang, "study.minGroup", args...)
	case "maxMeetingSize":
		return msg(lang, "study.maxMeetingSize", args...)
	case "timezone":
		return msg(lang, "study.timezone", args...)
	case "windowTime":
		return msg(lang, "study.windowTime", args...)
	case "windowMonthFirst":
		return msg(lang, "study.windowMonthFirst", args...)
	case "filesMissing":
		return msg(lang, "study.filesMissing", args...)
	case "crosswalkMissing":
		return msg(lang, "study.crosswalkMissing", args...)
	case "crosswalkDenied":
		return msg(lang, "study.crosswalkDenied", args...)
	case "filesDenied":
		return msg(lang, "study.filesDenied", args...)
	case "danglingLink":
		return msg(lang, "study.danglingLink", args...)
	case "tableTwice":
		return msg(lang, "study.tableTwice", args...)
	case "tableTwoFormats":
		return msg(lang, "study.tableTwoFormats", args...)
	case "unitsFolderEmpty":
		return msg(lang, "study.unitsFolderEmpty", args...)
	case "unitsMany":
		return msg(lang, "study.unitsMany", args...)
	case "peopleMany":
		return msg(lang, "study.peopleMany", args...)
	case "noLogs":
		return msg(lang, "study.noLogs", args...)
	case "noLogsNotRead":
		return msg(lang, "study.noLogsNotRead", args...)
	}
	return ""
}

// columnText says in lang that a required column is missing: the file,
// the column, where the header was read, the columns found, and what the
// file holds when it is not text.
func columnText(e *ingest.ColumnError, lang string) string {
	if e.Holds != "" { // not text: its "columns" would be binary garbage
		key := map[string]string{"gzip": "errColumnHolds.gzip", "xlsx": "errColumnHolds.xlsx", "parquet": "errColumnHolds.parquet", "xls": "errColumnHolds.xls", "binary": "errColumnHolds.binary"}[e.Holds]
		if e.Rename == "" { // xls, binary: no name to give (msg would add the empty argument)
			return msg(lang, "errNotText", e.File) + msg(lang, key)
		}
		return msg(lang, "errNotText", e.File) + msg(lang, key, e.Rename)
	}
	if e.HTMLLine > 0 { // a web page: its "columns" are tags
		return msg(lang, "errColumnHTML", e.File, e.HTMLLine)
	}
	if e.Empty { // no header to add a column to
		return msg(lang, "errEmptyFile", e.File)
	}
	where := ""
	switch {
	case e.HeaderLine > 0 && e.SheetRow:
		where = msg(lang, "errColumnRow", e.HeaderLine)
	case e.HeaderLine > 0:
		where = msg(lang, "errColumnLine", e.HeaderLine)
	}
	found := e.FoundText()
	if found == "" {
		found = msg(lang, "errColumnNone")
	}
	s := msg(lang, "errColumnAt", e.File, e.Column, where, found)
	note := ""
	if e.Renamed != "" { // the file's name for it, from study.yaml's columns:
		note = msg(lang, "errColumnRenamed", e.Renamed)
		s = msg(lang, "errColumnRenamedAt", e.File, e.Column, note, where, found)
	}
	if len(e.Also) > 0 {
		s = msg(lang, "errColumnsAt", e.File, e.ColumnsTextWith(note), where, found)
	}
	if e.Empty {
		s += msg(lang, "errColumnEmptyFile")
	}
	if e.EmptySheet() {
		s += msg(lang, "errColumnEmptySheet", e.Sheet, e.SheetsText())
	} else if e.OtherSheets() {
		s += msg(lang, "errColumnOtherSheets", e.Sheet, e.SheetsText())
	}
	if d := quotedHeader(e); d != 0 {
		// "found: sent_at,sender,recipients" and no more: the names were
		// there, in one field, since every line is wrapped in quotes
		s += msg(lang, "errColumnQuotedLines", msg(lang, delimKey(d)))
	} else if d := otherDelimiter(e); d != 0 {
		// "missing column unit_id; found: unit_id|name|sector" (QA of
		// session 30): the columns are there, split by a delimiter sekat
		// does not guess
		s += msg(lang, "errColumnOtherDelim", string(d), string(d))
	} else if d, ok := e.SepMismatch(); ok {
		s += msg(lang, "errColumnSepMismatch", ingest.DelimName(e.SepLine), ingest.DelimName(e.SepLine), e.HeaderLine, ingest.DelimName(d), ingest.DelimName(d))
	} else if e.ExcelSep() {
		s += msg(lang, "errColumnExcelSep")
	} else if e.HeaderBelow > 0 && e.SheetRow {
		s += msg(lang, "errColumnBelowRow", e.HeaderBelow, e.HeaderBelow)
	} else if e.HeaderBelow > 0 {
		s += msg(lang, "errColumnBelow", e.HeaderBelow, e.HeaderBelow)
	} else if v := dataAsHeader(e); v != "" {
		s += msg(lang, "errColumnNoHeader", e.HeaderLine, v, columnsLine(e.Table))
	} else if e.HeaderLine > 0 {
		s += msg(lang, "errColumnTitle", e.HeaderLine)
	}
	if f, _, _ := ingest.FormatOf(e.File); e.CRLines && f == "tsv" {
		s += msg(lang, "errColumnCRLinesTSV") // Excel's CSV would make it a second file of the table
	} else if e.CRLines {
		s += msg(lang, "errColumnCRLines")
	}
	if len(e.Suggest) > 0 {
		s += msg(lang, "errColumnSuggest", columnsYAML(e.Table, e.Suggest))
	}
	return s
}

// quotedHeader is the delimiter (',', ';' or TAB) that splits the one
// column found in a text file's header into names among which the missing
// column is (in any case), or 0: the header was one field, in quotes,
// since a delimiter outside quotes would have split it. A file whose
// every line is wrapped in quotes (a spreadsheet that read each line of
// an export into one cell, then saved it) is written so.
func quotedHeader(e *ingest.ColumnError) byte {
	// a .csv without a sep= line: its delimiter was found on the header,
	// outside quotes (a .tsv's TAB and a sep= line's delimiter are not,
	// and leave a header of commas one field without quotes)
	if f, _, _ := ingest.FormatOf(e.File); len(e.Found) != 1 || e.Column == "" || e.SheetRow || f != "csv" || e.SepLine != 0 {
		return 0
	}
	for _, d := range []byte{',', ';', '\t'} {
		if !strings.Contains(e.Found[0], string(d)) {
			continue
		}
		for _, name := range strings.Split(e.Found[0], string(d)) {
			if strings.EqualFold(strings.TrimSpace(name), e.Column) {
				return d
			}
		}
	}
	return 0
}

// otherDelimiter is the delimiter ('|' or ':') that splits the one column
// found in a header into names among which the missing column is (in any
// case), or 0.
func otherDelimiter(e *ingest.ColumnError) byte {
	if len(e.Found) != 1 || e.Column == "" {
		return 0
	}
	for _, d := range []byte{'|', ':'} {
		for _, name := range strings.Split(e.Found[0], string(d)) {
			if strings.EqualFold(strings.TrimSpace(name), e.Column) && strings.Contains(e.Found[0], string(d)) {
				return d
			}
		}
	}
	return 0
}

// columnsYAML writes the columns: entry of study.yaml that maps table's
// columns to the headers of pairs (quoted where YAML needs it).
func columnsYAML(table string, pairs [][2]string) string {
	var b strings.Builder
	b.WriteString("columns: {" + table + ": {")
	for i, p := range pairs {
		if i > 0 {
			b.WriteString(", ")
		}
		h := p[1]
		if strings.ContainsFunc(h, func(r rune) bool {
			return !(r == '_' || r == ' ' || r == '.' || r == '-' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
		}) || strings.TrimSpace(h) != h || h == "" {
			h = strconv.Quote(h)
		}
		b.WriteString(p[0] + ": " + h)
	}
	b.WriteString("}}")
	return b.String()
}

// showInvisible writes each character of s that does not show (a control
// character, a line break or tab, a format character such as U+200B ZERO
// WIDTH SPACE or U+FEFF, a space other than U+0020: those strconv.IsPrint
// rejects) as the escape of a Go string literal (\x01, \n, \u200b), as
// validate's %q does, and leaves the rest, backslashes included, as
// written. rejects.csv is read in a spreadsheet, where "U1\u200b" shows
// why the id is unknown and a raw U+200B shows "U1".
func showInvisible(s string) string {
	clean := true
	for _, r := range s {
		if !strconv.IsPrint(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if strconv.IsPrint(r) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRune(r) // '\u200b'
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

func reasonText(e *ingest.RowError, lang string) string {
	if lang == "en" && e.Reason != "" {
		return e.Reason + listHint(e, lang)
	}
	return catalogueReason(e, lang)
}

// trailingText says, after a table that failed the reject rate, which
// file of it ends every row in one delimiter more than its header, and
// the one fix for them all ("" when none does): an export that ended each
// row with a comma had its 9,134 letters rejected one by one, and the
// message said to fix the rows.
func trailingText(e *ingest.RejectRateError, lang string) string {
	if e.TrailingFile == "" {
		return ""
	}
	d := msg(lang, delimKey(e.TrailingDelim))
	return msg(lang, "errRejectRateTrailing", e.TrailingFile, d, d)
}

// listHint is, for a letter of a file separated by semicolons that has
// more fields than its header, the likely cause: a list of ids (P1;P2)
// not in quotes, whose ids after the first fell into the next columns
// (a recipient read as cc). "" otherwise: in a file separated by commas
// or tabs such a list is one field.
func listHint(e *ingest.RowError, lang string) string {
	if e.Delim != ';' || e.Table != ingest.Correspondence || e.Fields <= e.HeaderFields || !errors.Is(e, ingest.ErrFieldCount) {
		return ""
	}
	return msg(lang, "reason.fieldCountList")
}

// catalogueReason is the catalogue's sentence for the row's sentinel in
// lang, which quotes no value (ingest's own reason when none fits).
func catalogueReason(e *ingest.RowError, lang string) string {
	if e.RefLine > 0 { // the rejected row of people or units it points to
		key, partial := "", errors.Is(e, ingest.ErrPartial)
		switch {
		case errors.Is(e, ingest.ErrRejectedPerson) && partial:
			key = "reason.partialRejectedPersonLine"
		case errors.Is(e, ingest.ErrRejectedPerson):
			key = "reason.rejectedPersonLine"
		case errors.Is(e, ingest.ErrRejectedUnit) && partial:
			key = "reason.partialRejectedUnitLine"
		case errors.Is(e, ingest.ErrRejectedUnit):
			key = "reason.rejectedUnitLine"
		case errors.Is(e, ingest.ErrDuplicateUnit):
			key = "reason.duplicateUnitLine"
		}
		if key != "" {
			return msg(lang, key, e.RefLine)
		}
	}
	if f, _, _ := ingest.FormatOf(e.File); errors.Is(e, ingest.ErrInvalidUTF8) && (f == "csv" || f == "tsv" || f == "ndjson") {
		// a text file: its bytes may be Windows-1252 that sekat did not
		// detect (a file behind a UTF-8 byte order mark), which
		// encoding: reads
		return msg(lang, "reason.invalidUTF8Text")
	}
	if errors.Is(e, ingest.ErrFieldCount) && e.HeaderFields > 0 {
		// the counts and the delimiter, which ingest's English gives:
		// "jumlah kolom baris ini tidak sama" alone left the user counting
		return msg(lang, "reason.fieldCountN", e.HeaderFields, e.Fields, msg(lang, delimKey(e.Delim))) + listHint(e, lang)
	}
	if nd := (*ingest.NoSuchDayError)(nil); errors.As(e, &nd) {
		// the day and its month, which "no such date or time (such as
		// 30 February, month 13 or hour 25)" left the user to find
		months := strings.Split(msg(lang, "date.months"), ",")
		s := msg(lang, "reason.noSuchDay", months[nd.Month-1], nd.Year, nd.Days, nd.Day)
		if nd.Month == 2 && nd.Day == 29 {
			s = msg(lang, "reason.noSuchDayLeap", months[nd.Month-1], nd.Year, nd.Days, nd.Day)
		}
		return s
	}
	if errors.Is(e, ingest.ErrMissingValue) {
		// what the empty cell should hold, as ingest's English says it
		// ("isi kolom ini" alone did not say which unit to give)
		switch {
		case e.Table == ingest.People && e.Field == "unit_id":
			return msg(lang, "reason.missingPersonUnit")
		case e.Table == ingest.Units && e.Field == "unit_id":
			return msg(lang, "reason.missingUnitID")
		case e.Table == ingest.People && e.Field == "person_id":
			return msg(lang, "reason.missingPersonID")
		case e.Table == ingest.Meetings && e.Field == "meeting_id":
			// an attendance list of merged cells leaves it blank under
			// a meeting's first row ("isi kolom ini" did not say so)
			return msg(lang, "reason.missingMeetingID")
		}
	}
	if r, ok := ingest.ControlChar([]byte(e.Value)); ok && (errors.Is(e, ingest.ErrControlChar) || errors.Is(e, ingest.ErrIDControl) || errors.Is(e, ingest.ErrUnitControl) || errors.Is(e, ingest.ErrKindControl)) {
		// the character, which the value (left out where it may name a
		// person) cannot show: it is invisible
		key := "reason.controlChar"
		switch {
		case errors.Is(e, ingest.ErrIDControl) && errors.Is(e, ingest.ErrPartial):
			key = "reason.partialIDControl"
		case errors.Is(e, ingest.ErrIDControl):
			key = "reason.idControl"
		case errors.Is(e, ingest.ErrUnitControl):
			key = "reason.unitControl"
		case errors.Is(e, ingest.ErrKindControl):
			key = "reason.kindControl"
		}
		return msg(lang, key, fmt.Sprintf("U+%04X", r))
	}
	if e.Unit != "" {
		// the unit_id to write, which the catalogue's sentence can say:
		// an id of the units table names no person ("the name of a
		// unit there; write that unit's unit_id" left the user to find it)
		partial := errors.Is(e, ingest.ErrPartial)
		for _, r := range []struct {
			err          error
			key, partial string
		}{
			{ingest.ErrUnitLeadingZeros, "reason.unitLeadingZerosUnit", ""},
			{ingest.ErrUnitByName, "reason.unitByNameUnit", ""},
			{ingest.ErrUnitCase, "reason.unitCaseUnit", ""},
			{ingest.ErrIDUnitName, "reason.idUnitNameUnit", "reason.partialIDUnitNameUnit"},
			{ingest.ErrIDCase, "reason.idCaseUnit", "reason.partialIDCaseUnit"},
			{ingest.ErrUnitDecimal, "reason.unitDecimalUnit", ""},
			{ingest.ErrUnitZeros, "reason.unitZerosUnit", ""},
			{ingest.ErrUnitWidth, "reason.unitWidthUnit", ""},
			{ingest.ErrIDDecimal, "reason.idDecimalUnit", "reason.partialIDDecimalUnit"},
			{ingest.ErrIDZeros, "reason.idZerosUnit", "reason.partialIDZerosUnit"},
			{ingest.ErrIDWidth, "reason.idWidthUnit", "reason.partialIDWidthUnit"},
		} {
			if !errors.Is(e, r.err) || partial && r.partial == "" {
				continue
			}
			if partial {
				return msg(lang, r.partial, e.Unit)
			}
			return msg(lang, r.key, e.Unit)
		}
	}
	if errors.Is(e, ingest.ErrPartial) { // an id left out of a letter that was kept
		for _, r := range []struct {
			err error
			key string
		}{
			{ingest.ErrSpellEndsMidnight, "reason.partialNoSpellMidnight"}, // before ErrNoSpell, which it wraps
			{ingest.ErrNoSpell, "reason.partialNoSpell"},
			{ingest.ErrLeadingZeros, "reason.partialLeadingZeros"},
			{ingest.ErrDashID, "reason.partialDashID"},
			{ingest.ErrOtherSeparator, "reason.partialOtherSeparator"},
			{ingest.ErrIDList, "reason.partialIDList"},
			{ingest.ErrIDWithText, "reason.partialIDWithText"},
			{ingest.ErrIDSpaces, "reason.partialIDSpaces"},
			{ingest.ErrIDMarked, "reason.partialIDMarked"},
			{ingest.ErrIDDecimal, "reason.partialIDDecimal"},
			{ingest.ErrIDZeros, "reason.partialIDZeros"},
			{ingest.ErrIDWidth, "reason.partialIDWidth"},
			{ingest.ErrIDCase, "reason.partialIDCase"},
			{ingest.ErrIDOtherCase, "reason.partialIDOtherCase"},
			{ingest.ErrIDUnitName, "reason.partialIDUnitName"},
			{ingest.ErrRejectedPerson, "reason.partialRejectedPerson"},
			{ingest.ErrRejectedUnit, "reason.partialRejectedUnit"},
		} {
			if errors.Is(e, r.err) {
				return msg(lang, r.key)
			}
		}
		return msg(lang, "reason.partialUnknownID")
	}
	for _, r := range []struct {
		err error
		key string
	}{
		{ingest.ErrSubtotalRow, "reason.subtotalRow"}, // before the error it wraps
		{ingest.ErrFieldCount, "reason.fieldCount"},
		{ingest.ErrInvalidUTF8, "reason.invalidUTF8"},
		{ingest.ErrQuotedTooLong, "reason.quotedTooLong"}, // before ErrOpenQuote, which it wraps
		{ingest.ErrOpenQuote, "reason.openQuote"},
		{ingest.ErrNestedValue, "reason.nestedValue"}, // before ErrMalformed, which they wrap
		{ingest.ErrJSONDuplicateKey, "reason.duplicateKey"},
		{ingest.ErrMalformed, "reason.malformed"},
		{ingest.ErrHeaderRow, "reason.headerRow"},
		{ingest.ErrMonthFirst, "reason.monthFirst"},
		{ingest.ErrDayFirst, "reason.dayFirst"},
		{ingest.ErrNoSuchTime, "reason.noSuchTime"}, // before ErrBadTime, which they wrap
		{ingest.ErrUnixTime, "reason.unixTime"},
		{ingest.ErrTimeHashes, "reason.timeHashes"},
		{ingest.ErrTimeRange, "reason.timeRange"},
		{ingest.ErrCompactTime, "reason.compactTime"},
		{ingest.ErrDashTime, "reason.dashTime"},
		{ingest.ErrZeroDate, "reason.zeroDate"},
		{ingest.ErrMonthNameFirst, "reason.monthNameFirst"},
		{ingest.ErrTwoDigitYear, "reason.twoDigitYear"},
		{ingest.ErrBadTime, "reason.badTime"},
		{ingest.ErrMissingValue, "reason.missingValue"},
		{ingest.ErrUnitLeadingZeros, "reason.unitLeadingZeros"}, // before the errors it wraps
		{ingest.ErrLeadingZeros, "reason.leadingZeros"},
		{ingest.ErrDashID, "reason.dashID"},                 // before ErrUnknownID, which it wraps
		{ingest.ErrOtherSeparator, "reason.otherSeparator"}, // before ErrUnknownID, which it wraps
		{ingest.ErrIDSpaces, "reason.idSpaces"},
		{ingest.ErrIDMarked, "reason.idMarked"},
		{ingest.ErrIDDecimal, "reason.idDecimal"},
		{ingest.ErrIDZeros, "reason.idZeros"},
		{ingest.ErrIDWidth, "reason.idWidth"},
		{ingest.ErrUnitByName, "reason.unitByName"}, // before the errors it wraps
		{ingest.ErrUnitCase, "reason.unitCase"},     // before the errors it wraps
		{ingest.ErrIDCase, "reason.idCase"},
		{ingest.ErrIDOtherCase, "reason.idOtherCase"},
		{ingest.ErrUnknownUnit, "reason.unknownUnit"}, // before ErrUnknownID, which it wraps
		{ingest.ErrIDUnitName, "reason.idUnitName"},
		{ingest.ErrSeveralAttendees, "reason.severalAttendees"},
		{ingest.ErrSeveralIDs, "reason.severalIDs"},
		{ingest.ErrIDList, "reason.idList"},
		{ingest.ErrIDWithText, "reason.idWithText"},
		{ingest.ErrRejectedPerson, "reason.rejectedPerson"},
		{ingest.ErrRejectedUnit, "reason.rejectedUnit"},
		{ingest.ErrUnknownID, "reason.unknownID"},
		{ingest.ErrSpellEndsMidnight, "reason.noSpellMidnight"}, // before ErrNoSpell, which it wraps
		{ingest.ErrNoSpell, "reason.noSpell"},
		{ingest.ErrEmptyRecipients, "reason.emptyRecipients"},
		{ingest.ErrBadKind, "reason.badKind"},
		{ingest.ErrFooterUnit, "reason.footerUnit"},
		{ingest.ErrBadStatus, "reason.badStatus"},
		{ingest.ErrSpellOrder, "reason.spellOrder"},
		{ingest.ErrBadValue, "reason.badValue"},
		{ingest.ErrPersonIsUnit, "reason.personIsUnit"}, // before ErrDuplicate, which it wraps
		{ingest.ErrDuplicate, "reason.duplicate"},
	} {
		if errors.Is(e, r.err) {
			return msg(lang, r.key)
		}
	}
	return e.Reason
}

// delimKey is the catalogue's key of the name of a CSV delimiter.
func delimKey(d byte) string {
	switch d {
	case '\t':
		return "delim.tab"
	case ';':
		return "delim.semicolon"
	}
	return "delim.comma"
}

// displayWindow formats a window (or, for open bounds, the data's span)
// as dates in the study zone.
func displayWindow(l *loaded) (from, to string) {
	w := effectiveWindow(l)
	f, t := w.Format(l.res.Study.Loc)
	return f, t
}

// beyondDataText says in lang, with key, that the window w runs more than
// a week past the data's span (compare's rule for its periods), or "" when
// it does not or the study has no event. Days are in words.
func beyondDataText(lang, key string, l *loaded, w graph.Window) string {
	const week = 7 * 86400
	span := l.res.Span
	if span.From == 0 || (w.From == 0 || w.From >= span.From-week) && (w.To == 0 || w.To <= span.To+week) {
		return ""
	}
	return msg(lang, key, wholeDays(lang, l, w), wholeDays(lang, l, span))
}

// emptyEndsText says in lang that trend left out the n periods without
// any tie at the ends of the window w, and that what it shows covers
// kept (the periods left, as people read them).
func emptyEndsText(lang string, l *loaded, w graph.Window, n int, kept string) string {
	data := wholeDays(lang, l, l.res.Span)
	if l.res.Span.From == 0 {
		data = kept
	}
	return msg(lang, "trend.emptyEnds", wholeDays(lang, l, w), data, n, kept)
}

// wholeDays writes the window v as the whole days it touches, as people
// read them in lang, in the study's zone: a span ends a second after the
// last event.
func wholeDays(lang string, l *loaded, v graph.Window) string {
	loc := l.res.Study.Loc
	f, t := time.Unix(v.From, 0).In(loc), time.Unix(v.To-1, 0).In(loc)
	f = time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, loc)
	t = time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, loc)
	return i18n.DateRange(lang, f, t)
}

// openStudy opens the study of o, its errors worded for the user: the
// output folder of another command named as such ("add units.csv" to a
// folder compare wrote: QA of session 30), a study.yaml problem as
// configText says it.
func openStudy(o studyOptions) (*ingest.Study, error) {
	st, err := ingest.OpenStudyWith(o.Study, ingest.StudyOptions{FollowSymlinks: o.FollowSymlinks, LogsElsewhere: o.Pairs != ""})
	if err == nil {
		return st, nil
	}
	if cmd, page := otherOutputDir(o.Study); cmd != "" {
		text := msg(o.Lang, "otherOutputDir", o.Study, cmd)
		if page != "" {
			text += msg(o.Lang, "otherOutputDir.page", cmd, filepath.Join(o.Study, page))
		}
		return nil, fmt.Errorf("%s", text)
	}
	return nil, studyError(inputError(err, o.Lang), o.Lang)
}

// otherOutputDir names the command whose output folder dir is, when it
// is one of compare, trend, evaluate or facilitators (by the file each
// writes alone), and the page it wrote; "" otherwise.
func otherOutputDir(dir string) (command, page string) {
	for _, c := range []struct{ file, command, page string }{
		{"compare.json", "compare", "compare.html"},
		{"trend_alerts.csv", "trend", "trend.html"},
		{"did.csv", "evaluate", ""},
		{"facilitators.csv", "facilitators", "facilitators.html"},
	} {
		if exists(filepath.Join(dir, c.file)) {
			return c.command, c.page
		}
	}
	return "", ""
}

// effectiveWindow fills open bounds of the window with the data's span.
func effectiveWindow(l *loaded) graph.Window {
	w := l.res.Window
	if w.From == 0 {
		w.From = l.res.Span.From
	}
	if w.To == 0 {
		w.To = l.res.Span.To
	}
	return w
}

// shownWindow is effectiveWindow as a reader is shown it and as its days
// are counted: an end taken from the data whose last event is at midnight
// (a date without a time) moved to the end of that day
// (i18n.WindowEnd), unless that event is a time of day of a log that
// records times (endAsIs). The window analysed, and summary.json's
// window.to, stay effectiveWindow.
func shownWindow(l *loaded) graph.Window {
	w := effectiveWindow(l)
	if w.To != 0 {
		w.To = i18n.WindowEnd(time.Unix(w.To, 0).In(l.res.Study.Loc), endAsIs(l)).Unix()
	}
	return w
}

// endAsIs says the window's end is shown as it is (i18n.WindowEnd): the
// user gave it, or it is the data's and its last event is a time of day.
func endAsIs(l *loaded) bool {
	return l.res.Window.To != 0 || l.res.SpanEndTimed
}

// relInput names an input file relative to the study folder.
func relInput(l *loaded, path string) string {
	if r, err := filepath.Rel(l.res.Study.Dir, path); err == nil && !strings.HasPrefix(r, "..") {
		return ingest.ShowName(filepath.ToSlash(r))
	}
	return ingest.ShowName(filepath.Base(path))
}

// noEventsText says in lang that the study has no event in its window (or
// none at all), with the data's span. fix, when the logs' rows were all
// rejected, says where they are listed (errNoEventsFix*; "": nowhere
// more than what the user already sees).
func noEventsText(e *ingest.NoEventsError, lang, fix string) string {
	if e.Events == 0 && e.Rejected == 0 {
		return msg(lang, "errNoEventsNoRows") // no row to list or fix
	}
	if e.Events == 0 {
		return msg(lang, "errNoEventsAtAll", logsText(e, lang)) + fix
	}
	// the window as the rest of sekat writes windows, its last day
	// included ("1–31 Januari 2030" for --from 2030-01-01 --to
	// 2030-02-01); the bounds are the user's, so not moved as a data end
	// is (i18n.WindowEnd)
	bound := func(sec int64) time.Time {
		if sec == 0 {
			return time.Time{}
		}
		return time.Unix(sec, 0).In(e.Loc)
	}
	from, to := e.Dates()
	return msg(lang, "errNoEvents", i18n.WindowBounds(lang, bound(e.Window.From), bound(e.Window.To)), groupDigits(int64(e.Events), lang), from, to)
}

// logsText names in lang the log tables e.Logs the study has, which
// a stop on no usable event speaks of ("correspondence, meetings and
// data_sharing" named all three when the study had one).
func logsText(e *ingest.NoEventsError, lang string) string {
	return e.LogNames(", ", msg(lang, "list.and"))
}

// headerOnlyText is the stop on logs none of which holds a row, naming
// their files (the WarnEmptyTable warnings of ws), in lang.
func headerOnlyText(ws []ingest.Warning, lang string) string {
	files := make([]string, len(ws))
	for i, w := range ws {
		files[i] = w.File
	}
	return msg(lang, "errNoEventsHeaderOnly", i18n.Join(lang, files))
}

// warningText says a warning about the study or one of its files in lang.
//
// A character of the files that does not show (a U+200B ZERO WIDTH SPACE
// after an id U1) is written as an escape ("U1\u200b"), as in
// rejects.csv: values the sentence quotes (%q) are escaped so already,
// the others here. No warning sentence holds such a character of its own.
func warningText(w ingest.Warning, lang string) string {
	return showInvisible(warningSentence(w, lang))
}

func warningSentence(w ingest.Warning, lang string) string {
	switch w.Code {
	case ingest.WarnNotRead:
		switch w.Reason {
		case ingest.NotReadOldExcel:
			return msg(lang, "warn.notRead.xls", w.File)
		case ingest.NotReadJSON:
			return msg(lang, "warn.notRead.json", w.File)
		case ingest.NotReadLock:
			return msg(lang, "warn.notRead.lock", w.File)
		case ingest.NotReadName:
			return msg(lang, "warn.notRead.name", w.File)
		case ingest.NotReadListed:
			return msg(lang, "warn.notRead.listed", w.File, w.Table)
		case ingest.NotReadSame:
			return msg(lang, "warn.notRead.same", w.File, w.Other)
		case ingest.NotReadFolder:
			return msg(lang, "warn.notRead.folder", w.File)
		case ingest.NotReadText:
			return msg(lang, "warn.notRead.text", w.File)
		}
		return msg(lang, "warn.notRead.format", w.File)
	case ingest.WarnMissingTable:
		return msg(lang, "warn.missingTable", w.Table, w.Table, w.Table)
	case ingest.WarnEmptyTable:
		return msg(lang, "warn.emptyTable", w.File, w.Table, w.Table)
	case ingest.WarnEncoding:
		return msg(lang, "warn.encoding", w.File, w.Reason)
	case ingest.WarnExcelSerial:
		return msg(lang, "warn.serial", w.File, w.Column, groupDigits(w.Count, lang), w.Value)
	case ingest.WarnMonthFirst:
		if w.DayFirstOnly > 0 { // the file is day first: typos, whatever swaps
			return msg(lang, "warn.monthFirstTypo", w.File, w.Column, groupDigits(w.Count, lang), w.Value, groupDigits(w.DayFirstOnly, lang), w.DayFirstOnlyValue)
		}
		if w.DayFirst > 0 {
			return msg(lang, "warn.monthFirstAlso", w.File, w.Column, groupDigits(w.Count, lang), w.Value, groupDigits(w.DayFirst, lang), w.Other, w.Table)
		}
		return msg(lang, "warn.monthFirst", w.File, w.Column, groupDigits(w.Count, lang), w.Value)
	case ingest.WarnWindowEmpty:
		from, to := w.Span()
		return msg(lang, "warn.windowEmpty", w.Table, groupDigits(w.Count, lang), from, to)
	case ingest.WarnMeetingMixed:
		from, _ := w.Times()
		if w.Reason == "" { // the first row's cell is not known, or empty
			return msg(lang, "warn.meetingMixedAny", w.File, w.Line, w.Column, w.Value, from, meetingFirstRow(w, lang), w.Other, groupDigits(w.Count, lang))
		}
		return msg(lang, "warn.meetingMixed", w.File, w.Line, w.Column, w.Value, from, meetingFirstRow(w, lang), w.Other, w.Reason, groupDigits(w.Count, lang))
	case ingest.WarnSpellsTogether:
		return msg(lang, "warn.spellsTogether", spellRows(w, lang), w.Value, w.Other, w.Column, groupDigits(w.Count, lang))
	case ingest.WarnPeopleRepeated:
		return msg(lang, "warn.peopleRepeated", w.File, w.Line, w.OtherLine, groupDigits(w.Count, lang))
	case ingest.WarnNIPSpelt:
		return msg(lang, "warn.nipSpelt", nipRows(w, lang), graph.IDKind(w.Reason), w.Value, w.Other, groupDigits(w.Count, lang), w.Reason)
	case ingest.WarnStatusUnread:
		if w.Table == "meetings" {
			return msg(lang, "warn.statusMeetings", w.File, w.Column)
		}
		return msg(lang, "warn.statusLetters", w.File, w.Column)
	case ingest.WarnRenamedAbsent:
		return msg(lang, "warn.renamedAbsent", w.File, w.Column, w.Reason, w.Line, w.Value, w.Table, w.Value, w.Other, w.Reason)
	case ingest.WarnWeightUnread:
		switch w.Table {
		case "meetings":
			return msg(lang, "warn.weightMeetings", w.File, w.Column)
		case "data_sharing":
			return msg(lang, "warn.weightShares", w.File, w.Column)
		}
		return msg(lang, "warn.weightLetters", w.File, w.Column)
	case ingest.WarnFileCopy:
		return msg(lang, "warn.fileCopy", w.File, w.Other)
	case ingest.WarnMixedEncoding:
		return msg(lang, "warn.mixedEncoding", w.File, groupDigits(w.Count, lang), w.Value, w.Other)
	case ingest.WarnHeaderRows:
		if w.Count == 1 { // "(1 in all; at lines 8) ... these" read as several
			return msg(lang, "warn.headerRow", w.File, w.Other)
		}
		return msg(lang, "warn.headerRows", w.File, groupDigits(w.Count, lang), w.Other)
	case ingest.WarnFooterRows:
		if w.Count == 1 {
			return msg(lang, "warn.footerRow", w.File, w.Line, w.Value)
		}
		return msg(lang, "warn.footerRows", w.File, w.Line, w.LastLine, w.Value)
	case ingest.WarnHiddenRows:
		return msg(lang, "warn.hiddenRows", w.File, w.Value, groupDigits(w.Count, lang), w.Line)
	case ingest.WarnSheetsNotRead:
		return msg(lang, "warn.sheetsNotRead", w.File, w.Value, w.Other)
	case ingest.WarnNoPeople:
		if w.Other != "" { // a people table of a header alone
			return msg(lang, "warn.peopleEmpty", w.File, w.Line, w.Column, w.Value, w.Other)
		}
		if w.Reason == ingest.NoPeopleNIP {
			return msg(lang, "warn.noPeopleNIP", w.File, w.Line, w.Column, w.Value)
		}
		return msg(lang, "warn.noPeople", w.File, w.Line, w.Column, w.Value)
	case ingest.WarnParentCycle:
		return msg(lang, "warn.parentCycle", w.File, groupDigits(w.Count, lang), w.Value)
	case ingest.WarnSectorSpelt:
		return msg(lang, "warn.sectorSpelt", w.File, groupDigits(w.Count, lang), w.Value)
	case ingest.WarnParentRejected:
		return msg(lang, "warn.parentRejected", w.File, w.Value, w.Other, w.Line, groupDigits(w.Count, lang), w.Other)
	case ingest.WarnSharedRows:
		dated := datedSpan(lang, w)
		if w.Reason == ingest.SharedExact {
			return msg(lang, "warn.sharedRows", w.Other, w.File, w.Table, groupDigits(w.Count, lang), i18n.Decimal(lang, w.Value), dated)
		}
		return msg(lang, "warn.sharedRowsAbout", w.Other, w.File, w.Table, groupDigits(w.Count, lang), i18n.Decimal(lang, w.Value), dated)
	case ingest.WarnRepeatedRows:
		dated := datedSpan(lang, w)
		if w.Reason == ingest.SharedExact {
			return msg(lang, "warn.repeatedRows", w.File, w.Table, groupDigits(w.Count, lang), i18n.Decimal(lang, w.Value), dated)
		}
		return msg(lang, "warn.repeatedRowsAbout", w.File, w.Table, groupDigits(w.Count, lang), i18n.Decimal(lang, w.Value), dated)
	case ingest.WarnIsolatedDates:
		from, to := w.Span()
		if w.Reason == "early" {
			return msg(lang, "warn.isolatedEarly", groupDigits(w.Count, lang), w.Table, from, to, w.Value)
		}
		return msg(lang, "warn.isolatedLate", groupDigits(w.Count, lang), w.Table, from, to, w.Value)
	case ingest.WarnMeetingIDReused:
		from, to := w.Times()
		return msg(lang, "warn.meetingReused", w.File, w.Line, w.Column, w.Value, from, to, groupDigits(w.Count, lang))
	}
	return w.String()
}

// nipRows names the two rows of a WarnNIPSpelt: one file's two lines,
// or a line of each of two files.
func nipRows(w ingest.Warning, lang string) string {
	if w.File == w.OtherFile {
		return msg(lang, "warn.nipRowsOne", w.File, w.Line, w.OtherLine)
	}
	return msg(lang, "warn.nipRowsTwo", w.File, w.Line, w.OtherFile, w.OtherLine)
}

// meetingFirstRow names the first row of the meeting of a
// WarnMeetingMixed, whose row that differs is File line Line: "line 14",
// or with its file when that is another ("meetings_2024.csv line 14").
func meetingFirstRow(w ingest.Warning, lang string) string {
	if w.OtherFile == w.File {
		return msg(lang, "warn.firstRowLine", w.OtherLine)
	}
	return msg(lang, "warn.firstRowFile", w.OtherFile, w.OtherLine)
}

// spellRows names the two rows of a WarnSpellsTogether, the earlier
// first (OtherLine, of unit Other; then Line, of unit Column), as nipRows
// does.
func spellRows(w ingest.Warning, lang string) string {
	return nipRows(ingest.Warning{File: w.OtherFile, Line: w.OtherLine, OtherFile: w.File, OtherLine: w.Line}, lang)
}

// summaryWarnings are the warnings of a load as summary.json (and the
// report drawn from it) lists them, in o's language; see fileWarningText.
func summaryWarnings(l *loaded, o studyOptions) []result.Warning {
	var out []result.Warning
	for _, w := range l.res.Warnings {
		out = append(out, result.Warning{Code: string(w.Code), Table: w.Table, File: w.File, Message: fileWarningText(w, o)})
	}
	return out
}

// warnsPersonal reports whether a warning of l quotes a value that may
// identify a person (shown in the files of a run only with --reveal).
func warnsPersonal(l *loaded) bool {
	return slices.ContainsFunc(l.res.Warnings, ingest.Warning.Personal)
}

// stderrWarningText says a warning on standard error: as the files of
// the run word it (fileWarningText), so that without --reveal a warning
// whose values may identify a person (ingest.Warning.Personal: the person
// of spells that start together, a NIP or NIK written two ways, an id of
// the logs of a study without a people table, the organizers of a
// meeting whose rows differ) is worded without them: analyze and
// facilitators print them nowhere else without --reveal, and a terminal
// is recorded, copied into a chat or a ticket. The file and line(s)
// still find the rows. With --reveal, and in validate, the data
// steward's check, which prints rejected values too, the values are
// named (warningText).
func stderrWarningText(w ingest.Warning, o studyOptions) string {
	if o.showValues {
		return warningText(w, o.Lang)
	}
	return fileWarningText(w, o)
}

func fileWarningText(w ingest.Warning, o studyOptions) string {
	if o.Reveal || !w.Personal() {
		return warningText(w, o.Lang)
	}
	lang := o.Lang
	switch w.Code {
	case ingest.WarnSpellsTogether:
		return msg(lang, "warn.spellsHidden", spellRows(w, lang), w.Other, w.Column, groupDigits(w.Count, lang))
	case ingest.WarnNIPSpelt:
		return msg(lang, "warn.nipSpeltHidden", nipRows(w, lang), graph.IDKind(w.Reason), groupDigits(w.Count, lang))
	case ingest.WarnNoPeople:
		if w.Other != "" {
			return msg(lang, "warn.peopleEmptyHidden", w.File, w.Line, w.Column, w.Other)
		}
		if w.Reason == ingest.NoPeopleNIP {
			return msg(lang, "warn.noPeopleNIPHid", w.File, w.Line, w.Column)
		}
		return msg(lang, "warn.noPeopleHidden", w.File, w.Line, w.Column)
	case ingest.WarnMeetingMixed:
		from, _ := w.Times()
		return msg(lang, "warn.meetingHidden", w.File, w.Line, w.Column, w.Value, from, meetingFirstRow(w, lang), groupDigits(w.Count, lang))
	}
	// a kind Personal names that is not worded above: its code alone
	return string(w.Code)
}

// studyName is the name of the study of o (study.yaml's name, else its
// folder's), for the audit record of a run that failed before the study
// was loaded.
func studyName(o studyOptions) string {
	if st, err := ingest.OpenStudyWith(o.Study, ingest.StudyOptions{FollowSymlinks: o.FollowSymlinks, LogsElsewhere: o.Pairs != ""}); err == nil {
		return st.Name
	}
	return filepath.Base(o.Study)
}

// loadIntoOut opens the output folder dir, loads the study into it with
// its rejected rows in rejects.csv, and returns both. When the reject rate
// is exceeded it writes rejects.csv alone (so the user can see why),
// removes the files writes (what the command writes on success) an
// earlier run left there, and returns the error naming rejects.csv; on
// any other error the folder is left as it was. The caller defers
// out.abort() after a nil error. With --reveal that rejects.csv shows
// values that may name people, so audit.json (of command) is put in place
// beside it, saying why.
func loadIntoOut(ctx context.Context, command string, so studyOptions, dir string, writes []string) (*outSet, *loaded, error) {
	out, err := newOutSet(dir)
	if err != nil {
		return nil, nil, err
	}
	rj, err := out.create("rejects.csv")
	if err != nil {
		out.abort()
		return nil, nil, err
	}
	l, err := loadStudy(ctx, so, rj)
	rj.Close()
	if so.Pairs != "" && errors.Is(err, ingest.ErrRejectRate) {
		// the engine rejected the rows and the pair tables count them
		// only: no rejects.csv lists them, sekat validate does
		out.abort()
		return nil, nil, rejectsNotWritten(err, so)
	}
	// Every log row rejected: the run stops as on too many rejected rows,
	// and keeps, as that stop does, the rejects.csv its message points to.
	noEvents := so.Pairs == "" && allRejected(err) != nil
	if errors.Is(err, ingest.ErrRejectRate) || noEvents {
		keep := []string{"rejects.csv"}
		if so.Reveal {
			a := auditWith(command, so, studyName(so), "", "", nil, keep)
			if werr := out.write(people.AuditFile, func(w *bufio.Writer) error { return a.Write(w) }); werr != nil {
				out.abort()
				return nil, nil, errors.Join(err, werr)
			}
			keep = append(keep, people.AuditFile)
		}
		if cerr := out.commitOnly(keep, writes); cerr != nil {
			err = errors.Join(err, cerr)
		} else if noEvents {
			list := filepath.Join(dir, "rejects.csv")
			text := noEventsText(allRejected(err), so.Lang, msg(so.Lang, "errNoEventsFixFile", list))
			if lo := new(valuesLeftOutError); errors.As(err, &lo) {
				text += "\n" + msg(so.Lang, "valuesLeftOut", groupDigits(lo.n, so.Lang), list, so.Study)
			}
			err = &wordedError{text, err}
		} else if rr := new(ingest.RejectRateError); errors.As(err, &rr) {
			rr.Rejects = filepath.Join(dir, "rejects.csv")
			// The file the failure points to shows empty cells where
			// it left values out: say how many, and how to see them.
			if lo := new(valuesLeftOutError); errors.As(err, &lo) {
				err = &wordedError{rejectRateText(rr, so.Lang, "") + "\n" +
					msg(so.Lang, "valuesLeftOut", groupDigits(lo.n, so.Lang), rr.Rejects, so.Study), err}
			}
		} else {
			err = fmt.Errorf("%w (%s)", err, filepath.Join(dir, "rejects.csv"))
		}
	}
	if err != nil {
		out.abort()
		return nil, nil, err
	}
	return out, l, nil
}
