package result

import (
	"errors"
	"strconv"
	"strings"
)

var (
	// ErrMalformed is wrapped by every error about a table or summary.json
	// that this package cannot read: a missing column, a cell that is not
	// of its column's kind, a broken quote, a damaged Parquet file.
	ErrMalformed = errors.New("not a sekat result file")
	// ErrVersion is wrapped by the error ReadSummary returns when
	// summary.json has no schema version or another one than
	// SchemaVersion.
	ErrVersion = errors.New("unsupported result schema version")
	// ErrIncomplete is wrapped when the files of a folder do not fit
	// together: an edge or a silo names a node the node table does not
	// have, a group type is unknown.
	ErrIncomplete = errors.New("the result files do not fit together")
)

// ParseError is an error tied to a place in a result file.
type ParseError struct {
	File   string // units.csv, summary.json, ...
	Line   int    // 1-based line where the record starts; 0 if unknown (Parquet: the row + 1)
	Column string // the column name, if known
	Value  string // the cell, if known
	Err    error
}

// Error says where the problem is, what it is, and to run sekat analyze
// again.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("result: ")
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(" line ")
		b.WriteString(strconv.Itoa(e.Line))
	}
	if e.Column != "" {
		b.WriteString(" column ")
		b.WriteString(e.Column)
	}
	if e.Value != "" {
		b.WriteString(" value ")
		b.WriteString(strconv.Quote(e.Value))
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	b.WriteString("; run sekat analyze again to write the folder anew")
	return b.String()
}

// Unwrap returns the cause, which wraps ErrMalformed or ErrVersion.
func (e *ParseError) Unwrap() error { return e.Err }
