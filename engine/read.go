package engine

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/big"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/deprecated"
	"github.com/parquet-go/parquet-go/format"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/pqguard"
)

// TablePrefix begins the names of the pair tables as the Spark and Trino
// texts create them in their schema (sekat_pairs, sekat_meta, ...); Read
// takes a table folder with or without it.
const TablePrefix = "sekat_"

// ErrPairs wraps every error about pair tables that do not fit the study
// or the run (another level, window, zone or limit; an id not in the
// study; a malformed row). Read's messages say what to do.
var ErrPairs = errors.New("pair tables do not fit")

// ReadOptions say what the pair tables must have been made for.
type ReadOptions struct {
	// Level is the level analysed; the tables must be of that level.
	Level graph.Level
	// Window is the window analysed, [From, To) in Unix seconds (zero
	// bounds open). Without partitions it must be the tables' window;
	// with partitions it must lie inside the tables' window and cut no
	// period that the tables' window does not cut.
	Window graph.Window
	// Loc is the study's zone; the tables must have been made in it.
	Loc *time.Location
	// CircularUnits and MaxMeetingSize are the limits of the study; the
	// tables must have applied the same.
	CircularUnits, MaxMeetingSize int
	// Reading and Directory are the study's digests (engine.Spec's); the
	// tables' meta must hold the same: else they were computed with other
	// reading settings, or from other units or people tables.
	Reading, Directory string
	// UnitPairs says the folder is the one of --unit-pairs (unit-level
	// tables beside person-level ones), for the message when it is not of
	// the unit level.
	UnitPairs bool
	// NoTotals leaves the totals table out of the Builder: for a second
	// folder read into one Builder (the unit-level tables beside the
	// person-level ones), whose first folder gave them.
	NoTotals bool
	// FollowSymlinks allows files whose real path lies outside the folder
	// of the tables (through a symbolic link in it), as
	// ingest.StudyOptions.FollowSymlinks allows a study's. Without it such
	// a file is refused before a byte of it is read (code outsideLink).
	FollowSymlinks bool
}

// FileRead is one pair file that was read.
type FileRead struct {
	Table  string // pairs, meeting_sizes, nodes, totals, inputs, meta
	Path   string // relative to the folder given to Read, with '/'
	Period string // the partition, "" when not partitioned
	Rows   int64  // data rows
	SHA256 string // hex sha256 of the file's bytes
	// parquet says the file is Parquet: its rows are named by their
	// number (from 1), a CSV file's by their line in the file.
	parquet bool
	// semicolons says a CSV file's cells are separated by ';', as
	// Indonesian Excel saves: there '.' groups thousands (1.000 is a
	// thousand), so a number with '.' is not read as a fraction.
	semicolons bool
}

// LogInput is a row of the inputs table: how the engine read one log.
type LogInput struct {
	Table                                  string
	Rows, Rejected, Partial, OutsideWindow int64
	// Span is [first_at, last_at+1) of this log's rows with a valid time
	// (zero when the row gives none), as ingest's span of that table.
	Span graph.Window
	// Files is the number of files the log table had (0: no file, so no
	// such table), -1 when the inputs table does not say (tables made
	// before the column); FileNames names them as sekat analyze does.
	Files     int64
	FileNames string
}

// Meta is the meta table: what the SQL applied.
type Meta struct {
	FormatVersion  int64
	SekatVersion   string
	Dialect        string
	Level          string
	Every          string
	Window         graph.Window
	TimeZone       string
	CircularUnits  int64
	MaxMeetingSize int64
	// Reading and Directory are the study's digests the SQL was written
	// for (Spec.Reading, Spec.Directory).
	Reading, Directory string
}

// Result is what Read found besides the pairs it gave the Builder.
type Result struct {
	Meta  Meta
	Files []FileRead
	// Inputs are the engine's counts per log table.
	Inputs []LogInput
	// Span is [earliest, latest+1) over the event times of the logs' rows
	// with a valid time, as ingest.Result.Span.
	Span graph.Window
	// Periods are the partitions used, in order ("" for none).
	Periods []string
	// Outside sums the totals of the periods the window asked for leaves
	// out: events inside the tables' window (not counted in the inputs
	// table's rows_outside_window) but outside the one analysed.
	Outside graph.Totals
	// OutsideMeetingRows counts the attendee rows of the meetings in
	// Outside, from totals' meeting_rows; MeetingRowsKnown says every row
	// of totals had that column (tables written before it was added do
	// not, and a meeting's rows are then not known).
	OutsideMeetingRows int64
	MeetingRowsKnown   bool
}

// Read reads the pair tables in folder dir into b, a Builder over dir's
// study (b must build the person level when o.Level is PersonLevel), and
// returns what it read. Each table is a file (pairs.parquet, pairs.csv) or
// a folder of files (pairs/period=2025-01/part-0.parquet and the like:
// files whose names start with '.' or '_' are skipped; the format of each
// file is found from its first bytes). The network b then makes at
// o.Level is the one a Builder fed the study's events would make.
func Read(dir string, d *graph.Directory, b *graph.Builder, o ReadOptions) (res *Result, err error) {
	defer func() {
		var pe *PairsError
		if errors.As(err, &pe) && pe.Dir == "" {
			pe.Dir = dir
		}
	}()
	if err := CheckFolder(dir); err != nil {
		return nil, err
	}
	root, err := realFolder(dir)
	if err != nil {
		return nil, err
	}
	r := &reader{dir: dir, root: root, d: d, b: b, o: o, res: &Result{},
		totals: map[string]graph.Totals{}, ties: map[string]int64{}, meetingRows: map[string]int64{}, used: map[string]bool{}, rowsIn: map[string]map[string]int64{}, bytes: map[[3]string]string{}}
	if err := r.meta(); err != nil {
		return nil, err
	}
	for _, t := range tableOrder[1:] {
		if err := r.table(t); err != nil {
			return nil, err
		}
	}
	if err := r.whole(); err != nil {
		return nil, err
	}
	for p, tot := range r.totals {
		if !r.used[p] {
			r.res.Outside = r.res.Outside.Add(tot)
			r.res.OutsideMeetingRows += r.meetingRows[p]
		}
	}
	r.res.MeetingRowsKnown = !r.noMeetingRows
	return r.res, nil
}

// ReadInputs reads only the inputs table of the pair tables in dir: the
// engine's counts per log table and the span of their rows' times
// (Result.Inputs and Result.Span of Read), for sekat pairs --run to stop
// on a window that holds no event, as analyze does.
func ReadInputs(dir string) ([]LogInput, graph.Window, error) {
	r := &reader{dir: dir, res: &Result{}, bytes: map[[3]string]string{}, used: map[string]bool{}, rowsIn: map[string]map[string]int64{}}
	if err := r.table(TableInputs); err != nil {
		return nil, graph.Window{}, err
	}
	return r.res.Inputs, r.res.Span, nil
}

// whole refuses tables that are not whole: a part file, a period or a
// table left out of a copy, or a part file copied twice, which would
// otherwise make a smaller or larger network without a word. The engine's
// own counts tell: the letters and the data requests the totals table
// counts over all its periods are those the inputs table says were read,
// kept and inside the window; each period the totals count letters or
// requests between two nodes, or meetings of two units or more, in must
// have rows in pairs or meeting_sizes; and no two part files of a table's
// period hold the same bytes.
func (r *reader) whole() error {
	// sekat pairs writes a row of inputs for each log table, read or
	// not: without one, the counts below could not be checked
	for _, lt := range logTables {
		if !slices.ContainsFunc(r.res.Inputs, func(in LogInput) bool { return in.Table == lt }) {
			return pairsCodeErr("inputsRow", "%s: the inputs table has no row for %s; sekat pairs writes one for each of correspondence, meetings and data_sharing: copy the whole folder the engine wrote, or make the tables again", r.dir, lt)
		}
	}
	var letters, requests, meetingRows int64
	hasLetters, hasRequests, hasMeetings := false, false, false
	for _, in := range r.res.Inputs {
		switch in.Table {
		case "correspondence":
			letters, hasLetters = in.Rows-in.Rejected-in.OutsideWindow, true
		case "data_sharing":
			requests, hasRequests = in.Rows-in.Rejected-in.OutsideWindow, true
		case "meetings":
			meetingRows, hasMeetings = in.Rows-in.Rejected-in.OutsideWindow, true
		}
	}
	var all graph.Totals
	for _, tot := range r.totals {
		all.Messages += tot.Messages
		all.Granted += tot.Granted
		all.Denied += tot.Denied
		all.Pending += tot.Pending
	}
	if hasLetters && all.Messages != letters {
		return pairsCodeErr("totalsLetters", "%s: the totals table counts %d letters over its periods, and the inputs table says %d were read, kept and inside the window: a part file or a period of totals is missing or copied twice; copy the whole folder the engine wrote, or make the tables again", r.dir, all.Messages, letters)
	}
	if n := all.Granted + all.Denied + all.Pending; hasRequests && n != requests {
		return pairsCodeErr("totalsRequests", "%s: the totals table counts %d data requests over its periods, and the inputs table says %d were read, kept and inside the window: a part file or a period of totals is missing or copied twice; copy the whole folder the engine wrote, or make the tables again", r.dir, n, requests)
	}
	// the attendee rows of the meetings, where every row of totals has
	// meeting_rows (tables made before the column have none): a period
	// holding meetings and no letter or request, lost from every table,
	// was read without a word, its meetings missing from the network and
	// from summary.json's counts (the letters and requests above could
	// not tell)
	if !r.noMeetingRows && hasMeetings {
		var n int64
		for _, m := range r.meetingRows {
			n += m
		}
		if n != meetingRows {
			return pairsCodeErr("totalsMeetings", "%s: the totals table counts %d attendee rows of meetings over its periods (meeting_rows), and the inputs table says %d were read, kept and inside the window: a part file or a period of totals is missing or copied twice; copy the whole folder the engine wrote, or make the tables again", r.dir, n, meetingRows)
		}
	}
	// every period with rows of pairs, meeting_sizes or nodes has its row
	// of totals (sekat pairs writes one for each period with an event):
	// without it, that period's events are left out of the counts above
	// and below, and at the person level, where no total counts the
	// meetings of people, the rows of meeting_sizes of a period whose
	// totals part was lost were read without a word, its meetings missing
	// from summary.json's counts
	for _, t := range []string{TablePairs, TableMeetingSizes, TableNodes} {
		var orphans []string
		for p, n := range r.rowsIn[t] {
			if _, ok := r.totals[p]; n > 0 && !ok {
				orphans = append(orphans, p)
			}
		}
		if len(orphans) > 0 {
			sort.Strings(orphans)
			name := orphans[0]
			if name == "" {
				name = "(none)"
			}
			return pairsCodeErr("noTotals", "the pair tables in %s are not whole: the %s table has rows in period %s, and the totals table has no row for it (its part file is missing, or the rows come from another run), so the period's events would not be counted; copy the whole folder the engine wrote, or make the tables again", r.dir, t, name)
		}
	}
	periods := make([]string, 0, len(r.totals))
	for p := range r.totals {
		periods = append(periods, p)
	}
	sort.Strings(periods)
	for _, p := range periods {
		if !r.used[p] {
			continue
		}
		tot := r.totals[p]
		name := p
		if name == "" {
			name = "(none)"
		}
		if n := tot.Messages - tot.InternalMessages - tot.Circulars + tot.Granted + tot.Denied - tot.InternalShares; n > 0 && r.rowsIn[TablePairs][p] == 0 {
			return pairsCodeErr("noPairs", "%s: the totals table counts %d letters and data requests between units in period %s, and the pairs table has no row in it: its part files are missing; copy the whole folder the engine wrote, or make the tables again", r.dir, n, name)
		}
		// every letter, meeting and granted or denied request names a
		// node, and the nodes table lists each node an event of the period
		// names: without its rows, the nodes' internal messages and
		// circulars would be read as 0. A pending request names none (it
		// is only counted, as analyze counts it): a period holding only
		// pending requests has no row of nodes.
		if n := tot.Messages + tot.Meetings + tot.Granted + tot.Denied; n > 0 && r.rowsIn[TableNodes][p] == 0 {
			return pairsCodeErr("noNodes", "the pair tables in %s are not whole: the totals table counts %d events in period %s, and the nodes table has no row in it (the table, its period or its rows are missing), so the internal messages and circulars of its nodes would be read as 0; copy the whole folder the engine wrote, or make the tables again", r.dir, n, name)
		}
		if n := tot.Meetings - tot.MeetingsOneUnit - tot.MeetingsLarge; n > 0 && r.rowsIn[TableMeetingSizes][p] == 0 {
			return pairsCodeErr("noSizes", "%s: the totals table counts %d meetings of two units or more in period %s, and the meeting_sizes table has no row in it: its part files are missing; copy the whole folder the engine wrote, or make the tables again", r.dir, n, name)
		}
	}
	var used graph.Totals
	var ties int64
	for _, p := range periods {
		if r.used[p] {
			used = used.Add(r.totals[p])
			ties += r.ties[p]
		}
	}
	return r.rowsAddUp(used, ties)
}

