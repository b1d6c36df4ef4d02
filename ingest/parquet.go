package ingest

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/deprecated"
	"github.com/parquet-go/parquet-go/encoding"
	"github.com/parquet-go/parquet-go/format"
	"github.com/sekat-ona/sekat/internal/pqguard"
)

// pqSource streams a Parquet file row group by row group; within a row
// group only the bound columns are read, page by page, so memory is
// bounded by one page (plus its dictionary) per bound column whatever the
// file's size. Next reads each column through a small buffer of values;
// fillBatch (the loader's reader) converts the pages of times, dates and
// strings straight from their data, a run of rows of one column at a
// time, and the other pages as Next does.
//
// Bound columns must be top-level, non-repeated leaves (required or
// optional) of these types, converted as follows:
//
//	BYTE_ARRAY (STRING, ENUM, JSON, plain)  Bytes; "" is Null; must be valid UTF-8
//	INT32, INT64 (also INT(n, signed|unsigned))  Bytes, decimal text
//	DECIMAL on INT32/INT64                  Bytes, decimal text with the scale's digits
//	FLOAT, DOUBLE                           Bytes, shortest text that reads back (strconv 'g')
//	BOOLEAN                                 Bytes, "true" or "false"
//	TIMESTAMP(ms|us|ns) on INT64            TimeUTC when isAdjustedToUTC, else TimeLocal;
//	                                        seconds by floor division
//	legacy TIMESTAMP_MILLIS/MICROS          TimeUTC
//	DATE on INT32                           Date
//	INT96 (legacy Impala/Spark timestamp)   TimeUTC
//
// Anything else (FIXED_LEN_BYTE_ARRAY, TIME, FLOAT16, lists, maps, groups)
// is refused by Bind with an error naming the column. Nulls become Null.
//
// Corrupt files give errors, never panics or runaway memory (one kind of
// corruption is not noticed: a page holding fewer values than its header
// claims reads as zeros past them, see pqRelease): the footer's
// encoding and each bound column chunk's page headers are checked before
// parquet-go reads them (see pqguard.MaxPageBytes), panics inside parquet-go are
// recovered, and after any fatal error the source keeps returning it.
// Encrypted files are refused.
type pqSource struct {
	name string
	srcCloser
	f     *parquet.File
	ra    io.ReaderAt
	size  int64
	cols  []string
	top   []*parquet.Column
	want  []int
	bound bool
	conv  []pqConv
	rd    []pqColReader
	rg    int   // index of the next row group
	rgEnd int   // when > 0, the row group to stop before (a part of a sharded read)
	left  int64 // rows left in the current row group
	row   int64 // rows returned so far
	fatal error
	// dicts counts the dictionaries met so far; it is the high half of
	// the dictionary codes (see Value).
	dicts uint32
	// batched is set once fillBatch has been called; Next then reads
	// through one, a row batch of one row, since pages may be read
	// straight from their data (see fillBatch).
	batched bool
	one     *rowBatch
}

// pqKind says how one bound column's values are converted.
type pqKind uint8

const (
	pqText pqKind = iota
	pqInt32
	pqUint32
	pqInt64
	pqUint64
	pqDecimal32
	pqDecimal64
	pqFloat
	pqDouble
	pqBool
	pqTimestamp
	pqDate
	pqInt96
)

type pqConv struct {
	kind   pqKind
	leaf   int   // column chunk index
	maxDef int   // the column's maximum definition level (1 when optional)
	div    int64 // timestamp units per second
	local  bool  // TIMESTAMP with isAdjustedToUTC=false
	scale  int   // decimal scale
}

type pqColReader struct {
	pages parquet.Pages
	page  parquet.Page
	vr    parquet.ValueReader
	buf   []parquet.Value
	i, n  int
	txt   []byte
	// The dictionary of the current page, when it has one: every value of
	// the page is one of its entries. dictOK says all its entries are
	// valid UTF-8, checked once when it is met (a text column's values
	// need no check of their own then); serial is its number in the
	// source. idx holds the page's entry numbers when they line up with
	// its values (no nulls), base the position in the page of buf[0] and
	// next that of the values after buf.
	dict       parquet.Dictionary
	dictOK     bool
	serial     uint32
	idx        []int32
	base, next int
	empty      int // reads in a row that gave no value
	// direct says the current page is read straight from its data by
	// fillBatch (see pqDirect) rather than through vr.
	direct bool
	pd     pqDirect
}

// pqDirect is a page that fillBatch reads straight from its data, column
// at a time: its rows pos..rows-1 are left; vi is the index in the page's
// data of the next non-null value. defs are the definition levels when
// the page holds nulls (1 a value, 0 a null), else nil. Exactly one of
// the data slices is set: i64 or i32 for numbers, times and dates, ix
// (dictionary entry numbers, into ddata/doffs) or bdata/boffs (plain
// strings) for text.
type pqDirect struct {
	mode          pqMode
	pos, rows, vi int
	defs          []byte
	i64           []int64
	i32           []int32
	ix            []int32
	ddata         []byte
	doffs         []uint32
	bdata         []byte
	boffs         []uint32
}

