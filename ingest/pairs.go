package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

// LoadPairs is Load for a study whose events an engine has already summed
// into pair tables (the SQL of sekat pairs, docs/engines.md): it reads the
// units and people tables of s as Load does, then the pair tables in the
// folder dir instead of the log tables (which s need not have; open it
// with StudyOptions.LogsElsewhere). opt.People says the tables are of the
// person level; opt.Window must fit the tables (engine.ReadOptions).
// With opt.Blocks, each period of the tables is summed into the block that
// holds it; a block bound inside a period is an *engine.BlockCutError
// (make the tables with finer periods: sekat pairs --every day). The
// tables are of one level: at person level the unit network stays empty,
// unless opt.UnitPairs names the unit-level tables of the same logs,
// which then give it (their digest joins the person-level ones').
// opt.Events is not filled: the tables hold no events.
//
// The network the Result's Builder then makes is, bit for bit, the one
// Load would make from the log tables the engine read. Inputs has the
// units and people files, then one Input per log table with the engine's
// counts of rows read, rejected, used partially and outside the window
// (with the rows of the periods outside opt.Window added: see
// engine.Result.Outside);
// its Path is dir and its SHA256 the digest of the pair files read (the
// sha256 of their "sha256  path" lines, in the order read: PairFile). Rejected log rows
// are counted, not listed: the engine does not say which rows they were.
// A failed reject rate names every table over it, as Load's does.
func LoadPairs(ctx context.Context, s *Study, dir string, opt Options) (*Result, error) {
	res, _, err := LoadPairsFiles(ctx, s, dir, opt)
	return res, err
}

// PairFile is a file of pair tables that LoadPairsFiles read: Folder is
// the folder of tables it lies in (dir, or opt.UnitPairs) and Path its
// path in that folder, with '/'; Table and Period are those of its rows
// ("" when the table is not partitioned), Rows its data rows and SHA256
// the hex sha256 of its bytes. The SHA256 of LoadPairs' log Inputs is the
// sha256 of the lines "SHA256  Folder-relative path" of these files, in
// their order, as sha256sum writes them (the files of opt.UnitPairs named
// with that folder before their path).
type PairFile struct {
	Folder, Path, Table, Period string
	Rows                        int64
	SHA256                      string
}

