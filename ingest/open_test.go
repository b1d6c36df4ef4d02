package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func openTestGzip(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestOpen(t *testing.T) {
	const csvText = "\ufeffsender;recipients\r\nP1;U1;U2\r\nP2;U3\r\n"
	const ndjText = `{"sender":"P1","recipients":["U1","U2"]}` + "\n" + `{"sender":"P2","recipients":"U3"}` + "\n"
	const want = "2:P1|U1;U2\n3:P2|U3"
	const wantNDJ = "1:P1|U1;U2\n2:P2|U3"
	tests := []struct {
		file string
		data []byte
		want string
	}{
		{"correspondence.csv", []byte("sender,recipients\nP1,\"U1;U2\"\nP2,U3\n"), want},
		{"correspondence_2025.CSV", []byte("sender\trecipients\nP1\tU1;U2\nP2\tU3\n"), want},
		{"c.tsv", []byte("sender\trecipients\nP1\tU1;U2\nP2\tU3\n"), want},
		// ';' detected: P1;U1;U2 has three fields for a two-column header.
		{"c.csv.gz", openTestGzip([]byte(csvText)), "2:ERR(wrong number of fields,\"\")\n3:P2|U3"},
		{"c.tsv.GZ", openTestGzip([]byte("sender\trecipients\nP1\tU1;U2\nP2\tU3\n")), want},
		{"c.ndjson", []byte(ndjText), wantNDJ},
		{"c.jsonl", []byte(ndjText), wantNDJ},
		{"c.jsonl.gz", openTestGzip([]byte(ndjText)), wantNDJ},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			got := srcRowsString(srcReadAll(t, s, []string{"sender", "recipients"}))
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if err := s.Close(); err != nil {
				t.Error(err)
			}
			if err := s.Close(); err != nil {
				t.Errorf("second Close: %v", err)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notGz := filepath.Join(dir, "x.csv.gz")
	os.WriteFile(notGz, []byte("a,b\n"), 0o644)
	tests := []struct {
		name, path, want string
		is               error
	}{
		{"missing file", filepath.Join(dir, "units.csv"), "ingest: units.csv: open", fs.ErrNotExist},
		{"unknown ending", filepath.Join(dir, "units.xls"), "ingest: units.xls: unknown table format; name the file .csv, .tsv, .ndjson, .jsonl or .parquet (optionally .gz; a text table also .zst, .bz2, .xz or .lz4), or .xlsx", nil},
		{"gzipped workbook", filepath.Join(dir, "units.xlsx.gz"), "ingest: units.xlsx.gz: unknown table format", nil},
		{"not gzip", notGz, "ingest: x.csv.gz: not a gzip file", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.path)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q...", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("%v is not %v", err, tt.is)
			}
		})
	}
	if _, err := OpenReader("x", strings.NewReader(""), "xml", false); err == nil {
		t.Error("OpenReader with an unknown format: no error")
	}
	if _, err := OpenReader("x", nil, "csv", false); err == nil {
		t.Error("OpenReader with a nil reader: no error")
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		path, format string
		gz           bool
	}{
		{"a/b/units.csv", "csv", false},
		{"people.TSV", "tsv", false},
		{"m.jsonl.gz", "ndjson", true},
		{"m.NDJSON", "ndjson", false},
		{"d.parquet.gz", "parquet", true},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			format, gz, err := FormatOf(tt.path)
			if err != nil || format != tt.format || gz != tt.gz {
				t.Errorf("got %q,%v,%v want %q,%v", format, gz, err, tt.format, tt.gz)
			}
		})
	}
}

// BenchmarkGzipCSVRead_1M reads the gzipped 1M-row correspondence CSV
// through Open's gzip reader (klauspost/compress) and, for comparison,
// through the standard library's compress/gzip.
func BenchmarkGzipCSVRead_1M(b *testing.B) {
	data := openTestGzip(csvTestCorrespondence(1_000_000))
	for _, bc := range []struct {
		name string
		open func() (Source, error)
	}{
		{"klauspost", func() (Source, error) { return OpenReader("c.csv.gz", bytes.NewReader(data), "csv", true) }},
		{"stdlib", func() (Source, error) {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil, err
			}
			return OpenReader("c.csv.gz", zr, "csv", false)
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			rows := 0
			for i := 0; i < b.N; i++ {
				s, err := bc.open()
				if err != nil {
					b.Fatal(err)
				}
				row := make([]Value, len(s.Columns()))
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
				s.Close()
			}
			b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "row/s")
		})
	}
}