// pqValueBuf is the number of values read from a page at a time.
const pqValueBuf = 512

// pqNoFooter reports whether the file ra of size bytes begins as a
// Parquet file does (PAR1) but does not end as one (PAR1, or PARE when
// encrypted): its footer is missing, the file cut off.
func pqNoFooter(ra io.ReaderAt, size int64) bool {
	var head, tail [4]byte
	if size < 4 {
		return false
	}
	if _, err := ra.ReadAt(head[:], 0); err != nil || string(head[:]) != "PAR1" {
		return false
	}
	if _, err := ra.ReadAt(tail[:], size-4); err != nil && err != io.EOF {
		return false
	}
	return size < 12 || string(tail[:]) != "PAR1" && string(tail[:]) != "PARE"
}

func newParquet(name string, ra io.ReaderAt, size int64) (s *pqSource, err error) {
	defer func() {
		if p := recover(); p != nil {
			s, err = nil, fmt.Errorf("ingest: %s: corrupt parquet file: %v; write or copy the file again: %w", name, p, ErrDamaged)
		}
	}()
	if err := pqguard.CheckFooter(ra, size); err != nil {
		if errors.Is(err, pqguard.ErrEncrypted) {
			return nil, fmt.Errorf("ingest: %s: not a readable parquet file: %w", name, err)
		}
		if pqNoFooter(ra, size) {
			return nil, &CutOffError{File: name, NoFooter: true, Size: size, Err: err}
		}
		return nil, fmt.Errorf("ingest: %s: not a readable parquet file: %w; it is cut off, damaged or not Parquet: write or copy it again: %w", name, err, ErrDamaged)
	}
	f, err := parquet.OpenFile(ra, size,
		parquet.SkipPageIndex(true),
		parquet.SkipBloomFilters(true),
		parquet.ReadBufferSize(256<<10))
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: not a readable parquet file: %w; it is cut off, damaged or not Parquet: write or copy it again: %w", name, err, ErrDamaged)
	}
	s = &pqSource{name: name, f: f, ra: ra, size: size}
	s.top = f.Root().Columns()
	s.cols = make([]string, len(s.top))
	for i, c := range s.top {
		s.cols[i] = c.Name()
	}
	return s, nil
}

// Columns returns the names of the schema's top-level columns.
func (s *pqSource) Columns() []string { return s.cols }

// Bind binds top-level columns by index and checks their types.
func (s *pqSource) Bind(want []int) error {
	if s.bound {
		return errBoundTwice
	}
	if err := srcCheckIndices(want, len(s.cols)); err != nil {
		return err
	}
	conv := make([]pqConv, len(want))
	for j, w := range want {
		c, err := pqConvOf(s.top[w])
		if err != nil {
			return &ColumnTypeError{File: s.name, Column: s.cols[w], Err: err}
		}
		conv[j] = c
	}
	s.want = append([]int(nil), want...)
	s.conv = conv
	s.rd = make([]pqColReader, len(want))
	for j := range s.rd {
		s.rd[j].buf = make([]parquet.Value, pqValueBuf)
	}
	s.bound = true
	return nil
}

// ColumnTypeError is a column sekat reads whose Parquet type it cannot
// read (a list, a nested group, TIME, a fixed-length byte array, ...): Err
// says which and what to do. It stops the run, naming the column.
type ColumnTypeError struct {
	File, Column string
	Err          error
}

// Error formats `ingest: FILE column "C": why`.
func (e *ColumnTypeError) Error() string {
	return fmt.Sprintf("ingest: %s column %q: %v", e.File, e.Column, e.Err)
}

// Unwrap returns Err.
func (e *ColumnTypeError) Unwrap() error { return e.Err }

// BindNames binds columns by name; a missing name is a *ColumnError.
func (s *pqSource) BindNames(names []string) error {
	idx := srcBindIndex(s.cols, names)
	for j, i := range idx {
		if i < 0 {
			return &ColumnError{File: s.name, Column: names[j], Found: append([]string(nil), s.cols...)}
		}
	}
	return s.Bind(idx)
}

