package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// This file holds what Load does beside reading rows: the per-table
// settings of study.yaml, the per-file reading of times (Excel serials,
// month first), the refusal of ids that Excel damaged, and the warnings.

// ErrExcelNumber is wrapped by an *ExcelIDError.
var ErrExcelNumber = errors.New("id damaged by a spreadsheet")

// ExcelIDError is an id that a spreadsheet turned into a number: written
// in scientific notation (1.97902E+17, 1,97902E+17) or with a decimal
// ".0" after a long number (197902212001071000.0). Such ids have lost
// their last digits (a number keeps 15 significant digits; a NIP has 18),
// so thousands of people collapse into a few hundred ids without a single
// row being rejected. Load stops at the first one.
type ExcelIDError struct {
	File       string
	Line       int64
	Column     string // as named in the file
	Value      string // for display
	Scientific bool   // else a decimal ".0"
	// Zeros of Long (when Long > 0): the people file's long numeric ids
	// that end in 000 (see nipCount); Value is the first, at Line.
	Zeros, Long int64
	// Parquet: the file is Parquet, whose column held floating-point
	// numbers (DOUBLE): the fix is in the export, not in Excel.
	Parquet bool
	// Float: Zeros of the Long ids of 18 or 19 digits are written as a
	// floating-point number prints itself (see nipCount): the ids went
	// through floating-point numbers in the export.
	Float bool
}

func (e *ExcelIDError) Error() string {
	what := "an id in scientific notation: Excel turned the column into numbers and kept only 15 digits, so different ids became the same"
	switch {
	case e.Float:
		return fmt.Sprintf("ingest: %s line %d column %s: %q is the first of %d of the %d ids of 18 or 19 digits written as a floating-point number prints itself (as JavaScript's JSON or a DOUBLE column writes numbers): they went through floating-point numbers, which keep 15 to 17 digits, so different people may now share an id; the lost digits cannot be recovered from this file: export the ids as text (strings) or as whole numbers, then export again",
			e.File, e.Line, e.Column, e.Value, e.Zeros, e.Long)
	case e.Long > 0:
		what = fmt.Sprintf("the first of %d of the %d ids of 16 to 19 digits that end in 000: a spreadsheet kept the column as numbers with 15 significant digits and wrote them out with zeros, so different people now share an id", e.Zeros, e.Long)
	case !e.Scientific:
		what = "an id written as a decimal number (.0): a spreadsheet or a script turned the column into numbers, which keep only 15 digits"
	}
	if e.Parquet {
		return fmt.Sprintf("ingest: %s line %d column %s: %q is an id stored as a floating-point number (DOUBLE), which keeps only 15 to 17 digits, so different ids may have become the same; the lost digits cannot be recovered from this file: write the id column as text (STRING) or as a whole number (INT64) in the export, then export again",
			e.File, e.Line, e.Column, e.Value)
	}
	return fmt.Sprintf("ingest: %s line %d column %s: %q is %s; the lost digits cannot be recovered from this file: in Excel format the column as Text before the ids go in (Data > From Text/CSV, column type Text, or open the e-office export that way), then export again",
		e.File, e.Line, e.Column, e.Value, what)
}

// Unwrap returns ErrExcelNumber.
func (e *ExcelIDError) Unwrap() error { return ErrExcelNumber }

// excelDamage reports whether id looks like a number a spreadsheet made
// of an id: digits in scientific notation with a decimal separator or an
// explicit '+' exponent (1.97902E+17, 1,97902E+17, 2E+05; not 2E5, which
// may be an id), or six or more digits followed by a decimal separator
// and only zeros (197902212001071000.0).
func excelDamage(id []byte) (damaged, scientific bool) {
	i := 0
	for i < len(id) && tpIsDigit(id[i]) {
		i++
	}
	whole := i
	if whole == 0 || i == len(id) {
		return false, false
	}
	sep, zeros := false, true
	if id[i] == '.' || id[i] == ',' {
		sep = true
		i++
		start := i
		for i < len(id) && tpIsDigit(id[i]) {
			zeros = zeros && id[i] == '0'
			i++
		}
		if i == len(id) {
			return i > start && zeros && whole >= 6, false
		}
	}
	if id[i] != 'e' && id[i] != 'E' {
		return false, false
	}
	i++
	plus := i < len(id) && id[i] == '+'
	if plus {
		i++
	}
	exp := len(id) - i
	if exp < 1 || exp > 3 || !(plus || sep) {
		return false, false
	}
	for ; i < len(id); i++ {
		if !tpIsDigit(id[i]) {
			return false, false
		}
	}
	return true, true
}

// idColumns are the positions (in the table's cols: required, then
// optional) of the columns that hold ids, and whether a cell holds a list.
var idColumns = [NumTables][]struct {
	pos  int
	name string
	list bool
}{
	Units:          {{0, "unit_id", false}},
	People:         {{0, "person_id", false}, {1, "unit_id", false}},
	Correspondence: {{1, "sender", false}, {2, "recipients", true}, {3, "cc", true}},
	Meetings:       {{2, "attendee", false}, {3, "organizer", false}},
	DataSharing:    {{1, "provider", false}, {2, "consumer", false}},
}

