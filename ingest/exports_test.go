package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/unicode"
)

// renamedStudy writes a study whose columns are renamed by study.yaml to
// the names an Indonesian export gives them, in their letter case.
func renamedStudy(t *testing.T, yaml string) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "units.csv"), "Kode Unit,Nama Unit\nA,Dinas A\nB,Dinas B\nC,Dinas C\n")
	writeFile(t, filepath.Join(dir, "people.csv"), "NIP,Unit Kerja,Nama\np1,A,Satu\np2,B,Dua\np3,X,Tiga\n")
	writeFile(t, filepath.Join(dir, "correspondence.csv"), "Tanggal Kirim,Pengirim,Penerima\n2025-01-10 09:00,p1,p2\n2025-01-11 09:00,p2,p1\nkemarin,p1,p2\n")
	writeFile(t, filepath.Join(dir, "study.yaml"), yaml)
	return dir
}

// A column renamed by study.yaml is named in messages as the file's
// header writes it, not in the lower case it is compared in.
func TestRenamedColumnNamedAsHeaderWrites(t *testing.T) {
	dir := renamedStudy(t, "columns:\n  units: {unit_id: kode unit, name: Nama Unit}\n  people: {person_id: NIP, unit_id: unit kerja, name: Nama, position: Jabatan}\n  correspondence: {sent_at: Tanggal Kirim, sender: Pengirim, recipients: Penerima}\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	var warned []string
	_, err = Load(s, Options{MaxRejectRate: 1,
		OnReject:  func(re *RowError) { cols = append(cols, re.Column) },
		OnWarning: func(w Warning) { warned = append(warned, w.Column) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) != 2 || cols[0] != "Unit Kerja" || cols[1] != "Tanggal Kirim" {
		t.Errorf("rejected rows name the columns %q, want [Unit Kerja Tanggal Kirim]", cols)
	}
	found := false
	for _, c := range warned {
		found = found || c == "Jabatan"
	}
	if !found {
		t.Errorf("the absent renamed column is warned of as %q, want Jabatan", warned)
	}
}

// A required column renamed by study.yaml to a name the file lacks is
// named as study.yaml writes it.
func TestRenamedMissingColumnNamedAsStudyWrites(t *testing.T) {
	dir := renamedStudy(t, "columns:\n  units: {unit_id: Kode Unit}\n  people: {person_id: NIP, unit_id: Unit Organisasi}\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(s, Options{MaxRejectRate: 1})
	var ce *ColumnError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v, want a *ColumnError", err)
	}
	if ce.Column != "Unit Organisasi" || ce.Renamed != "unit_id" {
		t.Errorf("missing column %q (renamed %q), want \"Unit Organisasi\" for unit_id", ce.Column, ce.Renamed)
	}
}

// attendance is the hand study with its meetings replaced by body under
// the meetings header.
func attendance(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "meetings.csv"), "meeting_id,start,attendee,organizer,title\n"+body)
	return dir
}

// loadKept loads the study in dir and returns the rejected rows, as
// "line:column:value", the meetings file's input and the warnings.
func loadKept(t *testing.T, dir string, opt Options) ([]string, Input, []Warning, error) {
	t.Helper()
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rej []string
	var warns []Warning
	opt.OnReject = func(re *RowError) { rej = append(rej, fmt.Sprintf("%d:%s:%s", re.Line, re.Column, re.Value)) }
	opt.OnWarning = func(w Warning) { warns = append(warns, w) }
	res, err := Load(s, opt)
	var in Input
	if res != nil {
		for _, i := range res.Inputs {
			if i.Table == Meetings {
				in = i
			}
		}
	}
	return rej, in, warns, err
}

func warningOf(ws []Warning, code WarnCode) (Warning, bool) {
	for _, w := range ws {
		if w.Code == code {
			return w, true
		}
	}
	return Warning{}, false
}

const attendRows = "M1,2025-02-10 09:00,p1,p1,Rapat satu\nM1,2025-02-10 09:00,p2,p1,Rapat satu\nM1,2025-02-10 09:00,p3,p1,Rapat satu\n"

// The header written again, right under the first and where two exports
// were joined, is no rejected row: a warning names its lines, and the
// rows read do not count it.
func TestHeaderRowsNamedNotRejected(t *testing.T) {
	dir := attendance(t, "MEETING_ID,Start,Attendee,Organizer,Title\n"+attendRows+"meeting_id,start,attendee,organizer,title\nM2,2025-02-11 09:00,p3,p1,Rapat dua\nM2,2025-02-11 09:00,p4,p1,Rapat dua\n")
	rej, in, warns, err := loadKept(t, dir, Options{MaxRejectRate: 0, Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rej) != 0 || in.Rejected != 0 || in.Rows != 5 {
		t.Errorf("rejected %v (%d), %d rows read; want none rejected, 5 rows", rej, in.Rejected, in.Rows)
	}
	w, ok := warningOf(warns, WarnHeaderRows)
	if !ok || w.Count != 2 || w.Line != 2 || w.Other != "2, 6" || w.File != "meetings.csv" {
		t.Errorf("warning %+v (found %v), want header_rows of meetings.csv, 2 rows at lines 2, 6", w, ok)
	}
}

// signature is a signature block under an attendance list, as it is
// exported from a spreadsheet: a totals row, the place and date, the
// office, a blank row, the name and the NIP, in one or two cells.
const signature = ",,,,\nJumlah,,3 orang,,\n,,\"Bandung, 10 Februari 2025\",,\n,,Mengetahui,,\n,,Kepala Bagian Organisasi,,\n,,,,\n,,\"Drs. Budi Santoso, M.Si\",,\n,,NIP. 19700101 199503 1 001,,\n"

// A signature block and a totals row under an attendance list are no
// rejected rows: a warning names them, from their first line to their
// last, and --strict does not stop at them.
func TestSignatureBlockNamedNotRejected(t *testing.T) {
	dir := attendance(t, attendRows+signature)
	for _, strict := range []bool{false, true} {
		rej, in, warns, err := loadKept(t, dir, Options{MaxRejectRate: 0, Strict: strict})
		if err != nil {
			t.Fatalf("strict %v: %v", strict, err)
		}
		if len(rej) != 0 || in.Rejected != 0 || in.Rows != 3 {
			t.Errorf("strict %v: rejected %v (%d), %d rows read; want none rejected, 3 rows", strict, rej, in.Rejected, in.Rows)
		}
		w, ok := warningOf(warns, WarnFooterRows)
		if !ok || w.Count != 6 || w.Line != 6 || w.LastLine != 12 || w.Value != "Jumlah" {
			t.Errorf("strict %v: warning %+v (found %v), want footer_rows of 6 rows, lines 6-12, \"Jumlah\"", strict, w, ok)
		}
	}
}

// tooMany are the rejected rows of a totals row followed by footerMaxRows
// rows of one value: a block too long to be a signature.
func tooMany() []string {
	r := []string{"5:start:"}
	for i := range footerMaxRows {
		r = append(r, fmt.Sprintf("%d:meeting_id:", 6+i))
	}
	return r
}

// Rows of few values that are not at the end of the file, or that hold no
// word of a signature or a total, or that are too many for a signature
// block, are rejected rows as before.
func TestFooterRuleNarrow(t *testing.T) {
	for _, c := range []struct {
		name, body string
		rejected   []string
	}{
		{"followed by a row", attendRows + "Jumlah,,3 orang,,\n,,Mengetahui,,\nM2,2025-02-11 09:00,p3,p1,Rapat dua\nM2,2025-02-11 09:00,p4,p1,Rapat dua\n",
			[]string{"5:start:", "6:meeting_id:"}},
		{"no word", attendRows + "M9,,p1,,\n,,Budi,,\n", []string{"5:start:", "6:meeting_id:"}},
		{"rows of many values", attendRows + "Jumlah,kemarin,p1,p1,x\n", []string{"5:start:kemarin"}},
		{"too many rows", attendRows + "Jumlah,,,,\n" + strings.Repeat(",,x,,\n", footerMaxRows), tooMany()},
	} {
		t.Run(c.name, func(t *testing.T) {
			rej, in, warns, err := loadKept(t, attendance(t, c.body), Options{MaxRejectRate: 1})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(rej, " ") != strings.Join(c.rejected, " ") || in.Rejected != int64(len(c.rejected)) {
				t.Errorf("rejected %v (%d), want %v", rej, in.Rejected, c.rejected)
			}
			if w, ok := warningOf(warns, WarnFooterRows); ok {
				t.Errorf("warned %+v", w)
			}
		})
	}
}

// signatureWorkbook is an attendance list of three rows, a totals row and
// a signature block (Mengetahui, the office, a name, a NIP) in column C,
// with the ranges merges merged.
func signatureWorkbook(t testing.TB, merges ...string) []byte {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"meeting_id", "start", "attendee", "organizer", "title"})
	for i, p := range []string{"p1", "p2", "p3"} {
		f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+2), &[]any{"M1", "2025-02-10 09:00", p, "p1", "Rapat satu"})
	}
	f.SetSheetRow("Sheet1", "A5", &[]any{"Jumlah", nil, "3 orang"})
	f.SetCellValue("Sheet1", "C7", "Mengetahui,")
	f.SetCellValue("Sheet1", "C8", "Kepala Bagian Organisasi")
	f.SetCellValue("Sheet1", "C11", "Drs. Budi Santoso, M.Si")
	f.SetCellValue("Sheet1", "C12", "NIP. 19700101 199503 1 001")
	for _, m := range merges {
		a, b, _ := strings.Cut(m, ":")
		if err := f.MergeCell("Sheet1", a, b); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// An attendance list kept in a workbook, whose signature block under the
// table is merged and centred across columns, as such lists are laid
// out: the run stopped, asking to unmerge the cells and fill the value
// into every row. Its rows are named as a signature block instead. A
// range merged over the attendees' rows still stops the run.
func TestSignatureBlockMergedInWorkbook(t *testing.T) {
	build := func(merges ...string) string {
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		if err := os.Remove(filepath.Join(dir, "meetings.csv")); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "meetings.xlsx"), string(signatureWorkbook(t, merges...)))
		return dir
	}
	rej, in, warns, err := loadKept(t, build("C7:E7", "C8:E8", "C9:E10", "C11:E11", "C12:E12"), Options{MaxRejectRate: 0})
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := warningOf(warns, WarnFooterRows); !ok || w.Line != 5 || w.LastLine != 12 || len(rej) != 0 || in.Rows != 3 {
		t.Errorf("warning %+v (found %v), rejected %v, %d rows; want footer_rows of lines 5-12, none rejected, 3 rows", w, ok, rej, in.Rows)
	}
	_, _, _, err = loadKept(t, build("C7:E7", "A2:A4"), Options{MaxRejectRate: 0})
	var me *MergedCellsError
	if !errors.As(err, &me) || me.Range != "A2:A4" {
		t.Errorf("a meeting id merged over its attendees: %v, want the merged range A2:A4", err)
	}
}