// pqConvOf says how to convert column c, or why it cannot be read.
func pqConvOf(c *parquet.Column) (cv pqConv, err error) {
	defer func() {
		if p := recover(); p != nil { // parquet-go panics on some corrupt schemas
			cv, err = pqConv{}, fmt.Errorf("unreadable column type (corrupt schema?): %v", p)
		}
	}()
	if !c.Leaf() {
		if lt := c.Type().LogicalType(); lt != nil {
			switch lt.Value.(type) {
			case *format.ListType, *format.MapType:
				return cv, errors.New("a repeated (list or map) column; sekat reads flat tables: write the ids in one string joined with ';'")
			}
		}
		return cv, errors.New("a nested group; sekat reads flat tables: flatten it")
	}
	if c.Repeated() || c.MaxRepetitionLevel() > 0 {
		return cv, errors.New("a repeated (list or map) column; sekat reads flat tables: write the ids in one string joined with ';'")
	}
	cv.leaf = c.Index()
	cv.maxDef = c.MaxDefinitionLevel()
	t := c.Type()
	lt := t.LogicalType()
	var ct deprecated.ConvertedType = -1
	if p := t.ConvertedType(); p != nil {
		ct = *p
	}
	kind := t.Kind()
	if lt != nil && lt.Value != nil {
		switch l := lt.Value.(type) {
		case *format.TimestampType:
			if kind != parquet.Int64 || l.Unit.Value == nil {
				break
			}
			d := l.Unit.Value.Duration()
			if d <= 0 {
				break
			}
			cv.kind, cv.div, cv.local = pqTimestamp, int64(1e9)/int64(d), !l.IsAdjustedToUTC
			return cv, nil
		case *format.DateType:
			if kind == parquet.Int32 {
				cv.kind = pqDate
				return cv, nil
			}
		case *format.DecimalType:
			if l.Scale < 0 || l.Scale > 38 {
				return cv, fmt.Errorf("decimal scale %d out of range", l.Scale)
			}
			cv.scale = int(l.Scale)
			switch kind {
			case parquet.Int32:
				cv.kind = pqDecimal32
				return cv, nil
			case parquet.Int64:
				cv.kind = pqDecimal64
				return cv, nil
			}
			return cv, fmt.Errorf("decimal stored as %s is not supported; store it as INT64 or a string", kind)
		case *format.IntType:
			switch {
			case kind == parquet.Int32 && l.IsSigned:
				cv.kind = pqInt32
			case kind == parquet.Int32:
				cv.kind = pqUint32
			case kind == parquet.Int64 && l.IsSigned:
				cv.kind = pqInt64
			case kind == parquet.Int64:
				cv.kind = pqUint64
			default:
				return cv, fmt.Errorf("integer annotation on %s is not supported", kind)
			}
			return cv, nil
		case *format.StringType, *format.EnumType, *format.JsonType:
			if kind == parquet.ByteArray {
				return cv, nil // pqText
			}
		default:
			return cv, fmt.Errorf("logical type %s is not supported; store it as a string", lt)
		}
	}
	switch ct {
	case deprecated.TimestampMillis:
		if kind == parquet.Int64 {
			cv.kind, cv.div = pqTimestamp, 1000
			return cv, nil
		}
	case deprecated.TimestampMicros:
		if kind == parquet.Int64 {
			cv.kind, cv.div = pqTimestamp, 1000000
			return cv, nil
		}
	case deprecated.Date:
		if kind == parquet.Int32 {
			cv.kind = pqDate
			return cv, nil
		}
	case deprecated.Uint8, deprecated.Uint16, deprecated.Uint32:
		if kind == parquet.Int32 {
			cv.kind = pqUint32
			return cv, nil
		}
	case deprecated.Uint64:
		if kind == parquet.Int64 {
			cv.kind = pqUint64
			return cv, nil
		}
	}
	switch kind {
	case parquet.ByteArray:
		cv.kind = pqText
	case parquet.Int32:
		cv.kind = pqInt32
	case parquet.Int64:
		cv.kind = pqInt64
	case parquet.Float:
		cv.kind = pqFloat
	case parquet.Double:
		cv.kind = pqDouble
	case parquet.Boolean:
		cv.kind = pqBool
	case parquet.Int96:
		cv.kind = pqInt96
	default:
		return cv, fmt.Errorf("physical type %s is not supported; store it as a string", kind)
	}
	return cv, nil
}

// Next reads one row of the bound columns.
func (s *pqSource) Next(row []Value) (line int64, err error) {
	if s.fatal != nil {
		return 0, s.fatal
	}
	if !s.bound {
		all := make([]int, len(s.cols))
		for i := range all {
			all[i] = i
		}
		if err := s.Bind(all); err != nil {
			s.fatal = err
			return 0, err
		}
	}
	if len(row) != len(s.want) {
		return 0, errRowLen
	}
	if s.batched {
		return s.nextOfBatch(row)
	}
	// counted: s.row counts the row being read (from 1), as the messages
	// name it; before, a panic names the next row, s.row+1.
	counted := false
	defer func() {
		if p := recover(); p != nil {
			line, err = 0, fmt.Errorf("ingest: %s row %d: corrupt parquet file: %v; write or copy the file again: %w", s.name, s.failRow(counted), p, ErrDamaged)
			s.fatal = err
		}
	}()
	for s.left == 0 {
		if err := s.nextRowGroup(); err != nil {
			if err != io.EOF {
				s.fatal = err
			}
			return 0, err
		}
	}
	s.left--
	s.row++
	counted = true
	var bad *RowError
	for j := range s.rd {
		r := &s.rd[j]
		if r.i >= r.n {
			if err := s.refill(j); err != nil {
				s.fatal = err
				return 0, err
			}
		}
		v := r.buf[r.i]
		k := r.base + r.i
		r.i++
		if bad != nil {
			continue // keep the other columns in step
		}
		row[j], bad = s.convert(j, v)
		if r.idx != nil && row[j].Kind == Bytes && k < len(r.idx) && r.idx[k] >= 0 {
			row[j].I = int64(r.serial)<<32 | int64(r.idx[k])
		}
	}
	if bad != nil {
		return s.row, bad
	}
	return s.row, nil
}

