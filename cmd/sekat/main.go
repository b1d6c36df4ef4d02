// Command sekat finds silos between government units from their
// correspondence, meeting and data-sharing logs. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/pqguard"
)

// Version is sekat's version, written into summary.json.
const Version = "0.1.0-dev"

// usageError is bad usage (exit 2). inFile says the value refused was
// written in a file the user wrote (study.yaml, or the reform or
// crosswalk file a flag names), which the message names with its line:
// `--help`, the hint after other usage errors, does not describe them.
// err, when not nil, is the error the message words.
type usageError struct {
	msg    string
	inFile bool
	err    error
}

func (e *usageError) Error() string { return e.msg }

// Unwrap returns the error the message words (nil for most).
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return &usageError{msg: i18n.Sprintf(format, a...)} }

// settingf is usagef for a study.yaml value out of range.
func settingf(format string, a ...any) error {
	return &usageError{msg: i18n.Sprintf(format, a...), inFile: true}
}

// explain says in the user's language what a known failure means; the
// library's own error (English, with file, line and column) follows it as
// the detail. It returns "" for errors that need no explanation.
func explain(err error, lang string) string {
	switch {
	case errors.As(err, new(*wordedError)) || errors.As(err, new(*declaredFileError)): // worded already
		return ""
	case errors.As(err, new(*ingest.RejectRateError)): // in English too
		var e *ingest.RejectRateError
		errors.As(err, &e)
		return rejectRateText(e, lang, "")
	case errors.As(err, new(*engine.PairsError)): // in English too
		var e *engine.PairsError
		errors.As(err, &e)
		return pairsInFolder(e, lang)
	case errors.As(err, new(*ingest.FileError)) && errors.Is(err, fs.ErrPermission):
		// said in both languages: the detail, "open g/units.csv:
		// permission denied", was all an analyst got, in English, and
		// no fix
		var fe *ingest.FileError
		if errors.As(err, &fe) && fe.Folder {
			return msg(lang, "errPermissionFolder", fe.File)
		}
		if p := deniedPath(err); p != "" {
			return msg(lang, "errPermission", p) // the path the detail gave, as the detail is left out
		}
		return msg(lang, "errPermission", inputFile(err, lang))
	case errors.As(err, new(*outDirError)) && errors.Is(err, fs.ErrPermission) && deniedPath(err) != "":
		var o *outDirError
		errors.As(err, &o)
		d := filepath.Dir(deniedPath(err)) // where a folder or file is made
		if a, err := filepath.Abs(d); d == "." && err == nil {
			d = a
		}
		return msg(lang, "errOutDirDenied", o.dir, d)
	case errors.Is(err, fs.ErrPermission) && deniedPath(err) != "" && !errors.As(err, new(*usageError)):
		// any other file or folder (--reform, an output folder read
		// back, ...): Go's English "open x: permission denied" was the
		// whole message, or the detail under a sentence that said
		// another cause
		return msg(lang, "errPermissionPath", deniedPath(err))
	case errors.Is(err, syscall.ENOSPC):
		// said in both languages: "write out/.edges.csv.tmp1rwj…: no
		// space left on device" named a temporary file already removed
		return msg(lang, "errNoSpace", fullFolder(err))
	case errors.As(err, new(*engine.SQLError)): // in English too
		// the engine's own English sentence left out the catalogue's
		// way round the refusal (read the raw tables without --pairs)
		var e *engine.SQLError
		errors.As(err, &e)
		return sqlText(e, lang)
	case errors.As(err, new(*ingest.HeaderQuoteError)): // in English too
		// the English detail alone, under Indonesian too, and no fix
		var e *ingest.HeaderQuoteError
		errors.As(err, &e)
		return msg(lang, "errHeaderQuote", e.Line, inputFile(err, lang))
	case lang == "en":
		return ""
	case errors.Is(err, ingest.ErrRejectRate):
		return msg(lang, "errRejectRate")
	case errors.Is(err, ingest.ErrMissingColumn):
		return msg(lang, "errColumn")
	case errors.Is(err, ingest.ErrStrict):
		var re *ingest.RowError
		if errors.As(err, &re) {
			return msg(lang, "errStrictAt", rowText(re, lang))
		}
		return msg(lang, "errStrict")
	case errors.As(err, new(*ingest.NoStudyError)):
		var e *ingest.NoStudyError
		errors.As(err, &e)
		return msg(lang, "errNoStudy", ingest.ShowName(e.Path))
	case errors.As(err, new(*ingest.NoUnitsTableError)):
		var e *ingest.NoUnitsTableError
		errors.As(err, &e)
		if e.Pairs {
			return msg(lang, "errNoUnitsPairs", e.Dir, e.Dir)
		}
		return msg(lang, "errNoUnits", e.Dir)
	case errors.As(err, new(*ingest.StudyError)):
		var e *ingest.StudyError
		errors.As(err, &e)
		if m := studyText(e, lang); m != "" {
			return m
		}
		return msg(lang, "errStudy")
	case errors.Is(err, ingest.ErrStudy):
		return msg(lang, "errStudy")
	case errors.As(err, new(*engine.NoPairsFolderError)):
		var e *engine.NoPairsFolderError
		errors.As(err, &e)
		return msg(lang, "errNoPairsFolder", e.Dir, e.Dir)
	case errors.Is(err, engine.ErrPairs):
		return msg(lang, "errPairs")
	case errors.As(err, new(*ingest.CutOffError)):
		var e *ingest.CutOffError
		errors.As(err, &e)
		switch {
		case e.NoFooter:
			return msg(lang, "errCutFooter", inputFile(err, lang), i18n.Int(lang, e.Size))
		case e.Line == 0:
			return msg(lang, "errCutHeader", inputFile(err, lang))
		}
		return msg(lang, "errCutLine", inputFile(err, lang), e.Line)
	case errors.Is(err, ingest.ErrDamaged):
		return msg(lang, "errDamaged", inputFile(err, lang))
	case errors.Is(err, ingest.ErrJSONArray):
		// the generic headline spoke of 16 MiB rows and delimiters; the
		// fix was in the English detail only (QA of session 30)
		return msg(lang, "errJSONArray", inputFile(err, lang))
	case errors.Is(err, ingest.ErrHTMLWorkbook):
		return msg(lang, "errHTMLWorkbook", inputFile(err, lang))
	case errors.Is(err, ingest.ErrNotWorkbook):
		return msg(lang, "errNotWorkbook", inputFile(err, lang))
	case errors.Is(err, ingest.ErrNotTable):
		return msg(lang, "errNotTable", inputFile(err, lang))
	case errors.As(err, new(*ingest.MergedCellsError)):
		var e *ingest.MergedCellsError
		errors.As(err, &e)
		if e.Header {
			return msg(lang, "errMergedHeader", e.File, e.Sheet, e.Range, e.Column, e.Row, e.Last, e.Row, e.Last)
		}
		return msg(lang, "errMergedCells", e.File, e.Sheet, e.Range, e.Column, e.Row)
	case errors.As(err, new(*ingest.FormulaError)):
		var e *ingest.FormulaError
		errors.As(err, &e)
		if e.Header {
			return msg(lang, "errFormulaHeaderNoValue", e.File, e.Sheet, e.Cell)
		}
		return msg(lang, "errFormulaNoValue", e.File, e.Sheet, e.Cell, e.Column)
	case errors.As(err, new(*ingest.ColumnTypeError)):
		var e *ingest.ColumnTypeError
		errors.As(err, &e)
		return msg(lang, "errColumnType", e.File, e.Column)
	case errors.As(err, new(*commitError)):
		var c *commitError
		errors.As(err, &c)
		return msg(lang, "errCommit", c.dir)
	case errors.As(err, new(*foreignFilesError)):
		var f *foreignFilesError
		errors.As(err, &f)
		return msg(lang, "errForeignFiles", f.dir, strings.Join(f.files, ", "))
	case errors.As(err, new(*outDirError)):
		var o *outDirError
		errors.As(err, &o)
		return msg(lang, "errOutDir", o.dir)
	}
	return ""
}

