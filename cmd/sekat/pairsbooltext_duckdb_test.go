//go:build duckdb

package main

import (
	"path/filepath"
	"testing"
)

// TestPairsDuckDBBoolColumn: the pair tables the embedded DuckDB makes
// from a study whose correspondence cc column is a Parquet BOOLEAN
// (boolCCStudy) give analyze --pairs the edges.csv and units.csv of
// analyze on the raw tables, which reads the column as the words true
// and false; sekat pairs refused the column.
func TestPairsDuckDBBoolColumn(t *testing.T) {
	dir := boolCCStudy(t)
	raw, viaPairs, pairs := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b"), filepath.Join(t.TempDir(), "p")
	if code, _, stderr := sekat(t, "analyze", dir, "--out", raw); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	if code, _, stderr := sekat(t, "pairs", dir, "--run", "--out", pairs); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, stderr)
	}
	if code, _, stderr := sekat(t, "analyze", dir, "--pairs", pairs, "--out", viaPairs); code != 0 {
		t.Fatalf("analyze --pairs: exit %d: %s", code, stderr)
	}
	for _, f := range []string{"edges.csv", "units.csv"} {
		sameFile(t, raw, viaPairs, f, "analyze on the raw tables and on the pair tables")
	}
}
