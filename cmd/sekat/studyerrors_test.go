package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/ingest"
)

// TestStudyErrorsWorded: each reason a study cannot be read that its user
// fixes in the folder or in study.yaml is said whole in Bahasa Indonesia
// (file, line where study.yaml has one, the value, what is allowed),
// with no English detail line beneath, and in English with --lang en.
// Before, these gave a general Indonesian headline and ingest's English
// sentence as the detail; a value out of range gave both on one line.
func TestStudyErrorsWorded(t *testing.T) {
	hand := "../../testdata/studies/hand/"
	cases := []struct {
		name  string
		yaml  string
		setup func(dir string)
		code  int
		id    string
		en    string
	}{
		{name: "timezone", yaml: "name: x\ntimezone: Mars/Olympus\n", code: 1,
			id: `study.yaml baris 2: zona waktu (timezone) "Mars/Olympus" tidak dikenal sebagai zona IANA`, en: `study.yaml line 2: timezone "Mars/Olympus": not a known IANA zone`},
		// the example of a list is the user's value in brackets, or one of
		// the key's kind: formal_positions was told "e.g. [a.csv, b.csv]"
		{name: "formal positions as text", yaml: "facilitators:\n  formal_positions: Kepala Dinas, Sekretaris\n", code: 1,
			id: `study.yaml baris 2: facilitators.formal_positions berisi teks "Kepala Dinas, Sekretaris", seharusnya daftar: tulis formal_positions: [Kepala Dinas, Sekretaris]`,
			en: `study.yaml line 2: facilitators.formal_positions holds the text "Kepala Dinas, Sekretaris", but it must be a list: write formal_positions: [Kepala Dinas, Sekretaris]`},
		{name: "formal positions as a mapping", yaml: "facilitators:\n  formal_positions: {kepala: dinas}\n", code: 1,
			id: `seharusnya daftar kata jabatan, mis. formal_positions: [Sekretaris Daerah, Kepala Bagian]`,
			en: `but it must be a list of position words, e.g. formal_positions: [Sekretaris Daerah, Kepala Bagian]`},
		{name: "files as text", yaml: "files:\n  correspondence: surat.csv\n", code: 1,
			id: `study.yaml baris 2: files.correspondence berisi teks "surat.csv", seharusnya daftar: tulis correspondence: [surat.csv]`,
			en: `study.yaml line 2: files.correspondence holds the text "surat.csv", but it must be a list: write correspondence: [surat.csv]`},
		{name: "share in percent", yaml: "thresholds:\n  max_reject_rate: 5%\n", code: 1,
			id: `study.yaml baris 2: thresholds.max_reject_rate berisi teks "5%", seharusnya bilangan dengan titik desimal: tulis max_reject_rate: 0.05`,
			en: `write max_reject_rate: 0.05`},
		{name: "tab on the first line", yaml: "\tname: x\n", code: 1,
			id: `study.yaml baris 1: bukan YAML yang sah (found character that cannot start any token); baris ini diberi indentasi dengan tab`,
			en: `study.yaml line 1: not valid YAML (found character that cannot start any token); the line is indented with a tab, which YAML does not allow: indent it with spaces`},
		// a key written without the space after its colon, which YAML
		// reads as one text: the hint writes the line as meant (before,
		// "thresholds holds the text "max_reject_rate:0.05"" or "could
		// not find expected ':'" left the space to be seen)
		{name: "no space after a colon, as a value", yaml: "thresholds:\n  max_reject_rate:0.05\n", code: 1,
			id: `study.yaml baris 2: thresholds berisi teks "max_reject_rate:0.05", seharusnya pasangan kunci: nilai; YAML memerlukan spasi sesudah titik dua: tulis max_reject_rate: 0.05`,
			en: `study.yaml line 2: thresholds holds the text "max_reject_rate:0.05", but it must be a mapping of key: value; YAML needs a space after the colon: write max_reject_rate: 0.05`},
		{name: "no space after a colon, as a key", yaml: "window: {from: 2025-01-01, to:2026-01-01}\n", code: 1,
			id: `kunci "to:2026-01-01" tidak dikenal di bawah window; kunci yang dapat dipakai: from, to; YAML memerlukan spasi sesudah titik dua: tulis to: 2026-01-01`,
			en: `YAML needs a space after the colon: write to: 2026-01-01`},
		{name: "no space after a colon, not YAML", yaml: "name: x\ntimezone:WIB\nlayer_weights: {meetings: 2}\n", code: 1,
			id: `study.yaml baris 2: bukan YAML yang sah (could not find expected ':'); periksa titik dua, tanda kutip, kurung dan indentasi; YAML memerlukan spasi sesudah titik dua: tulis timezone: WIB`,
			en: `study.yaml line 2: not valid YAML (could not find expected ':'); check the colons, quotes, brackets and indentation; YAML needs a space after the colon: write timezone: WIB`},
		{name: "colon in a value", yaml: "name: Kabupaten Contoh: Tahun 2025\n", code: 1,
			id: `study.yaml baris 1: bukan YAML yang sah (mapping values are not allowed in this context); periksa titik dua, tanda kutip, kurung dan indentasi; nilai yang memuat titik dua dan spasi harus diapit tanda kutip: tulis name: "Kabupaten Contoh: Tahun 2025"`,
			en: `a value that holds a colon and a space must be in quotes: write name: "Kabupaten Contoh: Tahun 2025"`},
		{name: "value on the first line", yaml: "name: `x`\n", code: 1,
			id: `study.yaml baris 1: bukan YAML yang sah`, en: `study.yaml line 1: not valid YAML`},
		{name: "window not a date", yaml: "name: x\nwindow:\n  from: 2025-13-45\n", code: 1,
			id: `study.yaml baris 3: window: from "2025-13-45" bukan tanggal; tulis dalam bentuk YYYY-MM-DD`, en: `study.yaml line 3: window: from "2025-13-45" is not a time`},
		{name: "window order", yaml: "window:\n  from: 2025-03-01\n  to: 2025-02-01\n", code: 2,
			id: "study.yaml baris 3: window: to (2025-02-01) tidak sesudah from (2025-03-01)", en: "sekat: study.yaml line 3: window: to (2025-02-01) is not after from (2025-03-01)"},
		{name: "threshold above", yaml: "thresholds:\n  silo_alpha: 2\n", code: 2,
			id: "study.yaml baris 2: thresholds: silo_alpha = 2; nilainya harus berupa bilangan lebih dari 0 dan paling besar 1", en: "study.yaml line 2: thresholds: silo_alpha = 2; it must be a number above 0 and at most 1"},
		{name: "threshold range", yaml: "thresholds:\n  max_reject_rate: 1.5\n", code: 2,
			id: "study.yaml baris 2: thresholds: max_reject_rate = 1.5; nilainya harus berupa bilangan dari 0 sampai 1", en: "study.yaml line 2: thresholds: max_reject_rate = 1.5; it must be a number from 0 to 1"},
		{name: "circular units", yaml: "thresholds:\n  circular_units: 0\n", code: 2,
			id: "study.yaml baris 2: thresholds: circular_units 0 harus paling sedikit 1", en: "study.yaml line 2: thresholds: circular_units 0 must be at least 1"},
		{name: "meeting size", yaml: "thresholds:\n  max_meeting_size: 1\n", code: 2,
			id: "study.yaml baris 2: thresholds: max_meeting_size 1 harus paling sedikit 2", en: "study.yaml line 2: thresholds: max_meeting_size 1 must be at least 2"},
		{name: "layer weight", yaml: "layer_weights:\n  correspondence: -1\n", code: 2,
			id: "study.yaml baris 2: layer_weights: correspondence = -1 tidak sah; bobot lapisan harus berupa bilangan hingga", en: "study.yaml line 2: layer_weights: correspondence = -1; a layer weight must be a finite number"},
		{name: "encoding", yaml: "encoding: latin9\n", code: 2,
			id: `study.yaml baris 1: encoding "latin9" tidak dikenal; tulis utf-8, utf-16 atau windows-1252`, en: `study.yaml line 1: encoding: "latin9"; write utf-8, utf-16 or windows-1252`},
		{name: "date order", yaml: "date_order: ymd\n", code: 2,
			id: `study.yaml baris 1: date_order "ymd" tidak dikenal; tulis dmy`, en: `study.yaml line 1: date_order: "ymd"; write dmy`},
		{name: "date order of a table", yaml: "name: x\ndate_order:\n  meetings: mdy\n  correspondence: dym\n", code: 2,
			id: `study.yaml baris 4: date_order "dym" tidak dikenal`, en: `study.yaml line 4: date_order: "dym"`},
		{name: "files missing", yaml: "files:\n  correspondence: [surat.csv]\n", code: 1,
			id: "study.yaml baris 2: files: correspondence: berkas surat.csv tidak ada", en: "study.yaml line 2: files: correspondence: surat.csv: no such file"},
		// a crosswalk: naming a missing file is bad input, as --crosswalk
		// naming one is (exit 2; it exited 1)
		{name: "crosswalk missing", yaml: "name: x\ncrosswalk: nope.csv\n", code: 2,
			id: "study.yaml baris 2: crosswalk: berkas nope.csv tidak ada", en: "study.yaml line 2: crosswalk: nope.csv: no such file"},
		{name: "table in two formats", setup: func(dir string) { copyTo(t, hand+"units.csv", filepath.Join(dir, "units.tsv"), ",", "\t") }, code: 1,
			id: "units.csv dan units.tsv memuat tabel yang sama dalam dua format; simpan salah satunya", en: "units.csv and units.tsv hold the same table in two formats"},
		{name: "table twice", setup: func(dir string) {
			os.Remove(filepath.Join(dir, "meetings.csv"))
			for _, d := range []string{"meetings", "meetings.csv"} {
				os.Mkdir(filepath.Join(dir, d), 0o755)
				copyTo(t, hand+"meetings.csv", filepath.Join(dir, d, "part-0.csv"), "", "")
			}
		}, code: 1,
			id: "meetings/ dan meetings.csv/ memuat tabel yang sama dua kali", en: "meetings/ and meetings.csv/ hold the same table twice"},
		{name: "no logs", setup: func(dir string) {
			for _, f := range []string{"correspondence.csv", "meetings.csv", "data_sharing.csv"} {
				os.Remove(filepath.Join(dir, f))
			}
		}, code: 1,
			id: "tidak ada berkas log; tambahkan correspondence*.csv", en: "no log files; add correspondence*.csv"},
		// an analyst's network as UCINET and Pajek save it, and an edge
		// list under its own name: the files not read are named, with
		// what to write instead; before, only "no log files"
		{name: "no logs, files not read", setup: func(dir string) {
			for _, f := range []string{"correspondence.csv", "meetings.csv", "data_sharing.csv"} {
				os.Remove(filepath.Join(dir, f))
			}
			for _, f := range []string{"ELwork.dat", "advice.csv", "Lazega.paj"} {
				os.WriteFile(filepath.Join(dir, f), []byte("1 2\n"), 0o644)
			}
		}, code: 1,
			id: "tidak ada berkas log; berkas di folder ini yang tidak dibaca sebagai tabel: ELwork.dat, Lazega.paj, advice.csv; beri berkas log nama yang diawali correspondence",
			en: "no log files; files in the folder not read as tables: ELwork.dat, Lazega.paj, advice.csv; give a log file a name starting with correspondence"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := handStudy(t)
			if c.yaml != "" {
				os.WriteFile(filepath.Join(dir, "study.yaml"), []byte(c.yaml), 0o644)
			}
			if c.setup != nil {
				c.setup(dir)
			}
			for lang, want := range map[string]string{"id": c.id, "en": c.en} {
				code, _, stderr := sekat(t, "validate", dir, "--lang", lang)
				if code != c.code || !strings.Contains(stderr, want) || strings.Contains(stderr, "rincian") || strings.Contains(stderr, "detail:") || strings.Contains(stderr, "ingest: ") {
					t.Errorf("%s: exit %d (want %d), stderr:\n%s\nwant %q whole, without a detail line", lang, code, c.code, stderr, want)
				}
				// a value of study.yaml is not fixed by reading --help,
				// which does not describe study.yaml
				if strings.Contains(stderr, "--help") {
					t.Errorf("%s: a study.yaml problem sends the reader to --help:\n%s", lang, stderr)
				}
			}
		})
	}
}

