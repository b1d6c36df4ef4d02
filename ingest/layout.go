package ingest

import (
	"fmt"
	"path/filepath"
	"slices"
)

// ColumnType is how a column of a table file holds its values, as an
// engine that reads the file itself (sekat pairs) must know it.
type ColumnType uint8

const (
	// TypeText is text: every CSV/TSV column, Parquet strings.
	TypeText ColumnType = iota
	// TypeInt is a Parquet integer (signed or unsigned, 32 or 64 bits),
	// read by Load as its decimal text.
	TypeInt
	// TypeTimeUTC is a Parquet TIMESTAMP with isAdjustedToUTC (or INT96, or
	// a legacy TIMESTAMP_MILLIS/MICROS): an instant.
	TypeTimeUTC
	// TypeTimeLocal is a Parquet TIMESTAMP without isAdjustedToUTC: a wall
	// clock in the study's zone.
	TypeTimeLocal
	// TypeDate is a Parquet DATE.
	TypeDate
	// TypeOther is any other Parquet type Load reads as text (decimal,
	// float).
	TypeOther
	// TypeBool is a Parquet BOOLEAN, which Load reads as "true" or
	// "false".
	TypeBool
)

var columnTypeNames = [...]string{"text", "int", "time_utc", "time_local", "date", "other", "bool"}

// String names the type.
func (t ColumnType) String() string {
	if int(t) < len(columnTypeNames) {
		return columnTypeNames[t]
	}
	return fmt.Sprintf("type(%d)", t)
}

// Layout describes one table file the way Load binds it: its format, the
// CSV delimiter Load detects, and, for each contract column the file has
// (after the renames of study.yaml, matched case-insensitively), where it
// is and how its values are held.
type Layout struct {
	Path   string
	Format string // "csv", "tsv", "ndjson" or "parquet"
	Gzip   bool
	// Delim is the delimiter of a CSV or TSV file (',', ';' or '\t').
	Delim byte
	// SepLine says a CSV or TSV file opens with Excel's line "sep=X",
	// which declares the delimiter (Delim); the header is the next line.
	SepLine bool
	// SepLineMixed says that sep line ends its line unlike the header
	// (LF, CRLF or a lone CR): DuckDB, which takes the line end from the
	// first line, reads no row of such a file.
	SepLineMixed bool
	// AboveMixed says a blank line above the header (empty, white space
	// or empty cells) ends its line unlike the header (LF against CRLF):
	// DuckDB reads no row of such a file either.
	AboveMixed bool
	// PaddedLine is the first line above the header that holds white
	// space or empty cells only (a blank line that is not empty), or 0:
	// Spark's CSV reader passes over empty lines only.
	PaddedLine int64
	// Unnamed says a CSV or TSV header ends in columns without a name
	// (a spreadsheet's used range): a record may then leave them out or
	// add empty fields, and is read all the same.
	Unnamed bool
	// HeaderLine is the line of a CSV or TSV file's header: 1, or more
	// after a sep line or blank lines, which the SQL texts must skip.
	HeaderLine int64
	// AboveRecords is the number of records above the header (a sep
	// line, blank lines), which DuckDB's skip counts: HeaderLine - 1
	// unless a blank record there holds a quoted line break ("<LF>",,,),
	// one record over two lines; -1 when a blank record there has broken
	// quoting (" ""), which DuckDB may end elsewhere than sekat.
	AboveRecords int64
	// Encoding is the character encoding of a text file as far as its
	// header shows it: UTF-16 (a byte order mark, or NULs beside ASCII)
	// or the encoding study.yaml names; else UTF-8. A Windows-1252 file
	// that study.yaml does not name is found only at its first byte that
	// is not ASCII, which may lie past the header: then UTF-8.
	Encoding Encoding
	// Columns are the file's columns in order, as Source.Columns gives them.
	Columns []string
	// Bound maps each contract column of the table (required and optional)
	// that the file has to its place in Columns and its type.
	Bound map[string]LayoutColumn
}

// LayoutColumn is one bound column of a Layout.
type LayoutColumn struct {
	Index int        // into Layout.Columns
	Type  ColumnType // TypeText for CSV and TSV
}

