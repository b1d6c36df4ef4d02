package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
)

// Options configure Load. The zero value reads the whole study at unit
// level and tolerates up to 1% rejected rows per table.
type Options struct {
	// Window limits the events added to the network; events outside it are
	// still read and checked. Zero bounds fall back to the study's window.
	Window graph.Window
	// People also builds the person-level network.
	People bool
	// KeepInactive keeps, at person level, the people without a tie in the
	// window (graph.Builder.KeepInactive).
	KeepInactive bool
	// Strict stops at the first rejected row.
	Strict bool
	// MaxRejectRate is the share of a table's rows that may be rejected
	// before Load fails; 0 means the study's setting or 0.01.
	MaxRejectRate float64
	// OnReject receives every rejected row, and every id left out of a
	// letter that was kept (those wrap ErrPartial), in the order read.
	OnReject func(*RowError)
	// MaxSpool bounds the decompressed size of a gzipped Parquet file, in
	// bytes; 0 means DefaultMaxSpool (see Open).
	MaxSpool int64
	// Blocks, when set, also sums the pairs per time block
	// (graph.Builder.SetBlocks): each letter and data-sharing event by its
	// time, each meeting by the time of its first attendee row. Events
	// outside the blocks count only for the window's network.
	Blocks graph.Blocks
	// BlocksOnly, with Blocks, keeps the blocks' sums only
	// (graph.Builder.SetBlocksOnlyIndexed): the Result's Builder then
	// gives no tie through Network, only through BlockEdges and
	// BlockNetworks, in less memory. BlocksChained, with BlocksOnly, finds
	// the blocks' rows by chains rather than an index
	// (graph.Builder.SetBlocksOnly): less memory again, more time when the
	// events are not in time order.
	BlocksOnly, BlocksChained bool
	// UnitPairs, for LoadPairs with People, is a folder of unit-level pair
	// tables of the same logs and window, read into the Builder's unit
	// level (which person-level tables do not give): compare at person
	// level also compares the units' network.
	UnitPairs string
	// Progress receives the rows read of each file (progress.Rows, named by
	// the file's base name), once per batch of rows.
	Progress progress.Reporter
	// OnWarning receives every warning as it arises: first the study's,
	// then those of each file when it has been read (see Warning).
	OnWarning func(Warning)
	// Events, when set, also records the window's events at unit level
	// (meetings with organiser and title, letters and data requests with
	// their times and datasets) for the coordination analysis.
	Events *graph.EventLog
}

// Input describes one file that was read.
type Input struct {
	Table    Table
	Path     string
	Rows     int64 // data rows read, good and bad
	Rejected int64
	// Partial counts the rows used without some of their values: letters
	// kept with their known recipients while an id of recipients or cc
	// was unknown (each such id goes to OnReject, wrapping ErrPartial).
	// They are good rows, not counted in Rejected.
	Partial     int64
	OutOfWindow int64 // good rows whose event falls outside the window
	// TrailingDelims counts the rejected rows of a CSV or TSV file that
	// end in one delimiter more than its header (RowError.TrailingDelim).
	// When it equals Rows, the program that wrote the file ends every
	// data row with a delimiter: one added at the end of the header line
	// mends them all (see RejectRateError.TrailingFile).
	TrailingDelims int64
	// SHA256 is the hex sha256 of the file's bytes, taken from the very
	// bytes the reader parsed (for gzipped files the compressed bytes; for
	// Parquet, which is read with random access, the whole file, hashed
	// once while it is parsed and checked unchanged after reading). It is
	// "" when the file was not read to its end.
	SHA256 string
}

// Result is a loaded study: its directory of units and people and a
// builder holding the window's ties.
type Result struct {
	Study     *Study
	Directory *graph.Directory
	Builder   *graph.Builder
	Inputs    []Input
	Window    graph.Window // the window applied
	// Span is [earliest, latest+1s) over the event times of all good log
	// rows, inside the window or not; zero when there were none.
	Span graph.Window
	// SpanEndTimed says that the last event of Span is at midnight in the
	// study's zone and is a time of day, not a date without one: the log
	// table it is from records times (see loader.spanEndTimed). A window
	// ending with the data's span is then shown to that minute, not to
	// the end of its day (i18n.WindowEnd). False for any other last
	// event, which is shown as it is anyway.
	SpanEndTimed bool
	// Warnings are all the warnings of the study and its files, in the
	// order they arose.
	Warnings []Warning
}

// Rejected returns the number of rejected rows over all inputs.
func (r *Result) Rejected() int64 {
	var n int64
	for _, in := range r.Inputs {
		n += in.Rejected
	}
	return n
}

// Partial returns the number of rows used without some of their values
// over all inputs (see Input.Partial).
func (r *Result) Partial() int64 {
	var n int64
	for _, in := range r.Inputs {
		n += in.Partial
	}
	return n
}

// Load reads every table of the study and returns the network builder.
func Load(s *Study, opt Options) (*Result, error) {
	return LoadContext(context.Background(), s, opt)
}

// LoadContext is Load stopping early, with ctx.Err(), once ctx is done: it
// checks ctx between batches of rows (4,096), not per row.
func LoadContext(ctx context.Context, s *Study, opt Options) (*Result, error) {
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
	l.win = w
	l.res.Window = w
	l.startWarnings()
	if err := l.run(); err != nil {
		return nil, err
	}
	l.finish()
	return l.res, nil
}

type loader struct {
	// midnightEnds are, per person_id, the ends of spells whose valid_to
	// was written with a time that is 00:00 in the study's zone: an event
	// on that day, with no other spell, is told why (ErrSpellEndsMidnight).
	midnightEnds map[string][]int64
	// rejectedPeople are the person_ids of rejected rows of the people
	// table, with the first such row's line (at most rejectedPeopleMax),
	// so that an event naming one says why it is unknown.
	rejectedPeople map[string]int64
	// rejectedUnits are the unit_ids of rejected rows of the units table
	// (a bad kind), with the first such row's line (at most
	// rejectedPeopleMax), so that a person or an event naming one says
	// why it is unknown.
	rejectedUnits map[string]int64
	ctx           context.Context
	s             *Study
	opt           Options
	res           *Result
	win           graph.Window
	dir           *graph.Directory
	b             *graph.Builder
	cur           *Input
	file          string // base name of the current file
	line          int64
	refs          []graph.Ref
	units         []graph.Node
	// unitSeen holds the unit ids read so far, to reject duplicates;
	// unitLine the line of each.
	unitSeen map[string]bool
	unitLine map[string]int64
	// unitNames maps the units' names and short names (lower case) to
	// their unit_id, "" for a name two units share; made for the first
	// unknown id that may be one.
	unitNames map[string]string
	// unitCase maps the units' ids in lower case to the ids, "" for two
	// ids that differ only in case; made for the first unknown id.
	unitCase map[string]string
	// spellSeen holds, by person and start, the unit and line of the
	// spells read so far, to reject two that start together.
	spellSeen map[spellKey]spellAt
	// spellFiles names the files of the people table read so far, by
	// spellAt.file.
	spellFiles []string
	// spellings holds, by the index of a spell of spellSeen, the
	// person_id as its row writes it when that is not the id sekat keeps
	// (a NIP with spaces), to tell a repeated row (WarnPeopleRepeated)
	spellings map[int32]string
	together  spellsTogether
	// repeats counts the rows of the people table that repeat an
	// earlier row (WarnPeopleRepeated).
	repeats peopleRepeats
	// spelt: the NIPs of the people table written in two ways.
	spelt nipSpellings
	// ft and tf: how the current file's times are read, and the file
	// (loadcheck.go); spans: the span of each log table's events.
	ft fileTimes
	tf *table
	// pids are the prepared ids of the row being used (see preparer);
	// unknown the indexes in pids of a letter's ids that do not resolve.
	pids    []prepID
	unknown []int32
	// day makes the times of one day cheap to read (see tpDay).
	day   tpDay
	spans [NumTables]graph.Window
	// edges: the latest and earliest times of each log table, to find a
	// few rows dated far from the rest (a mistyped year).
	edges [NumTables]timeEdges
	// nips: the long numeric person ids of the people file being read.
	nips nipCount
	// skip: the rows of the current file that are no rows of its table
	// (repeated headers, a signature block at its end; skiprows.go).
	skip skipped
	// renamedAbsent: the table.column pairs already warned of by
	// warnRenamedAbsent.
	renamedAbsent map[string]bool
	// sk: the sketch of the current file's counted rows, when it is a
	// file of correspondence or data_sharing (see warnShared and
	// warnRepeats); nil otherwise.
	sk *rowSketch
	// keyScratch holds the recipients of a long letter while letterKey
	// sorts them.
	keyScratch []uint64
	// rateErrs: the tables that failed the reject rate so far (see rated).
	rateErrs []*RejectRateError
	// shard: this loader reads one part of a letters file (shardLoader);
	// the file's loader passes its rows on. noPeopleHinted: the warning
	// WarnNoPeople was given.
	shard, noPeopleHinted bool
	// subtotals counts, per table, the rows rejected as subtotal rows
	// (ErrSubtotalRow), for the RejectRateError of the table.
	subtotals [NumTables]int64
	// trailFile is, per table, the first file whose every row was
	// rejected for ending in one delimiter more than its header
	// (noteTrailing), as RejectRateError.TrailingFile names it
	trailFile [NumTables]string
	// trailDelim is the delimiter of trailFile; lastDelim that of the
	// last row rejected for ending in one delimiter too many
	trailDelim [NumTables]byte
	lastDelim  byte
}

func (l *loader) run() error {
	if err := l.rated(l.table(Units, l.unitRow)); err != nil {
		return err
	}
	if len(l.units) == 0 {
		// A units table of a header alone: every person and event would
		// be rejected as unknown, row by row, without a word of the
		// cause. (Rows that were all rejected are listed as such.)
		e := &NoUnitsError{}
		for _, in := range l.res.Inputs {
			if in.Table == Units {
				e.Files = append(e.Files, l.s.displayName(in.Path))
				e.Rows += in.Rows
				e.Rejected += in.Rejected
			}
		}
		if e.Rows == 0 {
			return e
		}
	}
	l.warnParentRejected()
	l.warnParentCycle()
	var spells []graph.Spell
	unitIDs := l.unitSeen
	if err := l.rated(l.table(People, func(row []Value, c cols) error {
		return l.noteRejectedPerson(row, c, l.personRow(row, c, unitIDs, &spells))
	})); err != nil {
		return err
	}
	l.warnSpellsTogether()
	l.warnNIPSpelt()
	l.warnPeopleRepeated()
	dir, err := graph.NewDirectory(l.units, spells)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	// a Plt or Plh held beside a definitive post is an additional
	// assignment: the person's unit in a window is the definitive one
	// (docs/network.md); events keep their placement at their time
	dir.SetActing(ActingPost)
	l.dir = dir
	l.b = graph.NewBuilder(dir, l.opt.People)
	if m := l.s.Config.Thresholds.MaxMeetingSize; m != nil {
		l.b.MaxMeetingSize = *m
	}
	if c := l.s.Config.Thresholds.CircularUnits; c != nil {
		l.b.CircularUnits = *c
	}
	l.b.KeepInactive = l.opt.KeepInactive
	if l.opt.Blocks.Len() > 0 {
		setBlocks(l.b, l.opt)
	}
	if l.opt.Events != nil {
		l.opt.Events.CircularUnits = l.b.CircularLimit()
	}
	l.res.Directory, l.res.Builder = dir, l.b
	if err := l.rated(l.table(Correspondence, l.letterRow)); err != nil {
		return err
	}
	m := newMeetingStream(l)
	defer m.discard()
	if err := l.rated(l.table(Meetings, func(row []Value, c cols) error { return l.meetingRow(row, c, m) })); err != nil {
		return err
	}
	if err := m.finish(); err != nil {
		return err
	}
	m.discard()
	if err := l.rated(l.table(DataSharing, l.shareRow)); err != nil {
		return err
	}
	return l.rateErr()
}

