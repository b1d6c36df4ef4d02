package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/sekat-ona/sekat/internal/golden"
)

// xlsxTestTimeColumns are the columns a test workbook stores as Excel
// dates.
var xlsxTestTimeColumns = map[string]bool{"sent_at": true, "start": true, "at": true, "valid_from": true, "valid_to": true}

// xlsxTestSerial is the Excel serial of the wall clock of sec in loc:
// days since 1899-12-30 and the fraction of the day, computed here apart
// from the reader (which goes through parseTime).
func xlsxTestSerial(sec int64, loc *time.Location) float64 {
	w := time.Unix(sec, 0).In(loc)
	y, m, d := w.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	return day + float64(w.Hour()*3600+w.Minute()*60+w.Second())/86400
}

// xlsxFromCSV writes the records of a CSV text as a workbook with one
// sheet (named sheet, or Sheet1), the way Excel stores them: text as shared
// strings, times as date serials with a date format; numbers, when
// numbers is set, for cells of digits.
func xlsxFromCSV(t testing.TB, text, sheet string, numbers bool) []byte {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	defer f.Close()
	if sheet != "" {
		f.SetSheetName("Sheet1", sheet)
	} else {
		sheet = "Sheet1"
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 22}) // m/d/yy h:mm
	if err != nil {
		t.Fatal(err)
	}
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	for r, rec := range recs {
		for c, v := range rec {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			switch {
			case v == "":
			case r > 0 && xlsxTestTimeColumns[recs[0][c]]:
				sec, _, err := ParseTime([]byte(v), jkt)
				if err != nil {
					t.Fatal(err)
				}
				f.SetCellFloat(sheet, cell, xlsxTestSerial(sec, jkt), -1, 64)
				f.SetCellStyle(sheet, cell, cell, dateStyle)
			case r > 0 && numbers && strings.Trim(v, "0123456789") == "":
				f.SetCellDefault(sheet, cell, v) // a number cell holding exactly these digits
			default:
				f.SetCellStr(sheet, cell, v)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// xlsxTestRows reads all rows of a workbook as "line: a|b|c", nulls as
// "-", errors as "line: error".
func xlsxTestRows(t *testing.T, data []byte, sheet string) (cols []string, rows []string) {
	t.Helper()
	s, err := newXLSX("t.xlsx", data, sheet, DefaultMaxSpool)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	row := make([]Value, len(s.Columns()))
	for {
		line, err := s.Next(row)
		if err == io.EOF {
			return s.Columns(), rows
		}
		if err != nil {
			rows = append(rows, strings.Join([]string{strconv.FormatInt(line, 10), err.Error()}, ": "))
			continue
		}
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = "-"
			if v.Kind == Bytes {
				cells[i] = string(v.B)
			}
		}
		rows = append(rows, strconv.FormatInt(line, 10)+": "+strings.Join(cells, "|"))
	}
}

// TestXLSXRows: the header is the first row with a value; rows without a
// value are skipped and rows keep the numbers Excel shows; cells are read
// as stored (numbers in full, dates as serials); cells beyond the header
// are ignored.
func TestXLSXRows(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	put := func(cell string, v any) {
		if err := f.SetCellValue("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	// Row 1 empty; header in row 2; data in rows 3, 4 and 7; row 5 holds
	// only spaces, row 6 nothing.
	put("A2", "person_id")
	put("B2", " Unit_ID ")
	put("C2", "valid_from")
	put("A3", "p1")
	put("B3", "A")
	put("C3", 45717.375)
	f.SetCellDefault("Sheet1", "A4", "197902212001071145") // a number stored with all its digits
	put("B4", "B")
	put("D4", "a note beside the table")
	put("A5", "   ")
	f.SetCellDefault("Sheet1", "A7", "1.97902212001071E+17") // a number as Excel writes one of 18 digits
	put("B7", int64(12345))
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	cols, rows := xlsxTestRows(t, b.Bytes(), "")
	if got := strings.Join(cols, ","); got != "person_id,Unit_ID,valid_from" {
		t.Errorf("columns %q", got)
	}
	want := []string{"3: p1|A|45717.375", "4: 197902212001071145|B|-", "7: 1.97902212001071E+17|12345|-"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// TestXLSXSheet: the first sheet by default, a named one (any case) when
// study.yaml names it, and an error listing the sheets otherwise.
func TestXLSXSheet(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Catatan")
	f.SetCellStr("Catatan", "A1", "notes")
	f.NewSheet("Surat")
	f.SetCellStr("Surat", "A1", "sender")
	f.SetCellStr("Surat", "A2", "p1")
	var b bytes.Buffer
	f.Write(&b)
	if cols, _ := xlsxTestRows(t, b.Bytes(), ""); cols[0] != "notes" {
		t.Errorf("default sheet: columns %v, want the first sheet's", cols)
	}
	if cols, rows := xlsxTestRows(t, b.Bytes(), "surat"); cols[0] != "sender" || len(rows) != 1 {
		t.Errorf("sheet surat: columns %v rows %v", cols, rows)
	}
	_, err := newXLSX("t.xlsx", b.Bytes(), "Rapat", DefaultMaxSpool)
	if err == nil || !strings.Contains(err.Error(), `no sheet "Rapat"; its sheets are Catatan, Surat`) {
		t.Errorf("missing sheet: %v", err)
	}
}

// TestXLSXRefused: files that are not workbooks, and workbooks that unpack
// beyond the limits, are refused with a message, before excelize holds
// them.
func TestXLSXRefused(t *testing.T) {
	bomb := func(name string, n int) []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.Create(name)
		w.Write(make([]byte, n))
		zw.Close()
		return b.Bytes()
	}
	defer func(v uint64) { xlsxMaxInMemory = v }(xlsxMaxInMemory)
	xlsxMaxInMemory = 1 << 20
	for _, c := range []struct {
		name string
		data []byte
		want string
		err  error
	}{
		{"text", []byte("sent_at,sender\n"), "not an .xlsx workbook", ErrNotTable},
		{"ole", append(append([]byte(nil), oleMagic...), make([]byte, 600)...), "password-protected workbook or an old .xls", nil},
		{"empty", nil, "the file is empty (0 bytes)", ErrDamaged},
		{"over the spool", bomb("xl/worksheets/sheet1.xml", 3<<20), "unpacks to more than 2 MiB", ErrXLSXSize},
		{"parts in memory", bomb("xl/media/image1.png", 3<<20/2), "unpack to more than 1 MiB", ErrXLSXSize},
		{"zip without a workbook", bomb("hello.txt", 10), "not a readable .xlsx workbook", nil},
	} {
		_, err := newXLSX("t.xlsx", c.data, "", 2<<20)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "ingest: t.xlsx: ") || (c.err != nil && !errors.Is(err, c.err)) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := readXLSXFile("t.xlsx", bytes.NewReader(make([]byte, 100)), 100, 50); !errors.Is(err, ErrXLSXSize) {
		t.Errorf("a file over the limit: %v", err)
	}
	if _, err := readXLSXFile("t.xlsx", bytes.NewReader(make([]byte, 100)), 0, 50); !errors.Is(err, ErrXLSXSize) {
		t.Errorf("a stream over the limit: %v", err)
	}
}

// TestXLSXSeedFiles writes (with -update) the workbook seeds of FuzzXLSX
// and checks that each reads without error.
func TestXLSXSeedFiles(t *testing.T) {
	hand := func(tb string) string {
		b, err := os.ReadFile(filepath.Join("../testdata/studies/hand", tb+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if *golden.Update {
		golden.Write(t, "testdata/readers/correspondence.xlsx", xlsxFromCSV(t, hand("correspondence"), "Surat", false))
		golden.Write(t, "testdata/readers/people.xlsx", xlsxFromCSV(t, hand("people"), "", true))
		golden.Write(t, "testdata/readers/meetings_signature.xlsx", signatureWorkbook(t, "C7:E7", "C8:E8", "C9:E10", "C11:E11", "C12:E12"))
	}
	// an attendance list with its signature block merged and centred:
	// refused unless the table's rows need more values than its lines hold
	data, err := os.ReadFile("testdata/readers/meetings_signature.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for _, few := range []bool{false, true} {
		s, err := newXLSX("meetings_signature.xlsx", data, "", DefaultMaxSpool)
		if err != nil {
			t.Fatal(err)
		}
		s.fewNoRow = few
		row := make([]Value, len(s.Columns()))
		for err == nil {
			_, err = s.Next(row)
		}
		s.Close()
		if me := new(MergedCellsError); few && err != io.EOF || !few && (!errors.As(err, &me) || me.Range != "C7:E7") {
			t.Errorf("meetings_signature.xlsx, few values no row %v: %v", few, err)
		}
	}
	for _, name := range []string{"correspondence.xlsx", "people.xlsx"} {
		data, err := os.ReadFile(filepath.Join("testdata/readers", name))
		if err != nil {
			t.Fatal(err)
		}
		if _, rows := xlsxTestRows(t, data, ""); len(rows) == 0 || strings.Contains(strings.Join(rows, "\n"), "ingest:") {
			t.Errorf("%s: %v", name, rows)
		}
	}
	// a register kept by hand: Pengirim over NIP and Nama, the other
	// headings merged down over the header's two rows
	data, err = os.ReadFile("testdata/malformed/header_two_rows.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	s, err := newXLSX("header_two_rows.xlsx", data, "", DefaultMaxSpool)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	row := make([]Value, len(s.Columns()))
	for err == nil {
		_, err = s.Next(row)
	}
	if me := new(MergedCellsError); !errors.As(err, &me) || !me.Header || me.Range != "A1:A2" || me.Last != 2 {
		t.Errorf("header_two_rows.xlsx: %v, want the header of two rows A1:A2", err)
	}
}

// FuzzXLSX: no workbook panics the reader or escapes its limits; every
// error names the file. An input takes milliseconds (excelize sets up a
// whole workbook), so run it with -fuzzminimizetime 20x, or minimizing a
// new input takes minutes. Byte changes mostly break the zip's checksums;
// TestXLSXMutatedParts changes the XML inside.
func FuzzXLSX(f *testing.F) {
	for _, b := range fuzzSeedFiles(f, ".xlsx") {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := newXLSX("f.xlsx", data, "", 1<<20)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "ingest: f.xlsx") {
				t.Fatalf("error without the file: %v", err)
			}
			if strings.Contains(err.Error(), "reader failed (") {
				t.Fatalf("excelize panicked: %v", err)
			}
			return
		}
		defer s.Close()
		s.fewNoRow = len(data)%2 == 1 // as a log table is read (OpenOptions.FewValuesNoRow)
		row := make([]Value, len(s.Columns()))
		for k := 0; k < 1e5; k++ {
			_, err := s.Next(row)
			if err == io.EOF {
				return
			}
			var re *RowError
			if err != nil && !errors.As(err, &re) {
				if strings.Contains(err.Error(), "reader failed (") {
					t.Fatalf("excelize panicked: %v", err)
				}
				return
			}
		}
	})
}

// xlsxMutate rewrites the zip seed with one of its parts changed in a few
// places (a byte set, a run cut, a run copied elsewhere), so that the XML
// parsers run on broken XML behind valid checksums.
func xlsxMutate(t *testing.T, r *rand.Rand, seed []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(seed), int64(len(seed)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	pick := r.Intn(len(zr.File))
	for i, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		x, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; i == pick && k < 1+r.Intn(6) && len(x) > 0; k++ {
			p := r.Intn(len(x))
			switch r.Intn(3) {
			case 0:
				x[p] = byte(r.Intn(256))
			case 1:
				x = append(x[:p], x[min(len(x), p+1+r.Intn(20)):]...)
			case 2:
				q := r.Intn(len(x))
				run := append([]byte(nil), x[q:min(len(x), q+r.Intn(40))]...)
				x = append(x[:p], append(run, x[p:]...)...)
			}
		}
		w, _ := zw.Create(f.Name)
		w.Write(x)
	}
	zw.Close()
	return b.Bytes()
}

// TestXLSXMutatedParts: 1,000 workbooks whose XML parts are broken in a
// few places (seeded, so the same every run) give rows or errors that name
// the file, never a panic of the workbook reader (recovered as "reader
// failed") and never a read without end (go test's -timeout).
func TestXLSXMutatedParts(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, name := range []string{"people.xlsx", "correspondence.xlsx"} {
		seed, err := os.ReadFile(filepath.Join("testdata/readers", name))
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 500; i++ {
			data := xlsxMutate(t, r, seed)
			s, err := newXLSX("f.xlsx", data, "", 1<<20)
			for err == nil {
				row := make([]Value, len(s.Columns()))
				_, err = s.Next(row)
				var re *RowError
				if errors.As(err, &re) {
					err = nil
				}
			}
			if s != nil {
				s.Close()
			}
			if err != io.EOF && (!strings.HasPrefix(err.Error(), "ingest: f.xlsx") || strings.Contains(err.Error(), "reader failed (")) {
				t.Fatalf("%s mutation %d: %v", name, i, err)
			}
		}
	}
}

// xlsxWithSheetXML rewrites the workbook data with the XML of its sheet
// xl/worksheets/sheet1.xml replaced by edit(XML), behind valid checksums.
func xlsxWithSheetXML(t *testing.T, data []byte, edit func([]byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		x, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "xl/worksheets/sheet1.xml" {
			x = edit(x)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(x)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestXLSXCutSheet: a sheet whose XML stops before the end of its table
// (cut off inside a zip that is itself sound), or breaks partway, is
// refused with an error naming the file and the sheet, never read in
// part: excelize's row reader takes an XML error for the end of the sheet.
func TestXLSXCutSheet(t *testing.T) {
	var text strings.Builder
	text.WriteString("at,provider,consumer,status\n")
	for i := range 40 {
		fmt.Fprintf(&text, "2025-01-%02d,U%d,U%d,granted\n", 1+i%28, i, i+1)
	}
	good := xlsxFromCSV(t, text.String(), "", false)
	if _, rows := xlsxTestRows(t, good, ""); len(rows) != 40 {
		t.Fatalf("the sound workbook gives %d rows, want 40", len(rows))
	}
	at := func(x []byte, s string) int {
		i := bytes.Index(x, []byte(s))
		if i < 0 {
			t.Fatalf("no %q in the sheet", s)
		}
		return i
	}
	for _, c := range []struct {
		name string
		edit func([]byte) []byte
	}{
		{"cut inside a cell", func(x []byte) []byte { return x[:at(x, `<row r="20"`)+30] }},
		{"cut after a row", func(x []byte) []byte { return x[:at(x, `<row r="20"`)] }},
		{"cut before the end of the table", func(x []byte) []byte { return x[:at(x, `</sheetData>`)] }},
		{"broken tag partway", func(x []byte) []byte {
			i := at(x, `<row r="20"`)
			return append(append(x[:i:i], "<<row"...), x[i:]...)
		}},
		{"rows after a stray end tag", func(x []byte) []byte {
			i := at(x, `<row r="20"`)
			return append(append(x[:i:i], "</c>"...), x[i:]...)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := xlsxWithSheetXML(t, good, c.edit)
			s, err := newXLSX("t.xlsx", data, "", DefaultMaxSpool)
			n := 0
			for err == nil {
				row := make([]Value, len(s.Columns()))
				if _, err = s.Next(row); err == nil {
					n++
				}
			}
			if s != nil {
				s.Close()
			}
			if err == io.EOF || !strings.HasPrefix(err.Error(), "ingest: t.xlsx: sheet \"Sheet1\"") || !errors.Is(err, ErrDamaged) {
				t.Errorf("after %d rows: %v, want an error that the sheet is cut off or damaged", n, err)
			}
		})
	}
}

// TestXLSXMergedCells: a merged range that covers, below the header, a
// cell of a column sekat reads other than its first (a sector merged over
// its units) stops the reading with a *MergedCellsError naming the range,
// the column and the row holding the value: Excel keeps the value in the
// first cell only, and the other rows were read as empty before, each
// unit becoming a sector of its own without a word. Ranges over the title
// above the header, in one row of one column, or over columns sekat does
// not read are left alone. A range from the header row down (a header of
// two rows, grouped headings) is said to be one, with its last row: the
// fix is a header of one row, not the name filled into the rows below.
func TestXLSXMergedCells(t *testing.T) {
	for _, c := range []struct {
		name   string
		merges [][2]string
		want   string // the range named, "" for none
		column string
		header bool
	}{
		{"sector over three units", [][2]string{{"C2", "C4"}}, "C2:C4", "sector", false},
		{"name and sector in one row", [][2]string{{"B5", "C5"}}, "B5:C5", "sector", false},
		{"header of two rows", [][2]string{{"C1", "C2"}}, "C1:C2", "sector", true},
		{"header of two rows over two columns", [][2]string{{"A1", "A2"}, {"C1", "D2"}}, "A1:A2", "unit_id", true},
		{"in the header row", [][2]string{{"C1", "D1"}}, "", "", false},
		{"a note column not read", [][2]string{{"D2", "D5"}}, "", "", false},
		{"name only, not read", [][2]string{{"B2", "B3"}}, "", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := excelize.NewFile()
			f.SetSheetRow("Sheet1", "A1", &[]any{"unit_id", "name", "sector", "catatan"})
			for i, u := range []string{"A", "B", "C", "D"} {
				f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+2), &[]any{u, "Dinas " + u, "s1", "x"})
			}
			for _, m := range c.merges {
				if err := f.MergeCell("Sheet1", m[0], m[1]); err != nil {
					t.Fatal(err)
				}
			}
			var b bytes.Buffer
			if err := f.Write(&b); err != nil {
				t.Fatal(err)
			}
			s, err := newXLSX("t.xlsx", b.Bytes(), "", DefaultMaxSpool)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.BindNames([]string{"unit_id", "sector"}); err != nil {
				t.Fatal(err)
			}
			row := make([]Value, 2)
			n := 0
			for err == nil {
				if _, err = s.Next(row); err == nil {
					n++
				}
			}
			var me *MergedCellsError
			switch {
			case c.want == "" && err != io.EOF:
				t.Errorf("after %d rows: %v, want the end of the sheet", n, err)
			case c.want != "" && (!errors.As(err, &me) || me.Range != c.want || me.Column != c.column || me.Sheet != "Sheet1" || me.File != "t.xlsx"):
				t.Errorf("after %d rows: %v, want the merged range %s of column %s", n, err, c.want, c.column)
			case c.want != "" && me.Row != int64(c.want[1]-'0'):
				t.Errorf("the value is said to be in row %d, want %c", me.Row, c.want[1])
			case c.want != "" && (me.Header != c.header || me.Last != int64(c.want[len(c.want)-1]-'0')):
				t.Errorf("header %v, last row %d; want header %v, last row %c", me.Header, me.Last, c.header, c.want[len(c.want)-1])
			case me != nil && me.Header != strings.Contains(me.Error(), "the header takes several rows"):
				t.Errorf("header %v, but the message is %q", me.Header, me.Error())
			}
		})
	}
}

// TestXLSXHiddenFirstSheet: without sheet: in study.yaml, the sheet read
// is the first one Excel shows; a hidden sheet before it (an old copy of
// the table kept out of sight) was read instead, its rows taken for the
// table without a word. A hidden sheet named by sheet: is still read.
func TestXLSXHiddenFirstSheet(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "lama")
	f.NewSheet("Data")
	f.SetSheetRow("lama", "A1", &[]any{"unit_id", "name"})
	f.SetSheetRow("lama", "A2", &[]any{"OLD", "Dinas lama"})
	f.SetSheetRow("Data", "A1", &[]any{"unit_id", "name"})
	f.SetSheetRow("Data", "A2", &[]any{"A", "Dinas A"})
	f.SetSheetRow("Data", "A3", &[]any{"B", "Dinas B"})
	f.SetActiveSheet(1)
	if err := f.SetSheetVisible("lama", false); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	if _, rows := xlsxTestRows(t, b.Bytes(), ""); strings.Join(rows, "\n") != "2: A|Dinas A\n3: B|Dinas B" {
		t.Errorf("without sheet: read\n%s\nwant the visible sheet Data", strings.Join(rows, "\n"))
	}
	if _, rows := xlsxTestRows(t, b.Bytes(), "lama"); strings.Join(rows, "\n") != "2: OLD|Dinas lama" {
		t.Errorf("sheet: lama read\n%s\nwant the hidden sheet named", strings.Join(rows, "\n"))
	}
}

// TestXLSXFormulaWithoutValue: a cell of a column sekat reads, below the
// header, that holds a formula without its stored value (a workbook
// written by a script's library, or saved without recalculation) stops
// the reading before any row with a *FormulaError naming the cell and its
// column: before, the cell was read as empty (a denied request read as
// granted) without a word. Formulas with their values (as Excel and
// LibreOffice save them, a computed empty text too), and formulas in a
// column sekat does not read, are read as before.
func TestXLSXFormulaWithoutValue(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"at", "provider", "consumer", "status", "catatan"})
	for i, u := range []string{"A", "B", "C", "D"} {
		f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+2), &[]any{"2025-01-0" + strconv.Itoa(i+1), u, "U" + u, "granted", "x"})
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	// cell replaces the XML of one cell of the sheet with x
	cell := func(ref, x string) func([]byte) []byte {
		re := regexp.MustCompile(`<c r="` + ref + `"[^>]*?(/>|>.*?</c>)`)
		return func(s []byte) []byte {
			if !re.Match(s) {
				t.Fatalf("no cell %s in the sheet", ref)
			}
			return re.ReplaceAll(s, []byte(x))
		}
	}
	for _, c := range []struct {
		name string
		edit func([]byte) []byte
		want string // the cell named, "" for none
		d3   string // else the status read in row 3
	}{
		{"no value, as excelize writes it", cell("D3", `<c r="D3"><f>IF(1,"denied","granted")</f></c>`), "D3", ""},
		{"an empty value, as openpyxl writes it", cell("D3", `<c r="D3"><f>IF(1,"denied","granted")</f><v></v></c>`), "D3", ""},
		{"a shared formula without value", cell("D4", `<c r="D4"><f t="shared" si="0"/></c>`), "D4", ""},
		{"a row of formulas only, read as blank", func(s []byte) []byte {
			s = cell("A5", `<c r="A5"><f>A4+1</f></c>`)(s)
			s = cell("B5", `<c r="B5"><f>B4</f></c>`)(s)
			s = cell("C5", `<c r="C5"><f>C4</f></c>`)(s)
			s = cell("D5", `<c r="D5"><f>D4</f></c>`)(s)
			return cell("E5", `<c r="E5"><f>E4</f></c>`)(s)
		}, "A5", ""},
		{"with its value", cell("D3", `<c r="D3" t="str"><f>IF(1,"denied","granted")</f><v>denied</v></c>`), "", "denied"},
		{"with an empty text computed", cell("D3", `<c r="D3" t="str"><f>""</f><v></v></c>`), "", "-"},
		{"in a column not read", cell("E3", `<c r="E3"><f>1+1</f></c>`), "", "granted"},
		{"in the header, with its value", cell("E1", `<c r="E1" t="str"><f>"cat"&amp;"atan"</f><v>catatan</v></c>`), "", "granted"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := newXLSX("t.xlsx", xlsxWithSheetXML(t, b.Bytes(), c.edit), "", DefaultMaxSpool)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.BindNames([]string{"at", "provider", "consumer", "status"}); err != nil {
				t.Fatal(err)
			}
			row := make([]Value, 4)
			var rows []string
			for {
				line, err := s.Next(row)
				if err != nil {
					var fe *FormulaError
					switch {
					case c.want == "" && err != io.EOF:
						t.Errorf("after rows %v: %v, want the end of the sheet", rows, err)
					case c.want != "" && (!errors.As(err, &fe) || fe.Cell != c.want || fe.Sheet != "Sheet1" || fe.File != "t.xlsx" || fe.Column != s.cols[c.want[0]-'A']):
						t.Errorf("after rows %v: %v, want the formula in %s", rows, err, c.want)
					case c.want != "" && len(rows) > 0:
						t.Errorf("rows %v read before the error, want none", rows)
					}
					break
				}
				st := "-"
				if row[3].Kind == Bytes {
					st = string(row[3].B)
				}
				rows = append(rows, fmt.Sprintf("%d:%s", line, st))
			}
			if c.want == "" && (len(rows) != 4 || rows[1] != "3:"+c.d3) {
				t.Errorf("rows %v, want 4 with row 3's status %s", rows, c.d3)
			}
		})
	}
}

// TestXLSXHeaderFormulaWithoutValue: a header cell holding a formula
// without its value (openpyxl writes <v></v>, excelize no <v>) has no
// name to bind: the workbook is refused when opened, naming the cell,
// whatever column the formula would have named. Before, the header cell
// was read as empty: a formula ="sta"&"tus" left the optional status
// column unbound, and every denied request was read as granted.
func TestXLSXHeaderFormulaWithoutValue(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"at", "provider", "consumer", "status"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"2025-01-01", "A", "UA", "denied"})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	for _, x := range []string{`<c r="D1"><f>"sta"&amp;"tus"</f><v></v></c>`, `<c r="D1"><f>"sta"&amp;"tus"</f></c>`} {
		data := xlsxWithSheetXML(t, b.Bytes(), func(s []byte) []byte {
			re := regexp.MustCompile(`<c r="D1"[^>]*?(/>|>.*?</c>)`)
			if !re.Match(s) {
				t.Fatal("no cell D1 in the sheet")
			}
			return re.ReplaceAll(s, []byte(x))
		})
		s, err := newXLSX("t.xlsx", data, "", DefaultMaxSpool)
		var fe *FormulaError
		if !errors.As(err, &fe) || fe.Cell != "D1" || !fe.Header || fe.Sheet != "Sheet1" || fe.File != "t.xlsx" {
			if s != nil {
				t.Errorf("%s: opened with columns %q, want the header formula in D1", x, s.Columns())
				s.Close()
				continue
			}
			t.Errorf("%s: %v, want the header formula in D1", x, err)
		}
	}
}