// complete reports whether explain's sentence for err says all its
// English detail does, so that the detail is not repeated.
func complete(err error) bool {
	return (errors.Is(err, fs.ErrPermission) && deniedPath(err) != "") || errors.As(err, new(*engine.NoPairsFolderError)) || errors.As(err, new(*foreignFilesError)) ||
		errors.As(err, new(*ingest.RejectRateError)) ||
		(errors.Is(err, ingest.ErrStrict) && errors.As(err, new(*ingest.RowError))) ||
		errors.As(err, new(*ingest.NoStudyError)) || errors.As(err, new(*ingest.NoUnitsTableError)) || errors.As(err, new(*ingest.HeaderQuoteError)) ||
		errors.As(err, new(*ingest.CutOffError)) || knownStudyError(err) || knownSQLError(err) || knownPairsError(err)
}

// knownPairsError reports whether err is an *engine.PairsError that
// pairsText words whole.
func knownPairsError(err error) bool {
	var e *engine.PairsError
	return errors.As(err, &e) && pairsText(e, "id") != ""
}

// pairsInFolder is pairsText with the folder of the tables before it,
// unless the sentence names it: a file's path in a refusal is relative to
// that folder, and compare with two studies reads two folders of one
// layout.
func pairsInFolder(e *engine.PairsError, lang string) string {
	t := pairsText(e, lang)
	if t == "" || e.Dir == "" {
		return t
	}
	for _, a := range e.Args {
		if s, ok := a.(string); ok && s == e.Dir {
			return t
		}
	}
	return msg(lang, "pairs.in", e.Dir, t)
}

// grouped writes the whole numbers among a (counts of letters, events,
// rows) as the other messages write counts, grouped in thousands
// ("26.879 surat"; they read "26879"), leaving the rest as they are.
func grouped(lang string, a []any) []any {
	out := make([]any, len(a))
	for i, x := range a {
		switch n := x.(type) {
		case int:
			out[i] = i18n.Int(lang, int64(n))
		case int64:
			out[i] = i18n.Int(lang, n)
		default:
			out[i] = x
		}
	}
	return out
}

