package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// WarnCode names a kind of Warning. The codes are stable: summary.json
// writes them.
type WarnCode string

// The kinds of warning.
const (
	// WarnNotRead: a file in the study folder that is not read; Reason
	// says why (one of the NotRead* reasons).
	WarnNotRead WarnCode = "file_not_read"
	// WarnMissingTable: a log table (Table) has no file at all, so the
	// network has no such layer.
	WarnMissingTable WarnCode = "table_missing"
	// WarnEmptyTable: the files of a log table (Table; File, the first,
	// Count how many) hold a header and no row, so the network has no
	// such layer: an export that came out empty looked like a table
	// read in full.
	WarnEmptyTable WarnCode = "table_empty"
	// WarnEncoding: a text table (File) that is not UTF-8 was read as
	// Windows-1252 (Reason: the encoding), found by detection.
	WarnEncoding WarnCode = "encoding_detected"
	// WarnExcelSerial: Count values of Column in File were Excel serial
	// numbers (days since 1899-12-30, Value the first) and were read as
	// dates.
	WarnExcelSerial WarnCode = "excel_serial_dates"
	// WarnMonthFirst: Count values of Column in File are no dates day
	// first but are month first, time of day included (Value the first);
	// they were rejected. DayFirstOnly other dates of File
	// (DayFirstOnlyValue the first) are valid day first only: when there
	// are any, the file writes the day first and the rejected values are
	// probably typos. When there are none, DayFirst other dates of File
	// (Other the first) were read day first though month first they are
	// other dates: probably wrong too, and date_order: mdy reads them
	// month first.
	WarnMonthFirst WarnCode = "month_first_dates"
	// WarnWindowEmpty: the log table Table has Count good rows, none inside
	// the window; they run from From to To (seconds since the epoch).
	WarnWindowEmpty WarnCode = "window_empty"
	// WarnMeetingIDReused: Count meeting ids of the meetings table name
	// meetings on more than one day (of their start, in the study's zone);
	// each day is its own meeting.
	// Value is the first such id, From the start of its first meeting,
	// To the other start, found in File at Line.
	WarnMeetingIDReused WarnCode = "meeting_id_reused"
	// WarnMeetingMixed: Count meetings (an id on one day) have rows that
	// write another title or organizer than their first row (Reason, the
	// first; Other, the other; Cell says which), found first for the id
	// Value at From, in File at Line, the row that differs, whose
	// meeting's first row is OtherFile line OtherLine; each is counted as
	// one meeting.
	WarnMeetingMixed WarnCode = "meeting_rows_differ"
	// WarnSpellsTogether: Count people have two spells in different units
	// that start at the same moment (or both without valid_from); the
	// spell that ends first gives the unit while it lasts, and of two
	// that end together the later row. Value is the first such person,
	// Column the unit of the spell at File line Line, Other the unit of
	// the other spell, at OtherFile line OtherLine.
	WarnSpellsTogether WarnCode = "spells_start_together"
	// WarnPeopleRepeated: Count rows of the people table repeat an
	// earlier row in every column read (person_id, unit_id, name,
	// position, valid_from, valid_to), as an export that writes rows
	// twice leaves them; each such spell is counted once. The first is
	// File line Line, a repeat of line OtherLine.
	WarnPeopleRepeated WarnCode = "people_rows_repeated"
	// WarnNIPSpelt: Count NIPs, old NIPs or NIKs of the people table are
	// written in two ways, with and without spaces (or spaced otherwise):
	// the first is Value at File line Line and Other at OtherFile line
	// OtherLine, Reason the id without spaces, the one id sekat gives them
	// (graph.CanonicalID; graph.IDKind names its kind). Each is one
	// person, whose rows are spells.
	WarnNIPSpelt WarnCode = "nip_spelt_two_ways"
	// WarnFileCopy: File has the same bytes (sha256) as Other, read
	// before it; both were read, so their rows count twice.
	WarnFileCopy WarnCode = "file_copy"
	// WarnSharedRows: File and Other, two files of the log table Table,
	// both read, hold Count rows that are the same event (the same time,
	// sender and recipients; or requester, provider and status): Value
	// percent of the smaller file's rows, counted twice. Reason says
	// whether Count is exact (SharedExact) or estimated from the files'
	// row sketches (SharedEstimate); From and To are the first and last
	// time among the shared rows seen (all of them when exact).
	WarnSharedRows WarnCode = "shared_rows"
	// WarnRepeatedRows: Count rows of File (of the log table Table) are
	// the same event as an earlier row of the same file (the same time,
	// sender and recipients; or requester, provider and status), Value
	// percent of the rows it counted, each counted again; given when that
	// is at least 1%. Reason says whether Count is exact (SharedExact) or
	// estimated from the file's row sketch (SharedEstimate); From and To
	// are the first and last time among the repeated rows seen.
	WarnRepeatedRows WarnCode = "repeated_rows"
	// WarnStatusUnread: File, of the table Table, has a column (Column)
	// whose name says it marks whether a row happened (a meeting's
	// attendance, a letter's status), which sekat does not read: every
	// row counts, absent attendees and draft or cancelled letters too.
	WarnStatusUnread WarnCode = "status_column_unread"
	// WarnWeightUnread: File, of the log table Table, has a column
	// (Column) whose name says it weighs the row (weight, bobot, count,
	// jumlah), as an edge list's does, which sekat does not read: every
	// row counts as one event.
	WarnWeightUnread WarnCode = "weight_column_unread"
	// WarnRenamedAbsent: study.yaml (Reason, its name; Line, the line)
	// maps the optional column Value of Table to the file's column Column
	// under columns:, and File has no such column (Other: the columns it
	// has): Value is not read from File, as if the column were absent.
	WarnRenamedAbsent WarnCode = "column_renamed_absent"
	// WarnIsolatedDates: Count rows of the log table Table are dated more
	// than a year before (Reason "early") or after ("late") all its other
	// rows: from From to To (seconds, [From, To)); Value is the date of
	// the nearest other row. A mistyped year stretches the window the
	// data span sets.
	WarnIsolatedDates WarnCode = "isolated_dates"
	// WarnParentRejected: Count units of File have a parent_id naming a
	// unit whose own row was rejected; Value is the first such unit,
	// Other its parent_id, Line the parent's rejected row. Until that row
	// is corrected, each of them heads its own OPD (facilitators
	// --per-opd).
	WarnParentRejected WarnCode = "parent_rejected"
	// WarnParentCycle: the parent_id chains of Count units of File loop
	// back (A's parent B, B's parent A; or a unit its own parent) instead
	// of ending at a unit without parent_id; Value is the first loop,
	// written "A → B → A". Which unit is their OPD (facilitators
	// --per-opd) is then not defined.
	WarnParentCycle WarnCode = "parent_cycle"
	// WarnSectorSpelt: Count sectors of the units table (File) are
	// written in ways that differ only in letter case or white space
	// (Kesehatan, kesehatan, "KESEHATAN  "), each way a sector of its own;
	// Value lists the spellings of the first of them (at most
	// sectorSpeltShown), sectors apart by "; " (Result.SectorSpellings).
	WarnSectorSpelt WarnCode = "sector_spelt_apart"
	// WarnNoPeople: the study has no people table, and an id of the log
	// table Table (Value, in File at Line, Column) is in the units table
	// neither; Reason is NoPeopleNIP when it looks like a person's id
	// (16 to 19 digits, as a NIP). Given once, at the first such id.
	WarnNoPeople WarnCode = "people_missing"
	// WarnSheetsNotRead: the workbook File, of the table Table, has Count
	// sheets besides the one read (Value) that hold values (Other, their
	// names joined with ", "): sekat reads one sheet, so what they hold is
	// not in the analysis.
	WarnSheetsNotRead WarnCode = "sheets_not_read"
	// WarnHiddenRows: Count rows of the sheet Value of the workbook File,
	// of the table Table, that hold values are hidden in Excel (a filter,
	// Hide Rows; the first is row Line); they were read, as every row is.
	WarnHiddenRows WarnCode = "hidden_rows"
	// WarnMixedEncoding: the text table File, of the table Table, was read
	// as Windows-1252, and Count places hold UTF-8 characters (the first,
	// Value, read as Other): the file mixes the two encodings, and those
	// characters were read wrong.
	WarnMixedEncoding WarnCode = "encoding_mixed"
	// WarnHeaderRows: Count rows of File repeat its header (the column
	// names, as exports joined together with their headers leave them; the
	// first at Line, Other the lines of the first ten, joined with ", ").
	// They were not read and are not counted as rows or as rejected rows.
	WarnHeaderRows WarnCode = "header_rows"
	// WarnFooterRows: the Count rows at the end of File, from Line to
	// LastLine, are a signature block or a totals row under the table (Value
	// the first cell that says so: "Mengetahui,", "Jumlah"; see
	// skiprows.go). They were not read and are not counted as rows or as
	// rejected rows.
	WarnFooterRows WarnCode = "footer_rows"
)