// TestXLSXFormulaAtReadBoundary: the quick search for a formula finds
// one whose "<f>" lies across two of its reads (of 64 KiB), as at any
// other place of the sheet.
func TestXLSXFormulaAtReadBoundary(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"unit_id", "name"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"A", "Dinas A"})
	f.SetSheetRow("Sheet1", "A3", &[]any{"B"})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	for k := -3; k <= 2; k++ {
		t.Run(strconv.Itoa(k), func(t *testing.T) {
			data := xlsxWithSheetXML(t, b.Bytes(), func(s []byte) []byte {
				old := regexp.MustCompile(`<c r="B2"[^>]*>.*?</c>`)
				if !old.Match(s) {
					t.Fatal("no cell B2 in the sheet")
				}
				s = old.ReplaceAll(s, nil)
				i := bytes.Index(s, []byte(`</row><row r="3"`))
				if i < 0 {
					t.Fatal("no row 3 in the sheet")
				}
				// "<f>" of the cell B2 begins at 64 KiB + k
				cell := `<c r="B2"><!--` + strings.Repeat("x", 64<<10+k-i-len(`<c r="B2"><!--`)-len(`-->`)) + `--><f>A2</f></c>`
				s = append(append(s[:i:i], cell...), s[i:]...)
				if j := bytes.Index(s, []byte("<f>")); j != 64<<10+k {
					t.Fatalf("<f> at %d, want %d", j, 64<<10+k)
				}
				return s
			})
			s, err := newXLSX("t.xlsx", data, "", DefaultMaxSpool)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			row := make([]Value, 2)
			var fe *FormulaError
			if _, err := s.Next(row); !errors.As(err, &fe) || fe.Cell != "B2" {
				t.Errorf("got %v, want the formula in B2", err)
			}
		})
	}
}
