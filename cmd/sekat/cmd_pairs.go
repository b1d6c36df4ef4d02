package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/internal/progress"
)

// pairsOptions are the options of sekat pairs.
type pairsOptions struct {
	Study    string
	From, To string
	Level    string // unit | person
	Every    string // none | week | month | day
	Dialect  string // duckdb | spark | trino
	// Out is the file the SQL text is written to ("" or "-": stdout), or
	// with Run the folder of the pair tables.
	Out   string
	Force bool // replace the SQL file Out when it exists (not with Run)
	// Dest is the folder the SQL text writes the pair tables to, as the
	// engine sees it (default: pairs next to where the engine runs).
	Dest string
	// TableFormat is the format of the pair tables: parquet or csv.
	TableFormat string
	// Run runs the DuckDB text with the embedded engine (duckdb builds).
	Run  bool
	Lang string
	// Progress hears of each statement the embedded engine begins.
	Progress progress.Reporter
	// warn hears the warnings of the study's files (nil: none said).
	warn io.Writer
	inputOptions
	// typed holds the choice flags' values as typed (typedValues), which
	// a refusal quotes.
	typed map[string]string
}

func pairsCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "pairs",
		Usage:       h("pairs.usage"),
		ArgsUsage:   h("pairs.args"),
		Description: reflowHelp(h("pairs.desc")),
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "dialect", Value: "duckdb", Usage: h("pairs.dialect")},
			&cli.StringFlag{Name: "level", Value: "unit", Usage: h("flag.level")},
			&cli.StringFlag{Name: "every", Value: "none", Usage: h("pairs.every")},
			&cli.StringFlag{Name: "from", Usage: h("flag.from")},
			&cli.StringFlag{Name: "to", Usage: h("flag.to")},
			&cli.StringFlag{Name: "out", Usage: h("pairs.out"), Action: nonEmptyOut},
			&cli.BoolFlag{Name: "force", Usage: h("pairs.force")},
			&cli.StringFlag{Name: "dest", Value: "pairs", Usage: h("pairs.dest")},
			&cli.StringFlag{Name: "table-format", Value: "parquet", Usage: h("pairs.table-format")},
			&cli.BoolFlag{Name: "run", Usage: h("pairs.run")},
			quietFlag(hl),
			langFlag(hl),
		}, inputFlags(hl)...),
		Action: func(c *cli.Context) error {
			s, err := studyArg(c)
			if err != nil {
				return err
			}
			o := pairsOptions{Study: s, From: c.String("from"), To: c.String("to"), Level: c.String("level"), Every: c.String("every"),
				Dialect: c.String("dialect"), Out: c.String("out"), Dest: c.String("dest"), TableFormat: c.String("table-format"), Run: c.Bool("run"), Force: c.Bool("force"), Lang: lang(c), typed: typedValues(c)}
			if o.inputOptions, err = inputOptionsFrom(c, o.Lang); err != nil {
				return err
			}
			if l := c.String("lang"); c.IsSet("lang") && l != "id" && l != "en" {
				return usagef(msg(o.Lang, "badLang"), l)
			}
			ui := startProgress(c, o.Lang)
			defer ui.close()
			o.Progress, o.warn = ui.rep, ui.stderr
			return runPairs(c.Context, o, ui.stdout, ui.stderr)
		},
	}
}

// runPairs writes the pair SQL of o.Study, or with o.Run runs it. Of
// person-level tables, once written, it says on stderr that they name
// the staff by their ids in clear (pairs.personIDs): every other person-level output is
// pseudonymous unless --reveal, and these, which analyze --pairs must join
// to the people table, cannot be.
func runPairs(ctx context.Context, o pairsOptions, stdout, stderr io.Writer) error {
	err := runPairsText(ctx, o, stdout, stderr)
	if err == nil && o.Level == "person" {
		fmt.Fprintln(stderr, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "pairs.personIDs")))
	}
	return err
}

