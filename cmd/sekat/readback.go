package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/sekat-ona/sekat/i18n"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
	"github.com/sekat-ona/sekat/viz"
)

// analysis is an analysed study with what the maps and the report say
// about its run.
type analysis struct {
	mr   *metrics.Result
	meta visualMeta
	// brief is what the briefing adds (cmd_report.go's newAnalysis, or
	// briefing.json of an output folder).
	brief briefInput
	// readBack says the analysis was read from an output folder.
	readBack bool
	// withheld is what the minimum group size left out at person level
	// (nil at unit level or when revealed).
	withheld *people.Withheld
	// revealed says that a unit-level run with --reveal quotes in its
	// warnings values that may identify a person (warnsPersonal): its
	// report, as a person-level one, gets an audit record.
	revealed bool
}

// visualMeta is what maps and the report say about the run.
type visualMeta struct {
	Study, Window string
	// From and To are the window's bounds as summary.json writes them.
	From, To string
	Inputs   []viz.Input
	Rejected int64
	// Warnings are summary.json's warnings, as sentences.
	Warnings []string
	// AnalysisWarnings counts the warnings about the analysis, not the
	// data (viz.ReportData.AnalysisWarnings).
	AnalysisWarnings int
	Seed             uint64
	Resolution       float64
	// What the network set aside (summary.json's counts and method).
	Circulars      int64
	CircularUnits  int
	MeetingsLarge  int64
	MaxMeetingSize int
	PeopleInactive int
	KeepInactive   bool
	// For the method page: the study's time zone and the window's bounds
	// as summary.json gives them (RFC 3339, the end exclusive).
	TimeZone, WindowFrom, WindowTo string
	// WindowToGiven is summary.json's window.to_given: an end not given
	// is the data's, shown as i18n.WindowEnd says. WindowToTimed is its
	// window.to_timed: the data's end is a time of day, shown as it is.
	WindowToGiven, WindowToTimed bool
}

// isOutDir reports whether path is an output folder of sekat analyze.
func isOutDir(path string) bool {
	_, err := os.Stat(filepath.Join(path, result.SummaryFile))
	return err == nil
}

// outDirIgnored are the flags that choose what is analysed: given an
// output folder, map and report read its result back as analyze wrote it,
// so none of them could take effect.
var outDirIgnored = []string{"from", "to", "keep-inactive", "strict", "max-reject-rate", "seed", "resolution", "permutations", "leiden-iterations"}

// checkOutDirFlags refuses, when study is an output folder of sekat
// analyze, a flag of c that its read-back result cannot follow:
// outDirIgnored, --min-group on a person-level folder, and a level
// (--level, or person for --ego) other than the folder's. report OUTDIR --from 2025-03-01 drew the whole year
// without a word; map of a unit-level folder with --ego failed in
// English ("viz: an ego map needs a person-level result; run with
// --level person"), which the folder cannot be.
func checkOutDirFlags(c *cli.Context, lang, study, level string) error {
	if !isOutDir(study) {
		return nil
	}
	for _, name := range outDirIgnored {
		if c.IsSet(name) {
			return usagef(msg(lang, "outDirFlag"), "--"+name, study, "--"+name)
		}
	}
	folder, read := folderLevel(study)
	// a person-level folder's groups were withheld at its run's
	// --min-group: report OUTDIR --min-group 10 showed the groups of 5 to
	// 9 people it asked to withhold, without a word
	if read && folder == "person" && c.IsSet("min-group") {
		return usagef(msg(lang, "outDirFlag"), "--min-group", study, "--min-group")
	}
	if level == "" || !read || folder == "" || folder == level {
		return nil
	}
	flag := "--level " + level
	if c.IsSet("ego") {
		flag = "--ego"
	}
	word := func(l string) string {
		if l == "person" {
			return msg(lang, "level.person")
		}
		return msg(lang, "level.unit")
	}
	return usagef(msg(lang, "outDirLevel"), study, word(folder), flag, word(level), level)
}

// folderLevel is the level recorded in an output folder's summary.json,
// and whether it could be read (an unreadable summary.json is said when
// the folder is read).
func folderLevel(dir string) (string, bool) {
	var s struct {
		Level string `json:"level"`
	}
	b, err := os.ReadFile(filepath.Join(dir, result.SummaryFile))
	if err != nil || json.Unmarshal(b, &s) != nil {
		return "", false
	}
	return s.Level, true
}

// outDirWithoutSummary reports whether dir holds the tables only an
// analyze output folder has (edges.csv, groups.csv and silos.csv) but not
// its summary.json: read as a study, it would get "no log tables".
func outDirWithoutSummary(dir string) bool {
	for _, f := range []string{"edges.csv", "groups.csv", "silos.csv"} {
		if !exists(filepath.Join(dir, f)) {
			return false
		}
	}
	return !isOutDir(dir)
}

