package engine

import (
	"errors"
	"strings"
	"testing"
)

// TestSQLCompressionXzLz4Refused: a raw CSV log compressed with xz or
// lz4, which sekat analyze reads, is refused with the fix by the DuckDB
// and the Spark text: DuckDB's CSV reader reads gzip and zstd only, and
// Spark's Hadoop has no xz codec and reads lz4 only in Hadoop's own
// framing, not the frame format of the lz4 tool that sekat reads. Before,
// Compression did not know the endings, and the text named such a file
// for the engine to read as CSV.
func TestSQLCompressionXzLz4Refused(t *testing.T) {
	for _, name := range []string{"correspondence.csv.xz", "correspondence.csv.lz4"} {
		for _, d := range []Dialect{DuckDB, Spark} {
			s := testSpec()
			f := &s.Files["correspondence"][0]
			f.Path, f.Gzip = "/d/"+name, true
			_, err := SQL(s, d)
			var se *SQLError
			if !errors.As(err, &se) || se.Code != "compression" || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "compress it with gzip") {
				t.Errorf("%s %s: %v, want the compression refusal naming the file and the fix", d, name, err)
			}
		}
	}
	for ending, want := range map[string]string{".xz": "xz", ".LZ4": "lz4", ".gz": "gzip", ".csv": ""} {
		if got := Compression("letters.csv" + ending); got != want {
			t.Errorf("Compression(letters.csv%s) = %q, want %q", ending, got, want)
		}
	}
}
