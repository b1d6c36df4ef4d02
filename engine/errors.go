package engine

import "fmt"

// SQLError is a reason the SQL text cannot be written or run for a study,
// with a Code naming the reason and the Args the sentence for it needs,
// so that a command can say it in the user's language. The codes:
//
//	path          Args: the path (it holds a line break or a backslash)
//	sparkQuote    Args: the path (it holds a single quote; Spark text only)
//	gzipParquet   Args: file, engine name (a Parquet file compressed whole)
//	format        Args: file, engine name, format (not CSV, TSV or Parquet)
//	trinoTables   Args: table, number of files (Trino reads one catalog table)
//	trinoCSV      no Args (Trino writes the pair tables as Parquet only)
//	columnTime    Args: table, column, file (a time or a fraction where text is wanted)
//	columnNumber  Args: table, column, file (a fraction where an integer or text is wanted)
//	run           Args: statement number, statements (DuckDB failed running the text)
//	sepLine       Args: file, engine name, delimiter (a CSV opening with Excel's "sep=X" line; Spark text only)
//	sepLineEnds   Args: file, delimiter, engine name (that line ends unlike the lines below it; DuckDB text)
//	paddedLine    Args: file, line, engine name, header line (white space or empty cells above the header; Spark text only)
//	aboveEnds     Args: file, header line, engine name (a blank line above the header ends unlike it; DuckDB text)
type SQLError struct {
	Code string
	Args []any
	err  error
}

func (e *SQLError) Error() string { return e.err.Error() }

// Unwrap gives the underlying error (the engine's own, for "run").
func (e *SQLError) Unwrap() error { return e.err }

// sqlErr is an *SQLError with the English text format.
func sqlErr(code, format string, a ...any) error {
	return &SQLError{Code: code, Args: a, err: fmt.Errorf("engine: "+format, a...)}
}
