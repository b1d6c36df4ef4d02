package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// srcTestRow is one result of Next in a form easy to compare.
type srcTestRow struct {
	line int64
	vals string // cells joined with '|'; Null as ∅, times as utc:N, local:N, date:N
	err  error  // the sentinel of a RowError, nil for a good row
	col  string // RowError.Column
	// whole is set for a RowError about the whole row or line, not one
	// column's value.
	whole bool
}

func (r srcTestRow) String() string {
	if r.err != nil {
		return fmt.Sprintf("%d:ERR(%v,%q)", r.line, r.err, r.col)
	}
	return fmt.Sprintf("%d:%s", r.line, r.vals)
}

func srcTestCell(v Value) string {
	switch v.Kind {
	case Null:
		return "∅"
	case Bytes:
		return string(v.B)
	case TimeUTC:
		return fmt.Sprintf("utc:%d", v.I)
	case TimeLocal:
		return fmt.Sprintf("local:%d", v.I)
	case Date:
		return fmt.Sprintf("date:%d", v.I)
	}
	return "?"
}

// srcReadAll binds names (all columns when nil) and reads s to the end. A
// fatal error fails the test.
func srcReadAll(t testing.TB, s Source, names []string) []srcTestRow {
	t.Helper()
	n := len(s.Columns())
	if names != nil {
		if err := s.BindNames(names); err != nil {
			t.Fatalf("BindNames(%q): %v", names, err)
		}
		n = len(names)
	}
	row := make([]Value, n)
	var out []srcTestRow
	for k := 0; ; k++ {
		if k > 1e6 {
			t.Fatal("no end after 1e6 rows")
		}
		line, err := s.Next(row)
		if err == io.EOF {
			break
		}
		var re *RowError
		if errors.As(err, &re) {
			if re.Line != line {
				t.Errorf("RowError.Line = %d, Next returned %d", re.Line, line)
			}
			out = append(out, srcTestRow{line: line, err: re.Err, col: re.Column})
			continue
		}
		if err != nil {
			t.Fatalf("fatal error after %d rows: %v", len(out), err)
		}
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = srcTestCell(v)
		}
		out = append(out, srcTestRow{line: line, vals: strings.Join(cells, "|")})
	}
	if got, want := s.Rows(), int64(len(out)); got != want {
		t.Errorf("Rows() = %d, want %d", got, want)
	}
	return out
}

// checkZeroAllocRows binds s to five correspondence columns, reads 100 rows
// so that its scratch buffers reach their size, then fails unless 15,000
// more rows allocate nothing.
func checkZeroAllocRows(t *testing.T, s Source) {
	t.Helper()
	if err := s.BindNames([]string{"sent_at", "sender", "recipients", "cc", "kind"}); err != nil {
		t.Fatal(err)
	}
	row := make([]Value, 5)
	for i := 0; i < 100; i++ {
		if _, err := s.Next(row); err != nil {
			t.Fatal(err)
		}
	}
	allocs := srcAllocsPerRow(15000, func() {
		if _, err := s.Next(row); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per row, want 0", allocs)
	}
}

// srcAllocsPerRow counts heap allocations of n calls to next, as
// testing.AllocsPerRun does but without rounding the average down to a
// whole number.
func srcAllocsPerRow(n int, next func()) float64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < n; i++ {
		next()
	}
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs-before.Mallocs) / float64(n)
}

func srcRowsString(rows []srcTestRow) string {
	s := make([]string, len(rows))
	for i, r := range rows {
		s[i] = r.String()
	}
	return strings.Join(s, "\n")
}

func TestRowErrorString(t *testing.T) {
	tests := []struct {
		name string
		err  *RowError
		want string
	}{
		{"all", &RowError{File: "c.csv", Line: 14, Column: "sender", Reason: "unknown sender", Err: ErrMalformed},
			"ingest: c.csv line 14 column sender: unknown sender"},
		{"no column", &RowError{File: "c.csv", Line: 3, Reason: "expected 3 fields", Err: ErrFieldCount},
			"ingest: c.csv line 3: expected 3 fields"},
		{"no file", &RowError{Line: 3, Err: ErrFieldCount}, "ingest: line 3: wrong number of fields"},
		{"nothing", &RowError{}, "ingest: bad row"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if tt.err.Err != nil && !errors.Is(tt.err, tt.err.Err) {
				t.Errorf("errors.Is(err, %v) = false", tt.err.Err)
			}
		})
	}
}

func TestColumnErrorString(t *testing.T) {
	e := &ColumnError{File: "correspondence.csv", Column: "sent_at", Found: []string{"a", "b", "c"}}
	got := e.Error()
	want := `ingest: correspondence.csv: missing column "sent_at"; found: a, b, c; add the column or rename it in study.yaml (columns: ...)`
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !errors.Is(e, ErrMissingColumn) {
		t.Error("ColumnError does not unwrap to ErrMissingColumn")
	}
}