// preparer works on the reader's goroutine, on each batch before it is
// handed over (so that the two cores share the work): it checks every id
// cell of each good row for spreadsheet damage (a damaged id makes the
// row's error an *ExcelIDError, which stops the load there), and for
// letters splits the sender, recipients and cc cells into ids, each with
// what Directory.Lookup gave (see prepID). It reads only what does not
// change while a file is read: the study, the file's name, the directory.
// Cells with a dictionary code (see Value) are checked and, when they are
// one id, looked up once per code.
type preparer struct {
	l     *loader
	t     Table
	c     cols
	file  string
	dir   *graph.Directory // set for letters
	cache []dictCache      // per bound column
}

// prepID is one id of a letter's cell with Directory.Lookup's answer; col
// is 0 for the sender, 1 for recipients, 2 for cc; the id is the nth
// (from 0) that nextID splits off the cell (see idCursor). It holds no
// pointer, so that the preparer writes it without a write barrier, and
// takes 16 bytes.
type prepID struct {
	unit, person int32
	nth          uint32
	found        bool
	col          uint8
}

// nextID splits the first ';'-separated id off a cell, trimmed as
// bytes.TrimSpace trims (it may be empty), and returns the rest.
func nextID(cell []byte) (id, rest []byte) {
	if k := indexSemicolon(cell); k >= 0 {
		return trimID(cell[:k]), cell[k+1:]
	}
	return trimID(cell), nil
}

// indexSemicolon is bytes.IndexByte(b, ';') for the short cells of ids:
// it looks at eight bytes at a time in a register, where IndexByte's
// call and set-up cost more than an id's few bytes (nextID was a tenth
// of BenchmarkIngestParquet_10M's CPU). A word's lowest byte equal to ';'
// is found exactly: (x-0x01..)&^x&0x80.. marks each zero byte of x and,
// through the borrow, perhaps bytes above one, never below.
func indexSemicolon(b []byte) int {
	const ones, highs, semis = 0x0101010101010101, 0x8080808080808080, 0x3b3b3b3b3b3b3b3b
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:]) ^ semis
		if t := (x - ones) &^ x & highs; t != 0 {
			return i + bits.TrailingZeros64(t)/8
		}
	}
	for ; i < len(b); i++ {
		if b[i] == ';' {
			return i
		}
	}
	return -1
}

// idCursor finds the bytes of a letter's prepared ids in one pass over
// each cell when they are asked for in the preparer's order (starting
// over at every id, a cell of n unknown ids would cost n²).
type idCursor struct {
	ok   bool
	col  uint8
	n    uint32 // the nth id of the cell comes next
	rest []byte
}

// bytes returns the bytes of id, prepared from cell v: the id's nth
// non-empty id of the trimmed cell, as the preparer counted them (a
// sender's cell is one id). It goes on from the last id asked for when
// id is later in the same cell.
func (c *idCursor) bytes(id prepID, v Value) []byte {
	if id.col == 0 {
		return text(v)
	}
	if !c.ok || c.col != id.col || id.nth < c.n {
		*c = idCursor{ok: true, col: id.col, rest: text(v)}
	}
	for len(c.rest) > 0 {
		var x []byte
		if x, c.rest = nextID(c.rest); len(x) == 0 {
			continue
		}
		if c.n == id.nth {
			c.n++
			return x
		}
		c.n++
	}
	return nil
}

func (l *loader) newPreparer(t Table, c cols, n int) *preparer {
	p := &preparer{l: l, t: t, c: c, file: l.file, cache: make([]dictCache, n)}
	if t == Correspondence {
		p.dir = l.dir
	}
	return p
}

// dictCache holds the entries of the dictionary a column's codes came
// from last. A column's codes change dictionary only between row groups
// (see Value), so a code of another dictionary empties it.
type dictCache struct {
	serial uint32 // the high half of the codes
	ents   []dictEnt
}

// entry returns the cache entry of the dictionary code of cell v of bound
// column pos, or nil when it has none.
func (p *preparer) entry(pos int, v Value) *dictEnt {
	idx := int(uint32(v.I))
	if v.I == 0 || v.Kind != Bytes || pos >= len(p.cache) || idx >= dictMax {
		return nil
	}
	dc := &p.cache[pos]
	if serial := uint32(v.I >> 32); serial != dc.serial {
		dc.serial = serial
		clear(dc.ents)
	}
	if idx >= len(dc.ents) {
		dc.ents = append(dc.ents, make([]dictEnt, max(idx+1, 2*len(dc.ents))-len(dc.ents))...)
	}
	return &dc.ents[idx]
}

// batch prepares the good rows of b.
func (p *preparer) batch(b *rowBatch) {
	b.pids = b.pids[:0]
	for i := 0; i < b.n; i++ {
		if b.errs[i] == nil {
			if p.dir != nil {
				start := len(b.pids)
				if err := p.letter(b, b.row(i), b.lines[i]); err != nil {
					b.pids, b.errs[i] = b.pids[:start], err
				}
			} else if err := p.check(b.row(i), b.lines[i]); err != nil {
				b.errs[i] = err
			}
		}
		b.pend[i] = int32(len(b.pids))
	}
}

// check checks the id cells of one row for spreadsheet damage.
func (p *preparer) check(row []Value, line int64) error {
	ics := idColumns[p.t]
	for k := range ics {
		ic := &ics[k]
		if !p.c.has(ic.pos) {
			continue
		}
		pos := p.c[ic.pos]
		v := row[pos]
		if v.Kind != Bytes {
			continue
		}
		e := p.entry(pos, v)
		if e != nil && e.clean {
			continue
		}
		if idMayStartWithDigit(v.B, ic.list) {
			if err := p.excelCheck(ic.name, ic.list, v.B, line); err != nil {
				return err
			}
		}
		if e != nil {
			e.clean = true
		}
	}
	return nil
}

