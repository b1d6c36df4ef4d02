package flowcheck

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// The demo study as Excel users save it (issue 10): as Windows-1252 CSV,
// as UTF-16 "Unicode Text", as one .xlsx per table, and with the NIPs
// that Excel turned into 1.97902E+17. The first three must give the
// edges.csv of the UTF-8 CSV study byte for byte; the last must stop with
// exit 1 and the fix.

var excelTables = []string{"units", "people", "correspondence", "meetings", "data_sharing"}

// excelAccents puts accented letters into names and meeting titles (the
// sample is ASCII), so that a study saved in another encoding differs from
// UTF-8 in columns sekat binds: read wrongly, people and meetings rows are
// rejected. Ids hold digits and capitals only, so none is touched.
var excelAccents = strings.NewReplacer("Nur", "Nür", "Sri ", "Srí ", "Daerah", "Daérah", "Evaluasi", "Évaluasi", "Koordinasi", "Koördinasi")

// excelCSVStudy writes the demo sample as plain UTF-8 CSV with accents
// into a new folder and returns it and the tables' texts.
func excelCSVStudy(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	texts := map[string]string{}
	for _, tb := range excelTables {
		texts[tb] = excelAccents.Replace(clitest.Gunzip(t, clitest.ReadBytes(t, filepath.Join("../sample", tb+".csv.gz"))))
		clitest.WriteStudyFile(t, dir, tb+".csv", []byte(texts[tb]))
	}
	clitest.WriteStudyFile(t, dir, "study.yaml", []byte(clitest.ReadFile(t, "../sample/study.yaml")))
	return dir, texts
}

// excelEdges runs analyze on a study and returns its edges.csv.
func excelEdges(t *testing.T, study string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := sekat(t, "analyze", study, "--permutations", "10", "--out", out, "--lang", "en")
	if code != 0 {
		t.Fatalf("analyze %s: exit %d: %s", study, code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "rejects.csv")); err == nil {
		t.Errorf("%s: rows rejected: %s", study, stderr)
	}
	return clitest.ReadFile(t, filepath.Join(out, "edges.csv"))
}

// excelRecords parses a CSV text.
func excelRecords(t *testing.T, text string) [][]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// excelSerial is Excel's serial of a time written in the study's zone
// (days since 1899-12-30 and the fraction of the day of its wall clock).
func excelSerial(t *testing.T, v string, loc *time.Location) float64 {
	t.Helper()
	sec, _, err := ingest.ParseTime([]byte(v), loc)
	if err != nil {
		t.Fatal(err)
	}
	w := time.Unix(sec, 0).In(loc)
	y, m, d := w.Date()
	days := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	return days + float64(w.Hour()*3600+w.Minute()*60+w.Second())/86400
}