// pairsText says in lang why pair tables are refused, or "" for a code
// it does not know. A place in a file (engine.Pos) is written as the
// file and its line (a Parquet file: its row), in lang.
func pairsText(e *engine.PairsError, lang string) string {
	a := make([]any, len(e.Args))
	for i, x := range e.Args {
		a[i] = x
		if p, ok := x.(engine.Pos); ok {
			if p.Row {
				a[i] = msg(lang, "pairs.row", p.File, p.N)
			} else {
				a[i] = msg(lang, "pairs.line", p.File, p.N)
			}
		}
	}
	switch e.Code {
	case "duplicate":
		return msg(lang, "pairs.duplicate", a...)
	case "nullCount":
		return msg(lang, "pairs.nullCount", a...)
	case "noNodes":
		return msg(lang, "pairs.noNodes", grouped(lang, a)...)
	case "noPairs":
		return msg(lang, "pairs.noPairs", grouped(lang, a)...)
	case "noSizes":
		return msg(lang, "pairs.noSizes", grouped(lang, a)...)
	case "rowsSum":
		return msg(lang, "pairs.rowsSum", grouped(lang, a)...)
	case "nodeMissing":
		return msg(lang, "pairs.nodeMissing", a...)
	case "totalsLetters":
		return msg(lang, "pairs.totalsLetters", grouped(lang, a)...)
	case "totalsRequests":
		return msg(lang, "pairs.totalsRequests", grouped(lang, a)...)
	case "totalsMeetings":
		return msg(lang, "pairs.totalsMeetings", grouped(lang, a)...)
	case "missingTable":
		return msg(lang, "pairs.missingTable", a...)
	case "noMeta":
		return msg(lang, "pairs.noMeta", a...)
	case "metaRows":
		return msg(lang, "pairs.metaRows", a...)
	case "version":
		return msg(lang, "pairs.version", a...)
	case "level":
		return msg(lang, "pairs.level", a...)
	case "metaLevel":
		return msg(lang, "pairs.metaLevel", a...)
	case "metaDialect":
		return msg(lang, "pairs.metaDialect", a...)
	case "notFolder":
		return msg(lang, "pairs.notFolder", a...)
	case "inTables":
		return msg(lang, "pairs.inTables", a...)
	case "denied":
		return msg(lang, "pairs.denied", a...)
	case "readFile":
		return msg(lang, "pairs.readFile", a...)
	case "zone":
		return msg(lang, "pairs.zone", a...)
	case "circular":
		return msg(lang, "pairs.circular", a...)
	case "maxMeeting":
		return msg(lang, "pairs.maxMeeting", a...)
	case "windowOutside":
		return msg(lang, "pairs.windowOutside", a...)
	case "windowOpen":
		return msg(lang, "pairs.windowOpen", a...)
	case "windowNone":
		return msg(lang, "pairs.windowNone", a...)
	case "windowNoneOpen":
		return msg(lang, "pairs.windowNoneOpen")
	case "partitionNone":
		return msg(lang, "pairs.partitionNone", a...)
	case "neverPartitioned":
		return msg(lang, "pairs.neverPartitioned", a...)
	case "notPartitioned":
		return msg(lang, "pairs.notPartitioned", a...)
	case "periodMonth":
		return msg(lang, "pairs.periodMonth", a...)
	case "periodWeek":
		return msg(lang, "pairs.periodWeek", a...)
	case "periodDay":
		return msg(lang, "pairs.periodDay", a...)
	case "periodColumn":
		return msg(lang, "pairs.periodColumn", a...)
	case "bothNames":
		return msg(lang, "pairs.bothNames", a...)
	case "copied":
		return msg(lang, "pairs.copied", a...)
	case "noTotals":
		return msg(lang, "pairs.noTotals", a...)
	case "brokenLink":
		return msg(lang, "pairs.brokenLink", a...)
	case "linkLoop":
		return msg(lang, "pairs.linkLoop", a...)
	case "notRegular":
		return msg(lang, "pairs.notRegular", a...)
	case "outsideLink":
		return msg(lang, "pairs.outsideLink", a...)
	case "tableFileFolder":
		return msg(lang, "pairs.tableFileFolder", a...)
	case "tableFolderFile":
		return msg(lang, "pairs.tableFolderFile", a...)
	case "gzip":
		return msg(lang, "pairs.gzip", a...)
	case "gzipParquet":
		return msg(lang, "pairs.gzipParquet", a...)
	case "unzip":
		return msg(lang, "pairs.unzip", a...)
	case "notText":
		return msg(lang, "pairs.notText", a...)
	case "noHeader":
		return msg(lang, "pairs.noHeader", a...)
	case "csvFields":
		return msg(lang, "pairs.csvFields", a...)
	case "csvQuote":
		return msg(lang, "pairs.csvQuote", a...)
	case "csv":
		return msg(lang, "pairs.csv", a...)
	case "read":
		return msg(lang, "pairs.read", a...)
	case "noColumn":
		return msg(lang, "pairs.noColumn", a...)
	case "parquet":
		return msg(lang, "pairs.parquet", a...)
	case "notParquet":
		return msg(lang, "pairs.notParquet", a...)
	case "notFlat":
		return msg(lang, "pairs.notFlat", a...)
	case "decimal":
		return msg(lang, "pairs.decimal", a...)
	case "timeType":
		return msg(lang, "pairs.timeType", a...)
	case "countOverflow":
		return msg(lang, "pairs.countOverflow", a...)
	case "tooLarge":
		return msg(lang, "pairs.tooLarge", a...)
	case "inexact":
		return msg(lang, "pairs.inexact", a...)
	case "inexactText":
		return msg(lang, "pairs.inexactText", a...)
	case "columnTwice":
		return msg(lang, "pairs.columnTwice", a...)
	case "inputsName":
		return msg(lang, "pairs.inputsName", a...)
	case "inputsRow":
		return msg(lang, "pairs.inputsRow", a...)
	case "notNumber":
		return msg(lang, "pairs.notNumber", a...)
	case "thousands":
		return msg(lang, "pairs.thousands", a...)
	case "emptyID":
		return msg(lang, "pairs.emptyID", a...)
	case "unknownID":
		return msg(lang, "pairs.unknownID", a...)
	case "idZeros":
		return msg(lang, "pairs.idZeros", a...)
	case "personInUnit":
		return msg(lang, "pairs.personInUnit", a...)
	case "negative":
		return msg(lang, "pairs.negative", a...)
	case "emptyTableName":
		return msg(lang, "pairs.emptyTableName", a...)
	case "selfPair":
		return msg(lang, "pairs.selfPair", a...)
	case "meetingSize":
		return msg(lang, "pairs.meetingSize", a...)
	case "pairOrder":
		return msg(lang, "pairs.pairOrder", a...)
	case "meetingsShare":
		return msg(lang, "pairs.meetingsShare", a...)
	case "timeOutsidePeriod":
		return msg(lang, "pairs.timeOutsidePeriod", a...)
	case "timeOutsideWindow":
		return msg(lang, "pairs.timeOutsideWindow", a...)
	case "firstAfterLast":
		return msg(lang, "pairs.firstAfterLast", a...)
	case "sameLogs":
		return msg(lang, "pairs.sameLogs", a...)
	case "unitPairsAtUnit":
		return msg(lang, "pairs.unitPairsAtUnit", a...)
	case "reading":
		return msg(lang, "pairs.reading", a...)
	case "directory":
		return msg(lang, "pairs.directory", a...)
	case "every":
		return msg(lang, "pairs.badEvery", a...)
	case "unitPairsLevel":
		return msg(lang, "pairs.unitPairsNotUnit", a...)
	}
	return ""
}