// letterCols are the names of a letter's id columns, in the order of
// idColumns[Correspondence] and of prepID.col.
var letterCols = [3]string{"sender", "recipients", "cc"}

// letter adds the ids of one letter's sender, recipients and cc cells,
// checking them for spreadsheet damage on the way (as check does, in the
// same order).
func (p *preparer) letter(b *rowBatch, row []Value, line int64) error {
	c := p.c
	for col := uint8(0); col < 3; col++ {
		if !c.has(int(col) + 1) {
			continue
		}
		pos := c[col+1]
		v := row[pos]
		e := p.entry(pos, v)
		if e != nil {
			if !e.clean {
				if idMayStartWithDigit(v.B, col > 0) {
					if err := p.excelCheck(letterCols[col], col > 0, v.B, line); err != nil {
						return err
					}
				}
				e.clean = true
			}
			if !e.looked {
				e.looked = true
				if id := text(v); len(id) > 0 && (col == 0 || bytes.IndexByte(id, ';') < 0) {
					e.unit, e.person, e.found = p.dir.Lookup(id)
				}
			}
			if e.found {
				b.pids = append(b.pids, prepID{unit: e.unit, person: e.person, found: true, col: col})
				continue
			}
		}
		// An id that excelDamage finds starts with a digit once trimmed;
		// a cell with a code was checked whole above.
		check := e == nil && v.Kind == Bytes
		if col == 0 {
			id := text(v)
			if check && len(id) > 0 && '0' <= id[0] && id[0] <= '9' {
				if bad, sci := excelDamage(id); bad {
					return p.excelError(letterCols[col], id, sci, line)
				}
			}
			u, per, ok := p.dir.Lookup(id)
			b.pids = append(b.pids, prepID{unit: u, person: per, found: ok && len(id) > 0})
			continue
		}
		nth := uint32(0)
		for cell := text(v); len(cell) > 0; {
			var id []byte
			if id, cell = nextID(cell); len(id) == 0 {
				continue
			}
			if check && '0' <= id[0] && id[0] <= '9' {
				if bad, sci := excelDamage(id); bad {
					return p.excelError(letterCols[col], id, sci, line)
				}
			}
			u, per, ok := p.dir.Lookup(id)
			b.pids = append(b.pids, prepID{unit: u, person: per, nth: nth, found: ok, col: col})
			nth++
		}
	}
	return nil
}

// excelError is the *ExcelIDError for id of column name at line.
func (p *preparer) excelError(name string, id []byte, sci bool, line int64) error {
	f, _, _ := FormatOf(p.file)
	return &ExcelIDError{File: p.file, Line: line, Column: p.l.colName(p.t, name), Value: displayValue(id), Scientific: sci, Parquet: f == "parquet"}
}

// excelCheck returns an *ExcelIDError for the first id of cell b (with
// list, each ';'-separated part) that excelDamage finds.
func (p *preparer) excelCheck(name string, list bool, b []byte, line int64) error {
	for len(b) > 0 {
		id := b
		if list {
			if k := bytes.IndexByte(b, ';'); k >= 0 {
				id, b = b[:k], b[k+1:]
			} else {
				b = nil
			}
		} else {
			b = nil
		}
		id = bytes.TrimSpace(id)
		if bad, sci := excelDamage(id); bad {
			return p.excelError(name, id, sci, line)
		}
	}
	return nil
}

// idMayStartWithDigit reports whether an id of cell b (the whole cell, or
// with list each ';'-separated part), trimmed as bytes.TrimSpace trims,
// may start with a digit: only such an id can be one excelDamage finds.
// It looks at the first byte after the ASCII spaces at the start of each
// id: a digit, or a byte outside ASCII (TrimSpace also trims Unicode
// spaces, which may come before a digit), makes it answer true. It is the
// cheap test that spares the ids of most rows the full check.
func idMayStartWithDigit(b []byte, list bool) bool {
	for {
		i := 0
		for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\v' || b[i] == '\f' || b[i] == '\r') {
			i++
		}
		if i < len(b) {
			if c := b[i]; c >= 0x80 || ('0' <= c && c <= '9') {
				return true
			}
		}
		if !list {
			return false
		}
		k := bytes.IndexByte(b[i:], ';')
		if k < 0 {
			return false
		}
		b = b[i+k+1:]
	}
}

// openOptions are the options a file of table t is opened with.
func (l *loader) openOptions(t Table) OpenOptions {
	return OpenOptions{MaxSpool: l.opt.MaxSpool, Encoding: l.s.enc[t], Sheet: l.s.sheet[t], FewValuesNoRow: t >= Correspondence}
}

// fileTimes is how the current file's times are read, and what was seen
// that deserves a warning.
type fileTimes struct {
	t    Table
	opts tpOpts
	// quiet: serials are no news (an .xlsx stores every date as one)
	quiet bool
	// the first column and value of each kind of warning, and how many
	serialN, mdyN int64
	serialCols    []string // the contract names of the columns with serials
	mdyCol        string
	serialV, mdyV string
	// swapN: the dates read day first that month first are other dates
	// (tpSwappable), swapV the first of them
	swapN int64
	swapV string
	// dayN: the dates that are valid day first only (tpDayFirstOnly),
	// dayV the first of them
	dayN int64
	dayV string
	// shown maps the contract names of the file's bound columns to their
	// names as its header writes them (see loader.colName); set by bind.
	shown map[string]string
	// foot: see guard.foot; set during a sharded read only.
	foot *atomic.Bool
}