// runPairsText is runPairs without its note on person-level tables.
func runPairsText(ctx context.Context, o pairsOptions, stdout, stderr io.Writer) error {
	d, ok := engine.ParseDialect(o.Dialect)
	if !ok {
		return usagef(msg(o.Lang, "badChoice"), "--dialect", asTyped(o.typed, "dialect", o.Dialect), "duckdb, spark, trino")
	}
	every, ok := engine.ParseEvery(o.Every)
	if !ok {
		return usagef(msg(o.Lang, "badChoice"), "--every", asTyped(o.typed, "every", o.Every), "none, week, month, day")
	}
	if o.Level != "unit" && o.Level != "person" {
		return usagef(msg(o.Lang, "badLevel"), asTyped(o.typed, "level", o.Level))
	}
	if o.TableFormat != "parquet" && o.TableFormat != "csv" {
		return usagef(msg(o.Lang, "badChoice"), "--table-format", asTyped(o.typed, "table-format", o.TableFormat), "parquet, csv")
	}
	if d == engine.Trino && o.TableFormat == "csv" { // usage, as the other flag values: before the study is read
		return usagef("%s", msg(o.Lang, "sql.trinoCSV"))
	}
	if o.Run && d != engine.DuckDB {
		return usagef(msg(o.Lang, "pairsRunDialect"), o.Dialect)
	}
	if !o.Run { // --run writes into a folder of its own (runPairsEngine)
		if err := destError(d, o.Dest, o.Lang); err != nil {
			return err
		}
	}
	st, err := ingest.OpenStudyWith(o.Study, ingest.StudyOptions{FollowSymlinks: o.FollowSymlinks})
	if err != nil {
		return studyError(inputError(err, o.Lang), o.Lang)
	}
	if o.warn != nil {
		// the study's own warnings, as analyze gives them: a log table
		// missing, a file not read (sekat pairs said none of them)
		for _, w := range st.Warnings {
			fmt.Fprintln(o.warn, "sekat: "+msg(o.Lang, "warning", warningText(w, o.Lang)))
		}
	}
	if !o.Run && o.Out != "" && o.Out != "-" { // --out as typed, before the logs are read (exit 2)
		if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, file: true, main: "pairs.sql"}, reads{inputs: studyFiles(st)}); err != nil {
			return err
		}
	}
	spec, err := pairsSpec(st, o, every)
	if err != nil {
		return err
	}
	if o.Run {
		return runPairsEngine(ctx, o, st, spec, stdout, stderr)
	}
	text, err := engine.SQL(spec, d)
	if err != nil {
		return err
	}
	if o.Out == "" || o.Out == "-" {
		_, err := io.WriteString(stdout, text)
		return err
	}
	if err := refuseExisting(o.Lang, o.Force, o.Out); err != nil {
		return err
	}
	if err := writeFileAtomic(o.Out, func(w io.Writer) error { _, err := io.WriteString(w, text); return err }); err != nil {
		return err
	}
	// one file, not a folder of outputs ("wrote" said "outputs written
	// to pairs.sql")
	fmt.Fprintln(stdout, msg(o.Lang, "pairs.wroteSQL", o.Out))
	return nil
}

// destError is bad usage for a --dest that d's SQL text cannot name (it
// was said only once the study was read, as a failed run, exit 1), with
// the folder to give instead.
func destError(d engine.Dialect, dest, lang string) error {
	var e *engine.SQLError
	if err := engine.CheckDest(d, dest); !errors.As(err, &e) {
		return err
	}
	key, fix := "pairs.destPath", strings.NewReplacer("\\", "/", "\n", "", "\r", "").Replace(dest)
	if e.Code == "sparkQuote" {
		key, fix = "pairs.destQuote", strings.ReplaceAll(dest, "'", "")
	}
	if fix == "" {
		fix = "pairs"
	}
	return usagef(msg(lang, key), dest, fix)
}

// studyFiles lists every table file of st.
func studyFiles(st *ingest.Study) []string {
	var fs []string
	for _, f := range st.Files {
		fs = append(fs, f...)
	}
	return fs
}

