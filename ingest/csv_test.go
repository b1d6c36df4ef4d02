package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

var csvTests = []struct {
	name   string
	format string // "csv" or "tsv"
	in     string
	bind   []string // nil: all columns
	cols   string   // Columns() joined with '|'
	want   string   // srcRowsString of the rows
}{
	{name: "comma", in: "a,b,c\n1,2,3\n4,5,6\n", cols: "a|b|c", want: "2:1|2|3\n3:4|5|6"},
	{name: "semicolon (Indonesian Excel)", in: "a;b;c\n1;2,5;3\n", cols: "a|b|c", want: "2:1|2,5|3"},
	{name: "tab detected", in: "a\tb\n1\t2\n", cols: "a|b", want: "2:1|2"},
	{name: "tsv forced", format: "tsv", in: "a,b\tc\n1,2\t3\n", cols: "a,b|c", want: "2:1,2|3"},
	{name: "one column", in: "unit_id\nU1\nU2\n", cols: "unit_id", want: "2:U1\n3:U2"},
	{name: "delimiter inside quoted header", in: "\"a;b\",c\n1,2\n", cols: "a;b|c", want: "2:1|2"},
	{name: "most frequent delimiter wins", in: "a;b;c,d\n1;2;3,4\n", cols: "a|b|c,d", want: "2:1|2|3,4"},
	{name: "BOM and spaces in header", in: "\ufeff sent_at , sender\n2025-01-01,P1\n", cols: "sent_at|sender", want: "2:2025-01-01|P1"},
	{name: "CRLF", in: "a,b\r\n1,2\r\n3,4\r\n", cols: "a|b", want: "2:1|2\n3:3|4"},
	{name: "no final newline", in: "a,b\n1,2\n3,4", cols: "a|b", want: "2:1|2\n3:3|4"},
	{name: "no final newline after delimiter", in: "a,b\n1,", cols: "a|b", want: "2:1|∅"},
	{name: "blank lines counted", in: "a,b\n\n1,2\r\n\r\n\n3,4\n\n", cols: "a|b", want: "3:1|2\n6:3|4"},
	{name: "blank lines before header", in: "\n\na,b\n1,2\n", cols: "a|b", want: "4:1|2"},
	{name: "empty is null", in: "a,b,c\n,\"\",x\n", cols: "a|b|c", want: "2:∅|∅|x"},
	{name: "values not trimmed", in: "a,b\n P1 , x\n", cols: "a|b", want: "2: P1 | x"},
	{name: "quoted delimiter and escaped quote", in: "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", cols: "a|b", want: "2:x,y|say \"hi\""},
	{name: "quoted newline advances lines", in: "a,b\n\"l1\nl2\nl3\",x\n1,2\n", cols: "a|b", want: "2:l1\nl2\nl3|x\n5:1|2"},
	{name: "quoted CRLF becomes LF", in: "a,b\r\n\"l1\r\nl2\",x\r\n1,2\r\n", cols: "a|b", want: "2:l1\nl2|x\n4:1|2"},
	{name: "bare quote inside unquoted field", in: "a,b\n5\" pipe,x\n", cols: "a|b", want: "2:5\" pipe|x"},
	{name: "too few fields", in: "a,b,c\n1,2\n1,2,3\n", cols: "a|b|c", want: "2:ERR(wrong number of fields,\"\")\n3:1|2|3"},
	{name: "too many fields", in: "a,b\n1,2\n1,2,3\n4,5\n", cols: "a|b", want: "2:1|2\n3:ERR(wrong number of fields,\"\")\n4:4|5"},
	{name: "field count after quoted newline", in: "a,b\n\"x\ny\"\n1,2\n", cols: "a|b", want: "2:ERR(wrong number of fields,\"\")\n4:1|2"},
	{name: "invalid UTF-8 in bound column", in: "a,b\n1,\xff\xfe\n2,3\n", cols: "a|b", want: "2:ERR(invalid UTF-8,\"b\")\n3:2|3"},
	{name: "invalid UTF-8 in unbound column", in: "a,b\n1,\xff\n", bind: []string{"A"}, cols: "a|b", want: "2:1"},
	{name: "text after closing quote", in: "a,b\n\"x\"y,1\n2,3\n", cols: "a|b", want: "2:ERR(malformed row,\"\")\n3:2|3"},
	{name: "unterminated quote at EOF", in: "a,b\n1,2\n3,\"open\n4,5\n", cols: "a|b", want: "2:1|2\n3:ERR(malformed row: quote left open,\"\")\n4:4|5"},
	{name: "unterminated quote on the last line", in: "a,b\n1,2\n3,\"open", cols: "a|b", want: "2:1|2\n3:ERR(malformed row: quote left open,\"\")"},
	{name: "stray quote closed by a later quoted field", in: "a,b\n1,\"x\n2,y\n3,\"z\"\n", cols: "a|b", want: "2:ERR(malformed row: quote left open,\"\")\n3:2|y\n4:3|z"},
	{name: "stray quote then field count", in: "a,b\n\"x\ny\",1,2\n3,4\n", cols: "a|b", want: "2:ERR(wrong number of fields,\"\")\n4:3|4"},
	{name: "bind subset reordered case-insensitive", in: "Sent_At,SENDER,x\n1,2,3\n", bind: []string{"sender", "sent_at"}, cols: "Sent_At|SENDER|x", want: "2:2|1"},
	{name: "empty file", in: "", cols: "", want: ""},
	{name: "header only", in: "a,b\n", cols: "a|b", want: ""},
	{name: "quoted field at EOF", in: "a,b\n1,\"x\"", cols: "a|b", want: "2:1|x"},
	{name: "quoted empty cells: a blank row", in: "a,b\n1,2\n\"\",\"\"\n\"\"\n3,4\n", cols: "a|b", want: "2:1|2\n5:3|4"},
	{name: "white space only: a blank row", in: "a,b\n1,2\n   \n \t, \n3,4\n", cols: "a|b", want: "2:1|2\n5:3|4"},
	{name: "blank cells wider than the header: a blank row", in: "a,b\n1,2\n\"\",\"\",\"\"\n , , , \n\\N,\\N,\"\\N\"\n\"\t\",\"\r\n\",\u00a0\n3,4\n", cols: "a|b", want: "2:1|2\n8:3|4"},
	{name: "NULL markers only: a blank row", in: "a,b\n\\N,\\N\n3,4\n", cols: "a|b", want: "3:3|4"},
	{name: "quoted empty record: blank", in: "a\n\"\"\r", cols: "a", want: ""},
	{name: "quoted empty then CR at EOF", in: "a,b\n1,\"\"\r", cols: "a|b", want: "2:1|∅"},
	{name: "white space lines above the header", in: "  \n\t \r\n\u00a0\na;b\n1;2\n", cols: "a|b", want: "5:1|2"},
	{name: "delimiters only above the header", in: ",,,,\n;;\r\n\"\",\"\"\na;b\n1;2\n", cols: "a|b", want: "5:1|2"},
	{name: "CR at EOF", in: "a,b\n1,2\r", cols: "a|b", want: "2:1|2"},
	{name: "lone CR line at EOF", in: "a\n1\n\r", cols: "a", want: "2:1"},
	// Lines ended by a lone CR: Excel for Mac's "CSV (Macintosh)".
	{name: "CR line ends", in: "a,b\r1,2\r3,4\r", cols: "a|b", want: "2:1|2\n3:3|4"},
	{name: "CR line ends, blank lines, quoted CR, no final CR", in: "a,b\r\r1,\"x\ry\"\r\r3,4", cols: "a|b", want: "3:1|x\ny\n6:3|4"},
	{name: "CR line ends after a BOM", in: "\ufeffa;b\r1;2\r", cols: "a|b", want: "2:1|2"},
	{name: "CR line ends, semicolons in a quoted header", in: "\"a;b\",c\r1,2\r", cols: "a;b|c", want: "2:1|2"},
	{name: "header alone ended by CR", in: "a,b\r", cols: "a|b", want: ""},
	{name: "CRLF file keeps a quoted lone CR", in: "a,b\r\n\"x\ry\",1\r\n", cols: "a|b", want: "2:x\ry|1"},
	{name: "LF file keeps a lone CR in a field", in: "a,b\nx\ry,1\n", cols: "a|b", want: "2:x\ry|1"},
	// Excel's first line "sep=X" declares the delimiter: skipped, X used,
	// lines still the file's (refused as a header before)
	{name: "sep line", in: "sep=;\na;b\n1;2,5\n", cols: "a|b", want: "3:1|2,5"},
	{name: "sep line over the header's count", in: "sep=,\na;b,c\n1;2,3\n", cols: "a;b|c", want: "3:1;2|3"},
	{name: "sep line after a BOM, CRLF, blank line", in: "\ufeffsep=;\r\na;b\r\n\r\n1;2\r\n", cols: "a|b", want: "4:1|2"},
	{name: "sep line, CR line ends", in: "sep=;\ra;b\r1;2\r", cols: "a|b", want: "3:1|2"},
	{name: "sep line, tab", in: "sep=\t\na\tb\n1\t2\n", cols: "a|b", want: "3:1|2"},
	{name: "sep line, pipe", in: "sep=|\na|b\n\"1|x\"|2\n", cols: "a|b", want: "3:1|x|2"},
	{name: "sep line in a tsv", format: "tsv", in: "sep=,\na,b\n1,2\n", cols: "a|b", want: "3:1|2"},
	{name: "sep line alone", in: "sep=;\n", cols: "", want: ""},
	{name: "sep line alone, no line end", in: "sep=;", cols: "", want: ""},
	{name: "not a sep line: upper case", in: "SEP=;\na;b\n", cols: "SEP=|", want: "2:a|b"},
	{name: "not a sep line: two characters", in: "sep=;;\na;b;c\n", cols: "sep=||", want: "2:a|b|c"},
}