// beginFile sets how the times of table t's file tf are read.
func (l *loader) beginFile(t Table, tf *table) {
	ft := fileTimes{t: t, opts: tpSerial}
	if l.s.monthFirst[t] {
		ft.opts |= tpMonthFirst
	}
	if x, ok := tf.Source.(*xlsxSource); ok {
		ft.quiet = true
		if x.date1904 {
			ft.opts |= tpDate1904
		}
	}
	l.ft = ft
	l.tf = tf
	l.skip = skipped{}
}

// endFile passes on the warnings of the file just read.
func (l *loader) endFile() {
	ft, name := &l.ft, l.s.displayName(l.cur.Path)
	if tf := l.tf; tf != nil && tf.dec != nil && tf.dec.detected {
		l.warn(Warning{Code: WarnEncoding, Table: ft.t.String(), File: name, Reason: tf.dec.Encoding().String()})
	}
	if tf := l.tf; tf != nil && tf.dec != nil {
		if n, first := tf.dec.MixedUTF8(); n > 0 {
			l.warn(Warning{Code: WarnMixedEncoding, Table: ft.t.String(), File: name, Count: n, Value: first, Other: charmapText(first)})
		}
	}
	if tf := l.tf; tf != nil {
		if x, ok := tf.Source.(*xlsxSource); ok && len(x.unread) > 0 {
			l.warn(Warning{Code: WarnSheetsNotRead, Table: ft.t.String(), File: name, Value: x.sheet, Other: strings.Join(x.unread, ", "), Count: int64(len(x.unread))})
		}
		if x, ok := tf.Source.(*xlsxSource); ok && x.hidden > 0 {
			l.warn(Warning{Code: WarnHiddenRows, Table: ft.t.String(), File: name, Value: x.sheet, Count: x.hidden, Line: x.hiddenFirst})
		}
	}
	l.warnSkipped(ft.t, name)
	if ft.serialN > 0 {
		cols := make([]string, len(ft.serialCols))
		for i, c := range ft.serialCols {
			cols[i] = l.colName(ft.t, c)
		}
		l.warn(Warning{Code: WarnExcelSerial, Table: ft.t.String(), File: name, Column: strings.Join(cols, ", "), Count: ft.serialN, Value: ft.serialV})
	}
	if ft.mdyN > 0 {
		l.warn(Warning{Code: WarnMonthFirst, Table: ft.t.String(), File: name, Column: ft.mdyCol, Count: ft.mdyN, Value: ft.mdyV, DayFirst: ft.swapN, Other: ft.swapV,
			DayFirstOnly: ft.dayN, DayFirstOnlyValue: ft.dayV})
	}
	l.tf = nil
}

// dayOrder counts a numeric date read day first, b, whose info says that
// month first it is another date (tpSwappable) or none (tpDayFirstOnly).
func (ft *fileTimes) dayOrder(info uint8, b []byte) {
	switch {
	case info&tpSwappable != 0:
		if ft.swapN == 0 {
			ft.swapV = displayValue(tpTrim(b))
		}
		ft.swapN++
	case info&tpDayFirstOnly != 0:
		if ft.dayN == 0 {
			ft.dayV = displayValue(tpTrim(b))
		}
		ft.dayN++
	}
}

// timeOf reads a time cell of column col (a contract name) of table t with
// the file's options, and keeps count of what deserves a warning and of
// the span of each log table.
func (l *loader) timeOf(t Table, col string, v Value) (int64, bool, error) {
	var sec int64
	var dateOnly bool
	var err error
	if v.Kind == Bytes {
		var info uint8
		sec, info, err = parseTime(v.B, l.s.Loc, l.ft.opts, &l.day)
		dateOnly = info&tpDateOnly != 0
		ft := &l.ft
		switch {
		case err == nil && info&tpWasSerial != 0 && !ft.quiet:
			if ft.serialN == 0 {
				ft.serialV = displayValue(tpTrim(v.B))
			}
			if !slices.Contains(ft.serialCols, col) { // a file has a few time columns
				ft.serialCols = append(ft.serialCols, col)
			}
			ft.serialN++
		case err != nil && errors.Is(err, ErrMonthFirst):
			if ft.mdyN == 0 {
				ft.mdyCol, ft.mdyV = l.colName(t, col), displayValue(tpTrim(v.B))
			}
			ft.mdyN++
		case err == nil && info&(tpSwappable|tpDayFirstOnly) != 0:
			ft.dayOrder(info, v.B)
		}
	} else {
		sec, dateOnly, err = TimeOf(v, l.s.Loc)
	}
	if err == nil && t >= Correspondence {
		sp := &l.spans[t]
		if sp.From == 0 || sec < sp.From {
			sp.From = sec
		}
		sp.To = max(sp.To, sec+1)
		l.edges[t].add(sec)
	}
	return sec, dateOnly, err
}

// headerRowReason is the reason of a row rejected with ErrHeaderRow.
const headerRowReason = "this row repeats the header (the column names), as files joined together with their headers do; delete the row"