// knownSQLError reports whether err is an *engine.SQLError that sqlText
// words whole, DuckDB's own words (its first line) after the sentence.
func knownSQLError(err error) bool {
	var e *engine.SQLError
	return errors.As(err, &e) && sqlText(e, "id") != ""
}

// sqlText says in lang why the SQL text of sekat pairs cannot be written
// or run, or "" for a code it does not know. A step of the text among the
// Args (an engine.Phase) is named as the progress line names it.
func sqlText(e *engine.SQLError, lang string) string {
	key, ok := sqlKeys[e.Code]
	if !ok {
		return ""
	}
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		if p, ok := a.(engine.Phase); ok {
			a = msg(lang, progressKeys[phaseNames[p]])
		}
		args[i] = a
	}
	if e.Detail != "" {
		// DuckDB's English after sekat's sentence, not inside it
		return msg(lang, key, args...) + "\n  " + msg(lang, "sql.duckdbSaid") + ": " + e.Detail
	}
	return msg(lang, key, args...)
}

// sqlKeys are the catalogue's keys of engine.SQLError's codes.
var sqlKeys = map[string]string{
	"path": "sql.path", "gzipParquet": "sql.gzipParquet", "format": "sql.format", "encoding": "sql.encoding", "encodingC1": "sql.encodingC1", "compression": "sql.compression",
	"trinoTables": "sql.trinoTables", "trinoCSV": "sql.trinoCSV", "columnTime": "sql.columnTime",
	"damaged": "errDamaged", "denied": "errPermissionPath", "noSpace": "errNoSpace", "memory": "sql.memory",
	"columnNumber": "sql.columnNumber", "columnStatus": "sql.columnStatus", "run": "sql.run", "value": "sql.value", "interrupted": "sql.interrupted", "missing": "sql.missing", "outGone": "sql.outGone", "io": "sql.io", "tempDir": "sql.tempDir", "start": "sql.start", "sparkQuote": "sql.sparkQuote", "sepLine": "sql.sepLine", "sepLineEnds": "sql.sepLineEnds",
	"aboveEnds": "sql.aboveEnds", "aboveQuoted": "sql.aboveQuoted", "paddedLine": "sql.paddedLine", "csvLine": "sql.csvLine", "csvWide": "sql.csvWide", "csvShort": "sql.csvShort", "csvQuote": "sql.csvQuote", "csvLong": "sql.csvLong", "csvEncoding": "sql.csvEncoding", "lineEnds": "sql.lineEnds",
}

// knownStudyError reports whether err is an *ingest.StudyError that
// studyText words (whole, so that no English detail follows).
func knownStudyError(err error) bool {
	var e *ingest.StudyError
	return errors.As(err, &e) && studyText(e, "id") != ""
}

// userText is err's text for a user: without the package prefix the
// libraries' errors start with ("ingest: ") and the name of the kind of
// error they end with (": bad study"), which say nothing to a user.
func userText(err error) string {
	s := err.Error()
	for _, p := range []string{"ingest: ", "engine: ", "synth: "} {
		s = strings.TrimPrefix(s, p)
	}
	for _, k := range []error{ingest.ErrStudy, ingest.ErrSetting, engine.ErrPairs, ingest.ErrStrict, ingest.ErrDamaged, ingest.ErrNotRegular, ingest.ErrOutside, ingest.ErrSpoolLimit} {
		s = strings.TrimSuffix(s, ": "+k.Error())
	}
	return s
}