// TestStudyErrorCodesWorded: every code ingest gives a StudyError has its
// sentence in each language (a code added without one would fall back to
// the general headline and the English detail).
func TestStudyErrorCodesWorded(t *testing.T) {
	src, err := os.ReadFile("../../ingest/study.go")
	if err != nil {
		t.Fatal(err)
	}
	codes := regexp.MustCompile(`(?:studyErrCode|settingErr)\("(\w+)"`).FindAllStringSubmatch(string(src), -1)
	if len(codes) < 15 {
		t.Fatalf("found %d codes in ingest/study.go; the pattern no longer matches its calls", len(codes))
	}
	for _, m := range codes {
		for _, lang := range []string{"id", "en"} {
			if studyText(&ingest.StudyError{Code: m[1]}, lang) == "" {
				t.Errorf("code %q has no %s sentence in studyText", m[1], lang)
			}
		}
	}
}

// TestSQLErrorsWorded: a study sekat pairs cannot write SQL for is told
// whole in Bahasa Indonesia, with no English line beneath. Before, the
// engine's English sentence was all a user saw, whatever --lang said.
func TestSQLErrorsWorded(t *testing.T) {
	dir := handStudy(t)
	rows := `{"meeting_id":"M1","start":"2025-02-10 09:00","attendee":"p1","organizer":"p1"}` + "\n" +
		`{"meeting_id":"M1","start":"2025-02-10 09:00","attendee":"p2","organizer":"p1"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "meetings.ndjson"), []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "meetings.csv"))
	for _, c := range []struct{ args []string }{{[]string{"pairs", dir}}, {[]string{"pairs", "--dialect", "spark", dir}}} {
		code, _, stderr := sekat(t, c.args...)
		want := "meetings.ndjson: teks SQL untuk "
		// a file the text does not read is bad input, exit 2 (48568d2)
		if code != 2 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "simpan berkas ndjson ini sebagai CSV atau Parquet") ||
			strings.Contains(stderr, "rincian") || strings.Contains(stderr, "engine") || strings.Contains(stderr, "convert") {
			t.Errorf("%v: exit %d, stderr:\n%s\nwant %q whole, in Bahasa Indonesia", c.args, code, stderr, want)
		}
	}
	// a flag value out of range: bad usage, exit 2 (2a79a1a)
	code, _, stderr := sekat(t, "pairs", "--dialect", "trino", "--table-format", "csv", handStudy(t))
	if code != 2 || !strings.Contains(stderr, "gunakan --table-format parquet") || strings.Contains(stderr, "Hive connector") {
		t.Errorf("trino csv: exit %d, stderr:\n%s", code, stderr)
	}
}

// TestSQLErrorCodesWorded: every code engine gives an SQLError has its
// sentence in each language.
func TestSQLErrorCodesWorded(t *testing.T) {
	var codes []string
	for _, f := range []string{"dialect.go", "sql.go", "duckdb.go"} {
		src, err := os.ReadFile("../../engine/" + f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`(?:sqlErr|bad)\("(\w+)"|Code: "(\w+)"`).FindAllStringSubmatch(string(src), -1) {
			codes = append(codes, m[1]+m[2])
		}
	}
	if len(codes) < 9 {
		t.Fatalf("found %d codes in engine; the pattern no longer matches its calls", len(codes))
	}
	for _, c := range codes {
		for _, lang := range []string{"id", "en"} {
			if sqlText(&engine.SQLError{Code: c}, lang) == "" {
				t.Errorf("code %q has no %s sentence in sqlText", c, lang)
			}
		}
	}
}

// TestEmptyColumnRename: a column of columns: left empty (sent_at: with
// no value) keeps its own name, as an empty value of study.yaml means
// the default; before, the run stopped at a "missing column """.
func TestEmptyColumnRename(t *testing.T) {
	dir := handStudy(t)
	writeStudyFile(t, dir, "study.yaml", []byte("columns:\n  correspondence:\n    sent_at:\n    sender: \"\"\n"))
	if code, _, stderr := sekat(t, "validate", dir, "--lang", "en"); code != 0 {
		t.Errorf("exit %d, want 0:\n%s", code, stderr)
	}
}