// NoPeopleNIP is the Reason of a WarnNoPeople whose id looks like a
// person's id (a NIP).
const NoPeopleNIP = "nip"

// How the count of WarnSharedRows and WarnRepeatedRows was found
// (Warning.Reason).
const (
	SharedExact    = "exact"    // the files' rows were all in their sketches
	SharedEstimate = "estimate" // estimated from a sample of the rows
)

// Why a file of the study folder is not read (Warning.Reason of
// WarnNotRead).
const (
	NotReadFormat   = "format"    // an ending sekat does not read (.txt, .docx, .xlsx.gz)
	NotReadOldExcel = "xls"       // .xls, the Excel format before 2007
	NotReadJSON     = "json"      // .json: JSON lines (DuckDB, Spark) read as .ndjson
	NotReadLock     = "lock"      // ~$name.xlsx: the lock file of a workbook open in Excel
	NotReadName     = "no_table"  // a table format whose name matches no table (units_old.csv)
	NotReadListed   = "listed"    // its table's files are listed in study.yaml
	NotReadSame     = "same_file" // the same file as Other, which is read
	NotReadFolder   = "folder"    // a folder named as a table (units.csv/)
	NotReadText     = "txt"       // a table's name ending in .txt, as Excel saves text (correspondence.txt)
)