// LoadPairsFiles is LoadPairs that also returns the pair-table files it
// read, in the order of the digest of its log Inputs, so that a summary
// can name each file the numbers came from, as a run on the log tables
// names each log file.
func LoadPairsFiles(ctx context.Context, s *Study, dir string, opt Options) (*Result, []PairFile, error) {
	if opt.UnitPairs != "" && !opt.People {
		return nil, nil, engine.NewPairsError("unitPairsAtUnit", fmt.Errorf("ingest: unit-level pair tables %s given beside others at unit level: --unit-pairs goes with --level person: %w", opt.UnitPairs, engine.ErrPairs), opt.UnitPairs)
	}
	// both folders before the study's tables (the person level's units
	// and people, then its whole folder of tables, were read before a
	// --unit-pairs folder that did not exist was said)
	for _, p := range []string{dir, opt.UnitPairs} {
		if p == "" {
			continue
		}
		if err := engine.CheckFolder(p); err != nil {
			return nil, nil, err
		}
	}
	l := &loader{ctx: ctx, s: s, opt: opt, res: &Result{Study: s}}
	if l.opt.MaxRejectRate == 0 {
		l.opt.MaxRejectRate = 0.01
		if r := s.Config.Thresholds.MaxRejectRate; r != nil {
			l.opt.MaxRejectRate = *r
		}
	}
	w := opt.Window
	if w.From == 0 {
		w.From = s.Window.From
	}
	if w.To == 0 {
		w.To = s.Window.To
	}
	l.win, l.res.Window = w, w
	l.startWarnings()
	// a table over the reject rate is kept and the next read, as Load
	// does (rated), so that the stop names every such table as analyze
	// on the raw tables does: it named the first only
	if err := l.rated(l.table(Units, l.unitRow)); err != nil {
		return nil, nil, err
	}
	var spells []graph.Spell
	unitIDs := l.unitSeen
	if err := l.rated(l.table(People, func(row []Value, c cols) error { return l.personRow(row, c, unitIDs, &spells) })); err != nil {
		return nil, nil, err
	}
	l.warnSpellsTogether()
	l.warnNIPSpelt()
	l.warnPeopleRepeated()
	d, err := graph.NewDirectory(l.units, spells)
	if err != nil {
		return nil, nil, fmt.Errorf("ingest: %w", err)
	}
	d.SetActing(ActingPost) // as Load
	b := graph.NewBuilder(d, opt.People)
	b.MaxMeetingSize, b.CircularUnits = graph.DefaultMaxMeetingSize, graph.DefaultCircularUnits
	if m := s.Config.Thresholds.MaxMeetingSize; m != nil {
		b.MaxMeetingSize = *m
	}
	if c := s.Config.Thresholds.CircularUnits; c != nil {
		b.CircularUnits = *c
	}
	b.KeepInactive = opt.KeepInactive
	if opt.Blocks.Len() > 0 {
		setBlocks(b, opt)
	}
	l.res.Directory, l.res.Builder = d, b
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	lvl := graph.UnitLevel
	if opt.People {
		lvl = graph.PersonLevel
	}
	dd, err := s.DirectoryDigest()
	if err != nil {
		return nil, nil, err
	}
	ro := engine.ReadOptions{Level: lvl, Window: w, Loc: s.Loc, CircularUnits: b.CircularUnits, MaxMeetingSize: b.MaxMeetingSize,
		Reading: s.ReadingDigest(), Directory: dd, FollowSymlinks: s.followSymlinks}
	er, err := engine.Read(dir, d, b, ro)
	if err != nil {
		return nil, nil, err
	}
	h := sha256.New()
	var files []PairFile
	for _, f := range er.Files {
		fmt.Fprintf(h, "%s  %s\n", f.SHA256, f.Path)
		files = append(files, PairFile{Folder: dir, Path: f.Path, Table: f.Table, Period: f.Period, Rows: f.Rows, SHA256: f.SHA256})
	}
	if opt.UnitPairs != "" {
		ro.Level, ro.NoTotals, ro.UnitPairs = graph.UnitLevel, true, true
		eu, err := engine.Read(opt.UnitPairs, d, b, ro)
		if err != nil {
			return nil, nil, err
		}
		if !sameLogs(er, eu) {
			return nil, nil, engine.NewPairsError("sameLogs", fmt.Errorf("ingest: the unit-level pair tables in %s were not made from the same log rows and window as the person-level tables in %s (their rows read, rejected or times differ): make both with sekat pairs from the same study, with the same --from, --to and --every: %w",
				opt.UnitPairs, dir, engine.ErrPairs), opt.UnitPairs, dir)
		}
		for _, f := range eu.Files {
			fmt.Fprintf(h, "%s  %s\n", f.SHA256, filepath.ToSlash(filepath.Join(opt.UnitPairs, f.Path)))
			files = append(files, PairFile{Folder: opt.UnitPairs, Path: f.Path, Table: f.Table, Period: f.Period, Rows: f.Rows, SHA256: f.SHA256})
		}
	}
	digest := hex.EncodeToString(h.Sum(nil))
	for _, t := range []Table{Correspondence, Meetings, DataSharing} {
		in, span, ei := engineInput(t, er.Inputs, er.Span)
		in.Path, in.SHA256 = dir, digest
		// a log table without a file, or whose files hold a header and
		// no row, said as Load says it (the pair tables counted 0 rows
		// of both, without a word)
		switch {
		case ei == nil:
		case ei.Files == 0:
			l.warn(Warning{Code: WarnMissingTable, Table: t.String()})
		case ei.Files > 0 && ei.Rows == 0:
			l.warn(Warning{Code: WarnEmptyTable, Table: t.String(), File: ei.FileNames, Count: ei.Files})
		}
		// the events of the periods the window leaves out are outside
		// it too: a letter or a request is one row; a meeting is several,
		// which totals' meeting_rows counts (tables made before that
		// column: known only when the window holds none of the tables'
		// meetings, or all)
		out := er.Outside
		switch t {
		case Correspondence:
			in.OutOfWindow += out.Messages
		case DataSharing:
			in.OutOfWindow += out.Granted + out.Denied + out.Pending
		case Meetings:
			if er.MeetingRowsKnown {
				in.OutOfWindow += er.OutsideMeetingRows
			} else if out.Meetings > 0 && b.Totals().Meetings == 0 {
				in.OutOfWindow = in.Rows - in.Rejected
			}
		}
		if opt.Strict && (in.Rejected > 0 || in.Partial > 0) {
			return nil, nil, &StrictEngineError{Table: t, Rejected: in.Rejected, Partial: in.Partial}
		}
		if in.Rows > 0 && float64(in.Rejected) > l.opt.MaxRejectRate*float64(in.Rows) {
			l.rateErrs = append(l.rateErrs, &RejectRateError{Table: t, Rows: in.Rows, Rejected: in.Rejected, Limit: l.opt.MaxRejectRate, Engine: true})
		}
		l.res.Inputs = append(l.res.Inputs, in)
		l.spans[t] = span
	}
	if err := l.rateErr(); err != nil {
		return nil, nil, err
	}
	l.res.Span = er.Span
	l.finish()
	return l.res, files, nil
}

