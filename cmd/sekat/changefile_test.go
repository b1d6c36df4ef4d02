package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestChangeFileErrors: a problem of the reform file or of the crosswalk
// is worded in the user's language, names the file as given (not
// "reform.yaml" or "unit_crosswalk.csv" whatever its name) and its line.
// Before, the messages were English only and named reform.yaml.
func TestChangeFileErrors(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 2, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rf := write("reformasi-2025.yml", "date: 2025-07-01\ntreated: [kesehatn]\n")
	scalar := write("reform-satu.yaml", "date: 2025-07-01\ntreated: sosial\n")
	twice := write("reform-dua-kali.yaml", "date: 2025-07-01\ntreated:\n  - sosial\ncontrol:\n  - sosial\n")
	open := write("reform-buka.yaml", "date: 2025-07-01\ntreated: [sosial\ncontrol: [ekonomi]\n")
	cw := write("peta-unit.csv", "old_unit,new_unit,from,share\nDINKES,DINKES_BARU,2025-07-01,1\nA,A,2025-01-01,1\n")
	cwNew := write("peta-unit-baru.csv", "old_unit,new_unit,from,share\nDISHUB,DINKES,2025-07-01,1\nDINKES,DINKES_BARU,2025-07-01,1\n")
	cwSum := write("peta-unit-pecah.csv", "old_unit,new_unit,from,share\nDINKES,DINKES_A,2025-07-01,0.6\nDINKES,DINKES_B,2025-07-01,0.3\n")
	cwShare := write("peta-unit-porsi.csv", "old_unit,new_unit,from,share\nDINKES,DINKES_BARU,2025-07-01,1.5\n")
	dmy := write("reform-dmy.yaml", "treated: [sosial]\ndate: 01/07/2025\n")
	cwDMY := write("peta-unit-dmy.csv", "old_unit,new_unit,from,share\nDINKES,DINKES_BARU,01/07/2025,1\n")
	cwOld := write("peta-unit-lama.csv", "old_unit,new_unit,from,share\nDISHUB,DISHUB_BARU,2025-07-01,1\nDISHUB_BARU,DINKES,2026-01-01,1\nDISKANX,DINKES,2025-07-01,1\n")
	withCrosswalk := t.TempDir() // a study whose study.yaml declares cwOld
	copyDir(t, study, withCrosswalk)
	if err := os.WriteFile(filepath.Join(withCrosswalk, "peta.csv"), []byte(readFile(t, cwOld)), 0o644); err != nil {
		t.Fatal(err)
	}
	writeStudyFile(t, withCrosswalk, "study.yaml", []byte("crosswalk: peta.csv\n"))
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"reform id", []string{"evaluate", study, "--reform", rf, "--out", filepath.Join(t.TempDir(), "o")},
			rf + ` baris 2: "kesehatn" bukan sektor yang memiliki unit internal dan bukan unit internal studi; periksa ejaannya`},
		{"reform en", []string{"evaluate", study, "--reform", rf, "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en"},
			rf + ` line 2: "kesehatn" is neither a sector with internal units nor an internal unit of the study; check its spelling`},
		// a name of the lists is said at its own line (before: the file
		// alone, so a long list had to be searched)
		{"reform name twice", []string{"evaluate", study, "--reform", twice, "--out", filepath.Join(t.TempDir(), "o")},
			twice + ` baris 5: "sosial" tercantum dua kali; setiap kelompok dicantumkan sekali, sebagai perlakuan atau pembanding`},
		// a date written day first: "bukan tanggal" before, of a date
		{"reform date day first", []string{"evaluate", study, "--reform", dmy, "--out", filepath.Join(t.TempDir(), "o")},
			dmy + ` baris 2: date "01/07/2025" tidak ditulis YYYY-MM-DD; dibaca dengan hari lebih dahulu, seperti sekat membaca tanggal di tabel, tanggal itu 2025-07-01: tulis date: 2025-07-01`},
		{"crosswalk from day first en", []string{"trend", study, "--crosswalk", cwDMY, "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en"},
			cwDMY + ` line 2: from "01/07/2025" is not written YYYY-MM-DD; read day first, as sekat reads the tables' dates, it is 2025-07-01: write 2025-07-01`},
		// a single name where a list belongs: yaml's "cannot unmarshal
		// !!str `sosial` into []string" before
		{"reform scalar id", []string{"evaluate", study, "--reform", scalar, "--out", filepath.Join(t.TempDir(), "o")},
			scalar + ` baris 2: treated: berisi satu nama (sosial), bukan daftar; tulis treated: [sosial]`},
		// an unclosed bracket on line 2: yaml's English on "baris 1" before
		{"reform unclosed id", []string{"evaluate", study, "--reform", open, "--out", filepath.Join(t.TempDir(), "o")},
			open + ` baris 2: daftar yang dibuka dengan [ pada baris ini tidak ditutup; tutup dengan ] pada baris yang sama, mis. treated: [sosial, ekonomi]`},
		{"reform unclosed en", []string{"evaluate", study, "--reform", open, "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en"},
			open + ` line 2: the list opened with [ on this line is not closed; close it with ] on the same line, e.g. treated: [sosial, ekonomi]`},
		{"crosswalk id", []string{"compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--crosswalk", cw, "--out", filepath.Join(t.TempDir(), "o")},
			cw + ` baris 3: unit "A" dipetakan ke dirinya sendiri; hapus baris ini`},
		// a new unit no study has: said with the file and its line, in
		// the user's language (review of session 22: English, no file)
		{"crosswalk unknown new unit", []string{"compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--crosswalk", cwNew, "--out", filepath.Join(t.TempDir(), "o")},
			cwNew + ` baris 3: unit baru "DINKES_BARU" tidak ada di tabel units studi ini; tambahkan unit itu ke sana atau perbaiki id-nya`},
		// an old unit no study has (a typo for DISKAN): before, the row
		// was taken without a word and the unit it meant left unmatched;
		// DISHUB_BARU, a step of a chain, is no study's unit and is fine
		{"crosswalk unknown old unit", []string{"compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--crosswalk", cwOld, "--out", filepath.Join(t.TempDir(), "o")},
			cwOld + ` baris 4: unit lama "DISKANX" tidak ada di tabel units studi ini; perbaiki id-nya, atau hapus baris ini`},
		// a share out of range: "tidak lebih dari 0 dan paling banyak 1"
		// said of 1.5 that it is not above 0 and at most 1
		{"crosswalk share id", []string{"compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--crosswalk", cwShare, "--out", filepath.Join(t.TempDir(), "o")},
			cwShare + ` baris 2: share 1.5 untuk "DINKES" -> "DINKES_BARU" harus lebih dari 0 dan paling banyak 1; tulis 1 untuk penggantian nama atau penggabungan, dan bagian-bagiannya untuk pemecahan`},
		// the sum is sekat's figure, in the page's number form: "0.9" in
		// an Indonesian sentence before
		{"crosswalk sum id", []string{"compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--crosswalk", cwSum, "--out", filepath.Join(t.TempDir(), "o")},
			cwSum + ` baris 2: jumlah share unit "DINKES" (baris 2, 3) adalah 0,9, bukan 1; share pemecahan satu unit harus berjumlah 1, dan unit yang dicantumkan dua kali, atau dipecah sekaligus digabung, terhitung dua kali`},
		{"crosswalk unknown old unit trend en", []string{"trend", study, "--crosswalk", cwOld, "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en"},
			cwOld + ` line 4: old unit "DISKANX" is not in the units table of the study; correct the id, or remove the row`},
		// worded for the command in use: facilitators and validate (of
		// study.yaml's crosswalk) said "any study compared" of one study
		{"crosswalk unknown old unit facilitators", []string{"facilitators", study, "--crosswalk", cwOld, "--purpose", "uji", "--out", filepath.Join(t.TempDir(), "o")},
			cwOld + ` baris 4: unit lama "DISKANX" tidak ada di tabel units studi ini; perbaiki id-nya, atau hapus baris ini`},
		{"crosswalk unknown old unit validate en", []string{"validate", withCrosswalk, "--lang", "en"},
			filepath.Join(withCrosswalk, "peta.csv") + ` line 4: old unit "DISKANX" is not in the units table of the study; correct the id, or remove the row`},
		{"crosswalk unknown old unit two studies", []string{"compare", study, study, "--crosswalk", cwOld, "--out", filepath.Join(t.TempDir(), "o")},
			cwOld + ` baris 4: unit lama "DISKANX" tidak ada di tabel units satu pun dari kedua studi yang dibandingkan; perbaiki id-nya, atau hapus baris ini`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// bad input in a file a flag names: exit 2, as the table of
			// exit codes says (it was 1, which the table did not list),
			// without the hint to --help: the message names the line
			code, _, stderr := sekat(t, append(c.args, "-q")...)
			if code != exitUsage || !strings.Contains(stderr, "sekat: "+c.want+"\n") || strings.Contains(stderr, "--help") {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 2 saying %q, without --help", code, stderr, c.want)
			}
		})
	}
	for _, k := range change.FileErrorKeys() {
		for _, lang := range []string{"id", "en"} {
			if got := msg(lang, k); got == k {
				t.Errorf("%s: no %s wording", k, lang)
			}
		}
	}
}
