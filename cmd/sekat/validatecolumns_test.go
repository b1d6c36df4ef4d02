package main

import (
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestValidateNamesEveryFileMissingColumns: a study whose people table
// and letters both carry their headers in Bahasa Indonesia (nip,
// kode_unit; tanggal_kirim, pengirim, penerima) stopped validate at the
// first file with its own columns: mapping; once that was added, the
// next run stopped at the letters with a second mapping, which as a
// second columns: key of study.yaml does not even read. validate now
// names every file that lacks a required column and gives one columns:
// mapping for them all, which study.yaml reads, in both languages.
func TestValidateNamesEveryFileMissingColumns(t *testing.T) {
	study := handStudy(t)
	for name, header := range map[string]string{
		"correspondence.csv": "tanggal_kirim,pengirim,penerima,tembusan,nomor_surat",
		"people.csv":         "nip,kode_unit,nama,jabatan,tmt,tanggal_selesai",
	} {
		body := readFile(t, filepath.Join(study, name))
		_, rest, _ := strings.Cut(body, "\n")
		writeStudyFile(t, study, name, []byte(header+"\n"+rest))
	}
	for _, lang := range []string{"en", "id"} {
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code != 1 {
			t.Fatalf("%s: exit %d, want 1\n%s", lang, code, stderr)
		}
		for _, f := range []string{"people.csv", "correspondence.csv"} {
			if !strings.Contains(stderr, f) {
				t.Errorf("%s: stderr does not name %s:\n%s", lang, f, stderr)
			}
		}
		i := strings.LastIndex(stderr, "columns: {")
		if i < 0 {
			t.Fatalf("%s: no columns: mapping:\n%s", lang, stderr)
		}
		line, _, _ := strings.Cut(stderr[i:], "\n")
		var cfg struct {
			Columns map[string]map[string]string `yaml:"columns"`
		}
		if err := yaml.Unmarshal([]byte(line), &cfg); err != nil {
			t.Fatalf("%s: the mapping %q does not read as YAML: %v", lang, line, err)
		}
		if cfg.Columns["people"]["person_id"] != "nip" || cfg.Columns["correspondence"]["sender"] != "pengirim" || cfg.Columns["correspondence"]["sent_at"] != "tanggal_kirim" {
			t.Errorf("%s: the last mapping %q does not map both tables", lang, line)
		}
	}
	// the mapping written to study.yaml: the study reads
	_, _, stderr := sekat(t, "validate", study)
	i := strings.LastIndex(stderr, "columns: {")
	line, _, _ := strings.Cut(stderr[i:], "\n")
	writeStudyFile(t, study, "study.yaml", []byte(line+"\n"))
	if code, _, stderr := sekat(t, "validate", study); code != 0 {
		t.Errorf("with the mapping in study.yaml: exit %d\n%s", code, stderr)
	}
}