// detailText is userText(err) as the technical detail under a worded
// message in lang: English, but with the byte counts of a Parquet
// footer too long for its file (pqguard.FooterError) grouped as lang
// groups them: "2.885.681.152" in Bahasa Indonesia, where the English
// "2,885,681,152" reads as a decimal fraction.
func detailText(err error, lang string) string {
	s := userText(err)
	var fe *pqguard.FooterError
	if lang != "en" && errors.As(err, &fe) {
		s = strings.Replace(s, fe.Error(), fmt.Sprintf("footer of %s bytes in a file of %s bytes", groupDigits(fe.Footer, lang), groupDigits(fe.File, lang)), 1)
	}
	return s
}

// inputFile names the input file of err (an *ingest.FileError), or says
// "an input file" in lang.
func inputFile(err error, lang string) string {
	var fe *ingest.FileError
	if errors.As(err, &fe) {
		return fe.File
	}
	return msg(lang, "anInputFile")
}

// deniedPath is the path of the file or folder whose access was denied
// in err, or "" when err names none.
func deniedPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && errors.Is(pe.Err, fs.ErrPermission) {
		return pe.Path
	}
	return ""
}

// fullFolder is the folder of the file whose write found the disk full,
// or "." when err names none.
func fullFolder(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "" {
		return filepath.Dir(pe.Path)
	}
	return "."
}

// Exit codes. exitCode is the one place where errors become them; main
// adds exitPanic for a crash.
const (
	exitOK          = 0
	exitFailed      = 1
	exitUsage       = 2
	exitPanic       = 3   // a bug in sekat: a panic caught by guarded
	exitInterrupted = 130 // SIGINT or SIGTERM (128 + SIGINT, as shells report it)
)

// exitCode is the one place where errors become exit codes: 0 done,
// 1 failed, 2 bad usage, 130 interrupted.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, context.Canceled) {
		return exitInterrupted
	}
	var u *usageError
	if errors.As(err, &u) || errors.As(err, new(*foreignFilesError)) {
		return exitUsage
	}
	// a table, a path or a line the SQL text of sekat pairs refuses, named
	// in the message: the input is to be changed (it exited 1, as a
	// failure of the engine)
	if s := (*engine.SQLError)(nil); errors.As(err, &s) && s.Input() {
		return exitUsage
	}
	// the pair tables of --pairs (or --unit-pairs) refused for what the
	// folder holds (a duplicate key, another format version, a table
	// missing) or for a window, a level or time blocks they were not made
	// for: the tables are to be made again or the flags changed (it
	// exited 1, as a failed run)
	if p := (*engine.PairsError)(nil); errors.As(err, &p) && p.Input() || errors.As(err, new(*engine.BlockCutError)) {
		return exitUsage
	}
	// a STUDY, or a folder of --pairs or --unit-pairs, that does not
	// exist: a path the user typed, to be typed again, as a --reform or
	// --crosswalk file that is missing (it exited 1, as a file that
	// could not be read)
	if errors.As(err, new(*ingest.NoStudyError)) || errors.As(err, new(*engine.NoPairsFolderError)) {
		return exitUsage
	}
	// a window (--from, --to or study.yaml's window:) that holds no event
	// of logs that hold some: the window is to be changed, by every
	// command alike (analyze, report, map, export, validate, facilitators
	// and pairs --run exited 1, while compare, trend and evaluate exited
	// 2); logs with no usable row at all stay a failed read
	if ne := (*ingest.NoEventsError)(nil); errors.As(err, &ne) && ne.Events > 0 {
		return exitUsage
	}
	return exitFailed
}

func main() {
	ctx, stop := interruptible(context.Background(), os.Stderr, helpLang(os.Args, os.Getenv))
	code := guarded(os.Stderr, helpLang(os.Args, os.Getenv), func() int { return run(ctx, os.Args, os.Stdout, os.Stderr) })
	stop()
	os.Exit(code)
}

// interruptible returns a context that the first SIGINT (Ctrl-C) or
// SIGTERM cancels: the run winds down, removes its temporary files and
// leaves earlier outputs as they were. A second signal removes the
// temporary files and exits at once with exitInterrupted. stop ends both.
func interruptible(parent context.Context, stderr io.Writer, lang string) (ctx context.Context, stop func()) {
	ctx, cancel := signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
	again := make(chan os.Signal, 2) // receives the first signal too
	signal.Notify(again, os.Interrupt, syscall.SIGTERM)
	quit := make(chan struct{})
	go func() {
		for range 2 {
			select {
			case <-again:
			case <-quit:
				return
			}
		}
		removeAllTemps()
		fmt.Fprintln(stderr, "\nsekat: "+msg(lang, "interruptedTwice"))
		os.Exit(exitInterrupted)
	}()
	return ctx, func() {
		signal.Stop(again)
		close(quit)
		cancel()
	}
}

// guarded calls f and returns its exit code, or, when f panics, prints a
// crash report on stderr and returns exitPanic. Deferred clean-ups of the
// run (its temporary files) have run by then.
func guarded(stderr io.Writer, lang string, f func() int) (code int) {
	defer func() {
		if r := recover(); r != nil {
			stack := debug.Stack()
			if p, ok := r.(*par.Panic); ok { // a worker goroutine's panic, with its own stack
				r, stack = p.Value, p.Stack
			}
			crashReport(stderr, lang, r, stack)
			code = exitPanic
		}
	}()
	return f()
}