func TestCSV(t *testing.T) {
	// Every case runs with the normal buffer and with tiny ones, which
	// forces records to straddle refills and the buffer to grow.
	for _, bufSize := range []int{srcBufSize, 1, 2, 3, 5, 8} {
		for _, tt := range csvTests {
			t.Run(fmt.Sprintf("%s/buf=%d", tt.name, bufSize), func(t *testing.T) {
				var delim byte
				if tt.format == "tsv" {
					delim = '\t'
				}
				s, err := newCSV("t.csv", strings.NewReader(tt.in), delim, bufSize)
				if err != nil {
					t.Fatal(err)
				}
				if got := strings.Join(s.Columns(), "|"); got != tt.cols {
					t.Errorf("Columns() = %q, want %q", got, tt.cols)
				}
				if tt.cols == "" {
					return
				}
				if got := srcRowsString(srcReadAll(t, s, tt.bind)); got != tt.want {
					t.Errorf("rows:\n%s\nwant:\n%s", got, tt.want)
				}
			})
		}
	}
}

// TestCSVSepLineHeader: after Excel's "sep=X" line the header is read
// from line 2, and a column missing from it is said to be missing from
// line 2, not blamed on the sep line.
func TestCSVSepLineHeader(t *testing.T) {
	s, err := newCSV("t.csv", strings.NewReader("sep=;\r\nmeeting_id;start\r\nM1;2025-01-02\r\n"), 0, srcBufSize)
	if err != nil {
		t.Fatal(err)
	}
	if s.header != 2 || !s.sepLine || s.delim != ';' {
		t.Errorf("header line %d, sepLine %v, delim %q; want 2, true, ';'", s.header, s.sepLine, s.delim)
	}
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "meetings.csv"), "sep=,\nmeeting_id,attendee\nM1,p1\n")
	st, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(st, Options{})
	var ce *ColumnError
	if !errors.As(err, &ce) || ce.Column != "start" || ce.HeaderLine != 2 || ce.ExcelSep() {
		t.Fatalf("got %v (%+v), want start missing from the header on line 2", err, ce)
	}
}