// Layout reads the header (CSV, TSV) or schema (Parquet) of path, a file
// of table t of the study, and says how Load would bind it. A required
// column that is missing is a *ColumnError, as for Load. A CSV or TSV
// file that opens with Excel's line "sep=X" has SepLine set: the SQL
// texts must skip that line to find the header.
func (s *Study) Layout(t Table, path string) (_ *Layout, err error) {
	// a file that cannot be read is named as the load names it: sekat
	// pairs said "berkas masukan rusak" of a cut Parquet file that
	// analyze names
	defer s.nameFile(path, &err)
	format, gz, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	src, err := openTable(path, OpenOptions{Encoding: s.enc[t]}, s.fileInfo(path))
	if err != nil {
		return nil, err
	}
	defer src.Close()
	l := &Layout{Path: path, Format: format, Gzip: gz, Columns: append([]string(nil), src.Columns()...), Bound: map[string]LayoutColumn{}}
	spec := tables[t]
	// a required column missing: the error Load gives (the others
	// missing, where the header was read, what to map in study.yaml)
	lower := map[string]bool{}
	for _, c := range l.Columns {
		lower[colKey(c)] = true
	}
	var names []string
	for _, r := range spec.required {
		names = append(names, s.column(t, r))
	}
	if e := (&loader{s: s, file: ShowName(filepath.Base(path)), cur: &Input{Path: path}}).missingColumn(t, src.Source, names, lower); e != nil {
		return nil, e
	}
	if c, ok := src.Source.(*csvSource); ok {
		l.Delim, l.SepLine, l.SepLineMixed, l.AboveMixed, l.HeaderLine = c.delim, c.sepLine, c.sepLine && c.sepMixed, c.aboveMixed, c.header
		l.PaddedLine, l.Unnamed, l.AboveRecords = c.padded, c.named < len(c.cols), c.aboveRecs
	}
	l.Encoding = EncodingUTF8
	if src.dec != nil {
		l.Encoding = src.dec.Encoding()
	}
	for i, c := range append(append([]string(nil), spec.required...), spec.optional...) {
		name := s.column(t, c)
		j := srcBindIndex(l.Columns, []string{name})[0]
		// a column sekat never uses may repeat, as Load allows it
		if a, b := srcDuplicate(l.Columns, name); a > 0 && format != "ndjson" && !(i >= len(spec.required) && slices.Contains(spec.unused, c)) {
			return nil, &DuplicateColumnError{File: ShowName(filepath.Base(path)), Column: name, First: a, Second: b}
		}
		if j < 0 {
			if i < len(spec.required) {
				e := &ColumnError{File: ShowName(filepath.Base(path)), Column: name, Found: l.Columns}
				if c, ok := src.Source.(*csvSource); ok && c.sepLine {
					// a sep line that declares a delimiter the header does not use
					e.HeaderLine, e.SepLine = c.header, c.delim
				}
				return nil, e
			}
			continue
		}
		lc := LayoutColumn{Index: j}
		if p, ok := src.Source.(*pqSource); ok {
			cv, err := pqConvOf(p.top[j])
			if err != nil {
				// the error analyze gives for the column (Bind), which
				// commands word in the user's language
				return nil, &ColumnTypeError{File: ShowName(filepath.Base(path)), Column: l.Columns[j], Err: err}
			}
			lc.Type = cv.columnType()
		}
		l.Bound[c] = lc
	}
	return l, nil
}

// columnType is the ColumnType of a Parquet conversion.
func (c pqConv) columnType() ColumnType {
	switch c.kind {
	case pqText:
		return TypeText
	case pqInt32, pqUint32, pqInt64, pqUint64:
		return TypeInt
	case pqDecimal32, pqDecimal64:
		// a DECIMAL(18,0) id reads as the integer it is, here and in
		// the engines (review r3 of session 15: sekat pairs refused the
		// person_id that analyze read); with a scale it is no id
		if c.scale == 0 {
			return TypeInt
		}
	case pqTimestamp:
		if c.local {
			return TypeTimeLocal
		}
		return TypeTimeUTC
	case pqInt96:
		return TypeTimeUTC
	case pqDate:
		return TypeDate
	case pqBool:
		return TypeBool
	}
	return TypeOther
}