// crashReport says that sekat has a bug, what to send to its maintainers,
// and the facts they need: version, panic value, where it happened.
func crashReport(w io.Writer, lang string, value any, stack []byte) {
	fmt.Fprintf(w, "\nsekat: %s\n%s\n\n", msg(lang, "crash"), msg(lang, "crashSend"))
	fmt.Fprintf(w, "  sekat %s (%s %s/%s)\n  panic: %v\n", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH, value)
	for _, f := range shortStack(stack, 12) {
		fmt.Fprintf(w, "    %s\n", f)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, msg(lang, "crashOutputs"))
}

// shortStack turns a goroutine stack as runtime/debug.Stack prints it into
// at most n lines "function (folder/file:line)": the frames from where the panic
// happened outwards, without the recovering code above the panic frame,
// the runtime, or the goroutine header.
func shortStack(stack []byte, n int) []string {
	lines := strings.Split(strings.TrimSpace(string(stack)), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			lines = lines[i+2:] // the panic frame and its location
			break
		}
	}
	var out []string
	for i := 0; i+1 < len(lines) && len(out) < n; i++ {
		fn, loc := lines[i], lines[i+1]
		if strings.HasPrefix(fn, "\t") || !strings.HasPrefix(loc, "\t") {
			continue // not a function line followed by its location
		}
		i++
		if k := strings.Index(fn, " in goroutine "); k > 0 {
			fn = fn[:k] // "created by F in goroutine N"
		} else if k := strings.LastIndex(fn, "("); k > 0 {
			fn = fn[:k]
		}
		fn = strings.Replace(fn, "github.com/sekat-ona/sekat/", "", 1)
		if strings.HasPrefix(fn, "runtime.") || strings.HasPrefix(fn, "runtime/debug.") {
			continue
		}
		loc = strings.TrimSpace(loc)
		if k := strings.LastIndex(loc, " +0x"); k > 0 {
			loc = loc[:k]
		}
		loc = filepath.Join(filepath.Base(filepath.Dir(loc)), filepath.Base(loc)) // package folder and file
		out = append(out, fn+" ("+loc+")")
	}
	return out
}

// run runs sekat with args and returns the exit code; tests call it with
// buffers.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr, helpLang(args, os.Getenv))
	app.Metadata = map[string]any{argsKey: args} // for the report's method page (commandLine)
	var notFound error
	app.CommandNotFound = func(c *cli.Context, name string) {
		notFound = usagef(msg(langOf(args), "noCommand"), name)
		var near []string
		for _, cmd := range app.Commands {
			if !cmd.Hidden && cmd.Name != "help" && (editDistance(name, cmd.Name) <= 2 || len(name) >= 3 && strings.HasPrefix(cmd.Name, name)) {
				near = append(near, cmd.Name)
			}
		}
		if len(near) == 1 {
			notFound = usagef(msg(langOf(args), "noCommandNear"), name, near[0])
		}
	}
	if l := os.Getenv("SEKAT_LANG"); envLang(l) != "" && envLang(l) != "id" && envLang(l) != "en" {
		fmt.Fprintln(stderr, "sekat: "+msg(langOf(args), "warning", msg(langOf(args), "badEnvLang", l)))
	}
	args, typed, err := normArgs(args, langOf(args))
	app.Metadata[typedKey] = typed
	// The language of what is printed below, read before flagsFirst
	// moves the flags: an unknown flag takes the word after it as its
	// value there, so 'compare STUDY --force --lang en' read --lang's
	// value as STUDY and said the hint below in Indonesian, after
	// urfave's own refusal in English.
	lang := langOf(args)
	if err == nil {
		var missing, ph string
		if args, missing, ph = flagsFirst(app, args); missing != "" {
			if ph == "" {
				ph = msg(lang, "usage.value")
			}
			err = usagef("%s", msg(lang, "usage.needsValue", missing, missing, ph))
		}
	}
	if err == nil {
		err = app.RunContext(ctx, studyNamedHelp(app, args))
	}
	if err == nil {
		err = notFound
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "sekat: "+msg(lang, "interrupted"))
		return exitCode(err)
	}
	if err != nil {
		if m := explain(err, lang); m != "" && complete(err) {
			fmt.Fprintf(stderr, "sekat: %s\n", m)
		} else if m != "" {
			fmt.Fprintf(stderr, "sekat: %s\n  %s: %s\n", m, msg(lang, "detail"), detailText(err, lang))
		} else {
			fmt.Fprintf(stderr, "sekat: %s\n", userText(err))
		}
		var u *usageError
		if errors.As(err, &u) && !u.inFile {
			fmt.Fprintln(stderr, msg(lang, "seeHelp"))
		}
	}
	return exitCode(err)
}