// Warning is something about the study or one of its files that the user
// should know but that does not stop the run. The fields a kind uses are
// listed with its code; the others are empty.
type Warning struct {
	Code   WarnCode
	Table  string // table name
	File   string // path relative to the study folder
	Column string // the column as named in the file
	Reason string // WarnNotRead: a NotRead* reason; WarnEncoding: the encoding read
	Other  string // NotReadSame: the file read instead
	Count  int64
	Line   int64 // WarnMeetingIDReused: the line of File where it was found
	// OtherFile and OtherLine (WarnNIPSpelt, WarnSpellsTogether): the
	// row of Other; (WarnMeetingMixed) the meeting's first row.
	OtherFile string
	OtherLine int64
	// DayFirst (WarnMonthFirst): the other dates of the file read day
	// first that month first would be other dates.
	DayFirst int64
	// DayFirstOnly (WarnMonthFirst): the other dates of the file that are
	// valid day first only (13/12/2025), DayFirstOnlyValue the first.
	DayFirstOnly      int64
	DayFirstOnlyValue string
	Value             string // an example value, for display
	// From and To (WarnWindowEmpty) are the span of the table's events,
	// [From, To) in seconds since the epoch; Loc the study's zone.
	From, To int64
	Loc      *time.Location
	// Cell (WarnMeetingMixed) is the contract's column of Reason and
	// Other: title or organizer.
	Cell string
	// LastLine (WarnFooterRows) is the last line of the rows warned of.
	LastLine int64
}

// Personal reports whether the warning's example values may identify a
// person, as RowError.Personal says of a rejected value: the person of
// WarnSpellsTogether (Value), the NIP of WarnNIPSpelt (Value, Other,
// Reason), the id of a log table of WarnNoPeople (Value), and the organizer ids of WarnMeetingMixed (Reason, Other).
// Dates, units, meeting ids, titles, files and sheets do not.
func (w Warning) Personal() bool {
	switch w.Code {
	case WarnSpellsTogether, WarnNoPeople, WarnNIPSpelt:
		return true
	case WarnMeetingMixed:
		return w.Cell != "title"
	}
	return false
}