// nextOfBatch is Next once fillBatch has been called: one row through a
// batch of one row.
func (s *pqSource) nextOfBatch(row []Value) (int64, error) {
	if s.one == nil {
		s.one = &rowBatch{cols: len(s.want), vals: make([]Value, len(s.want)),
			chunks: [][]byte{make([]byte, 0, 256)}, lines: make([]int64, 1), errs: make([]error, 1)}
	}
	b := s.one
	b.reset()
	if err := s.fillBatch(b, 1); err != nil {
		return 0, err
	}
	copy(row, b.vals)
	return b.lines[0], b.errs[0]
}

// nextRowGroup opens the bound columns' pages of the next non-empty row
// group, or returns io.EOF.
func (s *pqSource) nextRowGroup() error {
	s.closePages()
	groups := s.f.RowGroups()
	if s.rg >= len(groups) || (s.rgEnd > 0 && s.rg >= s.rgEnd) {
		return io.EOF
	}
	g := groups[s.rg]
	s.rg++
	chunks := g.ColumnChunks()
	md := s.f.Metadata()
	for j := range s.rd {
		leaf := s.conv[j].leaf
		if leaf < 0 || leaf >= len(chunks) || s.rg > len(md.RowGroups) || leaf >= len(md.RowGroups[s.rg-1].Columns) {
			return fmt.Errorf("ingest: %s: corrupt parquet file: row group %d lacks column %q; write or copy the file again: %w", s.name, s.rg, s.cols[s.want[j]], ErrDamaged)
		}
		if err := pqguard.CheckPages(s.ra, s.size, &md.RowGroups[s.rg-1].Columns[leaf].MetaData); err != nil {
			return fmt.Errorf("ingest: %s: corrupt parquet file: row group %d column %q: %w; write or copy the file again: %w", s.name, s.rg, s.cols[s.want[j]], err, ErrDamaged)
		}
		s.rd[j].pages = chunks[leaf].Pages()
	}
	s.left = g.NumRows()
	if s.left < 0 {
		return fmt.Errorf("ingest: %s: corrupt parquet file: row group %d has %d rows; write or copy the file again: %w", s.name, s.rg, s.left, ErrDamaged)
	}
	return nil
}

// refill reads the next values of bound column j, moving to its next page
// when the current one is used up.
func (s *pqSource) refill(j int) error {
	r := &s.rd[j]
	for r.i >= r.n {
		if r.vr == nil {
			if err := s.readPage(j, false); err != nil {
				return err
			}
		}
		if err := s.readValues(j); err != nil {
			return err
		}
	}
	return nil
}

// readPage moves bound column j to its next page. With batch (from
// fillBatch) a page that pqDirectPage accepts is read straight from its
// data; any other goes through its value reader.
func (s *pqSource) readPage(j int, batch bool) error {
	r := &s.rd[j]
	if r.pages == nil {
		return fmt.Errorf("ingest: %s: corrupt parquet file: column %q has no pages; write or copy the file again: %w", s.name, s.cols[s.want[j]], ErrDamaged)
	}
	p, err := r.pages.ReadPage()
	if err == io.EOF {
		return fmt.Errorf("ingest: %s row %d: corrupt parquet file: column %q ends before the row group; write or copy the file again: %w", s.name, s.row, s.cols[s.want[j]], ErrDamaged)
	}
	if err != nil {
		return fmt.Errorf("ingest: %s row %d: corrupt parquet file: column %q: %w; write or copy the file again: %w", s.name, s.row, s.cols[s.want[j]], err, ErrDamaged)
	}
	if r.page != nil {
		pqRelease(r.page)
	}
	r.page, r.vr, r.direct, r.pd = p, nil, false, pqDirect{}
	r.i, r.n, r.empty = 0, 0, 0
	s.pageDict(j, p)
	if batch && s.directPage(j, p) {
		r.direct = true
		return nil
	}
	r.vr = p.Values()
	return nil
}

// readValues reads the next values of bound column j's current page
// through its value reader.
func (s *pqSource) readValues(j int) error {
	r := &s.rd[j]
	n, err := r.vr.ReadValues(r.buf)
	if n < 0 || n > len(r.buf) {
		return fmt.Errorf("ingest: %s: corrupt parquet file: column %q; write or copy the file again: %w", s.name, s.cols[s.want[j]], ErrDamaged)
	}
	r.i, r.n = 0, n
	r.base, r.next = r.next, r.next+n
	if n > 0 {
		r.empty = 0
	}
	switch {
	case err == io.EOF:
		r.vr = nil
	case err != nil:
		return fmt.Errorf("ingest: %s row %d: corrupt parquet file: column %q: %w; write or copy the file again: %w", s.name, s.row, s.cols[s.want[j]], err, ErrDamaged)
	case n == 0:
		if r.empty++; r.empty > 1000 {
			return fmt.Errorf("ingest: %s row %d: corrupt parquet file: column %q yields no values; write or copy the file again: %w", s.name, s.row, s.cols[s.want[j]], ErrDamaged)
		}
	}
	return nil
}

