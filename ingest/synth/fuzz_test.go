package synth

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCellRoundTrip writes a units row whose name is arbitrary text with
// the CSV, TSV and NDJSON writers and reads it back with encoding/csv and
// encoding/json: the text must come back unchanged (CSV readers turn CRLF
// inside a quoted field into LF, so the comparison does too; NDJSON is
// checked for valid UTF-8 text only).
func FuzzCellRoundTrip(f *testing.F) {
	for _, h := range hostileTexts {
		f.Add(h)
	}
	f.Add("")
	f.Add("a\r\nb\rc")
	f.Add(`""`)
	f.Add("\x00\x1f\u2028")
	f.Fuzz(func(t *testing.T, name string) {
		row := []value{str("U1"), str(name), str("s"), str(""), str(kindInternal)}
		for _, fm := range []Format{{Kind: KindCSV, Delimiter: ','}, {Kind: KindCSV, Delimiter: ';', CRLF: true, BOM: true}, {Kind: KindTSV, Delimiter: '\t'}} {
			var b bytes.Buffer
			w, err := newRowWriter(&b, TableUnits, fm)
			if err != nil {
				t.Fatal(err)
			}
			if err := w.write(row); err != nil {
				t.Fatal(err)
			}
			if err := w.close(); err != nil {
				t.Fatal(err)
			}
			rows := readDelim(t, b.Bytes(), fm)
			if len(rows) != 2 {
				t.Fatalf("%s: got %d records, want 2", fm.Kind, len(rows))
			}
			want := strings.ReplaceAll(name, "\r\n", "\n")
			if got := rows[1][1]; got != want {
				t.Fatalf("%s %q: got %q, want %q", fm.Kind, fm.Delimiter, got, want)
			}
		}
		if !utf8.ValidString(name) {
			return
		}
		var b bytes.Buffer
		w := &ndjsonWriter{w: &b, cols: schemas[TableUnits]}
		if err := w.write(row); err != nil {
			t.Fatal(err)
		}
		if err := w.close(); err != nil {
			t.Fatal(err)
		}
		rows := readNDJSON(t, b.Bytes(), TableUnits)
		if got := rows[1][1]; got != name {
			t.Fatalf("ndjson: got %q, want %q", got, name)
		}
	})
}
