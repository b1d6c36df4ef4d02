package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestRenamedColumnAbsentWarned: a columns: rename in study.yaml that
// names, for an optional column, a column the file does not have (an
// analyst's units table with club_networkx, mapped as sector: club) is
// warned of, naming the file, the name, the line of study.yaml and the
// columns found; before, sector was read as absent without a word and
// every unit became its own sector. A rename the file has is not.
func TestRenamedColumnAbsentWarned(t *testing.T) {
	dir := handStudy(t)
	units := strings.Replace(readFile(t, filepath.Join(dir, "units.csv")), "unit_id,name,sector,kind", "unit_id,name,bidang,kind", 1)
	writeStudyFile(t, dir, "units.csv", []byte(units))
	writeStudyFile(t, dir, "study.yaml", []byte("name: uji\ncolumns:\n  units: {sector: sektor}\n"))
	for lang, want := range map[string][]string{
		"id": {`units.csv tidak memuat kolom "sektor"`, "study.yaml baris 3", "kolom sector", "unit_id, name, bidang, kind", "perbaiki nama kolom itu di study.yaml"},
		"en": {`units.csv has no column "sektor"`, "study.yaml line 3", "for sector", "unit_id, name, bidang, kind", "correct the name in study.yaml"},
	} {
		_, _, stderr := sekat(t, "validate", dir, "--lang", lang)
		for _, w := range want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: %q not in:\n%s", lang, w, stderr)
			}
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := sekat(t, "analyze", dir, "--out", out, "--quiet"); code != 0 {
		t.Fatalf("analyze: exit %d:\n%s", code, stderr)
	}
	var s struct {
		Warnings []struct{ Code string } `json:"warnings"`
	}
	b, err := os.ReadFile(filepath.Join(out, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range s.Warnings {
		found = found || w.Code == "column_renamed_absent"
	}
	if !found {
		t.Errorf("summary.json warnings lack column_renamed_absent: %+v", s.Warnings)
	}
	writeStudyFile(t, dir, "study.yaml", []byte("name: uji\ncolumns:\n  units: {sector: bidang}\n"))
	if _, _, stderr := sekat(t, "validate", dir, "--lang", "en"); strings.Contains(stderr, "has no column") {
		t.Errorf("a rename the file has is warned of:\n%s", stderr)
	}
}

// TestWeightColumnWarned: a log table with a weight column, as an edge
// list exported from UCINET, Pajek or Gephi has, is warned of: sekat
// counts every row as one event, so a pair of weight 5 written once
// counted 1, without a word. The warning says how to write a weight, in
// words that fit the table. A log table without one is not warned of.
func TestWeightColumnWarned(t *testing.T) {
	dir := handStudy(t)
	letters := strings.Split(strings.TrimSpace(readFile(t, filepath.Join(dir, "correspondence.csv"))), "\n")
	for i := range letters {
		if i == 0 {
			letters[i] += ",Weight"
		} else {
			letters[i] += ",5"
		}
	}
	writeStudyFile(t, dir, "correspondence.csv", []byte(strings.Join(letters, "\n")+"\n"))
	meetings := strings.Replace(readFile(t, filepath.Join(dir, "meetings.csv")), "meeting_id,start,attendee,organizer,title", "meeting_id,start,attendee,organizer,title,bobot", 1)
	writeStudyFile(t, dir, "meetings.csv", []byte(meetings))
	for lang, want := range map[string][]string{
		"id": {`correspondence.csv memuat kolom "Weight" yang tidak dibaca sekat: setiap baris dihitung sebagai satu surat`, "tuliskan barisnya w kali",
			`meetings.csv memuat kolom "bobot" yang tidak dibaca sekat: setiap baris dihitung sebagai satu peserta rapatnya`, "meeting_id sendiri"},
		"en": {`correspondence.csv has a column "Weight" that sekat does not read: every row counts as one letter`, "write its row w times",
			`meetings.csv has a column "bobot" that sekat does not read: every row counts as one attendee`, "its own meeting_id"},
	} {
		_, _, stderr := sekat(t, "validate", dir, "--lang", lang)
		for _, w := range want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: %q not in:\n%s", lang, w, stderr)
			}
		}
		if strings.Contains(stderr, "data_sharing.csv has a column") || strings.Contains(stderr, "data_sharing.csv memuat kolom") {
			t.Errorf("%s: data_sharing.csv, without a weight column, warned of:\n%s", lang, stderr)
		}
	}
}