// directPage reports whether fillBatch can read page p of bound column j
// straight from its data, and if so sets up r.pd: a page of a flat column
// (no repetition levels; definition levels 0 or 1) whose data is what the
// column's conversion needs: plain strings or dictionary entry numbers
// (into a dictionary of strings) for text, int64 for times, int32 for
// dates. Anything else (other types, dictionaries of numbers, unexpected
// sizes) is read through the page's value reader, as Next reads it.
func (s *pqSource) directPage(j int, p parquet.Page) bool {
	r := &s.rd[j]
	c := &s.conv[j]
	if len(p.RepetitionLevels()) > 0 || c.maxDef > 1 {
		return false
	}
	n := p.NumValues()
	if n <= 0 || n > pqguard.MaxPageValues {
		return false
	}
	rows := int(n)
	nn := rows // values that are not null
	defs := p.DefinitionLevels()
	switch {
	case len(defs) > 0:
		if len(defs) != rows || c.maxDef != 1 {
			return false
		}
		nn = 0
		for _, d := range defs {
			if d > 1 {
				return false
			}
			nn += int(d)
		}
		if nn == rows {
			defs = nil
		}
	case p.NumNulls() != 0:
		return false
	}
	data := p.Data()
	var pd pqDirect
	switch c.kind {
	case pqText:
		if d := p.Dictionary(); d != nil {
			if d != r.dict || data.Kind() != encoding.Int32 {
				return false
			}
			dd := d.Page().Data()
			if dd.Kind() != encoding.ByteArray {
				return false
			}
			pd.ddata, pd.doffs = dd.ByteArray()
			if len(pd.doffs) != d.Len()+1 || len(pd.doffs) < 1 {
				return false
			}
			if pd.ix = data.Int32(); len(pd.ix) < nn {
				return false
			}
			pd.mode = pqModeDict
		} else {
			if data.Kind() != encoding.ByteArray {
				return false
			}
			pd.bdata, pd.boffs = data.ByteArray()
			if len(pd.boffs) < nn+1 {
				return false
			}
			pd.mode = pqModePlain
		}
	case pqTimestamp:
		if p.Dictionary() != nil || data.Kind() != encoding.Int64 {
			return false
		}
		if pd.i64 = data.Int64(); len(pd.i64) < nn {
			return false
		}
		pd.mode = pqModeInt64
	case pqDate:
		if p.Dictionary() != nil || data.Kind() != encoding.Int32 {
			return false
		}
		if pd.i32 = data.Int32(); len(pd.i32) < nn {
			return false
		}
		pd.mode = pqModeInt32
	default:
		return false
	}
	pd.rows, pd.defs = rows, defs
	r.pd = pd
	return true
}

// pqMode says which data a pqDirect page holds.
type pqMode uint8

const (
	pqModeInt64 pqMode = iota + 1 // times
	pqModeInt32                   // dates
	pqModeDict                    // text through a dictionary
	pqModePlain                   // plain text
)

// fillBatch adds up to max rows to b, column by column: the rows, their
// lines and row errors are those that max calls of Next would give. It
// returns io.EOF, with no row added, at the end, and a fatal error after
// the rows that could be read before it (b.n may have grown then too).
//
// Pages that directPage accepts are converted straight from their data,
// a run of rows of one column at a time; plain strings are copied into
// the batch's chunks in one piece per run, dictionary strings are handed
// out as they lie in the dictionary (whose memory parquet-go does not
// reuse: it stays valid as long as a cell refers to it), with the
// dictionary code in Value.I as Next gives it.
func (s *pqSource) fillBatch(b *rowBatch, max int) (err error) {
	if s.fatal != nil {
		return s.fatal
	}
	if !s.bound {
		all := make([]int, len(s.cols))
		for i := range all {
			all[i] = i
		}
		if err := s.Bind(all); err != nil {
			s.fatal = err
			return err
		}
	}
	if b.cols != len(s.want) {
		return errRowLen
	}
	s.batched = true
	first := b.n
	// counted: fillColumn has set s.row to the row it reads (from 1), as
	// the messages name it; before, a panic names the next row, s.row+1
	counted := false
	defer func() {
		if p := recover(); p != nil {
			b.n = first
			err = fmt.Errorf("ingest: %s row %d: corrupt parquet file: %v; write or copy the file again: %w", s.name, s.failRow(counted), p, ErrDamaged)
			s.fatal = err
		}
	}()
	for s.left == 0 {
		if err := s.nextRowGroup(); err != nil {
			if err != io.EOF {
				s.fatal = err
			}
			return err
		}
	}
	n := int(min(int64(max), s.left, int64(len(b.lines)-first)))
	if n <= 0 {
		return nil
	}
	row0 := s.row
	for k := 0; k < n; k++ {
		b.lines[first+k], b.errs[first+k] = row0+int64(k)+1, nil
	}
	lim := n
	var fatal error
	counted = true
	for j := range s.rd {
		k, err := s.fillColumn(j, b, first, lim, row0)
		if err != nil {
			lim, fatal = k, err
		}
	}
	b.n = first + lim
	s.row, s.left = row0+int64(lim), s.left-int64(lim)
	if fatal != nil {
		s.row++ // as Next counts the row it failed on
		s.left--
		s.fatal = fatal
		return fatal
	}
	return nil
}