// rowsAddUp checks the rows of the periods used against their totals
// (tot) where both count the same events, so that rows removed from a file
// (not only whole files or periods) are refused: every granted or denied
// request in the window is a row's data_sharing or data_denied in pairs,
// or an internal share of its node; every circular is counted at its
// sender's node; and at the unit level every letter to no other unit is
// an internal message of its node, and every meeting of k >= 2 units (not
// set aside as large) gives each of its k(k-1)/2 pairs of units one
// meeting of size k. (At the person level internal messages and a
// meeting's size are of people, which the totals do not count.) At both
// levels the letter ties, pairs' correspondence, add up to totals'
// letter_ties (ties), so a row holding letters only is checked too.
func (r *reader) rowsAddUp(tot graph.Totals, ties int64) error {
	s := &r.sums
	// sum is an int64, or a fraction as text (the meetings'): an int64
	// is written grouped as the totals' count is (it stood bare, "1457"
	// beside "1,234")
	differ := func(rows string, sum any, totals string, n int64) error {
		return pairsCodeErr("rowsSum", "%s: the rows of %s in the periods read add up to %v, and the totals table's %s is %d: rows were removed or changed; copy the whole folder the engine wrote, or make the tables again", r.dir, rows, sum, totals, n)
	}
	if n := tot.Granted + tot.Denied; s.shares != n {
		return differ("pairs (data_sharing + data_denied) + nodes (internal_shares)", s.shares, "shares_granted + shares_denied", n)
	}
	if s.circulars != tot.Circulars {
		return differ("nodes (circulars_sent)", s.circulars, "circulars", tot.Circulars)
	}
	if s.letters != ties {
		return differ("pairs (correspondence)", s.letters, "letter_ties", ties)
	}
	if r.o.Level != graph.UnitLevel {
		return nil
	}
	if s.internal != tot.InternalMessages {
		return differ("nodes (internal_messages)", s.internal, "internal_messages", tot.InternalMessages)
	}
	// the meetings: the sum over sizes k of count_k / (k(k-1)/2), a
	// fraction when a count is not a multiple of its pairs
	sum := new(big.Rat)
	for k, c := range s.sizes {
		sum.Add(sum, big.NewRat(c, k*(k-1)/2))
	}
	if n := tot.Meetings - tot.MeetingsOneUnit - tot.MeetingsLarge; sum.Cmp(new(big.Rat).SetInt64(n)) != 0 {
		var shown any = sum.RatString()
		if sum.IsInt() && sum.Num().IsInt64() {
			shown = sum.Num().Int64()
		}
		return differ("meeting_sizes (meetings / (size × (size - 1) / 2))", shown, "meetings - meetings_one_unit - meetings_large", n)
	}
	return nil
}

// kept reports whether the inputs table says any log row was kept inside
// the window: then sekat pairs wrote a totals row.
func (r *reader) kept() bool {
	for _, in := range r.res.Inputs {
		if in.Rows-in.Rejected-in.OutsideWindow > 0 {
			return true
		}
	}
	return false
}

type reader struct {
	dir string
	// root is dir with its symbolic links resolved, the folder every
	// file read must lie in (unless o.FollowSymlinks); "" checks none
	// (ReadInputs, of the folder sekat pairs --run wrote itself)
	root  string
	d     *graph.Directory
	b     *graph.Builder
	o     ReadOptions
	res   *Result
	keep  map[string]bool  // periods in the window
	start map[string]int64 // their start, clipped to the window: the time given to Builder.At
	// span is each period's [start, end), clipped to the tables' window:
	// the times its rows of pairs and meeting_sizes must lie in (times)
	span map[string]graph.Window
	// for whole: the totals of every period (also those outside the
	// window), the periods used, the data rows read per table and period,
	// and the part files read per table, period and sha256
	totals map[string]graph.Totals
	ties   map[string]int64 // totals' letter_ties per period
	// meetingRows are totals' meeting_rows per period; noMeetingRows says
	// a row of totals lacked them (tables made before the column was added)
	meetingRows   map[string]int64
	noMeetingRows bool
	used          map[string]bool
	rowsIn        map[string]map[string]int64
	// sums are the counts of the rows of pairs, meeting_sizes and nodes
	// of the periods used, which whole checks against the totals table;
	// named, the nodes that have a row of nodes in them
	sums  rowSums
	named map[int32]bool
	bytes map[[3]string]string
	// totalsSum adds up every count of every row of totals, so that no
	// sum of them over periods and columns can pass the largest int64
	totalsSum int64
	// keys holds, for each key read (table, period, nodes, size; the
	// table name of inputs), the file and row that gave it: a key in two
	// rows is refused (its counts would be added twice). One entry per
	// distinct key, as the Builder holds; paths are the files' names.
	keys     map[rowKey]rowAt
	paths    []string
	pathRows []bool // of each path: a Parquet file (FileRead.parquet)
}

// rowSums are the counts the rows of pairs, meeting_sizes and nodes of
// the periods used add up to, as far as the totals table counts them too.
type rowSums struct {
	shares    int64           // pairs' data_sharing and data_denied, nodes' internal_shares
	circulars int64           // nodes' circulars_sent
	letters   int64           // pairs' correspondence
	internal  int64           // nodes' internal_messages
	sizes     map[int64]int64 // meeting_sizes' meetings per size
}

// addSum adds the count n of a row of table t to the sum p, or refuses
// the row when the sum would pass the largest int64: wrapped around, a
// sum could come out equal to the totals it is checked against while the
// rows hold counts no log has (counts and sums are never negative here).
func addSum(f *FileRead, row int64, t string, p *int64, n int64) error {
	if n > math.MaxInt64-*p {
		return pairsCodeErr("countOverflow", "%v: the counts of table %s add up past %d, more than any log holds: the table was changed or not made by sekat pairs; make the tables again", at1(f, row), t, int64(math.MaxInt64))
	}
	*p += n
	return nil
}

// sumAdd is a count n to add to the sum at sum (addSums).
type sumAdd struct {
	sum *int64
	n   int64
}

// addSums adds each count to its sum, in order, with addSum's check.
func addSums(f *FileRead, row int64, t string, adds ...sumAdd) error {
	for _, a := range adds {
		if err := addSum(f, row, t, a.sum, a.n); err != nil {
			return err
		}
	}
	return nil
}

// logTables are the log tables the inputs table counts, one row each.
var logTables = []string{"correspondence", "meetings", "data_sharing"}

// rowKey is the key of a row of a pair table: one row per key is what
// sekat pairs writes.
type rowKey struct {
	table, period, name string
	a, b                int32
	size                int64
}

// rowAt is where a key was read: an index into reader.paths and a row.
type rowAt struct {
	file int32
	row  int64
}

// once records key k as read at row of f, or refuses it when another row
// gave it already; keyText names the key for the message.
func (r *reader) once(k rowKey, f *FileRead, row int64, keyText string) error {
	if r.keys == nil {
		r.keys = map[rowKey]rowAt{}
	}
	if len(r.paths) == 0 || r.paths[len(r.paths)-1] != f.Path {
		r.paths = append(r.paths, f.Path)
		r.pathRows = append(r.pathRows, f.parquet)
	}
	if at, ok := r.keys[k]; ok {
		if k.period != "" {
			keyText = "period " + k.period + ", " + keyText
		}
		return pairsCodeErr("duplicate", "table %s holds the key (%s) in two rows, %v and %v: its counts would be added twice. sekat pairs writes one row per key; remove the duplicate part file (an engine run that appended to the folder leaves one), or run sekat pairs again into an empty folder",
			k.table, keyText, Pos{File: r.paths[at.file], N: at.row, Row: r.pathRows[at.file]}, at1(f, row))
	}
	r.keys[k] = rowAt{file: int32(len(r.paths) - 1), row: row}
	return nil
}

// BlockCutError says that a bound of the Builder's time blocks
// (graph.Builder.SetBlocks: the weeks of compare and trend) falls inside
// a period of the pair tables. A period's rows are sums over the whole
// period, so they cannot be split between two blocks: the tables must be
// made with periods that the blocks do not cut (sekat pairs --every day
// serves every block that begins and ends at midnight), or the block's
// bound moved to a period boundary.
type BlockCutError struct {
	Dir    string // the folder of the pair tables, as given to Read
	Every  string // the tables' partition: none, day, week or month
	Period string // the period cut; "" when Every is none
	// From and To are the period as read (clipped to the window); 0 is
	// an open bound.
	From, To int64
	Bound    int64 // the block bound inside (From, To)
	// Window says the bound is an end of the window asked for, not of a
	// time block: the window, not a block, cuts the period.
	Window bool
}

func (e *BlockCutError) Error() string {
	if e.Window {
		return fmt.Sprintf("engine: the window asked for cuts the period %s; with tables partitioned by %s, begin and end the window on period boundaries (or where the tables' window does): %v", e.Period, e.Every, ErrPairs)
	}
	if e.Every == "none" {
		return fmt.Sprintf("engine: the pair tables in %s have no periods (every none), and the time blocks of the run begin or end inside their window, at %d; make them with sekat pairs --every day (or week), or analyze their window as one block", e.Dir, e.Bound)
	}
	return fmt.Sprintf("engine: the pair tables in %s are partitioned by %s, and a time block of the run begins or ends at %d, inside the period %s; make them with sekat pairs --every day, or move the date to a period boundary", e.Dir, e.Every, e.Bound, e.Period)
}

// Unwrap makes the error an ErrPairs.
func (e *BlockCutError) Unwrap() error { return ErrPairs }

// cutBy returns the first bound of bl strictly inside (from, to), 0 bounds
// open, and whether there is one.
func cutBy(bl graph.Blocks, from, to int64) (int64, bool) {
	for _, x := range bl.Bounds {
		if (from == 0 || x > from) && (to == 0 || x < to) {
			return x, true
		}
	}
	return 0, false
}

// CheckFolder tells whether dir can be a folder of pair tables, as Read
// first tells it, reading none of them: nil when it is a folder; else a
// folder that may not be read, a file (notFolder), a name inside a
// folder of tables (inTables), or a *NoPairsFolderError. A command
// checks every folder it was given so before it reads anything: a
// --unit-pairs folder that did not exist was said only once the study and
// the whole --pairs folder had been read.
func CheckFolder(dir string) (err error) {
	defer func() {
		var pe *PairsError
		if errors.As(err, &pe) && pe.Dir == "" {
			pe.Dir = dir
		}
	}()
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrPermission):
		return deniedErr(dir, err)
	case err == nil && !fi.IsDir():
		// a table given for its folder: "no such folder" of a file that
		// is there
		return pairsCodeErr("notFolder", "%s is a file, not a folder of pair tables: give the folder that holds the tables, %s", dir, filepath.Dir(dir))
	case err != nil && tablesAbove(dir) != "":
		// a table's name given for the folder (pasangan/pairs, where
		// pasangan holds pairs.parquet): "no such folder ... make them
		// with sekat pairs --run --out pasangan/pairs" sent the user to
		// make tables that are there
		return pairsCodeErr("inTables", "%s is inside the folder of pair tables %s, not that folder: give the folder, %s", dir, tablesAbove(dir), tablesAbove(dir))
	case err != nil:
		return &NoPairsFolderError{Dir: dir}
	}
	return nil
}

// NoPairsFolderError: the folder of pair tables given does not exist (or
// is not a folder). It wraps ErrPairs.
type NoPairsFolderError struct{ Dir string }