func TestCSVRowErrorText(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
	}{
		{"field count", "a,b,c\n1,2\n", `ingest: c.csv line 2: expected 3 fields as in the header, found 2; check the delimiter (comma) and the quoting of this line`},
		{"utf8", "a;b\n1;x\x81\n", `ingest: c.csv line 2 column b: invalid UTF-8 text; save the file as UTF-8, or, if it was saved as Windows-1252 (Excel's "CSV" on Windows; the byte 0x96 is '–' there), write encoding: windows-1252 in study.yaml`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := OpenReader("c.csv", strings.NewReader(tt.in), "csv", false)
			if err != nil {
				t.Fatal(err)
			}
			row := make([]Value, len(s.Columns()))
			_, err = s.Next(row)
			var re *RowError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, want a *RowError", err)
			}
			if got := re.Error(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCSVBindErrors(t *testing.T) {
	s, err := OpenReader("c.csv", strings.NewReader("a,b\n1,2\n"), "csv", false)
	if err != nil {
		t.Fatal(err)
	}
	err = s.BindNames([]string{"a", "sent_at"})
	var ce *ColumnError
	if !errors.As(err, &ce) || !errors.Is(err, ErrMissingColumn) {
		t.Fatalf("got %v, want a *ColumnError", err)
	}
	if got, want := fmt.Sprintf("%s %v", ce.Column, ce.Found), "sent_at [a b]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if err := s.Bind([]int{2}); err == nil {
		t.Error("Bind out of range: no error")
	}
	if err := s.Bind([]int{1}); err != nil {
		t.Fatal(err)
	}
	if err := s.Bind([]int{0}); err == nil {
		t.Error("second Bind: no error")
	}
	if _, err := s.Next(make([]Value, 2)); err == nil || errors.Is(err, io.EOF) {
		t.Errorf("Next with a row of the wrong length: %v", err)
	}
}

func TestCSVMalformedHeader(t *testing.T) {
	_, err := OpenReader("c.csv", strings.NewReader("\"a\"b,c\n1,2\n"), "csv", false)
	if err == nil || !strings.Contains(err.Error(), "c.csv line 1: malformed header") {
		t.Errorf("got %v", err)
	}
}

// TestCSVAgreesWithEncodingCSV compares the reader with encoding/csv on
// random files built from tricky pieces, whenever encoding/csv accepts the
// whole file with one field count.
func TestCSVAgreesWithEncodingCSV(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "b", "", "\"q\"", "\"x,y\"", "\"l1\nl2\"", "\"say \"\"hi\"\"\"", "\"\"", " sp ", "é", "\"cr\r\nlf\""}
	compared := 0
	for iter := 0; iter < 3000; iter++ {
		ncol := 1 + rng.IntN(4)
		nrow := rng.IntN(6)
		var sb strings.Builder
		for r := 0; r <= nrow; r++ {
			for c := 0; c < ncol; c++ {
				if c > 0 {
					sb.WriteByte(',')
				}
				if r == 0 {
					fmt.Fprintf(&sb, "h%d", c) // header names need no quoting
				} else {
					sb.WriteString(pieces[rng.IntN(len(pieces))])
				}
			}
			if rng.IntN(2) == 0 {
				sb.WriteString("\r\n")
			} else {
				sb.WriteString("\n")
			}
			if rng.IntN(8) == 0 {
				sb.WriteString("\n")
			}
		}
		in := sb.String()
		std := csv.NewReader(strings.NewReader(in))
		var recs [][]string
		var lines []int
		var err error
		for {
			off := std.InputOffset()
			rec, e := std.Read()
			if e == io.EOF {
				break
			}
			if e != nil {
				err = e
				break
			}
			if raw := strings.Trim(in[off:std.InputOffset()], "\r\n"); strings.Trim(raw, ",") == "" || stdBlankRecord(rec) || len(recs) == 0 && csvEmptyLine([]byte(raw)) {
				continue // a blank line to sekat (see blankRecord)
			}
			line, _ := std.FieldPos(0)
			recs = append(recs, rec)
			lines = append(lines, line)
		}
		if err != nil || len(recs) == 0 {
			continue
		}
		compared++
		s, err := newCSV("r.csv", strings.NewReader(in), ',', 1+rng.IntN(40))
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		got := srcReadAll(t, s, nil)
		if len(got) != len(recs)-1 {
			t.Fatalf("%q: %d rows, encoding/csv %d", in, len(got), len(recs)-1)
		}
		for i, r := range got {
			want := make([]string, len(recs[i+1]))
			for k, f := range recs[i+1] {
				want[k] = f
				if f == "" {
					want[k] = "∅"
				}
			}
			if r.err != nil || r.vals != strings.Join(want, "|") || r.line != int64(lines[i+1]) {
				t.Fatalf("%q row %d: got %v, want line %d %q", in, i+1, r, lines[i+1], strings.Join(want, "|"))
			}
		}
	}
	if compared < 500 {
		t.Errorf("only %d inputs compared", compared)
	}
	t.Logf("%d random files agree with encoding/csv", compared)
}