// A meeting's time written as a range, as invitations write it ("pukul
// 09.00 s.d. selesai", "09.00 - 12.00 WIB"), is rejected with a reason
// that says so and gives the start written alone; it was "not a time;
// use YYYY-MM-DD...". A range of dates, or a time whose zone is a
// negative offset, is no such range.
func TestTimeRangeWorded(t *testing.T) {
	dir := attendance(t, "M1,10 Januari 2025 pukul 09.00 s.d. selesai,p1,p1,Rapat\n"+
		"M2,10/01/2025 09.00 - 12.00 WIB,p1,p1,Rapat\n"+
		"M3,\"Jum'at, 10 Januari 2025, Pkl. 13.30 sampai dengan 15.00\",p1,p1,Rapat\n"+
		"M4,10/01/2025 - 12/01/2025,p1,p1,Rapat\n"+
		"M5,2025-01-10 09:00-07:00,p1,p1,Rapat\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	_, err = Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
		got = append(got, fmt.Sprintf("%d %v %s", re.Line, errors.Is(re, ErrTimeRange), re.Reason[strings.LastIndex(re.Reason, "(")+1:]))
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2 true 10 Januari 2025 pukul 09.00)", "3 true 10/01/2025 09.00 WIB)", "4 true Jum'at, 10 Januari 2025, Pkl. 13.30)", "5 false 45717)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rejected:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A totals row under a units table ("Jumlah", "5 OPD") was read as a unit
// Jumlah, alone in the network (its size and density changed without a
// word). At the end of the table it is named as a totals row; elsewhere
// it is rejected, saying it is no unit.
func TestUnitsTotalsRowNoUnit(t *testing.T) {
	for _, c := range []struct {
		name, units string
		rejected    []string
		footer      bool
	}{
		{"at the end", "unit_id;name;sector\nA;Dinas A;s1\nB;Dinas B;s1\nC;Dinas C;s2\nJumlah;3 OPD;\n", nil, true},
		{"in the middle", "unit_id,name,sector\nA,Dinas A,s1\nTOTAL,2,\nB,Dinas B,s1\nC,Dinas C,s2\n", []string{"3:unit_id:TOTAL"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, rejected, warns := loadHandWith(t, Units, "units.csv", c.units)
			var rej []string
			for _, re := range rejected {
				rej = append(rej, fmt.Sprintf("%d:%s:%s", re.Line, re.Column, re.Value))
				if !errors.Is(re, ErrFooterUnit) {
					t.Errorf("%v does not wrap ErrFooterUnit", re)
				}
			}
			for _, id := range []string{"Jumlah", "TOTAL"} {
				if _, _, ok := res.Directory.Lookup([]byte(id)); ok {
					t.Errorf("%s is a unit", id)
				}
			}
			if strings.Join(rej, " ") != strings.Join(c.rejected, " ") {
				t.Errorf("rejected %v, want %v", rej, c.rejected)
			}
			if w, ok := warningOf(warns, WarnFooterRows); ok != c.footer || ok && (w.Line != 5 || w.Value != "Jumlah") {
				t.Errorf("warning %+v (found %v), want one: %v", w, ok, c.footer)
			}
		})
	}
}