func (e *NoPairsFolderError) Error() string {
	return fmt.Sprintf("engine: %s: no such folder of pair tables; make them with sekat pairs STUDY --run --out %s (a sekat built with -tags duckdb), or give the folder an engine wrote them to: %v", e.Dir, e.Dir, ErrPairs)
}

// Unwrap returns ErrPairs.
func (e *NoPairsFolderError) Unwrap() error { return ErrPairs }

// PairsError is a refusal of pair tables that a command words in the
// user's language: Code names the reason, Args are the values its
// sentence needs (a Pos is a place in a file: a CSV line or a Parquet
// row). It wraps ErrPairs. The codes, with their Args:
//
//	duplicate        table, key, Pos, other Pos (two rows of one key)
//	noNodes          folder, events, period (totals count events, nodes has no row)
//	noPairs          folder, letters and requests, period (pairs has no row)
//	noSizes          folder, meetings, period (meeting_sizes has no row)
//	noTotals         folder, table, period (rows in a period totals has no row for)
//	rowsSum          folder, rows, their sum, totals' columns, their value (rows removed or changed)
//	nodeMissing      Pos, id (a node of pairs or meeting_sizes without a row of nodes)
//	totalsLetters    folder, letters in totals, letters in inputs
//	totalsRequests   folder, requests in totals, requests in inputs
//	totalsMeetings   folder, meeting rows in totals, meeting rows in inputs
//	missingTable     folder, table ×4 (inputs, or totals while events were kept)
//	noMeta           folder
//	metaRows         file, rows
//	version          file, version, version read
//	level            tables' level, level asked ×2, tables' level
//	unitPairsLevel   folder, tables' level (the folder of --unit-pairs)
//	zone             tables' zone, study's zone
//	circular         tables' circular_units, study's
//	maxMeeting       tables' max_meeting_size, study's
//	directory        folder (made from other units or people tables)
//	reading          folder (made with other reading settings)
//	every            file, value
//	windowOutside    from, to asked; from, to of the tables (dates in the study's zone, "…" open)
//	windowOpen       from, to asked; from, to of the tables; the flags giving the tables' window (an end asked open, the tables' closed)
//	windowNone       from, to of the tables
//	windowNoneOpen   (none: the tables' window is open at both ends)
//	partitionNone    file; neverPartitioned: file, table
//	periodMonth, periodWeek, periodDay   file, period
//	periodColumn     Pos, the period column's value, the folder's period ×2, the value (they disagree)
//	bothNames        folder, file, other folder
//	copied           folder, file, other file
//	gzip             file, the reader's words; gzipParquet: file
//	unzip            file, compression (zstd, bzip2), the reader's words
//	notText          file (a first line that is not UTF-8 text)
//	noHeader         file, its first line, table, the table's columns
//	csvFields, csvQuote   Pos; csv: Pos, the reader's words; read: file, error
//	noColumn         file, column, columns found
//	parquet          file, the reader's words
//	notFlat          file, column; decimal: file, column, type, scale
//	notNumber        Pos, column, value
//	thousands        Pos, column, value, its digits without the dots
//	inexact          Pos, column, value, FLOAT or DOUBLE, its exact limit, FLOAT or DOUBLE
//	inexactText      Pos, column, value, 2^53
//	emptyID          Pos, column; unknownID, personInUnit: Pos, column, id
//	idZeros          Pos, column, id, the study's id with leading zeros
//	nullCount        Pos, column
//	negative         Pos, column, count
//	emptyTableName   Pos
//	selfPair         Pos, id
//	meetingSize      Pos, size, max_meeting_size
//	pairOrder        Pos, source, target, target, source (meeting_sizes' source after its target)
//	meetingsShare    Pos, value (pairs' meetings not a number of 0 or more)
//	timeOutsidePeriod  Pos, column, time, its date and clock, period, from, to (dates)
//	timeOutsideWindow  Pos, column, time, its date and clock, from, to of the tables' window
//	firstAfterLast   Pos, first_at, its date and clock, last_at, its date and clock
//	sameLogs         unit-level folder, person-level folder
//	unitPairsAtUnit  folder
//	notFolder        file, its folder (a table given for the folder)
//	inTables         path, the folder of the tables ×2 (a table's name or folder given for the folder)
//	denied           file or folder (permission denied)
//	brokenLink       file, where the link points (a symbolic link to nothing)
//	linkLoop         folder (a link to a folder that holds it)
//	notRegular       file (a named pipe, a device or a socket in a table folder)
//	outsideLink      file, its real path, folder (a link out of the folder)
//	tableFileFolder  file name, table (a folder under a table file's name)
//	tableFolderFile  file name, table ×3 (a file under a table folder's name)
//	readFile         file or folder, the system's words
//	metaLevel        Pos, level (not unit or person)
type PairsError struct {
	Code string
	Args []any
	// Dir is the folder of the tables, set by Read (empty for the
	// refusals ingest makes, which name their folders).
	Dir string
	err error
}

func (e *PairsError) Error() string { return e.err.Error() }

// Unwrap gives the error with the English text, which wraps ErrPairs.
func (e *PairsError) Unwrap() error { return e.err }

// Input reports whether e refuses what the folder holds, or how the run
// asks for it: a row, a file, a table or the meta of the tables (another
// format version, a duplicate key, a missing table, another study's
// tables) or a window or level they were not made for. The user must
// make or copy the tables again, or change a flag: bad input, as a
// refused study.yaml value or --reform file is. The codes denied and
// readFile are not: a file that may not, or could not, be read (a
// permission, the system's error) is a failure, as for the study's own
// files; nor is outsideLink, a file that is not read without
// --follow-symlinks, as a study's table outside its folder is not.
func (e *PairsError) Input() bool {
	return e.Code != "denied" && e.Code != "readFile" && e.Code != "outsideLink"
}

// Pos is where in a pair file a row is: a CSV file's line (the header
// being line 1, as sekat names the lines of every CSV file), or a Parquet
// file's row number, from 1.
type Pos struct {
	File string
	N    int64
	Row  bool // a Parquet row number, not a line
}

func (p Pos) String() string {
	if p.Row {
		return fmt.Sprintf("%s row %d", p.File, p.N)
	}
	return fmt.Sprintf("%s line %d", p.File, p.N)
}

// at1 is the Pos of row n of f (as rows gives it: a line or a row).
func at1(f *FileRead, n int64) Pos { return Pos{File: f.Path, N: n, Row: f.parquet} }

// dates writes the bounds of w as dates in the study's zone, with the
// time of day when it is not midnight; an open bound is "…".
func (r *reader) dates(w graph.Window) (string, string) {
	loc := r.o.Loc
	if loc == nil {
		loc = time.UTC
	}
	d := func(x int64) string {
		if x == 0 {
			return "…"
		}
		t := time.Unix(x, 0).In(loc)
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			return t.Format("2006-01-02")
		}
		return t.Format("2006-01-02 15:04:05")
	}
	return d(w.From), d(w.To)
}

// NewPairsError is a *PairsError of code with the sentence's Args, and
// err, which must wrap ErrPairs, as its English text: for the refusals
// of pair tables that ingest makes.
func NewPairsError(code string, err error, a ...any) *PairsError {
	return &PairsError{Code: code, Args: a, err: err}
}

// deniedErr is the PairsError of a pair file or folder path that may not
// be read (err wraps fs.ErrPermission).
func deniedErr(path string, err error) error {
	return &PairsError{Code: "denied", Args: []any{path}, err: fmt.Errorf("engine: %s cannot be read (permission denied): ask its owner or the system administrator for read access, or copy the tables to a folder of yours: %w: %w", path, err, ErrPairs)}
}

// readErr is the PairsError of a pair file or folder path that could
// not be read: deniedErr for a permission, else the system's words.
func readErr(path string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return deniedErr(path, err)
	}
	return &PairsError{Code: "readFile", Args: []any{path, err.Error()}, err: fmt.Errorf("engine: %s cannot be read (%v): copy it again, or make the tables again with sekat pairs: %w", path, err, ErrPairs)}
}

// pairsCodeErr is a *PairsError with the English text format.
func pairsCodeErr(code, format string, a ...any) error {
	return &PairsError{Code: code, Args: a, err: pairsErr(format, a...)}
}

func pairsErr(format string, a ...any) error {
	return fmt.Errorf("engine: "+format+": %w", append(a, ErrPairs)...)
}

// tablesAbove returns the folder of pair tables (one with a meta and a
// pairs table, see hasTable) that dir lies in, as a table (pasangan/pairs) or a period of one
// (pasangan/pairs/period=2025-03) does, or "" when there is none.
func tablesAbove(dir string) string {
	d := filepath.Clean(dir)
	for range 2 {
		up := filepath.Dir(d)
		if up == d {
			return ""
		}
		if hasTable(up, TableMeta) && hasTable(up, TablePairs) {
			return up
		}
		d = up
	}
	return ""
}