// csvTestCorrespondence writes a correspondence-like CSV of n rows:
// sent_at,sender,recipients,cc,message_id,kind.
func csvTestCorrespondence(n int) []byte {
	rng := rand.New(rand.NewPCG(7, 11))
	var b bytes.Buffer
	b.WriteString("sent_at,sender,recipients,cc,message_id,kind\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "2025-%02d-%02d %02d:%02d:%02d,P-%04d,P-%04d;U-%03d,", 1+rng.IntN(12), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60), rng.IntN(5000), rng.IntN(5000), rng.IntN(300))
		if rng.IntN(3) == 0 {
			fmt.Fprintf(&b, "P-%04d", rng.IntN(5000))
		}
		fmt.Fprintf(&b, ",MSG-%08d,", i)
		switch rng.IntN(3) {
		case 0:
			b.WriteString("surat_masuk\n")
		case 1:
			b.WriteString("\"disposisi, segera\"\n")
		default:
			b.WriteString("nota_dinas\n")
		}
	}
	return b.Bytes()
}

func TestCSVZeroAllocsPerRow(t *testing.T) {
	data := csvTestCorrespondence(20000)
	s, err := OpenReader("c.csv", bytes.NewReader(data), "csv", false)
	if err != nil {
		t.Fatal(err)
	}
	checkZeroAllocRows(t, s)
}