// String says in English what the warning is about and what to do; the
// command line words it in the user's language from the fields.
func (w Warning) String() string {
	switch w.Code {
	case WarnNotRead:
		why := map[string]string{
			NotReadFormat:   "sekat reads tables from .csv, .tsv, .ndjson, .jsonl, .parquet (each optionally .gz; the text tables also .zst, .bz2, .xz or .lz4) and .xlsx files",
			NotReadOldExcel: "an .xls workbook (Excel 97-2003); save it as .xlsx or CSV",
			NotReadJSON:     "a .json file; if it holds one JSON object per line (JSON Lines, as DuckDB and Spark write them), rename it .ndjson or .jsonl",
			NotReadLock:     "the lock file of a workbook open in Excel; close the workbook",
			NotReadName:     "its name matches no table (units, people, correspondence*, meetings*, data_sharing*); rename it or list it in study.yaml under files:",
			NotReadListed:   "study.yaml lists the files of its table under files:",
			NotReadSame:     "the same file as " + w.Other + ", which is read",
			NotReadFolder:   "it is a folder that holds no table file (.csv, .tsv, .ndjson, .parquet, .xlsx, also gzipped); put the table there as a file, or the engine's part files in the folder",
			NotReadText:     "a .txt file named as a table; Excel's \"Text (Tab delimited)\" and \"Unicode Text\" save a sheet as .txt with TAB between the columns: if it holds the table, rename it .tsv",
		}[w.Reason]
		return fmt.Sprintf("%s not read: %s", w.File, why)
	case WarnMissingTable:
		return fmt.Sprintf("no %s table (%s*.csv or another format): the network has no %s layer", w.Table, w.Table, w.Table)
	case WarnEmptyTable:
		return fmt.Sprintf("%s: the %s table holds its header and no row, so the network has no %s layer; if the export should have rows, export it again, else remove the file", w.File, w.Table, w.Table)
	case WarnEncoding:
		return fmt.Sprintf("%s is not UTF-8: read as %s; save it as UTF-8, or name its encoding in study.yaml (encoding:)", w.File, w.Reason)
	case WarnExcelSerial:
		return fmt.Sprintf("%s column %s: %d values are Excel serial numbers (%s) and were read as dates counted from 1899-12-30; check the dates, or format the column as a date in Excel and export again", w.File, w.Column, w.Count, w.Value)
	case WarnMonthFirst:
		if w.DayFirstOnly > 0 {
			return fmt.Sprintf("%s column %s: %d dates (%s) are impossible day first but valid month first and were rejected; yet the file writes the day first: %d other dates of the file (%s) can be read only day first, so the rejected dates are probably typos: correct them in the source file and run again", w.File, w.Column, w.Count, w.Value, w.DayFirstOnly, w.DayFirstOnlyValue)
		}
		if w.DayFirst > 0 {
			return fmt.Sprintf("%s column %s: %d dates (%s) are impossible day first but valid month first and were rejected; %d other dates of the file (%s) were read day first and are therefore probably wrong (day and month swapped); if the file writes the month first, set date_order: mdy in study.yaml (for this table only: date_order: {%s: mdy}) and run again", w.File, w.Column, w.Count, w.Value, w.DayFirst, w.Other, w.Table)
		}
		return fmt.Sprintf("%s column %s: %d dates (%s) are impossible day first but valid month first and were rejected; if the file writes the month first, set date_order: mdy in study.yaml", w.File, w.Column, w.Count, w.Value)
	case WarnWindowEmpty:
		from, to := w.Span()
		return fmt.Sprintf("no %s event in the window: its %d rows run from %s to %s", w.Table, w.Count, from, to)
	case WarnSharedRows:
		return fmt.Sprintf("%s and %s hold the same %s rows: %s%d of them (%s%% of the smaller file's), dated %s; both files were read, so these rows count twice: if one file is a copy or the exports overlap, remove the copy or cut the overlap (or list the files to read in study.yaml, files:)",
			w.Other, w.File, w.Table, w.about(), w.Count, w.Value, w.dated())
	case WarnRepeatedRows:
		return fmt.Sprintf("%s repeats %s rows: %s%d of them (%s%% of the file's) are the same event as an earlier row of the file (the same time to the second and the same people), dated %s, and count again: if the export joined a table with several rows per event or a file was appended twice, export it again without the repeats",
			w.File, w.Table, w.about(), w.Count, w.Value, w.dated())
	case WarnStatusUnread:
		if w.Table == "meetings" {
			return fmt.Sprintf("%s has a column %q that sekat does not read: every row counts as a person who attended; if it marks people absent or excused, remove those rows before the analysis", w.File, w.Column)
		}
		return fmt.Sprintf("%s has a column %q that sekat does not read: every row counts as a letter sent; if it marks drafts or cancelled letters, remove those rows before the analysis", w.File, w.Column)
	case WarnWeightUnread:
		switch w.Table {
		case "meetings":
			return fmt.Sprintf("%s has a column %q that sekat does not read: every row counts as one attendee of its meeting, whatever the column says; to give a pair the weight w, write w meetings of the two, each with its own meeting_id, and remove the rows of 0, which are no tie (layer_weights in study.yaml weighs the whole layer, not a pair)", w.File, w.Column)
		case "data_sharing":
			return fmt.Sprintf("%s has a column %q that sekat does not read: every row counts as one data request, whatever the column says; to give a pair the weight w, write its row w times, and remove the rows of 0, which are no tie (layer_weights in study.yaml weighs the whole layer, not a pair)", w.File, w.Column)
		}
		return fmt.Sprintf("%s has a column %q that sekat does not read: every row counts as one letter, whatever the column says; to give a pair the weight w, write its row w times, and remove the rows of 0, which are no tie (layer_weights in study.yaml weighs the whole layer, not a pair)", w.File, w.Column)
	case WarnRenamedAbsent:
		return fmt.Sprintf("%s has no column %q, which %s line %d names for %s (columns: %s): %s is not read from it, as if the file had no such column; found: %s; correct the name in %s", w.File, w.Column, w.Reason, w.Line, w.Value, w.Table, w.Value, w.Other, w.Reason)
	case WarnIsolatedDates:
		from, to := w.Span()
		if w.Reason == "early" {
			return fmt.Sprintf("%d %s rows are dated %s to %s, more than a year before all its other rows (from %s): probably mistyped dates, which stretch the window; correct them, or set the window with --from/--to (window: in study.yaml)", w.Count, w.Table, from, to, w.Value)
		}
		return fmt.Sprintf("%d %s rows are dated %s to %s, more than a year after all its other rows (up to %s): probably mistyped dates, which stretch the window; correct them, or set the window with --from/--to (window: in study.yaml)", w.Count, w.Table, from, to, w.Value)
	case WarnParentCycle:
		units := "units"
		if w.Count == 1 {
			units = "unit"
		}
		return fmt.Sprintf("%s: the parent_id chain of %d %s loops (%s) instead of ending at a unit without parent_id, their OPD; until it does, which unit is their OPD (facilitators --per-opd) is not defined: correct parent_id so that the chain ends", w.File, w.Count, units, w.Value)
	case WarnSectorSpelt:
		sectors := "sectors are"
		if w.Count == 1 {
			sectors = "sector is"
		}
		return fmt.Sprintf("%s: %d %s written in ways that differ only in letter case or spaces (%s), and sekat compares sectors as written: each way is a sector of its own, so one sector is judged and counted as several; write each sector alike in every row of the units table", w.File, w.Count, sectors, w.Value)
	case WarnParentRejected:
		return fmt.Sprintf("%s: the parent_id of unit %s is %s, whose row (line %d) was rejected (units with such a parent_id: %d); until that row is corrected they count as OPDs of their own: correct the row of %s", w.File, w.Value, w.Other, w.Line, w.Count, w.Other)
	case WarnNoPeople:
		like := "if such ids are people's, "
		if w.Reason == NoPeopleNIP {
			like = "it looks like a person's id (a NIP): "
		}
		if w.Other != "" {
			return fmt.Sprintf("%s line %d column %s: id %s is not in the units table, and the people table (%s) holds no row, only its header, so every id in the logs must be a unit_id; %sfill the people table (person_id, unit_id: one row per spell) and run again", w.File, w.Line, w.Column, w.Value, w.Other, like)
		}
		return fmt.Sprintf("%s line %d column %s: id %s is not in the units table, and the study has no people table (looked for: people.csv, .tsv, .ndjson, .jsonl, .parquet or .xlsx, also gzipped, or a folder people/), so every id in the logs must be a unit_id; %sadd the people table (person_id, unit_id: one row per spell) to the study folder and run again", w.File, w.Line, w.Column, w.Value, like)
	case WarnSheetsNotRead:
		return fmt.Sprintf("%s: sekat read only its sheet %q; its other sheets that hold values were not read: %s; if one of them holds rows of the table, copy them under the table on the sheet read, or save that sheet as a file of its own (or name the sheet to read in study.yaml, sheet:)", w.File, w.Value, w.Other)
	case WarnMixedEncoding:
		return fmt.Sprintf("%s was read as Windows-1252, but it holds UTF-8 characters (%d in all; the first, %q, was read as %q): the file mixes two encodings (rows pasted from another export), and those characters were read wrong; open it, correct those rows, and save it again as CSV UTF-8", w.File, w.Count, w.Value, w.Other)
	case WarnHeaderRows:
		if w.Count == 1 {
			return fmt.Sprintf("%s: the header, the column names, is repeated below it, at line %s, as in files joined together with their headers; that line was not read as a row, nor counted as a rejected row: nothing to correct, though you may delete it", w.File, w.Other)
		}
		return fmt.Sprintf("%s: the header, the column names, is repeated below it (%d in all; at lines %s), as in files joined together with their headers; these were not read as rows, nor counted as rejected rows: nothing to correct, though you may delete them", w.File, w.Count, w.Other)
	case WarnFooterRows:
		if w.Count == 1 {
			return fmt.Sprintf("%s, at the end of the file (line %d): a totals row or a line of a signature under the table (%q), not a row of it; not read, nor counted as a rejected row: if it is a row of the table, complete it so that it holds every required column", w.File, w.Line, w.Value)
		}
		return fmt.Sprintf("%s, at the end of the file (from line %d to line %d): a signature block or a totals row under the table (%q), not rows of it; not read, nor counted as rejected rows: if a row of the table is among them, complete it so that it holds every required column", w.File, w.Line, w.LastLine, w.Value)
	case WarnHiddenRows:
		return fmt.Sprintf("%s: its sheet %q has rows hidden in Excel (%d in all; the first: row %d), which were read, as every row is; if they were hidden to leave them out (a filter), delete them, or copy the visible rows to a sheet of their own, and run again", w.File, w.Value, w.Count, w.Line)
	case WarnFileCopy:
		return fmt.Sprintf("%s has the same bytes as %s; both were read, so their rows count twice: if one is a copy, remove it (or list the files to read in study.yaml, files:)", w.File, w.Other)
	case WarnMeetingMixed:
		from, _ := w.Times()
		other := fmt.Sprintf("%q, not %q", w.Other, w.Reason)
		if w.Reason == "" {
			other = fmt.Sprintf("%q", w.Other)
		}
		first := fmt.Sprintf("line %d", w.OtherLine)
		if w.OtherFile != w.File {
			first = fmt.Sprintf("%s line %d", w.OtherFile, w.OtherLine)
		}
		return fmt.Sprintf("%s line %d: %s %q on %s has rows with another title or organizer than its first row, %s (%s) (such meetings: %d); sekat counts it as one meeting: if these are different meetings, give each its own id", w.File, w.Line, w.Column, w.Value, from, first, other, w.Count)
	case WarnSpellsTogether:
		o := Warning{File: w.OtherFile, Line: w.OtherLine, OtherFile: w.File, OtherLine: w.Line}
		return fmt.Sprintf("%s: %s has spells in %s and in %s that start together (people with such spells: %d); sekat places them in the unit of the spell that ends first while it lasts, and where both end together in the unit of the later row: if this is a transfer, give the new spell its valid_from", o.rows(), w.Value, w.Other, w.Column, w.Count)
	case WarnPeopleRepeated:
		return fmt.Sprintf("%s line %d repeats line %d in every column sekat reads (person_id, unit_id, name, position, valid_from, valid_to; rows that repeat an earlier row: %s); sekat counts such a spell once: remove the repeated rows, or export the table again (an export that writes rows twice)", w.File, w.Line, w.OtherLine, countText(w.Count))
	case WarnNIPSpelt:
		return fmt.Sprintf("%s: the people table writes one %s in two ways, %q and %q (NIPs and NIKs so written: %d); sekat compares and pseudonymises a NIP or NIK without its spaces, so both are %s, one person, whose rows are spells of theirs: write each id alike in every row", w.rows(), graph.IDKind(w.Reason), w.Value, w.Other, w.Count, w.Reason)
	case WarnMeetingIDReused:
		from, to := w.Times()
		return fmt.Sprintf("%s line %d: %s %q names meetings on two days (starts %s and %s) (ids found on more than one day: %d); sekat counts each day as its own meeting: if they are one meeting, write its start alike in every row, else give each meeting its own id", w.File, w.Line, w.Column, w.Value, from, to, w.Count)
	}
	return string(w.Code)
}