// hasTable reports whether folder dir holds table t as a file (t.parquet,
// t.csv, t.csv.gz) or a folder (t/, sekat_t/).
func hasTable(dir, t string) bool {
	for _, name := range []string{t + ".parquet", t + ".csv", t + ".csv.gz", t + ".csv.zst", t + ".csv.bz2", t, TablePrefix + t} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

// Marker reports whether a name in an engine's table folder is no data:
// names starting with '.' or '_' (Spark's _SUCCESS, .part-0.crc, folders
// named so), checksums ending in .crc, and the empty files ending in
// _$folder$ that Hadoop on S3 (EMR) writes for each folder, which a copy
// of the bucket (aws s3 sync) brings along beside the folders:
// "period=2025-03_$folder$" was read as a part file outside its period.
// The pair reader and the study reader (a table written as a folder)
// skip them alike.
func Marker(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || strings.HasSuffix(strings.ToLower(name), ".crc") || strings.HasSuffix(name, "_$folder$")
}

// files lists the files of table t: dir/t.parquet, dir/t.csv or
// dir/t.csv.gz, or every
// file under dir/t/, in sorted order. A table folder may also be named
// sekat_t, as the Trino text's tables (sekat_pairs, ...) are named in
// their schema's folder; both names at once are refused.
func (r *reader) files(t string) ([]FileRead, error) {
	name := t
	if fi, err := os.Stat(filepath.Join(r.dir, TablePrefix+t)); err == nil && fi.IsDir() {
		for _, other := range []string{t, t + ".parquet", t + ".csv", t + ".csv.gz", t + ".csv.zst", t + ".csv.bz2"} {
			if _, err := os.Stat(filepath.Join(r.dir, other)); err == nil {
				return nil, pairsCodeErr("bothNames", "%s: both %s and the folder %s/ are there; keep one", r.dir, other, TablePrefix+t)
			}
		}
		name = TablePrefix + t
	}
	if _, err := os.ReadDir(r.dir); errors.Is(err, fs.ErrPermission) {
		// every table seemed missing ("no meta table") in a folder that
		// cannot be read
		return nil, deniedErr(r.dir, err)
	}
	var out []FileRead
	// a gzipped CSV at the top too, as in a folder (QA of session 30:
	// pairs.csv.gz beside plain tables was passed over, and the totals
	// check said the pairs' part files were missing)
	for _, ext := range []string{".parquet", ".csv", ".csv.gz", ".csv.zst", ".csv.bz2"} {
		fi, err := os.Stat(filepath.Join(r.dir, name+ext))
		switch {
		case err != nil:
			continue
		case fi.IsDir():
			// as Spark's df.write.parquet("pairs.parquet") names its
			// folder: it was passed over, and the table said missing
			return nil, pairsCodeErr("tableFileFolder", "%s is a folder, not a table file: a table written as a folder of part files is read from a folder named %s/; rename the folder so", name+ext, t)
		case !fi.Mode().IsRegular():
			// a named pipe was passed over, and the table said missing
			return nil, pairsCodeErr("notRegular", "%s is not a regular file (a named pipe, a device or a socket), so it holds no rows of a table: remove it from the folder of pair tables", name+ext)
		}
		if err := r.inside(filepath.Join(r.dir, name+ext)); err != nil {
			return nil, err
		}
		out = append(out, FileRead{Table: t, Path: name + ext})
	}
	root := filepath.Join(r.dir, name)
	if fi, err := os.Stat(root); err == nil && !fi.IsDir() {
		// a table file without its ending: passed over, the table said
		// missing
		if !fi.Mode().IsRegular() {
			return nil, pairsCodeErr("notRegular", "%s is not a regular file (a named pipe, a device or a socket), so it holds no rows of a table: remove it from the folder of pair tables", name)
		}
		return nil, pairsCodeErr("tableFolderFile", "%s is a file, not a folder of part files: a table written as one file is read as %s.parquet or %s.csv (%s.csv.gz when gzipped); rename it so, with the ending of its format", name, t, t, t)
	} else if err == nil {
		if err := r.inside(root); err != nil {
			return nil, err
		}
		err := r.walkTable(root, func(rel string) {
			f := FileRead{Table: t, Path: rel}
			for _, part := range strings.Split(path.Dir(rel), "/") {
				if v, ok := strings.CutPrefix(part, "period="); ok {
					f.Period = v
				}
			}
			out = append(out, f)
		})
		if err != nil {
			return nil, err
		}
	}
	if len(out) > 1 && out[0].Period == "" && !strings.Contains(out[0].Path, "/") && strings.Contains(out[len(out)-1].Path, "/") {
		return nil, pairsCodeErr("bothNames", "%s: both %s and the folder %s/ are there; keep one", r.dir, out[0].Path, name)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// walkTable calls add with the path (relative to r.dir, with '/') of
// each file under the table folder root, in the order of their names,
// markers left out (Marker). A symbolic link is read as what it points
// to, as the tables' files at the top of the folder are (os.Stat): a part
// file, a period folder or a table folder linked from elsewhere (a copy
// made with cp -rs, a versioned data folder whose files are links into its
// cache) is read. filepath.WalkDir passed over links without a word: a
// linked totals folder was "the totals table is missing", and a linked
// part file of a period that has others was left out unseen. A link to
// nothing, a link to a folder that holds it and a file that is neither a
// regular file nor a folder (a named pipe, a device) are refused, naming
// them; a folder that cannot be read is said as such, naming it.
func (r *reader) walkTable(root string, add func(rel string)) error {
	relOf := func(p string) string {
		rel, err := filepath.Rel(r.dir, p)
		if err != nil {
			return filepath.ToSlash(p)
		}
		return filepath.ToSlash(rel)
	}
	var walk func(dir string, up []fs.FileInfo) error
	walk = func(dir string, up []fs.FileInfo) error {
		fi, err := os.Stat(dir)
		if err != nil {
			return readErr(relOf(dir), err)
		}
		for _, a := range up {
			if os.SameFile(a, fi) {
				return pairsCodeErr("linkLoop", "%s is a symbolic link to a folder that holds it, and its files would be read again and again: remove the link", relOf(dir))
			}
		}
		up = append(up, fi)
		ents, err := os.ReadDir(dir)
		if err != nil {
			return readErr(relOf(dir), err)
		}
		for _, e := range ents {
			if Marker(e.Name()) || DesktopFile(e.Name()) {
				continue
			}
			p := filepath.Join(dir, e.Name())
			mode := e.Type()
			if mode&fs.ModeSymlink != 0 {
				fi, err := os.Stat(p)
				if errors.Is(err, fs.ErrNotExist) {
					return pairsCodeErr("brokenLink", "%s is a symbolic link to %s, which is not there (moved or deleted): its rows would be missing; copy the folder again with the files themselves (cp -rL), or put back what the link points to", relOf(p), linkTarget(p))
				}
				if err != nil {
					return readErr(relOf(p), err)
				}
				if err := r.inside(p); err != nil {
					return err
				}
				mode = fi.Mode().Type()
			}
			switch {
			case mode.IsDir():
				if err := walk(p, up); err != nil {
					return err
				}
			case mode.IsRegular():
				add(relOf(p))
			default:
				return pairsCodeErr("notRegular", "%s is not a regular file (a named pipe, a device or a socket), so it holds no rows of a table: remove it from the folder of pair tables", relOf(p))
			}
		}
		return nil
	}
	return walk(root, nil)
}

// DesktopFile reports whether a name in a table's folder is a file that
// a desktop, not an engine, puts beside the files it copies or opens:
// Excel's lock file beside a file it has open (~$data_0.csv), the
// Zone.Identifier stream Windows keeps for a downloaded file, which a copy
// into WSL or a Samba share writes as a file of its own
// (data_0.parquet:Zone.Identifier), and Windows Explorer's desktop.ini and
// Thumbs.db. None holds rows; each was read as a part file and refused as a
// CSV table without a header, the fix given to write the table again.
func DesktopFile(name string) bool {
	l := strings.ToLower(name)
	return strings.HasPrefix(name, "~$") || strings.HasSuffix(l, ":zone.identifier") || l == "desktop.ini" || l == "thumbs.db"
}

// realFolder is the folder of the tables dir with its symbolic links
// resolved: the folder given is trusted as a place, as a study folder is,
// wherever it lies.
func realFolder(dir string) (string, error) {
	root, err := filepath.EvalSymlinks(dir)
	if err == nil {
		root, err = filepath.Abs(root)
	}
	if err != nil {
		return "", readErr(dir, err)
	}
	return root, nil
}

// inside refuses the path p of a file or folder of the tables (a table
// file at the top, a table folder, or a symbolic link met in one) whose
// real path lies outside the folder of the tables, unless
// o.FollowSymlinks: a folder received from elsewhere could otherwise make
// sekat read, and quote in its refusals, any file its user can read, as
// the study reader refuses a table linked out of the study folder
// (ingest.ErrOutside). Nothing of p is read. Links that stay inside the
// folder are fine; until 2026-12-07 every link was followed wherever it
// pointed.
func (r *reader) inside(p string) error {
	if r.root == "" || r.o.FollowSymlinks {
		return nil
	}
	real, err := filepath.EvalSymlinks(p)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return nil // said where it is read (brokenLink, readErr)
	}
	if inFolder(r.root, real) {
		return nil
	}
	name := p
	if rel, err := filepath.Rel(r.dir, p); err == nil {
		name = filepath.ToSlash(rel)
	}
	return pairsCodeErr("outsideLink", "%s is a symbolic link to %s, outside the folder of pair tables %s, and was not read: copy the folder with the files themselves (cp -rL), or pass --follow-symlinks if you trust where the link points", name, real, r.dir)
}

// linkTarget is where the symbolic link p points, as it is written.
func linkTarget(p string) string {
	t, err := os.Readlink(p)
	if err != nil {
		return "?"
	}
	return t
}

// rows calls fn for each data row of file f, with the value of each
// column of cols (nil for a null) and the row's number (1-based), and
// fills f.Rows and f.SHA256.
func (r *reader) rows(f *FileRead, cols []string, fn func(vals []*string, row int64) error) error {
	if f.Period != "" {
		// A period column inside a part file of a period folder (DuckDB's
		// WRITE_PARTITION_COLUMNS, a table written by hand) must agree
		// with the folder, whose period the rows are counted in. Spark,
		// Trino and DuckDB let the folder win without a word, so a file
		// moved to another period's folder (or a folder renamed) had its
		// rows counted in the wrong period, and no check saw it when its
		// totals moved with it: refused, naming the row and both values.
		n := len(cols)
		cols = append(cols[:n:n], columnPeriod)
		inner := fn
		fn = func(vals []*string, row int64) error {
			if v := vals[n]; v != nil && strings.TrimSpace(*v) != f.Period {
				return pairsCodeErr("periodColumn", "%v: the period column holds %q, and the file lies in the folder period=%s; sekat takes each row's period from the name of its folder, as engines do, so its rows would be counted in %s: a file moved or copied into another period's folder, or a folder renamed; move the file into the folder period=%s when all its rows are of that period, or make the tables again with sekat pairs", at1(f, row), *v, f.Period, f.Period, strings.TrimSpace(*v))
			}
			return inner(vals[:n], row)
		}
	}
	p := filepath.Join(r.dir, filepath.FromSlash(f.Path))
	// The file is read as a stream, never whole: a part file Spark wrote
	// may hold gigabytes, and what the reader keeps grows with the
	// distinct keys (the Builder's pairs), not with the file's bytes.
	fh, err := os.Open(p)
	if err != nil {
		return readErr(f.Path, err) // said in the folder of the tables
	}
	defer fh.Close()
	// the sha256 first, in a pass of its own: the first row's check of a
	// part file copied twice needs it (rows computed it before the first)
	h := sha256.New()
	size, err := io.Copy(h, fh)
	if err != nil {
		return readErr(f.Path, err)
	}
	f.SHA256 = hex.EncodeToString(h.Sum(nil))
	// the first bytes, which tell the format and the compression
	b := make([]byte, 10)
	k, err := fh.ReadAt(b, 0)
	if err != nil && err != io.EOF {
		return readErr(f.Path, err)
	}
	b = b[:k]
	if bytes.HasPrefix(b, []byte("PAR1")) {
		f.parquet = true
		return r.parquetRows(f, fh, size, cols, fn)
	}
	if strings.EqualFold(filepath.Ext(f.Path), ".parquet") && !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		// not Parquet under a Parquet name: most often a copy that stopped
		// at 0 bytes, whose rows would be missing without a word if it
		// were read as an empty CSV file
		return pairsCodeErr("notParquet", "%s: not Parquet (%d bytes, without the PAR1 mark Parquet files begin with), most likely a copy that stopped: copy it again from the folder the engine wrote, or make the tables again", f.Path, size)
	}
	var rd io.Reader = bufio.NewReaderSize(io.NewSectionReader(fh, 0, size), 1<<16)
	if bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		z, err := gzip.NewReader(rd)
		if err != nil {
			return pairsCodeErr("gzip", "%s: not a gzip file that can be read (%v): copy it again from the folder the engine wrote", f.Path, err)
		}
		zb := bufio.NewReader(z)
		// a Parquet file compressed whole: its columns would be read as
		// CSV text (the reviewer saw "found PAR1^U^D..." as column names)
		if head, _ := zb.Peek(4); bytes.Equal(head, []byte("PAR1")) {
			return pairsCodeErr("gzipParquet", "%s is a Parquet file compressed whole with gzip; sekat reads Parquet files as engines write them, not gzipped (their columns are compressed inside): decompress it (gunzip) or copy it again from the folder the engine wrote", f.Path)
		}
		rd = zb
	} else if m := compressedBy(b); m != "" {
		// a CSV part file an engine compressed otherwise (DuckDB's
		// COMPRESSION zstd wrote data_0.csv.zst; Spark's compression
		// option): its bytes were read as a header of binary noise
		var err error
		if rd, err = decompress(m, rd); err != nil {
			return pairsCodeErr("unzip", "%s is compressed with %s and cannot be decompressed (%v): copy it again from the folder the engine wrote", f.Path, m, err)
		}
		if c, ok := rd.(io.Closer); ok {
			defer c.Close()
		}
	}
	return r.csvRows(f, rd, cols, fn)
}

// compressedBy names the compression whose mark b begins with, among
// those a CSV pair file may have besides gzip: "zstd", "bzip2"; else "".
func compressedBy(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return "zstd"
	case len(b) >= 10 && bytes.HasPrefix(b, []byte("BZh")) && b[3] >= '1' && b[3] <= '9' && bytes.Equal(b[4:10], []byte{0x31, 0x41, 0x59, 0x26, 0x53, 0x59}):
		return "bzip2"
	}
	return ""
}

// decompress reads rd, compressed by m (compressedBy).
func decompress(m string, rd io.Reader) (io.Reader, error) {
	if m == "bzip2" {
		return bzip2.NewReader(rd), nil
	}
	// one goroutine, and a window no engine's file needs more than, so
	// that a damaged frame cannot ask for gigabytes
	z, err := zstd.NewReader(rd, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true), zstd.WithDecoderMaxWindow(1<<28))
	if err != nil {
		return nil, err
	}
	return z.IOReadCloser(), nil
}

