package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// TestPairsSQL: sekat pairs writes one text per dialect for the sample
// study, each saying what it is and writing the pair tables its own way;
// bad choices are usage errors; --run without the embedded engine fails
// saying how to get one.
func TestPairsSQL(t *testing.T) {
	for d, want := range map[string]string{
		"duckdb": "COPY (",
		"spark":  "CREATE TABLE sekat_pairs USING parquet PARTITIONED BY (period) LOCATION '/lake/pairs/pairs' AS",
		"trino":  "CREATE TABLE sekat_pairs WITH (format = 'PARQUET', partitioned_by = ARRAY['period']) AS",
	} {
		code, out, e := sekat(t, "pairs", "sample", "--dialect", d, "--every", "month", "--dest", "/lake/pairs", "--lang", "en")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", d, code, e)
		}
		if !strings.HasPrefix(out, "-- sekat ") || !strings.Contains(out, d+" dialect") || !strings.Contains(out, want) {
			t.Errorf("%s: the text does not say what it is or lacks %q:\n%.300s", d, want, out)
		}
	}
	for _, args := range [][]string{
		{"pairs", "sample", "--dialect", "oracle"},
		{"pairs", "sample", "--every", "year"},
		{"pairs", "sample", "--dialect", "spark", "--run", "--out", filepath.Join(t.TempDir(), "p")},
	} {
		if code, _, _ := sekat(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if !engine.Embedded {
		code, _, e := sekat(t, "pairs", "sample", "--run", "--out", filepath.Join(t.TempDir(), "p"), "--lang", "en")
		if code != 1 || !strings.Contains(e, "-tags duckdb") {
			t.Errorf("--run without DuckDB: exit %d, %q", code, e)
		}
	}
	code, _, e := sekat(t, "analyze", "sample", "--pairs", t.TempDir(), "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en")
	if code != 1 || !strings.Contains(e, "no meta table") {
		t.Errorf("analyze --pairs on an empty folder: exit %d, %q", code, e)
	}
}
