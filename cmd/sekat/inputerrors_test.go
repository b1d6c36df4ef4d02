package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/people"
	"github.com/xuri/excelize/v2"
)

// fatalCase is a study that stops the run: the hand study with files
// written over it (a nil content removes the file).
type fatalCase struct {
	name  string
	files map[string][]byte
	id    []string // what stderr must say with the default language
	en    []string // and with --lang en
}

// runFatal runs sekat validate on the case in Bahasa Indonesia and in
// English and checks exit code 1 and the words of each.
func runFatal(t *testing.T, c fatalCase) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	for name, b := range c.files {
		if b == nil {
			os.Remove(filepath.Join(dir, name))
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"id", "en"} {
		args, want := []string{"validate", dir}, c.id
		if lang == "en" {
			args, want = append(args, "--lang", "en"), c.en
		}
		code, _, stderr := sekat(t, args...)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1; stderr %q", lang, code, stderr)
		}
		for _, w := range want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr does not say %q:\n%s", lang, w, stderr)
			}
		}
	}
}

// TestDuplicateColumnWorded: a column written twice in a header stops the
// run with a sentence in the user's language naming the file, the column,
// both positions and the fix.
func TestDuplicateColumnWorded(t *testing.T) {
	runFatal(t, fatalCase{
		name:  "duplicate column",
		files: map[string][]byte{"correspondence.csv": []byte("sent_at,sender,recipients,Recipients\n2025-01-10,p1,p3,p4\n")},
		id:    []string{`correspondence.csv: kolom "recipients" tercantum dua kali di baris judul (kolom ke-3 dan ke-4)`, "hapus atau ganti nama"},
		en:    []string{`correspondence.csv: column "recipients" at 3 and 4 of the header`, "remove or rename the other"},
	})
}

// TestParquetColumnTypeWorded: a Parquet column sekat reads whose type it
// cannot read (recipients as a list, an id as a nested group) stops the
// run with a sentence in the user's language naming the file, the column
// and the fix; the default Indonesian run gave the English detail alone.
func TestParquetColumnTypeWorded(t *testing.T) {
	type letter struct {
		SentAt     string   `parquet:"sent_at"`
		Sender     string   `parquet:"sender"`
		Recipients []string `parquet:"recipients,list"`
	}
	var list bytes.Buffer
	lw := parquet.NewGenericWriter[letter](&list)
	lw.Write([]letter{{"2025-01-10", "p1", []string{"p3", "p4"}}})
	lw.Close()
	type share struct {
		At       string `parquet:"at"`
		Provider string `parquet:"provider"`
		Consumer struct {
			ID string `parquet:"id"`
		} `parquet:"consumer"`
	}
	var nested bytes.Buffer
	nw := parquet.NewGenericWriter[share](&nested)
	nw.Write([]share{{At: "2025-03-01", Provider: "C"}})
	nw.Close()
	for _, c := range []fatalCase{
		{name: "list", files: map[string][]byte{"correspondence.csv": nil, "correspondence.parquet": list.Bytes()},
			id: []string{`berkas correspondence.parquet: kolom "recipients" bertipe Parquet yang tidak dapat dibaca sekat`, "simpan kolom itu sebagai teks", "rincian teknis (bahasa Inggris): correspondence.parquet column"},
			en: []string{`correspondence.parquet column "recipients": a repeated (list or map) column`, "joined with ';'"}},
		{name: "nested group", files: map[string][]byte{"data_sharing.csv": nil, "data_sharing.parquet": nested.Bytes()},
			id: []string{`berkas data_sharing.parquet: kolom "consumer" bertipe Parquet yang tidak dapat dibaca sekat`, "ekspor ulang tabelnya"},
			en: []string{`data_sharing.parquet column "consumer": a nested group`, "flatten it"}},
	} {
		t.Run(c.name, func(t *testing.T) { runFatal(t, c) })
	}
}

// TestMergedCellsWorded: a units workbook whose sector is merged over
// several units (as a list of OPDs by urusan is often laid out) stops the
// run with a sentence in the user's language naming the file, the sheet,
// the range, the column and the fix. Before, the units below the first of
// each range had no sector and each became a sector of its own, silently.
func TestMergedCellsWorded(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "OPD")
	f.SetSheetRow("OPD", "A1", &[]any{"unit_id", "name", "sector", "kind"})
	for i, r := range [][]any{{"A", "Dinas A", "s1", "internal"}, {"B", "Dinas B", "", ""}, {"C", "Badan C", "s2", "internal"}, {"D", "Setda D", "s3", "coordinator"}, {"E", "DPRD E", "s2", "external"}} {
		f.SetSheetRow("OPD", fmt.Sprintf("A%d", i+2), &r)
	}
	if err := f.MergeCell("OPD", "C2", "C3"); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	runFatal(t, fatalCase{
		name:  "merged sector",
		files: map[string][]byte{"units.csv": nil, "units.xlsx": b.Bytes()},
		id:    []string{`berkas units.xlsx, lembar "OPD": sel C2:C3 (kolom "sector") digabung`, "baris 2", "batalkan penggabungan sel itu"},
		en:    []string{`units.xlsx: sheet "OPD": cells C2:C3 (column "sector") are merged`, "unmerge them"},
	})
}

