// Package ingest reads a study — the units and people tables and the
// correspondence, meetings and data-sharing logs — and streams it into a
// graph.Builder.
//
// Tables are CSV (delimiter detected), TSV, NDJSON or Parquet, each
// optionally gzip-compressed, or .xlsx workbooks; text tables in UTF-16 or
// Windows-1252 are decoded (see Encoding). A study is a folder whose files
// are found by name, or a study.yaml that lists them (see Study). Rows
// that cannot be used are handed to a callback as *RowError values (file,
// line, column, value, reason, wrapping a sentinel such as ErrUnknownID)
// and the run goes on; missing files and columns, and ids that a
// spreadsheet turned into numbers (*ExcelIDError), are fatal errors that
// name what was found. What the user should know but that does not stop
// the run (a file not read, a table missing, an encoding guessed, Excel
// serial dates, an empty window) is a Warning.
//
// Memory grows with the number of distinct units, people and ties, not with
// log rows: each row is parsed into reused buffers, ids are looked up
// without allocation, and only the accumulated ties are kept. Meetings are
// the exception that proves the rule: a meeting's attendee set is kept until
// its table has been read, because its rows need not be adjacent.
package ingest