func BenchmarkCSVRead_1M(b *testing.B) {
	benchReadAll(b, csvTestCorrespondence(1_000_000), "c.csv", "csv")
}

// TestCSVQuotedFieldLimits: a quoted field may hold maxQBreaks line breaks
// and maxQBytes bytes (as written); one more and the record is rejected with
// ErrQuotedTooLong (an ErrOpenQuote), only its first line is consumed, and reading goes on at the
// next line, whatever the buffer size.
func TestCSVQuotedFieldLimits(t *testing.T) {
	// over the limits: ErrQuotedTooLong, which wraps ErrOpenQuote
	const open = "ERR(malformed row: quote left open: quoted field over the limits,\"\")"
	const fields = "ERR(wrong number of fields,\"\")"
	tests := []struct {
		name   string
		in     string
		breaks int64
		bytes  int
		want   string
	}{
		{"breaks at the limit", "a,b\n1,\"x\ny\nz\"\n2,3\n", 2, 100, "2:1|x\ny\nz\n5:2|3"},
		// A genuine field one break too long is rejected line by line.
		{"one break too many", "a,b\n1,\"x\ny\nz\nw\"\n2,3\n", 2, 100, "2:" + open + "\n3:" + fields + "\n4:" + fields + "\n5:" + fields + "\n6:2|3"},
		{"bytes at the limit", "a,b\n1,\"abcd\"\n2,3\n", 10, 4, "2:1|abcd\n3:2|3"},
		{"one byte too many", "a,b\n1,\"abcde\"\n2,3\n", 10, 4, "2:" + open + "\n3:2|3"},
		{"escaped quotes count as written", "a,b\n1,\"a\"\"b\"\n2,3\n", 10, 4, "2:1|a\"b\n3:2|3"},
		{"escaped quotes past the limit", "a,b\n1,\"a\"\"b\"\n2,3\n", 10, 3, "2:" + open + "\n3:2|3"},
		{"stray quote runs into the limit", "a,b\n1,\"x\n2,y\n3,z\n4,w\n", 2, 100, "2:" + open + "\n3:2|y\n4:3|z\n5:4|w"},
		{"CRLF lines", "a,b\r\n1,\"x\r\n2,y\r\n3,z\r\n4,w\r\n", 2, 100, "2:" + open + "\n3:2|y\n4:3|z\n5:4|w"},
	}
	for _, bufSize := range []int{srcBufSize, 1, 2, 3, 5, 8} {
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/buf=%d", tt.name, bufSize), func(t *testing.T) {
				s, err := newCSVLimits("t.csv", strings.NewReader(tt.in), 0, bufSize, tt.breaks, tt.bytes)
				if err != nil {
					t.Fatal(err)
				}
				if got := srcRowsString(srcReadAll(t, s, nil)); got != tt.want {
					t.Errorf("rows:\n%s\nwant:\n%s", got, tt.want)
				}
			})
		}
	}
}