func (r *reader) csvRows(f *FileRead, rd io.Reader, cols []string, fn func([]*string, int64) error) error {
	br := bufio.NewReader(rd)
	// A table opened and saved again in a spreadsheet: a byte order mark,
	// and in Indonesian Excel ';' between the cells (review r3 of session
	// 15: such a file was "not made by sekat pairs").
	if b, _ := br.Peek(3); bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	first, _ := br.Peek(br.Buffered())
	if len(first) == 0 {
		first, _ = br.Peek(1 << 12)
	}
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	if i := bytes.IndexByte(first, '\n'); i < 0 {
		// a header longer than the bytes at hand: its last character
		// may be cut
		for k := 1; k <= utf8.UTFMax-1 && k <= len(first); k++ {
			if utf8.RuneStart(first[len(first)-k]) {
				if !utf8.FullRune(first[len(first)-k:]) {
					first = first[:len(first)-k]
				}
				break
			}
		}
	}
	if bytes.IndexByte(first, 0) >= 0 || !utf8.Valid(first) {
		// binary bytes (a file compressed in another way, UTF-16 text):
		// named as such, not printed as column names
		return pairsCodeErr("notText", "%s: its first line is not UTF-8 text, so it is neither Parquet nor a CSV table sekat reads (CSV uncompressed or compressed with gzip, zstd or bzip2); most likely a file compressed otherwise: write the table as Parquet, or as CSV uncompressed or gzipped, or make the tables again with sekat pairs; if it is no file of the table (a note, or a file copied in beside its parts), move it out of the folder", f.Path)
	}
	c := csv.NewReader(br)
	// the delimiter the header uses most: ',' as engines write, ';' as
	// Indonesian Excel saves, a tab (Spark's sep '\t', a TSV export) or
	// '|' (a pipe-separated export; before, its header was one column)
	for _, d := range []rune{';', '\t', '|'} {
		if bytes.Count(first, []byte(string(d))) > bytes.Count(first, []byte(string(c.Comma))) {
			c.Comma = d
		}
	}
	f.semicolons = c.Comma == ';'
	c.ReuseRecord = true
	head, err := c.Read()
	if err == io.EOF {
		return nil // an empty file: no rows
	}
	if err != nil {
		return csvErr(f, err)
	}
	if !namesAny(head, tableColumns[f.Table]) {
		// Spark writes CSV without a header unless told (header true):
		// its first row was taken for the column names
		return pairsCodeErr("noHeader", "%s: its first line (%s) names none of the columns of table %s (%s): most likely the file has no header line, as Spark writes CSV unless given the option header true; write the table with a header line, or as Parquet, or make the tables again with sekat pairs; if it is no file of the table (a note, or a file copied in beside its parts), move it out of the folder", f.Path, strings.Join(head, ","), f.Table, strings.Join(tableColumns[f.Table], ", "))
	}
	idx, err := columnIndex(f, head, cols)
	if err != nil {
		return err
	}
	vals := make([]*string, len(cols))
	cells := make([]string, len(cols))
	for {
		rec, err := c.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvErr(f, err)
		}
		f.Rows++
		for j, i := range idx {
			vals[j] = nil
			if i >= 0 && rec[i] != "" {
				cells[j] = rec[i]
				vals[j] = &cells[j]
			}
		}
		line, _ := c.FieldPos(0)
		if err := fn(vals, int64(line)); err != nil {
			return err
		}
	}
}

// namesAny reports whether a cell of head names one of cols, as
// columnIndex matches them.
func namesAny(head, cols []string) bool {
	for _, h := range head {
		for _, c := range cols {
			if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), c) {
				return true
			}
		}
	}
	return false
}

// csvErr is a CSV file that cannot be read as CSV, at the line the
// reader names.
func csvErr(f *FileRead, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return pairsCodeErr("read", "%s cannot be read (%v): copy it again from the folder the engine wrote, or make the tables again", f.Path, err)
	}
	at := Pos{File: f.Path, N: int64(pe.Line)}
	switch {
	case errors.Is(err, csv.ErrFieldCount):
		return pairsCodeErr("csvFields", "%v: the line has another number of cells than the header; the table was changed after sekat pairs wrote it: make the tables again", at)
	case errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote):
		return pairsCodeErr("csvQuote", "%v: a quote mark that CSV does not allow there; the table was changed after sekat pairs wrote it: make the tables again", at)
	}
	return pairsCodeErr("csv", "%v: not readable as CSV (%v): make the tables again", at, pe.Err)
}

// optional are the columns a table may lack: the meta columns added in
// format version 2, so that older tables are refused by their version.
// totals' meeting_rows, added within version 3, is optional too: tables
// made before it are read, their meetings' rows outside a window unknown.
// inputs' files and file_names, added within version 3 too: tables made
// before them say no missing or empty log table.
// The period column (columnPeriod) is optional too: read only to be
// compared with the folder of a part file (rows).
var optional = map[string]bool{"reading_digest": true, "directory_digest": true, "meeting_rows": true, "files": true, "file_names": true, columnPeriod: true}

// columnPeriod is the column a part file of a period folder may hold its
// rows' period in besides (rows checks that it agrees with the folder).
const columnPeriod = "period"

// columnIndex finds cols among found (case-insensitively); a missing one
// is an error, except the informational meetings column of pairs.
func columnIndex(f *FileRead, found, cols []string) ([]int, error) {
	idx := make([]int, len(cols))
	for j, c := range cols {
		idx[j] = -1
		for i, h := range found {
			if !strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), c) {
				continue
			}
			if idx[j] >= 0 {
				// which of the two the engine wrote cannot be known
				return nil, pairsCodeErr("columnTwice", "%s: column %s is there twice (%s and %s); sekat pairs writes it once: keep the one the engine wrote, or make the tables again", f.Path, c, found[idx[j]], h)
			}
			idx[j] = i
		}
		if idx[j] < 0 && optional[c] {
			continue // read as null
		}
		if idx[j] < 0 {
			return nil, pairsCodeErr("noColumn", "%s: no column %s (found %s); the table was not made by sekat pairs, or by another version", f.Path, c, strings.Join(found, ", "))
		}
	}
	return idx, nil
}