// TestMergedHeaderWorded: a letters workbook whose header takes two rows
// (Pengirim over NIP and Nama, Tanggal Surat merged down over both rows,
// as a register kept by hand is laid out) stops the run saying that the
// header takes several rows and to write one header row, in the user's
// language. Before, it was told to fill the column's name into every row
// of the range, which made the second row a repeated header.
func TestMergedHeaderWorded(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Surat")
	f.SetSheetRow("Surat", "A1", &[]any{"sent_at", "sender", "", "recipients", ""})
	f.SetSheetRow("Surat", "A2", &[]any{"", "NIP", "Nama", "NIP", "Nama"})
	f.SetSheetRow("Surat", "A3", &[]any{"2025-03-03 09:00", "p1", "Satu", "p2", "Dua"})
	for _, m := range [][2]string{{"A1", "A2"}, {"B1", "C1"}, {"D1", "E1"}} {
		if err := f.MergeCell("Surat", m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	runFatal(t, fatalCase{
		name:  "header of two rows",
		files: map[string][]byte{"correspondence.csv": nil, "correspondence.xlsx": b.Bytes()},
		id:    []string{`berkas correspondence.xlsx, lembar "Surat": sel A1:A2 (kolom "sent_at") digabung (merge) dari baris judul (baris 1) sampai baris 2`, "sekat membaca judul kolom satu baris", "hapus baris di bawahnya sampai baris 2"},
		en:    []string{`correspondence.xlsx: sheet "Surat": cells A1:A2 (column "sent_at") are merged from the header row (row 1) down to row 2`, "sekat reads a header of one row"},
	})
}

// TestFormulaWithoutValueWorded: a data-sharing workbook whose status is
// a formula stored without its value (a workbook written by a script, or
// saved without recalculation) stops the run with a sentence in the
// user's language naming the file, the sheet, the cell, the column and
// the fix. Before, the cell was read as empty: a denied request counted
// as granted, without a word.
func TestFormulaWithoutValueWorded(t *testing.T) {
	// E3, the status "denied", is left for the formula
	b := sharingWithFormula(t, 2, 4, "E3", `IF(F3="","denied","granted")`)
	runFatal(t, fatalCase{
		name:  "formula without value",
		files: map[string][]byte{"data_sharing.csv": nil, "data_sharing.xlsx": b},
		id:    []string{`berkas data_sharing.xlsx, lembar "Sheet1": sel E3 (kolom "status") berisi rumus tanpa nilainya`, "simpan lagi agar nilainya dihitung", "ekspor lembar itu sebagai CSV"},
		en:    []string{`data_sharing.xlsx: sheet "Sheet1": cell E3 (column "status") holds a formula without its value`, "save it again, so that the values are computed", "export the sheet as CSV"},
	})
}

// TestHeaderFormulaWithoutValueWorded: a data-sharing workbook whose
// header cell E1 is a formula stored without its value (="sta"&"tus", as a
// script writes it) stops the run naming the cell. Before, the header cell
// was read as empty: the status column was not read, and the denied
// requests counted as granted, without a word.
func TestHeaderFormulaWithoutValueWorded(t *testing.T) {
	// E1, the header "status", is left for the formula
	b := sharingWithFormula(t, 0, 4, "E1", `"sta"&"tus"`)
	runFatal(t, fatalCase{
		name:  "header formula without value",
		files: map[string][]byte{"data_sharing.csv": nil, "data_sharing.xlsx": b},
		id:    []string{`berkas data_sharing.xlsx, lembar "Sheet1": sel judul kolom E1 berisi rumus tanpa nilainya`, "ekspor lembar itu sebagai CSV"},
		en:    []string{`data_sharing.xlsx: sheet "Sheet1": header cell E1 holds a formula without its value`, "export the sheet as CSV"},
	})
}

// sharingWithFormula is the hand study's data_sharing.csv as a workbook
// whose cell at (row, col) of the records (0-based, the header row 0),
// named cell, holds formula stored without its value, as excelize writes
// a formula.
func sharingWithFormula(t *testing.T, row, col int, cell, formula string) []byte {
	t.Helper()
	f := excelize.NewFile()
	recs, err := csv.NewReader(strings.NewReader(readFile(t, "../../testdata/studies/hand/data_sharing.csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range recs {
		cells := make([]any, len(r))
		for j, v := range r {
			if i != row || j != col {
				cells[j] = v
			}
		}
		f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &cells)
	}
	if err := f.SetCellFormula("Sheet1", cell, formula); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestRenamedColumnMissingWorded: a column that study.yaml's columns:
// renames and the file lacks is named in the user's language with the
// name study.yaml gave it; the Indonesian message quoted the English
// `"nip (renamed from person_id in study.yaml)"`.
func TestRenamedColumnMissingWorded(t *testing.T) {
	for _, c := range []struct {
		yaml string
		id   string
		en   string
	}{
		{"columns:\n  people: {person_id: nip}\n",
			`people.csv: kolom wajib "nip" (nama kolom person_id menurut study.yaml) tidak ada`,
			`people.csv: missing column "nip" (renamed from person_id in study.yaml)`},
		{"columns:\n  people: {person_id: nip, unit_id: opd}\n",
			`people.csv: kolom wajib "nip" (nama kolom person_id menurut study.yaml), "opd" tidak ada`,
			`people.csv: missing columns "nip" (renamed from person_id in study.yaml), "opd"`},
	} {
		dir := handWithYAML(t, c.yaml)
		for lang, want := range map[string]string{"id": c.id, "en": c.en} {
			code, _, stderr := sekat(t, "validate", dir, "--lang", lang)
			if code != 1 || !strings.Contains(stderr, want) || lang == "id" && strings.Contains(stderr, "renamed") {
				t.Errorf("%s, --lang %s: exit %d; want 1 and %q:\n%s", c.yaml, lang, code, want, stderr)
			}
		}
	}
}

// TestHeaderRowRepeatedReason: a log file that repeats its header
// mid-file (monthly exports joined with their headers) has that row named
// in a warning, with its line, and neither read nor rejected: it was
// rejected with a reason that said so (and before that "invalid time;
// use YYYY-MM-DD..." of the value "sent_at"), and counted against the
// reject rate as bad data. A time column renamed in study.yaml is
// recognised by the file's name for it.
func TestHeaderRowRepeatedReason(t *testing.T) {
	plain := handCopy(t, map[string]string{
		"correspondence.csv": "sent_at,sender,recipients,cc,message_id\n2025-04-01 09:00,p1,p2,,m9\n",
		"meetings.csv":       "Meeting_ID,START,attendee,organizer,title\n",
	}, nil)
	renamed := handCopy(t, nil, map[string]string{
		"data_sharing.csv": "tanggal,provider,consumer\n2025-03-01,C,A\ntanggal,provider,consumer\n2025-03-02,C,B\n",
		"study.yaml":       "columns: {data_sharing: {at: tanggal}}\n",
	})
	for _, c := range []struct {
		study string
		lang  string
		want  []string
	}{
		{plain, "id", []string{"correspondence.csv: baris judul, yaitu nama-nama kolom, terulang di bawahnya, pada baris 8,", "meetings.csv: baris judul, yaitu nama-nama kolom, terulang di bawahnya, pada baris 13,"}},
		{plain, "en", []string{"correspondence.csv: the header, the column names, is repeated below it, at line 8,", "meetings.csv: the header, the column names, is repeated below it, at line 13,"}},
		{renamed, "id", []string{"data_sharing.csv: baris judul, yaitu nama-nama kolom, terulang di bawahnya, pada baris 3,"}},
	} {
		code, stdout, stderr := sekat(t, "validate", c.study, "--lang", c.lang)
		for _, w := range c.want {
			if !strings.Contains(stdout+stderr, w) {
				t.Errorf("--lang %s: output lacks %q:\n%s%s", c.lang, w, stdout, stderr)
			}
		}
		if code != 0 || strings.Contains(stdout+stderr, " 1 ditolak") || strings.Contains(stdout+stderr, " 1 rejected") || strings.Contains(stdout+stderr, "mengulang baris judul") || strings.Contains(stdout+stderr, "repeats the header") {
			t.Errorf("--lang %s: exit %d; the header row is rejected:\n%s%s", c.lang, code, stdout, stderr)
		}
	}
}

// TestSignatureBlockWarned: an attendance list with a totals row and a
// signature block under it (Mengetahui, the office, a name, a NIP) has
// them named in a warning, in the user's language, with their lines, and
// passes --max-reject-rate 0: they were six rejected rows of "missing
// value", which failed the run. The NIP is not shown.
func TestSignatureBlockWarned(t *testing.T) {
	study := handCopy(t, map[string]string{
		"meetings.csv": ",,,,\nJumlah,,8 orang,,\n,,\"Bandung, 10 Februari 2025\",,\n,,Mengetahui,,\n,,Kepala Bagian Organisasi,,\n,,\"Drs. Budi Santoso, M.Si\",,\n,,NIP. 19700101 199503 1 001,,\n",
	}, nil)
	for lang, want := range map[string]string{
		"id": `meetings.csv, di akhir berkas (baris 14 sampai 19): blok tanda tangan atau baris jumlah di bawah tabel ("Jumlah")`,
		"en": `meetings.csv, at the end of the file (from line 14 to line 19): a signature block or a totals row under the table ("Jumlah")`,
	} {
		code, stdout, stderr := sekat(t, "validate", study, "--lang", lang)
		if code != 0 || !strings.Contains(stderr, want) || strings.Contains(stdout+stderr, "19700101") {
			t.Errorf("--lang %s: exit %d; want 0 and %q, without the NIP:\n%s%s", lang, code, want, stdout, stderr)
		}
	}
	analyzeOK(t, "analyze", study, "--max-reject-rate", "0", "--out", filepath.Join(t.TempDir(), "out"), "-q")
	// a totals row alone is said to be one line, not "lines 14 to 14"
	study = handCopy(t, map[string]string{"meetings.csv": "Total,,8,,\n"}, nil)
	want := `meetings.csv, di akhir berkas (baris 13): baris jumlah atau baris tanda tangan di bawah tabel ("Total")`
	if code, stdout, stderr := sekat(t, "validate", study); code != 0 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d; want 0 and %q:\n%s%s", code, want, stdout, stderr)
	}
}

// TestHeaderRowRepeatedTables: the header repeated in the units table
// (without a kind column, which caught it as a bad kind) was read as a
// unit "unit_id" of sector "sector", an isolated node that changed the
// network's size and density without a word, and the people table's as a
// person "person_id" of it. Both rows are now named as the header, in a
// warning, and are neither units nor people nor rejected rows.
func TestHeaderRowRepeatedTables(t *testing.T) {
	study := handCopy(t, nil, map[string]string{
		"units.csv":  "unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nUNIT_ID,Name,Sector\nC,Badan C,s2\nD,Setda D,s3\nE,DPRD E,s2\n",
		"people.csv": "person_id,unit_id,name\np1,A,Satu\np2,A,Dua\nperson_id,unit_id,name\np3,B,Tiga\np4,C,Empat\np5,D,Lima\n",
	})
	_, stdout, stderr := sekat(t, "validate", study)
	for _, w := range []string{"units.csv: baris judul, yaitu nama-nama kolom, terulang di bawahnya, pada baris 4,", "people.csv: baris judul, yaitu nama-nama kolom, terulang di bawahnya, pada baris 4,",
		"units.csv                               5 baris, 0 ditolak", "people.csv                              5 baris, 0 ditolak"} {
		if !strings.Contains(stdout+stderr, w) {
			t.Errorf("output lacks %q:\n%s%s", w, stdout, stderr)
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	sekat(t, "analyze", study, "--max-reject-rate", "0.5", "--out", out, "-q")
	if units := readFile(t, filepath.Join(out, "units.csv")); strings.Contains(strings.ToLower(units), "\nunit_id,") {
		t.Errorf("the repeated header is a unit of the network:\n%s", units)
	}
}

// TestNIPFloatDamage: a people table whose 18-digit NIPs went through
// floating-point numbers (JavaScript's JSON.stringify writes
// 197201062001032248 as 197201062001032260) stops the run, naming the
// first and how many, in both languages: such ids keep 15 to 17 digits,
// so different people may share one, and none ends in 000 for the rule
// of Excel's damage to catch. The same NIPs written exactly pass.
func TestNIPFloatDamage(t *testing.T) {
	people := func(float bool) string {
		var b strings.Builder
		b.WriteString(readFile(t, "../../testdata/studies/hand/people.csv"))
		for i := range 30 {
			nip := int64(197201062001032001) + int64(i)*1000003
			id := strconv.FormatInt(nip, 10)
			if float {
				id = strconv.FormatFloat(float64(nip), 'f', -1, 64)
			}
			fmt.Fprintf(&b, "%s,A,Pegawai %d,Staf,,\n", id, i)
		}
		return b.String()
	}
	exact := handCopy(t, nil, map[string]string{"people.csv": people(false)})
	if code, _, e := sekat(t, "validate", exact); code != 0 {
		t.Fatalf("exact NIPs: exit %d: %s", code, e)
	}
	damaged := handCopy(t, nil, map[string]string{"people.csv": people(true)})
	first := strconv.FormatFloat(float64(197201062001032001), 'f', -1, 64)
	for lang, want := range map[string]string{
		"id": `people.csv baris 8 kolom person_id: "` + first + `" adalah yang pertama dari 30 di antara 30 id 18–19 angka yang tertulis seperti bilangan pecahan`,
		"en": `people.csv line 8 column person_id: "` + first + `" is the first of 30 of the 30 ids of 18 or 19 digits written as a floating-point number prints itself`,
	} {
		code, _, e := sekat(t, "validate", damaged, "--lang", lang)
		if code != 1 || !strings.Contains(e, want) {
			t.Errorf("%s: exit %d, %q; want 1 and %q", lang, code, e, want)
		}
	}
}

// TestNDJSONReasonsWorded: an NDJSON row rejected for a nested value or
// a key written twice says so in Bahasa Indonesia too; it said "baris
// rusak (tanda kutip atau JSON tidak lengkap)", a broken quote or JSON,
// of rows whose JSON is sound, while the English reason named the cause.
func TestNDJSONReasonsWorded(t *testing.T) {
	letters := `{"sent_at": "2025-01-10 09:00", "sender": "p1", "recipients": ["p3", "p4"]}
{"sent_at": "2025-01-11 09:00", "sender": {"id": "p1"}, "recipients": "p2"}
{"sent_at": "2025-01-12 09:00", "sender": "p1", "recipients": [["p3"]]}
{"sent_at": "2025-01-13 09:00", "sender": "p1", "Sender": "p2", "recipients": "p3"}
`
	runReasons := func(lang string) string {
		dir := handCopy(t, nil, map[string]string{"correspondence.ndjson": letters})
		os.Remove(filepath.Join(dir, "correspondence.csv"))
		_, stdout, stderr := sekat(t, "validate", dir, "--lang", lang)
		return stdout + stderr
	}
	for lang, want := range map[string][]string{
		"id": {
			"correspondence.ndjson baris 2 kolom sender: nilai kolom ini berupa objek JSON",
			"correspondence.ndjson baris 3 kolom recipients: nilai kolom ini berupa objek JSON (atau daftar yang memuat objek atau daftar)",
			"correspondence.ndjson baris 4 kolom sender: kunci kolom ini tertulis dua kali dalam satu objek JSON",
		},
		"en": {
			`line 2 column sender: the value of "sender" is an object`,
			`line 3 column recipients: the array in "recipients" holds an object or array`,
			`line 4 column sender: key "sender" written twice in this object`,
		},
	} {
		got := runReasons(lang)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: output lacks %q:\n%s", lang, w, got)
			}
		}
		if strings.Contains(got, msg(lang, "reason.malformed")) {
			t.Errorf("%s: a sound JSON row is called broken:\n%s", lang, got)
		}
	}
}

// TestFatalFileErrorsWorded: a file that is cut off or damaged, or is not
// a table of the format its name gives, stops the run with a headline in
// the user's language that names the file and the fix, the English detail
// below it; so does an output folder that cannot be made. These gave
// English only before.
func TestFatalFileErrorsWorded(t *testing.T) {
	meetings := readFile(t, "../../testdata/studies/hand/meetings.csv")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(meetings))
	zw.Close()
	type unit struct {
		ID string `parquet:"unit_id"`
	}
	var pq bytes.Buffer
	pw := parquet.NewGenericWriter[unit](&pq)
	pw.Write([]unit{{"A"}, {"B"}, {"C"}, {"D"}, {"E"}})
	pw.Close()
	// the lines of the cut gzip file read whole: the line ends of what
	// compress/gzip gives of it before its error
	cut := gz.Bytes()[:gz.Len()-12]
	zr, err := gzip.NewReader(bytes.NewReader(cut))
	if err != nil {
		t.Fatal(err)
	}
	prefix, err := io.ReadAll(zr)
	if err == nil {
		t.Fatal("the cut gzip file reads whole")
	}
	whole := bytes.Count(prefix, []byte("\n"))
	pqCut := pq.Bytes()[:pq.Len()/2]
	long := "sent_at,sender,recipients\n2025-01-10,p1," + strings.Repeat("x", 17<<20) + "\n"
	wide := strings.Repeat("c,", 5000) + "c\n"
	damagedID := func(f string) []string {
		return []string{"berkas " + f + " rusak atau terpotong", "salin atau ekspor ulang"}
	}
	notTableID := func(f string) []string {
		return []string{"berkas " + f + " tampaknya bukan tabel", "ekspor ulang", "rincian teknis (bahasa Inggris): " + f}
	}
	for _, c := range []fatalCase{
		// a file cut off says the last line read whole (it said only
		// "read: the gzip data stops before its end")
		{name: "gzip cut off", files: map[string][]byte{"meetings.csv": nil, "meetings.csv.gz": cut},
			id: []string{fmt.Sprintf("berkas meetings.csv.gz terpotong sesudah baris %d, baris terakhir yang terbaca utuh", whole), "salin atau ekspor ulang"},
			en: []string{fmt.Sprintf("meetings.csv.gz: cut off after line %d, the last line read whole", whole), "the gzip data stops before its end", "copy or export it again"}},
		// an empty .gz, or one cut within its header, is damaged: it was
		// called "not a table of its format" (a row over 16 MiB, ...)
		{name: "gzip empty", files: map[string][]byte{"meetings.csv": nil, "meetings.csv.gz": {}},
			id: damagedID("meetings.csv.gz"), en: []string{"meetings.csv.gz: the file is empty (0 bytes)", "export or copy it again"}},
		{name: "gzip cut in its header", files: map[string][]byte{"meetings.csv": nil, "meetings.csv.gz": gz.Bytes()[:5]},
			id: damagedID("meetings.csv.gz"), en: []string{"meetings.csv.gz: the gzip data stops within its header", "copy or export it again"}},
		// a Parquet file cut off has lost its footer, and says so (it
		// said "not a readable parquet file: no PAR1 magic bytes")
		{name: "parquet cut off", files: map[string][]byte{"units.csv": nil, "units.parquet": pqCut},
			id: []string{fmt.Sprintf("berkas units.parquet terpotong: isinya berhenti sesudah %d bita data Parquet dan tidak memiliki footer", len(pqCut)), "tidak satu baris pun dapat dibaca", "salin atau ekspor ulang"},
			en: []string{fmt.Sprintf("units.parquet: cut off: the file stops after %d bytes of Parquet and the footer", len(pqCut)), "is missing", "copy or export it again"}},
		{name: "empty workbook", files: map[string][]byte{"units.csv": nil, "units.xlsx": {}},
			id: damagedID("units.xlsx"), en: []string{"units.xlsx: the file is empty (0 bytes)", "export or copy the workbook again"}},
		{name: "record over 16 MiB", files: map[string][]byte{"correspondence.csv": []byte(long)},
			id: notTableID("correspondence.csv"), en: []string{"correspondence.csv line 2: a record longer than 16 MiB", "export the table again"}},
		{name: "over 4,096 columns", files: map[string][]byte{"data_sharing.csv": []byte(wide)},
			id: notTableID("data_sharing.csv"), en: []string{"data_sharing.csv line 1: more than 4096 columns", "check the delimiter"}},
	} {
		t.Run(c.name, func(t *testing.T) { runFatal(t, c) })
	}
	// an output folder that is a file is refused as the --out typed
	// (exit 2, TestOutFileOnPath); it failed at its mkdir, exit 1
	t.Run("output folder is a file", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "hasil.txt")
		os.WriteFile(out, nil, 0o644)
		for _, lang := range []string{"id", "en"} {
			code, _, stderr := sekat(t, "analyze", "../../testdata/studies/hand", "--out", out, "--lang", lang)
			if want := msg(lang, "out.isFile", "--out", out, "--out"); code != exitUsage || !strings.Contains(stderr, want) {
				t.Errorf("%s: exit %d, stderr %q; want 2 and %q", lang, code, stderr, want)
			}
		}
	})
}

