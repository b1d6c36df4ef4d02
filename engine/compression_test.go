package engine

import (
	"errors"
	"strings"
	"testing"
)

// TestSQLCompressionRefused: a raw CSV log compressed with zstd or bzip2
// (which sekat analyze reads) is written into the text of an engine that
// reads it, as it is named (DuckDB's read_csv takes zstd from the .zst
// ending, Spark's reader bzip2 from .bz2), and refused with the fix by one
// that does not: DuckDB reads no bzip2 without a community extension,
// Spark no zstd text without Hadoop's native library (apache/spark#51182).
// Before, the text named such a file and the engine failed on it, or read
// its compressed bytes.
func TestSQLCompressionRefused(t *testing.T) {
	for _, c := range []struct {
		name string
		d    Dialect
		ok   bool
	}{
		{"correspondence.csv.zst", DuckDB, true},
		{"correspondence.csv.bz2", DuckDB, false},
		{"correspondence.csv.bz2", Spark, true},
		{"correspondence.csv.zst", Spark, false},
		{"correspondence.csv.gz", Spark, true},
		{"correspondence.csv.gz", DuckDB, true},
	} {
		s := testSpec()
		f := &s.Files["correspondence"][0]
		f.Path, f.Gzip = "/d/"+c.name, true
		text, err := SQL(s, c.d)
		var se *SQLError
		switch {
		case c.ok && err != nil:
			t.Errorf("%s %s: %v", c.d, c.name, err)
		case c.ok && !strings.Contains(text, "'/d/"+c.name+"'"):
			t.Errorf("%s %s: the text does not read the file", c.d, c.name)
		case !c.ok && (!errors.As(err, &se) || se.Code != "compression" || !strings.Contains(err.Error(), c.name) || !strings.Contains(err.Error(), "compress it with gzip")):
			t.Errorf("%s %s: %v, want the compression refusal naming the file and the fix", c.d, c.name, err)
		}
	}
}
