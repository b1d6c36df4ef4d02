//go:build duckdb

package main

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestPairsDuckDBTrinoBlankRows: the Trino text reads catalog tables, and
// a table made over a CSV file holds its blank rows (a spreadsheet's empty
// row ,,,, or "","", a line of spaces) as rows, which analyze passes over
// and counts nowhere. The text counted each as a row read and rejected
// (docs/engines.md listed it as a limit); its views of the inputs now
// leave them out, as the DuckDB and Spark texts do.
//
// Trino does not run here: the text's views of the inputs (sekat_src_*)
// are run by the embedded DuckDB over tables made as such a catalog
// table: every row of a copy of the hand study whose files hold blank
// lines, as text (a blank cell NULL, or padded with NULL), and a row of
// empty strings added, as Hive's text tables read ",,,,". Each view must
// give the rows sekat validate counts in the same files.
func TestPairsDuckDBTrinoBlankRows(t *testing.T) {
	study := t.TempDir()
	tables := []string{"units", "people", "correspondence", "meetings", "data_sharing"}
	for _, tb := range tables {
		lines := strings.Split(strings.TrimSuffix(readFile(t, "../../testdata/studies/hand/"+tb+".csv"), "\n"), "\n")
		blank := strings.Repeat(",", strings.Count(lines[0], ","))
		// after the first row: a spreadsheet's empty row, a line of
		// spaces, empty quoted cells; and one at the end
		rows := append([]string{lines[0], lines[1], blank, "   ", `"",""`}, lines[2:]...)
		rows = append(rows, blank)
		if err := os.WriteFile(filepath.Join(study, tb+".csv"), []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, stderr := sekat(t, "validate", study, "--lang", "en")
	if code != 0 {
		t.Fatalf("validate: exit %d: %s", code, stderr)
	}
	read := map[string]int64{} // the rows analyze reads of each table
	for _, m := range regexp.MustCompile(`(?m)^  (\w+) .* (\d+) rows?, 0 rejected$`).FindAllStringSubmatch(out, -1) {
		read[m[1]], _ = strconv.ParseInt(m[2], 10, 64)
	}
	views := trinoViews(t, study)
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tb := range tables {
		if read[tb] == 0 || views[tb] == "" {
			t.Fatalf("%s: validate read %d rows, view %q; want both", tb, read[tb], views[tb])
		}
		header := strings.Split(strings.SplitN(readFile(t, filepath.Join(study, tb+".csv")), "\n", 2)[0], ",")
		names, empty := make([]string, len(header)), make([]string, len(header))
		for i, h := range header {
			names[i], empty[i] = "'"+h+"'", "''"
		}
		for _, q := range []string{
			fmt.Sprintf("CREATE OR REPLACE TABLE %s AS SELECT * FROM read_csv('%s', header = true, all_varchar = true, null_padding = true, names = [%s])",
				tb, filepath.Join(study, tb+".csv"), strings.Join(names, ", ")),
			fmt.Sprintf("INSERT INTO %s VALUES (%s)", tb, strings.Join(empty, ", ")),
			views[tb],
		} {
			if _, err := db.Exec(q); err != nil {
				t.Fatalf("%s: %v\n%s", tb, err, q)
			}
		}
		var all, n int64
		if err := db.QueryRow("SELECT count(*) FROM " + tb).Scan(&all); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRow("SELECT count(*) FROM sekat_src_" + tb).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if all != read[tb]+5 {
			t.Fatalf("%s: the catalog table holds %d rows; want analyze's %d and the 5 blank ones", tb, all, read[tb])
		}
		if n != read[tb] {
			t.Errorf("%s: the Trino text reads %d rows of the catalog table, analyze %d of the file", tb, n, read[tb])
		}
	}
}