// rated passes err on, except a table's failed reject rate when the table
// was read to its end: that is kept (rateErrs) and the next tables are
// read, so that rejects.csv lists the rejected rows of every table at
// once rather than those of the first failing one, and the next run does
// not fail anew on a table that was not looked at. A table whose reading
// stopped early (RejectRateError.Stopped) stops the load, as before: the
// tables after it would be checked against a part of it (a person whose
// people row was not read is no unknown id); the error then names the
// tables not read (NotRead).
func (l *loader) rated(err error) error {
	var rr *RejectRateError
	if err == nil || !errors.As(err, &rr) || rr.Engine {
		return err
	}
	if !rr.Stopped {
		l.rateErrs = append(l.rateErrs, rr)
		return nil
	}
	for t := rr.Table + 1; t < NumTables; t++ {
		if len(l.s.Files[t]) > 0 {
			rr.NotRead = append(rr.NotRead, t)
		}
	}
	l.rateErrs = append(l.rateErrs, rr)
	return l.rateErr()
}

// rateErr is the first table's failed reject rate, with those of the
// tables after it (Also), or nil when none failed.
func (l *loader) rateErr() error {
	if len(l.rateErrs) == 0 {
		return nil
	}
	first := l.rateErrs[0]
	first.Also = append(first.Also[:0], l.rateErrs[1:]...)
	return first
}

// setBlocks sets opt's time blocks on b, in the mode opt asks for.
func setBlocks(b *graph.Builder, opt Options) {
	switch {
	case opt.BlocksOnly && opt.BlocksChained:
		b.SetBlocksOnly(opt.Blocks)
	case opt.BlocksOnly:
		b.SetBlocksOnlyIndexed(opt.Blocks)
	default:
		b.SetBlocks(opt.Blocks)
	}
}

// cols maps the table's contract columns (required, then optional) to
// positions in the bound row; -1 when an optional column is absent.
type cols []int

func (c cols) has(i int) bool { return c[i] >= 0 }

// table reads every file of table t, calling fn for each good row.
func (l *loader) table(t Table, fn func([]Value, cols) error) error {
	var rows, rejected int64
	files := l.s.Files[t]
	var sketches []*rowSketch
	for i, path := range files {
		in := Input{Table: t, Path: path}
		l.res.Inputs = append(l.res.Inputs, in)
		l.cur = &l.res.Inputs[len(l.res.Inputs)-1]
		g := guard{rate: l.opt.MaxRejectRate, rows: rows, rejected: rejected, laterFiles: files[i+1:], later: l.rowsBound(files[i+1:], false)}
		l.sk = nil
		if t == Correspondence || t == DataSharing {
			l.sk = &rowSketch{}
		}
		if err := l.file1(t, path, fn, g); err != nil {
			return err
		}
		l.warnRepeats(t, l.sk)
		sketches = append(sketches, l.sk)
		l.sk = nil
		l.checkCopy(t)
		l.noteTrailing(t)
		rows += l.cur.Rows
		rejected += l.cur.Rejected
	}
	l.warnShared(t, files, sketches)
	if t >= Correspondence && len(files) > 0 && rows == 0 {
		// a header alone: said as a missing table is, lest an export
		// that came out empty pass for a table read in full
		name := l.s.displayName(files[0])
		if len(files) > 1 {
			name = l.s.baseNames(files)
		}
		l.warn(Warning{Code: WarnEmptyTable, Table: t.String(), File: name, Count: int64(len(files))})
	}
	if rows > 0 && float64(rejected) > l.opt.MaxRejectRate*float64(rows) {
		return &RejectRateError{Table: t, Rows: rows, Rejected: rejected, Limit: l.opt.MaxRejectRate, Subtotals: l.subtotals[t], TrailingFile: l.trailFile[t], TrailingDelim: l.trailDelim[t]}
	}
	return nil
}

// checkCopy warns when the file just read has the bytes of a file read
// before (WarnFileCopy): a copy left beside the original, whose rows
// now count twice. Files without a row are left out.
func (l *loader) checkCopy(t Table) {
	in := l.cur
	if in.SHA256 == "" || in.Rows == 0 {
		return
	}
	for _, o := range l.res.Inputs[:len(l.res.Inputs)-1] {
		if o.SHA256 == in.SHA256 && o.Rows > 0 {
			l.warn(Warning{Code: WarnFileCopy, Table: t.String(), File: l.s.displayName(in.Path), Other: l.s.displayName(o.Path)})
			return
		}
	}
}

// guard is what the early stop on rejected rows knows about a table when
// one of its files is opened: the allowed rate, the rows and rejected rows
// of the table's files read before, and a bound on the rows of the files
// still to come.
type guard struct {
	rate           float64
	rows, rejected int64
	laterFiles     []string
	later          float64 // rowsBound of laterFiles when the study was opened
	// foot, set for a sharded read only, is set by a part that rejected a
	// row that may be of a signature block at the end of the file: which
	// only a read in the file's order can tell. stopEarly then says to
	// stop, the part gives up, and the file is read the ordinary way.
	foot *atomic.Bool
}

// stopEarly reports whether the table is sure to fail the reject-rate
// check however the rest of it reads: rejected is the table's rejected
// rows so far (a lower bound: they only grow), read its rows so far, left
// a bound on the rows still to come. The check at the end fails when
// rejected > rate*rows; rows can be at most read+left and rejected only
// grows, so a run stopped here could not have passed.
func (g guard) stopEarly(rejected, read int64, left float64) bool {
	if g.foot != nil && g.foot.Load() {
		return true
	}
	return float64(rejected) > g.rate*(float64(read)+left+g.later)
}

// stopEarly reports whether the current file, done rows into it with left
// a bound on the rows still to come, makes its table sure to fail the
// reject-rate check (see guard.stopEarly).
func (l *loader) stopEarly(g guard, done int64, left float64) bool {
	r := g.rejected + l.cur.Rejected
	if r == 0 || float64(r) <= g.rate*float64(g.rows+done) {
		return false // cheap test first: not even over the rate so far
	}
	if !g.stopEarly(r, g.rows+done, left) {
		return false
	}
	// The later files may have grown since the study was opened: decide
	// on their sizes now.
	g.later = l.rowsBound(g.laterFiles, true)
	return g.stopEarly(r, g.rows+done, left)
}

// rowsBound bounds the rows the files at paths can hold, from their sizes
// (see textRowsLeft): the sizes they had when the study was opened, or
// with now their sizes now. Parquet rows take no fixed number of bytes, so
// a Parquet file among them makes the bound infinite.
func (l *loader) rowsBound(paths []string, now bool) float64 {
	var n float64
	for _, p := range paths {
		format, gz, err := FormatOf(p)
		fi := l.s.fileInfo(p)
		if now {
			fi, _ = os.Stat(p)
		}
		if err != nil || fi == nil || format == "parquet" || gz && Compression(p) != "gzip" {
			// zstd, bzip2, xz and lz4 bound their expansion far above deflate
			return math.Inf(1)
		}
		b := float64(fi.Size())
		if gz {
			b = b*deflateMaxRatio + gzipPending
		}
		n += math.Floor((b+1)/2) + 1
	}
	return n
}

// earlyCheckRows is how often (in rows) the loader asks whether
// the table is sure to fail; a variable so that tests can check every row.
var earlyCheckRows int64 = 256

func (l *loader) file1(t Table, path string, fn func([]Value, cols) error, g guard) (err error) {
	l.file = ShowName(filepath.Base(path))
	defer func() {
		if !errors.Is(err, ErrStrict) && l.ctx.Err() == nil {
			l.s.nameFile(path, &err)
		}
	}()
	tf, err := openTable(path, l.openOptions(t), l.s.fileInfo(path))
	if err != nil {
		return err
	}
	defer tf.Close()
	l.beginFile(t, tf)
	defer l.endFile()
	c, n, err := l.bind(t, tf.Source)
	if err != nil {
		return err
	}
	if t == Correspondence && !tailUnboundFooter(tf.Source) {
		// The parts pass their repeated headers on with the rows they
		// rejected, in the file's order and with its lines: noted here,
		// not passed to the caller. A part gives up at a row that may be
		// of a signature block at the end of the file (guard.foot); a
		// Parquet file whose last rows hold a footer word in a column not
		// read, which a part cannot see, is not read in parts.
		user := l.opt.OnReject
		l.opt.OnReject = func(re *RowError) {
			if errors.Is(re, ErrHeaderRow) {
				l.noteHeader(re)
				return
			}
			if user != nil {
				user(re)
			}
		}
		gs := g
		gs.foot = new(atomic.Bool)
		l.ft.foot = gs.foot
		cs, _ := tf.Source.(*csvSource)
		if cs != nil {
			cs.footSeen = gs.foot
		}
		done, err := l.shardedLetters(tf, c, n, gs)
		l.opt.OnReject, l.ft.foot = user, nil
		if cs != nil {
			cs.footSeen = nil
		}
		if done || err != nil {
			return err
		}
		l.skip = skipped{} // read again from the top
	}
	// The reader runs on its own goroutine and hands rows over in batches,
	// so reading and resolving use both cores. The early stop on rejected
	// rows is decided here, every earlyCheckRows rows, from the exact
	// count of the rows rejected so far and the bound on the rows left that
	// the reader took at that row (a decision on the reader's side would
	// see the rejections of this side late, so where it stops, and so the
	// error and the rejected rows passed on, would depend on timing). The
	// reader, told to stop, ends within a few batches.
	//
	// The preparer's work (see preparer) is done on the reader's goroutine
	// while this one is busy, else here (see startReaderPrep): each side
	// has its own preparer.
	prep := l.newPreparer(t, c, n)
	p := startReaderPrep(tf.Source, n, tf.left, l.newPreparer(t, c, n).batch)
	defer p.stop()
	read := l.opt.Progress.Counter(progress.Rows, l.file, 0)
	var done int64 // rows used
	for b := range p.full {
		if err := l.ctx.Err(); err != nil {
			return err
		}
		read.Add(int64(b.n))
		if !b.prepped {
			prep.batch(b)
		}
		checks := b.lefts
		for i := 0; i < b.n; i++ {
			l.line = b.lines[i]
			err := b.errs[i]
			if err != nil && (t == Units || t == People) && errors.Is(err, ErrFieldCount) {
				l.noteFieldCount(t, b.row(i), c, err)
			}
			// a row of few values may be of a signature block at the end
			// of the file: rejected, it is held until a row that is none
			// of such a block follows it, or the file ends (skiprows.go)
			shaped := err == nil && footerShaped(b.row(i))
			if !shaped && len(l.skip.pend) > 0 {
				if err := l.release(); err != nil {
					return err
				}
			}
			if err == nil { // the row was read: use it
				l.pids = b.prepared(i)
				err = fn(b.row(i), c)
			}
			if err != nil {
				var re *RowError
				if !errors.As(err, &re) {
					return err
				}
				if shaped && !errors.Is(re, ErrHeaderRow) {
					word := footerCell(b.row(i))
					if word == "" {
						word = b.footAt(i)
					}
					err = l.hold(re, word, subtotalRow(b.row(i), word))
				} else {
					err = l.reject(re)
				}
				if err != nil {
					return err
				}
			} else if len(l.skip.pend) > 0 {
				if err := l.release(); err != nil {
					return err
				}
			}
			if done++; done%earlyCheckRows == 0 && len(checks) > 0 {
				left := checks[0]
				checks = checks[1:]
				if l.stopEarly(g, done, left) {
					if err := l.release(); err != nil {
						return err
					}
					rows, rejected := g.rows+done, g.rejected+l.cur.Rejected
					l.cur.Rows = done
					l.noteTrailing(t)
					return &RejectRateError{Table: t, File: l.file, Rows: rows, Read: done, Rejected: rejected, Limit: g.rate, Stopped: true, Subtotals: l.subtotals[t], TrailingFile: l.trailFile[t], TrailingDelim: l.trailDelim[t]}
				}
			}
		}
		p.free <- b
	}
	if p.panicked != nil {
		panic(p.panicked)
	}
	l.cur.Rows = tf.Rows()
	if p.err != nil {
		return p.err
	}
	if err := l.endBlock(tf.Source); err != nil {
		return err
	}
	if err := tf.after(); err != nil {
		return err
	}
	if t == People {
		if err := l.nips.check(l.file, l.colName(People, "person_id")); err != nil {
			return err
		}
	}
	l.cur.SHA256 = tf.sum()
	return l.ctx.Err()
}