// excelWorkbook writes records as one sheet the way excelize's stream
// writer does for large data: text cells as text (ids included), time
// columns as date serials with a date format (m/d/yy h:mm, which the
// reader never looks at).
func excelWorkbook(t *testing.T, recs [][]string, loc *time.Location) []byte {
	t.Helper()
	times := map[string]bool{"sent_at": true, "start": true, "at": true, "valid_from": true, "valid_to": true}
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 22})
	if err != nil {
		t.Fatal(err)
	}
	for r, rec := range recs {
		row := make([]any, len(rec))
		for c, v := range rec {
			switch {
			case v == "":
				row[c] = nil
			case r > 0 && times[recs[0][c]]:
				row[c] = excelize.Cell{StyleID: dateStyle, Value: excelSerial(t, v, loc)}
			default:
				row[c] = v
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestExcelSavedStudies: the demo study saved as Windows-1252 CSV, as
// UTF-16 Unicode Text (TAB-separated, byte order mark) and as one .xlsx per
// table gives the edges.csv of the UTF-8 CSV study byte for byte.
func TestExcelSavedStudies(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes the demo study four times")
	}
	csvDir, texts := excelCSVStudy(t)
	want := excelEdges(t, csvDir)
	if strings.Count(want, "\n") < 100 {
		t.Fatalf("the CSV study gives %d edges", strings.Count(want, "\n")-1)
	}
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []struct {
		name string
		save func(tb, text string) (string, []byte)
	}{
		{"cp1252", func(tb, text string) (string, []byte) {
			b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			return tb + ".csv", b
		}},
		{"utf-16", func(tb, text string) (string, []byte) {
			var tsv strings.Builder
			w := csv.NewWriter(&tsv)
			w.Comma, w.UseCRLF = '\t', true
			w.WriteAll(excelRecords(t, text))
			b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(tsv.String()))
			if err != nil {
				t.Fatal(err)
			}
			return tb + ".csv", b
		}},
		{"xlsx", func(tb, text string) (string, []byte) {
			return tb + ".xlsx", excelWorkbook(t, excelRecords(t, text), loc)
		}},
	} {
		t.Run(v.name, func(t *testing.T) {
			dir := t.TempDir()
			clitest.WriteStudyFile(t, dir, "study.yaml", []byte(clitest.ReadFile(t, "../sample/study.yaml")))
			for _, tb := range excelTables {
				name, b := v.save(tb, texts[tb])
				clitest.WriteStudyFile(t, dir, name, b)
			}
			if got := excelEdges(t, dir); got != want {
				t.Errorf("edges.csv differs from the CSV study's (%d and %d lines)", strings.Count(got, "\n"), strings.Count(want, "\n"))
			}
		})
	}
}

// TestExcelDamagedNIPs: the demo study with every NIP as Excel shows it
// once the column is a number (1.97902E+17) collapses 3,000 staff into a
// few hundred ids; analyze and validate stop with exit 1, naming the file,
// line and column and saying how to fix it, in both languages.
func TestExcelDamagedNIPs(t *testing.T) {
	csvDir, texts := excelCSVStudy(t)
	dir := t.TempDir()
	clitest.WriteStudyFile(t, dir, "study.yaml", []byte(clitest.ReadFile(t, filepath.Join(csvDir, "study.yaml"))))
	ids := map[string]bool{}
	for _, tb := range excelTables {
		recs := excelRecords(t, texts[tb])
		for _, rec := range recs[1:] {
			for c, v := range rec {
				var parts []string
				for _, id := range strings.Split(v, ";") {
					if len(id) == 18 && strings.Trim(id, "0123456789") == "" {
						f, _ := strconv.ParseFloat(id, 64)
						id = strconv.FormatFloat(f, 'E', 5, 64) // Excel's General: 1.97902E+17
						if tb == "people" && c == 0 {
							ids[id] = true
						}
					}
					parts = append(parts, id)
				}
				rec[c] = strings.Join(parts, ";")
			}
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.WriteAll(recs)
		clitest.WriteStudyFile(t, dir, tb+".csv", b.Bytes())
	}
	if len(ids) > 1000 {
		t.Fatalf("%d distinct damaged NIPs: the damage does not collapse ids", len(ids))
	}
	for _, c := range []struct {
		cmd, lang, want string
	}{
		{"analyze", "en", `people.csv line 2 column person_id: "1.97902E+17" is an id in scientific notation`},
		{"analyze", "en", "format the column as Text"},
		{"analyze", "id", `people.csv baris 2 kolom person_id: "1.97902E+17" adalah id yang diubah Excel menjadi angka`},
		{"analyze", "id", "format kolom itu sebagai Teks"},
		{"validate", "en", "format the column as Text"},
		{"validate", "id", "format kolom itu sebagai Teks"},
	} {
		args := []string{c.cmd, dir, "--lang", c.lang}
		if c.cmd == "analyze" {
			args = append(args, "--out", filepath.Join(t.TempDir(), "out"))
		}
		code, _, stderr := sekat(t, args...)
		if code != 1 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want 1 and %q in:\n%s", args, code, c.want, stderr)
		}
	}
}

// TestWarningsPrinted: the warnings about a study reach stderr, in the
// user's language, and summary.json, with their codes.
func TestWarningsPrinted(t *testing.T) {
	dir := clitest.HandStudy(t)
	os.Remove(filepath.Join(dir, "meetings.csv"))
	clitest.WriteStudyFile(t, dir, "notes.txt", []byte("catatan"))
	clitest.WriteStudyFile(t, dir, "units_old.csv", []byte("unit_id\nA\n"))
	clitest.WriteStudyFile(t, dir, "data_sharing.csv", []byte("at,provider,consumer\n45717,C,A\n45718.5,C,B\n"))
	for _, c := range []struct{ lang, notRead, missing, serial string }{
		{"en", "sekat: warning: notes.txt not read: sekat reads tables from", "sekat: warning: no meetings table", "data_sharing.csv column at: 2 values are Excel serial numbers (45717)"},
		{"id", "sekat: peringatan: notes.txt tidak dibaca: sekat membaca tabel dari", "sekat: peringatan: tidak ada tabel meetings", "data_sharing.csv kolom at: 2 nilai berupa angka seri Excel (45717)"},
	} {
		out := filepath.Join(t.TempDir(), "out")
		code, _, stderr := sekat(t, "analyze", dir, "--out", out, "--lang", c.lang)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.lang, code, stderr)
		}
		for _, want := range []string{c.notRead, c.missing, c.serial, "units_old.csv"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: %q not in stderr:\n%s", c.lang, want, stderr)
			}
		}
		sum := clitest.ReadFile(t, filepath.Join(out, "summary.json"))
		for _, want := range []string{`"code": "file_not_read"`, `"file": "notes.txt"`, `"code": "table_missing"`, `"table": "meetings"`, `"code": "excel_serial_dates"`, `"message": "` + strings.TrimPrefix(c.missing, "sekat: "+map[string]string{"en": "warning: ", "id": "peringatan: "}[c.lang])} {
			if !strings.Contains(sum, want) {
				t.Errorf("%s: %s not in summary.json", c.lang, want)
			}
		}
		if code, _, stderr := sekat(t, "validate", dir, "--lang", c.lang); code != 0 || !strings.Contains(stderr, c.notRead) {
			t.Errorf("validate %s: exit %d, stderr %q", c.lang, code, stderr)
		}
	}
}