// isHeader reports whether the trimmed cell v of column col of table t is
// the file's name of that column, in any case: a cell of the header row.
// A UTF-8 byte order mark before the name is the start of an exported
// file joined below another (the mark only the first file's start loses;
// a UTF-16 file's mark is decoded to it): the header again as well, also
// where that export quotes its names ("sent_at", as exports that quote
// every cell write it), whose quotes the mark before them leaves in the
// cell. The pairs SQL tells it alike (engine's notBlank).
func (l *loader) isHeader(t Table, col string, v []byte) bool {
	name := l.s.column(t, col)
	if rest, ok := bytes.CutPrefix(v, srcBOM); ok {
		if len(rest) >= 2 && rest[0] == '"' && rest[len(rest)-1] == '"' {
			rest = bytes.ReplaceAll(rest[1:len(rest)-1], []byte(`""`), []byte(`"`))
		}
		v = rest
	}
	return strings.EqualFold(string(v), name)
}

// badTime is the rejected row for a time cell that could not be read.
func (l *loader) badTime(t Table, col string, v Value, err error) *RowError {
	if v.Kind == Bytes && l.isHeader(t, col, tpTrim(v.B)) {
		// the column's own name: the header again, as where monthly
		// exports were joined with their headers
		return l.bad(t, col, v.B, ErrHeaderRow, headerRowReason)
	}
	if errors.Is(err, ErrMonthFirst) {
		return l.bad(t, col, v.B, ErrMonthFirst, "not a date day first (sekat reads 03/04/2025 as 3 April), but a date month first; if the file writes the month first, set date_order: mdy in study.yaml")
	}
	if errors.Is(err, ErrDayFirst) {
		return l.bad(t, col, v.B, ErrDayFirst, "not a date month first (date_order: mdy reads 03/04/2025 as 4 March), but a date day first; if the file writes the day first, remove date_order: mdy from study.yaml")
	}
	if v.Kind == Bytes && zeroDate.Match(tpTrim(v.B)) {
		// "0000-00-00" was "no such date (month out of range): correct
		// the value", which did not say it stands for no date at all
		return l.bad(t, col, v.B, ErrZeroDate, "0000-00-00, the zero date MySQL writes for a date it does not have: export it as an empty cell (NULL), or leave the cell empty; in valid_from or valid_to an empty cell is an open spell, an event's time must be written in the source")
	}
	if ns := new(tpNoSuchErr); errors.As(err, &ns) {
		// 2025-02-30 was "not a time; use YYYY-MM-DD...", the form it
		// is written in
		return l.bad(t, col, v.B, ErrNoSuchTime, "no such date or time (%s): the form is one sekat reads, but that day or time does not exist; correct the value in the source", ns.why)
	}
	if v.Kind == Bytes && dashOnly(v.B) {
		// "-", as exports and forms write for an empty cell, was "not a
		// time; use ...", which the cell never meant to hold
		return l.bad(t, col, v.B, ErrDashTime, "a dash in place of a value, as exports write for an empty cell: in valid_from or valid_to leave the cell empty (an open spell); in an event's time, write the time in the source (a row without a time cannot be placed)")
	}
	if v.Kind == Bytes {
		if yy, full, ok := twoDigitYear(v.B, l.s.Loc, l.ft.opts); ok {
			// "5-Jan-25", Excel's d-mmm-yy, was "not a time; use ...
			// D Month YYYY", which left the user to spot the year
			return l.bad(t, col, v.B, ErrTwoDigitYear, "the year is written with two digits (%s), and sekat does not guess the century; write it with four (%s): in Excel, format the column as a date with a four-digit year (dd/mm/yyyy) and export again", yy, full)
		}
		if start, ok := timeRange(v.B, l.s.Loc, l.ft.opts); ok {
			// "pukul 09.00 s.d. selesai", as an invitation writes it, was
			// "not a time; use ..." of a value that holds one
			return l.bad(t, col, v.B, ErrTimeRange, "a time range (a start, then until a time or until the end): sekat reads one time, the start; write it alone (%s)", start)
		}
		if full, ok := compactTime(tpTrim(v.B), l.s.Loc); ok {
			return l.bad(t, col, v.B, ErrCompactTime, "a date and time written without separators (YYYYMMDDHHMMSS, as databases export one); sekat reads YYYYMMDD alone or with a time after a space: write it %s", full)
		}
		if day, ok := monthNameFirst(v.B, l.s.Loc, l.ft.opts); ok {
			// "Mar 3, 2025", an English (United States) long date, was
			// "not a time; use ... D Month YYYY", which it nearly is
			return l.bad(t, col, v.B, ErrMonthNameFirst, "an English date with the month name before the day (Mar 3, 2025), which sekat does not read: it reads a month name after the day (D Month YYYY); write it %s, or YYYY-MM-DD (in Excel, format the column as a date yyyy-mm-dd and export again)", day)
		}
		if hashesOnly(tpTrim(v.B)) {
			// "########", what Excel shows, and saves as CSV, for a
			// date wider than its column, was "not a time; use ..."
			return l.bad(t, col, v.B, ErrTimeHashes, "not a time but Excel's ##### for a date or time wider than its column, which saving as CSV wrote instead of the value; widen the column (or give it a shorter date format) in the workbook and save the CSV again")
		}
		if at, ok := unixSeconds(tpTrim(v.B)); ok {
			return l.bad(t, col, v.B, ErrUnixTime, "not a time sekat reads: a count of seconds (or milliseconds) since 1970 (a Unix time, here %s UTC); export the column as a date and time (YYYY-MM-DD HH:MM:SS)", at)
		}
	}
	return l.bad(t, col, v.B, ErrBadTime, "not a time; use YYYY-MM-DD[ HH:MM[:SS]], YYYYMMDD, RFC 3339, DD/MM/YYYY[ HH:MM], D Month YYYY (1 Maret 2025) or an Excel serial (45717)")
}

