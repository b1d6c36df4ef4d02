package ingest

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinels of rejected rows, beside those of the readers (ErrFieldCount,
// ErrInvalidUTF8, ErrMalformed, ErrBadTime).
var (
	ErrMissingValue = errors.New("missing value")
	ErrUnknownID    = errors.New("unknown id")
	// ErrUnknownUnit: a spell's unit is not in the units table; it
	// wraps ErrUnknownID.
	ErrUnknownUnit = fmt.Errorf("%w: a unit", ErrUnknownID)
	// ErrRejectedPerson: an event's id is unknown because the people
	// table's row of that person was rejected; it wraps ErrUnknownID.
	ErrRejectedPerson = fmt.Errorf("%w: its people row was rejected", ErrUnknownID)
	// ErrRejectedUnit: an id (of an event, or a people row's unit_id) is
	// unknown because the units table's row of that unit was rejected;
	// it wraps ErrUnknownID.
	ErrRejectedUnit = fmt.Errorf("%w: its units row was rejected", ErrUnknownID)
	// ErrLeadingZeros and ErrUnitLeadingZeros: an unknown id of digits
	// that the tables hold with leading zeros (a spreadsheet dropped
	// them); they wrap ErrUnknownID and ErrUnknownUnit.
	ErrLeadingZeros     = fmt.Errorf("%w: leading zeros lost", ErrUnknownID)
	ErrUnitLeadingZeros = fmt.Errorf("%w: leading zeros lost", ErrUnknownUnit)
	// ErrOtherSeparator: an unknown id in recipients or cc that is known
	// ids separated by ',', '|', a line break or a tab, or a JSON list of
	// them, where sekat separates ids by ';'; it wraps ErrUnknownID.
	ErrOtherSeparator = fmt.Errorf("%w: ids separated by another character", ErrUnknownID)
	// ErrIDSpaces: an unknown id of digits that the tables hold spaced
	// otherwise (7908 0123 against 79080123, either way), an id of
	// another count of digits than a NIP's or NIK's, whose spaces
	// graph.CanonicalID drops; it wraps ErrUnknownID.
	ErrIDSpaces = fmt.Errorf("%w: spaced otherwise", ErrUnknownID)
	// ErrIDMarked: an unknown id that the tables hold without (or with)
	// the mark an export adds to keep an id as text in a spreadsheet: a
	// leading apostrophe ('1985...), Excel's formula ="1985...", or
	// quotes around it; it wraps ErrUnknownID.
	ErrIDMarked = fmt.Errorf("%w: marked as text", ErrUnknownID)
	// ErrIDDecimal, ErrIDZeros and ErrIDWidth: an unknown id that is a
	// known id written otherwise (idWrittenOtherwise): a whole number
	// written as a decimal (1.0 for 1, as pandas writes an integer column
	// that holds an empty cell), the same id with other leading zeros in
	// its digit runs (M1 for M01), or the same after Unicode NFKC folding
	// (full-width ＭＯ１ for MO1); they wrap ErrUnknownID. ErrUnitDecimal,
	// ErrUnitZeros and ErrUnitWidth: the same for a people row's unit_id;
	// they wrap ErrUnknownUnit.
	ErrIDDecimal   = fmt.Errorf("%w: a whole number written as a decimal", ErrUnknownID)
	ErrIDZeros     = fmt.Errorf("%w: other leading zeros in its number", ErrUnknownID)
	ErrIDWidth     = fmt.Errorf("%w: full-width or compatibility characters", ErrUnknownID)
	ErrUnitDecimal = fmt.Errorf("%w: a whole number written as a decimal", ErrUnknownUnit)
	ErrUnitZeros   = fmt.Errorf("%w: other leading zeros in its number", ErrUnknownUnit)
	ErrUnitWidth   = fmt.Errorf("%w: full-width or compatibility characters", ErrUnknownUnit)
	// ErrUnitByName: a people row's unit_id that is the name or short
	// name of a unit of the units table, not its unit_id; it wraps
	// ErrUnknownUnit. ErrIDUnitName: the same for an id of a log table;
	// it wraps ErrUnknownID.
	ErrUnitByName = fmt.Errorf("%w: a unit's name", ErrUnknownUnit)
	ErrIDUnitName = fmt.Errorf("%w: a unit's name", ErrUnknownID)
	// ErrUnitCase: a people row's unit_id that is a unit_id of the units
	// table in other letter case ("dishub" for DISHUB); it wraps
	// ErrUnknownUnit. ErrIDCase: the same for an id of a log table; it
	// wraps ErrUnknownID.
	ErrUnitCase = fmt.Errorf("%w: a unit_id in other case", ErrUnknownUnit)
	ErrIDCase   = fmt.Errorf("%w: a unit_id in other case", ErrUnknownID)
	// ErrIDOtherCase: an unknown id of a log table that the tables hold
	// all in upper or all in lower case (a person id "p3" for P3, which
	// ErrIDCase, about unit ids, does not cover); it wraps ErrUnknownID.
	ErrIDOtherCase = fmt.Errorf("%w: an id in other case", ErrUnknownID)
	// ErrSeveralAttendees: a meetings row's attendee that is two or more
	// known ids in one cell (separated by ';', ',', ...), where a row
	// names one attendee; it wraps ErrUnknownID.
	ErrSeveralAttendees = fmt.Errorf("%w: several attendees in one cell", ErrUnknownID)
	// ErrSeveralIDs: a cell of a column that names one id (sender,
	// organizer, provider, consumer) holding two or more known ids
	// (separated by ';', ',', ..., or a list written as text, as an
	// NDJSON array of ids is read); it wraps ErrUnknownID.
	ErrSeveralIDs = fmt.Errorf("%w: several ids in a cell of one id", ErrUnknownID)
	// ErrIDList: an unknown id that is one known id written as a list
	// in brackets (["P1"], ['P1'], [P1]: a list printed as text by an
	// export); it wraps ErrUnknownID.
	ErrIDList = fmt.Errorf("%w: one id written as a list", ErrUnknownID)
	// ErrIDWithText: an unknown id that is one known id beside other
	// text, as exports write a name beside the NIP or a unit's code
	// ("NIP - Nama", "Nama (NIP)"); it wraps ErrUnknownID.
	ErrIDWithText = fmt.Errorf("%w: an id beside other text", ErrUnknownID)
	// ErrDashID: an id cell of a dash alone ("-", "–", "—"), as exports
	// and forms write for no value; it wraps ErrUnknownID.
	ErrDashID = fmt.Errorf("%w: a dash for no value", ErrUnknownID)
	// ErrDashTime: a time cell of a dash alone, as exports and forms
	// write for no value; it wraps ErrBadTime.
	ErrDashTime = fmt.Errorf("%w: a dash for no value", ErrBadTime)
	// ErrZeroDate: a time cell of 0000-00-00 (with or without a time of
	// 00:00:00), the zero date MySQL writes for a date it does not have,
	// as SIMPEG and other exports from MySQL carry it; it wraps ErrBadTime.
	ErrZeroDate = fmt.Errorf("%w: MySQL's zero date", ErrBadTime)
	ErrNoSpell  = errors.New("person has no unit at that time")
	// ErrSpellEndsMidnight: ErrNoSpell at a time after a spell of the
	// person ended that day, its valid_to written with a time at midnight
	// in UTC or the study's zone (a Parquet TIMESTAMP, as pandas and
	// Spark write a date column, or text with 00:00), which leaves the
	// day out where a date alone would cover it; it wraps ErrNoSpell.
	ErrSpellEndsMidnight = fmt.Errorf("%w: a spell ends that day at midnight, written with a time", ErrNoSpell)
	ErrEmptyRecipients   = errors.New("no recipients")
	ErrBadValue          = errors.New("invalid value")
	// ErrBadKind, ErrBadStatus and ErrSpellOrder are the ErrBadValue of
	// units.kind, data_sharing.status and a people spell whose valid_to
	// is not after its valid_from; each wraps ErrBadValue.
	ErrBadKind = fmt.Errorf("%w: unit kind", ErrBadValue)
	// ErrKindControl: a units.kind that is a kind sekat knows but for an
	// invisible character (ControlChar) in it; it wraps ErrBadKind.
	ErrKindControl = fmt.Errorf("%w: an invisible character", ErrBadKind)
	// ErrFooterUnit: a units row whose unit_id opens with a word of a
	// totals row or of the words above a signature (Jumlah, Total,
	// Mengetahui): no unit. At the end of the file it is named as such
	// (WarnFooterRows), elsewhere rejected.
	ErrFooterUnit = fmt.Errorf("%w: a totals or signature row", ErrBadValue)
	// ErrSubtotalRow: a rejected row of a log table, with at most
	// footerCells values, one cell of which is a totals label (Total,
	// Jumlah, Subtotal at its start, or Total, Jumlah, Count, Average,
	// Max, Min, Rata-rata, Maks at its end, as Excel's Data > Subtotal
	// writes "Maret Total", "Maret Average"), followed by rows of
	// the table: a subtotal row in the middle of an export. It wraps the
	// error the row was rejected for (an invalid time, a missing id).
	ErrSubtotalRow = errors.New("a subtotal row")
	ErrBadStatus   = fmt.Errorf("%w: data sharing status", ErrBadValue)
	ErrSpellOrder  = fmt.Errorf("%w: spell ends before it starts", ErrBadValue)
	ErrDuplicate   = errors.New("duplicate id")
	// ErrControlChar: a units or people row whose own id (unit_id,
	// parent_id, person_id) holds a control character (U+0000 to U+001F
	// other than the tab, or U+007F), which no one typed and no one sees;
	// it wraps ErrBadValue. ControlChar finds it.
	ErrControlChar = fmt.Errorf("%w: a control character in an id", ErrBadValue)
	// ErrIDControl: an unknown id of a log table that holds a control
	// character; it wraps ErrUnknownID. ErrUnitControl: the same for a
	// people row's unit_id; it wraps ErrUnknownUnit.
	ErrIDControl   = fmt.Errorf("%w: a control character", ErrUnknownID)
	ErrUnitControl = fmt.Errorf("%w: a control character", ErrUnknownUnit)
	// ErrDuplicateUnit: a unit_id on a second row of the units table
	// (RowError.RefLine is the first); ErrPersonIsUnit: a person_id that
	// is also a unit_id. Both wrap ErrDuplicate.
	ErrDuplicateUnit = fmt.Errorf("%w: a unit_id twice", ErrDuplicate)
	ErrPersonIsUnit  = fmt.Errorf("%w: a person_id that is a unit_id", ErrDuplicate)
	// ErrPartial marks a value left out of a row that was kept: an id in
	// recipients or cc that is unknown (ErrUnknownID) or has no unit at
	// the letter's time (ErrNoSpell), in a letter that still has a known
	// recipient. Such a RowError wraps ErrPartial and the cause; the row
	// is counted in Input.Partial, not in Input.Rejected.
	ErrPartial = errors.New("value left out of a row that was kept")
	// ErrRejectRate is returned when more than the allowed share of a
	// table's rows was rejected.
	ErrRejectRate = errors.New("too many rejected rows")
	// ErrStrict is returned by a strict run at its first rejected row.
	ErrStrict = errors.New("row rejected in strict mode")
)

// FileError is an error that stops the run in one input file (it cannot
// be opened or read to its end: ErrDamaged, ErrNotTable, a missing
// column, ...), as Load returns it. Its text is Err's, which names the
// file already; File (the name as the study shows it, relative to the
// study folder) is there for the command line, which words the error in
// the user's language.
type FileError struct {
	File string
	Err  error
	// Folder says File is a folder (of the study, or on a table's path)
	// that may not be read or entered.
	Folder bool
}

func (e *FileError) Error() string { return e.Err.Error() }

// Unwrap returns Err.
func (e *FileError) Unwrap() error { return e.Err }

// CutOffError is a file that stops before its end, and says how far it
// was read whole: a text table whose compressed data (gzip, zstd, bzip2,
// xz, lz4) breaks off or is broken, read whole to Line; or a Parquet file
// whose footer is missing (NoFooter), the end of the file that says where
// its rows are, so that no row of it can be read. Its text names the file,
// that place and the fix (copy or export the file again). It wraps Err and
// ErrDamaged.
type CutOffError struct {
	File string
	// Line is the last line of a text table read whole (the header is
	// line 1); 0 when not even the header was.
	Line int64
	// NoFooter says a Parquet file has no footer; Size is then how many
	// bytes of it there are (decompressed, for a .parquet.gz).
	NoFooter bool
	Size     int64
	// Codec names the compression whose data broke off ("gzip", "zstd",
	// ...), or is "" for a plain Parquet file without footer.
	Codec string
	Err   error
}

func (e *CutOffError) Error() string {
	if e.NoFooter {
		what, detail := "the file", e.Err
		if g, ok := e.Err.(*gzError); ok {
			what, detail = "the "+e.Codec+" data", g.err
		}
		return fmt.Sprintf("ingest: %s: cut off: %s stops after %s of Parquet and the footer, the end of a Parquet file that says where its rows are, is missing (%v), so no row can be read; the file was cut off in a copy, a download or an export that did not finish: copy or export it again",
			e.File, what, byteSize(e.Size), detail)
	}
	if e.Line == 0 {
		return fmt.Sprintf("ingest: %s: cut off within its first line, the header: %v", e.File, e.Err)
	}
	return fmt.Sprintf("ingest: %s: cut off after line %d, the last line read whole: %v", e.File, e.Line, e.Err)
}

// Unwrap returns Err and ErrDamaged.
func (e *CutOffError) Unwrap() []error { return []error{e.Err, ErrDamaged} }

// nameFile makes *errp, met while reading path, a *FileError naming the
// file as users know it, unless it is the error of one row or already
// names a file: Load, Study.ScanFile and Study.Layout name a file that
// cannot be read alike.
func (s *Study) nameFile(path string, errp *error) {
	var fe *FileError
	if err := *errp; err != nil && !isRowError(err) && !errors.As(err, &fe) {
		*errp = &FileError{File: s.displayName(path), Err: err}
	}
}

// StrictEngineError is a strict run (Options.Strict) on pair tables
// whose engine rejected rows of a log table or used some only in part
// (letters without some recipients): the run stops, as it stops at the
// first such row of the raw tables. The tables count the rows but do not
// say which; sekat validate on the raw tables lists them. It wraps
// ErrStrict.
type StrictEngineError struct {
	Table             Table
	Rejected, Partial int64
}

func (e *StrictEngineError) Error() string {
	return fmt.Sprintf("ingest: %s: %d rows rejected and %d used in part by the engine that made the pair tables; --strict accepts none: run sekat validate on the raw tables to see them and how to fix them: %v", e.Table, e.Rejected, e.Partial, ErrStrict)
}

// Unwrap returns ErrStrict.
func (e *StrictEngineError) Unwrap() error { return ErrStrict }

// RejectRateError is ErrRejectRate with its numbers, so that the command
// line can say them in the user's language: Rejected of Rows rows of Table
// were rejected, more than the share Limit. When Stopped, the reading of
// File stopped early, after its first Read rows (Rows counts the table's
// rows read so far, in earlier files too), because the share could no
// longer come under Limit whatever the rows left held. When Engine, the
// rows were rejected by the engine that made the pair tables (see
// LoadPairs), so no rejects.csv lists them. Rejects, when set, is the
// rejects.csv that lists them (the command line sets it).
//
// Load reads on past a table that fails the rate when it read the whole
// table: Also holds the tables after it that failed too (whose rows are
// passed on as well). When it stopped early, the tables it did not read
// at all (of those with files) are NotRead.
type RejectRateError struct {
	Table           Table
	File            string
	Rows, Rejected  int64
	Read            int64
	Limit           float64
	Stopped, Engine bool
	Rejects         string
	// Subtotals is how many of the rejected rows are subtotal rows
	// (ErrSubtotalRow): one fix, removing the subtotals, mends them all.
	Subtotals int64
	// TrailingFile names the first file of Table (as File names one)
	// whose every row read was rejected for ending in one delimiter more
	// than its header (RowError.TrailingDelim): the program that wrote
	// it ends each data row with a delimiter, and one added at the end of
	// its header line mends them all. "" when no file is so.
	TrailingFile  string
	TrailingDelim byte // TrailingFile's delimiter
	Also          []*RejectRateError
	NotRead       []Table
}

func (e *RejectRateError) Error() string {
	var s string
	switch {
	case e.Engine:
		s = fmt.Sprintf("ingest: %s: %d of %d rows (%.1f%%) rejected by the engine, more than the allowed %.1f%%; run sekat validate on the raw tables to see which, or raise --max-reject-rate: %v",
			e.Table, e.Rejected, e.Rows, e.Share(), 100*e.Limit, ErrRejectRate)
	case e.Stopped:
		s = fmt.Sprintf("ingest: %s: stopped reading %s after %d rows: %d of the table's %d rows so far are rejected, more than the allowed %.1f%% of all the rows it could still hold; fix the rows listed in rejects.csv or raise --max-reject-rate: %v",
			e.Table, e.File, e.Read, e.Rejected, e.Rows, 100*e.Limit, ErrRejectRate)
	default:
		s = fmt.Sprintf("ingest: %s: %d of %d rows (%.1f%%) rejected, more than the allowed %.1f%%; fix the rows listed in rejects.csv or raise --max-reject-rate: %v",
			e.Table, e.Rejected, e.Rows, e.Share(), 100*e.Limit, ErrRejectRate)
	}
	if e.TrailingFile != "" {
		s += fmt.Sprintf("; every row read from %s ends in one delimiter more than its header line: add one delimiter at the end of the header line, which mends them all", e.TrailingFile)
	}
	for _, a := range e.Also {
		s += fmt.Sprintf("; also %s: %d of %d rows (%.1f%%) rejected", a.Table, a.Rejected, a.Rows, a.Share())
		if a.Stopped {
			s += fmt.Sprintf(" (reading %s stopped after %d rows)", a.File, a.Read)
		}
	}
	if u := e.Unchecked(); len(u) > 0 {
		names := make([]string, len(u))
		for i, t := range u {
			names[i] = t.String()
		}
		s += "; not read yet, so not checked: " + strings.Join(names, ", ")
	}
	if e.Rejects != "" {
		s += " (" + e.Rejects + ")"
	}
	return s
}

// Unchecked is the tables the load did not read, after a table whose
// reading stopped early (of this error or of one in Also).
func (e *RejectRateError) Unchecked() []Table {
	for _, a := range e.Also {
		if len(a.NotRead) > 0 {
			return a.NotRead
		}
	}
	return e.NotRead
}

// Share is the percentage of the rows rejected.
func (e *RejectRateError) Share() float64 {
	if e.Rows == 0 {
		return 0
	}
	return 100 * float64(e.Rejected) / float64(e.Rows)
}

// Unwrap returns ErrRejectRate.
func (e *RejectRateError) Unwrap() error { return ErrRejectRate }