// TestBadValueReasons: the reasons of rows rejected for kind, status and
// valid_to say what is allowed in both languages (the Indonesian said
// only "nilai tidak sah" before), and a spell that ends when it starts is
// "not after" its start in English (it said "before").
func TestBadValueReasons(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"correspondence.csv", "meetings.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "units.csv"), []byte(readFile(t, "../../testdata/studies/hand/units.csv")+"F,Dinas F,s1,luar\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "people.csv"), []byte(readFile(t, "../../testdata/studies/hand/people.csv")+"p9,A,Sembilan,Staf,2025-01-01 08:00,2025-01-01 08:00\np10,ZZZ,Sepuluh,Staf,,\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "data_sharing.csv"), []byte(readFile(t, "../../testdata/studies/hand/data_sharing.csv")+"2025-03-01,A,B,x,tolak,\n"), 0o644)
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"id", []string{
			`units.csv baris 7 kolom kind: jenis unit tidak dikenal; tulis internal, coordinator (koordinator) atau external (eksternal), huruf besar atau kecil sama saja, atau kosongkan untuk internal ["luar"]`,
			`people.csv baris 8 kolom valid_to: valid_to tidak sesudah valid_from; masa tugas harus berakhir sesudah dimulai (tanggal akhir tanpa jam mencakup seluruh hari itu): perbaiki valid_from atau valid_to`,
			// a spell's unit is looked up in the units table only (it said "people or units")
			`people.csv baris 9 kolom unit_id: unit tidak ada di tabel units; tambahkan unit itu ke sana atau perbaiki id-nya ["ZZZ"]`,
			`kolom status: status tidak dikenal; tulis granted (disetujui, diberikan, approved), denied (ditolak, rejected, declined, refused) atau pending (menunggu, diproses, waiting), huruf besar atau kecil sama saja, atau kosongkan untuk granted ["tolak"]`,
		}},
		{"en", []string{
			`units.csv line 7 column kind: kind must be internal, coordinator (koordinator) or external (eksternal), in any case, or empty for internal ["luar"]`,
			`people.csv line 8 column valid_to: valid_to is not after valid_from; a spell must end after it starts (an end date without a time counts its whole day): correct valid_from or valid_to`,
			`column status: status must be granted (disetujui, diberikan, approved), denied (ditolak, rejected, declined, refused) or pending (menunggu, diproses, waiting), in any case, or empty for granted ["tolak"]`,
		}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			_, stdout, stderr := sekat(t, "validate", dir, "--show", "30", "--lang", c.lang)
			for _, w := range c.want {
				if !strings.Contains(stdout+stderr, w) {
					t.Errorf("validate does not say %q:\n%s%s", w, stdout, stderr)
				}
			}
		})
	}
}

// TestStudyYAMLWholeNumber: circular_units, max_meeting_size and
// min_group take a whole number in plain decimals; 2.5 (read as 2
// before), "3" (a raw yaml.v3 error before), 010 (read as 8) and 3_0 (read
// as 30) are refused naming the key and the line, in both languages.
func TestStudyYAMLWholeNumber(t *testing.T) {
	for _, c := range []struct {
		name, yaml, id, en string
	}{
		{"a fraction", "thresholds:\n  circular_units: 2.5\n",
			`study.yaml baris 2: thresholds.circular_units berisi teks "2.5", seharusnya bilangan bulat tanpa tanda kutip, mis. 4`,
			`study.yaml line 2: thresholds.circular_units holds the text "2.5", but it must be a whole number without quotes, e.g. 4`},
		{"in quotes", "thresholds:\n  max_meeting_size: \"3\"\n",
			`study.yaml baris 2: thresholds.max_meeting_size berisi teks "3", seharusnya bilangan bulat`,
			`study.yaml line 2: thresholds.max_meeting_size holds the text "3", but it must be a whole number`},
		// YAML reads 010 as 8 (octal): the privacy floor would be lower
		// than written (the input review found it)
		{"a leading zero", "privacy:\n  min_group: 010\n",
			`study.yaml baris 2: privacy.min_group berisi teks "010", seharusnya bilangan bulat`,
			`study.yaml line 2: privacy.min_group holds the text "010", but it must be a whole number`},
		{"an underscore", "thresholds:\n  circular_units: 3_0\n",
			`study.yaml baris 2: thresholds.circular_units berisi teks "3_0", seharusnya bilangan bulat`,
			`study.yaml line 2: thresholds.circular_units holds the text "3_0", but it must be a whole number`},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range []string{"units.csv", "people.csv", "correspondence.csv"} {
				os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
			}
			os.WriteFile(filepath.Join(dir, "study.yaml"), []byte(c.yaml), 0o644)
			for lang, want := range map[string]string{"id": c.id, "en": c.en} {
				code, _, stderr := sekat(t, "validate", dir, "--lang", lang)
				if code == 0 || !strings.Contains(stderr, want) {
					t.Errorf("%s: exit %d, stderr %q; want %q", lang, code, stderr, want)
				}
			}
		})
	}
}

// TestMissingColumnWorded: a missing column is said in the user's
// language with the file, the column, the line the header was read from
// and the columns found; a workbook named .csv is said to be one.
func TestMissingColumnWorded(t *testing.T) {
	runFatal(t, fatalCase{
		name:  "header on line 2",
		files: map[string][]byte{"meetings.csv": []byte("\nmeeting_id,attendee\nM1,p1\n")},
		id:    []string{`meetings.csv: kolom wajib "start" tidak ada di baris judul (dibaca dari baris 2); kolom yang ditemukan: meeting_id, attendee`, "hapus baris-baris di atasnya"},
		en:    []string{`meetings.csv: missing column "start" in the header, read from line 2; found: meeting_id, attendee`, "remove the rows above the header"},
	})
	// A first line that only looks like Excel's "sep=," line (sekat
	// reads exactly "sep=X" as the delimiter's declaration, see
	// TestExcelSepLineRead) is still refused with its fix.
	runFatal(t, fatalCase{
		name:  "Excel sep line in upper case",
		files: map[string][]byte{"meetings.csv": []byte("SEP=,\n" + readFile(t, "../../testdata/studies/hand/meetings.csv"))},
		id:    []string{"baris 1 adalah baris sep=... yang ditulis Excel untuk menyebut pemisah kolom: hapus baris itu"},
		en:    []string{"line 1 is the line sep=... that Excel writes to name the delimiter: remove it"},
	})
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(readFile(t, "../../testdata/studies/hand/meetings.csv")))
	zw.Close()
	runFatal(t, fatalCase{
		name:  "gzip named .csv",
		files: map[string][]byte{"meetings.csv": b.Bytes()},
		id:    []string{`meetings.csv bukan tabel teks; berkas ini berisi data gzip, bukan teks: beri nama meetings.csv.gz`},
		en:    []string{"the file holds gzip data, not text: name it meetings.csv.gz"},
	})
	// Random bytes were told the advice for lines ending in a lone CR
	// (QA of session 31); an .xls under a .csv name got a stray
	// "%!(EXTRA string=)" in Bahasa Indonesia.
	junk := make([]byte, 8192)
	for i := range junk {
		junk[i] = byte(i*131 + i*i*7 + 13)
	}
	runFatal(t, fatalCase{
		name:  "binary named .csv",
		files: map[string][]byte{"meetings.csv": junk},
		id:    []string{`meetings.csv bukan tabel teks; berkas ini berisi data biner, bukan teks`, "ekspor ulang tabelnya sebagai CSV UTF-8"},
		en:    []string{"the file holds binary data, not text", "export the table again as CSV UTF-8"},
	})
	runFatal(t, fatalCase{
		name:  "xls named .csv",
		files: map[string][]byte{"meetings.csv": []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1junk")},
		id:    []string{`meetings.csv bukan tabel teks; berkas ini adalah buku kerja .xls (atau buku kerja berkata sandi), bukan teks: simpan di Excel sebagai .xlsx tanpa kata sandi, atau sebagai CSV` + "\n"},
		en:    []string{"the file is an .xls workbook (or a password-protected one), not text"},
	})
}

// TestExcelSepLineRead: Excel's first line "sep=;" (or "sep=,"), which
// declares the delimiter, is read as that and skipped, and the lines
// named in messages are still the file's. Before, validate refused the
// file, saying to remove the line (hostile-input review, session 23).
func TestExcelSepLineRead(t *testing.T) {
	study := handStudy(t)
	meetings := strings.ReplaceAll(readFile(t, filepath.Join(study, "meetings.csv")), ",", ";")
	writeStudyFile(t, study, "meetings.csv", []byte("sep=;\r\n"+strings.ReplaceAll(meetings, "\n", "\r\n")+"M9;2025-02-30 09:00;p1;p1;Rapat\r\n"))
	for lang, want := range map[string][2]string{
		"en": {"meetings.csv line 14 column start", "12 rows, 1 rejected"},
		"id": {"meetings.csv baris 14 kolom start", "12 baris, 1 ditolak"},
	} {
		_, stdout, stderr := sekat(t, "validate", study, "--lang", lang)
		if out := stdout + stderr; !strings.Contains(out, want[0]) || !strings.Contains(out, want[1]) || strings.Contains(out, "sep=") {
			t.Errorf("%s: validate does not read the 12 meeting rows and reject line 14 (%q, %q):\n%s", lang, want[0], want[1], out)
		}
	}
}

// TestSepLineDelimiterMismatchWorded: a first line "sep=;" above a header
// whose names are separated by commas (the line copied from another file)
// is read as Excel reads it, one column; the run stops saying that line 1
// declares ';' while the names are separated by ',', and how to fix it.
// Before, it said the column "sent_at" was missing while listing
// "sent_at,sender,..." as found, and to remove a title above the table.
func TestSepLineDelimiterMismatchWorded(t *testing.T) {
	letters := readFile(t, "../../testdata/studies/hand/correspondence.csv")
	runFatal(t, fatalCase{
		name:  "sep=; above a comma header",
		files: map[string][]byte{"correspondence.csv": []byte("sep=;\n" + letters)},
		id:    []string{"baris 1 (sep=;) menyatakan pemisah kolom ;, padahal nama-nama kolom di baris 2 dipisah dengan ,: ubah baris 1 menjadi sep=, atau hapus baris itu"},
		en:    []string{"line 1 (sep=;) declares the delimiter ;, but the column names on line 2 are separated by ,: change line 1 to sep=, or remove it"},
	})
	// sekat pairs reads the header through Layout, and says the same
	study := handStudy(t)
	writeStudyFile(t, study, "correspondence.csv", []byte("sep=;\n"+letters))
	_, _, stderr := sekat(t, "pairs", study, "--out", filepath.Join(t.TempDir(), "p.sql"), "--lang", "en")
	if !strings.Contains(stderr, "line 1 (sep=;) declares the delimiter ;, but the column names on line 2 are separated by ,") {
		t.Errorf("pairs: %s; want the sep line's delimiter named", stderr)
	}
}

// TestTitleAboveHeaderWorded: an export with a title and a period above
// its table (as office systems write them) stops the run naming the line
// below that holds the table's column names, and the lines to remove;
// when those names are the export's own (Tanggal, Pengirim), the
// study.yaml mapping for them is suggested too. Before, the message only
// said to remove rows "if" the header was not on line 1, and suggested
// nothing, since the title line holds no known name. sekat pairs, which
// reads the header through Layout, says the same.
func TestTitleAboveHeaderWorded(t *testing.T) {
	letters := readFile(t, "../../testdata/studies/hand/correspondence.csv")
	header, rows, _ := strings.Cut(letters, "\n")
	runFatal(t, fatalCase{
		name:  "title above the contract's names",
		files: map[string][]byte{"correspondence.csv": []byte("REKAPITULASI SURAT KELUAR\nTahun Anggaran 2025\n\n" + letters)},
		id:    []string{"baris 4 di bawahnya memuat nama-nama kolom tersebut, di bawah sebuah judul: hapus baris-baris di atas baris 4, lalu jalankan sekat lagi"},
		en:    []string{"line 4 below holds these column names, under a title: remove the lines above line 4, then run sekat again"},
	})
	own := strings.NewReplacer("sent_at", "Tanggal Kirim", "sender", "Pengirim", "recipients", "Penerima").Replace(header)
	runFatal(t, fatalCase{
		name:  "title above the export's names",
		files: map[string][]byte{"correspondence.csv": []byte("LAPORAN SURAT KELUAR,,\n" + own + "\n" + rows)},
		id:    []string{"baris 2 di bawahnya memuat nama-nama kolom tersebut", "tambahkan ke study.yaml: columns: {correspondence: {sent_at: Tanggal Kirim, sender: Pengirim, recipients: Penerima}}"},
		en:    []string{"line 2 below holds these column names", "add to study.yaml: columns: {correspondence: {sent_at: Tanggal Kirim, sender: Pengirim, recipients: Penerima}}"},
	})
	study := handStudy(t)
	writeStudyFile(t, study, "correspondence.csv", []byte("REKAPITULASI SURAT KELUAR\n"+letters))
	_, _, stderr := sekat(t, "pairs", study, "--out", filepath.Join(t.TempDir(), "p.sql"), "--lang", "en")
	if !strings.Contains(stderr, "line 2 below holds these column names, under a title: remove the lines above line 2") {
		t.Errorf("pairs: %s; want the line of the header named", stderr)
	}
}

// TestTitleAboveCRLinesWorded: the hand study's correspondence.csv with
// a title above its header and every line ended by a lone CR, as Excel for
// Mac's "CSV (Macintosh)" writes it, is told in the user's language on
// which line its header is and that its lines end with a lone CR, with
// how to save it again; validate and pairs alike. It got the general
// advice about a title ("if the header is not on line 1").
func TestTitleAboveCRLinesWorded(t *testing.T) {
	letters := readFile(t, "../../testdata/studies/hand/correspondence.csv")
	cr := []byte(strings.ReplaceAll("Rekap Surat Dinas 2025\n\n"+letters, "\n", "\r"))
	runFatal(t, fatalCase{
		name:  "title above a CR-lines table",
		files: map[string][]byte{"correspondence.csv": cr},
		id: []string{"baris 3 di bawahnya memuat nama-nama kolom tersebut, di bawah sebuah judul: hapus baris-baris di atas baris 3",
			"baris-baris berkas ini diakhiri CR saja", `simpan ulang berkas di Excel sebagai "CSV UTF-8 (Comma delimited)"`},
		en: []string{"line 3 below holds these column names, under a title: remove the lines above line 3",
			"the file's lines end with a lone CR", `save it again in Excel as "CSV UTF-8 (Comma delimited)"`},
	})
	study := handStudy(t)
	writeStudyFile(t, study, "correspondence.csv", cr)
	_, _, stderr := sekat(t, "pairs", study, "--out", filepath.Join(t.TempDir(), "p.sql"), "--lang", "en")
	for _, w := range []string{"line 3 below holds these column names", "the file's lines end with a lone CR"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("pairs: %s; want %q", stderr, w)
		}
	}
	// A .tsv is not told to be saved as Excel's "CSV UTF-8 (Comma
	// delimited)": that writes a .csv beside it, a second file of the
	// table, separated otherwise.
	study = handStudy(t)
	if err := os.Remove(filepath.Join(study, "correspondence.csv")); err != nil {
		t.Fatal(err)
	}
	writeStudyFile(t, study, "correspondence.tsv", []byte(strings.ReplaceAll(string(cr), ",", "\t")))
	for lang, want := range map[string]string{"id": "simpan ulang berkas di penyunting teks dengan akhir baris LF atau CRLF", "en": "save it again in a text editor with LF or CRLF line ends"} {
		_, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if !strings.Contains(stderr, "baris 3 di bawahnya") && !strings.Contains(stderr, "line 3 below") || !strings.Contains(stderr, want) || strings.Contains(stderr, "CSV UTF-8") {
			t.Errorf("validate, a CR-lines .tsv (%s): %s; want %q and no CSV UTF-8", lang, stderr, want)
		}
	}
}

