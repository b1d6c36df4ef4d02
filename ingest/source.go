package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/engine"
)

// Kind says how a Value is held.
type Kind uint8

const (
	// Null is a missing value: an empty field in CSV/TSV, JSON null or an
	// empty JSON string or array, a Parquet null.
	Null Kind = iota
	// Bytes is text in Value.B: a CSV field, a JSON string, JSON numbers and
	// booleans as their literal text, Parquet strings and the decimal text
	// of Parquet numbers.
	Bytes
	// TimeUTC is an absolute instant: Value.I is seconds since the Unix
	// epoch (Parquet TIMESTAMP with isAdjustedToUTC=true, or INT96).
	TimeUTC
	// TimeLocal is a wall-clock time without zone: Value.I is seconds since
	// 1970-01-01T00:00:00 of that wall clock (Parquet TIMESTAMP with
	// isAdjustedToUTC=false). TimeOf applies the study's zone.
	TimeLocal
	// Date is a calendar day: Value.I is days since 1970-01-01 (Parquet
	// DATE).
	Date
)

// String returns the kind's lowercase name.
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bytes:
		return "bytes"
	case TimeUTC:
		return "time_utc"
	case TimeLocal:
		return "time_local"
	case Date:
		return "date"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is one cell. B aliases the reader's buffers and is valid only until
// the next call to Next; copy it (or intern it) to keep it.
//
// For Bytes, I is zero or a dictionary code: cells of one Source with the
// same nonzero I hold the same bytes (Parquet gives the entries of a
// column chunk's dictionary codes, so the loader can look each one up
// once). A code's low 32 bits are the entry's number, below 2^31.
type Value struct {
	Kind Kind
	B    []byte
	I    int64
}

// set stores the three fields one by one. A batch filled with
// *v = Value{...} builds the value on the stack first and copies it with
// 16-byte loads that straddle the one-byte store of Kind: the store is
// not forwarded and each cell waits for it (on the Parquet letters of
// BenchmarkIngestParquet_10M, a fifth of the column decoding).
func (v *Value) set(k Kind, b []byte, i int64) {
	v.Kind, v.B, v.I = k, b, i
}

// Source streams the rows of one table file.
//
// A Source is not safe for concurrent use.
type Source interface {
	// Columns are the column names as found in the file: the CSV/TSV
	// header (trimmed, BOM removed), the Parquet schema's top-level
	// columns, the keys of the first NDJSON object in order of appearance.
	Columns() []string
	// Bind declares the columns the caller will read, by index into
	// Columns(); after Bind, Next fills row[j] for want[j]. Columns not
	// bound are skipped as cheaply as possible. Bind (or BindNames) must be
	// called at most once, before the first Next; a Source that was never
	// bound binds all of Columns() in order.
	Bind(want []int) error
	// BindNames binds by column name, case-insensitively. A name that is
	// not present yields Null values for NDJSON (later objects may carry
	// keys the first one lacks) and a *ColumnError for CSV/TSV and Parquet.
	BindNames(names []string) error
	// Next reads one row into row (len(row) must equal the number of bound
	// columns) and returns the row's position: for CSV/TSV the 1-based
	// physical line where the record starts (the header is line 1), for
	// NDJSON the 1-based line, for Parquet the 1-based row number.
	// At the end it returns io.EOF. A bad row returns a *RowError and the
	// source stays usable: the next call continues with the following row.
	// Any other error is fatal (I/O, corrupt Parquet).
	Next(row []Value) (line int64, err error)
	// Rows returns the number of data rows returned so far, good and bad.
	Rows() int64
	// Close releases the file and any temporary file.
	Close() error
}