// Span formats From and To as dates in Loc (To as the day of the last
// event).
func (w Warning) Span() (from, to string) {
	loc := w.Loc
	if loc == nil {
		loc = time.UTC
	}
	return time.Unix(w.From, 0).In(loc).Format("2006-01-02"), time.Unix(w.To-1, 0).In(loc).Format("2006-01-02")
}

// Times formats From and To as times in Loc, to the minute (to the second
// when either has seconds).
func (w Warning) Times() (from, to string) {
	loc := w.Loc
	if loc == nil {
		loc = time.UTC
	}
	layout := "2006-01-02 15:04"
	if w.From%60 != 0 || w.To%60 != 0 {
		layout = "2006-01-02 15:04:05"
	}
	return time.Unix(w.From, 0).In(loc).Format(layout), time.Unix(w.To, 0).In(loc).Format(layout)
}

// dated is the dates of Times as a warning says them: one date when both
// ends are the same moment, else "FROM to TO".
func (w Warning) dated() string {
	from, to := w.Times()
	if from == to {
		return from
	}
	return from + " to " + to
}

// notReadReason says why the file name (a file directly in the study
// folder, not a table file) is not read.
func notReadReason(name string) string {
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "~$"):
		return NotReadLock
	case strings.HasSuffix(lower, ".xls"):
		return NotReadOldExcel
	case strings.HasSuffix(lower, ".json") || strings.HasSuffix(lower, ".json.gz"):
		return NotReadJSON
	case strings.HasSuffix(lower, ".txt") || strings.HasSuffix(lower, ".txt.gz"):
		stem := strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), filepath.Ext(strings.TrimSuffix(name, ".gz")))
		if _, ok := tableOf(stem + ".tsv"); ok {
			return NotReadText
		}
	}
	if _, _, err := FormatOf(name); err != nil {
		return NotReadFormat
	}
	return NotReadName
}