func TestSrcDisplay(t *testing.T) {
	long := strings.Repeat("é", 150) // 300 bytes
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Dinas Kesehatan", "Dinas Kesehatan"},
		{"invalid byte", "ab\xffc", `ab\xffc`},
		{"controls", "a\nb\tc\x01", `a\nb\tc\x01`},
		{"cut at rune boundary", long, strings.Repeat("é", 100) + "..."},
		{"cut ascii", strings.Repeat("x", 201), strings.Repeat("x", 200) + "..."},
		{"escapes count toward the limit", strings.Repeat("\xff", 60), strings.Repeat(`\xff`, 50) + "..."},
		{"exactly the limit", strings.Repeat("x", 200), strings.Repeat("x", 200)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := srcDisplay([]byte(tt.in)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Null: "null", Bytes: "bytes", TimeUTC: "time_utc", TimeLocal: "time_local", Date: "date", 9: "kind(9)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

// benchReadAll reads every row of data (a correspondence table in format)
// per iteration and reports row/s: the shared body of the reader
// benchmarks.
func benchReadAll(b *testing.B, data []byte, name, format string) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	rows := 0
	for i := 0; i < b.N; i++ {
		s, err := OpenReader(name, bytes.NewReader(data), format, false)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.BindNames([]string{"sent_at", "sender", "recipients", "cc", "message_id", "kind"}); err != nil {
			b.Fatal(err)
		}
		row := make([]Value, 6)
		for {
			_, err := s.Next(row)
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			rows++
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "row/s")
}

// TestSuggestColumns: headers are matched whatever their case, spaces,
// '-' and '.', each to one column at most, in the contract's order, and
// only for columns the file lacks.
func TestSuggestColumns(t *testing.T) {
	found := []string{" Tanggal-Kirim ", "NIP.Pengirim", "penerima", "TEMBUSAN", "tanggal"}
	got := suggestColumns(Correspondence, found, map[string]bool{"sent_at": true, "sender": true, "cc": true})
	want := [][2]string{{"sent_at", " Tanggal-Kirim "}, {"sender", "NIP.Pengirim"}, {"cc", "TEMBUSAN"}}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// "nip" names the attendee of a meetings file, and no column twice
	got = suggestColumns(Meetings, []string{"id_rapat", "waktu", "nip", "tanggal"}, map[string]bool{"meeting_id": true, "start": true, "attendee": true})
	want = [][2]string{{"meeting_id", "id_rapat"}, {"start", "waktu"}, {"attendee", "nip"}}
	if !slices.Equal(got, want) {
		t.Errorf("meetings: got %q, want %q", got, want)
	}
}

// TestColumnNamesInvisible: a header name that holds an invisible
// character (a zero-width space, a byte order mark in the middle, a soft
// hyphen, a word joiner) or a NBSP matches the column it names, in CSV and
// in NDJSON keys: exports and names copied from a web page carry them, and
// the name looks right on screen. Before, the required column was
// "missing", listed among the columns found under the same name.
func TestColumnNamesInvisible(t *testing.T) {
	names := []string{"sent_at", "sender", "recipients", "cc"}
	csvIn := "\u200bsent_at,sen\u00adder,recipients\u00a0,c\ufeffc\u2060\n2025-01-01,P1,P2,P3\n"
	s, err := newCSV("c.csv", strings.NewReader(csvIn), 0, 4096)
	if err != nil {
		t.Fatal(err)
	}
	if got := srcRowsString(srcReadAll(t, s, names)); got != "2:2025-01-01|P1|P2|P3" {
		t.Errorf("CSV: %q", got)
	}
	ndIn := "{\"sent\u00a0at\": \"x\", \"\u200bsent_at\": \"2025-01-01\", \"Sender\u200b\": \"P1\", \"recipients \": \"P2\", \"c\u00adc\": \"P3\"}\n"
	n, err := newNDJSON("n.ndjson", strings.NewReader(ndIn), 4096)
	if err != nil {
		t.Fatal(err)
	}
	if got := srcRowsString(srcReadAll(t, n, names)); got != "1:2025-01-01|P1|P2|P3" {
		t.Errorf("NDJSON: %q", got)
	}
	for in, want := range map[string]string{"Sent_At": "sent_at", " unit\u00a0id ": "unit id", "\ufeffunit_id": "unit_id", "pe\u00adngirim\u200d": "pengirim"} {
		if got := colKey(in); got != want {
			t.Errorf("colKey(%q) = %q, want %q", in, got, want)
		}
	}
}