// pairsSpec describes st for the SQL: its files as ingest binds them, the
// window (flags, else study.yaml), the zone, the limits in force.
func pairsSpec(st *ingest.Study, o pairsOptions, every engine.Every) (*engine.Spec, error) {
	win := st.Window
	for i, v := range []string{o.From, o.To} {
		if v == "" {
			continue
		}
		t, _, err := ingest.ParseTime([]byte(v), st.Loc)
		if err != nil {
			return nil, flagTimeError(o.Lang, []string{"--from", "--to"}[i], v, err)
		}
		if st.MonthFirstAny() && ingest.DayMonthSwappable([]byte(v)) { // 02/01/2025 meant month first, as analyze refuses it
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
	lvl := graph.UnitLevel
	if o.Level == "person" {
		lvl = graph.PersonLevel
	}
	spec := &engine.Spec{Files: map[string][]engine.File{}, Level: lvl, Every: every, Window: win, Loc: st.Loc,
		CircularUnits: graph.DefaultCircularUnits, MaxMeetingSize: graph.DefaultMaxMeetingSize,
		Dest: o.Dest, Format: o.TableFormat, Version: Version, MonthFirst: map[string]bool{}, Names: map[string]string{}, MonthNames: ingest.MonthNames(), WeekdayNames: ingest.WeekdayNames()}
	spec.Reading = st.ReadingDigest()
	var err error
	if spec.Directory, err = st.DirectoryDigest(); err != nil {
		return nil, inputError(err, o.Lang)
	}
	for t := ingest.Table(0); t < ingest.NumTables; t++ {
		if st.MonthFirst(t) {
			spec.MonthFirst[t.String()] = true
		}
	}
	if c := st.Config.Thresholds.CircularUnits; c != nil {
		spec.CircularUnits = *c
	}
	if m := st.Config.Thresholds.MaxMeetingSize; m != nil {
		spec.MaxMeetingSize = *m
	}
	for t := ingest.Table(0); t < ingest.NumTables; t++ {
		empty := t >= ingest.Correspondence && len(st.Files[t]) > 0 // every file scanned and holding no row
		for _, p := range st.Files[t] {
			l, err := st.Layout(t, p)
			if err != nil {
				return nil, inputError(err, o.Lang)
			}
			f := engine.File{Path: p, Format: l.Format, Gzip: l.Gzip, Delim: l.Delim, SepLine: l.SepLine, SepLineMixed: l.SepLineMixed, AboveMixed: l.AboveMixed, PaddedLine: l.PaddedLine, Unnamed: l.Unnamed, HeaderLine: l.HeaderLine, AboveRecords: l.AboveRecords, Columns: l.Columns, Bound: map[string]engine.Column{}}
			if l.Encoding != ingest.EncodingUTF8 {
				f.Encoding = l.Encoding.String()
			}
			if abs, err := filepath.Abs(p); err == nil {
				f.Path = abs
			}
			for c, lc := range l.Bound {
				f.Bound[c] = engine.Column{Index: lc.Index, Type: engine.ColumnType(lc.Type)}
			}
			if l.Format == "csv" || l.Format == "tsv" || t >= ingest.Correspondence && l.Format == "parquet" {
				// read as analyze reads it: a signature block or a
				// totals row at the end of a log table, which analyze
				// counts neither read nor rejected (the text takes it
				// out of its counts), and the encoding of a text file
				// to its end (Windows-1252 may show only past the
				// header, where the text would read it as UTF-8); said
				// here as analyze says them
				sc, err := st.ScanFile(t, p, o.Progress)
				if err != nil {
					return nil, inputError(err, o.Lang)
				}
				empty = empty && sc.Empty
				ws := sc.Warnings
				if w := sc.Footer; w != nil {
					f.Footer = w.Count
					ws = append(ws, *w)
				}
				if sc.Encoding == ingest.EncodingWindows1252 {
					f.Encoding, f.Latin1 = sc.Encoding.String(), !sc.Latin1Differs
				}
				if o.warn != nil {
					for _, w := range ws {
						fmt.Fprintln(o.warn, "sekat: "+msg(o.Lang, "warning", warningText(w, o.Lang)))
					}
					if d, _ := engine.ParseDialect(o.Dialect); d == engine.Trino && sc.Footer != nil {
						// "not read, nor counted as rejected rows" holds for
						// analyze, not for the Trino text, which cannot tell
						// them from rows of its catalog table
						fmt.Fprintln(o.warn, "sekat: "+msg(o.Lang, "warning", msg(o.Lang, "pairs.trinoFooter", sc.Footer.Count, t.String())))
					}
				}
			} else {
				empty = false // not scanned: not known
			}
			spec.Files[t.String()] = append(spec.Files[t.String()], f)
		}
		if t >= ingest.Correspondence && len(st.Files[t]) > 0 {
			// the files as analyze names them, for the inputs table:
			// analyze --pairs warns of a table without rows by them
			spec.Names[t.String()] = st.EmptyWarning(t).File
		}
		if empty && o.warn != nil {
			// a header alone, said as analyze says it (sekat pairs
			// made tables without a word of the empty layer)
			fmt.Fprintln(o.warn, "sekat: "+msg(o.Lang, "warning", warningText(st.EmptyWarning(t), o.Lang)))
		}
	}
	return spec, nil
}

// phaseNames name the engine's phases in progress events (progressKeys).
var phaseNames = map[engine.Phase]string{
	engine.PhaseRead: "sql-read", engine.PhaseDirectory: "sql-directory", engine.PhaseLetters: "sql-letters",
	engine.PhaseMeetings: "sql-meetings", engine.PhaseShares: "sql-shares", engine.PhaseWrite: "sql-write",
}

// runPairsEngine runs the DuckDB text of spec with the embedded DuckDB and
// writes the pair tables into the folder o.Out, which must be new or
// empty: into a temporary folder beside it first, renamed when complete,
// so a failed or interrupted run leaves nothing. The folder also gets
// pairs.sql, the text that was run with the final folder as its
// destination (where the run wrote the temporary one), which its first
// line says.
func runPairsEngine(ctx context.Context, o pairsOptions, st *ingest.Study, spec *engine.Spec, stdout, stderr io.Writer) (err error) {
	if o.Out == "" || o.Out == "-" {
		return usagef("%s", msg(o.Lang, "pairsRunOut"))
	}
	if o.Force {
		// --force replaces the SQL file only; a folder of tables is never
		// replaced, so say so rather than only that it is not empty.
		if ents, err := os.ReadDir(o.Out); err == nil && len(ents) > 0 {
			return usagef(msg(o.Lang, "pairsRunForce"), o.Out)
		}
	}
	var inputs []string
	for _, fs := range spec.Files {
		for _, f := range fs {
			inputs = append(inputs, f.Path)
		}
	}
	if err := checkOut(o.Lang, outPlan{flag: "--out", path: o.Out, fresh: true}, reads{inputs: inputs}); err != nil {
		return err
	}
	// after the checks of --out, which are of what was typed (exit 2)
	if !engine.Embedded {
		return &wordedError{msg(o.Lang, "pairsNoEngine"), engine.ErrNoEngine}
	}
	out, err := filepath.Abs(o.Out)
	if err != nil {
		return err
	}
	// a folder that cannot be written is said as for every output
	// folder (errOutDir): "mkdir ro/.sekat-pairs-1418285004: permission
	// denied" named a folder the user never asked for
	made := missingDirs(filepath.Dir(out))
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return &outDirError{o.Out, err}
	}
	defer func() {
		if err != nil { // a failed run leaves no folder it made behind
			for i := len(made) - 1; i >= 0; i-- {
				os.Remove(made[i]) // empty: removed only then
			}
		}
	}()
	tmp, err := os.MkdirTemp(filepath.Dir(out), ".sekat-pairs-*")
	if err != nil {
		return &outDirError{o.Out, err}
	}
	defer os.RemoveAll(tmp)
	spec.Dest = out
	text, err := engine.SQL(spec, engine.DuckDB)
	if err != nil {
		return err
	}
	run := *spec
	run.Dest = tmp
	step := func(done, total int, ph engine.Phase) {
		o.Progress.Report(progress.Event{Stage: progress.Statements, Name: phaseNames[ph], Done: int64(done), Total: int64(total)})
	}
	if err := engine.Run(ctx, &run, step); err != nil {
		return err
	}
	// a window that holds no event: analyze stops there (exit 1), so
	// stop as it does, leaving no tables (they were written empty, exit
	// 0, and analyze --pairs then stopped on them); before it, the log
	// tables with no event in the window, each with its own span, as
	// analyze warns of them (the stop came alone)
	if err := windowEvents(tmp, st, spec, o); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "pairs.sql"), []byte(keptNote(out)+text), 0o644); err != nil {
		return &outDirError{o.Out, err}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return &outDirError{o.Out, err}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	os.Remove(out) // an empty folder (checkOut allowed no other)
	if err := os.Rename(tmp, out); err != nil {
		return &outDirError{o.Out, err}
	}
	// what the folder holds and the command that reads it: "hasil ditulis
	// ke pasangan" said neither, and tables made for a window are read
	// only with that window
	fmt.Fprintln(stdout, msg(o.Lang, "pairs.wroteTables", o.Out))
	fmt.Fprintln(stderr, msg(o.Lang, "pairs.next", pairsReader(o)))
	return nil
}

