package synth

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// Readers used by the tests: each turns a written table back into text
// rows (header first) with the same spelling the CSV writer uses, through
// an independent reader (encoding/csv, encoding/json, parquet-go's
// schema-generic row reader), so the formats can be compared cell by cell.

// openTable returns the decompressed bytes of a table file.
func openTable(t testing.TB, dir, table string, f Format) []byte {
	t.Helper()
	f, err := f.normalize(PresetKabupaten)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, table+f.ext()))
	if err != nil {
		t.Fatal(err)
	}
	if f.Gzip {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// readTable reads a table in any format as text rows, header first.
func readTable(t testing.TB, dir, table string, f Format) [][]string {
	t.Helper()
	f, _ = f.normalize(PresetKabupaten)
	b := openTable(t, dir, table, f)
	switch f.Kind {
	case KindCSV, KindTSV:
		return readDelim(t, b, f)
	case KindNDJSON:
		return readNDJSON(t, b, table)
	}
	return readParquet(t, b)
}

func readDelim(t testing.TB, b []byte, f Format) [][]string {
	t.Helper()
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	cr := csv.NewReader(bytes.NewReader(b))
	cr.Comma = rune(f.Delimiter)
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv: %v", err)
	}
	return rows
}

func readNDJSON(t testing.TB, b []byte, table string) [][]string {
	t.Helper()
	cols := schemas[table]
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.name
	}
	rows := [][]string{header}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.UseNumber()
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("encoding/json: %v in %q", err, sc.Text())
		}
		if len(m) != len(cols) {
			t.Fatalf("ndjson row has %d keys, want %d: %q", len(m), len(cols), sc.Text())
		}
		row := make([]string, len(cols))
		for i, c := range cols {
			switch v := m[c.name].(type) {
			case string:
				row[i] = v
			case json.Number:
				row[i] = v.String()
			default:
				t.Fatalf("ndjson %s: unexpected %T", c.name, v)
			}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// readParquet reads any flat Parquet file as text: TIMESTAMP columns are
// turned back into Asia/Jakarta wall-clock text, DATE into YYYY-MM-DD,
// nulls into "".
func readParquet(t testing.TB, b []byte) [][]string {
	t.Helper()
	pf, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("parquet: %v", err)
	}
	schema := pf.Schema()
	var header []string
	var logical []*format.LogicalType
	for _, path := range schema.Columns() {
		header = append(header, strings.Join(path, "."))
		leaf, _ := schema.Lookup(path...)
		logical = append(logical, leaf.Node.Type().LogicalType())
	}
	wib := time.FixedZone("WIB", wibOffset)
	rows := [][]string{header}
	r := parquet.NewReader(pf)
	defer r.Close()
	buf := make([]parquet.Row, 256)
	for {
		n, err := r.ReadRows(buf)
		for _, row := range buf[:n] {
			out := make([]string, len(header))
			for _, v := range row {
				c := v.Column()
				lt := logical[c]
				switch {
				case v.IsNull():
					out[c] = ""
				case lt != nil && isTimestamp(lt):
					ts := lt.Value.(*format.TimestampType)
					if _, ms := ts.Unit.Value.(*format.MilliSeconds); !ts.IsAdjustedToUTC || !ms {
						t.Fatalf("parquet %s: want TIMESTAMP(MILLIS, UTC), got %v", header[c], lt)
					}
					out[c] = time.UnixMilli(v.Int64()).In(wib).Format(time.DateTime)
				case lt != nil && isDate(lt):
					out[c] = time.Unix(int64(v.Int32())*86400, 0).UTC().Format(time.DateOnly)
				case v.Kind() == parquet.Int64:
					out[c] = fmt.Sprint(v.Int64())
				default:
					out[c] = v.String()
				}
			}
			rows = append(rows, out)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("parquet: %v", err)
		}
	}
	return rows
}

func isTimestamp(lt *format.LogicalType) bool {
	_, ok := lt.Value.(*format.TimestampType)
	return ok
}

func isDate(lt *format.LogicalType) bool {
	_, ok := lt.Value.(*format.DateType)
	return ok
}
