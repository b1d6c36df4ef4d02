//go:build duckdb

package engine

import (
	"database/sql"
	"strings"
	"testing"
)

// TestTrinoRowNumbersWhole: the Trino text joins a meeting's rows with
// their resolved attendees on (f, rn), and rn came straight from the
// table's sekat_row column, CAST("sekat_row" AS BIGINT): a row whose
// sekat_row is NULL (an empty Parquet cell, Hive's \N) had a NULL rn and
// fell out of every join (its attendee counted rejected, a meeting of two
// lost), and two rows of one number were joined with each other's
// attendees. rn is now a row number ordered by sekat_row: one distinct
// number per row, growing with sekat_row, the NULLs after the rest.
//
// Trino does not run here: the text's view of the meetings (plain SQL
// that DuckDB reads too) is run by the embedded DuckDB over a table made
// as the catalog table would be, all text.
func TestTrinoRowNumbersWhole(t *testing.T) {
	s := testSpec()
	for _, tab := range []string{"people", "meetings"} {
		f := &s.Files[tab][0]
		f.Columns = append(f.Columns, "sekat_row")
	}
	g, err := generate(s, Trino)
	if err != nil {
		t.Fatal(err)
	}
	view := ""
	for _, st := range g.stmts {
		if strings.HasPrefix(st, "CREATE OR REPLACE VIEW sekat_src_meetings ") {
			view = st
		}
	}
	if view == "" {
		t.Fatal("no view sekat_src_meetings in the Trino text")
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`CREATE TABLE meetings (meeting_id VARCHAR, start VARCHAR, attendee VARCHAR, sekat_row VARCHAR)`,
		`INSERT INTO meetings VALUES ('M1', '2025-01-10 09:00', 'A', '3'), ('M1', '2025-01-10 09:00', 'B', NULL),
			('M2', '2025-01-11 09:00', 'C', '1'), ('M2', '2025-01-11 09:00', 'D', '1'), ('M3', '2025-01-12 09:00', 'E', NULL)`,
		view,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
	}
	rows, err := db.Query(`SELECT x_attendee, rn FROM sekat_src_meetings ORDER BY rn NULLS FIRST`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var order []string
	seen := map[int64]bool{}
	for rows.Next() {
		var att string
		var rn sql.NullInt64
		if err := rows.Scan(&att, &rn); err != nil {
			t.Fatal(err)
		}
		if !rn.Valid || seen[rn.Int64] {
			t.Errorf("attendee %s: rn %v, want a number no other row has (the joins on (f, rn) lose or mix the row)", att, rn)
		}
		seen[rn.Int64] = true
		order = append(order, att)
	}
	// sekat_row 1 (C, D in either order), then 3 (A), then the NULLs
	if got := strings.Join(order, ""); len(got) != 5 || !strings.Contains("CD DC", got[:2]) || got[2] != 'A' {
		t.Errorf("rows in rn order: %s, want C and D (sekat_row 1), A (3), then B and E (NULL)", got)
	}
}

// TestTrinoTimesExact: the Trino text made a typed time's seconds from
// to_unixtime, a DOUBLE, times 10^6, rounded: a DOUBLE holds about 16
// digits, so 23:59:59.999999999 (a nanosecond TIMESTAMP, as Trino's Hive
// connector reads one with hive.timestamp-precision = NANOSECONDS) came out
// as midnight, the next day, where sekat reads it as the day it is (the
// Parquet reader floors a time to its second). The text now truncates the
// time to its second first (date_trunc), whose to_unixtime is a whole
// number a DOUBLE holds exactly.
//
// Trino does not run here: the Trino expressions are run by DuckDB with
// to_unixtime defined as Trino documents it (the instant as DOUBLE
// seconds: epoch_ns(x) / 1e9) and with_timezone(x, 'UTC') as the same
// instant.
func TestTrinoTimesExact(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`CREATE MACRO to_unixtime(x) AS epoch_ns(x) / 1e9`,
		`CREATE MACRO with_timezone(x, z) AS x`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	d := trino{}
	for _, c := range []struct {
		ts   string
		want int64 // floor of the instant, in Unix seconds (Go's time.Date)
	}{
		// 23:59:59.999999999 in Asia/Jakarta, 16:59:59 UTC
		{"2025-01-10 16:59:59.999999999", 1736528399},
		{"2025-01-10 16:59:59.9999999", 1736528399},
		{"2025-01-10 16:59:59", 1736528399},
		// before 1970: floored, as the Parquet reader floors it
		{"1969-12-31 23:59:59.5", -1},
	} {
		for name, expr := range map[string]string{"utcMicros": d.utcMicros("x"), "naiveMicros": d.naiveMicros("x")} {
			var us int64
			q := "SELECT " + expr + " FROM (SELECT TIMESTAMP_NS '" + c.ts + "' AS x)"
			if err := db.QueryRow(q).Scan(&us); err != nil {
				t.Fatalf("%s: %v\n%s", name, err, q)
			}
			sec := us / 1000000
			if us%1000000 < 0 {
				sec--
			}
			if sec != c.want {
				t.Errorf("%s of %s: %d s, want %d", name, c.ts, sec, c.want)
			}
		}
	}
}