// nipCount counts a people file's long numeric ids (16 to 19 digits, as
// an 18-digit NIP) and those ending in 000, the mark of ids a spreadsheet
// kept as numbers with 15 significant digits and wrote out in full: the
// last digits of a NIP are a sequence number from 001, so a column where
// nearly all end in 000 lost them, and different people share an id.
//
// It also counts the ids of 18 or 19 digits and those that are written as
// a float64 prints itself (strconv's shortest form, as JavaScript's
// JSON.stringify and DOUBLE columns write numbers): an 18-digit NIP that
// went through a floating-point number keeps 15 to 17 digits and ends in
// zeros (197201062001032248 becomes 197201062001032260), while a genuine
// NIP is so written by chance about once in 32.
type nipCount struct {
	long, zeros int64
	line        int64 // the first such id's line
	value       string
	nip, float  int64 // ids of 18-19 digits; those in float64's form
	fline       int64
	fvalue      string
}

func (c *nipCount) add(id []byte, line int64) {
	if len(id) < 16 || len(id) > 19 {
		return
	}
	for _, b := range id {
		if b < '0' || b > '9' {
			return
		}
	}
	c.long++
	if string(id[len(id)-3:]) == "000" {
		if c.zeros == 0 {
			c.line, c.value = line, string(id)
		}
		c.zeros++
	}
	if len(id) >= 18 {
		c.nip++
		if f, err := strconv.ParseFloat(string(id), 64); err == nil && strconv.FormatFloat(f, 'f', -1, 64) == string(id) {
			if c.float == 0 {
				c.fline, c.fvalue = line, string(id)
			}
			c.float++
		}
	}
}

// check stops the load when at least 20 long ids were read and at least
// 90% of them end in 000 (an *ExcelIDError, naming the first); it resets
// the counts for the next file.
func (c *nipCount) check(file, column string) error {
	defer func() { *c = nipCount{} }()
	if c.long >= 20 && 10*c.zeros >= 9*c.long {
		return &ExcelIDError{File: file, Line: c.line, Column: column, Value: c.value, Zeros: c.zeros, Long: c.long}
	}
	if c.nip >= 20 && 10*c.float >= 9*c.nip {
		return &ExcelIDError{File: file, Line: c.fline, Column: column, Value: c.fvalue, Zeros: c.float, Long: c.nip, Float: true}
	}
	return nil
}

// batchRows is the number of rows a reader batch holds.
const batchRows = 1024

// batchChunk is the size of the byte chunks a rowBatch keeps its cells'
// bytes in.
const batchChunk = 64 << 10

// rowBatch holds rows read from a Source, in the form the row functions
// take them: cell i of row r is vals[r*cols+i]. The cells' bytes are
// copied once, out of the Source's buffers into the batch's own chunks,
// which never move once written (a full chunk is followed by the next
// one), so a cell's slice is final when it is added and the resolver
// takes each row as a subslice, without copying it again. The one
// exceptions are the Parquet source's dictionary strings (see
// pqSource.fillBatch), handed out as they lie in the dictionary, whose
// memory is never reused: they stay valid as long as the batch refers to
// them; and the batches of a CSV part (see csvSource.nextTo), which refer
// to the part's read buffer and are used up before it moves.
type rowBatch struct {
	n, cols int
	vals    []Value
	chunks  [][]byte // each with a fixed capacity; chunks[cur] is being filled
	cur     int
	lines   []int64
	errs    []error
	// pids are the ids the preparer found, row r's in
	// pids[pend[r-1]:pend[r]] (from 0 for row 0).
	pids    []prepID
	pend    []int32
	prepped bool // the reader ran the preparer on the batch
	// lefts are the reader's bounds on the rows left in the file, taken
	// after each row of the batch whose number in the file is a multiple
	// of earlyCheckRows, in order (see loader.file1).
	lefts []float64
	// foot is, for each row of few values whose cells of the columns not
	// bound hold a footer word, that cell (see unboundFooter); nil while
	// no row of the batch has one.
	foot []string
}

func newRowBatch(cols int) *rowBatch {
	return &rowBatch{cols: cols, vals: make([]Value, batchRows*cols),
		chunks: [][]byte{make([]byte, 0, batchChunk)},
		lines:  make([]int64, batchRows), errs: make([]error, batchRows),
		pend: make([]int32, batchRows)}
}

// prepared returns the ids the preparer found in row r.
func (b *rowBatch) prepared(r int) []prepID {
	if len(b.pend) <= r || len(b.pids) == 0 {
		return nil
	}
	from := int32(0)
	if r > 0 {
		from = b.pend[r-1]
	}
	return b.pids[from:b.pend[r]:b.pend[r]]
}

// setFoot records w, the footer word of row r's unbound cells.
func (b *rowBatch) setFoot(r int, w string) {
	if b.foot == nil {
		b.foot = make([]string, batchRows)
	}
	b.foot[r] = w
}

// footAt returns the footer word of row r's unbound cells, or "".
func (b *rowBatch) footAt(r int) string {
	if b.foot == nil {
		return ""
	}
	return b.foot[r]
}

// reset empties the batch, keeping its memory.
func (b *rowBatch) reset() {
	b.pids, b.prepped, b.lefts, b.foot = b.pids[:0], false, b.lefts[:0], nil
	for i := 0; i <= b.cur; i++ {
		b.chunks[i] = b.chunks[i][:0]
	}
	b.n, b.cur = 0, 0
}

// own copies v into the batch's chunks and returns the copy. A value
// longer than a chunk gets a chunk of its own size, kept for later
// batches.
func (b *rowBatch) own(v []byte) []byte {
	c := b.chunks[b.cur]
	if len(v) > cap(c)-len(c) {
		b.cur++
		if b.cur == len(b.chunks) || cap(b.chunks[b.cur]) < len(v) {
			nc := make([]byte, 0, max(batchChunk, len(v)))
			if b.cur == len(b.chunks) {
				b.chunks = append(b.chunks, nc)
			} else {
				b.chunks[b.cur] = nc
			}
		}
		c = b.chunks[b.cur]
	}
	o := len(c)
	c = append(c, v...)
	b.chunks[b.cur] = c
	return c[o:len(c):len(c)]
}

func (b *rowBatch) add(line int64, row []Value, err error) {
	r := b.n
	b.lines[r], b.errs[r] = line, err
	if err == nil || errors.Is(err, ErrFieldCount) { // see csvSource.partialRow
		dst := b.vals[r*b.cols : (r+1)*b.cols]
		for i, v := range row {
			if len(v.B) > 0 {
				v.B = b.own(v.B)
			}
			dst[i] = v
		}
	}
	b.n++
}

// row returns row r of the batch; it is valid until the batch is reused.
func (b *rowBatch) row(r int) []Value {
	return b.vals[r*b.cols : (r+1)*b.cols : (r+1)*b.cols]
}

// reader runs a Source on its own goroutine.
type reader struct {
	full, free chan *rowBatch
	done       chan struct{}
	exited     chan struct{}
	err        error      // a fatal error; read after full is closed
	panicked   *par.Panic // a panic of the Source; read after full is closed
}

// startReader reads src on a goroutine. After every row whose number is
// a multiple of earlyCheckRows it adds left(), a bound on the rows still
// to come, to the batch's lefts (for the early stop, see loader.file1);
// left may be nil.
func startReader(src Source, cols int, left func() float64) *reader {
	return startReaderPrep(src, cols, left, nil)
}

// startReaderPrep is startReader that also calls prep, when not nil, on
// a batch before handing it over, on the reader's goroutine, when the
// consumer has a batch queued (the batch's prepped says so); the consumer
// prepares the others.
func startReaderPrep(src Source, cols int, left func() float64, prep func(*rowBatch)) *reader {
	p := &reader{full: make(chan *rowBatch, 2), free: make(chan *rowBatch, 3), done: make(chan struct{}), exited: make(chan struct{})}
	for i := 0; i < 3; i++ {
		p.free <- newRowBatch(cols)
	}
	go func() {
		defer close(p.exited)
		defer close(p.full)
		defer func() {
			// A panic here would end the program past main's recover:
			// hand it to the consumer, which raises it again.
			if r := recover(); r != nil {
				p.panicked = &par.Panic{Value: r, Stack: debug.Stack()}
			}
		}()
		row := make([]Value, cols)
		var read int64
		bs, _ := src.(batchSource)
		fs, _ := src.(unboundFooter)
		for {
			var b *rowBatch
			select {
			case b = <-p.free:
			case <-p.done:
				return
			}
			b.reset()
			end := false
			if bs != nil {
				end = p.fill(bs, b, left, &read)
			}
			for bs == nil && b.n < batchRows {
				line, err := src.Next(row)
				if err == io.EOF {
					end = true
					break
				}
				if err != nil && !isRowError(err) {
					p.err, end = err, true
					break
				}
				b.add(line, row, err)
				if fs != nil && err == nil && footerShaped(row) {
					if w := fs.unboundFooter(); w != "" {
						b.setFoot(b.n-1, w)
					}
				}
				if read++; left != nil && read%earlyCheckRows == 0 {
					b.lefts = append(b.lefts, left())
				}
			}
			// Prepare the batch here only when the consumer has a batch
			// queued, that is when it is busy: a consumer that waits gets
			// the batch at once and prepares it itself. The share each
			// side prepares so settles where both are busy (preparing
			// whenever the consumer waits would load this side more just
			// when it is the slower one).
			if prep != nil && readerPrepares(len(p.full)) {
				prep(b)
				b.prepped = true
			}
			select {
			case p.full <- b:
			case <-p.done:
				return
			}
			if end {
				return
			}
		}
	}()
	return p
}

// readerPrepares says whether the reader goroutine runs the preparer on
// a batch, given the batches queued for the consumer; a variable so that
// tests can put the work on either side.
var readerPrepares = func(queued int) bool { return queued > 0 }

// batchSource is a Source that can fill a batch column by column (the
// Parquet source); the reader goroutine uses it instead of Next.
type batchSource interface {
	// fillBatch adds up to max rows to b (not past its capacity): the rows,
	// lines and row errors that as many calls of Next would give. At the
	// end it returns io.EOF with no row added; a fatal error comes after
	// the rows read before it, which it adds.
	fillBatch(b *rowBatch, max int) error
}

// fill adds rows to b from bs, in runs that end at each multiple of
// earlyCheckRows, so that left is taken at the same rows as with Next.
// It reports whether the reader is done (p.err set for a fatal error).
func (p *reader) fill(bs batchSource, b *rowBatch, left func() float64, read *int64) bool {
	for b.n < batchRows {
		want := batchRows - b.n
		if left != nil {
			want = min(want, int(earlyCheckRows-*read%earlyCheckRows))
		}
		n0 := b.n
		err := bs.fillBatch(b, want)
		*read += int64(b.n - n0)
		if err == io.EOF {
			return true
		}
		if err != nil {
			p.err = err
			return true
		}
		if left != nil && *read%earlyCheckRows == 0 {
			b.lefts = append(b.lefts, left())
		}
	}
	return false
}

// isRowError reports whether err is a *RowError (the row is bad, the
// source goes on). It is kept out of the read loop so that the target of
// errors.As does not escape there on every row.
func isRowError(err error) bool {
	var re *RowError
	return errors.As(err, &re)
}

// stop ends the reader goroutine and waits for it, so the Source can be
// closed.
func (p *reader) stop() {
	close(p.done)
	<-p.exited
}

