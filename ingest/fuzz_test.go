package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"

	"github.com/sekat-ona/sekat/internal/golden"
)

// fuzzSeedFiles returns the contents of the seed files with the given
// endings under testdata/readers and testdata/malformed.
func fuzzSeedFiles(t testing.TB, endings ...string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, dir := range []string{"readers", "malformed"} {
		ents, err := os.ReadDir(filepath.Join("testdata", dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			for _, end := range endings {
				if strings.HasSuffix(e.Name(), end) {
					b, err := os.ReadFile(filepath.Join("testdata", dir, e.Name()))
					if err != nil {
						t.Fatal(err)
					}
					out[dir+"/"+e.Name()] = b
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatalf("no seed files ending in %v", endings)
	}
	return out
}

// TestReaderSeedFiles writes (with -update) the generated
// Parquet seeds, then checks every seed: files under readers/ read without
// a single error, files under malformed/ give at least one error, and none
// panics.
func TestReaderSeedFiles(t *testing.T) {
	if *golden.Update {
		good := pqTestFile(t, pqTestRows(12), parquet.MaxRowsPerRowGroup(5), parquet.PageBufferSize(64))
		bench := pqBenchFile(t, 40)
		trunc := good[:len(good)*2/3]
		flip := append([]byte(nil), good...)
		for i := 40; i < len(flip)/2; i += 97 {
			flip[i] ^= 0x5a
		}
		for name, b := range map[string][]byte{
			"readers/types.parquet":          good,
			"readers/correspondence.parquet": bench,
			"malformed/truncated.parquet":    trunc,
			"malformed/bitflip.parquet":      flip,
		} {
			golden.Write(t, filepath.Join("testdata", name), b)
		}
	}
	seeds := fuzzSeedFiles(t, ".csv", ".tsv", ".ndjson", ".jsonl", ".parquet")
	names := make([]string, 0, len(seeds))
	for n := range seeds {
		names = append(names, n)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			s, err := Open(filepath.Join("testdata", name))
			nerr := 0
			if err != nil {
				nerr++
			} else {
				if ps, ok := s.(*pqSource); ok {
					var bind []int
					for i, c := range ps.top {
						if _, err := pqConvOf(c); err == nil {
							bind = append(bind, i)
						}
					}
					if err := s.Bind(bind); err != nil {
						t.Fatal(err)
					}
				}
				if ns, ok := s.(*ndjSource); ok {
					// the keys of the first line: a later line may
					// add a key whose value is an object, which a
					// table's column never binds
					b, _ := os.ReadFile(filepath.Join("testdata", name))
					first, _, _ := strings.Cut(string(bytes.TrimPrefix(b, srcBOM)), "\n")
					if err := ns.BindNames(ndjKeys([]byte(first))); err != nil {
						t.Fatal(err)
					}
				}
				row := make([]Value, len(s.Columns()))
				if ns, ok := s.(*ndjSource); ok {
					row = make([]Value, len(ns.names))
				}
				if ps, ok := s.(*pqSource); ok {
					row = make([]Value, len(ps.want))
				}
				for k := 0; k < 1e5; k++ {
					_, err := s.Next(row)
					if err == io.EOF {
						break
					}
					if err != nil {
						nerr++
						var re *RowError
						if !errors.As(err, &re) {
							break
						}
					}
				}
				s.Close()
			}
			malformed := strings.HasPrefix(name, "malformed/")
			if malformed && nerr == 0 {
				t.Error("a malformed file read without errors")
			}
			if !malformed && nerr != 0 {
				t.Errorf("%d errors in a good file", nerr)
			}
		})
	}
}

func fuzzReadRows(s Source) ([]srcTestRow, error) {
	row := make([]Value, len(s.Columns()))
	var out []srcTestRow
	for k := 0; k < 1e6; k++ {
		line, err := s.Next(row)
		if err == io.EOF {
			return out, nil
		}
		var re *RowError
		if errors.As(err, &re) {
			if !strings.HasPrefix(re.Error(), "ingest: ") || !utf8.ValidString(re.Value) || len(re.Value) > srcDisplayMax+len("...") {
				return out, errors.New("bad RowError: " + re.Error())
			}
			out = append(out, srcTestRow{line: line, err: re.Err, col: re.Column, whole: strings.HasPrefix(re.Reason, "not a JSON object")})
			continue
		}
		if err != nil {
			return out, err
		}
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = srcTestCell(v)
		}
		out = append(out, srcTestRow{line: line, vals: strings.Join(cells, "\x00")})
	}
	return out, errors.New("no end after 1e6 rows")
}

func FuzzCSV(f *testing.F) {
	for _, b := range fuzzSeedFiles(f, ".csv", ".tsv") {
		f.Add(b)
	}
	f.Add([]byte("a,b\r1,\"x\ry\"\r\r2,3"))                   // lines ended by a lone CR
	f.Add([]byte("unit_id,name\nB\x00,b\n\"C\x1b\",c\x7f\n")) // control characters in ids (TestLoadControlCharIDs)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := newCSV("f.csv", bytes.NewReader(data), 0, 4096)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "ingest: ") {
				t.Fatalf("error without the package prefix: %v", err)
			}
			return
		}
		got, err := fuzzReadRows(s)
		if err != nil {
			t.Fatal(err)
		}
		// The result must not depend on where buffer refills fall.
		small, err := newCSV("f.csv", bytes.NewReader(data), 0, 1+len(data)%7)
		if err != nil {
			t.Fatalf("small buffer: %v", err)
		}
		got2, err := fuzzReadRows(small)
		if err != nil {
			t.Fatal(err)
		}
		if srcRowsString(got) != srcRowsString(got2) {
			t.Fatalf("buffer size changes the result:\n%s\n---\n%s", srcRowsString(got), srcRowsString(got2))
		}
		// With tiny limits on quoted fields, the resynchronisation after a
		// stray quote runs often: it too must not depend on where refills
		// fall, and rows must come in the order of their lines.
		for _, lim := range []struct {
			breaks int64
			bytes  int
		}{{0, 8}, {2, 16}} {
			var runs [2]string
			for k, bufSize := range []int{4096, 1 + len(data)%7} {
				s, err := newCSVLimits("f.csv", bytes.NewReader(data), 0, bufSize, lim.breaks, lim.bytes)
				if err != nil {
					runs[k] = "ERR " + err.Error()
					continue
				}
				rows, err := fuzzReadRows(s)
				if err != nil {
					t.Fatal(err)
				}
				for i := 1; i < len(rows); i++ {
					if rows[i].line <= rows[i-1].line {
						t.Fatalf("limits %v: row %d on line %d after line %d", lim, i, rows[i].line, rows[i-1].line)
					}
				}
				runs[k] = srcRowsString(rows)
			}
			if runs[0] != runs[1] {
				t.Fatalf("limits %v: buffer size changes the result:\n%s\n---\n%s", lim, runs[0], runs[1])
			}
		}
		// Where encoding/csv accepts the input with one field count, the
		// records and their lines agree, unless a quoted field outgrew the
		// reader's limits (encoding/csv has none).
		if bytes.HasPrefix(data, srcBOM) || !utf8.Valid(data) {
			return
		}
		for _, r := range got {
			if errors.Is(r.err, ErrOpenQuote) {
				return
			}
		}
		if cr, _ := csvCRLines(data, true); cr {
			// Lines ended by a lone CR, which encoding/csv does not know:
			// it reads them with every CR made a LF, as sekat does.
			data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
		}
		lineOff := 0
		if s.sepLine {
			// Excel's sep line, which sekat reads as the delimiter's
			// declaration: encoding/csv reads the lines below it
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				return
			}
			data, lineOff = data[i+1:], 1
		}
		std := csv.NewReader(bytes.NewReader(data))
		std.Comma = rune(s.delim)
		var recs [][]string
		var lines []int
		for {
			off := std.InputOffset()
			rec, err := std.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return
			}
			if raw := strings.Trim(string(data[off:std.InputOffset()]), "\r\n"); strings.Trim(raw, string(rune(s.delim))) == "" || stdBlankRecord(rec) || len(recs) == 0 && csvEmptyLine([]byte(raw)) {
				continue // a blank line to sekat (see blankRecord)
			}
			l, _ := std.FieldPos(0)
			recs = append(recs, rec)
			lines = append(lines, l+lineOff)
		}
		if len(recs) == 0 {
			return
		}
		if len(got) != len(recs)-1 {
			t.Fatalf("%d rows, encoding/csv %d", len(got), len(recs)-1)
		}
		for i, r := range got {
			cells := make([]string, len(recs[i+1]))
			for k, c := range recs[i+1] {
				cells[k] = c
				if c == "" || c == `\N` { // \N is NULL to sekat (see csvSource)
					cells[k] = "∅"
				}
			}
			want := srcTestRow{line: int64(lines[i+1]), vals: strings.Join(cells, "\x00")}
			if r != want {
				t.Fatalf("row %d: got %q, encoding/csv %q", i+1, r, want)
			}
		}
	})
}

