package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/sekat-ona/sekat/ingest"
)

// handWithYAML copies the hand study's tables into a temporary folder
// beside a study.yaml holding y.
func handWithYAML(t *testing.T, y string) string {
	t.Helper()
	dir := t.TempDir()
	tables, err := filepath.Glob("../../testdata/studies/hand/*.csv")
	if err != nil || len(tables) == 0 {
		t.Fatalf("hand study: %v", err)
	}
	for _, f := range tables {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestStudyYAMLInSekatWords: a study.yaml that cannot be read is reported
// in the user's language with the file, the line, the key and what is
// allowed, never in yaml.v3's words (`field kolom not found in type
// ingest.Config`, "cannot unmarshal !!str"); exit code 1, for every
// command that reads a study.
func TestStudyYAMLInSekatWords(t *testing.T) {
	for _, tc := range []struct {
		yaml, id, en string
	}{
		{"name: X\nkolom:\n  a: b\n",
			`sekat: study.yaml baris 2: kunci "kolom" tidak dikenal di tingkat teratas; kunci yang dapat dipakai: name, timezone, files, columns, layer_weights, window, thresholds, encoding, date_order, sheet, privacy, facilitators, crosswalk`,
			`sekat: study.yaml line 2: unknown key "kolom" at the top level; the keys allowed there are name, timezone, files, columns, layer_weights, window, thresholds, encoding, date_order, sheet, privacy, facilitators, crosswalk`},
		{"name: X\nthresholds:\n  max_reject_rate: abc\n",
			`sekat: study.yaml baris 3: thresholds.max_reject_rate berisi teks "abc", seharusnya bilangan dengan titik desimal, mis. 0.5`,
			`sekat: study.yaml line 3: thresholds.max_reject_rate holds the text "abc", but it must be a number with a decimal point, e.g. 0.5`},
		{"thresholds:\n  silo_alpha: 0,05\n",
			`sekat: study.yaml baris 2: thresholds.silo_alpha berisi teks "0,05", seharusnya bilangan dengan titik desimal: tulis silo_alpha: 0.05`,
			`sekat: study.yaml line 2: thresholds.silo_alpha holds the text "0,05", but it must be a number with a decimal point: write silo_alpha: 0.05`},
		{"thresholds:\n  silo_p: 0.05\n",
			`sekat: study.yaml baris 2: kunci "silo_p" tidak dikenal di bawah thresholds; kunci yang dapat dipakai: max_reject_rate, silo_alpha, silo_homophily, max_meeting_size, circular_units (silo_p telah diganti dengan silo_alpha: aturan silo kini memakai indeks homofili dan nilai p terkoreksi Holm; lihat docs/metrics.md)`,
			`sekat: study.yaml line 2: unknown key "silo_p" under thresholds; the keys allowed there are max_reject_rate, silo_alpha, silo_homophily, max_meeting_size, circular_units (silo_p was replaced by silo_alpha: the silo rule now uses the homophily index and the Holm-adjusted p-value; see docs/metrics.md)`},
		{"columns:\n  meetings: {tanggal: start}\n",
			`sekat: study.yaml baris 2: kunci "tanggal" tidak dikenal di bawah columns.meetings; kunci yang dapat dipakai: meeting_id, start, attendee, organizer, title`,
			`sekat: study.yaml line 2: unknown key "tanggal" under columns.meetings; the keys allowed there are meeting_id, start, attendee, organizer, title`},
		{"files:\n  units: units.csv\n",
			`sekat: study.yaml baris 2: files.units berisi teks "units.csv", seharusnya daftar: tulis units: [units.csv]`,
			`sekat: study.yaml line 2: files.units holds the text "units.csv", but it must be a list: write units: [units.csv]`},
		{"window: [2025-01-01, 2025-07-01]\n",
			`sekat: study.yaml baris 1: window berisi daftar, seharusnya pasangan kunci: nilai`,
			`sekat: study.yaml line 1: window holds a list, but it must be a mapping of key: value`},
		{"- name\n",
			`sekat: study.yaml baris 1: berkas ini berisi daftar, seharusnya pasangan kunci: nilai`,
			`sekat: study.yaml line 1: the file holds a list, but it must be a mapping of key: value`},
		{"name: a\nname: b\n",
			`sekat: study.yaml baris 2: kunci "name" ditulis dua kali di tingkat teratas; hapus salah satunya`,
			`sekat: study.yaml line 2: key "name" is written twice at the top level; remove one of them`},
		{"name: Kab\n# catatan\nname2: Caf\xe9\n",
			`sekat: study.yaml baris 3: bukan teks UTF-8 (ada bita yang bukan UTF-8, seperti pada berkas yang disimpan sebagai ANSI atau Windows-1252); simpan study.yaml sebagai UTF-8`,
			`sekat: study.yaml line 3: not UTF-8 text (a byte that is not UTF-8, as a file saved as ANSI or Windows-1252 has); save study.yaml as UTF-8`},
		{"name: [X\n",
			`sekat: study.yaml baris 1: bukan YAML yang sah (did not find expected ',' or ']'); periksa titik dua, tanda kutip, kurung dan indentasi`,
			`sekat: study.yaml line 1: not valid YAML (did not find expected ',' or ']'); check the colons, quotes, brackets and indentation`},
	} {
		dir := handWithYAML(t, tc.yaml)
		for _, cmd := range []string{"validate", "analyze"} {
			for _, l := range []struct{ lang, want string }{{"id", tc.id}, {"en", tc.en}} {
				args := []string{cmd, dir, "--lang", l.lang}
				if cmd == "analyze" {
					args = append(args, "--out", filepath.Join(t.TempDir(), "out"))
				}
				code, _, stderr := sekat(t, args...)
				if code != 1 || stderr != l.want+"\n" {
					t.Errorf("%q: sekat %s --lang %s: exit %d, stderr\n%q\nwant exit 1 and\n%q", tc.yaml, cmd, l.lang, code, stderr, l.want+"\n")
				}
			}
		}
	}
}

// TestReasonText: rejects.csv's reason in Bahasa Indonesia is the
// catalogue's sentence for the row's sentinel; in English it is ingest's
// own reason, or the catalogue's when ingest gave none.
func TestReasonText(t *testing.T) {
	e := &ingest.RowError{File: "people.csv", Line: 3, Column: "unit_id", Value: "X",
		Reason: `unknown unit "X": not in units.csv`, Err: ingest.ErrUnknownID}
	if got, want := reasonText(e, "id"), "id tidak dikenal: tidak ada di tabel people maupun units; tambahkan atau perbaiki id"; got != want {
		t.Errorf("id: %q, want %q", got, want)
	}
	if got := reasonText(e, "en"); got != e.Reason {
		t.Errorf("en: %q, want ingest's %q", got, e.Reason)
	}
	e.Reason = ""
	if got, want := reasonText(e, "en"), "unknown id: not in the people or the units table; add it or fix the id"; got != want {
		t.Errorf("en without ingest's reason: %q, want %q", got, want)
	}
	if !errors.Is(e, ingest.ErrUnknownID) {
		t.Fatal("RowError does not wrap its sentinel")
	}
}