// parquetRows reads the rows of the Parquet file f, size bytes at ra, as
// rows does: a row group's pages at a time, never the whole file.
func (r *reader) parquetRows(f *FileRead, ra io.ReaderAt, size int64, cols []string, fn func([]*string, int64) error) (err error) {
	defer func() {
		if p := recover(); p != nil { // parquet-go panics on some corrupt files
			err = pairsCodeErr("parquet", "%s: unreadable Parquet (%v): copy it again from the folder the engine wrote, or make the tables again", f.Path, p)
		}
	}()
	if err := pqguard.CheckFooter(ra, size); err != nil {
		return pairsCodeErr("parquet", "%s: unreadable Parquet (%v): copy it again from the folder the engine wrote, or make the tables again", f.Path, err)
	}
	pf, err := parquet.OpenFile(ra, size)
	if err != nil {
		return pairsCodeErr("parquet", "%s: unreadable Parquet (%v): copy it again from the folder the engine wrote, or make the tables again", f.Path, err)
	}
	if err := pqguard.CheckFile(ra, size, pf.Metadata()); err != nil {
		return pairsCodeErr("parquet", "%s: unreadable Parquet (%v): copy it again from the folder the engine wrote, or make the tables again", f.Path, err)
	}
	var found []string
	leaf := map[string]int{}
	for _, c := range pf.Schema().Fields() {
		found = append(found, c.Name())
	}
	for i, path := range pf.Schema().Columns() {
		if len(path) == 1 {
			leaf[path[0]] = i
		}
	}
	idx, err := columnIndex(f, found, cols)
	if err != nil {
		return err
	}
	want := make([]int, len(cols))
	scale := make([]int, len(cols))     // of a DECIMAL column; -1 for others
	unsigned := make([]bool, len(cols)) // an unsigned 64-bit integer column
	days := make([]bool, len(cols))     // a DATE period column: days since 1970
	for j, i := range idx {
		if i < 0 { // an optional column the file lacks: null
			want[j], scale[j] = -1, -1
			continue
		}
		l, ok := leaf[found[i]]
		if !ok {
			return pairsCodeErr("notFlat", "%s: column %s is not a flat column; the table was not made by sekat pairs", f.Path, found[i])
		}
		want[j] = l
		scale[j] = -1
		if c := pf.Root().Column(found[i]); c != nil {
			// a time type: its integer is not Unix seconds (a TIMESTAMP
			// counts micro- or milliseconds, a DATE days), and read as
			// seconds it would give windows in the year 55 million
			if tn := timeTypeName(c.Type()); tn != "" && cols[j] == columnPeriod {
				// the period column (checked against the folder): a DATE
				// is compared as its date, as a day's or a week's label
				// is written; another time type says no label
				if tn == "DATE" && c.Type().Kind() == parquet.Int32 {
					days[j] = true
				} else {
					want[j] = -1
				}
			} else if tn != "" {
				return pairsCodeErr("timeType", "%s: column %s is a %s, and sekat pairs writes whole numbers there (times as Unix seconds, BIGINT): write them so (Spark unix_timestamp(x); DuckDB CAST(floor(epoch(x)) AS BIGINT); Trino CAST(to_unixtime(date_trunc('second', x)) AS BIGINT)), or make the tables again with sekat pairs", f.Path, found[i], tn)
			}
			unsigned[j] = unsigned64(c.Type())
			if lt := c.Type().LogicalType(); lt != nil {
				if d, ok := lt.Value.(*format.DecimalType); ok {
					// Spark and Trino store a DECIMAL of more than 18
					// digits (DECIMAL(38, 0), the type of a sum of
					// DECIMALs) as a byte array, read at its value too
					k := c.Type().Kind()
					bytesKind := k == parquet.FixedLenByteArray || k == parquet.ByteArray
					if (k != parquet.Int32 && k != parquet.Int64 && !bytesKind) || d.Scale < 0 || d.Scale > 38 || !bytesKind && d.Scale > 18 {
						return pairsCodeErr("decimal", "%s: column %s is a DECIMAL stored as %s with scale %d; write the counts as BIGINT", f.Path, found[i], k.String(), d.Scale)
					}
					scale[j] = int(d.Scale)
				}
			}
		}
	}
	vals := make([]*string, len(cols))
	cells := make([]string, len(cols))
	buf := make([]parquet.Row, 256)
	for _, rg := range pf.RowGroups() {
		rows := rg.Rows()
		for {
			n, err := rows.ReadRows(buf)
			for _, row := range buf[:n] {
				f.Rows++
				for j := range vals {
					vals[j] = nil
				}
				for _, v := range row {
					for j, l := range want {
						if v.Column() == l && !v.IsNull() {
							if days[j] {
								cells[j] = time.Unix(int64(v.Int32())*86400, 0).UTC().Format("2006-01-02")
							} else if scale[j] >= 0 {
								cells[j] = decimalText(v, scale[j])
							} else if unsigned[j] {
								// read signed, 2^64-1 would be -1
								cells[j] = strconv.FormatUint(v.Uint64(), 10)
							} else if lim, ok := floatLimit(v); ok {
								// a whole FLOAT past 2^24 (a DOUBLE past
								// 2^53) may be another whole number
								// rounded: read, it would move a time or a
								// count without a word
								return pairsCodeErr("inexact", "%v: %s %s is held in a %s column, which holds whole numbers exactly only up to %d, so it may have been rounded; write the column as BIGINT (CAST(x AS BIGINT) before the value is made a %s), or make the tables again with sekat pairs", at1(f, f.Rows), found[idx[j]], parquetText(v), v.Kind().String(), lim, v.Kind().String())
							} else {
								cells[j] = parquetText(v)
							}
							vals[j] = &cells[j]
						}
					}
				}
				if err := fn(vals, f.Rows); err != nil {
					rows.Close()
					return err
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				rows.Close()
				return pairsCodeErr("parquet", "%s: unreadable Parquet (%v): copy it again from the folder the engine wrote, or make the tables again", f.Path, err)
			}
		}
		rows.Close()
	}
	return nil
}

// timeTypeName names t when it is a Parquet time or date type (logical,
// legacy converted, or INT96), whose stored integers are not the Unix
// seconds of the pair tables' first_at and last_at; else "".
func timeTypeName(t parquet.Type) string {
	if t.Kind() == parquet.Int96 {
		return "INT96 timestamp"
	}
	if lt := t.LogicalType(); lt != nil {
		switch lt.Value.(type) {
		case *format.TimestampType:
			return "TIMESTAMP"
		case *format.DateType:
			return "DATE"
		case *format.TimeType:
			return "TIME"
		}
	}
	if ct := t.ConvertedType(); ct != nil {
		switch *ct {
		case deprecated.TimestampMillis, deprecated.TimestampMicros:
			return "TIMESTAMP"
		case deprecated.Date:
			return "DATE"
		case deprecated.TimeMillis, deprecated.TimeMicros:
			return "TIME"
		}
	}
	return ""
}

// unsigned64 reports whether t is an unsigned 64-bit integer (UBIGINT),
// whose values past the largest int64 would read as negative if signed.
func unsigned64(t parquet.Type) bool {
	if t.Kind() != parquet.Int64 {
		return false
	}
	if lt := t.LogicalType(); lt != nil {
		if it, ok := lt.Value.(*format.IntType); ok {
			return !it.IsSigned
		}
	}
	ct := t.ConvertedType()
	return ct != nil && *ct == deprecated.Uint64
}

// parquetText writes a Parquet value as the text a CSV cell would hold.
func parquetText(v parquet.Value) string {
	switch v.Kind() {
	case parquet.Int32:
		return strconv.FormatInt(int64(v.Int32()), 10)
	case parquet.Int64:
		return strconv.FormatInt(v.Int64(), 10)
	case parquet.Double:
		// a whole value as an integer: 'g' wrote 1735777800 as
		// 1.7357778e+09, which was then "not a whole number"
		if x := v.Double(); x == math.Trunc(x) && math.Abs(x) <= 1<<53 {
			return strconv.FormatInt(int64(x), 10)
		}
		return strconv.FormatFloat(v.Double(), 'g', -1, 64)
	case parquet.Float:
		if x := float64(v.Float()); x == math.Trunc(x) && math.Abs(x) <= 1<<24 {
			return strconv.FormatInt(int64(x), 10)
		}
		return strconv.FormatFloat(float64(v.Float()), 'g', -1, 32)
	case parquet.Boolean:
		return strconv.FormatBool(v.Boolean())
	}
	return string(v.ByteArray())
}

// floatLimit reports, for a whole FLOAT or DOUBLE value beyond the
// largest magnitude up to which every whole number is exact in its type
// (2^24, 2^53), that limit: the value may be another number rounded.
// Values within it, and fractions, are read as they are (parquetText).
func floatLimit(v parquet.Value) (int64, bool) {
	var x float64
	var lim int64
	switch v.Kind() {
	case parquet.Double:
		x, lim = v.Double(), 1<<53
	case parquet.Float:
		x, lim = float64(v.Float()), 1<<24
	default:
		return 0, false
	}
	if math.IsInf(x, 0) || x != math.Trunc(x) || math.Abs(x) <= float64(lim) {
		return 0, false
	}
	return lim, true
}

// decimalText writes a DECIMAL value (unscaled INT32 or INT64, or a
// big-endian two's complement byte array, scale digits after the point)
// as a CSV cell would hold it: a whole value as an integer (250 with scale
// 1 is "25"), else with its fraction ("2.5").
func decimalText(v parquet.Value, scale int) string {
	if k := v.Kind(); k == parquet.FixedLenByteArray || k == parquet.ByteArray {
		return bigDecimalText(v.ByteArray(), scale)
	}
	u := v.Int64()
	if v.Kind() == parquet.Int32 {
		u = int64(v.Int32())
	}
	p := int64(1)
	for range scale {
		p *= 10
	}
	if u%p == 0 {
		return strconv.FormatInt(u/p, 10)
	}
	s := strconv.FormatInt(u/p, 10)
	if u < 0 && u/p == 0 {
		s = "-0"
	}
	frac := strconv.FormatInt(max(u%p, -(u%p)), 10)
	return s + "." + strings.Repeat("0", scale-len(frac)) + strings.TrimRight(frac, "0")
}

// bigDecimalText is decimalText of an unscaled value stored as a
// big-endian two's complement byte array (a DECIMAL of up to 38 digits).
func bigDecimalText(b []byte, scale int) string {
	u := new(big.Int).SetBytes(b)
	if len(b) > 0 && b[0]&0x80 != 0 { // negative: less 2^(8 len)
		u.Sub(u, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(scale)), nil)
	q, m := new(big.Int).QuoRem(u, p, new(big.Int))
	if m.Sign() == 0 {
		return q.String()
	}
	s := q.String()
	if u.Sign() < 0 && q.Sign() == 0 {
		s = "-0"
	}
	frac := new(big.Int).Abs(m).String()
	return s + "." + strings.Repeat("0", scale-len(frac)) + strings.TrimRight(frac, "0")
}

// num reads an integer cell; a null is 0.
func num(f *FileRead, row int64, col string, v *string) (int64, error) {
	if v == nil {
		return 0, nil
	}
	n, err := strconv.ParseInt(strings.TrimSpace(*v), 10, 64)
	if errors.Is(err, strconv.ErrRange) {
		return 0, pairsCodeErr("tooLarge", "%v: %s %s is beyond the whole numbers sekat reads (%d to %d): the table was changed or not made by sekat pairs; make the tables again", at1(f, row), col, strings.TrimSpace(*v), int64(math.MinInt64), int64(math.MaxInt64))
	}
	if err != nil {
		// a whole number written as an engine writes a DOUBLE or a
		// DECIMAL in CSV (Spark 3.0 and 1.7357778E9, a DECIMAL(18,2)
		// 3.00): read where every whole number is exact in a DOUBLE
		// (not in Indonesian Excel's ';' files, where 1.000 is a thousand)
		if !f.semicolons {
			if w, ok, err := wholeText(f, row, col, strings.TrimSpace(*v)); ok || err != nil {
				return w, err
			}
		} else if t := strings.TrimSpace(*v); thousandsForm.MatchString(t) {
			// "1.000" is a whole number to a reader of Indonesian
			// Excel, a thousand: "is not a whole number" said what
			// they could not believe of it, without why it was there
			return 0, pairsCodeErr("thousands", "%v: %s %q, in a file separated by \";\", reads as %s written with thousands separators, as a spreadsheet set to Indonesian saves it, or as a number with decimals; sekat pairs writes numbers without separators, so the file was saved again after the engine wrote it: copy the file the engine wrote, or make the tables again", at1(f, row), col, *v, strings.ReplaceAll(t, ".", ""))
		}
		return 0, pairsCodeErr("notNumber", "%v: %s %q is not a whole number; sekat pairs writes whole numbers there: make the tables again", at1(f, row), col, *v)
	}
	return n, nil
}

// thousandsForm is a whole number written with dots between groups of
// three digits, as Excel set to Indonesian writes 1000 ("1.000").
var thousandsForm = regexp.MustCompile(`^[+-]?[0-9]{1,3}(\.[0-9]{3})+$`)

// wholeForm is a number with a fraction or an exponent (of at most three
// digits, so that its value stays small to compute).
var wholeForm = regexp.MustCompile(`^[+-]?[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]{1,3})?$`)

// wholeText reads s, a cell in wholeForm, when its value is a whole number
// of at most 2^53 in size (ok). A whole number beyond that is refused: an
// engine writes a DOUBLE so (pandas 9007199254740994.0, Spark 1.0E17),
// and a DOUBLE there may be another number rounded. Anything else is not
// ok, without an error (not a whole number).
func wholeText(f *FileRead, row int64, col, s string) (int64, bool, error) {
	if !wholeForm.MatchString(s) {
		return 0, false, nil
	}
	x, ok := new(big.Rat).SetString(s)
	if !ok || !x.IsInt() {
		return 0, false, nil
	}
	const lim = 1 << 53
	if n := x.Num(); n.IsInt64() && n.Int64() >= -lim && n.Int64() <= lim {
		return n.Int64(), true, nil
	}
	return 0, false, pairsCodeErr("inexactText", "%v: %s %s is a whole number written with a fraction or an exponent, as engines write a DOUBLE, and beyond %d, up to which a DOUBLE holds every whole number, so it may have been rounded; write the column as BIGINT (CAST(x AS BIGINT) before the value is made a DOUBLE), or make the tables again with sekat pairs", at1(f, row), col, s, int64(lim))
}

// zeroed finds a unit or person id of d that is v with leading zeros
// ("010203" for v "10203"), when v is all digits and not itself an id.
func zeroed(d *graph.Directory, v string) (string, bool) {
	if v == "" || strings.Trim(v, "0123456789") != "" {
		return "", false
	}
	want := strings.TrimLeft(v, "0")
	for _, nodes := range [][]graph.Node{d.Units, d.People} {
		for _, n := range nodes {
			if len(n.ID) > len(v) && strings.HasPrefix(n.ID, "0") && strings.TrimLeft(n.ID, "0") == want && strings.Trim(n.ID, "0123456789") == "" {
				return n.ID, true
			}
		}
	}
	return "", false
}

// indonesianZones are Indonesia's three time zones as Indonesians write
// them and the IANA zone each is read as, as in study.yaml's timezone
// (ingest's indonesianZones; engine does not import ingest).
var indonesianZones = map[string]string{"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}

func (r *reader) meta() error {
	fs, err := r.files(TableMeta)
	if err != nil {
		return err
	}
	if up := tablesAbove(r.dir); len(fs) == 0 && up != "" {
		// a table's folder (pasangan/pairs, partitioned) given for the
		// folder of the tables
		return pairsCodeErr("inTables", "%s is inside the folder of pair tables %s, not that folder: give the folder, %s", r.dir, up, up)
	}
	if len(fs) == 0 {
		return pairsCodeErr("noMeta", "%s: no meta table (meta.parquet or meta.csv); give the folder sekat pairs --run wrote, or the folder the SQL of sekat pairs wrote its tables to", r.dir)
	}
	// a folder meta/ of several part files (an engine's writers, one of
	// them without rows) holds the table too: before, it was "no meta
	// table"; its rows, over all the files, must be one
	var seen int
	path := fs[len(fs)-1].Path
	for i := range fs {
		f := fs[i]
		if err := r.metaRows(&f, &seen); err != nil {
			return err
		}
		if f.Rows > 0 {
			path = f.Path
		}
		r.res.Files = append(r.res.Files, f)
	}
	if seen != 1 {
		return pairsCodeErr("metaRows", "%s: %d rows; sekat pairs writes one: make the tables again", path, seen)
	}
	return r.metaFits(path)
}

// metaRows reads the rows of f, a file of the meta table, into
// r.res.Meta, counting them in seen.
func (r *reader) metaRows(f *FileRead, seen *int) error {
	m := &r.res.Meta
	return r.rows(f, tableColumns[TableMeta], func(v []*string, row int64) error {
		s := func(i int) string {
			if v[i] == nil {
				return ""
			}
			return *v[i]
		}
		*seen++
		var err error
		var n [6]int64
		for k, i := range []int{0, 5, 6, 8, 9} {
			if n[k], err = num(f, row, tableColumns[TableMeta][i], v[i]); err != nil {
				return err
			}
		}
		m.FormatVersion, m.Window.From, m.Window.To, m.CircularUnits, m.MaxMeetingSize = n[0], n[1], n[2], n[3], n[4]
		m.SekatVersion, m.Dialect, m.Level, m.Every, m.TimeZone = s(1), s(2), s(3), s(4), s(7)
		m.Reading, m.Directory = s(10), s(11)
		if m.Level != graph.UnitLevel.String() && m.Level != graph.PersonLevel.String() {
			// "UNIT" was echoed into "the tables are of the UNIT level,
			// and --level is unit: ... or analyze at the UNIT level"
			return pairsCodeErr("metaLevel", "%v: level %q is not a level sekat pairs writes (unit or person, in lower case): the table was changed or not made by sekat pairs; make the tables again", at1(f, row), m.Level)
		}
		if !slices.Contains(dialectNames[:], m.Dialect) {
			// "sparkk" was read without a word
			return pairsCodeErr("metaDialect", "%v: dialect %q is not a dialect sekat pairs writes (duckdb, spark or trino, in lower case): the table was changed or not made by sekat pairs; make the tables again", at1(f, row), m.Dialect)
		}
		if iana, ok := indonesianZones[strings.ToUpper(strings.TrimSpace(m.TimeZone))]; ok {
			m.TimeZone = iana // WIB, WITA, WIT: read as study.yaml's timezone reads them
		}
		return nil
	})
}

// metaFits checks the meta table's row, read from the file at path,
// against what the command reads: format, level, study, window.
func (r *reader) metaFits(path string) error {
	m := &r.res.Meta
	switch {
	case m.FormatVersion != FormatVersion:
		return pairsCodeErr("version", "%s: format version %d; this sekat reads version %d: make the tables again with this sekat's pairs", path, m.FormatVersion, FormatVersion)
	case m.Level != r.o.Level.String() && r.o.UnitPairs:
		return pairsCodeErr("unitPairsLevel", "the pair tables given with --unit-pairs (%s) are of the %s level; --unit-pairs takes unit-level tables of the same logs: make them with sekat pairs --level unit", r.dir, m.Level)
	case m.Level != r.o.Level.String():
		return pairsCodeErr("level", "the pair tables are of the %s level, and --level is %s: make them with sekat pairs --level %s, or analyze at the %s level", m.Level, r.o.Level.String(), r.o.Level.String(), m.Level)
	case r.o.Loc != nil && m.TimeZone != r.o.Loc.String():
		return pairsCodeErr("zone", "the pair tables were made in the time zone %s, the study's is %s: make them again with sekat pairs", m.TimeZone, r.o.Loc.String())
	case m.CircularUnits != int64(r.o.CircularUnits):
		return pairsCodeErr("circular", "the pair tables were made with circular_units %d, the study's is %d: make them again with sekat pairs", m.CircularUnits, r.o.CircularUnits)
	case m.MaxMeetingSize != int64(r.o.MaxMeetingSize):
		return pairsCodeErr("maxMeeting", "the pair tables were made with max_meeting_size %d, the study's is %d: make them again with sekat pairs", m.MaxMeetingSize, r.o.MaxMeetingSize)
	case m.Directory != r.o.Directory:
		return pairsCodeErr("directory", "the pair tables in %s were made from other units or people tables than the study's (another study, or before its units or people tables changed): make them again with sekat pairs from this study", r.dir)
	case m.Reading != r.o.Reading:
		return pairsCodeErr("reading", "the pair tables in %s were made with other reading settings of study.yaml (columns, encoding, date_order or sheet) than the study's now: make them again with sekat pairs", r.dir)
	}
	if _, ok := ParseEvery(m.Every); !ok {
		return pairsCodeErr("every", "%s: every %q: sekat pairs writes none, week, month or day: make the tables again", path, m.Every)
	}
	w, tw := r.o.Window, m.Window
	if (tw.From != 0 && w.From == 0) || (tw.To != 0 && w.To == 0) {
		// no window (or an open end) asked of tables made for one: the
		// tables cannot be widened, only read for their window
		wf, wt := r.dates(w)
		tf, tt := r.dates(tw)
		var flags []string
		for i, d := range []string{tf, tt} {
			if d == "…" {
				continue
			}
			if strings.Contains(d, " ") {
				d = `"` + d + `"`
			}
			flags = append(flags, []string{"--from ", "--to "}[i]+d)
		}
		return pairsCodeErr("windowOpen", "the window asked for (%s to %s) is open where the pair tables' window is not: the tables hold only the events of their own window, %s to %s. Run the command with %s, or make the tables without a window (sekat pairs without --from and --to)", wf, wt, tf, tt, strings.Join(flags, " "))
	}
	if !within(w, tw) {
		wf, wt := r.dates(w)
		tf, tt := r.dates(tw)
		return pairsCodeErr("windowOutside", "the window asked for (%s to %s) reaches outside the pair tables' window (%s to %s): make them for a wider window with sekat pairs --from/--to", wf, wt, tf, tt)
	}
	if m.Every == "none" {
		// one sum over the tables' window: no block bound may fall inside
		// it (checked first: the blocks, not the window, are the reason)
		if x, ok := cutBy(r.b.Blocks(), tw.From, tw.To); ok {
			return &BlockCutError{Dir: r.dir, Every: m.Every, From: tw.From, To: tw.To, Bound: x}
		}
	}
	if m.Every == "none" && w != tw && tw == (graph.Window{}) {
		return pairsCodeErr("windowNoneOpen", "the pair tables cover all the events (sekat pairs was given no --from or --to) and have no periods: analyze without --from and --to, or make them with --every month, week or day")
	}
	if m.Every == "none" && w != tw {
		tf, tt := r.dates(tw)
		return pairsCodeErr("windowNone", "the pair tables cover the window %s to %s and have no periods; analyze that window (the --from/--to given to sekat pairs), or make them with --every month, week or day", tf, tt)
	}
	return nil
}

// within reports whether window w lies inside window t.
func within(w, t graph.Window) bool {
	if t.From != 0 && (w.From == 0 || w.From < t.From) {
		return false
	}
	if t.To != 0 && (w.To == 0 || w.To > t.To) {
		return false
	}
	return true
}

// clip intersects [a, b) with window w (zero bounds open).
func clip(a, b int64, w graph.Window) (int64, int64) {
	if w.From != 0 && w.From > a {
		a = w.From
	}
	if w.To != 0 && w.To < b {
		b = w.To
	}
	return a, b
}

// periodRange returns the instants [start, end) of a period label in loc.
func periodRange(every, label string, loc *time.Location) (int64, int64, bool) {
	switch every {
	case "month":
		t, err := time.ParseInLocation("2006-01", label, loc)
		if err != nil || t.Format("2006-01") != label {
			return 0, 0, false
		}
		return t.Unix(), t.AddDate(0, 1, 0).Unix(), true
	case "week":
		t, err := time.ParseInLocation("2006-01-02", label, loc)
		if err != nil || t.Format("2006-01-02") != label || t.Weekday() != time.Monday {
			return 0, 0, false
		}
		return t.Unix(), t.AddDate(0, 0, 7).Unix(), true
	case "day":
		t, err := time.ParseInLocation("2006-01-02", label, loc)
		if err != nil || t.Format("2006-01-02") != label {
			return 0, 0, false
		}
		return t.Unix(), t.AddDate(0, 0, 1).Unix(), true
	}
	return 0, 0, false
}

// usePeriod says whether the rows of period p count: it must overlap the
// window, and the window may not cut it where the tables' window did not.
func (r *reader) usePeriod(f *FileRead) (bool, error) {
	m := &r.res.Meta
	if m.Every == "none" {
		if f.Period != "" {
			return false, pairsCodeErr("partitionNone", "%s: a partition, but the meta table says every none: copy the whole folder the engine wrote, or make the tables again", f.Path)
		}
		return true, nil
	}
	if r.keep == nil {
		r.keep = map[string]bool{}
	}
	if k, ok := r.keep[f.Period]; ok {
		return k, nil
	}
	loc := r.o.Loc
	if loc == nil {
		loc = time.UTC
	}
	if f.Period == "" {
		// a file outside the period folders: most often a table written
		// by hand without partitioning, its period a column of the file
		return false, pairsCodeErr("notPartitioned", "%s: not in a folder period=..., and the meta table says every %s: sekat takes each row's period from the name of its folder, as engines write partitioned tables (Spark partitionBy, Trino partitioned_by, DuckDB PARTITION_BY), and does not read a period column inside a file: write the table partitioned by period, or copy the whole folder the engine wrote; if it is no file of the table (a note, or a file copied in beside its parts), move it out of the folder", f.Path, m.Every)
	}
	a, b, ok := periodRange(m.Every, f.Period, loc)
	if !ok {
		switch m.Every {
		case "month":
			return false, pairsCodeErr("periodMonth", "%s: period %q is not a month (YYYY-MM)", f.Path, f.Period)
		case "week":
			return false, pairsCodeErr("periodWeek", "%s: period %q is not a week (a Monday, YYYY-MM-DD)", f.Path, f.Period)
		}
		return false, pairsCodeErr("periodDay", "%s: period %q is not a day (YYYY-MM-DD)", f.Path, f.Period)
	}
	wa, wb := clip(a, b, r.o.Window)
	if wa >= wb {
		r.keep[f.Period] = false
		return false, nil
	}
	ta, tb := clip(a, b, m.Window)
	if wa != ta || wb != tb {
		e := &BlockCutError{Dir: r.dir, Every: m.Every, Period: f.Period, From: ta, To: tb, Bound: wb, Window: true}
		if wa != ta {
			e.Bound = wa
		}
		return false, e
	}
	if x, ok := cutBy(r.b.Blocks(), wa, wb); ok {
		return false, &BlockCutError{Dir: r.dir, Every: m.Every, Period: f.Period, From: wa, To: wb, Bound: x}
	}
	if r.start == nil {
		r.start, r.span = map[string]int64{}, map[string]graph.Window{}
	}
	r.keep[f.Period], r.start[f.Period], r.span[f.Period] = true, wa, graph.Window{From: ta, To: tb}
	r.res.Periods = append(r.res.Periods, f.Period)
	sort.Strings(r.res.Periods)
	return true, nil
}

// meetingsShare checks the meetings of a row of pairs, which sekat reads
// from meeting_sizes: a number of 0 or more, written as sekat pairs
// writes it (a DOUBLE, the Newman value halved per direction: 0.25,
// 1.5), never empty. It was not read at all: a cell "banyak", -3 or NaN
// was taken without a word. In a file separated by ';', as Indonesian
// Excel saves one, a decimal comma (0,25) is read as a point.
func (r *reader) meetingsShare(f *FileRead, row int64, v *string) error {
	if v == nil {
		return pairsCodeErr("nullCount", "%v: the count %s is empty (NULL); sekat pairs writes every count, 0 included, so the table was changed or not made by sekat pairs: make the tables again", at1(f, row), "meetings")
	}
	s := strings.TrimSpace(*v)
	if f.semicolons && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || x < 0 || strings.ContainsAny(s, "_xXpP") {
		return pairsCodeErr("meetingsShare", "%v: meetings %q is not a number of 0 or more; sekat pairs writes there the pair's meetings, each shared among the units or people met and halved per direction (0, 0.25, 1.5): make the tables again", at1(f, row), *v)
	}
	return nil
}

// times checks the first_at and last_at (v[0], v[1]) of a row of pairs
// or meeting_sizes: whole Unix seconds, below 0 before 1970, or empty;
// first_at not after last_at; each inside the row's period (its folder's,
// clipped to the tables' window), or inside the tables' window when they
// have no periods, as sekat pairs writes a row in the period of its
// events' times and only events in the window. They were not read in
// pairs, and in meeting_sizes only as numbers: a first_at after last_at,
// or a time of another month, was taken without a word.
func (r *reader) times(f *FileRead, row int64, v []*string) error {
	loc := r.o.Loc
	if loc == nil {
		loc = time.UTC
	}
	date := func(x int64) string { return time.Unix(x, 0).In(loc).Format("2006-01-02 15:04:05") }
	var ts [2]int64
	for j, c := range []string{"first_at", "last_at"} {
		if v[j] == nil {
			continue
		}
		x, err := num(f, row, c, v[j])
		if err != nil {
			return err
		}
		ts[j] = x
		w := r.res.Meta.Window
		if f.Period != "" {
			w = r.span[f.Period]
		}
		if w.From != 0 && x < w.From || w.To != 0 && x >= w.To {
			from, to := r.dates(w)
			if f.Period != "" {
				return pairsCodeErr("timeOutsidePeriod", "%v: %s %d (%s) lies outside the period %s of the folder the file is in, from %s up to %s; sekat pairs writes each row in the period of its events' times: a file moved or copied into another period's folder, or a folder renamed, or the table changed; move the file into the folder of its period, or make the tables again", at1(f, row), c, x, date(x), f.Period, from, to)
			}
			return pairsCodeErr("timeOutsideWindow", "%v: %s %d (%s) lies outside the window of the tables' meta, from %s up to %s; sekat pairs writes only the events inside the window: the table or the meta table was changed; make the tables again", at1(f, row), c, x, date(x), from, to)
		}
	}
	if v[0] != nil && v[1] != nil && ts[0] > ts[1] {
		return pairsCodeErr("firstAfterLast", "%v: first_at %d (%s) is after last_at %d (%s); sekat pairs writes there the times of the pair's first and last events: the table was changed or not made by sekat pairs; make the tables again", at1(f, row), ts[0], date(ts[0]), ts[1], date(ts[1]))
	}
	return nil
}

// node finds the node of id at the level.
func (r *reader) node(f *FileRead, row int64, col string, v *string) (int32, error) {
	if v == nil {
		return 0, pairsCodeErr("emptyID", "%v: %s is empty; sekat pairs writes an id there: make the tables again", at1(f, row), col)
	}
	unit, person, ok := r.d.Lookup([]byte(*v))
	if !ok {
		if id, ok := zeroed(r.d, *v); ok {
			// the engine read the study's tables with numeric id
			// columns (a catalog table typed BIGINT): "010203" became
			// 10203, and the tables were said to be another study's
			return 0, pairsCodeErr("idZeros", "%v: %s %q is not in the study, but %q is: the engine read the ids as numbers and dropped their leading zeros (a catalog table or a schema that types the id columns as BIGINT or INTEGER); declare the id columns as text (VARCHAR, STRING) where the engine reads the study's tables, and make the tables again", at1(f, row), col, *v, id)
		}
		return 0, pairsCodeErr("unknownID", "%v: %s %q is in neither the units nor the people table of the study: the tables were made from another study", at1(f, row), col, *v)
	}
	if r.o.Level == graph.UnitLevel && person >= 0 {
		return 0, pairsCodeErr("personInUnit", "%v: %s %q is a person in a unit-level table: make the tables again with sekat pairs --level unit", at1(f, row), col, *v)
	}
	return r.b.NodeOf(r.o.Level, graph.Ref{Unit: unit, Person: person}), nil
}

func (r *reader) table(t string) error {
	fs, err := r.files(t)
	if err != nil {
		return err
	}
	if len(fs) == 0 && (t == TableInputs || t == TableTotals && r.kept()) {
		return pairsCodeErr("missingTable", "%s: no %s table (%s.parquet, %s.csv, %s.csv.gz or a folder %s/): copy the whole folder the engine wrote, or make the tables again with sekat pairs", r.dir, t, t, t, t, t)
	}
	cols := tableColumns[t]
	lvl := r.o.Level
	for i := range fs {
		f := &fs[i]
		use := true
		if partitioned[t] {
			var err error
			if use, err = r.usePeriod(f); err != nil {
				return err
			}
			if !use && t != TableTotals { // totals are read for whole
				continue
			}
			// the period's events go to the block that holds it (none
			// cuts it: usePeriod); without periods, to the one that holds
			// the window (meta)
			if !use {
			} else if f.Period != "" {
				r.b.At(r.start[f.Period])
			} else {
				r.b.At(r.o.Window.From)
			}
		} else if f.Period != "" {
			return pairsCodeErr("neverPartitioned", "%s: table %s is never partitioned: copy the whole folder the engine wrote, or make the tables again", f.Path, t)
		}
		nums := func(v []*string, row int64, from, to int) ([]int64, error) {
			out := make([]int64, to-from)
			for j := range out {
				// a count is never NULL in the tables sekat pairs
				// writes: an empty cell or a NULL read as 0 would
				// silently drop events (first_at and last_at are times)
				if c := cols[from+j]; v[from+j] == nil && c != "first_at" && c != "last_at" {
					return nil, pairsCodeErr("nullCount", "%v: the count %s is empty (NULL); sekat pairs writes every count, 0 included, so the table was changed or not made by sekat pairs: make the tables again", at1(f, row), c)
				}
				n, err := num(f, row, cols[from+j], v[from+j])
				if err != nil {
					return nil, err
				}
				if n < 0 {
					return nil, pairsCodeErr("negative", "%v: the count %s is %d, below 0; sekat pairs counts from 0, so the table was changed or not made by sekat pairs: make the tables again", at1(f, row), cols[from+j], n)
				}
				out[j] = n
			}
			return out, nil
		}
		err := r.rows(f, cols, func(v []*string, row int64) error {
			if f.Rows == 1 {
				// a file with rows copied twice: said before its rows'
				// keys are (rows computed the sha256 before the first)
				key := [3]string{t, f.Period, f.SHA256}
				if other, ok := r.bytes[key]; ok {
					return pairsCodeErr("copied", "%s: %s and %s hold the same bytes: a part file copied twice; remove the copy", r.dir, other, f.Path)
				}
				r.bytes[key] = f.Path
			}
			switch t {
			case TableInputs:
				if v[0] == nil {
					return pairsCodeErr("emptyTableName", "%v: table_name is empty; sekat pairs writes the log table's name there: make the tables again", at1(f, row))
				}
				if !slices.Contains(logTables, *v[0]) {
					// another name (another case) would leave its log's
					// counts unchecked: whole, the reject rate, --strict
					return pairsCodeErr("inputsName", "%v: table_name %q is not a log table; sekat pairs writes one row for each of correspondence, meetings and data_sharing, so named: make the tables again", at1(f, row), *v[0])
				}
				n, err := nums(v, row, 1, 5)
				if err != nil {
					return err
				}
				if err := r.once(rowKey{table: t, name: *v[0]}, f, row, "table_name "+*v[0]); err != nil {
					return err
				}
				// rows_read - rows_rejected - rows_outside_window are the
				// rows kept (whole): their subtrahend must not wrap around
				var sub int64
				if err := addSums(f, row, t, sumAdd{&sub, n[1]}, sumAdd{&sub, n[3]}); err != nil {
					return err
				}
				in := LogInput{Table: *v[0], Rows: n[0], Rejected: n[1], Partial: n[2], OutsideWindow: n[3], Files: -1}
				if v[7] != nil {
					k, err := num(f, row, "files", v[7])
					if err != nil {
						return err
					}
					if k < 0 {
						return pairsCodeErr("negative", "%v: the count %s is %d, below 0; sekat pairs counts from 0, so the table was changed or not made by sekat pairs: make the tables again", at1(f, row), "files", k)
					}
					in.Files = k
					if v[8] != nil {
						in.FileNames = *v[8]
					}
				}
				if v[5] != nil && v[6] != nil {
					var a, b int64
					if a, err = num(f, row, "first_at", v[5]); err == nil {
						b, err = num(f, row, "last_at", v[6])
					}
					if err != nil {
						return err
					}
					in.Span = graph.Window{From: a, To: b + 1}
					if r.res.Span.From == 0 || a < r.res.Span.From {
						r.res.Span.From = a
					}
					if b+1 > r.res.Span.To {
						r.res.Span.To = b + 1
					}
				}
				r.res.Inputs = append(r.res.Inputs, in)
			case TableTotals:
				last := len(cols) - 1 // meeting_rows, optional
				n, err := nums(v, row, 0, last)
				if err != nil {
					return err
				}
				if v[last] == nil {
					r.noMeetingRows = true
				} else {
					m, err := nums(v, row, last, len(cols))
					if err != nil {
						return err
					}
					r.meetingRows[f.Period] += m[0]
				}
				if err := r.once(rowKey{table: t, period: f.Period}, f, row, "the one row of totals"); err != nil {
					return err
				}
				// every count of every row, over all periods: below the
				// largest int64, no sum whole makes of them (over the
				// periods, of several columns) wraps around. Two periods'
				// messages of 2^63-1 and one of 4 added up to 2, and were
				// taken for the 2 letters the inputs table said were read.
				adds := make([]sumAdd, 0, len(cols))
				for _, c := range n {
					adds = append(adds, sumAdd{&r.totalsSum, c})
				}
				if v[last] != nil {
					adds = append(adds, sumAdd{&r.totalsSum, r.meetingRows[f.Period]})
				}
				if err := addSums(f, row, t, adds...); err != nil {
					return err
				}
				tot := graph.Totals{Messages: n[0], InternalMessages: n[1], Circulars: n[2], Meetings: n[3], MeetingsOneUnit: n[4], MeetingsLarge: n[5],
					Granted: n[6], Denied: n[7], Pending: n[8], InternalShares: n[9]}
				r.totals[f.Period] = r.totals[f.Period].Add(tot)
				r.ties[f.Period] += n[10]
				if r.o.NoTotals || !use {
					return nil
				}
				r.b.AddTotals(tot)
			case TableNodes:
				x, err := r.node(f, row, "node", v[0])
				if err != nil {
					return err
				}
				n, err := nums(v, row, 1, len(cols))
				if err != nil {
					return err
				}
				if err := r.once(rowKey{table: t, period: f.Period, a: x}, f, row, "node "+*v[0]); err != nil {
					return err
				}
				if err := addSums(f, row, t, sumAdd{&r.sums.internal, n[0]}, sumAdd{&r.sums.shares, n[1]}, sumAdd{&r.sums.circulars, n[3]}); err != nil {
					return err
				}
				r.b.AddNode(lvl, x, graph.Counts{InternalMessages: n[0], InternalShares: n[1], LargeMeetings: n[2], Circulars: n[3]})
				if r.named == nil {
					r.named = map[int32]bool{}
				}
				r.named[x] = true
			case TablePairs, TableMeetingSizes:
				u, err := r.node(f, row, "source", v[0])
				if err != nil {
					return err
				}
				w, err := r.node(f, row, "target", v[1])
				if err != nil {
					return err
				}
				// every node an event names has a row of nodes (nodes is
				// read first): a pair without one lost rows of nodes
				for _, x := range []struct {
					n  int32
					id string
				}{{u, *v[0]}, {w, *v[1]}} {
					// (a period without rows of nodes: whole says so)
					if r.rowsIn[TableNodes][f.Period] > 0 && !r.named[x.n] {
						return pairsCodeErr("nodeMissing", "%v: %q has no row in the nodes table of the periods read, which lists every node an event names (rows were removed); copy the whole folder the engine wrote, or make the tables again", at1(f, row), x.id)
					}
				}
				if u == w {
					return pairsCodeErr("selfPair", "%v: source and target are both %q; a pair joins two nodes: make the tables again", at1(f, row), *v[0])
				}
				// meeting_sizes holds an unordered pair once, the smaller
				// id first, as the SQL joins the attendees (a.node <
				// b.node: the ids' bytes, in DuckDB, Spark and Trino
				// alike); a row written the other way round was read as
				// another key, and a pair written both ways counted its
				// meetings twice, unseen at person level
				if t == TableMeetingSizes && *v[0] > *v[1] {
					return pairsCodeErr("pairOrder", "%v: source %q comes after target %q; meeting_sizes holds each pair of nodes once, the smaller id first (source < target, the ids compared byte by byte, as sekat pairs writes them): write the row with source %q and target %q, or make the tables again", at1(f, row), *v[0], *v[1], *v[1], *v[0])
				}
				// the counts (of pairs: correspondence, data_sharing and
				// data_denied; its meetings, a fraction, are checked
				// apart), then first_at and last_at, times, which before
				// 1970 are below 0 (as in inputs)
				var n []int64
				if t == TableMeetingSizes {
					n, err = nums(v, row, 2, 4)
				} else if n, err = nums(v, row, 2, 3); err == nil {
					if err = r.meetingsShare(f, row, v[3]); err == nil {
						var g []int64
						g, err = nums(v, row, 4, 6)
						n = append(n, g...)
					}
				}
				if err != nil {
					return err
				}
				if err := r.times(f, row, v[len(cols)-2:]); err != nil {
					return err
				}
				k := rowKey{table: t, period: f.Period, a: u, b: w}
				kt := "source " + *v[0] + ", target " + *v[1]
				if t == TableMeetingSizes {
					k.size = n[0]
					kt += ", size " + strconv.FormatInt(n[0], 10)
				}
				if err := r.once(k, f, row, kt); err != nil {
					return err
				}
				if t == TablePairs {
					if err := addSums(f, row, t, sumAdd{&r.sums.letters, n[0]}, sumAdd{&r.sums.shares, n[1]}, sumAdd{&r.sums.shares, n[2]}); err != nil {
						return err
					}
					r.b.AddPair(lvl, u, w, graph.Correspondence, n[0])
					r.b.AddPair(lvl, u, w, graph.DataSharing, n[1])
					r.b.AddPair(lvl, u, w, graph.DataDenied, n[2])
					return nil
				}
				if n[0] < 2 || n[0] > int64(r.o.MaxMeetingSize) {
					return pairsCodeErr("meetingSize", "%v: meeting size %d; it must be from 2 to max_meeting_size %d: make the tables again", at1(f, row), n[0], r.o.MaxMeetingSize)
				}
				if r.sums.sizes == nil {
					r.sums.sizes = map[int64]int64{}
				}
				c := r.sums.sizes[n[0]]
				if err := addSum(f, row, t, &c, n[1]); err != nil {
					return err
				}
				r.sums.sizes[n[0]] = c
				r.b.AddMeetings(lvl, u, w, int32(n[0]), n[1])
			}
			return nil
		})
		if err != nil {
			return err
		}
		if !use {
			continue
		}
		r.used[f.Period] = true
		if r.rowsIn[t] == nil {
			r.rowsIn[t] = map[string]int64{}
		}
		r.rowsIn[t][f.Period] += f.Rows
		r.res.Files = append(r.res.Files, *f)
	}
	return nil
}
