//go:build duckdb

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsDuckDBNullWord: a study exported with NULL in every empty cell
// (phpMyAdmin's default, quoted or not) and a row of NULLs between the
// letters gives sekat pairs --run the tables that give analyze --pairs the
// edges.csv of analyze on the raw tables, which is that of the same study
// with the cells empty. DuckDB reads NULL through its nullstr list, as
// ingest's csvNull does; before, DuckDB read it as text.
func TestPairsDuckDBNullWord(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	if code, _, e := sekat(t, "generate", "--seed", "663", "--scale", "0.05", "--out", base); code != 0 {
		t.Fatalf("generate: exit %d: %s", code, e)
	}
	st := filepath.Join(dir, "null")
	if err := os.CopyFS(st, os.DirFS(base)); err != nil {
		t.Fatal(err)
	}
	letters := 0
	for _, name := range []string{"units.csv", "people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		lines := strings.SplitAfter(readFile(t, filepath.Join(base, name)), "\n")
		nulls := 0
		for i := 1; i < len(lines); i++ {
			if lines[i] == "" {
				continue
			}
			if strings.Contains(lines[i], `"`) {
				continue // a quoted cell may hold a comma: left as it is
			}
			cells := strings.Split(strings.TrimSuffix(lines[i], "\n"), ",")
			for j, c := range cells {
				if c == "" {
					cells[j] = map[bool]string{true: `"NULL"`, false: "NULL"}[(i+j)%3 == 0]
					nulls++
				}
			}
			lines[i] = strings.Join(cells, ",") + "\n"
		}
		if name == "correspondence.csv" {
			letters = len(lines) - 2 // the header and the final ""
			blank := strings.Repeat("NULL,", strings.Count(lines[0], ",")) + "\"NULL\"\n"
			lines = append(lines[:4], append([]string{blank}, lines[4:]...)...)
		}
		if nulls == 0 && (name == "people.csv" || name == "correspondence.csv") {
			t.Fatalf("%s: no empty cell to write NULL in", name)
		}
		if err := os.WriteFile(filepath.Join(st, name), []byte(strings.Join(lines, "")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pairsAsAnalyze(t, dir, "null word", st, letters, 0)
	// and analyze on the raw tables reads them as the study with empty cells
	raw := filepath.Join(dir, "base-raw")
	if code, _, e := sekat(t, "analyze", "-q", "--out", raw, base); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, e)
	}
	for _, f := range []string{"edges.csv", "units.csv", "groups.csv"} {
		sameFile(t, raw, filepath.Join(dir, "null-word-raw"), f, "NULL cells against empty ones")
	}
}