// TestPairsSepLineEndsRefused: a correspondence.csv whose Excel line
// "sep=;" ends with CRLF above lines that end with LF (the line typed in an
// editor that writes CRLF) is read by analyze (see TestExcelSepLineRead),
// but sekat pairs refuses it
// for the DuckDB text, naming the file and the fix. Before, the text was
// written with skip = 1, and DuckDB, taking the file's line end from its
// first line, read no letter, without an error: pairs --run and analyze
// --pairs gave a network without the correspondence layer.
func TestPairsSepLineEndsRefused(t *testing.T) {
	study := handStudy(t)
	letters := strings.ReplaceAll(readFile(t, filepath.Join(study, "correspondence.csv")), ",", ";")
	writeStudyFile(t, study, "correspondence.csv", []byte("sep=;\r\n"+letters))
	for lang, want := range map[string]string{
		"en": "correspondence.csv: its first line, Excel's sep=;, ends its line unlike the lines below it",
		"id": "correspondence.csv: baris pertamanya, baris sep=; dari Excel, berakhir dengan akhir baris yang berbeda",
	} {
		code, _, stderr := sekat(t, "pairs", study, "--out", filepath.Join(t.TempDir(), "p.sql"), "--lang", lang)
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: pairs: exit %d, stderr %q; want a refusal saying %q", lang, code, stderr, want)
		}
	}
}

// TestWarningsPrefixed: every warning line on stderr starts with
// "sekat: " and the word for warning, as docs/inputs.md says: the
// analysis warnings (here: no sector of two units) lacked the prefix.
func TestWarningsPrefixed(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "units.csv"), []byte("unit_id,name\nA,a\nB,b\nC,c\nD,d\nE,e\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "correspondence_copy.csv"), []byte(readFile(t, "../../testdata/studies/hand/correspondence.csv")), 0o644)
	for lang, word := range map[string]string{"id": "peringatan: ", "en": "warning: "} {
		code, _, stderr := sekat(t, "analyze", dir, "--out", t.TempDir(), "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, stderr)
		}
		n := 0
		for _, line := range strings.Split(stderr, "\n") {
			if strings.Contains(line, word) {
				n++
				if !strings.HasPrefix(line, "sekat: "+word) {
					t.Errorf("%s: a warning without the prefix: %q", lang, line)
				}
			}
		}
		if n < 2 { // the copy (ingest) and the sectors (analysis)
			t.Errorf("%s: %d warnings, want 2:\n%s", lang, n, stderr)
		}
	}
}

// TestWindowMixedReversed: a --to before study.yaml's window from is
// refused as a reversed window, naming where the bounds come from;
// before, the run went on and warned that no event was in the window
// (the input review).
func TestWindowMixedReversed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	copyDir(t, "../../testdata/studies/hand", dir)
	if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("window: {from: 2025-07-01}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := sekat(t, "analyze", dir, "--to", "2025-03-01", "--out", filepath.Join(t.TempDir(), "o"))
	if want := msg("id", "badWindowMixed", "2025-03-01 00:00", "2025-07-01 00:00"); code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, want)
	}
}

// TestMistypedYear: one letter dated 2205 for 2025 among a year of rows
// is warned of (validate), and a window stretched past 50 years by a date
// typed 9999 stops compare, trend and evaluate with the fix, before weekly
// blocks over eight millennia fill the memory (review C of session 14:
// trend ran 2 minutes to 2.2 GB and was killed).
func TestMistypedYear(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(study, "correspondence.csv")
	b := readFileBytes(t, path)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	last := strings.Split(lines[len(lines)-1], ",")
	last[0], last[1] = "SRT-TYPO", "2205-01-10 09:00:00"
	writeStudyFile(t, study, "correspondence.csv", append(b, []byte(strings.Join(last, ",")+"\n")...))
	code, _, stderr := sekat(t, "validate", study, "--lang", "en")
	if want := "1 correspondence row is dated 2205-01-10 to 2205-01-10, more than a year after all its other rows"; code != 0 || !strings.Contains(stderr, want) {
		t.Errorf("validate: exit %d, stderr lacks %q:\n%s", code, want, stderr)
	}
	last[1] = "9999-12-31 09:00:00"
	writeStudyFile(t, study, "correspondence.csv", append(b, []byte(strings.Join(last, ",")+"\n")...))
	for _, lang := range []string{"id", "en"} {
		code, _, stderr := sekat(t, "trend", study, "--every", "month", "--out", filepath.Join(t.TempDir(), "t"), "--lang", lang, "-q")
		want := map[string]string{"id": "lebih panjang dari 50 tahun", "en": "is longer than 50 years"}[lang]
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("trend %s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
}

// TestEmptyUnitsTable: a units table of a header alone stops the run
// saying so (review C of session 14: every log row was rejected as
// unknown instead), and a 0-byte table file is said to be empty.
func TestEmptyUnitsTable(t *testing.T) {
	study := handStudy(t)
	units := readFile(t, filepath.Join(study, "units.csv"))
	writeStudyFile(t, study, "units.csv", []byte(units[:strings.Index(units, "\n")+1]))
	code, _, stderr := sekat(t, "validate", study, "--lang", "en")
	if want := "units.csv: the units table holds no row, only its header"; code == 0 || !strings.Contains(stderr, want) {
		t.Errorf("header only: exit %d, stderr lacks %q:\n%s", code, want, stderr)
	}
	writeStudyFile(t, study, "units.csv", nil)
	code, _, stderr = sekat(t, "validate", study)
	if want := "units.csv kosong (0 bita): ekspor ulang tabelnya"; code == 0 || !strings.Contains(stderr, want) {
		t.Errorf("0 bytes: exit %d, stderr lacks %q:\n%s", code, want, stderr)
	}
}

// TestSerialWarningColumns: Excel serials in two time columns of one file
// are warned of naming both columns (review C of session 14: "column
// valid_to: 2 values" where one was in valid_from).
func TestSerialWarningColumns(t *testing.T) {
	study := handStudy(t)
	people := readFile(t, filepath.Join(study, "people.csv"))
	people = strings.Replace(people, "p3,B,Tiga,Staf,2024-01-01,", "p3,B,Tiga,Staf,45292,", 1)
	people = strings.Replace(people, "p1,A,Satu,Kepala,,", "p1,A,Satu,Kepala,,46387", 1)
	writeStudyFile(t, study, "people.csv", []byte(people))
	_, _, stderr := sekat(t, "validate", study, "--lang", "en")
	if want := "people.csv column valid_to, valid_from: 2 values are Excel serial numbers"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
}

// TestParquetDoubleIDs: ids stored as DOUBLE in a Parquet file stop the
// run with the export's fix (STRING or INT64), not Excel's (review C of
// session 14: the message said to format the column as Text in Excel).
func TestParquetDoubleIDs(t *testing.T) {
	study := handStudy(t)
	type person struct {
		ID   float64 `parquet:"person_id"`
		Unit string  `parquet:"unit_id"`
	}
	var pq bytes.Buffer
	pw := parquet.NewGenericWriter[person](&pq)
	pw.Write([]person{{199505022019082145, "A"}, {199505022019082146, "B"}})
	pw.Close()
	os.Remove(filepath.Join(study, "people.csv"))
	writeStudyFile(t, study, "people.parquet", pq.Bytes())
	for lang, want := range map[string]string{"id": "tulis kolom id sebagai teks (STRING) atau bilangan bulat (INT64)", "en": "write the id column as text (STRING) or as a whole number (INT64)"} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code == 0 || !strings.Contains(stderr, want) || strings.Contains(stderr, "Excel") {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
}

// TestTableNamedFolder: a folder named as a table is said to be a
// folder: the units table's stops the run saying so, a log table's is
// warned of (review C of session 14: "no units table; add units.csv"
// beside a folder units.csv).
func TestTableNamedFolder(t *testing.T) {
	study := handStudy(t)
	os.Remove(filepath.Join(study, "meetings.csv"))
	if err := os.Mkdir(filepath.Join(study, "meetings.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, _, stderr := sekat(t, "validate", study, "--lang", "en")
	if want := "meetings.csv not read: it is a folder that holds no table file"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	os.Remove(filepath.Join(study, "units.csv"))
	if err := os.Mkdir(filepath.Join(study, "units.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := sekat(t, "validate", study, "--lang", "en")
	if want := "no units table: the folder units.csv holds no table file"; code == 0 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr lacks %q:\n%s", code, want, stderr)
	}
}

// validateSays checks that sekat validate on study prints, in each
// language of want, each of its sentences (showing 100 rejected rows).
func validateSays(t *testing.T, study string, want map[string][]string) {
	t.Helper()
	for lang, ws := range want {
		_, stdout, stderr := sekat(t, "validate", study, "--lang", lang, "--show", "100")
		for _, w := range ws {
			if !strings.Contains(stdout+stderr, w) {
				t.Errorf("%s: output lacks %q:\n%s%s", lang, w, stdout, stderr)
			}
		}
	}
}

// TestLeadingZerosLost: an id of digits that the tables hold with
// leading zeros (a spreadsheet read "007" as 7) is rejected saying so, in
// both languages (review C of session 14: "unknown id "1"" with no hint).
func TestLeadingZerosLost(t *testing.T) {
	study := handStudy(t)
	units := strings.Replace(readFile(t, filepath.Join(study, "units.csv")), "\nA,Dinas A,", "\n007,Dinas A,", 1)
	writeStudyFile(t, study, "units.csv", []byte(units))
	people := strings.ReplaceAll(readFile(t, filepath.Join(study, "people.csv")), ",A,", ",7,")
	writeStudyFile(t, study, "people.csv", []byte(people))
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+"2025-03-03 09:00,p3,07,,m99\n"))
	validateSays(t, study, map[string][]string{
		"en": {"the units table, which has \"007\", the same with leading zeros", "the tables have \"007\", the same with leading zeros"},
		"id": {`tabel itu memuat kode yang sama dengan angka nol di depan, "007"`, "tabel memuat id yang sama dengan angka nol di depan"},
	})
}

// TestOtherSeparator: a recipients or cc cell whose ids are separated by
// a comma, '|', a line break or a tab, or written as a JSON list, is
// rejected (or, beside a known recipient, left out of its letter) saying
// that sekat separates ids by ';', in both languages; before, the reason
// was only "unknown id". A cell whose parts are not all known keeps that
// reason. A meetings attendee cell of several ids (';' too) asks for one
// row per attendee.
func TestOtherSeparator(t *testing.T) {
	study := handStudy(t)
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"2025-03-03 09:00,p1,\"p2, p3\",,m91\n"+
		"2025-03-03 09:01,p1,p2|p3,,m92\n"+
		"2025-03-03 09:02,p1,\"p2\np3\",,m93\n"+
		"2025-03-03 09:03,p1,\"[\"\"p2\"\",\"\"p3\"\"]\",,m94\n"+
		"2025-03-03 09:04,p1,p2,\"p3, p4\",m95\n"+
		"2025-03-03 09:05,p1,\"p2, nobody\",,m96\n"))
	meetings := readFile(t, filepath.Join(study, "meetings.csv"))
	writeStudyFile(t, study, "meetings.csv", []byte(meetings+"M99,2025-03-04 10:00,p1;p2,p1,Rapat\n"))
	validateSays(t, study, map[string][]string{
		"en": {"separated by ','", "separated by '|'", "separated by line breaks", "separated by ',' in a list written as text",
			"unknown id \"p3, p4\": it holds ids the tables have, separated by ','; sekat separates the ids of a cell with ';': write them separated by ';'; the letter is used with its other recipients", "unknown id \"p2, nobody\": not in the people or units table",
			"unknown id \"p1;p2\": it holds ids the tables have, separated by ';'; a meetings row names one attendee: write one row per attendee"},
		"id": {"sel ini memuat beberapa id yang dikenal yang dipisahkan dengan tanda lain", "id penerima ini tidak dikenal, tetapi memuat beberapa id yang dikenal",
			"padahal satu baris meetings memuat satu peserta: tuliskan satu baris untuk setiap peserta"},
	})
}

// TestIDListWorded: a list of ids written as text, in brackets (a JSON
// list inside an NDJSON string, Python's ['p2']), is rejected saying to
// write the ids without brackets, in both languages, even when it holds
// one id; before, ["p2"] was "not in the people or units table" with no
// hint. A cell of a column that names one id (an NDJSON array as sender)
// that holds several known ids says the column takes one.
func TestIDListWorded(t *testing.T) {
	study := handStudy(t)
	os.Remove(filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.ndjson", []byte(
		`{"sent_at": "2025-03-03 09:00", "sender": "p1", "recipients": "[\"p2\"]"}`+"\n"+
			`{"sent_at": "2025-03-03 09:01", "sender": "p1", "recipients": "['p2', 'p3']"}`+"\n"+
			`{"sent_at": "2025-03-03 09:02", "sender": "p1", "recipients": "p4", "cc": "[p3]"}`+"\n"+
			`{"sent_at": "2025-03-03 09:03", "sender": ["p1", "p2"], "recipients": "p4"}`+"\n"+
			`{"sent_at": "2025-03-03 09:04", "sender": "[\"p1\"]", "recipients": "p4"}`+"\n"+
			`{"sent_at": "2025-03-03 09:05", "sender": "p1", "recipients": "[\"nobody\"]"}`+"\n"))
	validateSays(t, study, map[string][]string{
		"en": {`unknown id "[\"p2\"]": the id "p2" written as a list, in brackets; write the id alone, without brackets or quotes`,
			`in an NDJSON file a JSON array, not a string, is read too`,
			`unknown id "['p2', 'p3']": it holds ids the tables have, separated by ',' in a list written as text`,
			`unknown id "[p3]": the id "p3" written as a list`,
			`unknown id "p1;p2": it holds ids the tables have, separated by ';'; column sender names one id`,
			`line 5 column sender: unknown id "[\"p1\"]": the id "p1" written as a list`,
			`unknown id "[\"nobody\"]": not in the people or units table`},
		"id": {"baris 1 kolom recipients: id tidak dikenal, tetapi sel ini memuat id yang dikenal yang ditulis sebagai daftar dalam kurung siku",
			"larik JSON yang bukan teks juga dibaca",
			"baris 3 kolom cc: id penerima ini tidak dikenal, tetapi memuat id yang dikenal yang ditulis sebagai daftar",
			"baris 4 kolom sender: id tidak dikenal, tetapi sel ini memuat beberapa id yang dikenal",
			"padahal kolom ini hanya memuat satu id"},
	})
}

// TestNIPSpaced: a NIP (18 digits), an old NIP (9) or a NIK (16) written
// with its spaces in one table and without them in another, either way,
// is the same person: the letters that cite it so are read
// (graph.CanonicalID), where before they were rejected (a 9-digit NIP or
// a NIK until this was extended to them), and a people table that writes
// a NIK both ways is warned of naming it a NIK. An id of another count of
// digits so written (an 8-digit NRP) is still rejected saying that the
// tables have it spaced otherwise, in both languages, as are recipients
// separated by spaces.
func TestNIPSpaced(t *testing.T) {
	study := handStudy(t)
	people := readFile(t, filepath.Join(study, "people.csv"))
	people = strings.Replace(people, "\np1,", "\n198501012010011001,", 1)
	people = strings.Replace(people, "\np2,", "\n19900202 201502 2 002,", 1)
	people = strings.Replace(people, "\np3,", "\n010234567,", 1)
	people = strings.Replace(people, "\np5,", "\n3201 0101 0185 0001,", 1)
	people = strings.Replace(people, "\np5,", "\n3201010101850001,", 1)
	people += "79080123,A,Delapan,Staf,,\n"
	writeStudyFile(t, study, "people.csv", []byte(people))
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"2025-03-03 09:00,p4,19850101 201001 1 001,,m91\n"+
		"2025-03-03 09:01,p4,199002022015022002,,m92\n"+
		"2025-03-03 09:02,p4,p4 79080123,,m93\n"+
		"2025-03-03 09:03,p4,010 234 567,,m94\n"+
		"2025-03-03 09:04,p4,320101 010185 0001,,m95\n"+
		"2025-03-03 09:05,p4,7908 0123,,m96\n"))
	validateSays(t, study, map[string][]string{
		"en": {`unknown id "7908 0123": the tables have "79080123", the same id of digits spaced otherwise`, `unknown id "p4 79080123": it holds ids the tables have, separated by spaces`,
			`people.csv (lines 6 and 7): the people table writes one NIK in two ways, "3201 0101 0185 0001" and "3201010101850001" (NIPs and NIKs so written: 1)`},
		"id": {"tabel memuat id angka yang sama dengan penulisan spasi yang berbeda", "sel ini memuat beberapa id yang dikenal yang dipisahkan dengan tanda lain",
			`people.csv baris 6 dan 7: tabel people menulis satu NIK dengan dua cara, "3201 0101 0185 0001" dan "3201010101850001" (jumlah NIP dan NIK yang ditulis demikian: 1)`},
	})
	_, stdout, stderr := sekat(t, "validate", study, "--lang", "en", "--show", "100")
	for _, id := range []string{"19850101 201001 1 001", "199002022015022002", "010 234 567", "320101 010185 0001"} {
		if strings.Contains(stdout+stderr, `"`+id+`"`) {
			t.Errorf("the letter citing %s, a NIP or NIK of the people table spaced otherwise, was rejected:\n%s%s", id, stdout, stderr)
		}
	}
}