// fillColumn fills bound column j of the batch rows first..first+lim-1
// (file rows row0+1...). It returns lim, or the number of rows filled
// before a fatal error.
func (s *pqSource) fillColumn(j int, b *rowBatch, first, lim int, row0 int64) (int, error) {
	r := &s.rd[j]
	for i := 0; i < lim; {
		if r.direct {
			if r.pd.pos < r.pd.rows {
				m := min(lim-i, r.pd.rows-r.pd.pos)
				s.row = row0 + int64(i) + 1 // the first of the rows read, for a panic's message
				k, err := s.fillDirect(j, b, first+i, m, row0+int64(i))
				if i += k; err != nil {
					return i, err
				}
				continue
			}
			r.direct = false
		}
		s.row = row0 + int64(i) + 1 // for the messages, as Next has it
		if r.i >= r.n {
			var err error
			if r.vr == nil {
				err = s.safely(func() error { return s.readPage(j, true) })
			} else {
				err = s.safely(func() error { return s.readValues(j) })
			}
			if err != nil {
				return i, err
			}
			continue
		}
		v := r.buf[r.i]
		k := r.base + r.i
		r.i++
		row := first + i
		i++
		if b.errs[row] != nil {
			continue // keep the other columns in step
		}
		cell, bad := s.convert(j, v)
		if bad != nil {
			b.errs[row] = bad
			continue
		}
		if r.idx != nil && cell.Kind == Bytes && k < len(r.idx) && r.idx[k] >= 0 {
			cell.I = int64(r.serial)<<32 | int64(r.idx[k])
		}
		if len(cell.B) > 0 {
			cell.B = b.own(cell.B)
		}
		b.vals[row*b.cols+j] = cell
	}
	return lim, nil
}

// safely runs fn, turning a panic inside parquet-go into the error Next
// gives for it; fillColumn has set s.row to the row being read.
func (s *pqSource) safely(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("ingest: %s row %d: corrupt parquet file: %v; write or copy the file again: %w", s.name, s.failRow(true), p, ErrDamaged)
		}
	}()
	return fn()
}

// failRow is the row (from 1) whose reading failed, as every message of
// a damaged page names it: s.row once the row is counted (counted), as
// Next and fillColumn count it before reading its values, else the row
// after s.row (a failure while moving to the next row group).
func (s *pqSource) failRow(counted bool) int64 {
	if counted {
		return s.row
	}
	return s.row + 1
}

// fillDirect converts the next m rows of bound column j's direct page
// into batch rows at.. (file rows row0+1...). It returns the rows done,
// fewer than m only with a fatal error (a corrupt page).
func (s *pqSource) fillDirect(j int, b *rowBatch, at, m int, row0 int64) (int, error) {
	r := &s.rd[j]
	pd := &r.pd
	c := &s.conv[j]
	cols := b.cols
	defs := pd.defs
	if defs != nil {
		defs = defs[pd.pos : pd.pos+m]
	}
	// nn values of the page's data belong to these rows.
	nn := m
	if defs != nil {
		nn = 0
		for _, d := range defs {
			nn += int(d)
		}
	}
	v0 := pd.vi
	corrupt := func(k int, what string) (int, error) {
		pd.pos += k
		s.row = row0 + int64(k) + 1
		return k, fmt.Errorf("ingest: %s row %d: corrupt parquet file: column %q: %s; write or copy the file again: %w", s.name, s.row, s.cols[s.want[j]], what, ErrDamaged)
	}
	switch {
	case pd.mode == pqModeInt64:
		src := pd.i64[v0 : v0+nn]
		kind := TimeUTC
		if c.local {
			kind = TimeLocal
		}
		vi := 0
		for k := 0; k < m; k++ {
			dst := &b.vals[(at+k)*cols+j]
			if defs != nil && defs[k] == 0 {
				*dst = Value{}
				continue
			}
			dst.set(kind, nil, pqSeconds(src[vi], c.div))
			vi++
		}
	case pd.mode == pqModeInt32:
		src := pd.i32[v0 : v0+nn]
		vi := 0
		for k := 0; k < m; k++ {
			dst := &b.vals[(at+k)*cols+j]
			if defs != nil && defs[k] == 0 {
				*dst = Value{}
				continue
			}
			dst.set(Date, nil, int64(src[vi]))
			vi++
		}
	case pd.mode == pqModeDict:
		src := pd.ix[v0 : v0+nn]
		data, offs := pd.ddata, pd.doffs
		entries := uint32(len(offs) - 1)
		code := int64(r.serial) << 32
		vi := 0
		for k := 0; k < m; k++ {
			dst := &b.vals[(at+k)*cols+j]
			if defs != nil && defs[k] == 0 {
				*dst = Value{}
				continue
			}
			e := uint32(src[vi])
			vi++
			if e >= entries {
				return corrupt(k, fmt.Sprintf("dictionary index %d out of range", int32(e)))
			}
			lo, hi := offs[e], offs[e+1]
			if lo >= hi || hi > uint32(len(data)) {
				if lo == hi {
					*dst = Value{}
					continue
				}
				return corrupt(k, "dictionary entry out of range")
			}
			cell := data[lo:hi:hi]
			if !r.dictOK && !utf8.Valid(cell) {
				s.badUTF8(b, j, at+k, row0+int64(k)+1, cell)
				continue
			}
			i := code | int64(e)
			if r.serial == 0 {
				i = 0
			}
			dst.set(Bytes, cell, i)
		}
	case pd.mode == pqModePlain:
		offs := pd.boffs[v0 : v0+nn+1]
		lo, hi := offs[0], offs[nn]
		if lo > hi || hi > uint32(len(pd.bdata)) {
			return corrupt(0, "string offsets out of range")
		}
		own := pd.bdata[lo:hi]
		ascii := pqASCII(own)
		if len(own) > 0 {
			own = b.own(own)
		}
		vi := 0
		for k := 0; k < m; k++ {
			dst := &b.vals[(at+k)*cols+j]
			if defs != nil && defs[k] == 0 {
				*dst = Value{}
				continue
			}
			x, y := offs[vi], offs[vi+1]
			vi++
			if x > y || y > hi {
				return corrupt(k, "string offsets out of range")
			}
			if x == y {
				*dst = Value{}
				continue
			}
			cell := own[x-lo : y-lo : y-lo]
			if !ascii && !utf8.Valid(cell) {
				s.badUTF8(b, j, at+k, row0+int64(k)+1, cell)
				continue
			}
			dst.set(Bytes, cell, 0)
		}
	}
	pd.pos += m
	pd.vi += nn
	return m, nil
}