// TestCSVStrayQuote: with the default limits, one stray quote in a file
// without other quotes costs its own row only (before the limits it
// swallowed every later row as one rejected row), and the rejected row
// says what happened.
func TestCSVStrayQuote(t *testing.T) {
	var b strings.Builder
	b.WriteString("sent_at,sender,recipients\n")
	const rows, stray = 5000, 2000 // stray is the data row with the quote
	for i := 1; i <= rows; i++ {
		q := ""
		if i == stray {
			q = `"`
		}
		fmt.Fprintf(&b, "2025-01-01,%sP%d,P%d\n", q, i, i+1)
	}
	s, err := OpenReader("c.csv", strings.NewReader(b.String()), "csv", false)
	if err != nil {
		t.Fatal(err)
	}
	row := make([]Value, 3)
	good := 0
	var rejected []*RowError
	for {
		_, err := s.Next(row)
		if err == io.EOF {
			break
		}
		var re *RowError
		if errors.As(err, &re) {
			rejected = append(rejected, re)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		good++
	}
	if len(rejected) != 1 || good != rows-1 {
		t.Fatalf("%d good rows and %d rejected, want %d and 1", good, len(rejected), rows-1)
	}
	re := rejected[0]
	if re.Line != stray+1 || !errors.Is(re, ErrOpenQuote) || !errors.Is(re, ErrMalformed) {
		t.Errorf("rejected line %d (%v), want line %d wrapping ErrOpenQuote", re.Line, re.Err, stray+1)
	}
	for _, w := range []string{"not closed within 1,000 line breaks or 1 MiB", "stray quote", "reading goes on at the next line"} {
		if !strings.Contains(re.Reason, w) {
			t.Errorf("reason %q does not say %q", re.Reason, w)
		}
	}
	if want := `2025-01-01,"P2000,P2001`; re.Value != want {
		t.Errorf("value %q, want the stray quote's line %q", re.Value, want)
	}
}

// TestCSVHeaderOpenQuote: a header whose quote is never closed is an error
// once the quoted field outgrows its limits, not a wait for the whole file.
func TestCSVHeaderOpenQuote(t *testing.T) {
	in := io.MultiReader(strings.NewReader("\"a,b\n"), newEndless("1,2\n"))
	_, err := newCSVLimits("c.csv", in, 0, 4, 8, 1<<10)
	if err == nil || !strings.Contains(err.Error(), "c.csv line 1: malformed header") {
		t.Errorf("got %v, want a malformed header", err)
	}
}

// endless is a reader that repeats a text for ever.
type endless struct {
	s   string
	off int
}

func newEndless(s string) *endless { return &endless{s: s} }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.s[e.off]
		e.off = (e.off + 1) % len(e.s)
	}
	return len(p), nil
}

