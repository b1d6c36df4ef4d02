//go:build duckdb

package main

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"
)

// TestPairsDuckDBTrinoHeaderRow: the Trino text reads catalog tables, and
// a table made over a CSV file without skipping its first line (a Hive
// table without skip.header.line.count) holds the file's header as a row.
// The text counted it as a row read (and rejected, its time being the
// word sent_at), one per table, where analyze counts the header nowhere.
// Its views of the inputs now leave that row out, as the DuckDB and Spark
// texts leave out the header written again.
//
// Trino does not run here: the text's views of the inputs (sekat_src_*,
// plain SQL that DuckDB reads too: trim with characters, chr, row_number)
// are run by the embedded DuckDB over tables made as such a catalog
// table: every line of the hand study's files, the header included, as
// text, and then without the header (a table that skips it), which must
// give the same rows.
func TestPairsDuckDBTrinoHeaderRow(t *testing.T) {
	study := "../../testdata/studies/hand"
	views := trinoViews(t, study)
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tb := range []string{"units", "people", "correspondence", "meetings", "data_sharing"} {
		lines := strings.Split(strings.TrimSuffix(readFile(t, study+"/"+tb+".csv"), "\n"), "\n")
		header := strings.Split(lines[0], ",")
		names := make([]string, len(header))
		for i, h := range header {
			names[i] = "'" + h + "'"
		}
		rows := int64(len(lines) - 1) // the rows analyze reads: none of the hand study's is blank
		for _, skip := range []bool{false, true} {
			catalog := fmt.Sprintf("CREATE OR REPLACE TABLE %s AS SELECT * FROM read_csv('%s/%s.csv', header = false, all_varchar = true, names = [%s], skip = %d)",
				tb, study, tb, strings.Join(names, ", "), map[bool]int{false: 0, true: 1}[skip])
			if _, err := db.Exec(catalog); err != nil {
				t.Fatal(err)
			}
			if views[tb] == "" {
				t.Fatalf("no view sekat_src_%s in the Trino text", tb)
			}
			if _, err := db.Exec(views[tb]); err != nil {
				t.Fatalf("%s: the Trino text's view, run by DuckDB: %v", tb, err)
			}
			var n int64
			if err := db.QueryRow("SELECT count(*) FROM sekat_src_" + tb).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != rows {
				t.Errorf("%s (header skipped by the table: %v): the Trino text reads %d rows, analyze %d", tb, skip, n, rows)
			}
		}
	}
}

// trinoViews returns the views of the inputs (sekat_src_TABLE) of the
// Trino text sekat pairs writes for study, by table.
func trinoViews(t *testing.T, study string) map[string]string {
	t.Helper()
	code, text, stderr := sekat(t, "pairs", study, "--dialect", "trino", "--dest", "/lake/pairs")
	if code != 0 {
		t.Fatalf("pairs --dialect trino: exit %d: %s", code, stderr)
	}
	views := map[string]string{}
	for _, s := range strings.Split(text, ";\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(s), "CREATE OR REPLACE VIEW sekat_src_"); ok {
			name, _, _ := strings.Cut(rest, " ")
			views[name] = strings.TrimSpace(s)
		}
	}
	return views
}