// A date and time of 14 digits without separators (20250110090000), as
// databases and data-exchange logs export one, is rejected with a reason
// that says so and gives it written as sekat reads it; it was "not a
// time; use ... YYYYMMDD ...", which it seemed to be. Fourteen digits
// that are no date and time keep the plain reason.
func TestCompactTimeWorded(t *testing.T) {
	dir := attendance(t, "M1,20250110090000,p1,p1,Rapat\nM2,20251310090000,p1,p1,Rapat\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	_, err = Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
		got = append(got, fmt.Sprintf("%d %v %v", re.Line, errors.Is(re, ErrCompactTime), strings.HasSuffix(re.Reason, "write it 2025-01-10 09:00:00")))
	}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "2 true true|3 false false"; strings.Join(got, "|") != want {
		t.Errorf("rejected %q, want %q", strings.Join(got, "|"), want)
	}
}

// A totals row whose word sits in a column sekat does not read (the
// "No" column of a numbered export: "Jumlah,,,,,") was rejected for its
// empty meeting_id and counted as a rejected row. At the end of a
// meetings, letters or data-sharing file, CSV or workbook, it is named as
// a totals row and neither read nor rejected; with more values, or with
// a row after it, it is rejected as before.
func TestTotalsRowInUnreadColumn(t *testing.T) {
	meetings := "No,meeting_id,start,attendee,organizer,title\n1,M1,2025-02-10 09:00,p1,p1,Rapat satu\n2,M1,2025-02-10 09:00,p2,p1,Rapat satu\n3,M1,2025-02-10 09:00,p3,p1,Rapat satu\n"
	letters := "No,sent_at,sender,recipients\n1,2025-01-10 09:00,p1,p3\n2,2025-01-11 09:00,p3,p1\n3,2025-01-12 09:00,p2,p3\n"
	shares := "No;at;provider;consumer;dataset;status\n1;2025-03-01;C;A;penduduk;granted\n2;2025-03-02;p4;p1;penduduk;denied\n3;2025-03-03;A;C;aset;granted\n"
	lettersJSON := `{"No":"1","sent_at":"2025-01-10 09:00","sender":"p1","recipients":"p3"}` + "\n" +
		`{"No":"2","sent_at":"2025-01-11 09:00","sender":"p3","recipients":"p1"}` + "\n" +
		`{"No":"3","sent_at":"2025-01-12 09:00","sender":"p2","recipients":"p3"}` + "\n"
	type pqLetter struct {
		No         string `parquet:"No,optional"`
		SentAt     string `parquet:"sent_at,optional"`
		Sender     string `parquet:"sender,optional"`
		Recipients string `parquet:"recipients,optional"`
		Perihal    string `parquet:"Perihal,optional"`
	}
	lettersPQ := func(last ...pqLetter) string {
		rows := []pqLetter{{"1", "2025-01-10 09:00", "p1", "p3", "Undangan"}, {"2", "2025-01-11 09:00", "p3", "p1", "Laporan"}, {"3", "2025-01-12 09:00", "p2", "p3", "Nota"}}
		return string(pqWrite(t, append(rows, last...)))
	}
	// a row group a row: a letters file of several row groups is read in
	// parts, which cannot see the word (loader.shardedLetters)
	lettersPQGroups := func(last ...pqLetter) string {
		rows := []pqLetter{{"1", "2025-01-10 09:00", "p1", "p3", "Undangan"}, {"2", "2025-01-11 09:00", "p3", "p1", "Laporan"}, {"3", "2025-01-12 09:00", "p2", "p3", "Nota"}}
		return string(pqWrite(t, append(rows, last...), parquet.MaxRowsPerRowGroup(1)))
	}
	workbook := func(last ...any) string {
		f := excelize.NewFile()
		f.SetSheetRow("Sheet1", "A1", &[]any{"No", "meeting_id", "start", "attendee", "organizer"})
		for i, p := range []string{"p1", "p2", "p3"} {
			f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+2), &[]any{i + 1, "M1", "2025-02-10 09:00", p, "p1"})
		}
		f.SetSheetRow("Sheet1", "A5", &last)
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	for _, c := range []struct {
		name, file, body string
		table            Table
		footer           string // the warning's value, "" for none
		rejected         []string
	}{
		{"meetings", "meetings.csv", meetings + "Jumlah,,,,,\n", Meetings, "Jumlah", nil},
		{"meetings, a count beside", "meetings.csv", meetings + "JUMLAH,,,,,3\n", Meetings, "JUMLAH", nil},
		{"letters", "correspondence.csv", letters + "Total,,,\n", Correspondence, "Total", nil},
		{"data sharing", "data_sharing.csv", shares + "Jumlah;;;;;\n;;;;;\n", DataSharing, "Jumlah", nil},
		{"workbook", "meetings.xlsx", workbook("Jumlah"), Meetings, "Jumlah", nil},
		// the same export converted to NDJSON or Parquet (DuckDB's COPY of
		// the CSV keeps the word in "No", the other cells null): it was
		// rejected for its missing sent_at
		{"NDJSON", "correspondence.ndjson", lettersJSON + `{"No":"Jumlah","sent_at":null,"sender":null,"recipients":null,"Perihal":"3 surat"}` + "\n", Correspondence, "Jumlah", nil},
		{"NDJSON, keys left out", "correspondence.ndjson", lettersJSON + `{"No":"Total"}` + "\n", Correspondence, "Total", nil},
		{"NDJSON, three values", "correspondence.ndjson", lettersJSON + `{"No":"Jumlah","sent_at":null,"sender":"p1","Perihal":"3 surat"}` + "\n", Correspondence, "", []string{"4:sent_at:"}},
		{"NDJSON, followed by a row", "correspondence.ndjson", lettersJSON + `{"No":"Jumlah"}` + "\n" + `{"No":"4","sent_at":"2025-01-13 09:00","sender":"p1","recipients":"p2"}` + "\n", Correspondence, "", []string{"4:sent_at:"}},
		{"Parquet", "correspondence.parquet", lettersPQ(pqLetter{No: "Jumlah", Perihal: "3 surat"}), Correspondence, "Jumlah", nil},
		{"Parquet, row groups", "correspondence.parquet", lettersPQGroups(pqLetter{No: "Jumlah", Perihal: "3 surat"}), Correspondence, "Jumlah", nil},
		{"Parquet, three values", "correspondence.parquet", lettersPQ(pqLetter{No: "Jumlah", Sender: "p1", Perihal: "3 surat"}), Correspondence, "", []string{"4:sent_at:"}},
		{"followed by a row", "meetings.csv", meetings + "Jumlah,,,,,\n4,M2,2025-02-11 09:00,p3,p1,Rapat dua\n", Meetings, "", []string{"5:meeting_id:"}},
		{"three values", "meetings.csv", meetings + "Jumlah,M9,,,,3\n", Meetings, "", []string{"5:start:"}},
		{"workbook, three values", "meetings.xlsx", workbook("Jumlah", nil, nil, "p1", nil, 3), Meetings, "", []string{"5:meeting_id:"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, rejected, warns := loadHandWith(t, c.table, c.file, c.body)
			var rej []string
			for _, re := range rejected {
				rej = append(rej, fmt.Sprintf("%d:%s:%s", re.Line, re.Column, re.Value))
			}
			if strings.Join(rej, " ") != strings.Join(c.rejected, " ") {
				t.Errorf("rejected %v, want %v", rej, c.rejected)
			}
			line := int64(5) // the row after a header and 3 rows
			if ext := filepath.Ext(c.file); ext == ".ndjson" || ext == ".parquet" {
				line = 4 // no header line: the 4th object, the 4th row
			}
			w, ok := warningOf(warns, WarnFooterRows)
			if ok != (c.footer != "") || ok && (w.Line != line || w.Value != c.footer || w.File != c.file) {
				t.Errorf("warning %+v (found %v), want footer_rows at line %d of %s: %q", w, ok, line, c.file, c.footer)
			}
			for _, in := range res.Inputs {
				if in.Table == c.table && in.Rejected != int64(len(c.rejected)) {
					t.Errorf("%d rows rejected, want %d", in.Rejected, len(c.rejected))
				}
				if in.Table == c.table && c.footer != "" && in.Rows != 3 {
					t.Errorf("%d rows read, want 3", in.Rows)
				}
			}
		})
	}
}

