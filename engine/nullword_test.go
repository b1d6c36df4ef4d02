package engine

import (
	"regexp"
	"strings"
	"testing"
)

// TestSQLNullWord: the DuckDB and Spark texts read a CSV cell of exactly
// NULL as missing, as ingest's csvNull does (phpMyAdmin's CSV export
// writes it for NULL): DuckDB in its nullstr list, Spark, whose CSV reader
// takes one marker (\N), by nullif on each column it reads, in the blank
// row filter too; DuckDB's pattern of a line that holds nothing takes
// NULL and "NULL" as it takes \N.
func TestSQLNullWord(t *testing.T) {
	s := testSpec()
	text, err := SQL(s, DuckDB)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(text, "nullstr = ['', '\\N', 'NULL']"); n != 5 {
		t.Errorf("%d of 5 DuckDB CSV reads take NULL for missing", n)
	}
	blank := regexp.MustCompile(duckdbBlank(s.Files["correspondence"][0]))
	for _, l := range []string{"NULL,NULL,NULL,NULL", "\"NULL\",,\\N,NULL", "NULL"} {
		if !blank.MatchString(l) {
			t.Errorf("DuckDB's blank pattern does not take %q", l)
		}
	}
	for _, l := range []string{"NULLS,,,", "null,,,", "NULL,x,,"} {
		if blank.MatchString(l) {
			t.Errorf("DuckDB's blank pattern takes %q", l)
		}
	}
	text, err = SQL(s, Spark)
	if err != nil {
		t.Fatal(err)
	}
	// each column read of the letters (sent_at, sender, recipients, cc),
	// in its value and in the blank row filter
	for _, c := range []string{"c0", "c1", "c2", "c3"} {
		x := "nullif(" + c + ", 'NULL')"
		if !strings.Contains(text, x+" AS x_") && !strings.Contains(text, x+" AS t_") {
			t.Errorf("Spark reads %s without %s", c, x)
		}
		if !strings.Contains(text, "trim(BOTH ") || !strings.Contains(text, " FROM "+x+"), '')") {
			t.Errorf("Spark's blank row filter reads %s without %s", c, x)
		}
	}
}