func FuzzNDJSON(f *testing.F) {
	for _, b := range fuzzSeedFiles(f, ".ndjson", ".jsonl") {
		f.Add(b)
	}
	f.Add([]byte("{\"unit_id\":\"B\\u0000\"}\n{\"unit_id\":\"C\x1b\",\"recipients\":[\"p\\u007f\"]}\n")) // control characters in ids
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := newNDJSON("f.ndjson", bytes.NewReader(data), 4096)
		small, err2 := newNDJSON("f.ndjson", bytes.NewReader(data), 1+len(data)%5)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("buffer size changes whether the file opens: %v, %v", err, err2)
		}
		if err != nil {
			// a bytes.Reader gives no read errors: only a file that is no
			// NDJSON table (one JSON array) is refused at the start
			if !errors.Is(err, ErrNotTable) {
				t.Fatal(err)
			}
			return
		}
		got, err := fuzzReadRows(s)
		if err != nil {
			t.Fatal(err)
		}
		got2, err := fuzzReadRows(small)
		if err != nil {
			t.Fatal(err)
		}
		if srcRowsString(got) != srcRowsString(got2) {
			t.Fatalf("buffer size changes the result:\n%s\n---\n%s", srcRowsString(got), srcRowsString(got2))
		}
		// A line the reader accepts is a JSON object for encoding/json; a
		// line it calls malformed as a whole is not (unless nested deeper
		// than the reader allows).
		lines := bytes.Split(bytes.TrimPrefix(data, srcBOM), []byte{'\n'})
		for _, r := range got {
			if r.line < 1 || int(r.line) > len(lines) {
				t.Fatalf("line %d out of range", r.line)
			}
			l := lines[r.line-1]
			var obj map[string]any
			stdErr := json.Unmarshal(l, &obj)
			if obj == nil && stdErr == nil {
				stdErr = errors.New("null is not an object")
			}
			switch {
			case r.err == nil && stdErr != nil:
				t.Fatalf("line %d %q accepted; encoding/json: %v", r.line, l, stdErr)
			case r.whole && stdErr == nil &&
				bytes.Count(l, []byte{'['})+bytes.Count(l, []byte{'{'}) <= ndjMaxDepth:
				t.Fatalf("line %d %q rejected; encoding/json accepts it", r.line, l)
			}
		}
	})
}