// studyNamedHelp takes a study folder (or file) named h or help as the
// study: every command has urfave's help subcommand, named help with the
// alias h, which took 'sekat analyze h' for 'sekat analyze help', printed
// the help with exit code 0 and read nothing. Where no such path exists,
// 'sekat analyze help' still prints the help. With --help (or -h) beside
// it, the command's help is asked for: the argument is left out of the
// args it returns, and the help subcommand kept, so that urfave prints
// that help (with the subcommand hidden it printed a page with no name).
func studyNamedHelp(app *cli.App, args []string) []string {
	for i, a := range args[min(1, len(args)):] {
		if a == "--" {
			return args
		}
		if a != "h" && a != "help" {
			continue
		}
		isHelp := func(f string) bool { return f == "-h" || f == "--h" || f == "-help" || f == "--help" }
		if prev := args[i]; strings.HasPrefix(prev, "-") && !strings.Contains(prev, "=") && !isHelp(prev) && !boolFlag(app, args, prev) {
			continue // the value of the flag before it (--out h)
		}
		if _, err := os.Stat(a); err == nil {
			if slices.ContainsFunc(args[min(1, len(args)):], isHelp) {
				return slices.Delete(slices.Clone(args), i+1, i+2)
			}
			for _, c := range app.Commands {
				c.HideHelpCommand = true
			}
			return args
		}
	}
	return args
}

// boolFlag reports whether prev names a switch of the command args name
// (args[1]), which takes no value.
func boolFlag(app *cli.App, args []string, prev string) bool {
	if len(args) < 2 {
		return false
	}
	c := app.Command(args[1])
	if c == nil {
		return false
	}
	name := strings.TrimLeft(prev, "-")
	for _, f := range c.Flags {
		if b, ok := f.(*cli.BoolFlag); ok && slices.Contains(b.Names(), name) {
			return true
		}
	}
	return false
}

// newApp builds the command line with its help in language hl (see helpLang).
func newApp(stdout, stderr io.Writer, hl string) *cli.App {
	localizeCLI(hl)
	h := helpFor(hl)
	app := &cli.App{
		Name:        "sekat",
		Usage:       h("sekat.usage"),
		Version:     Version,
		Writer:      stdout,
		ErrWriter:   stderr,
		Flags:       []cli.Flag{langFlag(hl)},
		Description: reflowHelp(h("sekat.desc")),
		Commands: []*cli.Command{
			demoCommand(hl), generateCommand(hl), validateCommand(hl), analyzeCommand(hl), pairsCommand(hl), exportCommand(hl), mapCommand(hl), reportCommand(hl),
			compareCommand(hl), trendCommand(hl), evaluateCommand(hl), facilitatorsCommand(hl),
		},
		OnUsageError: func(c *cli.Context, err error, isSub bool) error {
			return &usageError{msg: usageText(c, err, hl)} // in sekat's words (usage.go)
		},
		ExitErrHandler: func(*cli.Context, error) {}, // exit codes are ours (exitCode)
	}
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
	}
	app.Setup() // adds the help command, whose usage is then translated
	localizeHelpCommand(app, hl)
	return app
}

// langFlag is --lang, with its help in hl.
func langFlag(hl string) cli.Flag {
	return &cli.StringFlag{Name: "lang", Value: "id", Usage: helpFor(hl)("flag.lang")}
}

// studyArg returns the single STUDY argument.
func studyArg(c *cli.Context) (string, error) {
	if c.NArg() == 2 && hasFlag(c.Command, "out") && !c.IsSet("out") {
		// 'sekat analyze studi hasil': the output folder given as an
		// argument, as cp and many tools take it
		a := c.Args().Slice()
		return "", usagef(msg(lang(c), "needStudyOut"), c.Command.Name, a[1], a[1], c.Command.Name, a[0], a[1])
	}
	if c.NArg() > 1 {
		return "", usagef(msg(lang(c), "needStudyMany"), c.Command.Name, c.NArg(), strings.Join(c.Args().Slice(), " "))
	}
	if c.NArg() != 1 {
		return "", usagef(msg(lang(c), "needStudy"), c.Command.Name)
	}
	return c.Args().First(), checkStudyPath(c.Args().First(), lang(c))
}

// hasFlag reports whether cmd has the flag name.
func hasFlag(cmd *cli.Command, name string) bool {
	return findFlag(cmd.Flags, name) != nil
}

// checkStudyPath refuses a STUDY that is a file other than a study.yaml:
// read as study.yaml, a table would be quoted whole in the error (every
// NIP and name of people.csv).
func checkStudyPath(p, lang string) error {
	fi, err := os.Stat(p)
	if err != nil || fi.IsDir() {
		return nil // a missing study is said where it is opened
	}
	if n := strings.ToLower(filepath.Base(p)); strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml") {
		return nil
	}
	if _, _, err := ingest.FormatOf(p); err != nil {
		// a network file (GraphML, Pajek, UCINET, an edge list in
		// .txt) was called "a table file" and its folder suggested,
		// which holds no table sekat reads
		return usagef(msg(lang, "studyIsOtherFile"), p)
	}
	return usagef(msg(lang, "studyIsFile"), p, filepath.Dir(p))
}

// lang returns the language in force for a command: its own --lang or the
// global one, else the environment variable SEKAT_LANG (id or en), as for
// --help, else id.
func lang(c *cli.Context) string {
	for _, l := range c.Lineage() {
		if l.IsSet("lang") {
			if v := l.String("lang"); v == "en" || v == "id" {
				return v
			}
		}
	}
	return helpLang(nil, os.Getenv)
}

