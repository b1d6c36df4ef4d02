package engine

import (
	"errors"
	"fmt"
	"testing"
)

// TestDuckDBRefusals: DuckDB's refusals past a line of a CSV file are
// said in sekat's words (the codes sekat analyze's messages have), with
// DuckDB's first line kept as the Detail; they were all "run", DuckDB's
// English the only reason given. The messages are DuckDB v1.5.6's, met on
// 2026-12-06: a people.parquet with 16 bytes overwritten at byte 100
// (sekat pairs reads its footer only), a --out on a 12 KiB tmpfs, and
// sekat pairs under ulimit -v 1500000 (the start failed; a statement
// fails with the same "Out of Memory Error" words). Permission denied is
// DuckDB's LocalFileSystem wording (root here cannot be denied).
func TestDuckDBRefusals(t *testing.T) {
	for _, c := range []struct {
		duck, code, detail string
		args               []any
	}{
		{`Invalid Input Error: Failed to read file "/tmp/s/people.parquet": ZSTD Decompression failure`, "damaged",
			`Invalid Input Error: Failed to read file "/tmp/s/people.parquet": ZSTD Decompression failure`, []any{"people.parquet"}},
		{`Invalid Input Error: No magic bytes found at end of file '/tmp/s/units.parquet'`, "damaged",
			`Invalid Input Error: No magic bytes found at end of file '/tmp/s/units.parquet'`, []any{"units.parquet"}},
		{`IO Error: Could not write file "/tmp/q/tiny/.sekat-pairs-3909946052/nodes.parquet": No space left on device`, "noSpace",
			`IO Error: Could not write file "/tmp/q/tiny/.sekat-pairs-3909946052/nodes.parquet": No space left on device`, []any{"/tmp/q/tiny"}},
		{`IO Error: Could not write file "/data/out/pairs.parquet": No space left on device`, "noSpace",
			`IO Error: Could not write file "/data/out/pairs.parquet": No space left on device`, []any{"/data/out"}},
		{"Out of Memory Error: Failed to allocate block of 4096 bytes (bad allocation)\n\nPossible solutions:\n* Reducing the number of threads (SET threads=X)", "memory",
			"Out of Memory Error: Failed to allocate block of 4096 bytes (bad allocation)", []any{4, 9}},
		{`IO Error: Cannot open file "/tmp/s/people.csv": Permission denied`, "denied",
			`IO Error: Cannot open file "/tmp/s/people.csv": Permission denied`, []any{"/tmp/s/people.csv"}},
		// a write to a Parquet file is no damaged input
		{`IO Error: Could not write file "/data/out/pairs.parquet": Input/output error`, "io",
			`IO Error: Could not write file "/data/out/pairs.parquet": Input/output error`, []any{"/data/out/pairs.parquet"}},
	} {
		err := runError(4, 9, PhaseLetters, errors.New(c.duck))
		var se *SQLError
		if !errors.As(err, &se) || se.Code != c.code || fmt.Sprint(se.Args) != fmt.Sprint(c.args) || se.Detail != c.detail {
			t.Errorf("%.50q: got %v (detail %q), want %s %v (detail %q)", c.duck, err, detailOf(se), c.code, c.args, c.detail)
			continue
		}
		if se.Input() {
			t.Errorf("%s: Input() true; sekat analyze fails (exit 1) on a damaged file, a full disk, a denied file", c.code)
		}
	}
}

func detailOf(e *SQLError) string {
	if e == nil {
		return ""
	}
	return e.Detail
}
