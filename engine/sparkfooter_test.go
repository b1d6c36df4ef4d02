package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestSparkFooterCleansSession: the Spark text ends by uncaching and
// dropping every cached table and view it declared, the views over the
// input files included, and by resetting the two settings it set first.
// Before, it ended with its last write: in a notebook's session the
// cached letters kept their memory and the session stayed in UTC.
func TestSparkFooterCleansSession(t *testing.T) {
	for _, parquet := range []bool{false, true} {
		s := testSpec()
		if parquet {
			f := &s.Files["correspondence"][0]
			f.Format = "parquet"
			f.Bound["sent_at"] = Column{Index: 0, Type: TypeTimeUTC}
		}
		stmts, err := Statements(s, Spark)
		if err != nil {
			t.Fatal(err)
		}
		declared := map[string]int{} // name: index of its statement
		for i, st := range stmts {
			for _, pre := range []string{"CACHE TABLE ", "CREATE OR REPLACE TEMPORARY VIEW "} {
				if rest, ok := strings.CutPrefix(st, pre); ok {
					declared[strings.Fields(rest)[0]] = i
				}
			}
		}
		if len(declared) == 0 {
			t.Fatal("no view or cached table declared: the test reads nothing")
		}
		last := 0
		for i, st := range stmts {
			if strings.HasPrefix(st, "CREATE TABLE sekat_") {
				last = i
			}
		}
		for name, at := range declared {
			drop := slices.Index(stmts, "DROP VIEW IF EXISTS "+name)
			if drop < last {
				t.Errorf("parquet %v: %s (statement %d) is not dropped after the last write (statement %d): drop at %d", parquet, name, at, last, drop)
			}
			if strings.HasPrefix(stmts[at], "CACHE TABLE ") {
				if un := slices.Index(stmts, "UNCACHE TABLE IF EXISTS "+name); un < last || un > drop {
					t.Errorf("parquet %v: cached %s uncached at %d, want after the last write (%d) and before its drop (%d)", parquet, name, un, last, drop)
				}
			}
		}
		if n := len(stmts); n < 2 || stmts[n-2] != "RESET spark.sql.session.timeZone" || stmts[n-1] != "RESET spark.sql.parser.escapedStringLiterals" {
			t.Errorf("parquet %v: the text ends %q, want the two settings reset", parquet, stmts[max(0, n-2):])
		}
	}
}