// Sentinel errors wrapped by RowError.
var (
	// ErrFieldCount: a CSV/TSV record has more or fewer fields than the
	// header.
	ErrFieldCount = errors.New("wrong number of fields")
	// ErrInvalidUTF8: a bound value is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrMalformed: bad quoting, a line that is not a flat JSON object, a
	// nested JSON value.
	ErrMalformed = errors.New("malformed row")
	// ErrOpenQuote: a CSV/TSV quoted field that is never closed, or closed
	// only after more lines or bytes than a quoted field may hold, or after
	// line breaks and then followed by text: most likely a stray quote. It
	// wraps ErrMalformed.
	ErrOpenQuote = fmt.Errorf("%w: quote left open", ErrMalformed)
	// ErrQuotedTooLong: a CSV/TSV quoted field not closed within the
	// limits of one quoted field (1,000 line breaks, 1 MiB): a stray
	// quote, or a text longer than sekat reads. It wraps ErrOpenQuote.
	ErrQuotedTooLong = fmt.Errorf("%w: quoted field over the limits", ErrOpenQuote)
	// ErrNestedValue: an NDJSON object whose value of a column sekat
	// reads is an object, or an array holding objects or arrays.
	// ErrJSONDuplicateKey: an NDJSON object that writes a key sekat reads
	// twice (in any case). Both wrap ErrMalformed.
	ErrNestedValue      = fmt.Errorf("%w: nested value", ErrMalformed)
	ErrJSONDuplicateKey = fmt.Errorf("%w: key written twice", ErrMalformed)
	// ErrHeaderRow: a row whose time cell holds the column's own name: the
	// header row again, mid-file (exports joined with their headers).
	ErrHeaderRow = errors.New("header row repeated")
	// ErrBadTime: a time that cannot be parsed or does not exist.
	ErrBadTime = errors.New("invalid time")
	// ErrMissingColumn: a required column is not in the file. ColumnError
	// unwraps to it.
	ErrMissingColumn = errors.New("missing column")
	// ErrDamaged: a file that stops before its end or is broken inside
	// its compression or container (a cut-off .gz, Parquet file or
	// workbook sheet, an empty workbook). Not a row error: the whole file
	// is refused, since what follows the damage cannot be read.
	ErrDamaged = errors.New("damaged or cut-off file")
	// ErrNotTable: a file that is not a table of the format its name
	// gives: a record over 16 MiB, more than 4,096 columns, a .gz that is
	// not gzipped, an .xlsx that is not a workbook.
	ErrNotTable = errors.New("not a table of its format")
	// ErrJSONArray: an .ndjson file that is one JSON array rather than
	// one object per line; ErrNotWorkbook: an .xlsx file that is not a
	// zip workbook (another format, or a cut-off copy). Both wrap
	// ErrNotTable, with a fix of their own.
	ErrJSONArray   = fmt.Errorf("%w: a JSON array, not NDJSON", ErrNotTable)
	ErrNotWorkbook = fmt.Errorf("%w: not an .xlsx workbook", ErrNotTable)
	// ErrHTMLWorkbook: an .xlsx file that is an HTML page, as a web
	// application's "export to Excel" writes one; it wraps ErrNotWorkbook.
	ErrHTMLWorkbook = fmt.Errorf("%w: an HTML page", ErrNotWorkbook)
)

// RowError is a row that cannot be used. It wraps one of ErrFieldCount,
// ErrInvalidUTF8, ErrMalformed (or ErrOpenQuote) or ErrBadTime.
type RowError struct {
	File   string // base name of the file as the user gave it
	Line   int64  // as returned by Source.Next
	Column string // column name, "" when the whole row is wrong
	Value  string // the offending value, at most 200 bytes, valid UTF-8, for display
	Reason string // lowercase English: what is wrong and what to do
	Err    error  // sentinel
	// RefLine is the line of the row the reason points to: the rejected
	// row of another table (ErrRejectedPerson, ErrRejectedUnit: the id's
	// row in people or units), or the first row of a unit_id written
	// twice (ErrDuplicateUnit); 0 otherwise.
	RefLine int64
	// Unit is the unit_id the reason says to write, for a unit written
	// by its name (ErrUnitByName, ErrIDUnitName), in other letter case
	// (ErrUnitCase, ErrIDCase) or without its leading zeros
	// (ErrUnitLeadingZeros); "" otherwise. An id of the units table,
	// never a person's, so it may be said where Value may not.
	Unit string
	// HeaderFields and Fields are, for ErrFieldCount, the number of
	// fields of the header and of the record, and Delim the delimiter
	// the file is read with; 0 otherwise.
	HeaderFields, Fields int
	Delim                byte
	// TrailingDelim says, for ErrFieldCount, that the record has one
	// field more than the header, empty and unquoted at the end of the
	// line: the line ends in one delimiter more than the header's. When
	// every row of a file is so (Input.TrailingDelims), the program that
	// wrote it ends each data row with a delimiter, and one delimiter
	// added at the end of the header line mends them all.
	TrailingDelim bool
	// Table is the table of File, and Field the contract's name of
	// Column (sender for a column study.yaml renames pengirim); Field is
	// "" when the whole row is wrong or Column is none of the table's.
	// Load sets both on every RowError it hands to Options.OnReject.
	Table Table
	Field string
	// rowValue says that Value is the whole row although Column names
	// the cell at fault (an NDJSON line whose key holds an object, or is
	// written twice): the row's other cells may name a person.
	rowValue bool
}