// zeroDate is MySQL's zero date, alone or with a zero time of day.
var zeroDate = regexp.MustCompile(`^0000-00-00(?:[ T]00:00(?::00(?:\.0+)?)?)?$`)

// dashOnly reports whether the trimmed cell b is a dash alone, one or
// more of '-', '–' (U+2013) and '—' (U+2014): what exports and forms write
// for an empty cell.
func dashOnly(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return false
	}
	for _, r := range string(b) {
		if r != '-' && r != '\u2013' && r != '\u2014' {
			return false
		}
	}
	return true
}

// ErrTwoDigitYear wraps ErrBadTime: a day-first date whose year has two
// digits (5-Jan-25, 05/01/25 14.30), as Excel writes a date formatted
// d-mmm-yy or dd/mm/yy; the reason says so and asks for four.
var ErrTwoDigitYear = fmt.Errorf("%w: a two-digit year", ErrBadTime)

// twoDigitYearDate is a day-first date (after a day of the week, if any)
// whose year has two digits: numeric (5/1/25, 05-01-25, 05.01.25) or with
// a month name (5-Jan-25, 5 Januari 25), maybe followed by a time.
var twoDigitYearDate = regexp.MustCompile(`^(\d{1,2}[/.-]\d{1,2}[/.-]|\d{1,2}[ -]+\pL+\.?[ -]+)(\d{2})(\D.*)?$`)

// twoDigitYear reports whether b, a time cell sekat could not read, is a
// day-first date with a two-digit year that reads as a time once the year
// is written 20yy (with the file's options o), and gives the two digits
// and the value so written. It runs on rejected cells only.
func twoDigitYear(b []byte, loc *time.Location, o tpOpts) (yy, full string, ok bool) {
	s := tpSkipWeekday(tpTrim(b))
	m := twoDigitYearDate.FindSubmatchIndex(s)
	if m == nil {
		return "", "", false
	}
	yy = string(s[m[4]:m[5]])
	full = string(s[:m[4]]) + "20" + yy + string(s[m[5]:])
	if _, _, err := parseTime([]byte(full), loc, o&^tpSerial, nil); err != nil {
		return "", "", false
	}
	return yy, displayValue([]byte(full)), true
}

// ErrTimeRange wraps ErrBadTime: a time cell holding a range, a start and
// its end (10 Januari 2025 pukul 09.00 s.d. selesai; 09.00 - 12.00 WIB), as
// invitations and attendance lists write a meeting's time; the reason
// gives the start written alone.
var ErrTimeRange = fmt.Errorf("%w: a time range", ErrBadTime)

// timeRangeEnd is the end of a time range after its start: spaces, "s.d.",
// "s/d", "sd", "sampai" (dengan), "hingga", "-" or "–", spaces, then
// "selesai" (until the end) or a clock, and a zone word.
var timeRangeEnd = regexp.MustCompile(`(?i)\s+(?:s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|-|\x{2013})\s*(?:selesai|[0-9]{1,2}[.:][0-9]{2}(?:[.:][0-9]{2})?)(\s*(?:WIB|WITA|WIT))?\s*$`)

// timeRange reports whether b, a time cell sekat could not read, is a
// start with a time and then its end (timeRangeEnd), and gives the start
// written alone (with the end's zone word, when the start has none), which
// reads as a time. It runs on rejected cells only.
func timeRange(b []byte, loc *time.Location, o tpOpts) (string, bool) {
	s := tpTrim(b)
	m := timeRangeEnd.FindSubmatchIndex(s)
	if m == nil {
		return "", false
	}
	start := string(s[:m[0]])
	reads := func(v string) bool {
		_, info, err := parseTime([]byte(v), loc, o&^tpSerial, nil)
		return err == nil && info&tpDateOnly == 0
	}
	if m[2] >= 0 { // the zone written after the end is the start's too
		if z := start + " " + strings.TrimSpace(string(s[m[2]:m[3]])); reads(z) {
			return displayValue([]byte(z)), true
		}
	}
	if reads(start) {
		return displayValue([]byte(start)), true
	}
	return "", false
}

// ErrCompactTime wraps ErrBadTime: a time cell holding a date and time of
// day as 14 digits without separators (20250110090000), as databases and
// data-exchange logs export a timestamp; the reason gives it written so
// that sekat reads it.
var ErrCompactTime = fmt.Errorf("%w: a date and time without separators", ErrBadTime)

