package engine

import (
	"errors"
	"fmt"
	"testing"
)

// TestDuckDBFailures: DuckDB's failures that are no refusal of a CSV line
// and none of duckdbRefusal's are said by their kind, with DuckDB's first
// line as the Detail (not the "LINE 1:" echo of the statement below it),
// and the step of the SQL text (a Phase) among the Args of those that
// name no file. They were all "run": a sentence saying only that DuckDB
// failed at statement 4 of 9, and DuckDB's English. The messages are
// DuckDB v1.5.6's (duckdb-go v2.10506.0), met on 2026-12-06 by running
// each statement with the embedded DuckDB: read_csv of a file not there,
// COPY into a folder not there (here the temporary folder of the pair
// tables), CAST('abc' AS BIGINT), an INT64 overflow, a query cancelled;
// the "Input/output error" one is DuckDB's LocalFileSystem wording.
func TestDuckDBFailures(t *testing.T) {
	for _, c := range []struct {
		duck, code, detail string
		args               []any
	}{
		{"IO Error: No files found that match the pattern \"/data/s/meetings.csv\"\n\nLINE 1: SELECT * FROM read_csv('/data/s/meetings.csv', auto_detect = false, header...\n                      ^",
			"missing", `IO Error: No files found that match the pattern "/data/s/meetings.csv"`, []any{"/data/s/meetings.csv"}},
		{`IO Error: Cannot open file "/data/out/.sekat-pairs-3909946052/pairs.parquet": No such file or directory`,
			"outGone", `IO Error: Cannot open file "/data/out/.sekat-pairs-3909946052/pairs.parquet": No such file or directory`, []any{"/data/out", "/data/out"}},
		{`IO Error: Cannot open file "/mnt/share/s/people.csv": No such file or directory`,
			"missing", `IO Error: Cannot open file "/mnt/share/s/people.csv": No such file or directory`, []any{"/mnt/share/s/people.csv"}},
		{`IO Error: Could not read from file "/mnt/share/s/people.csv": Input/output error`,
			"io", `IO Error: Could not read from file "/mnt/share/s/people.csv": Input/output error`, []any{"/mnt/share/s/people.csv"}},
		{"Conversion Error: Could not convert string 'abc' to INT64\n\nLINE 1: SELECT CAST('abc' AS BIGINT)\n               ^",
			"value", "Conversion Error: Could not convert string 'abc' to INT64", []any{PhaseLetters, 4, 9}},
		{"Out of Range Error: Overflow in addition of INT64 (9223372036854775807 + 1)!",
			"value", "Out of Range Error: Overflow in addition of INT64 (9223372036854775807 + 1)!", []any{PhaseLetters, 4, 9}},
		{"INTERRUPT Error: Interrupted!", "interrupted", "INTERRUPT Error: Interrupted!", []any{PhaseLetters, 4, 9}},
		{"Binder Error: Referenced column \"x\" not found in FROM clause!\n\nLINE 1: SELECT x FROM t",
			"run", `Binder Error: Referenced column "x" not found in FROM clause!`, []any{PhaseLetters, 4, 9}},
	} {
		err := runError(4, 9, PhaseLetters, errors.New(c.duck))
		var se *SQLError
		if !errors.As(err, &se) || se.Code != c.code || fmt.Sprint(se.Args) != fmt.Sprint(c.args) || se.Detail != c.detail {
			t.Errorf("%.50q: got %v (detail %q), want %s %v (detail %q)", c.duck, err, detailOf(se), c.code, c.args, c.detail)
			continue
		}
		if se.Input() {
			t.Errorf("%s: Input() true; the engine failed, the input is not refused (exit 1)", c.code)
		}
	}
}