// Personal reports whether Value may identify a person, so that an output
// meant for others can leave it out: a whole row (Field "", or a Value
// that is the whole row though Column names one cell), any cell of
// the people table, and a cell of a log table's id column (sender,
// recipients, cc, attendee, organizer, provider, consumer), which takes
// a person_id as well as a unit_id. The cells of the units table, the
// times, meeting ids, titles, datasets and statuses are not, nor is a
// cell of a dash alone (ErrDashID, ErrDashTime) or of MySQL's zero date
// (ErrZeroDate).
func (e *RowError) Personal() bool {
	if e.Field != "" && !e.rowValue && (errors.Is(e, ErrDashID) || errors.Is(e, ErrDashTime) || errors.Is(e, ErrZeroDate)) {
		return false // a dash alone, or 0000-00-00, names no one
	}
	if e.Field == "" || e.rowValue || e.Table == People {
		return true
	}
	if e.Table < Correspondence || e.Table >= NumTables {
		return false // units: a table of offices
	}
	for _, c := range idColumns[e.Table] {
		if c.name == e.Field {
			return true
		}
	}
	return false
}

// Error formats "ingest: FILE line N column C: REASON", leaving out the parts
// that are empty or zero.
func (e *RowError) Error() string {
	var sb strings.Builder
	sb.WriteString("ingest: ")
	sep := ""
	if e.File != "" {
		sb.WriteString(e.File)
		sep = " "
	}
	if e.Line > 0 {
		sb.WriteString(sep)
		sb.WriteString("line ")
		sb.WriteString(strconv.FormatInt(e.Line, 10))
		sep = " "
	}
	if e.Column != "" {
		sb.WriteString(sep)
		sb.WriteString("column ")
		sb.WriteString(e.Column)
		sep = " "
	}
	if sep != "" {
		sb.WriteString(": ")
	}
	switch {
	case e.Reason != "":
		sb.WriteString(e.Reason)
	case e.Err != nil:
		sb.WriteString(e.Err.Error())
	default:
		sb.WriteString("bad row")
	}
	return sb.String()
}

// Unwrap returns the sentinel.
func (e *RowError) Unwrap() error { return e.Err }

// ColumnError is a required column missing from a file; it is fatal for that
// file. Its message shows at most the first 30 columns found, each cut to
// 60 bytes: a file that is not a table (a header line of megabytes) must
// not give a message of megabytes.
type ColumnError struct {
	File   string
	Column string   // the column that is missing
	Found  []string // the columns that were found
	// Renamed is the contract's name of Column when study.yaml's
	// columns: gives the file's name for it (person_id for nip); else "".
	Renamed string
	// HeaderLine is the line (SheetRow: the sheet row, the first with a
	// value) the header was read from; 0 for Parquet and NDJSON.
	HeaderLine int64
	SheetRow   bool
	// Holds says what the file holds when its bytes are of another format
	// than its name gives: "gzip", "xlsx", "xls" or "parquet"; else "".
	Holds string
	// Rename is the name the file would take for what it Holds.
	Rename string
	// HTMLLine is the line on which a text table (.csv, .tsv, .txt)
	// starts an HTML page, a web report saved under the table's name
	// (sniffHTML); 0 when it does not.
	HTMLLine int64
	// Sheet is the sheet read of an .xlsx workbook, Sheets all its
	// sheets in the workbook's order; a sheet without any value (Found
	// empty) is most often the wrong sheet.
	Sheet  string
	Sheets []string
	// Empty: the file has no bytes at all.
	Empty bool
	// Also are the other required columns the file lacks, in the
	// contract's order.
	Also []string
	// Table is the contract's name of the file's table; Suggest pairs
	// columns the file lacks with headers of it that exports commonly give
	// them (pengirim for sender), as a columns: mapping to suggest; empty
	// when no required column has one.
	Table   string
	Suggest [][2]string
	// SepLine is the delimiter that a CSV's first line, Excel's sep=X,
	// declared; 0 without that line.
	SepLine byte
	// HeaderBelow is a line (SheetRow: a sheet row) below HeaderLine
	// whose cells name every required column, as the file names them or
	// as Suggest maps them: the table's header under a title that was
	// read as the header; 0 when none of the next headerScan lines does.
	HeaderBelow int64
	// CRLines: the text file ends its lines with a lone CR, as Excel for
	// Mac's "CSV (Macintosh)" writes them. sekat reads it, but many
	// editors show such a file as one line, so the lines above the
	// header cannot be removed there until it is saved again.
	CRLines bool
}