// compactTime reports whether b, a time cell sekat could not read, is
// YYYYMMDDHHMMSS, and gives it as YYYY-MM-DD HH:MM:SS when that reads as
// a time. It runs on rejected cells only.
func compactTime(b []byte, loc *time.Location) (string, bool) {
	if len(b) != 14 {
		return "", false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	full := fmt.Sprintf("%s-%s-%s %s:%s:%s", b[:4], b[4:6], b[6:8], b[8:10], b[10:12], b[12:])
	if _, _, err := ParseTime([]byte(full), loc); err != nil {
		return "", false
	}
	return full, true
}

// ErrMonthNameFirst wraps ErrBadTime: a time cell holding an English
// date with the month name before the day and the year after it (Mar 3,
// 2025; Monday, March 3, 2025 14:05), as Excel writes a long date in an
// English (United States) setting. sekat reads a month name after the day
// only (and before it in the Unix date form, whose year comes last after
// the time); the reason gives the value written day first.
var ErrMonthNameFirst = fmt.Errorf("%w: a month name before the day", ErrBadTime)

// monthNameFirstDate is a date with a word (the month name, checked
// after the match) before the day, the day maybe with an English ordinal
// ending (3rd), then a comma or spaces and a four-digit year, or the day
// between dashes (Jan-02-2025), and the rest of the value (a time, or
// nothing).
var monthNameFirstDate = regexp.MustCompile(`^(\pL+\.?)(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)|-(\d{1,2})-)(\d{4})(\D.*)?$`)

// monthNameFirst reports whether b, a time cell sekat could not read, is
// a date with the month name first (monthNameFirstDate, after a day of
// the week, if any) that reads as a time once written day first (D Month
// YYYY, with the file's options o; the word "at" before the time left
// out), and gives it so written. It runs on rejected cells only.
func monthNameFirst(b []byte, loc *time.Location, o tpOpts) (string, bool) {
	s := tpSkipWeekday(tpTrim(b))
	m := monthNameFirstDate.FindSubmatch(s)
	if m == nil {
		return "", false
	}
	if _, next, ok := tpMonthName(m[1], 0); !ok || next != len(m[1]) {
		return "", false
	}
	d := m[2]
	if d == nil {
		d = m[3] // Jan-02-2025
	}
	rest := string(m[5])
	if r := strings.TrimLeft(rest, " ,"); len(r) > 3 && strings.EqualFold(r[:3], "at ") {
		rest = " " + strings.TrimLeft(r[3:], " ")
	}
	day := string(d) + " " + string(m[1]) + " " + string(m[4]) + rest
	if _, _, err := parseTime([]byte(day), loc, o&^tpSerial, nil); err != nil {
		return "", false
	}
	return displayValue([]byte(day)), true
}

// ErrTimeHashes wraps ErrBadTime: a time cell of # only, which Excel
// shows for a date or time wider than its column and writes so when it
// saves the sheet as CSV; the value is not in the file.
var ErrTimeHashes = fmt.Errorf("%w: Excel's ##### for a value wider than its column", ErrBadTime)

// hashesOnly reports whether b is two or more '#' and nothing else.
func hashesOnly(b []byte) bool {
	if len(b) < 2 {
		return false
	}
	for _, c := range b {
		if c != '#' {
			return false
		}
	}
	return true
}

// ErrUnixTime wraps ErrBadTime: a time cell holding a Unix time, the
// seconds (or milliseconds) since 1970, as some databases export a
// timestamp; sekat reads times written out, and the reason says so.
var ErrUnixTime = fmt.Errorf("%w: a Unix time", ErrBadTime)

// unixSeconds reports whether b, a time cell sekat could not read, is a
// Unix time in seconds (10 digits) or milliseconds (13 digits) between
// 2001 and 2100, and gives it as a UTC time. It runs on rejected cells
// only.
func unixSeconds(b []byte) (string, bool) {
	if len(b) != 10 && len(b) != 13 {
		return "", false
	}
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil || n < 0 {
		return "", false
	}
	if len(b) == 13 {
		n /= 1000
	}
	at := time.Unix(n, 0).UTC()
	if at.Year() < 2001 || at.Year() > 2100 {
		return "", false
	}
	return at.Format("2006-01-02 15:04:05"), true
}

// warn passes a warning on and keeps it.
func (l *loader) warn(w Warning) {
	w.File = ShowName(w.File)
	if w.Loc == nil {
		w.Loc = l.s.Loc
	}
	l.res.Warnings = append(l.res.Warnings, w)
	if l.opt.OnWarning != nil {
		l.opt.OnWarning(w)
	}
}

// startWarnings passes on the study's own warnings.
func (l *loader) startWarnings() {
	for _, w := range l.s.Warnings {
		l.warn(w)
	}
}

// finish warns about each log table whose events all lie outside the
// window, and sets the Result's SpanEndTimed.
func (l *loader) finish() {
	l.res.SpanEndTimed = l.spanEndTimed()
	for _, t := range []Table{Correspondence, Meetings, DataSharing} {
		good, in := l.res.events(t)
		if good > 0 && in == 0 {
			l.warn(Warning{Code: WarnWindowEmpty, Table: t.String(), Count: good, From: l.spans[t].From, To: l.spans[t].To})
		}
		e := &l.edges[t]
		day := func(sec int64) string { return time.Unix(sec, 0).In(l.s.Loc).Format("2006-01-02") }
		if n, far, near, rest := isolated(e.lo[:e.n], good); n > 0 {
			l.warn(Warning{Code: WarnIsolatedDates, Table: t.String(), Count: n, From: far, To: near + 1, Reason: "early", Value: day(rest)})
		}
		if n, far, near, rest := isolated(e.hi[:e.n], good); n > 0 {
			l.warn(Warning{Code: WarnIsolatedDates, Table: t.String(), Count: n, From: near, To: far + 1, Reason: "late", Value: day(rest)})
		}
	}
}

// spanEndTimed reports whether the span ends one second after midnight
// and every log table whose events end it records times of day: among the first times of its latest days with
// rows (timeEdges, up to edgeK days), one is not at midnight in the
// study's zone. A last event at 00.00.00 of such a table is a letter,
// meeting or request at that minute, and a window to it is shown to that
// minute; a table of dates (every kept time at midnight, as a date
// column or a datetime column of dates gives) is shown to the end of its
// last day, as before. Pair tables keep no such times: false, the day
// shown whole.
func (l *loader) spanEndTimed() bool {
	end := l.res.Span.To
	if h, m, s := time.Unix(end-1, 0).In(l.s.Loc).Clock(); end == 0 || h != 0 || m != 0 || s != 0 {
		return false
	}
	found := false
	for _, t := range []Table{Correspondence, Meetings, DataSharing} {
		if l.spans[t].To != end {
			continue
		}
		e := &l.edges[t]
		timed := false
		for _, d := range e.hi[:e.n] {
			if h, m, s := time.Unix(d.sec, 0).In(l.s.Loc).Clock(); h != 0 || m != 0 || s != 0 {
				timed = true
				break
			}
		}
		if !timed {
			return false
		}
		found = true
	}
	return found
}

// events counts the good rows of table t's files and those inside the
// window.
func (r *Result) events(t Table) (good, inWindow int64) {
	for _, in := range r.Inputs {
		if in.Table == t {
			g := in.Rows - in.Rejected
			good += g
			inWindow += g - in.OutOfWindow
		}
	}
	return good, inWindow
}

// ErrNoUnits is wrapped by a *NoUnitsError.
var ErrNoUnits = errors.New("no units")

// NoUnitsError says that the units table holds no row (a header alone);
// Rows and Rejected are kept for a caller that stops on all rows
// rejected too.
type NoUnitsError struct {
	Files          []string // as displayed
	Rows, Rejected int64
}

func (e *NoUnitsError) Error() string {
	if e.Rows == 0 {
		return fmt.Sprintf("ingest: %s: the units table holds no row, only its header; sekat needs the units (OPD and their parts) to place people and events: fill it", strings.Join(e.Files, ", "))
	}
	return fmt.Sprintf("ingest: %s: none of the units table's %d rows is usable (all rejected); correct them (sekat validate lists why)", strings.Join(e.Files, ", "), e.Rows)
}

// Unwrap returns ErrNoUnits.
func (e *NoUnitsError) Unwrap() error { return ErrNoUnits }

// ErrNoEvents is wrapped by a *NoEventsError.
var ErrNoEvents = errors.New("no events")

// NoEventsError says that a study has no usable event at all (Events is
// 0), or none inside the window.
type NoEventsError struct {
	Events int64 // good log rows, inside the window or not
	// Rejected counts the log rows rejected: with Events 0, whether
	// there are rows to list and fix (rejects.csv, sekat validate) or
	// the log tables hold no row at all.
	Rejected int64
	// Logs are the log tables the study has (a file of them was read),
	// in table order: the ones a stop on no usable event may name.
	Logs   []Table
	Window graph.Window // the window applied; zero bounds are open
	Span   graph.Window // the span of the events
	Loc    *time.Location
}

func (e *NoEventsError) Error() string {
	if e.Events == 0 && e.Rejected == 0 {
		return "ingest: no usable event in the logs: correspondence, meetings and data_sharing hold no data row; export them again with their rows"
	}
	if e.Events == 0 {
		return "ingest: no usable event in the logs: every row of " + e.LogNames(", ", " and ") + " is empty or rejected; run sekat validate to list the rejected rows"
	}
	from, to := e.Dates()
	wf, wt := e.WindowDates()
	return fmt.Sprintf("ingest: no event in the window %s to %s: the %d log rows run from %s to %s; choose --from and --to (or window: in study.yaml) inside that span",
		wf, wt, e.Events, from, to)
}

// LogNames names the log tables of e.Logs, separated by sep and the last
// by last ("correspondence, meetings and data_sharing"); all three when
// e.Logs is empty (an error made without it).
func (e *NoEventsError) LogNames(sep, last string) string {
	logs := e.Logs
	if len(logs) == 0 {
		logs = []Table{Correspondence, Meetings, DataSharing}
	}
	names := make([]string, len(logs))
	for i, t := range logs {
		names[i] = t.String()
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], sep) + last + names[len(names)-1]
}