// choiceFlags are the flags whose value is one of a few words (or, for
// --format, a comma list of them), every word in lower case: normArgs
// writes their values in lower case, so that --level Person is --level
// person and --format CSV is --format csv, as --lang EN is --lang en.
var choiceFlags = map[string]bool{
	"lang": true, "level": true, "format": true, "every": true, "dialect": true, "table-format": true,
	"size-by": true, "preset": true, "engine": true, "layer": true, "cover": true,
}

// normArgs writes every value of a choice flag (choiceFlags) of args
// (before "--") in lower case, the canonical spelling the commands check
// and write in their outputs, and refuses a --lang that is neither id nor
// en, wherever it stands. typed holds, by flag name, each value it wrote
// in lower case as the user typed it (the last, for a flag given twice),
// for the messages that refuse it (asTyped).
func normArgs(args []string, lang string) (_ []string, typed map[string]string, _ error) {
	out := append([]string(nil), args...)
	typed = map[string]string{}
	for i := 1; i < len(out) && out[i] != "--"; i++ {
		if !strings.HasPrefix(out[i], "-") {
			continue
		}
		a := strings.TrimLeft(out[i], "-")
		name, v, inline := strings.Cut(a, "=")
		if !choiceFlags[name] {
			continue
		}
		j, pre := i, out[i][:len(out[i])-len(a)]+name+"="
		if !inline {
			if i+1 >= len(out) {
				continue
			}
			j, v, pre = i+1, out[i+1], ""
		}
		l := strings.ToLower(v)
		if name == "lang" {
			if l = strings.TrimSpace(l); l != "id" && l != "en" {
				return args, nil, usagef(msg(lang, "badLang"), v)
			}
		}
		if l != v {
			typed[name] = v
		}
		out[j] = pre + l
		if j > i {
			i++
		}
	}
	return out, typed, nil
}

// typedKey is the key of app.Metadata under which run keeps the values
// of choice flags as typed (normArgs).
const typedKey = "typed"

// typedValues is the map of the values of choice flags as the user typed
// them (normArgs), nil when none was written in lower case.
func typedValues(c *cli.Context) map[string]string {
	t, _ := c.App.Metadata[typedKey].(map[string]string)
	return t
}

// asTyped is v, the value of choice flag name as a command reads it (in
// lower case), as the user typed it (typed: typedValues), for a message
// that refuses it: --format XLSX was refused as unknown --format "xlsx",
// a value the user did not write. v itself when the user typed it so, or
// when it came from elsewhere (a format from the --out extension).
func asTyped(typed map[string]string, name, v string) string {
	if t, ok := typed[name]; ok && strings.ToLower(t) == v {
		return t
	}
	return v
}

// flagsFirst moves a command's flags before its positional arguments, so
// that `sekat analyze STUDY --out DIR` works as the contract writes it
// (urfave/cli v2 stops reading flags at the first positional argument).
// Everything after "--" stays as it is. missing is a flag of the command
// that takes a value but ends the line without one: urfave/cli would take
// the STUDY before it as its value and then say the STUDY is missing. ph
// is its value's placeholder in the help ("" when it has none).
func flagsFirst(app *cli.App, args []string) (_ []string, missing, ph string) {
	ci := -1
	var cmd *cli.Command
	for i := 1; i < len(args) && cmd == nil; i++ {
		cmd = app.Command(args[i])
		ci = i
	}
	if cmd == nil {
		return args, "", ""
	}
	isBool := map[string]bool{"help": true, "h": true}
	known := map[string]bool{}
	for _, f := range cmd.Flags {
		_, b := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			isBool[n] = isBool[n] || b
			known[n] = true
		}
	}
	out := append([]string(nil), args[:ci+1]...)
	var pos []string
	rest := args[ci+1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			pos = append(pos, rest[i:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			out = append(out, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && !isBool[name] {
				if i+1 < len(rest) {
					out = append(out, rest[i+1])
					i++
				} else if known[name] {
					missing = a
					if f, ok := findFlag(cmd.Flags, name).(cli.DocGenerationFlag); ok {
						ph = placeholderOf(f.GetUsage())
					}
				}
			}
			continue
		}
		pos = append(pos, a)
	}
	// a flag, not a flag's value: 'analyze studi --out h' lost its study
	// to a help request (QA of session 30)
	if slices.ContainsFunc(out[ci+1:], func(a string) bool {
		n := strings.TrimLeft(a, "-")
		return len(n) < len(a) && (n == "help" || n == "h")
	}) {
		// 'sekat analyze studi --help': urfave took the first argument for
		// a subcommand whose help was asked for, and said the command
		// "studi" is unknown; the command's own help is what is meant
		return out, missing, ph
	}
	return append(out, pos...), missing, ph
}

// nonEmptyOut refuses --out "" (an unset variable in a script, a quoted
// empty name): generate stopped with "invalid options: empty output
// folder", in English and as a failure (exit 1), analyze said "--out
// memuat folder studi" of the current folder, and export wrote to
// standard output.
//
// --out - is standard output for export and pairs only: map wrote a file
// named "-" ("peta ditulis ke -"), analyze a folder of that name.
func nonEmptyOut(c *cli.Context, v string) error {
	if strings.TrimSpace(v) == "" {
		return usagef("%s", msg(lang(c), "emptyOut"))
	}
	if name := c.Command.Name; strings.TrimSpace(v) == "-" && name != "export" && name != "pairs" {
		return usagef(msg(lang(c), "dashOut"), name)
	}
	return nil
}
