package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"testing"
)

// slowReader hands out at most n bytes per Read, as a gzip reader does.
type slowReader struct {
	r io.Reader
	n int
}

func (s slowReader) Read(p []byte) (int, error) { return s.r.Read(p[:min(len(p), s.n)]) }

// TestLongRecordLinear: a record that straddles many reads is scanned again
// only once per doubling of the buffer. Before, every read of 4 KiB from a
// gzip stream rescanned the record from its start (quadratic: 47 s of CPU
// for a 70 MB first record).
func TestLongRecordLinear(t *testing.T) {
	const long = 6 << 20
	data := "a,b\n1," + strings.Repeat("x", long) + "\n2,3\n"
	s, err := newCSV("c.csv", slowReader{strings.NewReader(data), 4 << 10}, 0, srcBufSize)
	if err != nil {
		t.Fatal(err)
	}
	got := srcReadAll(t, s, nil)
	if len(got) != 2 || got[1].vals != "2|3" {
		t.Fatalf("rows %d, want 2", len(got))
	}
	// 1 MiB growing to 8 MiB: the first fill, three doublings, the rest.
	if s.b.fills > 8 {
		t.Errorf("%d fills for a %d-byte record, want at most 8", s.b.fills, long)
	}
	// NDJSON shares the buffer.
	nd := `{"a":"` + strings.Repeat("x", long) + `"}` + "\n"
	j, err := newNDJSON("c.ndjson", slowReader{strings.NewReader(nd), 4 << 10}, srcBufSize)
	if err != nil {
		t.Fatal(err)
	}
	srcReadAll(t, j, nil)
	if j.b.fills > 8 {
		t.Errorf("NDJSON: %d fills for a %d-byte line, want at most 8", j.b.fills, long)
	}
}

// TestRecordTooLong: a gzipped CSV whose first record is longer than the
// record limit fails with a short message naming the file and line.
func TestRecordTooLong(t *testing.T) {
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestSpeed)
	zw.Write([]byte("sent_at,sender,recipients\n2025-01-01,p1,"))
	chunk := bytes.Repeat([]byte("p2;"), 1<<16)
	for n := 0; n < srcMaxRecord+1<<20; n += len(chunk) {
		zw.Write(chunk)
	}
	zw.Write([]byte("\n"))
	zw.Close()
	s, err := OpenReader("correspondence.csv.gz", &gz, "csv", true)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Next(make([]Value, 3))
	if err == nil || isRowError(err) {
		t.Fatalf("err = %v, want a fatal error", err)
	}
	if want := "ingest: correspondence.csv.gz line 2: a record longer than 16 MiB"; !strings.HasPrefix(err.Error(), want) || len(err.Error()) > 300 {
		t.Errorf("err = %q, want a short one starting %q", err, want)
	}
}

// TestHeaderOfManyColumns: a header line of a million columns is refused
// with a short message, and a missing-column error lists at most 30 of
// the columns it found.
func TestHeaderOfManyColumns(t *testing.T) {
	header := strings.Repeat("c,", 1<<20) + "c\n"
	if _, err := OpenReader("c.csv", strings.NewReader(header), "csv", false); err == nil || len(err.Error()) > 300 || !strings.Contains(err.Error(), "more than 4096 columns") {
		t.Errorf("err = %v", err)
	}
	var cols []string
	for i := 0; i < 4000; i++ {
		cols = append(cols, fmt.Sprintf("column_%d_%s", i, strings.Repeat("x", 100)))
	}
	ce := &ColumnError{File: "c.csv", Column: "sender", Found: cols}
	if msg := ce.Error(); len(msg) > 3000 || !strings.Contains(msg, " and 3970 more") {
		t.Errorf("a %d-byte message: %.300s", len(msg), msg)
	}
	// NDJSON takes at most ndjMaxKeys keys from its first line.
	var line strings.Builder
	line.WriteString("{")
	for i := 0; i < 100000; i++ {
		fmt.Fprintf(&line, `"k%d":1,`, i)
	}
	line.WriteString(`"sender":"p1"}` + "\n")
	s, err := OpenReader("c.ndjson", strings.NewReader(line.String()), "ndjson", false)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Columns()); n != ndjMaxKeys {
		t.Errorf("%d columns, want %d", n, ndjMaxKeys)
	}
}