// TestDyadListWarned: Krackhardt's advice network as its source writes
// it (ego;alter;edge, every one of the 21 x 21 pairs, 0 for no tie),
// with a date added, made every pair a tie without a word: 441 letters,
// density 1. The edge column is now warned of, with the rows of 0 to
// remove.
func TestDyadListWarned(t *testing.T) {
	dir := t.TempDir()
	units := "ID;AGE;TENURE;LEVEL;DEPT\n1;33;9,333;3;4\n2;42;19,583;2;4\n3;40;12,75;3;2\n"
	letters := "ego;alter;edge;date\n1;1;0;2025-03-01\n1;2;1;2025-03-01\n1;3;0;2025-03-01\n2;1;0;2025-03-01\n2;3;1;2025-03-01\n"
	writeStudyFile(t, dir, "units.csv", []byte(units))
	writeStudyFile(t, dir, "correspondence.csv", []byte(letters))
	writeStudyFile(t, dir, "study.yaml", []byte("columns:\n  units: {unit_id: ID, sector: DEPT}\n  correspondence: {sender: ego, recipients: alter, sent_at: date}\n"))
	for lang, want := range map[string]string{
		"id": `correspondence.csv memuat kolom "edge" yang tidak dibaca sekat: setiap baris dihitung sebagai satu surat, apa pun isi kolom itu; untuk memberi suatu pasangan bobot w, tuliskan barisnya w kali, dan hapus baris bernilai 0, yang bukan ikatan`,
		"en": `correspondence.csv has a column "edge" that sekat does not read: every row counts as one letter, whatever the column says; to give a pair the weight w, write its row w times, and remove the rows of 0, which are no tie`,
	} {
		if _, _, stderr := sekat(t, "validate", dir, "--lang", lang); !strings.Contains(stderr, want) {
			t.Errorf("%s: %q not in:\n%s", lang, want, stderr)
		}
	}
}

// TestStudyNetworkFileRefused: a network file given as STUDY (GraphML as
// Gephi saves it, Zachary's edge list as zachary.txt) is refused saying
// that sekat does not read it and how to make a study of it; it was
// called "a table file" and its folder suggested, which holds no table
// sekat reads. A CSV given as STUDY keeps the advice to give its folder.
func TestStudyNetworkFileRefused(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"karate.graphml", "zachary.txt", "edges.csv"} {
		writeStudyFile(t, dir, f, []byte("1 2 4\n"))
	}
	for _, tc := range []struct {
		file, lang, want string
	}{
		{"karate.graphml", "id", "karate.graphml bukan keduanya, juga bukan tabel yang dibaca sekat: sekat tidak membaca jejaring yang disimpan Gephi (GraphML, GEXF)"},
		{"zachary.txt", "id", "buat folder studi berisi simpulnya sebagai units.csv (unit_id, sector) dan ikatannya sebagai correspondence.csv (sent_at, sender, recipients), satu baris per ikatan"},
		{"zachary.txt", "en", "zachary.txt is neither, nor a table sekat reads: sekat does not read a network saved by Gephi (GraphML, GEXF), Pajek (.net, .paj) or UCINET (.dat, .##h), or an edge list in .txt"},
		{"edges.csv", "en", "edges.csv is a table file: give its folder"},
	} {
		code, _, stderr := sekat(t, "analyze", filepath.Join(dir, tc.file), "--lang", tc.lang, "--out", filepath.Join(t.TempDir(), "out"))
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s (%s): exit %d, want 2 and %q in:\n%s", tc.file, tc.lang, code, tc.want, stderr)
		}
	}
}

// TestFacilitatorsWindowShortWarned: facilitators on a window under four
// weeks says, on stderr and on its page, that its ranks and set describe
// that span alone, as analyze warns of its verdicts; a shortlist of
// people from one day of ties (Krackhardt's managers, every tie dated
// alike) said nothing of it. A window of four weeks is not warned of.
func TestFacilitatorsWindowShortWarned(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 8, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := testKey(t, 31)
	for _, c := range []struct {
		to, lang, want string
	}{
		{"2025-02-11", "id", "jendela waktu hanya 10 hari (1–10 Februari 2025), kurang dari 4 pekan: peringkat, jangkauan dan himpunan fasilitator ini menggambarkan ikatan pada rentang itu saja"},
		{"2025-02-11", "en", "the window is only 10 days (1–10 February 2025), under 4 weeks: the ranks, the reach and the facilitator set describe the ties of that span alone"},
		{"2025-03-01", "id", ""},
	} {
		out := filepath.Join(t.TempDir(), "out")
		_, stderr := analyzeOK(t, "facilitators", dir, "--purpose", "uji", "--key-file", keyFile, "--lang", c.lang,
			"--from", "2025-02-01", "--to", c.to, "--bootstrap", "10", "--shuffles", "5", "--out", out)
		page := html.UnescapeString(readFile(t, filepath.Join(out, "facilitators.html")))
		if c.want == "" {
			if strings.Contains(stderr, "kurang dari 4 pekan") || strings.Contains(page, "kurang dari 4 pekan") {
				t.Errorf("a window of four weeks is warned of as short:\n%s", stderr)
			}
			continue
		}
		if !strings.Contains(stderr, c.want) {
			t.Errorf("%s: stderr lacks %q:\n%s", c.lang, c.want, stderr)
		}
		if head := strings.ToUpper(c.want[:1]) + c.want[1:]; !strings.Contains(page, head) {
			t.Errorf("%s: facilitators.html lacks %q", c.lang, head)
		}
	}
}