// bind matches the table's columns to the file's, case-insensitively and
// after renames from study.yaml.
func (l *loader) bind(t Table, src Source) (cols, int, error) {
	found := src.Columns()
	lower := make(map[string]bool, len(found))
	for _, f := range found {
		lower[colKey(f)] = true
	}
	format, _, _ := FormatOf(l.file)
	isNDJSON := format == "ndjson"
	spec := tables[t]
	var names []string
	var c cols
	for _, r := range spec.required {
		name := l.s.column(t, r)
		c = append(c, len(names))
		names = append(names, name)
	}
	if e := l.missingColumn(t, src, names, lower); e != nil {
		return nil, 0, e
	}
	for _, o := range spec.optional {
		name := l.s.column(t, o)
		if slices.Contains(spec.unused, o) {
			c = append(c, -1)
			continue
		}
		if lower[name] || isNDJSON {
			c = append(c, len(names))
			names = append(names, name)
		} else {
			c = append(c, -1)
			if name != o {
				l.warnRenamedAbsent(t, o, name, found)
			}
		}
	}
	if !isNDJSON { // NDJSON: each line names its keys (ndjSource.parse)
		for _, n := range names {
			if a, b := srcDuplicate(found, n); a > 0 {
				return nil, 0, &DuplicateColumnError{File: l.file, Column: n, First: a, Second: b}
			}
		}
	}
	if err := src.BindNames(names); err != nil {
		return nil, 0, err
	}
	l.ft.shown = shownNames(found, names)
	if h, ok := statusColumn(t, found); ok && !isNDJSON && !slices.Contains(names, colKey(h)) {
		l.warn(Warning{Code: WarnStatusUnread, Table: t.String(), File: l.file, Column: h})
	}
	if h, ok := weightColumn(t, found, names); ok && !isNDJSON {
		l.warn(Warning{Code: WarnWeightUnread, Table: t.String(), File: l.file, Column: h})
	}
	return c, len(names), nil
}

// shownNames maps each of names (column names as compared, colKey) to the
// first of the header's names found that it matches, as the header
// writes it: messages name a column as the user's file does ("Unit
// Kerja", not "unit kerja").
func shownNames(found, names []string) map[string]string {
	m := make(map[string]string, len(names))
	for _, n := range names {
		for _, f := range found {
			if colKey(f) == n {
				m[n] = strings.TrimSpace(f)
				break
			}
		}
	}
	return m
}

// colName is the name of column col (a contract name) of table t as
// messages show it: as the current file's header writes it when the file
// has it, else as study.yaml renames it, else col.
func (l *loader) colName(t Table, col string) string {
	name := l.s.column(t, col)
	if l.ft.t == t {
		if h, ok := l.ft.shown[name]; ok {
			return h
		}
	}
	return l.s.columnShown(t, col)
}

// warnRenamedAbsent warns, once per table and column, that study.yaml's
// columns: names the file's column name for the optional column o of
// table t, and the current file has no such column: o is not read from
// it. A missing required column stops the run (missingColumn); an
// optional one renamed to a misspelt name was read as absent without a
// word (a units table whose sector was mapped to "club" where the file
// writes "club_networkx" made every unit its own sector).
func (l *loader) warnRenamedAbsent(t Table, o, name string, found []string) {
	key := t.String() + "." + o
	if l.renamedAbsent[key] {
		return
	}
	if l.renamedAbsent == nil {
		l.renamedAbsent = map[string]bool{}
	}
	l.renamedAbsent[key] = true
	line := configLine(l.s.yamlText, "columns", t.String(), o)
	if line == 0 {
		line = configLine(l.s.yamlText, "columns", t.String())
	}
	l.warn(Warning{Code: WarnRenamedAbsent, Table: t.String(), File: l.file, Column: l.s.columnShown(t, o), Value: o,
		Other: displayList(found), Reason: l.s.yamlName, Line: int64(line)})
}

// missingColumn is the error for the first of the table's required
// columns (names, after the renames of study.yaml) that src lacks (lower
// holds its columns' names, lower case and trimmed), with the others it
// lacks and the mapping to suggest; nil when it has them all. sekat pairs
// (Study.Layout) gives the same error as Load.
func (l *loader) missingColumn(t Table, src Source, names []string, lower map[string]bool) *ColumnError {
	spec := tables[t]
	found := src.Columns()
	for i, n := range names {
		if !lower[n] {
			e := l.columnError(src, spec.required[i], l.s.columnShown(t, spec.required[i]))
			for j := i + 1; j < len(names); j++ { // the others missing, said at once
				if !lower[names[j]] {
					e.Also = append(e.Also, l.s.columnShown(t, spec.required[j]))
				}
			}
			e.Table = t.String()
			missing, absent := l.absentColumns(t, func(name string) bool { return lower[name] })
			if sg := suggestColumns(t, found, absent); slices.ContainsFunc(sg, func(p [2]string) bool { return slices.Contains(spec.required, p[0]) }) {
				e.Suggest = sg
			}
			// a title read as the header: the table's header may be below
			// it. A header whose own names map every column it lacks is
			// the header, in the export's words, not a title, though a
			// line below repeats it (exports joined with their headers)
			if !mapsEvery(e.Suggest, missing) && e.HeaderLine > 0 && e.Holds == "" && !e.Empty && e.SepLine == 0 {
				if line, sg, ok := l.headerBelow(t, src, e.HeaderLine); ok {
					e.HeaderBelow, e.Suggest = line, sg
				}
			}
			return e
		}
	}
	return nil
}

// columnError is the error for the required column r (name in the
// file) that src lacks: where the header was read, and what the file
// holds when its bytes are of another format than its name gives.
func (l *loader) columnError(src Source, r, name string) *ColumnError {
	e := &ColumnError{File: l.file, Column: name, Found: src.Columns()}
	if colKey(name) != r {
		e.Renamed = r
	}
	switch s := src.(type) {
	case *csvSource:
		e.HeaderLine, e.CRLines = s.header, s.b.crLines
		if s.sepLine {
			e.SepLine = s.delim
		}
	case *xlsxSource:
		e.HeaderLine, e.SheetRow = s.header, true
		e.Sheet, e.Sheets = s.sheet, s.sheets
	}
	if format, gz, err := FormatOf(l.file); err == nil && !gz && format != "parquet" && format != "xlsx" && l.cur != nil {
		e.Holds, e.Rename = sniffFormat(l.cur.Path, l.file)
		if e.Holds == "" && format != "ndjson" {
			e.HTMLLine = sniffHTML(l.cur.Path)
		}
	}
	if l.cur != nil {
		if fi, err := os.Stat(l.cur.Path); err == nil && fi.Size() == 0 {
			e.Empty = true
		}
	}
	return e
}

// sniffFormat says what the file at path (named name) holds when its
// first bytes are those of gzip, a zip (an .xlsx), Parquet or a Compound
// File (.xls), with the name it would take, or "binary" when its first
// 4 KiB are no text (looksBinary); "" for anything else.
func sniffFormat(path, name string) (holds, rename string) {
	f, err := os.Open(path)
	if err != nil {
		return "", ""
	}
	defer f.Close()
	var head [4096]byte
	n, _ := io.ReadFull(f, head[:])
	b := head[:n]
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	switch {
	case bytes.HasPrefix(b, []byte{0x1f, 0x8b}):
		return "gzip", name + ".gz"
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return "xlsx", stem + ".xlsx"
	case bytes.HasPrefix(b, []byte("PAR1")):
		return "parquet", stem + ".parquet"
	case bytes.HasPrefix(b, oleMagic):
		return "xls", ""
	case looksBinary(b):
		return "binary", ""
	}
	return "", ""
}

// htmlStarts are the openings, in lower case, of a web page or of the
// HTML table a web report writes: what a browser's "Save as" or a
// report's "export" gives under a .csv name.
var htmlStarts = []string{"<!doctype html", "<html", "<table", "<?xml", "<!--", "<head", "<body", "<meta"}

// sniffHTML reports the line (from 1) on which the file at path starts an
// HTML page: its first text, after a UTF-8 byte order mark and blank
// lines, opens with one of htmlStarts, and for "<?xml", "<!--", "<head",
// "<body" and "<meta" the first 4 KiB also hold "<html" or "<table" (an
// XML or a comment alone is no page). 0 for anything else: a CSV header
// cannot start with "<" and an HTML tag after it.
func sniffHTML(path string) int64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	var head [4096]byte
	n, _ := io.ReadFull(f, head[:])
	return htmlLine(head[:n])
}

// htmlLine is sniffHTML of the first bytes b of a file (at most 4 KiB are
// looked at).
func htmlLine(b []byte) int64 {
	b = b[:min(len(b), 4096)]
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	lead := b[:len(b)-len(bytes.TrimLeft(b, " \t\r\n"))]
	low := bytes.ToLower(b[len(lead):])
	for i, s := range htmlStarts {
		if !bytes.HasPrefix(low, []byte(s)) {
			continue
		}
		if i >= 3 && !bytes.Contains(low, []byte("<html")) && !bytes.Contains(low, []byte("<table")) {
			return 0
		}
		// lines as the CSV reader counts them: LF, CRLF or a lone CR
		lines := bytes.Count(lead, []byte("\n")) + bytes.Count(lead, []byte("\r")) - bytes.Count(lead, []byte("\r\n"))
		return int64(lines) + 1
	}
	return 0
}

// looksBinary reports whether b, the first bytes of a file read as a text
// table, are no text: a NUL byte (but not UTF-16 without its BOM, a NUL
// in every other byte of ASCII), or more than 2% control characters other
// than tab, line feed and carriage return. Random bytes were told the
// advice for lines ending in a lone CR (QA of session 31).
func looksBinary(b []byte) bool {
	var nul, ctl, nulEven, nulOdd int
	for i, c := range b {
		switch {
		case c == 0:
			nul++
			if i%2 == 0 {
				nulEven++
			} else {
				nulOdd++
			}
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			ctl++
		}
	}
	if utf16 := len(b) >= 4 && (nulEven*3 >= len(b) || nulOdd*3 >= len(b)) && ctl == 0; utf16 {
		return false
	}
	return nul > 0 || ctl*50 > len(b)
}

// reject records a bad row. A repeated header is no bad row: it is noted
// for a warning (a part of a sharded read passes it on through OnReject,
// uncounted, so that the file's loader notes it with the file's line).
func (l *loader) reject(re *RowError) error {
	if re.File == "" {
		re.File = l.file
	}
	if re.Line == 0 {
		re.Line = l.line
	}
	if errors.Is(re, ErrHeaderRow) {
		if !l.shard {
			l.noteHeader(re)
		} else if l.opt.OnReject != nil {
			l.opt.OnReject(re)
		}
		return nil
	}
	l.place(re)
	if errors.Is(re.Err, ErrNoSuchTime) && re.Column != "" {
		// 30/02/2025: the day its month does not have, named with the
		// date as read (the file's date order) rather than "no such
		// date or time (day out of range)"
		if nd := noSuchDay([]byte(re.Value), l.ft.opts); nd != nil {
			re.Err, re.Reason = nd, nd.reason()
		}
	}
	l.cur.Rejected++
	if re.TrailingDelim {
		l.cur.TrailingDelims++
		l.lastDelim = re.Delim
	}
	l.hintNoPeople(re)
	if l.opt.OnReject != nil {
		l.opt.OnReject(re)
	}
	if l.opt.Strict {
		return fmt.Errorf("%w (--strict stops at the first bad row): %w", re, ErrStrict)
	}
	return nil
}

// hintNoPeople warns once (WarnNoPeople), at the first id of a log table
// in no table, when the study has no people table: the rows are then
// rejected one by one as unknown ids, while the cause is one missing
// file. A part's loader leaves it to the file's (absorbShard).
func (l *loader) hintNoPeople(re *RowError) {
	if l.shard || l.noPeopleHinted || !errors.Is(re, ErrUnknownID) || l.cur == nil || l.cur.Table < Correspondence {
		return
	}
	if errors.Is(re, ErrRejectedUnit) {
		return // a unit's id whose row was rejected, which the reason names
	}
	// A people table of a header alone is no table either: its files go
	// in Other. (Without the hint, 117,560 rows of a generated study were
	// rejected one by one as unknown ids, by validate too.)
	var empty []string
	for _, in := range l.res.Inputs {
		if in.Table == People {
			if in.Rows > 0 {
				return
			}
			empty = append(empty, l.s.displayName(in.Path))
		}
	}
	if len(l.s.Files[People]) > 0 && len(empty) == 0 {
		return // not read yet: a part's loader, or a table not loaded
	}
	l.noPeopleHinted = true
	w := Warning{Code: WarnNoPeople, Table: l.cur.Table.String(), File: l.s.displayName(l.cur.Path), Line: re.Line, Column: re.Column, Value: re.Value, Other: strings.Join(empty, ", ")}
	if looksNIP(re.Value) {
		w.Reason = NoPeopleNIP
	}
	l.warn(w)
}