// badUTF8 marks batch row row (file row line) as bad for invalid UTF-8 in
// bound column j, unless an earlier column already did.
func (s *pqSource) badUTF8(b *rowBatch, j, row int, line int64, cell []byte) {
	b.vals[row*b.cols+j] = Value{}
	if b.errs[row] == nil {
		b.errs[row] = &RowError{File: s.name, Line: line, Column: s.cols[s.want[j]], Value: srcDisplay(cell),
			Reason: "invalid UTF-8 text; write strings as UTF-8", Err: ErrInvalidUTF8}
	}
}

// pqRelease hands page p's buffers back to parquet-go's pools, zeroed
// first (to their capacity). parquet-go does not check that a page's data
// holds as many values as its header claims: on a corrupt page it hands
// out the values it decoded followed by whatever the reused buffer held
// before, so that two reads of one file could differ. Zeroed buffers make
// those values zeros, every time (as fresh memory would).
func pqRelease(p parquet.Page) {
	zeroCap(p.DefinitionLevels())
	zeroCap(p.RepetitionLevels())
	switch d := p.Data(); d.Kind() {
	case encoding.Boolean:
		zeroCap(d.Boolean())
	case encoding.Int32:
		zeroCap(d.Int32())
	case encoding.Int64:
		zeroCap(d.Int64())
	case encoding.Int96:
		zeroCap(d.Int96())
	case encoding.Float:
		zeroCap(d.Float())
	case encoding.Double:
		zeroCap(d.Double())
	case encoding.ByteArray:
		v, o := d.ByteArray()
		zeroCap(v)
		zeroCap(o)
	case encoding.FixedLenByteArray:
		v, _ := d.FixedLenByteArray()
		zeroCap(v)
	}
	parquet.Release(p)
}

// zeroCap zeroes s to its capacity.
func zeroCap[T any](s []T) { clear(s[:cap(s)]) }

// pqASCII reports whether b is all ASCII (so valid UTF-8 however it is
// cut).
func pqASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// pageDict notes the dictionary of page p of bound column j, once per
// page: a text column's dictionary is checked for UTF-8 when it is new,
// and when the page has no nulls its entry numbers become the values'
// dictionary codes (see Value), so that the loader maps each entry to a
// node once, not each row.
func (s *pqSource) pageDict(j int, p parquet.Page) {
	r := &s.rd[j]
	r.idx, r.base, r.next = nil, 0, 0
	var d parquet.Dictionary
	if s.conv[j].kind == pqText {
		d = p.Dictionary()
	}
	if d == nil || d.Type().Kind() != parquet.ByteArray {
		r.dict, r.dictOK = nil, false
		return
	}
	if d != r.dict {
		s.dicts++
		r.dict, r.serial, r.dictOK = d, s.dicts, true
		for i := 0; i < d.Len() && r.dictOK; i++ {
			r.dictOK = utf8.Valid(d.Index(int32(i)).ByteArray())
		}
	}
	if r.serial == 0 || p.NumNulls() != 0 {
		return // the codes ran out (after 2^32 dictionaries), or nulls
	}
	if data := p.Data(); data.Kind() == encoding.Int32 {
		if ix := data.Int32(); int64(len(ix)) == p.NumValues() {
			r.idx = ix
		}
	}
}