// SepMismatch reports whether the header, read with the delimiter a sep=X
// line declared, is one name holding another delimiter (',', ';' or
// TAB): the line declares a delimiter the file does not use. It returns
// that other delimiter.
func (e *ColumnError) SepMismatch() (byte, bool) {
	if e.SepLine == 0 || len(e.Found) != 1 {
		return 0, false
	}
	for _, d := range []byte{',', ';', '\t'} {
		if d != e.SepLine && strings.IndexByte(e.Found[0], d) >= 0 {
			return d, true
		}
	}
	return 0, false
}

// ColumnsText is Column, with Also after it when the file lacks more.
func (e *ColumnError) ColumnsText() string {
	note := ""
	if e.Renamed != "" {
		note = " (renamed from " + e.Renamed + " in study.yaml)"
	}
	return e.ColumnsTextWith(note)
}

// ColumnsTextWith is ColumnsText with note (which says, in the reader's
// language, that Column is study.yaml's name for Renamed) after Column.
func (e *ColumnError) ColumnsTextWith(note string) string {
	s := strconv.Quote(e.Column) + note
	for _, a := range e.Also {
		s += ", " + strconv.Quote(a)
	}
	return s
}

// EmptySheet reports whether the error is about an .xlsx sheet that
// holds no value at all.
func (e *ColumnError) EmptySheet() bool { return e.Sheet != "" && len(e.Found) == 0 }

// ExcelSep reports whether the header read is Excel's "sep=," line, which
// names the delimiter above a CSV's real header.
func (e *ColumnError) ExcelSep() bool {
	if e.HeaderLine != 1 || e.Sheet != "" || len(e.Found) == 0 || len(e.Found[0]) > 5 || !strings.HasPrefix(strings.ToLower(e.Found[0]), "sep=") {
		return false
	}
	for _, f := range e.Found[1:] {
		if f != "" {
			return false
		}
	}
	return true
}

// DelimName writes a delimiter as a message shows it: TAB by name.
func DelimName(d byte) string {
	if d == '\t' {
		return "TAB"
	}
	return string(d)
}

// OtherSheets reports whether the workbook read has sheets other than the
// one read, where the table may be (a cover sheet before it).
func (e *ColumnError) OtherSheets() bool { return e.Sheet != "" && len(e.Sheets) > 1 }

// Error formats `ingest: FILE: missing column "C"; found: a, b, c; add the
// column or rename it in study.yaml (columns: ...)`.
func (e *ColumnError) Error() string {
	var sb strings.Builder
	sb.WriteString("ingest: ")
	if e.HTMLLine > 0 { // its "columns" are tags
		fmt.Fprintf(&sb, "%s line %d starts an HTML page (a web report saved under this name), not a table: %s", e.File, e.HTMLLine, htmlAdvice)
		return sb.String()
	}
	if e.File != "" {
		sb.WriteString(e.File)
		sb.WriteString(": ")
	}
	if e.Holds != "" { // not text: its "columns" would be binary garbage
		sb.WriteString("not a text table")
		e.holdsText(&sb)
		return sb.String()
	}
	if e.Empty { // no header to add a column to
		sb.WriteString("the file is empty (0 bytes): export the table again (a log table that has no rows may also be removed)")
		return sb.String()
	}
	if len(e.Also) > 0 {
		sb.WriteString("missing columns ")
	} else {
		sb.WriteString("missing column ")
	}
	sb.WriteString(e.ColumnsText())
	where := e.Where()
	if where != "" {
		sb.WriteString(" in the header, read from ")
		sb.WriteString(where)
		if e.SheetRow {
			sb.WriteString(" (the first row with a value)")
		}
	}
	sb.WriteString("; found: ")
	if len(e.Found) == 0 {
		sb.WriteString("no columns")
	}
	sb.WriteString(e.FoundText())
	if len(e.Also) > 0 {
		sb.WriteString("; add the columns or rename them in study.yaml (columns: ...)")
	} else {
		sb.WriteString("; add the column or rename it in study.yaml (columns: ...)")
	}
	if e.Empty {
		sb.WriteString("; the file is empty (0 bytes): export the table again, or remove the file")
	}
	if e.EmptySheet() {
		fmt.Fprintf(&sb, "; sheet %s holds no value; the workbook's sheets are %s: name the sheet that holds the table in study.yaml (sheet:)", srcDisplayN([]byte(e.Sheet), colErrNameMax), e.SheetsText())
	} else if e.OtherSheets() {
		fmt.Fprintf(&sb, "; this is sheet %s of %s: if the table is on another sheet, name it in study.yaml (sheet:)", srcDisplayN([]byte(e.Sheet), colErrNameMax), e.SheetsText())
	}
	if d, ok := e.SepMismatch(); ok {
		sep, other := DelimName(e.SepLine), DelimName(d)
		fmt.Fprintf(&sb, "; line 1 (sep=%s) declares the delimiter %s, but the column names on line %d are separated by %s: change line 1 to sep=%s or remove it (sekat finds the delimiter itself)", sep, sep, e.HeaderLine, other, other)
	} else if e.ExcelSep() {
		sb.WriteString("; line 1 is the line sep=... that Excel writes to name the delimiter: remove it (sekat finds the delimiter itself)")
	} else if e.HeaderBelow > 0 {
		if e.SheetRow {
			fmt.Fprintf(&sb, "; sheet row %d below holds these column names, under a title: delete the rows above row %d, then run sekat again", e.HeaderBelow, e.HeaderBelow)
		} else {
			fmt.Fprintf(&sb, "; line %d below holds these column names, under a title: remove the lines above line %d, then run sekat again", e.HeaderBelow, e.HeaderBelow)
		}
	} else if where != "" && e.Holds == "" {
		fmt.Fprintf(&sb, "; if the header is not on %s (a title above the table), remove the rows above the header", where)
	}
	if e.CRLines {
		if f, _, _ := FormatOf(e.File); f == "tsv" {
			sb.WriteString(crLinesAdviceTSV)
		} else {
			sb.WriteString(crLinesAdvice)
		}
	}
	return sb.String()
}