// looksNIP reports whether id looks like a person's id: 16 to 19 digits,
// as an 18-digit NIP, perhaps written with spaces.
func looksNIP(id string) bool {
	n := 0
	for _, r := range id {
		switch {
		case r >= '0' && r <= '9':
			n++
		case r != ' ':
			return false
		}
	}
	return n >= 16 && n <= 19
}

// partial records an id left out of a row that is kept: re wraps
// ErrPartial and the cause.
func (l *loader) partial(re *RowError) error {
	re.Err = fmt.Errorf("%w: %w", ErrPartial, re.Err)
	l.place(re)
	l.hintNoPeople(re)
	if l.opt.OnReject != nil {
		l.opt.OnReject(re)
	}
	if l.opt.Strict {
		return fmt.Errorf("%w (--strict stops at the first bad value): %w", re, ErrStrict)
	}
	return nil
}

// bad makes a RowError for column col (a contract name) of table t.
func (l *loader) bad(t Table, col string, v []byte, sentinel error, reason string, a ...any) *RowError {
	name := ""
	if col != "" {
		name = l.colName(t, col)
	}
	return &RowError{File: l.file, Line: l.line, Column: name, Value: rowValue(v), Reason: fmt.Sprintf(reason, a...), Err: sentinel, Table: t, Field: col}
}

// withUnit sets re.Unit, the unit_id its reason says to write.
func withUnit(re *RowError, unit string) *RowError {
	re.Unit = unit
	return re
}

// place sets the Table and Field of a RowError of the current file: a
// source's error names the column as the file's header does (in its
// letter case), which is matched to the contract's name as bind matched
// it, after study.yaml's renames.
func (l *loader) place(re *RowError) {
	if l.cur == nil {
		return
	}
	t := l.cur.Table
	if re.Field != "" && re.Table == t {
		return // made by bad
	}
	re.Table, re.Field = t, ""
	if re.Column == "" {
		return
	}
	k := colKey(re.Column)
	spec := tables[t]
	for _, col := range append(slices.Clip(spec.required), spec.optional...) {
		if colKey(l.s.column(t, col)) == k {
			re.Field = col
			return
		}
	}
}

// rowValue is displayValue for a RowError's Value, with a backslash that
// could be read as the start of an escape doubled as srcDisplay does, so
// that DisplayText reads every Value back; control characters stay as
// they are (the catalogue names them, see ControlChar).
func rowValue(v []byte) string {
	s := displayValue(v)
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] == '\\' && escapeAfter([]byte(s[i+1:])) {
			b.WriteByte('\\')
		}
	}
	return b.String()
}

func displayValue(v []byte) string {
	if len(v) > 200 {
		v = v[:200]
	}
	return strings.ToValidUTF8(string(v), "\uFFFD")
}

// text returns a cell as trimmed bytes (nil for Null). Cells that are not
// text (Parquet numbers, times) are not expected in id columns; their text
// form is used.
func text(v Value) []byte {
	if v.Kind != Bytes {
		return nil
	}
	return trimID(v.B)
}

// ControlChar returns the first invisible character of id and true, or
// false when it holds none: a control character (U+0000 to U+001F other
// than the tab, U+007F, and U+0080 to U+009F) or a Unicode format
// character (category Cf: the zero-width space U+200B, the joiners, the
// word joiner U+2060, a byte-order mark U+FEFF inside a cell, the
// direction marks), which text copied from a web page or a word
// processor carries and no screen shows. The tab is left to the readers,
// which take it as white space or a delimiter.
func ControlChar(id []byte) (rune, bool) {
	for i := 0; i < len(id); {
		b := id[i]
		if b < utf8.RuneSelf {
			if b < 0x20 && b != '\t' || b == 0x7f {
				return rune(b), true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(id[i:])
		if invisible(r) {
			return r, true
		}
		i += n
	}
	return 0, false
}

// invisible reports a character above ASCII that ControlChar finds.
func invisible(r rune) bool {
	return 0x80 <= r && r <= 0x9f || unicode.Is(unicode.Cf, r)
}

// withoutControl is id without its invisible characters (ControlChar):
// the id the other tables most likely write.
func withoutControl(id []byte) []byte {
	return bytes.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0x7f || invisible(r) {
			return -1
		}
		return r
	}, id)
}

// controlled rejects a units or people row whose own id in column col
// holds a control character: the id would never match the same id
// written in another table, and each reference would say "unknown id".
func (l *loader) controlled(t Table, col string, id []byte) *RowError {
	r, ok := ControlChar(id)
	if !ok {
		return nil
	}
	return l.bad(t, col, id, ErrControlChar, "%s %q holds the invisible character U+%04X, which a copy or an export left there; remove it from the id and export again", col, id, r)
}

func (l *loader) unitRow(row []Value, c cols) error {
	id := text(row[c[0]])
	if len(id) == 0 {
		return l.bad(Units, "unit_id", nil, ErrMissingValue, "empty unit_id; every unit needs an id")
	}
	if l.isHeader(Units, "unit_id", id) { // else a unit "unit_id" of sector "sector"
		return l.bad(Units, "unit_id", id, ErrHeaderRow, headerRowReason)
	}
	if unitFooter(id) { // else a unit "Jumlah" named "45 OPD", alone in the network
		return l.bad(Units, "unit_id", id, ErrFooterUnit, "a totals row or a line above a signature, not a unit; delete it from the units table")
	}
	if re := l.controlled(Units, "unit_id", id); re != nil {
		l.noteRejectedUnit(withoutControl(id)) // as the other tables write it
		return re
	}
	n := graph.Node{ID: string(id)}
	if c.has(1) {
		n.Name = string(text(row[c[1]]))
	}
	if c.has(2) {
		n.Sector = string(text(row[c[2]]))
	}
	if c.has(3) {
		p := text(row[c[3]])
		if re := l.controlled(Units, "parent_id", p); re != nil {
			l.noteRejectedUnit(id)
			return re
		}
		n.Parent = string(p)
	}
	if c.has(4) {
		k := strings.ToLower(string(text(row[c[4]])))
		kind, ok := graph.ParseUnitKind(k)
		if !ok {
			l.noteRejectedUnit(id)
			raw := text(row[c[4]])
			if r, ok := ControlChar(raw); ok {
				if _, ok := graph.ParseUnitKind(strings.ToLower(string(withoutControl(raw)))); ok {
					// "int\u200bernal" read as internal and was refused as
					// an unknown kind, with no word of the character
					return l.bad(Units, "kind", raw, ErrKindControl, "kind %q holds the invisible character U+%04X, which a copy or an export left there; remove it", raw, r)
				}
			}
			return l.bad(Units, "kind", raw, ErrBadKind, "kind must be internal, coordinator (koordinator) or external (eksternal), in any case, or empty for internal")
		}
		n.Kind = kind
	}
	if c.has(5) {
		n.ShortName = string(text(row[c[5]]))
	}
	if l.unitSeen == nil {
		l.unitSeen, l.unitLine = map[string]bool{}, map[string]int64{}
	}
	if l.unitSeen[n.ID] {
		// which row has it first: "id ganda" alone sent the user looking
		re := l.bad(Units, "unit_id", id, ErrDuplicateUnit, "unit_id %q appears twice, first on line %d; ids must be unique, keep one row", n.ID, l.unitLine[n.ID])
		re.RefLine = l.unitLine[n.ID]
		return re
	}
	l.unitSeen[n.ID] = true
	l.unitLine[n.ID] = l.line
	l.units = append(l.units, n)
	return nil
}

// rejectedPeopleMax bounds loader.rejectedPeople.
const rejectedPeopleMax = 1 << 16

// warnParentRejected warns of the units whose parent_id names a unit
// whose row was rejected (WarnParentRejected), once the units table is
// read: such a parent_id ends the chain of OPDs silently otherwise.
func (l *loader) warnParentRejected() {
	var w Warning
	for _, u := range l.units {
		line, ok := l.rejectedUnits[u.Parent]
		if !ok || u.Parent == "" || l.unitSeen[u.Parent] {
			continue
		}
		if w.Count == 0 {
			w = Warning{Code: WarnParentRejected, Table: Units.String(), Value: u.ID, Other: u.Parent, Line: line}
			for _, in := range l.res.Inputs {
				if in.Table == Units {
					w.File = l.s.displayName(in.Path)
				}
			}
		}
		w.Count++
	}
	if w.Count > 0 {
		l.warn(w)
	}
}

// warnParentCycle warns of parent_id chains that loop (WarnParentCycle),
// once the units table is read: the OPD of their units, the top of the
// chain, does not exist, and facilitators --per-opd took whichever unit
// the walk stopped at, a different one for each unit of the loop.
func (l *loader) warnParentCycle() {
	parent := map[string]string{}
	for _, u := range l.units {
		if u.Parent != "" && l.unitSeen[u.Parent] {
			parent[u.ID] = u.Parent
		}
	}
	var w Warning
	onLoop := map[string]bool{}
	for _, u := range l.units {
		// walk up from u; a unit met twice closes a loop
		at, pos := u.ID, map[string]int{}
		var path []string
		for {
			if _, ok := pos[at]; ok {
				loop := append(path[pos[at]:], at)
				if !onLoop[at] {
					for _, id := range loop[:len(loop)-1] {
						onLoop[id] = true
						w.Count++
					}
					if w.Value == "" {
						w.Value = strings.Join(loop, " → ")
					}
				}
				break
			}
			p, ok := parent[at]
			if !ok || onLoop[at] {
				break
			}
			pos[at] = len(path)
			path = append(path, at)
			at = p
		}
	}
	if w.Count == 0 {
		return
	}
	w.Code, w.Table = WarnParentCycle, Units.String()
	for _, in := range l.res.Inputs {
		if in.Table == Units {
			w.File = l.s.displayName(in.Path)
		}
	}
	l.warn(w)
}

// noteRejectedUnit records the unit_id of a units row that unitRow
// rejects though its id is not empty and not a duplicate (so the id is
// not in the units table unless a later row adds it).
func (l *loader) noteRejectedUnit(id []byte) {
	if len(l.rejectedUnits) >= rejectedPeopleMax {
		return
	}
	if l.rejectedUnits == nil {
		l.rejectedUnits = map[string]int64{}
	}
	if _, ok := l.rejectedUnits[string(id)]; !ok {
		l.rejectedUnits[string(id)] = l.line
	}
}

// noteFieldCount records the id of a units or people row rejected for
// its number of fields (the cells it has: csvSource.partialRow), as
// unitRow and personRow record the rows they reject, so that a row
// naming the unit or person is told its row was rejected, not that it is
// missing from the table.
func (l *loader) noteFieldCount(t Table, row []Value, c cols, err error) {
	if t == People {
		l.noteRejectedPerson(row, c, err)
		return
	}
	if id := text(row[c[0]]); len(id) > 0 {
		l.noteRejectedUnit(id)
	}
}

// noteRejectedPerson records the person_id of a people row personRow
// rejected (err not nil), and returns err.
func (l *loader) noteRejectedPerson(row []Value, c cols, err error) error {
	if err == nil {
		return nil
	}
	if id := text(row[c[0]]); len(id) > 0 && len(l.rejectedPeople) < rejectedPeopleMax {
		if l.rejectedPeople == nil {
			l.rejectedPeople = map[string]int64{}
		}
		if _, ok := ControlChar(id); ok {
			id = withoutControl(id) // as the other tables write it
		}
		pid := graph.CanonicalID(string(id))
		if _, ok := l.rejectedPeople[pid]; !ok {
			l.rejectedPeople[pid] = l.line
		}
	}
	return err
}