// TestIDMarked: an id written with (or without) the mark an export adds
// to keep it as text in a spreadsheet is rejected saying which id the
// tables have, in both languages; before, "unknown id" only. A recipient
// so written leaves the letter to its other recipients, saying so.
func TestIDMarked(t *testing.T) {
	study := handStudy(t)
	people := readFile(t, filepath.Join(study, "people.csv"))
	people = strings.Replace(people, "\np1,", "\n198501012010011001,", 1)
	people = strings.Replace(people, "\np2,", "\n'199002022015022002,", 1) // the people table exported so
	writeStudyFile(t, study, "people.csv", []byte(people))
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"2025-03-03 09:00,p3,'198501012010011001,,m91\n"+
		"2025-03-03 09:01,p3,\"=\"\"198501012010011001\"\"\",,m92\n"+
		"2025-03-03 09:02,p3,199002022015022002,,m93\n"+
		"2025-03-03 09:03,p3,\u2018p4\u2019,,m94\n"+
		"2025-03-03 09:04,p3,p4;'p5,,m95\n"+
		"2025-03-03 09:05,p3,'p99,,m96\n"))
	validateSays(t, study, map[string][]string{
		"en": {`unknown id "'198501012010011001": the tables have "198501012010011001", the same id without the leading apostrophe`,
			`unknown id "=\"198501012010011001\"": the tables have "198501012010011001", the same id without Excel's formula`,
			`unknown id "199002022015022002": the tables have "'199002022015022002", the same id with a leading apostrophe`,
			`the same id without the quotes around it`,
			`unknown id "'p5": the tables have "p5", the same id without the leading apostrophe, the mark an export adds to keep an id as text in a spreadsheet; write the ids alike in every table (remove the mark); the letter is used with its other recipients`,
			`unknown id "'p99": not in the people or units table`},
		"id": {"tabel memuat id yang sama dengan atau tanpa tanda yang ditambahkan ekspor", "id penerima ini tidak dikenal, tetapi tabel memuat id yang sama dengan atau tanpa tanda"},
	})
}

// TestUnitIDCase: a unit_id written in other letter case ("b" for B), in
// a people row or a log, is rejected naming the unit_id the units table
// has, in both languages; before, "not in the units table". A recipient so
// written leaves the letter to its other recipients, saying so.
func TestUnitIDCase(t *testing.T) {
	study := handStudy(t)
	people := readFile(t, filepath.Join(study, "people.csv"))
	writeStudyFile(t, study, "people.csv", []byte(strings.Replace(people, "\np2,A,", "\np2,a,", 1)))
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+"2025-03-03 09:00,p3,c,,m91\n2025-03-03 09:01,p3,p1;c,,m92\n2025-03-03 09:02,p3,x,,m93\n"))
	validateSays(t, study, map[string][]string{
		"en": {`unit "a" is not in the units table, which has "A", the same in other letter case`,
			`unknown id "c": the units table has "C", the same in other letter case; sekat matches ids exactly`,
			`the same in other letter case; sekat matches ids exactly: write it as the units table does; the letter is used with its other recipients`,
			`unknown id "x": not in the people or units table`},
		"id": {`unit_id tidak ada di tabel units, tetapi tabel units memuat id yang sama dengan huruf besar/kecil yang berbeda, "A"`,
			`id tidak dikenal, tetapi tabel units memuat unit_id yang sama dengan huruf besar/kecil yang berbeda, "C"`,
			`id penerima ini tidak dikenal, tetapi tabel units memuat unit_id yang sama dengan huruf besar/kecil yang berbeda, "C"`},
	})
}

// TestPersonIDCase: a person id written in other letter case ("P1" for
// p1) as a sender or a recipient is rejected naming the id the people
// table has, in both languages; before, it was only "not in the people
// or units table", though unit_ids so written were told.
func TestPersonIDCase(t *testing.T) {
	study := handStudy(t)
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+"2025-03-03 09:00,P3,p1,,m91\n2025-03-03 09:01,p3,p1;P2,,m92\n"))
	validateSays(t, study, map[string][]string{
		"en": {`unknown id "P3": the tables have "p3", the same in other letter case; sekat matches ids exactly: write it as the people table does`,
			`unknown id "P2": the tables have "p2", the same in other letter case`},
		"id": {"id tidak dikenal, tetapi tabel memuat id yang sama dengan huruf besar/kecil yang berbeda; sekat mencocokkan id persis: tuliskan seperti di tabel people",
			"id penerima ini tidak dikenal, tetapi tabel memuat id yang sama dengan huruf besar/kecil yang berbeda; surat tetap dipakai dengan penerima lainnya"},
	})
}

// TestColumnSuggestion: a letters file whose headers are the names
// Indonesian exports use (Tanggal Kirim, NIP Pengirim, Kepada, Tembusan)
// stops with a columns: mapping to add to study.yaml, in both languages;
// the mapping, written as given, reads the file. A file whose headers
// suggest nothing gets no mapping.
func TestColumnSuggestion(t *testing.T) {
	study := handStudy(t)
	corr := strings.SplitN(readFile(t, filepath.Join(study, "correspondence.csv")), "\n", 2)
	writeStudyFile(t, study, "correspondence.csv", []byte("Tanggal Kirim,NIP Pengirim,Kepada,Tembusan,Nomor Surat\n"+corr[1]))
	want := "columns: {correspondence: {sent_at: Tanggal Kirim, sender: NIP Pengirim, recipients: Kepada, cc: Tembusan}}"
	for lang, lead := range map[string]string{"id": "setelah diperiksa, tambahkan ke study.yaml: ", "en": "once checked, add to study.yaml: "} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code == 0 || !strings.Contains(stderr, lead+want) {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, lead+want, stderr)
		}
	}
	writeStudyFile(t, study, "study.yaml", []byte(want+"\n"))
	if code, _, stderr := sekat(t, "validate", study); code != 0 {
		t.Errorf("with the suggested mapping: exit %d: %s", code, stderr)
	}
	other := handStudy(t)
	writeStudyFile(t, other, "correspondence.csv", []byte("a,b,c\n"+corr[1]))
	if _, _, stderr := sekat(t, "validate", other); strings.Contains(stderr, "columns: {") {
		t.Errorf("headers a, b, c got a mapping:\n%s", stderr)
	}
}

// TestInvalidUTF8NamesEncoding: a data_sharing.csv of Windows-1252 bytes
// behind a UTF-8 byte order mark (rows saved by Excel appended to a "CSV
// UTF-8" export), which sekat reads as UTF-8, has its rows rejected with
// a reason that also names encoding: windows-1252, in both languages;
// before, only "save the file as UTF-8". With that setting the study is
// read whole: the mark is not taken for part of the first column's name.
func TestInvalidUTF8NamesEncoding(t *testing.T) {
	study := handStudy(t)
	shares := readFile(t, filepath.Join(study, "data_sharing.csv")) + "2025-03-05,C,A,penduduk \x96 2024,granted,10\n"
	writeStudyFile(t, study, "data_sharing.csv", append([]byte("\xef\xbb\xbf"), shares...))
	validateSays(t, study, map[string][]string{
		"en": {`line 7 column dataset: invalid UTF-8 text; save the file as UTF-8, or, if it was saved as Windows-1252 (Excel's "CSV" on Windows; the byte 0x96 is '–' there), write encoding: windows-1252 in study.yaml`},
		"id": {`baris 7 kolom dataset: teks bukan UTF-8 yang sah; simpan ulang berkas sebagai UTF-8, atau, jika berkas disimpan sebagai Windows-1252 ("CSV" Excel di Windows), tulis encoding: windows-1252 di study.yaml`},
	})
	writeStudyFile(t, study, "study.yaml", []byte("encoding: {data_sharing: windows-1252}\n"))
	if code, _, stderr := sekat(t, "validate", study); code != 0 {
		t.Errorf("with encoding: windows-1252: exit %d:\n%s", code, stderr)
	}
}

