//go:build duckdb

package engine

import (
	"database/sql"
	"testing"
)

// TestDuckDBNanosFloored: the DuckDB text made a wall-clock time's
// microseconds with epoch_us(CAST(x AS TIMESTAMP)), which rounds a
// TIMESTAMP_NS (a Parquet timestamp of nanoseconds without a zone, as
// DuckDB reads it) toward 0: before 1970, one microsecond or less before a
// second was counted in the next second, 1969-12-31 23:59:59.9999999 as
// 1970-01-01 00:00:00 (in the next day, period or outside the window),
// where sekat's Parquet reader floors it (ingest's pqFloorDiv). The
// wanted seconds are Go's time.Date of the value's second, floored; the
// expressions run in the embedded DuckDB (duckdb-go v2.10506.0). The
// Trino text floors with date_trunc (TestTrinoTimesExact); Spark reads no
// nanosecond timestamp.
func TestDuckDBNanosFloored(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d := duckdb{}
	for _, c := range []struct {
		typ, ts string
		want    int64
	}{
		{"TIMESTAMP_NS", "1969-12-31 23:59:59.9999999", -1},
		{"TIMESTAMP_NS", "1969-12-31 23:59:59.999999999", -1},
		{"TIMESTAMP_NS", "1969-12-31 23:59:59.000000001", -1},
		{"TIMESTAMP_NS", "1969-12-31 23:59:58.9999995", -2},
		{"TIMESTAMP_NS", "1677-09-22 00:00:00.000000001", -9223286400},
		{"TIMESTAMP_NS", "2025-01-10 16:59:59.999999999", 1736528399},
		{"TIMESTAMP_NS", "1970-01-01 00:00:00", 0},
		{"TIMESTAMP", "1969-12-31 23:59:59.999999", -1},
		{"TIMESTAMP", "0001-01-01 00:00:00", -62135596800},
		{"TIMESTAMP", "9999-12-31 23:59:59.999999", 253402300799},
		{"TIMESTAMP_MS", "1969-12-31 23:59:59.999", -1},
		{"TIMESTAMP_S", "1969-12-31 23:59:59", -1},
	} {
		var us int64
		q := "SELECT " + d.naiveMicros("x") + " FROM (SELECT " + c.typ + " '" + c.ts + "' AS x)"
		if err := db.QueryRow(q).Scan(&us); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
		sec := us / 1000000
		if us%1000000 < 0 {
			sec--
		}
		if sec != c.want {
			t.Errorf("naiveMicros of %s '%s': %d µs, second %d; want %d", c.typ, c.ts, us, sec, c.want)
		}
	}
}