func (l *loader) personRow(row []Value, c cols, unitIDs map[string]bool, spells *[]graph.Spell) error {
	id, unit := text(row[c[0]]), text(row[c[1]])
	if len(id) == 0 {
		return l.bad(People, "person_id", nil, ErrMissingValue, "empty person_id")
	}
	if l.isHeader(People, "person_id", id) && l.isHeader(People, "unit_id", unit) {
		return l.bad(People, "person_id", id, ErrHeaderRow, headerRowReason)
	}
	if len(unit) == 0 {
		return l.bad(People, "unit_id", nil, ErrMissingValue, "empty unit_id; say which unit the person works in")
	}
	if re := l.controlled(People, "person_id", id); re != nil {
		return re
	}
	if !unitIDs[string(unit)] {
		if r, ok := ControlChar(unit); ok {
			return l.bad(People, "unit_id", unit, ErrUnitControl, "unit %q is not in the units table: it holds the invisible character U+%04X, which a copy or an export left there; remove it", unit, r)
		}
		if line, ok := l.rejectedUnits[string(unit)]; ok {
			re := l.bad(People, "unit_id", unit, ErrRejectedUnit, "unit %q is unknown: its row in the units table (line %d) was rejected; correct that row", unit, line)
			re.RefLine = line
			return re
		}
		if pad, ok := zeroPadded(unit, func(c string) bool { return unitIDs[c] }); ok {
			return withUnit(l.bad(People, "unit_id", unit, ErrUnitLeadingZeros, "unit %q is not in the units table, which has %q, the same with leading zeros: a spreadsheet dropped them; format the column as Text and export again", unit, pad), pad)
		}
		if u, ok := l.unitByName(unit); ok {
			return withUnit(l.bad(People, "unit_id", unit, ErrUnitByName, "unit %q is not a unit_id of the units table but the name of unit %q; write its unit_id", unit, u), u)
		}
		if u, ok := l.unitByCase(unit); ok {
			return withUnit(l.bad(People, "unit_id", unit, ErrUnitCase, "unit %q is not in the units table, which has %q, the same in other letter case; sekat matches ids exactly: write it as the units table does", unit, u), u)
		}
		if other, form := idWrittenOtherwise(unit, func(c []byte) bool { return unitIDs[string(c)] }); form != idFormNone {
			return withUnit(l.bad(People, "unit_id", unit, unitFormErr[form], "unit %q is not in the units table, which has %q, %s", unit, other, idFormHow[form]), other)
		}
		return l.bad(People, "unit_id", unit, ErrUnknownUnit, "unit %q is not in the units table; add it there or correct the id", unit)
	}
	if unitIDs[string(id)] {
		return l.bad(People, "person_id", id, ErrPersonIsUnit, "person_id %q is also a unit_id; an id must name one thing: change one of them", id)
	}
	// one person whatever the spaces of their NIP (graph.CanonicalID)
	pid := graph.CanonicalID(string(id))
	if unitIDs[pid] {
		return l.bad(People, "person_id", id, ErrPersonIsUnit, "person_id %q is also a unit_id (%q, the same NIP without its spaces); an id must name one thing: change one of them", id, pid)
	}
	l.nips.add([]byte(pid), l.line)
	sp := graph.Spell{Person: pid, Unit: string(unit)}
	if c.has(2) {
		sp.Name = string(text(row[c[2]]))
	}
	if c.has(3) {
		sp.Position = string(text(row[c[3]]))
	}
	if c.has(4) && present(row[c[4]]) {
		t, _, err := l.timeOf(People, "valid_from", row[c[4]])
		if err != nil {
			return l.badTime(People, "valid_from", row[c[4]], err)
		}
		sp.From = t
	}
	if c.has(5) && present(row[c[5]]) {
		t, dateOnly, err := l.timeOf(People, "valid_to", row[c[5]])
		if err != nil {
			return l.badTime(People, "valid_to", row[c[5]], err)
		}
		if dateOnly { // an end date includes its whole day
			t = time.Unix(t, 0).In(l.s.Loc).AddDate(0, 0, 1).Unix()
		} else if t%86400 == 0 || time.Unix(t, 0).In(l.s.Loc).Format("15:04:05") == "00:00:00" {
			// midnight in UTC (a date written as a TIMESTAMP of that
			// instant) or in the study's zone
			if l.midnightEnds == nil {
				l.midnightEnds = map[string][]int64{}
			}
			l.midnightEnds[pid] = append(l.midnightEnds[pid], t)
		}
		sp.To = t
	}
	if sp.From != 0 && sp.To != 0 && sp.To <= sp.From {
		return l.bad(People, "valid_to", text(row[c[5]]), ErrSpellOrder, "valid_to is not after valid_from; a spell must end after it starts (an end date without a time counts its whole day): correct valid_from or valid_to")
	}
	// Two spells in different units that start together: the one that
	// ends first gives the unit while it lasts (graph.NewDirectory), and
	// of two that end together the later row; a warning names the first
	// such person (spellsTogether).
	if l.spellSeen == nil {
		l.spellSeen = map[spellKey]spellAt{}
	}
	k := spellKey{sp.Person, sp.From}
	o, seen := l.spellSeen[k]
	if !seen {
		if n := len(l.spellFiles); n == 0 || l.spellFiles[n-1] != l.cur.Path {
			l.spellFiles = append(l.spellFiles, l.cur.Path)
		}
		l.spellSeen[k] = spellAt{l.line, int32(len(*spells)), int32(len(l.spellFiles) - 1)}
		if string(id) != pid {
			if l.spellings == nil {
				l.spellings = map[int32]string{}
			}
			l.spellings[int32(len(*spells))] = string(id)
		}
	} else if ou := (*spells)[o.spell].Unit; ou != sp.Unit {
		t := &l.together
		if t.people == nil {
			t.people = map[string]bool{}
			t.file, t.line, t.person, t.unit, t.other = l.s.displayName(l.cur.Path), l.line, sp.Person, sp.Unit, ou
			t.otherFile, t.otherLine = l.s.displayName(l.spellFiles[o.file]), o.line
		}
		t.people[sp.Person] = true
	}
	l.spelt.add(pid, id, l.s.displayName(l.cur.Path), l.line)
	if seen && (*spells)[o.spell] == sp && l.spelling(o.spell, pid) == string(id) {
		// the same spell written twice, in every column read (the id
		// spelt alike too: two spellings of a NIP are WarnNIPSpelt's):
		// counted once, and warned of (WarnPeopleRepeated)
		r := &l.repeats
		if r.count == 0 {
			r.file, r.line, r.first = l.s.displayName(l.cur.Path), l.line, o.line
		}
		r.count++
		return nil
	}
	*spells = append(*spells, sp)
	return nil
}

// peopleRepeats is what the warning of rows of the people table that
// repeat an earlier row says: the first such row, the row it repeats and
// how many rows do so.
type peopleRepeats struct {
	file        string
	line, first int64
	count       int64
}

// warnPeopleRepeated warns of the rows of the people table that repeat an
// earlier row in every column read (WarnPeopleRepeated), once the table
// is read.
func (l *loader) warnPeopleRepeated() {
	r := &l.repeats
	if r.count > 0 {
		l.warn(Warning{Code: WarnPeopleRepeated, Table: People.String(), File: r.file, Line: r.line, OtherLine: r.first, Count: r.count})
	}
	l.repeats = peopleRepeats{}
}

// nipSpellings finds the NIPs and NIKs of the people table written in two
// ways (with and without spaces, or spaced otherwise): graph.CanonicalID
// makes them one person, whose rows are that person's spells; the warning
// WarnNIPSpelt names the first such id, its two rows and how many.
type nipSpellings struct {
	// first is, by canonical id, the first row that wrote it: its
	// spelling ("" when canonical), file and line. Only NIPs, old NIPs
	// and NIKs (graph.IsDigitID) are kept.
	first map[string]nipRow
	// mixed is the first NIP written in two ways: its first row and the
	// first row that spelt it otherwise; count how many NIPs were.
	a, b   nipRow
	id     string
	count  int64
	warned map[string]bool
}

type nipRow struct {
	spelling, file string
	line           int64
}

// add notes that the row at file, line writes the person id pid (its
// canonical spelling) as raw.
func (n *nipSpellings) add(pid string, raw []byte, file string, line int64) {
	if !graph.IsDigitID(pid) {
		return
	}
	spelling := ""
	if string(raw) != pid {
		spelling = string(raw)
	}
	if n.first == nil {
		n.first = map[string]nipRow{}
	}
	f, ok := n.first[pid]
	if !ok {
		n.first[pid] = nipRow{spelling, file, line}
		return
	}
	if f.spelling == spelling || n.warned[pid] {
		return
	}
	if n.warned == nil {
		n.warned = map[string]bool{}
	}
	n.warned[pid] = true
	if n.count == 0 {
		n.a, n.b, n.id = f, nipRow{spelling, file, line}, pid
	}
	n.count++
}

// warnNIPSpelt warns of the NIPs and NIKs of the people table written in two ways
// (WarnNIPSpelt), once the table is read.
func (l *loader) warnNIPSpelt() {
	n := &l.spelt
	if n.count > 0 {
		spell := func(r nipRow) string {
			if r.spelling == "" {
				return n.id
			}
			return r.spelling
		}
		l.warn(Warning{Code: WarnNIPSpelt, Table: People.String(), File: n.a.file, Line: n.a.line, Value: spell(n.a),
			OtherFile: n.b.file, OtherLine: n.b.line, Other: spell(n.b), Reason: n.id, Count: n.count})
	}
	l.spelt = nipSpellings{}
}

// spellsTogether is what the warning of spells that start together
// says: the people who have such spells, and the first of them.
type spellsTogether struct {
	people              map[string]bool
	file                string
	line                int64
	person, unit, other string
	// the row of the other spell, of unit other
	otherFile string
	otherLine int64
}

// warnSpellsTogether warns of the people with two spells in different
// units that start together (WarnSpellsTogether), once the people table
// is read.
func (l *loader) warnSpellsTogether() {
	t := &l.together
	if len(t.people) == 0 {
		return
	}
	l.warn(Warning{Code: WarnSpellsTogether, Table: People.String(), File: t.file, Line: t.line, Value: t.person, Column: t.unit, Other: t.other,
		OtherFile: t.otherFile, OtherLine: t.otherLine,
		Count: int64(len(t.people))})
}

// spellKey is a person and the start of one of their spells; spellAt
// the line, index and file of the first such spell.
type spellKey struct {
	person string
	from   int64
}

type spellAt struct {
	line  int64
	spell int32 // the spell's index in the spells read
	file  int32 // its file, an index into spellFiles
}

// spelling is the person_id as the row of spell i (an index into the
// spells read, the first of its person and start) writes it: pid, its
// person, unless spellings holds another spelling (a NIP with spaces).
func (l *loader) spelling(i int32, pid string) string {
	if s, ok := l.spellings[i]; ok {
		return s
	}
	return pid
}

// present reports whether a cell holds a value.
func present(v Value) bool {
	return v.Kind > Bytes || (v.Kind == Bytes && len(bytes.TrimSpace(v.B)) > 0)
}

// when parses an event time and tracks the span.
func (l *loader) when(t Table, col string, v Value) (int64, error) {
	if !present(v) {
		return 0, l.bad(t, col, nil, ErrMissingValue, "empty %s; every event needs a time", col)
	}
	sec, _, err := l.timeOf(t, col, v)
	if err != nil {
		return 0, l.badTime(t, col, v, err)
	}
	if l.res.Span.From == 0 || sec < l.res.Span.From {
		l.res.Span.From = sec
	}
	if sec+1 > l.res.Span.To {
		l.res.Span.To = sec + 1
	}
	return sec, nil
}