// windowEvents says on o.warn what analyze warns of the window, from the
// inputs table of the pair tables the run wrote into dir: each log table
// none of whose events lies in it, and stops where analyze stops, on a
// study without an event in its window or without a usable event at all
// (ingest.CheckPairsWindow).
func windowEvents(dir string, st *ingest.Study, spec *engine.Spec, o pairsOptions) error {
	ins, span, err := engine.ReadInputs(dir)
	if err != nil {
		return inputError(err, o.Lang)
	}
	var warn func(ingest.Warning)
	if o.warn != nil {
		warn = func(w ingest.Warning) { fmt.Fprintln(o.warn, "sekat: "+msg(o.Lang, "warning", warningText(w, o.Lang))) }
	}
	if err := ingest.CheckPairsWindow(st, ins, span, spec.Window, warn); err != nil {
		return engineNoEvents(err, o.Lang, o.Study)
	}
	return nil
}

// engineNoEvents is inputError for the stop on logs an engine read: with
// no usable row at all, the fix is sekat validate on study, which lists
// the rejected rows; the engine only counted them, and neither sekat
// pairs nor analyze --pairs writes a rejects.csv ("see rejects.csv"
// pointed to a file that was not there).
func engineNoEvents(err error, lang, study string) error {
	var ne *ingest.NoEventsError
	if errors.As(err, &ne) && ne.Events == 0 {
		return &wordedError{msg(lang, "errNoEventsAtAllEngine", logsText(ne, lang), shellQuote(study)), err}
	}
	return inputError(err, lang)
}

// pairsReader is the sekat analyze command that reads the pair tables
// sekat pairs --run wrote with o: their level and the window given.
func pairsReader(o pairsOptions) string {
	args := []string{"sekat", "analyze", shellQuote(o.Study), "--pairs", shellQuote(o.Out)}
	if o.Level == "person" {
		args = append(args, "--level", "person")
	}
	if o.From != "" {
		args = append(args, "--from", shellQuote(o.From))
	}
	if o.To != "" {
		args = append(args, "--to", shellQuote(o.To))
	}
	return strings.Join(args, " ")
}

// missingDirs lists the folders on the way to dir that do not exist yet,
// outermost first: those os.MkdirAll(dir) makes.
func missingDirs(dir string) []string {
	var miss []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || d == filepath.Dir(d) {
			break
		}
		miss = append([]string{d}, miss...)
	}
	return miss
}

// keptNote is the first line of the pairs.sql that --run keeps in the
// folder out: the text differs from the one run only in its destination.
func keptNote(out string) string {
	return "-- Kept by sekat pairs --run: the text it ran, except that the run wrote into a temporary folder beside " + out + ", renamed to it when complete; here the destination is " + out + " itself.\n"
}