// TestCSVSpreadsheetRaggedEdges: spreadsheets export columns to the right
// of a table that were once used as unnamed header cells, and write rows
// with or without them, or with extra empty cells; and write a row of the
// used range left empty as delimiters only. None of these lose anything,
// so none is an error; a record short of a named column, or with text in
// a field past the named columns when its count differs, still is.
func TestCSVSpreadsheetRaggedEdges(t *testing.T) {
	in := "a,b,,\n" + // two unnamed columns on the right
		"1,2,,\n" + // as wide as the header
		"3,4\n" + // without the unnamed columns
		"5,6,\n" + // with one of them
		"7,8,,,,\n" + // wider than the header, extra cells empty
		",,,\n" + // a row left empty: blank
		",,\n" + // the same, narrower: blank
		"9\n" + // short of the named column b: an error
		"10,11,,x,\n" + // text past the named columns, count differs: an error
		"12,13,y,\n" // text in an unnamed column, count as the header's: read (unbound)
	s, err := newCSV("r.csv", strings.NewReader(in), ',', 7)
	if err != nil {
		t.Fatal(err)
	}
	got := srcReadAll(t, s, []string{"a", "b"})
	var sum []string
	for _, r := range got {
		if r.err != nil {
			sum = append(sum, fmt.Sprintf("%d:%v", r.line, errors.Is(r.err, ErrFieldCount)))
			continue
		}
		sum = append(sum, fmt.Sprintf("%d:%s", r.line, r.vals))
	}
	want := "2:1|2 3:3|4 4:5|6 5:7|8 8:true 9:true 10:12|13"
	if g := strings.Join(sum, " "); g != want {
		t.Errorf("rows %s\nwant %s", g, want)
	}
}

// TestCSVNullMarker: a field of exactly \N, quoted or not, is Null (the
// NULL of MySQL's, PostgreSQL's and Hive's text exports); fields that
// only hold it among other text are not.
func TestCSVNullMarker(t *testing.T) {
	src, err := newCSV("f.csv", strings.NewReader("a,b,c,d,e\n\\N,\"\\N\",\\\\N,\\Nx, \\N\n"), ',', 1<<16)
	if err != nil {
		t.Fatal(err)
	}
	row := make([]Value, 5)
	if _, err := src.Next(row); err != nil {
		t.Fatal(err)
	}
	want := []Value{{}, {}, {Kind: Bytes, B: []byte(`\\N`)}, {Kind: Bytes, B: []byte(`\Nx`)}, {Kind: Bytes, B: []byte(` \N`)}}
	for j := range want {
		if row[j].Kind != want[j].Kind || string(row[j].B) != string(want[j].B) {
			t.Errorf("field %d: %v %q, want %v %q", j, row[j].Kind, row[j].B, want[j].Kind, want[j].B)
		}
	}
}

// stdBlankRecord reports whether an encoding/csv record is one that sekat
// passes over as a blank line (see csvSource.blankRecord): every field
// empty once trimmed of white space, or exactly \N.
func stdBlankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" && f != `\N` {
			return false
		}
	}
	return true
}

// TestCSVAboveMixed: a blank line above the header that ends its line
// unlike the header (CRLF above LF) is reported (Layout.AboveMixed), since
// DuckDB then reads no row of the file; blank lines that end alike are not.
func TestCSVAboveMixed(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"a,b\n1,2\n", false},
		{"\n  \n,,\na,b\n1,2\n", false},
		{"\r\n,,\r\na,b\r\n1,2\r\n", false},
		{",,\r\na,b\n1,2\n", true},
		{"\r\n\na,b\n1,2\n", true},
	} {
		s, err := newCSV("t.csv", strings.NewReader(c.in), 0, 4096)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.aboveMixed; got != c.want {
			t.Errorf("%q: aboveMixed %v, want %v", c.in, got, c.want)
		}
	}
}

// TestCSVPaddedLine: the first line above the header that is blank but
// not empty (white space, empty cells) is reported (Layout.PaddedLine),
// for the Spark text, which passes over empty lines only.
func TestCSVPaddedLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"a,b\n1,2\n", 0},
		{"\n\na,b\n1,2\n", 0},
		{"\n  \n,,\na,b\n1,2\n", 2},
		{"sep=,\n\n;;\na,b\n1,2\n", 3},
		{"a,b\n  \n1,2\n", 0},
	} {
		s, err := newCSV("t.csv", strings.NewReader(c.in), 0, 4096)
		if err != nil {
			t.Fatal(err)
		}
		if s.padded != c.want {
			t.Errorf("%q: padded line %d, want %d", c.in, s.padded, c.want)
		}
	}
}
