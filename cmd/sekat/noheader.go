package main

import (
	"strings"
	"time"

	"github.com/sekat-ona/sekat/ingest"
)

// dataAsHeader is, for a missing column whose header line holds values
// rather than names, the first such value ("" otherwise): a time (or a
// date) or a number of five digits or more (a NIP, a record count), while
// no cell names one of the table's columns. The file then has no header
// line: phpMyAdmin's CSV export writes none unless "Put columns names in
// the first row" is ticked, and a database's SELECT ... INTO OUTFILE never
// does. The error listed the first letter's cells as "the columns found",
// and its advice was to remove a title above the table.
func dataAsHeader(e *ingest.ColumnError) string {
	if e.HeaderLine <= 0 || e.SheetRow || e.HeaderBelow > 0 || len(e.Found) < 2 || len(e.Suggest) > 0 {
		return ""
	}
	t, ok := ingest.ParseTable(e.Table)
	if !ok {
		return ""
	}
	names := append(append([]string{}, t.Required()...), t.Optional()...)
	value := ""
	for _, f := range e.Found {
		c := strings.TrimSpace(f)
		for _, n := range names {
			if strings.EqualFold(c, n) {
				return "" // a header, short of a column
			}
		}
		if value == "" && isValue(c) {
			value = c
		}
	}
	return value
}

// isValue reports whether the cell c is a value no header would hold as
// a column's name: a time or a date, or five digits or more.
func isValue(c string) bool {
	digits := 0
	for i := 0; i < len(c); i++ {
		if '0' <= c[i] && c[i] <= '9' {
			digits++
		}
	}
	if digits >= 5 && digits == len(c) {
		return true
	}
	if digits == 0 {
		return false
	}
	_, _, err := ingest.ParseTime([]byte(c), time.UTC)
	return err == nil
}

// columnsLine is table t's columns as a header line would name them: the
// required ones, then the optional ones, for the advice to write one.
func columnsLine(table string) string {
	t, ok := ingest.ParseTable(table)
	if !ok {
		return ""
	}
	return strings.Join(append(append([]string{}, t.Required()...), t.Optional()...), ",")
}
