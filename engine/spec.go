package engine

import (
	"fmt"
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// Every is how the pair tables are partitioned in time.
type Every uint8

const (
	// EveryNone writes one partition for the whole window.
	EveryNone Every = iota
	// EveryWeek partitions by week: Monday 00:00 to Monday 00:00 in the
	// study's zone, labelled by the Monday's date (period=2025-03-03).
	EveryWeek
	// EveryMonth partitions by calendar month in the study's zone
	// (period=2025-03).
	EveryMonth
	// EveryDay partitions by day: midnight to midnight in the study's
	// zone, labelled by the date (period=2025-03-05). Day tables serve
	// every window and time block that begins and ends at midnight: the
	// weekly blocks of compare and trend, cut at month or quarter starts,
	// and the week slices of facilitators, cut at month starts.
	EveryDay
)

var everyNames = [...]string{"none", "week", "month", "day"}

func (e Every) String() string {
	if int(e) < len(everyNames) {
		return everyNames[e]
	}
	return fmt.Sprintf("every(%d)", e)
}

// ParseEvery reads "none", "week", "month" or "day".
func ParseEvery(s string) (Every, bool) {
	for i, n := range everyNames {
		if s == n {
			return Every(i), true
		}
	}
	return 0, false
}

// ColumnType is how a column of an input file holds its values (the
// engine's copy of ingest.ColumnType; engine does not import ingest).
type ColumnType uint8

const (
	TypeText      ColumnType = iota // text (every CSV column)
	TypeInt                         // a Parquet integer
	TypeTimeUTC                     // a Parquet TIMESTAMP adjusted to UTC, or INT96
	TypeTimeLocal                   // a Parquet TIMESTAMP not adjusted to UTC: a wall clock
	TypeDate                        // a Parquet DATE
	TypeOther                       // anything else (decimal, float): refused
	TypeBool                        // a Parquet BOOLEAN: refused
)

// File is one input file of a table.
type File struct {
	Path   string // as the engine will read it
	Format string // "csv", "tsv" or "parquet"
	Gzip   bool
	Delim  byte // CSV and TSV
	// SepLine: a CSV or TSV file whose first line is Excel's "sep=X"
	// (ingest.Layout's); the header is on the second line.
	SepLine bool
	// SepLineMixed: that sep line ends its line unlike the header (LF,
	// CRLF or a lone CR): DuckDB would read no row (ingest.Layout's).
	SepLineMixed bool
	// AboveMixed: a blank line above the header ends its line unlike the
	// header: DuckDB would read no row (ingest.Layout's).
	AboveMixed bool
	// PaddedLine: the first line above the header that holds white space
	// or empty cells only, or 0 (ingest.Layout's): the Spark text cannot
	// skip it.
	PaddedLine int64
	// Unnamed: the header ends in columns without a name, so a record
	// with fewer or more fields may be read all the same
	// (ingest.Layout's).
	Unnamed bool
	// HeaderLine is the line of a CSV or TSV file's header (ingest.Layout's;
	// 0 or 1: the first): the lines above it, a sep line or blank ones,
	// are skipped.
	HeaderLine int64
	// AboveRecords is the number of records above the header (a sep
	// line, blank lines), which DuckDB's skip counts: fewer than
	// HeaderLine - 1 when a blank record there holds a quoted line
	// break; -1 when a blank record there has broken quoting, which
	// DuckDB may end elsewhere than sekat (ingest.Layout's).
	AboveRecords int64
	// Encoding of a CSV or TSV file: "" (UTF-8), "utf-16" or
	// "windows-1252" (as study.yaml names them: ingest.Layout's, or the
	// encoding ingest.Study.ScanFile found reading the whole file, as
	// sekat analyze reads it).
	Encoding string
	// Latin1 reports a Windows-1252 file that holds no byte from 0x80 to
	// 0x9F (€ “ ” …; ingest.FileScan's Latin1Differs false): Latin-1,
	// which DuckDB reads, reads its bytes as Windows-1252 does.
	Latin1 bool
	// Columns are the file's columns in order (for CSV, the header).
	Columns []string
	// Bound maps the contract columns the file has (see ingest.Table) to
	// their place in Columns and their type.
	Bound map[string]Column
	// Footer is the number of rows of a log table's file that end it as
	// a signature block or a totals row, which ingest counts neither read
	// nor rejected (footer_rows; ingest.Study.FooterRows finds them): the
	// DuckDB and Spark texts, which read such rows and reject them, take
	// them out of the file's counts. 0: none, or not looked for.
	Footer int64
}

// Column is one bound column of a File.
type Column struct {
	Index int
	Type  ColumnType
}

// Spec is everything the SQL needs to know about a study.
type Spec struct {
	// Files holds the files of each table, by the table's contract name:
	// units, people, correspondence, meetings, data_sharing. Units is
	// required; a log table without files is empty.
	Files map[string][]File
	Level graph.Level
	Every Every
	// Window is the time range applied, [From, To) in Unix seconds; a
	// zero bound is open.
	Window graph.Window
	// Loc is the study's zone: times without a zone are wall clocks there.
	Loc *time.Location
	// MonthFirst holds the tables whose numeric dates are month first
	// (date_order: mdy in study.yaml), by contract name.
	MonthFirst map[string]bool
	// MonthNames are the month names read in times (lower case, with
	// their month: ingest.MonthNames); without them a month name is not
	// read.
	MonthNames map[string]int
	// WeekdayNames are the names of the days of the week that may open a
	// day-first date (lower case: ingest.WeekdayNames); without them such
	// a date is not read.
	WeekdayNames []string
	// CircularUnits and MaxMeetingSize are graph.Builder's limits in
	// force (not 0).
	CircularUnits, MaxMeetingSize int
	// Dest is the folder the SQL writes the tables to, as the engine sees
	// it; Format is their format, "parquet" or "csv".
	Dest, Format string
	// Version is sekat's version, written into the meta table.
	Version string
	// Reading and Directory identify the study the SQL is written for,
	// written into the meta table for Read to check: the digest of the
	// study.yaml settings that change how rows are read
	// (ingest.Study.ReadingDigest), and of the units and people files
	// (ingest.Study.DirectoryDigest).
	Reading, Directory string
	// Names are the files of each log table as sekat analyze names them
	// in its warnings (ingest.Study.EmptyWarning's File), by contract
	// name, written into the inputs table (file_names) so that sekat
	// analyze --pairs warns of a table whose files hold no row as
	// analyze does.
	Names map[string]string
}

// tableNames are the input tables in the order the SQL reads them.
var tableNames = []string{"units", "people", "correspondence", "meetings", "data_sharing"}