// TestColumnQuotedLines: a table whose every line is wrapped in quotes
// (a spreadsheet read each line of an export into one cell, then saved
// it), so that its header is one field, stops saying that the columns are
// there, in one quoted field, and how to mend it, in both languages;
// before, "missing columns ...; found: sent_at,sender,recipients,cc,
// message_id", which showed the very columns it said were missing.
func TestColumnQuotedLines(t *testing.T) {
	study := handStudy(t)
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	for _, d := range []string{",", ";"} {
		var quoted []string
		for _, l := range strings.Split(strings.TrimSuffix(corr, "\n"), "\n") {
			quoted = append(quoted, `"`+strings.ReplaceAll(l, ",", d)+`"`)
		}
		writeStudyFile(t, study, "correspondence.csv", []byte(strings.Join(quoted, "\r\n")+"\r\n"))
		for _, lang := range []string{"id", "en"} {
			code, _, stderr := sekat(t, "validate", study, "--lang", lang)
			if want := msg(lang, "errColumnQuotedLines", msg(lang, delimKey(d[0]))); code == 0 || !strings.Contains(stderr, want) {
				t.Errorf("%q, %s: exit %d, stderr lacks %q:\n%s", d, lang, code, want, stderr)
			}
		}
	}
	// a .tsv of commas is one field without quotes
	os.Remove(filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.tsv", []byte(corr))
	if _, _, stderr := sekat(t, "validate", study, "--lang", "en"); strings.Contains(stderr, "wrapped in quotes") {
		t.Errorf("a .tsv of commas is said to be wrapped in quotes:\n%s", stderr)
	}
	os.Remove(filepath.Join(study, "correspondence.tsv"))
	// a header of names sekat does not read, one of them quoted with a
	// comma inside, is no such file
	writeStudyFile(t, study, "correspondence.csv", []byte("\"tanggal,jam\",dari,kepada\n2025-01-10,p1,p2\n"))
	if _, _, stderr := sekat(t, "validate", study, "--lang", "en"); strings.Contains(stderr, "wrapped in quotes") {
		t.Errorf("a header of several columns is said to be one quoted field:\n%s", stderr)
	}
}

// TestColumnOtherDelimiter: a table written with '|' (or ':') between its
// columns stops saying that the columns are there and how the delimiter
// can be read, in both languages, not only "missing column unit_id; found:
// unit_id|name|sector" (QA of session 30); with the sep=| line it advises,
// the study is read.
func TestColumnOtherDelimiter(t *testing.T) {
	study := handStudy(t)
	units := readFile(t, filepath.Join(study, "units.csv"))
	piped := strings.ReplaceAll(units, ",", "|")
	writeStudyFile(t, study, "units.csv", []byte(piped))
	for _, lang := range []string{"id", "en"} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if want := msg(lang, "errColumnOtherDelim", "|", "|"); code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
	writeStudyFile(t, study, "units.csv", []byte("sep=|\n"+piped))
	if code, _, stderr := sekat(t, "validate", study); code != 0 {
		t.Errorf("with sep=|: exit %d: %s", code, stderr)
	}
}

// TestUnitNameForID: a people row, letter or data request that names a
// unit by its name rather than its unit_id (SIMPEG exports write "Dinas
// B", data-portal logs "dinas b") is rejected saying so, in both
// languages, with the unit_id to write; before, "not in the units
// table", and then, in Bahasa Indonesia, "the name of a unit there"
// without which one.
func TestUnitNameForID(t *testing.T) {
	study := handStudy(t)
	people := readFile(t, filepath.Join(study, "people.csv"))
	writeStudyFile(t, study, "people.csv", []byte(strings.Replace(people, "\np2,A,", "\np2,Dinas B,", 1)))
	shares := readFile(t, filepath.Join(study, "data_sharing.csv"))
	writeStudyFile(t, study, "data_sharing.csv", []byte(shares+"2025-03-05, badan c ,A,penduduk,granted,10\n"))
	validateSays(t, study, map[string][]string{
		"en": {`unit "Dinas B" is not a unit_id of the units table but the name of unit "B"`, `unknown id "badan c": the name of unit "C" in the units table`},
		"id": {`bukan kode unit di tabel units, melainkan nama (atau nama singkat) unit yang unit_id-nya "B"; tuliskan unit_id itu`, `sama dengan nama (atau nama singkat) unit yang unit_id-nya "C" di tabel units; tuliskan unit_id itu`},
	})
}

// TestIDWithTextWorded: an id written beside a name, as exports write
// "NIP - Nama", "Nama (NIP)" or a unit's code and name, is rejected (or,
// as one recipient beside a known one, left out of its letter) naming the
// id the cell holds and saying to write it alone, in both languages;
// before, "not in the people or units table", no hint. A cell of two
// known ids beside text is not one id and gets no such hint.
func TestIDWithTextWorded(t *testing.T) {
	study := handStudy(t)
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"2025-03-03 09:00,Satu (p1),p2,,m91\n"+
		"2025-03-03 09:01,p1,B - Dinas B;p4,,m92\n"+
		"2025-03-03 09:02,p1,p2 / p3 / Dua,,m93\n"))
	shares := readFile(t, filepath.Join(study, "data_sharing.csv"))
	writeStudyFile(t, study, "data_sharing.csv", []byte(shares+"2025-03-05,C | Badan C,A,penduduk,granted,10\n"))
	validateSays(t, study, map[string][]string{
		"en": {`line 8 column sender: unknown id "Satu (p1)": it holds the id "p1" of the tables beside other text (a name, as exports write "NIP - Nama" or "Nama (NIP)"); write the id alone in this column`,
			`line 9 column recipients: unknown id "B - Dinas B": it holds the id "B" of the tables beside other text`,
			`line 10 column recipients: unknown id "p2 / p3 / Dua": not in the people or units table`,
			`column provider: unknown id "C | Badan C": it holds the id "C" of the tables beside other text`},
		"id": {"baris 8 kolom sender: id tidak dikenal, tetapi sel ini memuat id yang dikenal beserta teks lain (nama, seperti ekspor yang menulis \"NIP - Nama\" atau \"Nama (NIP)\"); tuliskan id-nya saja di kolom ini",
			"baris 9 kolom recipients: id penerima ini tidak dikenal, tetapi memuat id yang dikenal beserta teks lain",
			"kolom provider: id tidak dikenal, tetapi sel ini memuat id yang dikenal beserta teks lain"},
	})
}

// TestStatusColumnWarned: a meetings file with an attendance column
// (Kehadiran: hadir, izin) or a letters file with a status column
// (konsep, dibatalkan), which the contract has no place for, gets a
// warning that every row counts, in both languages; the hand study,
// without such columns, gets none.
func TestStatusColumnWarned(t *testing.T) {
	study := handStudy(t)
	if _, _, stderr := sekat(t, "validate", study, "--lang", "en"); strings.Contains(stderr, "does not read") {
		t.Fatalf("the hand study got a status warning:\n%s", stderr)
	}
	add := func(file, header, value string) {
		lines := strings.Split(strings.TrimSuffix(readFile(t, filepath.Join(study, file)), "\n"), "\n")
		lines[0] += "," + header
		for i := 1; i < len(lines); i++ {
			lines[i] += "," + value
		}
		writeStudyFile(t, study, file, []byte(strings.Join(lines, "\n")+"\n"))
	}
	add("meetings.csv", "Kehadiran", "hadir")
	add("correspondence.csv", "Status Surat", "terkirim")
	for lang, want := range map[string][]string{
		"en": {`meetings.csv has a column "Kehadiran" that sekat does not read: every row counts as a person who attended`,
			`correspondence.csv has a column "Status Surat" that sekat does not read: every row counts as a letter sent`},
		"id": {`meetings.csv memuat kolom "Kehadiran" yang tidak dibaca sekat: setiap baris dihitung sebagai pegawai yang hadir`,
			`correspondence.csv memuat kolom "Status Surat" yang tidak dibaca sekat: setiap baris dihitung sebagai surat yang terkirim`},
	} {
		_, _, stderr := sekat(t, "validate", study, "--lang", lang)
		for _, w := range want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", lang, w, stderr)
			}
		}
	}
}

// TestTableFolders: a table written by an engine as a folder of part
// files (Spark's correspondence.parquet/ with _SUCCESS and .crc files,
// Hive's and DuckDB's partitions correspondence/month=.../) is read as
// the table, with the same network as the file; before, the folder was
// skipped with only "no correspondence table", and every letter was lost
// with exit 0 (review r3 of session 15). A units table in part files is
// refused saying to write one file.
func TestTableFolders(t *testing.T) {
	flat := handStudy(t)
	want := filepath.Join(t.TempDir(), "flat")
	analyzeOK(t, "analyze", flat, "--out", want, "-q")
	letters := strings.SplitAfter(readFile(t, filepath.Join(flat, "correspondence.csv")), "\n")
	head, rows := letters[0], letters[1:]
	for _, layout := range []struct{ name, dir string }{
		{"spark", "correspondence.parquet"}, // the ending is the folder's, the files are CSV
		{"hive", "correspondence"},
	} {
		t.Run(layout.name, func(t *testing.T) {
			study := handStudy(t)
			os.Remove(filepath.Join(study, "correspondence.csv"))
			dir := filepath.Join(study, layout.dir)
			half := len(rows) / 2
			for i, part := range [][]string{rows[:half], rows[half:]} {
				sub := dir
				if layout.name == "hive" {
					sub = filepath.Join(dir, fmt.Sprintf("month=%02d", i+1))
				}
				writeStudyFile(t, sub, fmt.Sprintf("part-%05d.csv", i), []byte(head+strings.Join(part, "")))
				writeStudyFile(t, sub, fmt.Sprintf(".part-%05d.csv.crc", i), []byte("crc"))
			}
			writeStudyFile(t, dir, "_SUCCESS", nil)
			out := filepath.Join(t.TempDir(), "out")
			analyzeOK(t, "analyze", study, "--out", out, "-q")
			for _, f := range []string{"edges.csv", "units.csv"} {
				if readFile(t, filepath.Join(out, f)) != readFile(t, filepath.Join(want, f)) {
					t.Errorf("%s differs from the study with one letters file", f)
				}
			}
		})
	}
	study := handStudy(t)
	units := readFile(t, filepath.Join(study, "units.csv"))
	os.Remove(filepath.Join(study, "units.csv"))
	writeStudyFile(t, filepath.Join(study, "units"), "part-0.csv", []byte(units))
	writeStudyFile(t, filepath.Join(study, "units"), "part-1.csv", []byte(units))
	code, _, stderr := sekat(t, "validate", study, "--lang", "en")
	if want := "2 units tables (units/part-0.csv, units/part-1.csv); keep one (an engine's part files: write the table as one file)"; code == 0 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr lacks %q:\n%s", code, want, stderr)
	}
}

// TestStudyYAMLMinGroupTooSmall: a privacy.min_group below the floor is
// refused naming study.yaml and its line, not a --min-group flag the user
// did not give (review r4 of session 15), without a hint to --help, which
// does not describe study.yaml, and by every command as the other values
// out of range are: validate called such a study fine (exit 0) and a
// unit-level analyze ran, until a person-level run refused it.
func TestStudyYAMLMinGroupTooSmall(t *testing.T) {
	if ingest.MinGroupFloor != people.DefaultMinGroup {
		t.Fatalf("ingest.MinGroupFloor %d, people.DefaultMinGroup %d: keep them equal", ingest.MinGroupFloor, people.DefaultMinGroup)
	}
	study := handStudy(t)
	writeStudyFile(t, study, "study.yaml", []byte("name: x\nprivacy:\n  min_group: 2\n"))
	for _, args := range [][]string{
		{"analyze", study, "--level", "person", "--out", filepath.Join(t.TempDir(), "o")},
		{"analyze", study, "--out", filepath.Join(t.TempDir(), "o")},
		{"validate", study},
	} {
		for _, lang := range []string{"id", "en"} {
			code, _, stderr := sekat(t, append(args, "--lang", lang)...)
			want := msg(lang, "study.at", "study.yaml", 3)
			if code != 2 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "min_group 2") ||
				strings.Contains(stderr, "--min-group 2") || strings.Contains(stderr, msg(lang, "seeHelp")) {
				t.Errorf("%s %s: exit %d, stderr %q; want bad usage naming %s, without a hint to --help", args[0], lang, code, stderr, want)
			}
		}
	}
}

// TestStudyYAMLKeyNear: an unknown key of study.yaml close to one sekat
// reads is told with that key ("dates: dmy" meant date_order), in the
// user's language; a key near none, or near several, gets the list only.
func TestStudyYAMLKeyNear(t *testing.T) {
	for _, c := range []struct{ yaml, key, near string }{
		{"dates: dmy\n", "dates", "date_order"},
		{"threshold: {silo_alpha: 0.05}\n", "threshold", "thresholds"},
		{"window: {form: 2025-01-01}\n", "form", "from"},
		{"privacy: {min_groups: 6}\n", "min_groups", "min_group"},
	} {
		runFatal(t, fatalCase{
			name:  c.yaml,
			files: map[string][]byte{"study.yaml": []byte(c.yaml)},
			id:    []string{fmt.Sprintf("kunci %q tidak dikenal", c.key), "(maksudnya " + c.near + "?); kunci yang dapat dipakai: "},
			en:    []string{fmt.Sprintf("unknown key %q", c.key), "(did you mean " + c.near + "?); the keys allowed there are "},
		})
	}
	for _, y := range []string{"tanggal: dmy\n", "thresholds: {silo: 0.1}\n"} {
		runFatal(t, fatalCase{name: y, files: map[string][]byte{"study.yaml": []byte(y)},
			id: []string{"tidak dikenal"}, en: []string{"unknown key"}})
		study := handStudy(t)
		writeStudyFile(t, study, "study.yaml", []byte(y))
		if _, _, stderr := sekat(t, "validate", study, "--lang", "en"); strings.Contains(stderr, "did you mean") {
			t.Errorf("%q: a guess among none or several: %s", y, stderr)
		}
	}
}