// obtainResult analyses o.Study, or reads the result back when o.Study is
// an output folder of `sekat analyze` (then the window, seed and other
// analysis flags are those recorded in its summary.json).
//
// A folder written with --reveal is read back only with --reveal: at
// person level it holds names, at unit level its rejects.csv and warnings
// may quote people's ids; the latter only when the output carries them
// (not with o.networkOnly, a map).
func obtainResult(ctx context.Context, o analyzeOptions) (*analysis, error) {
	if isOutDir(o.Study) {
		revealed := revealedFolder(o.Study)
		if revealed && !o.Reveal && !o.networkOnly {
			if level, _ := folderLevel(o.Study); level == "unit" {
				return nil, usagef(msg(o.Lang, "revealedFolderUnit"), o.Study)
			}
			return nil, usagef(msg(o.Lang, "revealedFolder"), o.Study)
		}
		a, err := readBack(o.Study, o.Lang)
		// its audit.json left out or changed: the people table tells
		if err == nil && !o.Reveal && (people.NamesPeople(a.mr.Net) || revealed && a.mr.Net.Level == graph.PersonLevel) {
			return nil, usagef(msg(o.Lang, "revealedFolder"), o.Study)
		}
		if err == nil {
			if fa := folderAudit(o.Study); fa != nil {
				a.withheld = fa.Withheld
			}
		}
		return a, err
	}
	l, err := loadStudy(ctx, o.studyOptions, io.Discard)
	if err != nil {
		if outDirWithoutSummary(o.Study) {
			return nil, fmt.Errorf("%s", msg(o.Lang, "outDirNoSummary", o.Study, result.SummaryFile))
		}
		return nil, err
	}
	if o.warn != nil {
		// map and report of a study write no rejects.csv: the rejected
		// rows are counted here, as export, compare and trend count them,
		// never left out in silence (map of a study with 99 rows rejected
		// under --max-reject-rate 0.5 said only "map written")
		validate := "`sekat validate " + shellQuote(o.Study) + "`"
		if n := l.res.Rejected(); n > 0 && o.Pairs != "" {
			fmt.Fprintln(o.warn, rejectedLine(o.studyOptions, l, n, ""))
		} else if n > 0 {
			fmt.Fprintln(o.warn, msg(o.Lang, "rejected", groupDigits(n, o.Lang), rejectedWhere(l, o.Lang), validate))
		}
		if n := l.res.Partial(); n > 0 {
			fmt.Fprintln(o.warn, partialText(o.Lang, n, l.dashes, o.Pairs != "", msg(o.Lang, "partialTailListed", validate)))
		}
	}
	mr, err := analyzeNetwork(ctx, l, o)
	if err != nil {
		return nil, err
	}
	// as analyze says them (report.html has them among its warnings;
	// map.svg none): a reorganisation in the window, units without staff,
	// a short window, E-I tests short of permutations
	warnAnalysis(o.warn, l, mr, o.Lang)
	return newAnalysis(l, o, mr, &studyResult(l, o, mr).Summary), nil
}

// readBack reads an output folder of sekat analyze through package result
// and rebuilds the analysis the maps and the report are drawn from.
func readBack(dir, lang string) (*analysis, error) {
	st, err := result.Read(dir)
	if err != nil {
		return nil, readBackError(dir, err, lang)
	}
	mr, err := st.Analysis()
	if err != nil {
		return nil, readBackError(dir, err, lang)
	}
	brief, err := readFindings(dir)
	if err != nil {
		return nil, readBackError(dir, err, lang)
	}
	return &analysis{mr: mr, meta: metaOf(&st.Summary, lang), brief: brief, readBack: true}, nil
}

// metaOf is what the maps and the report say about the run of s: analyze
// and a report drawn from its folder take it from the same summary.
func metaOf(s *result.Summary, lang string) visualMeta {
	m := visualMeta{Study: s.Study, Window: windowDates(s.Window.From, s.Window.To, s.Window.ToGiven || s.Window.ToTimed, lang), From: s.Window.From, To: s.Window.To, Rejected: s.Rejected,
		Seed: s.Seed, Resolution: s.Method.Resolution,
		Circulars: s.Counts.Circulars, CircularUnits: s.Method.CircularUnits, KeepInactive: s.Method.KeepInactive,
		MeetingsLarge: s.Counts.MeetingsLarge, MaxMeetingSize: s.Method.MaxMeetingSize,
		TimeZone: s.TimeZone, WindowFrom: s.Window.From, WindowTo: s.Window.To, WindowToGiven: s.Window.ToGiven, WindowToTimed: s.Window.ToTimed}
	if p := s.Counts.PeopleInactive; p != nil {
		m.PeopleInactive = *p
	}
	for _, in := range s.Inputs {
		m.Inputs = append(m.Inputs, viz.Input{Table: in.Table, File: in.File, Rows: in.Rows, Rejected: in.Rejected,
			OutsideWindow: in.OutOfWindow, SHA256: in.SHA256})
	}
	for _, w := range s.Warnings {
		// The run's sentence in lang when summary.json has it (not
		// before messages was written), else in the run's language.
		text := w.Message
		if t, ok := w.Messages[i18n.Lang(lang)]; ok {
			text = t
		}
		m.Warnings = append(m.Warnings, text)
		if analysisWarningCode(w.Code) {
			m.AnalysisWarnings++
		}
	}
	return m
}

// readBackError words the failure to read the output folder dir back (a
// file cut off, missing, edited, or written by another version) in lang:
// a sentence naming the folder and the fix, the result package's English
// (with the file, line and column) as the detail. In English that detail
// says it all.
func readBackError(dir string, err error, lang string) error {
	if lang == "en" || errors.Is(err, fs.ErrPermission) && deniedPath(err) != "" {
		return err // a file the user may not read: explain says so, in lang
	}
	return &wordedError{msg(lang, "errReadBack", dir) + "\n  " + msg(lang, "detail") + ": " + userText(err), err}
}