// Dates are the first and the last day of the events, in the study's zone.
func (e *NoEventsError) Dates() (from, to string) {
	return Warning{From: e.Span.From, To: e.Span.To, Loc: e.Loc}.Span()
}

// WindowDates are the bounds of the window in the study's zone ("..."
// for an open bound; a midnight as the date alone).
func (e *NoEventsError) WindowDates() (from, to string) {
	f := func(sec int64) string {
		if sec == 0 {
			return "..."
		}
		return strings.TrimSuffix(time.Unix(sec, 0).In(e.Loc).Format(time.DateTime), " 00:00:00")
	}
	return f(e.Window.From), f(e.Window.To)
}

// Unwrap returns ErrNoEvents.
func (e *NoEventsError) Unwrap() error { return ErrNoEvents }

// CheckEvents returns a *NoEventsError when the study has no usable log
// event, or none inside the window; a command stops there (exit 1), since
// every figure would be empty. Load itself does not, so that validate can
// still list the rejected rows.
func (r *Result) CheckEvents() error {
	var good, in, rejected int64
	for _, t := range []Table{Correspondence, Meetings, DataSharing} {
		g, i := r.events(t)
		good += g
		in += i
	}
	if good > 0 && in > 0 {
		return nil
	}
	var read [NumTables]bool
	for _, f := range r.Inputs {
		if f.Table == Correspondence || f.Table == Meetings || f.Table == DataSharing {
			rejected += f.Rejected
			read[f.Table] = true
		}
	}
	var logs []Table
	for _, t := range []Table{Correspondence, Meetings, DataSharing} {
		if read[t] {
			logs = append(logs, t)
		}
	}
	return &NoEventsError{Events: good, Rejected: rejected, Logs: logs, Window: r.Window, Span: r.Span, Loc: r.Study.Loc}
}