// resolve turns an id into a Ref at time t.
func (l *loader) resolve(t Table, col string, id []byte, at int64) (graph.Ref, error) {
	unit, person, ok := l.dir.Lookup(id)
	if !ok {
		// why not: the id is most often a known one written otherwise
		known := func(c []byte) bool { _, _, ok := l.dir.Lookup(c); return ok }
		if dashOnly(id) {
			// "-" for no cc, as exports write an empty cell, was
			// "not in the people or units table"
			return graph.Ref{}, l.bad(t, col, id, ErrDashID, "a dash in place of an id, as exports write for an empty cell: leave the cell empty (an empty cc names no one)")
		}
		if pad, ok := zeroPadded(id, func(c string) bool { return known([]byte(c)) }); ok {
			return graph.Ref{}, l.bad(t, col, id, ErrLeadingZeros, "unknown id %q: the tables have %q, the same with leading zeros: a spreadsheet dropped them; format the column as Text and export again", id, pad)
		}
		if line, ok := l.rejectedPeople[graph.CanonicalID(string(id))]; ok {
			re := l.bad(t, col, id, ErrRejectedPerson, "unknown id %q: its row in the people table (line %d) was rejected; correct that row", id, line)
			re.RefLine = line
			return graph.Ref{}, re
		}
		if line, ok := l.rejectedUnits[string(id)]; ok {
			re := l.bad(t, col, id, ErrRejectedUnit, "unknown id %q: its row in the units table (line %d) was rejected; correct that row", id, line)
			re.RefLine = line
			return graph.Ref{}, re
		}
		if u, ok := l.unitByName(id); ok {
			return graph.Ref{}, withUnit(l.bad(t, col, id, ErrIDUnitName, "unknown id %q: the name of unit %q in the units table; write its unit_id", id, u), u)
		}
		if u, ok := l.unitByCase(id); ok {
			return graph.Ref{}, withUnit(l.bad(t, col, id, ErrIDCase, "unknown id %q: the units table has %q, the same in other letter case; sekat matches ids exactly: write it as the units table does", id, u), u)
		}
		if other, ok := otherCase(id, known); ok {
			return graph.Ref{}, l.bad(t, col, id, ErrIDOtherCase, "unknown id %q: the tables have %q, the same in other letter case; sekat matches ids exactly: write it as the people table does", id, other)
		}
		if other, ok := nipSpaced(id, known); ok {
			return graph.Ref{}, l.bad(t, col, id, ErrIDSpaces, "unknown id %q: the tables have %q, the same id of digits spaced otherwise (sekat drops the spaces of a NIP or NIK only, of 18, 16 or 9 digits); write the ids alike in every table", id, other)
		}
		if other, mark, ok := idMarked(id, known); ok {
			return graph.Ref{}, l.bad(t, col, id, ErrIDMarked, "unknown id %q: the tables have %q, the same id %s, the mark an export adds to keep an id as text in a spreadsheet; write the ids alike in every table (remove the mark)", id, other, mark)
		}
		if other, form := idWrittenOtherwise(id, known); form != idFormNone {
			re := l.bad(t, col, id, idFormErr[form], "unknown id %q: the tables have %q, %s", id, other, idFormHow[form])
			if _, p, _ := l.dir.Lookup([]byte(other)); p < 0 {
				withUnit(re, other) // a unit_id, never a person's: said where Value may not be
			}
			return graph.Ref{}, re
		}
		if ids, ok := listIDs(id, known); ok {
			// a list written as text: JSON's ["a","b"] inside a string,
			// Python's ['a'] (an export that printed a list); a list of
			// one id was "not in the people or units table", no hint
			switch {
			case len(ids) == 1:
				return graph.Ref{}, l.bad(t, col, id, ErrIDList, "unknown id %q: the id %q written as a list, in brackets; write the id alone, without brackets or quotes (several ids of a recipients or cc cell separated by ';'; in an NDJSON file a JSON array, not a string, is read too: [\"a\",\"b\"])", id, ids[0])
			case col == "recipients" || col == "cc":
				return graph.Ref{}, l.bad(t, col, id, ErrOtherSeparator, "unknown id %q: it holds ids the tables have, separated by ',' in a list written as text; sekat separates the ids of a cell with ';': write them separated by ';' (in an NDJSON file a JSON array, not a string, is read too: [\"a\",\"b\"])", id)
			case col == "attendee":
				return graph.Ref{}, l.bad(t, col, id, ErrSeveralAttendees, "unknown id %q: it holds ids the tables have, in a list written as text; a meetings row names one attendee: write one row per attendee", id)
			default:
				return graph.Ref{}, l.bad(t, col, id, ErrSeveralIDs, "unknown id %q: it holds %d ids the tables have, in a list written as text; column %s names one id: write the one meant", id, len(ids), col)
			}
		}
		if col != "recipients" && col != "cc" && col != "attendee" {
			if sep, ok := otherSeparator(id, known, true); ok {
				return graph.Ref{}, l.bad(t, col, id, ErrSeveralIDs, "unknown id %q: it holds ids the tables have, separated by %s; column %s names one id: write the one meant", id, sep, col)
			}
		}
		if col == "attendee" {
			if sep, ok := otherSeparator(id, known, true); ok {
				return graph.Ref{}, l.bad(t, col, id, ErrSeveralAttendees, "unknown id %q: it holds ids the tables have, separated by %s; a meetings row names one attendee: write one row per attendee", id, sep)
			}
		}
		if col == "recipients" || col == "cc" {
			if sep, ok := otherSeparator(id, known, false); ok {
				return graph.Ref{}, l.bad(t, col, id, ErrOtherSeparator, "unknown id %q: it holds ids the tables have, separated by %s; sekat separates the ids of a cell with ';': write them separated by ';'", id, sep)
			}
		}
		if other, ok := idWithText(id, known); ok {
			// "Budi Santoso - 1983...", "Drs. X (1980...)", "1.01.01 -
			// Dinas Pendidikan": an export that writes a name beside the
			// id was "not in the people or units table", no hint
			return graph.Ref{}, l.bad(t, col, id, ErrIDWithText, "unknown id %q: it holds the id %q of the tables beside other text (a name, as exports write \"NIP - Nama\" or \"Nama (NIP)\"); write the id alone in this column", id, other)
		}
		if r, ok := ControlChar(id); ok {
			// no id of the tables holds one (unitRow, personRow); last,
			// as a line break or a tab between known ids is a separator
			// written otherwise (otherSeparator)
			return graph.Ref{}, l.bad(t, col, id, ErrIDControl, "unknown id %q: it holds the invisible character U+%04X, which a copy or an export left there; remove it", id, r)
		}
		return graph.Ref{}, l.bad(t, col, id, ErrUnknownID, "unknown id %q: not in the people or units table", id)
	}
	if person < 0 {
		return graph.Ref{Unit: unit, Person: -1}, nil
	}
	u, ok := l.dir.UnitAt(person, at)
	if !ok {
		day := time.Unix(at, 0).In(l.s.Loc)
		for _, end := range l.midnightEnds[graph.CanonicalID(string(id))] {
			if e := time.Unix(end, 0).In(l.s.Loc); at >= end && e.Format("2006-01-02") == day.Format("2006-01-02") {
				return graph.Ref{}, l.bad(t, col, id, ErrSpellEndsMidnight, "person %q has no unit on %s: a spell of theirs ends that day at %s, its valid_to written with a time at midnight in UTC or the study's zone (a Parquet TIMESTAMP, or text with 00:00), which leaves the rest of the day out; a valid_to date without a time covers its whole day: if valid_to holds dates, write them without a time (a DATE column, or YYYY-MM-DD)",
					id, day.Format("2006-01-02"), e.Format("15:04"))
			}
		}
		return graph.Ref{}, l.bad(t, col, id, ErrNoSpell, "person %q has no unit on %s; check valid_from/valid_to in the people table",
			id, day.Format("2006-01-02"))
	}
	return graph.Ref{Unit: u, Person: person}, nil
}

// dictEnt is what is known of the id cell of one dictionary entry (see
// preparer): what Directory.Lookup gave (once looked), and whether the
// spreadsheet check passed (clean). It is 12 bytes, so that the entries
// of a column stay in the cache.
type dictEnt struct {
	unit, person int32
	found        bool
	looked       bool
	clean        bool
}

// dictMax bounds the entries kept per column.
const dictMax = 1 << 20

// refAt is resolve for an id Directory.Lookup found: ok is false when the
// person has no unit at time at (resolve then says why).
func (l *loader) refAt(unit, person int32, at int64) (graph.Ref, bool) {
	if person < 0 {
		return graph.Ref{Unit: unit, Person: -1}, true
	}
	u, ok := l.dir.UnitAt(person, at)
	return graph.Ref{Unit: u, Person: person}, ok
}

// idRef reads a required id cell and resolves it at time at.
func (l *loader) idRef(t Table, col string, v Value, at int64) (graph.Ref, error) {
	id := text(v)
	if len(id) == 0 {
		return graph.Ref{}, l.bad(t, col, nil, ErrMissingValue, "empty %s", col)
	}
	return l.resolve(t, col, id, at)
}

// trimID is bytes.TrimSpace, with a quick answer for an id that starts
// and ends with a printable ASCII byte (which TrimSpace leaves).
func trimID(b []byte) []byte {
	if n := len(b); n > 0 && b[0] > ' ' && b[0] < 0x80 && b[n-1] > ' ' && b[n-1] < 0x80 {
		return b
	}
	return bytes.TrimSpace(b)
}

func (l *loader) letterRow(row []Value, c cols) (err error) {
	if l.shard && l.ft.foot != nil && footerShaped(row) && footerCell(row) != "" {
		// a part cannot tell a signature block at the end of the file
		// (skiprows.go): the file is read again the ordinary way
		defer func() {
			if err != nil && !errors.Is(err, ErrHeaderRow) {
				l.ft.foot.Store(true)
			}
		}()
	}
	at, err := l.when(Correspondence, "sent_at", row[c[0]])
	if err != nil {
		return err
	}
	// The preparer split the cells into ids and looked them up: the
	// sender first (always), then those of recipients and cc.
	ids := l.pids
	if len(ids) == 0 || ids[0].col != 0 {
		return fmt.Errorf("ingest: %s line %d: internal error: the letter was not prepared; please report it", l.file, l.line)
	}
	sender, ok := graph.Ref{}, false
	if s := ids[0]; s.found {
		sender, ok = l.refAt(s.unit, s.person, at)
	}
	if !ok {
		sender, err = l.idRef(Correspondence, "sender", row[c[1]], at)
		if err != nil {
			return err
		}
	}
	l.refs = l.refs[:0]
	// The ids of recipients or cc that do not resolve, by their index in
	// ids: their errors are made one at a time below, so that a cell of a
	// million unknown ids costs 4 bytes per id, not an error each.
	l.unknown = l.unknown[:0]
	for k := 1; k < len(ids); k++ {
		id := &ids[k]
		if id.found {
			if r, ok := l.refAt(id.unit, id.person, at); ok {
				l.refs = append(l.refs, r)
				continue
			}
		}
		l.unknown = append(l.unknown, int32(k))
	}
	var cur idCursor // finds the ids' bytes in one pass over each cell
	why := func(k int32) (*RowError, error) {
		id := &ids[k]
		_, err := l.resolve(Correspondence, letterCols[id.col], cur.bytes(*id, row[c[id.col+1]]), at) // says why not
		if err == nil {
			return nil, fmt.Errorf("ingest: %s line %d: internal error: an id of %s resolves here but did not in the preparer; please report it", l.file, l.line, letterCols[id.col])
		}
		re, ok := err.(*RowError) // resolve's errors are *RowError
		if !ok {
			return nil, err
		}
		return re, nil
	}
	if len(l.refs) == 0 {
		if len(l.unknown) > 0 {
			re, err := why(l.unknown[0])
			if err != nil {
				return err
			}
			re.Reason += fmt.Sprintf("; the letter has no known recipient (%d named, none known), so it is not used", len(l.unknown))
			return re
		}
		return l.bad(Correspondence, "recipients", nil, ErrEmptyRecipients, "no recipient in recipients or cc; a letter needs at least one")
	}
	if len(l.unknown) > 0 {
		l.cur.Partial++
		for _, k := range l.unknown {
			re, err := why(k)
			if err != nil {
				return err
			}
			re.Reason += "; the letter is used with its other recipients"
			if err := l.partial(re); err != nil {
				return err
			}
		}
	}
	if !l.win.Contains(at) {
		l.cur.OutOfWindow++
		return nil
	}
	l.b.At(at)
	l.b.Message(sender, l.refs)
	l.opt.Events.Letter(at, sender, l.refs)
	if l.sk != nil {
		l.sk.add(letterKey(at, sender, l.refs, &l.keyScratch), at)
	}
	return nil
}