func FuzzParquet(f *testing.F) {
	for _, b := range fuzzSeedFiles(f, ".parquet") {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Errors are fine; panics (recovered or not) escaping are not. A
		// reader that never ends is caught by go test's -timeout (and the
		// fuzzer's own hang detection), not by a clock in the test.
		err := pqTestDrain(data)
		if err != nil && !strings.HasPrefix(err.Error(), "ingest: ") {
			t.Fatalf("error without the package prefix: %v", err)
		}
		pqBatchAgrees(t, data)
		// Gzipped, through a spool half the file's size: the spool limit
		// stops it, whatever the bytes.
		if len(data) > 1 {
			limit := int64(len(data) / 2)
			_, err := OpenReaderWith("f.parquet.gz", bytes.NewReader(openTestGzip(data)), "parquet", true, OpenOptions{MaxSpool: limit})
			if !errors.Is(err, ErrSpoolLimit) {
				t.Fatalf("a %d-byte file through a %d-byte spool: %v", len(data), limit, err)
			}
		}
	})
}

// fuzzOffsetBeyond2359 reports whether s ends in an offset ±hh:mm with
// hours over 23 or minutes over 59: the standard library's RFC 3339
// parser takes +24:00 and +00:60, which ParseTime refuses (its offsets
// stop at 23:59, as RFC 3339's grammar says).
func fuzzOffsetBeyond2359(s string) bool {
	n := len(s)
	if n < 6 || (s[n-6] != '+' && s[n-6] != '-') || s[n-3] != ':' {
		return false
	}
	h, herr := strconv.Atoi(s[n-5 : n-3])
	m, merr := strconv.Atoi(s[n-2:])
	return herr == nil && merr == nil && (h > 23 || m > 59)
}