// TestNoEventsInWindow: a window that holds no event stops analyze and
// validate with exit 2 (bad usage: the window is to be changed; exit 1
// until session 54) and the data's span; the hand study's events run
// from 2025-01-10 to 2025-07-01.
func TestNoEventsInWindow(t *testing.T) {
	dir := clitest.HandStudy(t)
	clitest.WriteStudyFile(t, dir, "study.yaml", []byte("window: {from: 2030-01-01}\n"))
	for _, c := range []struct{ lang, want string }{
		{"en", "no event in the window from 1 January 2030 on: the 22 log rows run from 2025-01-10 to 2025-07-01"},
		{"id", "tidak ada peristiwa dalam jendela waktu sejak 1 Januari 2030: 22 baris log berlangsung dari 2025-01-10 sampai 2025-07-01"},
	} {
		for _, cmd := range []string{"analyze", "validate"} {
			args := []string{cmd, dir, "--lang", c.lang}
			if cmd == "analyze" {
				args = append(args, "--out", filepath.Join(t.TempDir(), "out"))
			}
			code, _, stderr := sekat(t, args...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("%v: exit %d, want 2 and %q in:\n%s", args, code, c.want, stderr)
			}
		}
	}
}

// TestExcelEmptyFirstSheet: a workbook whose first sheet is empty (a
// cover or instructions sheet left blank) and whose table is on another
// stops naming the empty sheet, the workbook's sheets and sheet: in
// study.yaml, in both languages; named in study.yaml, the table is read.
func TestExcelEmptyFirstSheet(t *testing.T) {
	study, texts := excelCSVStudy(t)
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Petunjuk")
	os.Remove(filepath.Join(study, "people.csv"))
	clitest.WriteStudyFile(t, study, "people.xlsx", workbookWithSheet(t, f, "Pegawai", texts["people"]))
	for lang, want := range map[string]string{
		"id": `lembar "Petunjuk" tidak berisi nilai apa pun; lembar-lembar buku kerja ini: Petunjuk, Pegawai; sebutkan lembar yang memuat tabelnya di study.yaml (sheet:)`,
		"en": `sheet Petunjuk holds no value; the workbook's sheets are Petunjuk, Pegawai: name the sheet that holds the table in study.yaml (sheet:)`,
	} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
	yaml := clitest.ReadFile(t, filepath.Join(study, "study.yaml"))
	clitest.WriteStudyFile(t, study, "study.yaml", []byte(yaml+"\nsheet: {people: Pegawai}\n"))
	if code, _, stderr := sekat(t, "validate", study, "--lang", "en"); code != 0 {
		t.Errorf("with the sheet named: exit %d: %s", code, stderr)
	}
}