func (l *loader) meetingRow(row []Value, c cols, m *meetingStream) error {
	mid := text(row[c[0]])
	if len(mid) == 0 {
		return l.bad(Meetings, "meeting_id", nil, ErrMissingValue, "empty meeting_id; every attendee's row needs the id of its meeting: a list that writes it only on a meeting's first row (merged cells of a spreadsheet) needs it filled down to the rows below (in Excel: select the column, Go To Special > Blanks, type = and the cell above, Ctrl+Enter)")
	}
	at, err := l.when(Meetings, "start", row[c[1]])
	if err != nil {
		return err
	}
	ref, err := l.idRef(Meetings, "attendee", row[c[2]], at)
	if err != nil {
		return err
	}
	return m.add(mid, at, ref, row, c)
}

// meetingMeta is what the event log keeps of a meeting (Options.Events),
// read from its first row: the organiser, when given and known, and the
// title. Nothing is read without an event log.
func (l *loader) meetingMeta(row []Value, c cols, at int64) (org graph.Ref, hasOrg bool, title []byte) {
	if l.opt.Events == nil {
		return graph.Ref{}, false, nil
	}
	if c.has(3) && present(row[c[3]]) {
		if o, err := l.resolve(Meetings, "organizer", text(row[c[3]]), at); err == nil {
			org, hasOrg = o, true
		}
	}
	if c.has(4) {
		title = text(row[c[4]])
	}
	return org, hasOrg, title
}

// parseStatus reads a data_sharing status by engine.StatusWords.
func parseStatus(b []byte) (graph.ShareStatus, bool) {
	switch engine.StatusWords[strings.ToLower(string(b))] {
	case 'g':
		return graph.Granted, true
	case 'd':
		return graph.Denied, true
	case 'p':
		return graph.Pending, true
	}
	return 0, false
}

func (l *loader) shareRow(row []Value, c cols) error {
	at, err := l.when(DataSharing, "at", row[c[0]])
	if err != nil {
		return err
	}
	var refs [2]graph.Ref
	for i, col := range [2]string{"provider", "consumer"} {
		if refs[i], err = l.idRef(DataSharing, col, row[c[1+i]], at); err != nil {
			return err
		}
	}
	st := graph.Granted
	if c.has(4) {
		s, ok := parseStatus(text(row[c[4]]))
		if !ok {
			return l.bad(DataSharing, "status", text(row[c[4]]), ErrBadStatus, "status must be granted (disetujui, diberikan, approved), denied (ditolak, rejected, declined, refused) or pending (menunggu, diproses, waiting), in any case, or empty for granted")
		}
		st = s
	}
	if !l.win.Contains(at) {
		l.cur.OutOfWindow++
		return nil
	}
	l.b.At(at)
	l.b.Share(refs[0], refs[1], st)
	if l.sk != nil {
		l.sk.add(shareKey(at, refs[0], refs[1], st), at)
	}
	if l.opt.Events != nil {
		var ds string
		if c.has(3) {
			ds = string(text(row[c[3]]))
		}
		l.opt.Events.Share(at, refs[0], refs[1], ds, st)
	}
	return nil
}

// unitByName returns the unit_id of the unit whose name or short name
// is b (in any case, trimmed), when one unit has it.
func (l *loader) unitByName(b []byte) (string, bool) {
	if l.unitNames == nil {
		l.unitNames = map[string]string{}
		for _, u := range l.units {
			for _, n := range []string{u.Name, u.ShortName} {
				k := strings.ToLower(strings.TrimSpace(n))
				if k == "" {
					continue
				}
				if id, seen := l.unitNames[k]; seen && id != u.ID {
					l.unitNames[k] = ""
				} else {
					l.unitNames[k] = u.ID
				}
			}
		}
	}
	id := l.unitNames[strings.ToLower(strings.TrimSpace(string(b)))]
	return id, id != ""
}

// unitByCase returns the unit_id of the units table that b is in other
// letter case, if exactly one is. It runs for a rejected cell only.
func (l *loader) unitByCase(b []byte) (string, bool) {
	if l.unitCase == nil {
		l.unitCase = map[string]string{}
		for _, u := range l.units {
			k := strings.ToLower(u.ID)
			if id, seen := l.unitCase[k]; seen && id != u.ID {
				l.unitCase[k] = ""
			} else {
				l.unitCase[k] = u.ID
			}
		}
	}
	id := l.unitCase[strings.ToLower(string(b))]
	return id, id != "" && id != string(b)
}

// otherCase finds, for an unknown id, the same id all in upper or all in
// lower case, if known has it ("p3" for P3, "P-abc" for p-abc): the
// person ids that unitByCase, which looks in the units table only, does
// not see. It runs for a rejected cell only, so it may allocate.
func otherCase(id []byte, known func([]byte) bool) (string, bool) {
	for _, c := range [][]byte{bytes.ToUpper(id), bytes.ToLower(id)} {
		if !bytes.Equal(c, id) && known(c) {
			return string(c), true
		}
	}
	return "", false
}

// nipSpaced finds, for an unknown id, the same id as known has it with
// the spaces of an id of digits written otherwise (a NIP or NIK so
// written is found by graph.CanonicalID before): without the spaces of an id of
// digits and spaces (7908 0123), or, for 18 digits, with the
// NIP's spaces after its birth date, its start and its sex (8, 6, 1 and
// 3 digits). It runs for a rejected cell only, so it may allocate.
func nipSpaced(id []byte, known func([]byte) bool) (string, bool) {
	digits, spaces := 0, 0
	for _, c := range id {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ':
			spaces++
		default:
			return "", false
		}
	}
	var c []byte
	switch {
	case spaces > 0 && digits >= 8:
		c = bytes.ReplaceAll(id, []byte(" "), nil)
	case spaces == 0 && digits == 18:
		c = append(append(append(append(append(append(append([]byte(nil), id[:8]...), ' '), id[8:14]...), ' '), id[14]), ' '), id[15:]...)
	default:
		return "", false
	}
	if known(c) {
		return string(c), true
	}
	return "", false
}

// idMarked finds, for an unknown id, the same id as known has it without
// the mark an export adds to keep an id as text in a spreadsheet (a
// leading apostrophe or backquote, Excel's formula ="...", quotes around
// it), or with a leading apostrophe or as ="..." when the tables were
// exported so; mark says which, for the reason ("without the leading
// apostrophe"). It runs for a rejected cell only, so it may allocate.
func idMarked(id []byte, known func([]byte) bool) (other, mark string, ok bool) {
	s := string(id)
	strip := func(pre, suf string) (string, bool) {
		if len(s) > len(pre)+len(suf) && strings.HasPrefix(s, pre) && strings.HasSuffix(s, suf) {
			return strings.TrimSpace(s[len(pre) : len(s)-len(suf)]), true
		}
		return "", false
	}
	for _, m := range []struct{ pre, suf, name string }{
		{`="`, `"`, `without Excel's formula ="…"`},
		{`'`, `'`, "without the quotes around it"},
		{`"`, `"`, "without the quotes around it"},
		{"\u2018", "\u2019", "without the quotes around it"},
		{"\u201c", "\u201d", "without the quotes around it"},
		{`'`, ``, "without the leading apostrophe"},
		{"\u2019", ``, "without the leading apostrophe"},
		{"`", ``, "without the leading backquote"},
	} {
		if c, ok := strip(m.pre, m.suf); ok && c != "" && known([]byte(c)) {
			return c, m.name, true
		}
	}
	if c := "'" + s; known([]byte(c)) {
		return c, "with a leading apostrophe", true
	}
	if c := `="` + s + `"`; known([]byte(c)) {
		return c, `written as Excel's formula ="…"`, true
	}
	return "", "", false
}

// idTextSeparators split a cell that writes an id beside a name: "NIP -
// Nama", "Nama (NIP)", "Kode / Nama", "NIP | Nama", "Nama: NIP".
var idTextSeparators = []string{" - ", " – ", " — ", " / ", " | ", "(", ")", "[", "]", ": "}

// idWithText reports whether id, unknown, is one id that known finds
// beside other text, cut at idTextSeparators (a name written by the
// export beside the NIP or the unit's code), and gives that id. Two known
// ids in the cell are not one: otherSeparator's, or no hint. It runs for
// a rejected cell only, so it may allocate.
func idWithText(id []byte, known func([]byte) bool) (string, bool) {
	pieces := []string{string(bytes.TrimSpace(id))}
	for _, sep := range idTextSeparators {
		var next []string
		for _, p := range pieces {
			next = append(next, strings.Split(p, sep)...)
		}
		pieces = next
	}
	found, other := "", false
	for _, p := range pieces {
		switch p = strings.TrimSpace(p); {
		case p == "":
		case known([]byte(p)):
			if found != "" && found != p {
				return "", false
			}
			found = p
		default:
			other = true
		}
	}
	return found, found != "" && other
}

// otherSeparator reports whether id, unknown, is two or more ids that
// known finds, separated by ',', '|', a line break, a tab or spaces (and
// ';', when semicolon: a cell meant for one id), and names how (for the
// reason). A list in brackets is listIDs'. It runs for a rejected cell
// only, so it may allocate.
func otherSeparator(id []byte, known func([]byte) bool, semicolon bool) (string, bool) {
	s := bytes.TrimSpace(id)
	for _, sep := range []struct {
		c    byte
		name string
	}{{';', "';'"}, {',', "','"}, {'|', "'|'"}, {'\n', "line breaks"}, {'\t', "tabs"}, {' ', "spaces"}} {
		if bytes.IndexByte(s, sep.c) < 0 || (sep.c == ';' && !semicolon) {
			continue
		}
		parts := bytes.Split(s, []byte{sep.c})
		all := len(parts) >= 2
		for _, p := range parts {
			p = bytes.TrimSpace(p)
			if len(p) == 0 || !known(p) {
				all = false
				break
			}
		}
		if all {
			return sep.name, true
		}
	}
	return "", false
}

// listIDs reports whether id, unknown, is a list written as text, in
// brackets, of one or more ids that known finds all, and returns them:
// JSON's ["a","b"] as the string of an NDJSON value or a CSV cell,
// Python's ['a', 'b'], or [a, b]. Elements are separated by ',' (or ';',
// as a cell of one id may hold it), each in double or single quotes or
// none. It runs for a rejected cell only, so it may allocate.
func listIDs(id []byte, known func([]byte) bool) ([][]byte, bool) {
	s := bytes.TrimSpace(id)
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, false
	}
	s = s[1 : len(s)-1]
	sep := []byte{','}
	if bytes.IndexByte(s, ',') < 0 {
		sep = []byte{';'}
	}
	var ids [][]byte
	for _, p := range bytes.Split(s, sep) {
		p = bytes.TrimSpace(p)
		if len(p) >= 2 && (p[0] == '"' || p[0] == '\'') && p[len(p)-1] == p[0] {
			p = bytes.TrimSpace(p[1 : len(p)-1])
		}
		if len(p) == 0 || !known(p) {
			return nil, false
		}
		ids = append(ids, p)
	}
	return ids, true
}

// zeroPadded finds, for an unknown id of digits, the id with one to four
// leading zeros that known reports known: a spreadsheet that read the
// column as numbers dropped them (01 became 1). It runs on rejected rows
// only.
func zeroPadded(id []byte, known func(string) bool) (string, bool) {
	if len(id) == 0 || len(id) > 20 {
		return "", false
	}
	for _, b := range id {
		if b < '0' || b > '9' {
			return "", false
		}
	}
	for k := 1; k <= 4; k++ {
		if c := strings.Repeat("0", k) + string(id); known(c) {
			return c, true
		}
	}
	return "", false
}

// noteTrailing notes the file just read (or read until the reading
// stopped) of table t as one whose every data row ends in one delimiter
// more than its header, if it is the first such file of t: 9,134 letters
// of an export that ended each row with a comma were each rejected for
// their field count, and the message said to fix the rows, where one
// comma at the end of the header line mends them all.
func (l *loader) noteTrailing(t Table) {
	if in := l.cur; in != nil && in.Rows > 0 && in.TrailingDelims == in.Rows && l.trailFile[t] == "" {
		l.trailFile[t], l.trailDelim[t] = l.file, l.lastDelim
	}
}
