// Package result owns what one run of sekat analyze leaves in its output
// folder: the node table (units.csv at unit level, people.csv at person
// level), groups.csv, silos.csv, edges.csv, their Parquet twins, and
// summary.json. The rejected input rows (rejects.csv) are a table here too.
//
// Every table is a Table of a row type (Node, Group, Silo, Edge, Reject)
// with one list of columns. A column names itself once, says its kind
// (text, whole number, float, true/false) and points at the field of the
// row that holds it; the CSV writer, the CSV reader, the Parquet writer and
// the Parquet reader all walk that same list, so a column cannot be written
// and not read, and the Parquet twin has the CSV's columns in the CSV's
// order.
//
// The CSV format is sekat's own, written and read by this package only:
// comma-separated, LF line ends, a header row; a text cell is quoted when it
// holds a comma, a quote, CR or LF, and a text that a spreadsheet would run
// as a formula (it starts with = + - @ TAB or CR) gets a leading apostrophe
// inside the quotes, as OWASP advises, so it opens as text. A text that
// itself starts with an apostrophe followed by one of those characters or
// by a second apostrophe gets one too, so that the reader can always tell
// the guard from the text. Floats are written in the shortest form that
// reads back to the same float64 (graph.AppendFloat); an undefined value
// (NaN) is an empty cell in CSV and a null in Parquet. Reading a file and
// writing it again gives the same bytes.
//
// summary.json carries SchemaVersion. Adding a column or a JSON field keeps
// the version (readers ignore what they do not know); renaming or removing
// one, or changing what it means, raises it, and ReadSummary refuses any
// version but its own with ErrVersion: the folder must be written again by
// sekat analyze.
//
// New turns a metrics.Result into a Study; Study.Analysis turns a Study
// read back from a folder into the metrics.Result the maps and the report
// are drawn from. The package imports graph and metrics, never ingest, viz
// or cmd.
package result