// crLinesAdvice ends the message of a ColumnError with CRLines;
// crLinesAdviceTSV that of a .tsv file, which Excel's "CSV UTF-8" would
// make a comma-separated .csv (a second file of the table).
const (
	crLinesAdvice    = `; the file's lines end with a lone CR ("CSV (Macintosh)" of Excel for Mac), which many text editors show as one line: to edit it, save it again in Excel as "CSV UTF-8 (Comma delimited)", or in a text editor with LF or CRLF line ends`
	crLinesAdviceTSV = `; the file's lines end with a lone CR (as Excel for Mac writes text files), which many text editors show as one line: to edit it, save it again in a text editor with LF or CRLF line ends`
)

// htmlAdvice ends the message of a ColumnError with HTMLLine.
const htmlAdvice = "export the table again as CSV from the system it came from, or open the file in a spreadsheet and save it as CSV UTF-8 (Comma delimited)"

// holdsText says what the file holds when it is not text (Holds).
func (e *ColumnError) holdsText(sb *strings.Builder) {
	switch e.Holds {
	case "gzip":
		fmt.Fprintf(sb, "; the file holds gzip data, not text: name it %s", e.Rename)
	case "xlsx":
		fmt.Fprintf(sb, "; the file is an .xlsx workbook, not text: name it %s", e.Rename)
	case "parquet":
		fmt.Fprintf(sb, "; the file is a Parquet file, not text: name it %s", e.Rename)
	case "xls":
		sb.WriteString("; the file is an .xls workbook (or a password-protected one), not text: save it in Excel as .xlsx without a password, or as CSV")
	case "binary":
		sb.WriteString("; the file holds binary data, not text (another file saved under this name?): export the table again as CSV UTF-8")
	}
}

// SheetsText lists the workbook's sheets for a message as FoundText
// lists columns.
func (e *ColumnError) SheetsText() string { return displayList(e.Sheets) }

// Where is "line N" or "row N" (SheetRow), where the header was read, or
// "" when unknown.
func (e *ColumnError) Where() string {
	switch {
	case e.HeaderLine <= 0:
		return ""
	case e.SheetRow:
		return "row " + strconv.FormatInt(e.HeaderLine, 10)
	}
	return "line " + strconv.FormatInt(e.HeaderLine, 10)
}

// FoundText lists the columns found for a message, each shown safely and
// cut, the list cut after the first few ("" for none).
func (e *ColumnError) FoundText() string { return displayList(e.Found) }

// displayList shows each name safely and cut, joined by ", ", the list
// cut after the first few ("" for none).
func displayList(names []string) string {
	var sb strings.Builder
	for i, f := range names {
		if i == colErrShown {
			fmt.Fprintf(&sb, " and %d more", len(names)-i)
			break
		}
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(srcDisplayN([]byte(f), colErrNameMax))
	}
	return sb.String()
}