// TestWindowDayMonthSwapped: in a study whose tables are read month first
// (date_order: mdy), a window bound written 02/01/2025, in study.yaml or
// as --from, was read day first (2 January) while the user most likely
// meant 1 February, and the run went on with that window. It is now bad
// usage (exit 2) that gives the day it was read as and to write
// YYYY-MM-DD; a bound that cannot be swapped (13/01/2025, 2025-02-01), or a
// study read day first, goes on.
func TestWindowDayMonthSwapped(t *testing.T) {
	for _, c := range []struct {
		yaml string
		args []string
		id   string
		en   string
	}{
		{"date_order: mdy\n", []string{"--from", "02/01/2025"},
			`--from "02/01/2025" dibaca dengan hari di depan, sebagai 2025-01-02`, `--from "02/01/2025" is read day first, as 2025-01-02`},
		{"date_order: {meetings: mdy}\nwindow: {to: 06/01/2025}\n", nil,
			`study.yaml baris 2: window: to "06/01/2025" dibaca dengan hari di depan, sebagai 2025-01-06`, `study.yaml line 2: window: to "06/01/2025" is read day first, as 2025-01-06`},
	} {
		study := handStudy(t)
		writeStudyFile(t, study, "study.yaml", []byte(c.yaml))
		for lang, want := range map[string]string{"id": c.id, "en": c.en} {
			args := append([]string{"analyze", study, "--out", filepath.Join(t.TempDir(), "o"), "-q", "--lang", lang}, c.args...)
			code, _, stderr := sekat(t, args...)
			if code != 2 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "YYYY-MM-DD") {
				t.Errorf("%q %v (%s): exit %d, want 2 and %q:\n%s", c.yaml, c.args, lang, code, want, stderr)
			}
		}
	}
	for _, c := range []struct {
		yaml string
		args []string
	}{
		{"date_order: mdy\n", []string{"--from", "2025-02-01"}},
		{"date_order: mdy\n", []string{"--from", "13/01/2025"}},
		{"date_order: mdy\n", []string{"--from", "01/01/2025"}},
		{"window: {from: 02/01/2025}\n", []string{"--to", "01/06/2025"}},
	} {
		study := handStudy(t)
		writeStudyFile(t, study, "study.yaml", []byte(c.yaml))
		args := append([]string{"analyze", study, "--out", filepath.Join(t.TempDir(), "o"), "-q", "--lang", "en", "--max-reject-rate", "1"}, c.args...)
		if code, _, stderr := sekat(t, args...); code != 0 || strings.Contains(stderr, "read day first") {
			t.Errorf("%q %v: exit %d, refused a bound that cannot be swapped:\n%s", c.yaml, c.args, code, stderr)
		}
	}
}

// TestComparePeriodDayMonthSwapped: compare's --before and --after are
// window bounds too, read day first like --from (and pairs' --from and
// --to, which analyze's check did not reach): in a study whose tables
// are read month first, a bound whose day and month could be swapped is
// bad usage naming the flag and the day it would be read as. Before,
// --before 02/01/2025..06/01/2025 compared 2-6 January with the after
// period and said nothing. A study read day first takes the same periods.
func TestComparePeriodDayMonthSwapped(t *testing.T) {
	for _, c := range []struct {
		yaml, before, after string
		id, en              string
	}{
		{"date_order: mdy\n", "02/01/2025..2025-06-01", "2025-06-01..2025-12-01",
			`--before "02/01/2025" dibaca dengan hari di depan, sebagai 2025-01-02`, `--before "02/01/2025" is read day first, as 2025-01-02`},
		{"date_order: {correspondence: mdy}\n", "2025-01-01..2025-06-01", "2025-06-01..12/01/2025",
			`--after "12/01/2025" dibaca dengan hari di depan, sebagai 2025-01-12`, `--after "12/01/2025" is read day first, as 2025-01-12`},
	} {
		study := handStudy(t)
		writeStudyFile(t, study, "study.yaml", []byte(c.yaml))
		for lang, want := range map[string]string{"id": c.id, "en": c.en} {
			code, _, stderr := sekat(t, "compare", study, "--before", c.before, "--after", c.after, "--out", filepath.Join(t.TempDir(), "o"), "-q", "--lang", lang)
			if code != 2 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "YYYY-MM-DD") {
				t.Errorf("%q --before %s --after %s (%s): exit %d, want 2 and %q:\n%s", c.yaml, c.before, c.after, lang, code, want, stderr)
			}
		}
	}
	// pairs writes the window into its SQL: it read --from 02/01/2025 as
	// 2 January in such a study.
	study := handStudy(t)
	writeStudyFile(t, study, "study.yaml", []byte("date_order: mdy\n"))
	for lang, want := range map[string]string{"id": `--from "02/01/2025" dibaca dengan hari di depan, sebagai 2025-01-02`, "en": `--from "02/01/2025" is read day first, as 2025-01-02`} {
		if code, _, stderr := sekat(t, "pairs", study, "--from", "02/01/2025", "--lang", lang); code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("pairs --from 02/01/2025 (%s): exit %d, want 2 and %q:\n%s", lang, code, want, stderr)
		}
	}
	study = handStudy(t)
	_, _, stderr := sekat(t, "compare", study, "--before", "02/01/2025..01/04/2025", "--after", "01/04/2025..01/07/2025", "--out", filepath.Join(t.TempDir(), "o"), "-q", "--lang", "en", "--max-reject-rate", "1")
	if strings.Contains(stderr, "read day first") {
		t.Errorf("a study read day first refused its periods:\n%s", stderr)
	}
}

// TestMonthFirstDayFirstFile: the month_first_dates warning tells a file
// written month first from a file written day first with a few typos.
// When some dates of the file can be read day first only (13/12/2025),
// the file is day first: the warning calls the rejected dates probably
// typos to correct and neither calls the other dates wrong nor advises
// date_order: mdy, which would reject the dates read day first only.
// Before, a day-first file of 28 dates and one 12/25/2025 was told to
// set date_order: mdy. A file with no such date keeps that advice, with
// date_order: dmy written out too. A day-first date with an impossible
// time (08/12/2025 25:00) is no date month first: no warning.
func TestMonthFirstDayFirstFile(t *testing.T) {
	days := func(from, to int) string {
		var b strings.Builder
		for d := from; d <= to; d++ {
			fmt.Fprintf(&b, "%02d/12/2025 09:00;U1;U2\n", d)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, yaml, rows string
		want, not        map[string][]string // by language
		notRows          bool                // not in the rejected rows either
	}{
		{"day first, one typo", "", days(1, 28) + "12/25/2025 09:00;U2;U1\n",
			map[string][]string{
				"id": {"1 tanggal (12/25/2025 09:00) mustahil", "berkas ini menulis hari lebih dahulu: 16 tanggal lainnya (misalnya 13/12/2025 09:00) hanya dapat dibaca dengan hari lebih dahulu", "kesalahan pengetikan: perbaiki tanggal tersebut di berkas sumber"},
				"en": {"1 date (12/25/2025 09:00) is impossible", "the file writes the day first: 16 other dates of the file (such as 13/12/2025 09:00) can be read only day first, so the rejected date is probably a typo: correct it in the source file"}},
			map[string][]string{"id": {"date_order", "tertukar"}, "en": {"date_order", "swapped"}}, false},
		{"day first written out, two typos", "date_order: dmy\n", days(1, 13) + "12/25/2025 09:00;U2;U1\n12/26/2025 09:00;U2;U1\n",
			map[string][]string{
				"id": {"2 tanggal (12/25/2025 09:00)", "1 tanggal lainnya (misalnya 13/12/2025 09:00)"},
				"en": {"2 dates (12/25/2025 09:00) are impossible", "1 other date of the file (such as 13/12/2025 09:00) can be read only day first, so the rejected dates are probably typos: correct them"}},
			map[string][]string{"id": {"date_order", "tertukar"}, "en": {"date_order", "swapped"}}, false},
		{"no date day first only", "", days(1, 12) + "12/25/2025 09:00;U2;U1\n",
			map[string][]string{
				"id": {"11 tanggal lain di berkas ini (misalnya 01/12/2025 09:00)", "date_order: {correspondence: mdy}"},
				"en": {"11 other dates of the file (such as 01/12/2025 09:00)", "date_order: {correspondence: mdy}"}},
			map[string][]string{"id": {"kesalahan pengetikan"}, "en": {"typo"}}, false},
		{"no date day first only, dmy written out", "date_order: dmy\n", days(1, 12) + "12/25/2025 09:00;U2;U1\n",
			map[string][]string{"id": {"date_order: {correspondence: mdy}"}, "en": {"date_order: {correspondence: mdy}"}},
			map[string][]string{"id": {"kesalahan pengetikan"}, "en": {"typo"}}, false},
		{"impossible times", "", days(1, 28) + "08/12/2025 25:00;U1;U2\n08/12/2025 24:00;U1;U2\n08/12/2025 10:61;U1;U2\n08/12/2025 10:00:60;U1;U2\n",
			map[string][]string{
				// a time wrong either way: said not to exist (9fe2464), not
				// to be month first
				"id": {`berkas sumber ["08/12/2025 25:00"]`, `berkas sumber ["08/12/2025 24:00"]`, `berkas sumber ["08/12/2025 10:61"]`, `berkas sumber ["08/12/2025 10:00:60"]`},
				"en": {`(hour out of range): the form is one sekat reads, but that day or time does not exist; correct the value in the source ["08/12/2025 25:00"]`, `(hour out of range)`, `(minute out of range)`, `(second out of range)`}},
			map[string][]string{"id": {"bulan lebih dahulu"}, "en": {"month first"}}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			study := t.TempDir()
			writeStudyFile(t, study, "units.csv", []byte("unit_id;name;sector\nU1;Satu;A\nU2;Dua;B\n"))
			writeStudyFile(t, study, "correspondence.csv", []byte("sent_at;sender;recipients\n"+c.rows))
			if c.yaml != "" {
				writeStudyFile(t, study, "study.yaml", []byte(c.yaml))
			}
			for _, lang := range []string{"id", "en"} {
				_, stdout, stderr := sekat(t, "validate", study, "--show", "50", "--lang", lang)
				// the warnings, then the rejected rows with their
				// reasons, which end with the bad-time formats or say
				// month first (and, before the warning, that a file
				// written month first is read so with date_order: mdy)
				for _, w := range c.want[lang] {
					if !strings.Contains(stderr+stdout, w) {
						t.Errorf("%s: got\n%s%s\nwant %q in it", lang, stderr, stdout, w)
					}
				}
				for _, n := range c.not[lang] {
					if strings.Contains(stderr, n) || c.notRows && strings.Contains(stdout, n) {
						t.Errorf("%s: got\n%s%s\nwant no %q in it", lang, stderr, stdout, n)
					}
				}
			}
		})
	}
}

// TestMonthFirstDayFirstSummary: summary.json and the report carry the
// same month_first_dates sentence as stderr, for a day-first file with a
// typo: a typo to correct, not date_order: mdy.
func TestMonthFirstDayFirstSummary(t *testing.T) {
	var rows strings.Builder
	for d := 1; d <= 28; d++ {
		fmt.Fprintf(&rows, "%02d/12/2025 09:00;U1;U2\n", d)
	}
	study := t.TempDir()
	writeStudyFile(t, study, "units.csv", []byte("unit_id;name;sector\nU1;Satu;A\nU2;Dua;B\n"))
	writeStudyFile(t, study, "correspondence.csv", []byte("sent_at;sender;recipients\n"+rows.String()+"12/25/2025 09:00;U2;U1\n"))
	for _, c := range []struct{ lang, want string }{
		{"id", "kemungkinan besar merupakan kesalahan pengetikan: perbaiki tanggal tersebut di berkas sumber"},
		{"en", "so the rejected date is probably a typo: correct it in the source file"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "o")
			if code, _, stderr := sekat(t, "analyze", study, "--out", out, "-q", "--lang", c.lang, "--max-reject-rate", "1"); code != 0 {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			var sum struct {
				Warnings []struct{ Code, Message string }
			}
			if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "summary.json"))), &sum); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range sum.Warnings {
				if w.Code == "month_first_dates" {
					got = append(got, w.Message)
				}
			}
			if len(got) != 1 || !strings.Contains(got[0], c.want) || strings.Contains(got[0], "date_order") {
				t.Errorf("summary.json: got %q, want one month_first_dates with %q and no date_order", got, c.want)
			}
			if report := readFile(t, filepath.Join(out, "report.html")); !strings.Contains(report, c.want) {
				t.Errorf("report.html: no %q", c.want)
			}
		})
	}
}

// TestNotTableFixNamed: an .ndjson file written as one JSON array, and an
// .xlsx file that is no workbook, are told their own fix in the headline,
// in both languages; before, both read the generic "not a table of the
// format its ending gives (a row over 16 MiB, more than 4,096 columns...);
// check the delimiter", the fix only in the English detail (QA of session
// 30).
func TestNotTableFixNamed(t *testing.T) {
	for _, c := range []struct {
		file, key, fix string // fix: what English says, in the headline or its own
		body           []byte
	}{
		{"correspondence.ndjson", "errJSONArray", "jq -c '.[]'", []byte(`[{"sent_at": "2025-03-03 09:00", "sender": "p1", "recipients": "p2"}]` + "\n")},
		{"correspondence.xlsx", "errNotWorkbook", "save it in Excel as .xlsx", []byte("PK\x03\x04 a cut-off copy")},
	} {
		study := handStudy(t)
		if err := os.Remove(filepath.Join(study, "correspondence.csv")); err != nil {
			t.Fatal(err)
		}
		writeStudyFile(t, study, c.file, c.body)
		code, _, stderr := sekat(t, "validate", study)
		if want := msg("id", c.key, c.file); code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr lacks %q:\n%s", c.file, code, want, stderr)
		}
		// English keeps the reader's own sentence, which has the fix
		if code, _, stderr := sekat(t, "validate", study, "--lang", "en"); code == 0 || !strings.Contains(strings.SplitN(stderr, "\n", 2)[0], c.fix) {
			t.Errorf("%s en: exit %d, the first line lacks %q:\n%s", c.file, code, c.fix, stderr)
		}
	}
}