func FuzzParseTime(f *testing.F) {
	for _, b := range fuzzSeedFiles(f, "times.txt") {
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			f.Add(sc.Text(), uint8(0))
			f.Add(sc.Text(), uint8(2))
		}
	}
	locs := []*time.Location{time.UTC}
	for _, name := range []string{"Asia/Jakarta", "Europe/Amsterdam", "America/Sao_Paulo"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			f.Fatal(err)
		}
		locs = append(locs, loc)
	}
	var day tpDay // carried from input to input, as the loader carries it from row to row
	f.Fuzz(func(t *testing.T, in string, li uint8) {
		loc := locs[int(li)%len(locs)]
		// The table options (month first, serials, the 1904 system) come
		// from the high bits of li; they change what is read, never that
		// an error wraps ErrBadTime or that a time reads back.
		o := tpOpts(li>>2) & (tpMonthFirst | tpSerial | tpDate1904)
		osec, info, oerr := parseTime([]byte(in), loc, o, nil)
		if dsec, dinfo, derr := parseTime([]byte(in), loc, o, &day); dsec != osec || dinfo != info || (derr == nil) != (oerr == nil) {
			t.Fatalf("options %b: with the day cache %d %b %v, without %d %b %v", o, dsec, dinfo, derr, osec, info, oerr)
		}
		if oerr != nil {
			if !errors.Is(oerr, ErrBadTime) {
				t.Fatalf("options %b: error %v does not wrap ErrBadTime", o, oerr)
			}
		} else if tm := time.Unix(osec, 0).In(loc); tm.Year() >= 1 && tm.Year() <= 9999 && info&tpWasSerial != 0 {
			if back, _, err := ParseTime([]byte(tm.Format("2006-01-02 15:04:05")), loc); err != nil || back != osec {
				t.Fatalf("serial %q -> %d -> %s -> %d, %v", in, osec, tm.Format("2006-01-02 15:04:05"), back, err)
			}
		}
		sec, dateOnly, err := ParseTime([]byte(in), loc)
		if err != nil {
			if !errors.Is(err, ErrBadTime) {
				t.Fatalf("error %v does not wrap ErrBadTime", err)
			}
		} else {
			// Formatted back (RFC 3339, and as a wall clock in loc) and
			// parsed again, the instant is the same.
			tm := time.Unix(sec, 0).In(loc)
			if tm.Year() < 1 || tm.Year() > 9999 {
				return // an offset moved the instant out of four-digit years
			}
			for _, f := range []time.Time{tm.UTC(), tm} {
				if _, off := f.Zone(); off%60 != 0 {
					continue // RFC 3339 offsets have no seconds (LMT has)
				}
				back, _, err := ParseTime([]byte(f.Format(time.RFC3339)), loc)
				if err != nil || back != sec {
					t.Fatalf("%q -> %d -> %s -> %d, %v", in, sec, f.Format(time.RFC3339), back, err)
				}
			}
			if dateOnly {
				// Midnight, or 01:00 where a DST change skips midnight.
				if h, m, s := tm.Clock(); h > 1 || m != 0 || s != 0 {
					t.Fatalf("%q is a date but %s is not the start of a day", in, tm)
				}
				day, d2, err := ParseTime([]byte(tm.Format("2006-01-02")), loc)
				if err != nil || !d2 || day != sec {
					t.Fatalf("%q -> %s -> %d, %v", in, tm.Format("2006-01-02"), day, err)
				}
			}
		}
		// Where the standard library parses one of the formats, the
		// instants agree.
		trimmed := strings.Trim(in, " \t\r\n")
		for _, layout := range []string{time.RFC3339, "2006-01-02", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2/1/2006", "02/01/2006 15:04", "2/1/2006 15:04:05"} {
			std, serr := time.ParseInLocation(layout, trimmed, loc)
			if serr != nil || std.Year() < 1000 || fuzzOffsetBeyond2359(trimmed) {
				continue
			}
			if err != nil {
				t.Fatalf("%q: time.Parse(%q) gives %s, ParseTime fails: %v", in, layout, std, err)
			}
			if std.Unix() != sec {
				t.Fatalf("%q: time.Parse(%q) gives %d, ParseTime %d", in, layout, std.Unix(), sec)
			}
		}
	})
}