// sameLogs reports whether two folders of pair tables were made from the
// same log rows: the engine's counts per log table and the span of their
// times are equal.
func sameLogs(a, b *engine.Result) bool {
	// the files and their names are left out: tables made before the
	// inputs table said them (Files -1) beside tables made after
	counts := func(in engine.LogInput) engine.LogInput { in.Files, in.FileNames = 0, ""; return in }
	return a.Span == b.Span && slices.EqualFunc(a.Inputs, b.Inputs, func(x, y engine.LogInput) bool { return counts(x) == counts(y) })
}

// engineInput is the Input of log table t from the rows ins of an inputs
// table (the engine's counts of rows read, rejected, used partially and
// outside the window), the table's own span, and its row of ins (nil when
// ins has none). The span is the one Load keeps of the table: its row's
// first_at and last_at, or span, that of all the logs, when the row gives
// none (every table was said to run over the logs' span: "its 11 rows run
// from 2025-01-10", the letters' first day, of meetings held from
// 2025-02-10).
func engineInput(t Table, ins []engine.LogInput, span graph.Window) (Input, graph.Window, *engine.LogInput) {
	in := Input{Table: t}
	for i, ei := range ins {
		if ei.Table == t.String() {
			in.Rows, in.Rejected, in.Partial, in.OutOfWindow = ei.Rows, ei.Rejected, ei.Partial, ei.OutsideWindow
			if ei.Span.To != 0 {
				span = ei.Span
			}
			return in, span, &ins[i]
		}
	}
	return in, span, nil
}

// CheckPairsWindow says of the window win what Load and
// Result.CheckEvents say of it, from the counts an engine wrote to the
// inputs table of its pair tables (engine.ReadInputs: ins, and span, that
// of all the logs) rather than from the log tables: onWarning (nil: none)
// hears WarnWindowEmpty for each log table with good rows none of which
// lies in win, with that table's span, and the error is CheckEvents'
// *NoEventsError when the logs hold no usable row or none in win. sekat
// pairs --run checks the tables it just wrote with it, so that it warns
// and stops as analyze on the raw tables does.
func CheckPairsWindow(s *Study, ins []engine.LogInput, span, win graph.Window, onWarning func(Warning)) error {
	l := &loader{s: s, opt: Options{OnWarning: onWarning}, res: &Result{Study: s, Window: win, Span: span}}
	for _, t := range []Table{Correspondence, Meetings, DataSharing} {
		in, sp, _ := engineInput(t, ins, span)
		l.res.Inputs = append(l.res.Inputs, in)
		l.spans[t] = sp
	}
	l.finish()
	return l.res.CheckEvents()
}