// A date and time as the Unix date command writes it ("Fri Jan 10
// 09:00:00 WIB 2025", the month before the day, the year last) was
// rejected as "not a time; use ...". It is read, as the pair SQL reads
// it; one of that shape that is no time is rejected with the plain
// reason.
func TestUnixDateRead(t *testing.T) {
	dir := attendance(t, "M1,Fri Jan 10 09:00:00 WIB 2025,p1,p1,Rapat\n"+
		"M1,Fri Jan 10 09:00:00 WIB 2025,p2,p1,Rapat\n"+
		"M2,Mon Feb  3 14:30:05 2025,p1,p1,Rapat\n"+
		"M2,Mon Feb  3 14:30:05 2025,p3,p1,Rapat\n"+
		"M4,Fri Jan 32 09:00:00 WIB 2025,p1,p1,Rapat\n")
	rej, in, _, err := loadKept(t, dir, Options{MaxRejectRate: 1})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rej, " ") != "6:start:Fri Jan 32 09:00:00 WIB 2025" || in.Rows != 5 {
		t.Errorf("rejected %v of %d rows, want line 6 alone of 5", rej, in.Rows)
	}
}

// loadHandWith loads a copy of the hand study whose table is the file
// named file holding body (the hand study's own CSV of that table taken
// out first), up to every row rejected, and returns the result, the rows
// of table that were rejected and the warnings.
func loadHandWith(t *testing.T, table Table, file, body string) (*Result, []*RowError, []Warning) {
	t.Helper()
	_, res, rej, warns := loadHandStudy(t, table, file, body)
	return res, rej, warns
}