// Unwrap returns ErrMissingColumn.
func (e *ColumnError) Unwrap() error { return ErrMissingColumn }

// ErrDuplicateColumn: a column that sekat reads appears twice in a file's
// header. DuplicateColumnError unwraps to it.
var ErrDuplicateColumn = errors.New("column written twice")

// DuplicateColumnError is a column sekat reads that a file's header holds
// twice (names compare as for binding: trimmed, in any case). Reading one
// of them would drop the other without a word.
type DuplicateColumnError struct {
	File          string
	Column        string // the name sekat looks for
	First, Second int    // 1-based positions in the header
}

// Error formats `ingest: FILE: column "C" at 2 and 5 of the header; ...`.
func (e *DuplicateColumnError) Error() string {
	return fmt.Sprintf("ingest: %s: column %q at %d and %d of the header (counting from 1); sekat would read only one of them: remove or rename the other",
		e.File, e.Column, e.First, e.Second)
}

// Unwrap returns ErrDuplicateColumn.
func (e *DuplicateColumnError) Unwrap() error { return ErrDuplicateColumn }

// srcDuplicate returns the 1-based positions of the first two columns of
// cols that match name as srcBindIndex matches, or 0, 0.
func srcDuplicate(cols []string, name string) (first, second int) {
	name = colKey(name)
	for i, c := range cols {
		if colKey(c) == name {
			if first > 0 {
				return first, i + 1
			}
			first = i + 1
		}
	}
	return 0, 0
}