// TestExcelNIPZeros: 18-digit NIPs that a spreadsheet kept as numbers
// and wrote out in full end in 000 (15 significant digits), so people
// merge silently (review C of session 14: 2,993 people became 2,991 with
// "all usable"). A people table where nearly all long numeric ids end in
// 000 stops the run with the fix, in both languages.
func TestExcelNIPZeros(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 5, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	recs := excelRecords(t, clitest.ReadFile(t, filepath.Join(study, "people.csv")))
	for _, r := range recs[1:] {
		if len(r[0]) == 18 {
			r[0] = r[0][:15] + "000"
		}
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(recs)
	clitest.WriteStudyFile(t, study, "people.csv", b.Bytes())
	for lang, want := range map[string]string{"id": "id 16–19 angka yang berakhiran 000", "en": "ids of 16 to 19 digits that end in 000"} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code == 0 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "people.csv") {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
}

// TestExcelCoverSheet: a workbook whose first sheet holds a cover text
// and whose table is on another, read without sheet:, stops naming the
// sheets and sheet: (review C of session 14: "missing column unit_id ...
// found: Ekspor e-office..." without a word of the other sheets).
func TestExcelCoverSheet(t *testing.T) {
	study, texts := excelCSVStudy(t)
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Sampul")
	f.SetCellStr("Sampul", "A1", "Ekspor e-office 2025")
	os.Remove(filepath.Join(study, "units.csv"))
	clitest.WriteStudyFile(t, study, "units.xlsx", workbookWithSheet(t, f, "Unit", texts["units"]))
	for lang, want := range map[string]string{
		"en": `this is sheet Sampul of Sampul, Unit: if the table is on another sheet, name it in study.yaml (sheet:)`,
		"id": `ini lembar "Sampul" dari Sampul, Unit: jika tabelnya berada di lembar lain, sebutkan lembar itu di study.yaml (sheet:)`,
	} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
}

// workbookWithSheet adds sheet, holding the records of the CSV text, to
// workbook f after its sheets, and returns the workbook's bytes.
func workbookWithSheet(t *testing.T, f *excelize.File, sheet, text string) []byte {
	t.Helper()
	f.NewSheet(sheet)
	for r, rec := range excelRecords(t, text) {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		row := make([]any, len(rec))
		for c, v := range rec {
			row[c] = v
		}
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestExcelSheetsNotRead: a workbook of which sekat reads one sheet, and
// whose other sheets hold values (rows added on a second sheet, a hidden
// old copy), warns naming them, in both languages, so that nothing is
// left out without a word; an empty sheet (Excel's Sheet1) is not named.
// Before, the other sheets were passed over in silence.
func TestExcelSheetsNotRead(t *testing.T) {
	study, texts := excelCSVStudy(t)
	f := excelize.NewFile()
	defer f.Close()
	f.NewSheet("Pindahan")
	f.SetCellStr("Pindahan", "B3", "198001012005011001")
	f.NewSheet("lama")
	f.SetCellStr("lama", "A1", "person_id")
	if err := f.SetSheetVisible("lama", false); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(study, "people.csv"))
	clitest.WriteStudyFile(t, study, "people.xlsx", workbookWithSheet(t, f, "Pegawai", texts["people"]))
	yaml := clitest.ReadFile(t, filepath.Join(study, "study.yaml"))
	clitest.WriteStudyFile(t, study, "study.yaml", []byte(yaml+"\nsheet: {people: Pegawai}\n"))
	for lang, want := range map[string]string{
		"en": `people.xlsx: sekat read only its sheet "Pegawai"; its other sheets that hold values were not read: Pindahan, lama;`,
		"id": `people.xlsx: sekat hanya membaca lembarnya "Pegawai"; lembar lain yang berisi nilai tidak dibaca: Pindahan, lama;`,
	} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code != 0 || !strings.Contains(stderr, want) || strings.Contains(stderr, "Sheet1") {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
}

// TestExcelHiddenRows: rows of the sheet read that Excel hides (a filter
// that left out the people moved away, say) are read, as every row is,
// and warned of, naming the workbook, the sheet, how many and the first,
// in both languages. Before, they were read without a word.
func TestExcelHiddenRows(t *testing.T) {
	study, texts := excelCSVStudy(t)
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Pegawai")
	for r, rec := range excelRecords(t, texts["people"]) {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		row := make([]any, len(rec))
		for c, v := range rec {
			row[c] = v
		}
		if err := f.SetSheetRow("Pegawai", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []int{4, 7} {
		if err := f.SetRowVisible("Pegawai", r, false); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(study, "people.csv"))
	clitest.WriteStudyFile(t, study, "people.xlsx", b.Bytes())
	for lang, want := range map[string]string{
		"en": `people.xlsx: its sheet "Pegawai" has rows hidden in Excel (2 in all; the first: row 4), which were read`,
		"id": `people.xlsx: lembarnya "Pegawai" memuat baris yang disembunyikan di Excel (2 baris; yang pertama: baris 4), yang tetap dibaca`,
	} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
}

// TestMixedEncodingWarned: a units.csv saved by Excel as Windows-1252
// into which a row from a UTF-8 export was pasted is read as Windows-1252
// and warned of (encoding_mixed), naming the file and the first UTF-8
// character as it was read, in both languages. Before, "Café" became
// "CafÃ©" without a word.
func TestMixedEncodingWarned(t *testing.T) {
	study, texts := excelCSVStudy(t)
	// the accents of excelCSVStudy as Windows-1252 writes them, then one
	// name pasted in UTF-8
	units, err := charmap.Windows1252.NewEncoder().String(texts["units"])
	if err != nil {
		t.Fatal(err)
	}
	units = strings.Replace(units, "Badan Perencanaan", "Badan Caf\xc3\xa9 Perencanaan", 1)
	clitest.WriteStudyFile(t, study, "units.csv", []byte(units))
	for lang, want := range map[string]string{
		"en": `units.csv was read as Windows-1252, but it holds UTF-8 characters (1 in all; the first, "é", was read as "Ã©")`,
		"id": `units.csv dibaca sebagai Windows-1252, tetapi 1 tempat di dalamnya memuat karakter UTF-8 (yang pertama, "é", terbaca sebagai "Ã©")`,
	} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
}