// loadHandStudy is loadHandWith that also gives the study it loaded.
func loadHandStudy(t *testing.T, table Table, file, body string) (*Study, *Result, []*RowError, []Warning) {
	t.Helper()
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	if err := os.Remove(filepath.Join(dir, table.String()+".csv")); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, file)), 0o755); err != nil { // a folder table
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, file), body)
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rej []*RowError
	var warns []Warning
	res, err := Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
		if re.Table == table {
			rej = append(rej, re)
		}
	}, OnWarning: func(w Warning) { warns = append(warns, w) }})
	if err != nil {
		t.Fatal(err)
	}
	return s, res, rej, warns
}

// The header written again where two exports were joined, with the byte
// order mark the second export began with (EF BB BF before its first
// name), is the header again too, in every table whatever its first
// column: passed over and named in a warning, as without the mark. It
// was a rejected row (a letter of time "\ufeffsent_at", a unit
// "\ufeffunit_id").
func TestHeaderRowAfterBOMNotRejected(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	tables := []string{"units", "people", "correspondence", "meetings", "data_sharing"}
	for _, name := range tables {
		p := filepath.Join(dir, name+".csv")
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		header, _, _ := strings.Cut(string(b), "\n")
		writeFile(t, p, string(b)+"\xEF\xBB\xBF"+header+"\n")
	}
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rej []string
	var warned []string
	_, err = Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) { rej = append(rej, fmt.Sprintf("%s:%d:%q", re.File, re.Line, re.Value)) },
		OnWarning: func(w Warning) {
			if w.Code == WarnHeaderRows {
				warned = append(warned, w.File)
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	raw := loadDir(t, "../testdata/studies/hand", Options{MaxRejectRate: 1})
	var want []string
	for _, name := range tables {
		want = append(want, name+".csv")
	}
	if len(rej) != int(rejectedOf(raw)) || !slices.Equal(warned, want) {
		t.Errorf("rejected %v, header_rows warnings for %v; want the hand study's %d rejected rows and a warning for each of %v", rej, warned, rejectedOf(raw), want)
	}
}

// Two exports joined in UTF-16 (little- or big-endian, each with its
// byte order mark, as Excel's "Unicode Text" and Java's UTF-16 write
// them) leave the second one's mark, decoded, before its header, as two
// UTF-8 exports do; and an export that quotes every cell writes that
// header "sent_at", whose quotes the mark before them left in the cell.
// Each is the header again, in every table: passed over and named in a
// warning, no row rejected. The quoted one was a rejected row in every
// encoding (a letter of time "\ufeff\"sent_at\"", a unit of kind "kind").
func TestHeaderRowAfterBOMQuotedAndUTF16NotRejected(t *testing.T) {
	tables := []string{"units", "people", "correspondence", "meetings", "data_sharing"}
	raw := loadDir(t, "../testdata/studies/hand", Options{MaxRejectRate: 1})
	for _, c := range []struct {
		name   string
		enc    func(string) string
		quoted bool
	}{
		{"UTF-8 quoted", func(s string) string { return "\uFEFF" + s }, true},
		{"UTF-16LE", utf16With(unicode.LittleEndian), false},
		{"UTF-16LE quoted", utf16With(unicode.LittleEndian), true},
		{"UTF-16BE", utf16With(unicode.BigEndian), false},
		{"UTF-16BE quoted", utf16With(unicode.BigEndian), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			for _, name := range tables {
				p := filepath.Join(dir, name+".csv")
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				text := string(b)
				if c.quoted {
					text = clitest.QuoteAll(t, text)
				}
				lines := strings.SplitAfter(text, "\n")
				half := len(lines) / 2
				// each export written whole: its mark, its header, its rows
				first := c.enc(strings.Join(lines[:half], ""))
				second := c.enc(lines[0] + strings.Join(lines[half:], ""))
				writeFile(t, p, first+second)
			}
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			var rej []string
			var warned []string
			res, err := Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) { rej = append(rej, fmt.Sprintf("%s:%d:%q", re.File, re.Line, re.Value)) },
				OnWarning: func(w Warning) {
					if w.Code == WarnHeaderRows {
						warned = append(warned, w.File)
					}
				}})
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, name := range tables {
				want = append(want, name+".csv")
			}
			if len(rej) != int(rejectedOf(raw)) || !slices.Equal(warned, want) {
				t.Errorf("rejected %v, header_rows warnings for %v; want the hand study's %d rejected rows and a warning for each of %v", rej, warned, rejectedOf(raw), want)
			}
			for i, in := range res.Inputs {
				if in.Rows != raw.Inputs[i].Rows {
					t.Errorf("%s: %d rows read, the hand study's %d", in.Path, in.Rows, raw.Inputs[i].Rows)
				}
			}
		})
	}
}

// utf16With encodes text as UTF-16 in order, with its byte order mark.
func utf16With(order unicode.Endianness) func(string) string {
	return func(s string) string {
		b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().String(s)
		if err != nil {
			panic(err)
		}
		return b
	}
}

// rejectedOf is the number of rows res rejected, all tables together.
func rejectedOf(res *Result) int64 {
	var n int64
	for _, in := range res.Inputs {
		n += in.Rejected
	}
	return n
}