// colKey is the form in which column names (a header's, an NDJSON key,
// study.yaml's columns:) are compared: in lower case, without the
// invisible format characters that exports and copied text carry into a
// header (Unicode category Cf: zero-width space U+200B, a byte order mark
// U+FEFF in the middle, soft hyphen U+00AD, zero-width joiners, word
// joiner, direction marks), with every white space character (NBSP
// U+00A0 among them) a space, and trimmed. Names that hold nothing but
// printable ASCII are only lowered and trimmed.
func colKey(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if !plain {
		var b strings.Builder
		for _, r := range s {
			switch {
			case unicode.Is(unicode.Cf, r):
			case unicode.IsSpace(r):
				b.WriteByte(' ')
			default:
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// colKeyOdd reports whether colKey may change key other than by case:
// it holds a byte outside printable ASCII, or begins or ends with a
// space.
func colKeyOdd(key []byte) bool {
	for _, c := range key {
		if c >= utf8.RuneSelf || c < ' ' {
			return true
		}
	}
	return len(key) > 0 && (key[0] == ' ' || key[len(key)-1] == ' ')
}

// srcDisplayMax is the most bytes of an offending value shown in a
// RowError (before the "..." that marks a cut).
const srcDisplayMax = 200

// How much of the found columns a ColumnError shows.
const (
	colErrShown   = 30
	colErrNameMax = 60
)

// srcDisplay makes b fit for an error message and rejects.csv: valid UTF-8
// kept as written, invalid bytes written as \xNN, control characters escaped
// as in Go string literals (\n, \t, \x01), a backslash that could be read
// as the start of an escape (one followed by another backslash, by a
// letter that starts an escape of a Go string, a b f n r t u U v x, or by
// a character written as an escape) doubled, and the result cut at a
// character boundary to at most srcDisplayMax bytes, followed by "..."
// when cut. DisplayText reads the form back. Without the doubling, an id
// p\x811 of the file and an id p, byte 0x81, 1 were both shown p\x811.
func srcDisplay(b []byte) string { return srcDisplayN(b, srcDisplayMax) }

// srcDisplayN is srcDisplay cutting at limit bytes.
func srcDisplayN(b []byte, limit int) string {
	clean := len(b) <= limit
	for i := 0; clean && i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			clean = c >= 0x20 && c != 0x7f && c != '\\'
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		clean = !(r == utf8.RuneError && size == 1)
		i += size
	}
	if clean {
		return string(b)
	}
	out := make([]byte, 0, min(len(b), limit)+8)
	var piece [4]byte
	for i := 0; i < len(b); {
		p, size := srcDisplayPiece(piece[:0], b[i:])
		if b[i] == '\\' && escapeAfter(b[i+1:]) {
			p = append(p, '\\')
		}
		if len(out)+len(p) > limit {
			return string(out) + "..."
		}
		out = append(out, p...)
		i += size
	}
	return string(out)
}

// srcDisplayPiece appends to out the displayed form of the character or
// invalid byte that b starts with, and returns it with its length in b.
func srcDisplayPiece(out, b []byte) ([]byte, int) {
	c := b[0]
	switch {
	case c == '\n':
		return append(out, '\\', 'n'), 1
	case c == '\r':
		return append(out, '\\', 'r'), 1
	case c == '\t':
		return append(out, '\\', 't'), 1
	case c < 0x20 || c == 0x7f:
		return srcAppendHex(out, c), 1
	case c < utf8.RuneSelf:
		return append(out, c), 1
	}
	r, size := utf8.DecodeRune(b)
	if r == utf8.RuneError && size == 1 {
		return srcAppendHex(out, c), 1
	}
	return append(out, b[:size]...), size
}

// escapeAfter reports whether a backslash followed by rest could be read
// as the start of an escape once displayed: rest starts with another
// backslash, a letter that starts an escape of a Go string (a b f n r t u
// U v x), or a character that srcDisplay or a printer of the value
// (sekat validate, rejects.csv) writes as an escape: a control
// character, a byte that is not UTF-8, a character that does not print
// (U+200B).
func escapeAfter(rest []byte) bool {
	if len(rest) == 0 {
		return false
	}
	if c := rest[0]; c < utf8.RuneSelf {
		return c == '\\' || c < 0x20 || c == 0x7f || strings.IndexByte("abfnrtuUvx", c) >= 0
	}
	r, size := utf8.DecodeRune(rest)
	return r == utf8.RuneError && size == 1 || !strconv.IsPrint(r)
}

// DisplayText returns the text that a RowError's Value shows: the
// escapes \xNN, \n, \r and \t are the bytes they stand for and \\ is one
// backslash; every other character, a backslash before any other
// character included, is itself. A Value cut at 200 bytes keeps its
// "...". A Value made from a cell that a reader could not escape (the
// loader's, which are valid UTF-8 already) is returned as it is but for
// a doubled backslash.
func DisplayText(v string) string {
	if !strings.Contains(v, `\`) {
		return v
	}
	out := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c != '\\' || i+1 == len(v) {
			out = append(out, c)
			continue
		}
		switch v[i+1] {
		case '\\':
			out = append(out, '\\')
			i++
		case 'n':
			out = append(out, '\n')
			i++
		case 'r':
			out = append(out, '\r')
			i++
		case 't':
			out = append(out, '\t')
			i++
		case 'x':
			if i+4 > len(v) {
				out = append(out, c)
				continue
			}
			h, err := strconv.ParseUint(v[i+2:i+4], 16, 8)
			if err != nil {
				out = append(out, c)
				continue
			}
			out = append(out, byte(h))
			i += 3
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

func srcAppendHex(out []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	return append(out, '\\', 'x', hex[c>>4], hex[c&0xf])
}

// srcBindIndex resolves names against cols case-insensitively, first match
// winning. Names not found get -1.
func srcBindIndex(cols, names []string) []int {
	idx := make([]int, len(names))
	for j, n := range names {
		idx[j] = -1
		n = colKey(n)
		for i, c := range cols {
			if colKey(c) == n {
				idx[j] = i
				break
			}
		}
	}
	return idx
}

// srcCheckIndices validates Bind's indices against n columns.
func srcCheckIndices(want []int, n int) error {
	for _, w := range want {
		if w < 0 || w >= n {
			return errors.New("ingest: bind: column index " + strconv.Itoa(w) + " out of range [0," + strconv.Itoa(n) + ")")
		}
	}
	return nil
}

var (
	errBoundTwice = errors.New("ingest: bind: called twice or after the first row; bind once before Next")
	errRowLen     = errors.New("ingest: next: len(row) differs from the number of bound columns")
)

// srcBufSize is the initial read buffer of the text readers.
const srcBufSize = 1 << 20

// srcMaxRecord bounds one CSV record or NDJSON line: 16 MiB. A longer one
// is a fatal error rather than unbounded memory; no table row is that long
// (a CSV quoted field holds at most csvMaxQuotedBytes). The DuckDB text of
// sekat pairs reads lines up to the same length (engine.MaxLine).
const srcMaxRecord = engine.MaxLine

// srcCloser closes a source's file once; later calls return nil.
type srcCloser struct {
	closeFn func() error
}

func (c *srcCloser) close() error {
	fn := c.closeFn
	c.closeFn = nil
	if fn == nil {
		return nil
	}
	return fn()
}

// srcBuf is the read buffer shared by the CSV and NDJSON scanners: data is
// buf[r:w]; fill moves the unread tail to the front and reads more.
type srcBuf struct {
	rd  io.Reader
	buf []byte
	r   int // start of unread data
	w   int // end of data
	eof bool
	err error // the fatal read error, once seen
	// pend is a read error met after some bytes were read: fill returns
	// it at its next call, once the records before it are handed out.
	pend error
	name string // the file, for errors
	line *int64 // the line of the record being read, for errors
	// base is the offset in the input of buf[0].
	base int64
	// fills counts the calls to fill that read input. A record that
	// straddles a refill is scanned again from its start, so fills bounds
	// the rescanning; tests check it stays logarithmic in a long record.
	fills int
	// crLines says the input ends its lines with a lone CR (the "CSV
	// (Macintosh)" of Excel for Mac): every CR read is made a LF, byte
	// for byte, so offsets and line numbers stay those of the file.
	crLines bool
}

// endLinesAtCR sets crLines and makes the CRs already in the buffer LFs.
func (b *srcBuf) endLinesAtCR() {
	b.crLines = true
	crToLF(b.buf[b.r:b.w])
}

// crToLF makes every CR in p a LF.
func crToLF(p []byte) {
	for {
		i := bytes.IndexByte(p, '\r')
		if i < 0 {
			return
		}
		p[i] = '\n'
		p = p[i+1:]
	}
}

func (b *srcBuf) init(rd io.Reader, size int, name string, line *int64) {
	b.rd = rd
	b.buf = make([]byte, size)
	b.name, b.line = name, line
}

// fill reads more input after compacting, until the buffer is full or the
// input ends; it doubles the buffer when the unread data already fills it.
// Filling up each time keeps the scanners linear: a record that straddles
// refills is scanned again from its start, at most once per doubling of
// the data behind it. fill returns a fatal error, or nil with b.eof set at
// the end of input.
func (b *srcBuf) fill() error {
	if b.err != nil {
		return b.err
	}
	if b.eof {
		return nil
	}
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.base += int64(b.r)
		b.r = 0
	}
	b.fills++
	if b.w == len(b.buf) {
		if len(b.buf) >= srcMaxRecord {
			b.err = fmt.Errorf("ingest: %s line %d: a record longer than %s; a table row is never this long: the file is probably not a table of this format, or it has no line ends; check what the file holds and export the table again: %w",
				b.name, *b.line, byteSize(srcMaxRecord), ErrNotTable)
			return b.err
		}
		nb := make([]byte, min(2*len(b.buf), srcMaxRecord))
		copy(nb, b.buf[:b.w])
		b.buf = nb
	}
	if b.pend != nil {
		b.err, b.pend = b.pend, nil
		b.cut()
		return b.err
	}
	for empty, w0 := 0, b.w; b.w < len(b.buf); {
		n, err := b.rd.Read(b.buf[b.w:])
		if b.crLines {
			crToLF(b.buf[b.w : b.w+n])
		}
		b.w += n
		if err == io.EOF {
			b.eof = true
			return nil
		}
		if err != nil {
			err = fmt.Errorf("ingest: %s: read: %w", b.name, err)
			if b.w > w0 {
				// the records read whole before the break are handed
				// out first: the error comes at the next fill, when
				// *b.line is the line of the record the break cut
				b.pend = err
				return nil
			}
			b.err = err
			b.cut()
			return b.err
		}
		if n > 0 {
			empty = 0
			continue
		}
		if empty++; empty > 100 {
			b.err = fmt.Errorf("ingest: %s: read: %w", b.name, io.ErrNoProgress)
			return b.err
		}
	}
	return nil
}

// cut makes b.err, when the file's compressed data broke off or is
// broken, a *CutOffError naming the last line read whole: the one above
// the record being read.
func (b *srcBuf) cut() {
	var ge *gzError
	if errors.As(b.err, &ge) {
		b.err = &CutOffError{File: b.name, Line: max(*b.line-1, 0), Codec: cmp.Or(ge.codec, "gzip"), Err: ge}
	}
}

// byteSize formats n bytes for a message: "4 GiB", "512 MiB", "1,000 bytes".
func byteSize(n int64) string {
	for _, u := range []struct {
		shift uint
		name  string
	}{{40, "TiB"}, {30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return fmt.Sprintf("%d %s", n>>u.shift, u.name)
		}
	}
	if n == 1 {
		return "1 byte"
	}
	return countText(n) + " bytes"
}

// countText writes n as English text writes a count, its digits grouped
// in thousands by commas: "1,000", "43,617".
func countText(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	if s[0] == '-' {
		b.WriteByte('-')
		s = s[1:]
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