func (s *pqSource) convert(j int, v parquet.Value) (Value, *RowError) {
	if v.IsNull() {
		return Value{}, nil
	}
	c := &s.conv[j]
	r := &s.rd[j]
	switch c.kind {
	case pqText:
		b := v.ByteArray()
		if len(b) == 0 {
			return Value{}, nil
		}
		if !r.dictOK && !utf8.Valid(b) {
			return Value{}, &RowError{File: s.name, Line: s.row, Column: s.cols[s.want[j]], Value: srcDisplay(b),
				Reason: "invalid UTF-8 text; write strings as UTF-8", Err: ErrInvalidUTF8}
		}
		return Value{Kind: Bytes, B: b}, nil
	case pqInt32:
		r.txt = strconv.AppendInt(r.txt[:0], int64(v.Int32()), 10)
	case pqUint32:
		r.txt = strconv.AppendUint(r.txt[:0], uint64(uint32(v.Int32())), 10)
	case pqInt64:
		r.txt = strconv.AppendInt(r.txt[:0], v.Int64(), 10)
	case pqUint64:
		r.txt = strconv.AppendUint(r.txt[:0], uint64(v.Int64()), 10)
	case pqDecimal32:
		r.txt = pqAppendDecimal(r.txt[:0], int64(v.Int32()), c.scale)
	case pqDecimal64:
		r.txt = pqAppendDecimal(r.txt[:0], v.Int64(), c.scale)
	case pqFloat:
		r.txt = strconv.AppendFloat(r.txt[:0], float64(v.Float()), 'g', -1, 32)
	case pqDouble:
		r.txt = strconv.AppendFloat(r.txt[:0], v.Double(), 'g', -1, 64)
	case pqBool:
		r.txt = strconv.AppendBool(r.txt[:0], v.Boolean())
	case pqTimestamp:
		k := TimeUTC
		if c.local {
			k = TimeLocal
		}
		return Value{Kind: k, I: pqFloorDiv(v.Int64(), c.div)}, nil
	case pqDate:
		return Value{Kind: Date, I: int64(v.Int32())}, nil
	case pqInt96:
		x := v.Int96()
		nanos := int64(uint64(x[1])<<32 | uint64(x[0]))
		julian := int64(x[2])
		const unixJulian = 2440588 // Julian day number of 1970-01-01
		return Value{Kind: TimeUTC, I: (julian-unixJulian)*86400 + pqFloorDiv(nanos, 1e9)}, nil
	}
	return Value{Kind: Bytes, B: r.txt}, nil
}

// pqSeconds is pqFloorDiv(a, div) for a timestamp of div units a second:
// a division by each usual unit is by a constant, which the compiler
// makes a multiply (a page of times was a tenth of the column decoding).
func pqSeconds(a, div int64) int64 {
	switch div {
	case 1000:
		return pqFloorDiv(a, 1000)
	case 1000000:
		return pqFloorDiv(a, 1000000)
	case 1000000000:
		return pqFloorDiv(a, 1000000000)
	}
	return pqFloorDiv(a, div)
}

// pqFloorDiv is a/b rounded toward minus infinity (b > 0).
func pqFloorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// pqAppendDecimal appends the unscaled integer u with scale digits after
// the decimal point: 12345, 2 -> "123.45"; -5, 3 -> "-0.005".
func pqAppendDecimal(b []byte, u int64, scale int) []byte {
	if scale == 0 {
		return strconv.AppendInt(b, u, 10)
	}
	neg := u < 0
	var mag uint64
	if neg {
		mag = uint64(-(u + 1)) + 1
		b = append(b, '-')
	} else {
		mag = uint64(u)
	}
	var digits [24]byte
	d := strconv.AppendUint(digits[:0], mag, 10)
	if len(d) <= scale {
		b = append(b, '0', '.')
		for k := len(d); k < scale; k++ {
			b = append(b, '0')
		}
		return append(b, d...)
	}
	b = append(b, d[:len(d)-scale]...)
	b = append(b, '.')
	return append(b, d[len(d)-scale:]...)
}

func (s *pqSource) closePages() {
	for j := range s.rd {
		r := &s.rd[j]
		if r.page != nil {
			pqRelease(r.page)
			r.page = nil
		}
		if r.pages != nil {
			r.pages.Close()
			r.pages = nil
		}
		r.vr = nil
		r.i, r.n, r.empty = 0, 0, 0
		r.direct, r.pd = false, pqDirect{}
		r.idx, r.base, r.next = nil, 0, 0
		r.dict, r.dictOK = nil, false // a row group's column has its own dictionary
	}
}

// Rows returns the number of rows returned so far.
func (s *pqSource) Rows() int64 { return s.row }

// Close releases the pages and closes the file (removing a temporary
// decompressed copy).
func (s *pqSource) Close() (err error) {
	func() {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("ingest: %s: corrupt parquet file: %v; write or copy the file again: %w", s.name, p, ErrDamaged)
			}
		}()
		s.closePages()
	}()
	if e := s.close(); e != nil && err == nil {
		err = e
	}
	return err
}

// rowsLeft returns the number of rows the file still holds, from the row
// counts of its row groups (+Inf when a count is negative).
func (s *pqSource) rowsLeft() float64 {
	n := float64(s.left)
	groups := s.f.RowGroups()
	if s.rgEnd > 0 {
		groups = groups[:min(s.rgEnd, len(groups))]
	}
	for i := s.rg; i < len(groups); i++ {
		c := groups[i].NumRows()
		if c < 0 {
			return math.Inf(1)
		}
		n += float64(c)
	}
	return n
}