// TestFileNameEscaped: a file name holding a line break or a terminal's
// escape sequence is shown quoted, with Go's escapes, in what validate and
// analyze print: raw, the line break split the table of inputs and the
// reason of a rejected row over two lines, and the escape sequence
// reached the terminal (it could recolour or clear the screen).
func TestFileNameEscaped(t *testing.T) {
	study := handStudy(t)
	if err := os.Rename(filepath.Join(study, "correspondence.csv"), filepath.Join(study, "correspondence_a\nb.csv")); err != nil {
		t.Skipf("no line break in file names here: %v", err)
	}
	writeStudyFile(t, study, "correspondence_\x1b[31mmerah.csv", []byte("sent_at,sender,recipients\n2025-13-45,p1,p2\n"))
	writeStudyFile(t, study, "catatan\u202etxt.md", []byte("x"))
	for _, lang := range []string{"id", "en"} {
		for _, args := range [][]string{
			{"validate", study, "--lang", lang},
			{"analyze", study, "--out", filepath.Join(t.TempDir(), "hasil"), "--permutations", "10", "--max-reject-rate", "1", "--lang", lang},
		} {
			_, stdout, stderr := sekat(t, args...)
			out := stdout + stderr
			for _, raw := range []string{"a\nb.csv", "\x1b", "\u202e"} {
				if strings.Contains(out, raw) {
					t.Errorf("%s %s: prints %q raw:\n%s", args[0], lang, raw, out)
				}
			}
			want := []string{`"catatan\u202etxt.md"`}
			if args[0] == "validate" {
				want = append(want, `"correspondence_a\nb.csv"`, `"correspondence_\x1b[31mmerah.csv"`)
			}
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("%s %s: does not show %s:\n%s", args[0], lang, w, out)
				}
			}
		}
	}
}

// TestTimeReasons: a time written in a form sekat reads whose day or time
// does not exist (2025-02-30, 25:00), and a Unix time (seconds since
// 1970, as some databases export a timestamp), are rejected saying so, in
// both languages; before, both were "not a time; use YYYY-MM-DD...",
// the form they were already written in, or no hint at all.
func TestTimeReasons(t *testing.T) {
	study := handStudy(t)
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"2025-02-30,p1,p2,,m91\n"+
		"2025-03-01 25:00,p1,p2,,m92\n"+
		"1741000000,p1,p2,,m93\n"+
		"1741000000000,p1,p2,,m94\n"+
		"2025-13-45,p1,p2,,m95\n"))
	validateSays(t, study, map[string][]string{
		"en": {`line 8 column sent_at: no such date: February 2025 has 28 days, so day 30 does not exist`,
			`line 9 column sent_at: no such date or time (hour out of range)`,
			`line 10 column sent_at: not a time sekat reads: a count of seconds (or milliseconds) since 1970 (a Unix time, here 2025-03-03 11:06:40 UTC)`,
			`line 11 column sent_at: not a time sekat reads: a count of seconds (or milliseconds) since 1970 (a Unix time, here 2025-03-03 11:06:40 UTC)`,
			`line 12 column sent_at: no such date or time (month out of range)`},
		"id": {"baris 8 kolom sent_at: tanggal ini tidak ada: Februari 2025 hanya 28 hari, tidak ada tanggal 30",
			"baris 9 kolom sent_at: tanggal atau jam ini tidak ada (mis. 30 Februari, bulan 13 atau jam 25)",
			"baris 10 kolom sent_at: bukan waktu yang dibaca sekat: bilangan detik (atau milidetik) sejak 1970 (waktu Unix"},
	})
}

// TestTwoDigitYearWorded: a date whose year has two digits, as Excel
// writes one formatted d-mmm-yy or dd/mm/yy (5-Jan-25, 06/01/25 14.30,
// Selasa, 7 Januari 25), is rejected saying so and asking for four
// digits, in both languages; before, it was "not a time; use ... D Month
// YYYY", which left the user to spot the year. A value that is no date
// with 20 before its last two digits either (5-Jan-2x) keeps the general
// reason.
func TestTwoDigitYearWorded(t *testing.T) {
	study := handStudy(t)
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(corr+
		"5-Jan-25,p1,p2,,m91\n"+
		"06/01/25 14.30,p1,p2,,m92\n"+
		"\"Selasa, 7 Januari 25\",p1,p2,,m93\n"+
		"31/02/25,p1,p2,,m94\n"))
	validateSays(t, study, map[string][]string{
		"en": {`line 8 column sent_at: the year is written with two digits (25), and sekat does not guess the century; write it with four (5-Jan-2025): in Excel, format the column as a date with a four-digit year (dd/mm/yyyy) and export again`,
			`line 9 column sent_at: the year is written with two digits (25), and sekat does not guess the century; write it with four (06/01/2025 14.30)`,
			`line 10 column sent_at: the year is written with two digits (25), and sekat does not guess the century; write it with four (7 Januari 2025)`,
			`line 11 column sent_at: not a time; use YYYY-MM-DD`},
		"id": {"baris 8 kolom sent_at: tahun ditulis dengan dua angka, dan sekat tidak menebak abadnya; tulis tahun dengan empat angka (05/01/2025, bukan 05/01/25): di Excel, format kolomnya sebagai tanggal dengan tahun empat angka (dd/mm/yyyy), lalu ekspor ulang",
			"baris 9 kolom sent_at: tahun ditulis dengan dua angka",
			"baris 10 kolom sent_at: tahun ditulis dengan dua angka",
			"baris 11 kolom sent_at: waktu tidak sah"},
	})
}

// TestEmptyLogWarned: a log table whose file holds its header alone is
// warned of, as a missing one is, in both languages and in summary.json:
// before, an export that came out empty passed for a table read in
// full ("0 rows, 0 rejected") and the network silently lacked the layer.
func TestEmptyLogWarned(t *testing.T) {
	study := handStudy(t)
	writeStudyFile(t, study, "meetings.csv", []byte("meeting_id,start,attendee,organizer,title\n"))
	validateSays(t, study, map[string][]string{
		"en": {"sekat: warning: meetings.csv: the meetings table holds its header and no row, so the network has no meetings layer"},
		"id": {"sekat: peringatan: meetings.csv: tabel meetings hanya berisi baris judul tanpa satu baris data pun, sehingga jejaring tidak memiliki lapisan meetings"},
	})
	out := filepath.Join(t.TempDir(), "hasil")
	if code, _, stderr := sekat(t, "analyze", study, "--out", out, "--permutations", "10", "-q"); code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	if s := readFile(t, filepath.Join(out, "summary.json")); !strings.Contains(s, `"table_empty"`) {
		t.Errorf("summary.json lacks the warning table_empty")
	}
}

// TestParentCycleWarned: parent_id chains that loop (A's parent B, B's
// parent A; a unit its own parent) are warned of, naming the file, how
// many units and the first loop, in both languages: before, nothing was
// said, and facilitators --per-opd put A and B in different OPDs, each
// the other's.
func TestParentCycleWarned(t *testing.T) {
	study := handStudy(t)
	writeStudyFile(t, study, "units.csv", []byte("unit_id,name,sector,kind,parent_id\nA,Dinas A,s1,internal,B\nB,Dinas B,s1,,A\nC,Badan C,s2,internal,C\nD,Setda D,s3,coordinator,\n"))
	validateSays(t, study, map[string][]string{
		"en": {"sekat: warning: units.csv: the parent_id chain of 3 units loops (A → B → A) instead of ending at a unit without parent_id"},
		"id": {"sekat: peringatan: units.csv: rantai parent_id 3 unit berputar (A → B → A)"},
	})
	if _, _, stderr := sekat(t, "validate", handStudy(t), "--lang", "en"); strings.Contains(stderr, "loops") {
		t.Errorf("the hand study, without loops, is warned of one:\n%s", stderr)
	}
}

// TestDuplicateIDWorded: a unit_id on a second row of the units table is
// rejected naming the line it is first on, and a person_id that is also
// a unit_id saying so, in both languages; before, both were "id ganda;
// id harus unik dan hanya menamai satu hal" in Bahasa Indonesia, with
// neither the other row nor which of the two cases it was.
func TestDuplicateIDWorded(t *testing.T) {
	study := handStudy(t)
	units := readFile(t, filepath.Join(study, "units.csv"))
	writeStudyFile(t, study, "units.csv", []byte(units+"A,Dinas A lagi,s1,internal\n"))
	people := readFile(t, filepath.Join(study, "people.csv"))
	writeStudyFile(t, study, "people.csv", []byte(people+"B,A,Nama,Staf,,\n"))
	validateSays(t, study, map[string][]string{
		"en": {`units.csv line 7 column unit_id: unit_id "A" appears twice, first on line 2; ids must be unique, keep one row`,
			`column person_id: person_id "B" is also a unit_id; an id must name one thing: change one of them`},
		"id": {"units.csv baris 7 kolom unit_id: unit_id ini sudah ada di baris 2; setiap unit_id harus unik: simpan satu baris saja",
			"kolom person_id: person_id ini juga unit_id di tabel units; satu id hanya boleh menamai satu hal: ubah salah satunya"},
	})
}

// TestFieldCountWorded: a CSV record with more or fewer fields than its
// header is rejected, in Bahasa Indonesia too, with both counts and the
// delimiter the file is read with, as ingest's English says; before,
// "jumlah kolom baris ini tidak sama dengan baris judul" left the user
// counting.
func TestFieldCountWorded(t *testing.T) {
	study := handStudy(t)
	corr := readFile(t, filepath.Join(study, "correspondence.csv"))
	writeStudyFile(t, study, "correspondence.csv", []byte(strings.ReplaceAll(corr+"2025-03-03 09:00,p1\n", ",", ";")))
	validateSays(t, study, map[string][]string{
		"en": {"line 8: expected 5 fields as in the header, found 2; check the delimiter (semicolon)"},
		"id": {"baris 8: baris judul memuat 5 kolom, sedangkan baris ini 2; periksa pemisah (titik koma) dan tanda kutip baris ini"},
	})
}

// TestControlCharReasonWorded: the reason of an id holding a control
// character names it, U+XXXX, in both languages (the value itself shows
// nothing: the character is invisible).
func TestControlCharReasonWorded(t *testing.T) {
	study := handStudy(t)
	units := strings.Replace(readFile(t, filepath.Join(study, "units.csv")), "B,Dinas B", "B\x00,Dinas B", 1)
	writeStudyFile(t, study, "units.csv", []byte(units))
	letters := strings.Replace(readFile(t, filepath.Join(study, "correspondence.csv")), "p3;p4", "p3;p4\x02", 1)
	writeStudyFile(t, study, "correspondence.csv", []byte(letters))
	for lang, want := range map[string][]string{
		"id": {"units.csv baris 3 kolom unit_id: id ini memuat karakter tak terlihat U+0000", "kolom recipients: id penerima tidak dikenal: memuat karakter tak terlihat U+0002"},
		"en": {"units.csv line 3 column unit_id: unit_id \"B\\x00\" holds the invisible character U+0000", "unknown id \"p4\\x02\": it holds the invisible character U+0002"},
	} {
		_, stdout, stderr := sekat(t, "validate", study, "--lang", lang)
		for _, w := range want {
			if !strings.Contains(stdout+stderr, w) {
				t.Errorf("%s: no %q in\n%s%s", lang, w, stdout, stderr)
			}
		}
	}
}

// TestUnixDateRead: a meeting time written as the Unix date command
// writes it ("Fri Jan 10 09:00:00 WIB 2025") was rejected as "waktu
// tidak valid" with the forms sekat reads; validate reads it.
func TestUnixDateRead(t *testing.T) {
	study := handCopy(t, map[string]string{"meetings.csv": "M9,Fri Jan 10 09:00:00 WIB 2025,p1,p1,Rapat\nM9,Fri Jan 10 09:00:00 WIB 2025,p2,p1,Rapat\n"}, nil)
	code, stdout, stderr := sekat(t, "validate", study)
	if code != 0 || !strings.Contains(stdout, "meetings.csv") || strings.Contains(stdout+stderr, "ditolak:") || strings.Contains(stdout+stderr, "baris 13") {
		t.Errorf("exit %d; want 0 and no rejected row:\n%s%s", code, stdout, stderr)
	}
}

// TestTotalsRowInUnreadColumnWarned: a numbered attendance list whose
// totals row writes "Jumlah" in its No column, which sekat does not read,
// had that row rejected ("nilai wajib kosong") and counted; it is named
// as a totals row, in both languages, and validate passes.
func TestTotalsRowInUnreadColumnWarned(t *testing.T) {
	study := handCopy(t, nil, map[string]string{
		"meetings.csv": "No,meeting_id,start,attendee,organizer\n1,M1,2025-02-10 09:00,p1,p1\n2,M1,2025-02-10 09:00,p2,p1\nJumlah,,,,\n",
	})
	for lang, want := range map[string]string{
		"id": `meetings.csv, di akhir berkas (baris 4): baris jumlah atau baris tanda tangan di bawah tabel ("Jumlah")`,
		"en": `meetings.csv, at the end of the file (line 4): a totals row or a line of a signature under the table ("Jumlah")`,
	} {
		code, stdout, stderr := sekat(t, "validate", study, "--lang", lang)
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("--lang %s: exit %d; want 0 and %q:\n%s%s", lang, code, want, stdout, stderr)
		}
	}
}