// isStudyYAML reports whether name is the study.yaml sekat looks for.
func isStudyYAML(name string) bool {
	return name == "study.yaml" || name == "study.yml"
}

// isStudyDoc reports whether name documents the study rather than holds
// data: a README (README.md, readme.txt) or the truth.json that sekat
// generate writes beside a synthetic study (synth.TruthFile), or the
// unit_crosswalk.csv that compare, trend and evaluate read with
// --crosswalk (and sekat generate --reorg writes), or the .sekat-outputs
// where sekat lists the files it wrote in a folder (generate and demo
// write one beside their studies). Such files are left out without a
// warning, which would only repeat itself on every run.
func isStudyDoc(name string) bool {
	return strings.HasPrefix(strings.ToLower(name), "readme") || name == "truth.json" || name == "unit_crosswalk.csv" || name == ".sekat-outputs"
}

// about is "about " before a count estimated from row sketches
// (SharedEstimate), "" before an exact one.
func (w Warning) about() string {
	if w.Reason == SharedExact {
		return ""
	}
	return "about "
}

// rows names the two rows of WarnNIPSpelt (or WarnSpellsTogether): "people.csv lines 2 and 9",
// or "people_2024.csv line 2 and people_2025.csv line 9".
func (w Warning) rows() string {
	if w.File == w.OtherFile {
		return fmt.Sprintf("%s lines %d and %d", w.File, w.Line, w.OtherLine)
	}
	return fmt.Sprintf("%s line %d and %s line %d", w.File, w.Line, w.OtherFile, w.OtherLine)
}
