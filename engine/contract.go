package engine

import "errors"

// ErrNoEngine is returned by Run in a build without the embedded DuckDB.
var ErrNoEngine = errors.New("engine: this sekat has no embedded DuckDB; build it with go build -tags duckdb (needs cgo and a C++ compiler), or run the SQL of sekat pairs in DuckDB, Spark or Trino")

// FormatVersion is the version of the pair-table contract written into the
// meta table; Read refuses tables of another version. Version 2 added
// reading_digest and directory_digest to meta; version 3 added
// letter_ties to totals. meeting_rows, added to totals later, is optional
// (tables of version 3 without it are read, see Result.MeetingRowsKnown),
// so it did not change the version.
const FormatVersion = 3

// The pair tables, by the name of their file or folder in the output
// folder (pairs.parquet, pairs.csv or pairs/period=.../*).
const (
	// TablePairs has one row per ordered pair of nodes (and period) with
	// any layer: source, target, correspondence, meetings, data_sharing,
	// data_denied, first_at, last_at. Its meetings column is for reading
	// in the engine only (see TableMeetingSizes).
	TablePairs = "pairs"
	// TableMeetingSizes has one row per unordered pair (source < target
	// in byte order), period and meeting size: source, target, size,
	// meetings (the number of meetings of that size the pair shared),
	// first_at, last_at. sekat reads the meetings layer from it.
	TableMeetingSizes = "meeting_sizes"
	// TableNodes has one row per node named by an event in the window
	// (and period): node, internal_messages, internal_shares,
	// large_meetings, circulars_sent.
	TableNodes = "nodes"
	// TableTotals has one row per period: the event counts of
	// graph.Totals, then letter_ties, the sum of pairs' correspondence in
	// the period (so that a row of pairs holding letters only cannot be
	// removed unseen), then meeting_rows, the attendee rows used of the
	// period's meetings (so that a window that leaves the period out
	// counts them outside it, as analyze counts the raw rows).
	TableTotals = "totals"
	// TableInputs has one row per log table: rows read, rejected, used
	// partially, outside the window, the first and last event time, then
	// files, the number of files the table had (0: none, so that a
	// missing table is told from one whose files hold a header and no
	// row), and file_names, those files as sekat analyze names them in
	// its warnings. files and file_names were added within version 3:
	// tables made before them are read without those warnings.
	TableInputs = "inputs"
	// TableMeta has one row: the settings the SQL applied.
	TableMeta = "meta"
)

// Columns of each pair table, in order (without the period, which is a
// partition).
var tableColumns = map[string][]string{
	TablePairs:        {"source", "target", "correspondence", "meetings", "data_sharing", "data_denied", "first_at", "last_at"},
	TableMeetingSizes: {"source", "target", "size", "meetings", "first_at", "last_at"},
	TableNodes:        {"node", "internal_messages", "internal_shares", "large_meetings", "circulars_sent"},
	TableTotals:       {"messages", "internal_messages", "circulars", "meetings", "meetings_one_unit", "meetings_large", "shares_granted", "shares_denied", "shares_pending", "internal_shares", "letter_ties", "meeting_rows"},
	TableInputs:       {"table_name", "rows_read", "rows_rejected", "rows_partial", "rows_outside_window", "first_at", "last_at", "files", "file_names"},
	TableMeta:         {"format_version", "sekat_version", "dialect", "level", "every", "window_from", "window_to", "time_zone", "circular_units", "max_meeting_size", "reading_digest", "directory_digest"},
}

// partitioned says which tables are partitioned by period when the SQL is
// written with an Every other than None.
var partitioned = map[string]bool{TablePairs: true, TableMeetingSizes: true, TableNodes: true, TableTotals: true}

// tableOrder is the order in which the SQL writes and Read reads the
// tables.
var tableOrder = []string{TableMeta, TableInputs, TableTotals, TableNodes, TablePairs, TableMeetingSizes}

// StatusWords are the values of data_sharing's status column that are
// read, lower case (a cell is trimmed and compared in any case), each
// with what it means: 'g' granted, 'd' denied, 'p' pending. An empty cell
// is granted. ingest and the pair SQL read this one list.
var StatusWords = map[string]byte{
	"": 'g', "granted": 'g', "disetujui": 'g', "diberikan": 'g', "approved": 'g',
	"denied": 'd', "ditolak": 'd', "rejected": 'd', "declined": 'd', "refused": 'd',
	"pending": 'p', "menunggu": 'p', "diproses": 'p', "waiting": 'p',
}
