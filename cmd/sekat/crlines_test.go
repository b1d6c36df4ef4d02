package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// crLinesStudy is the demo study with its tables' lines ended by a lone
// CR, as Excel for Mac's "CSV (Macintosh)" writes them.
func crLinesStudy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi-cr")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeStudyFile(t, dir, "study.yaml", readFileBytes(t, filepath.Join("sample", "study.yaml")))
	for _, table := range []string{"units", "people", "correspondence", "meetings", "data_sharing"} {
		text := gunzip(t, readFileBytes(t, filepath.Join("sample", table+".csv.gz")))
		if strings.Contains(text, "\r") || !strings.Contains(text, "\n") {
			t.Fatalf("%s: the demo table is not one of LF lines", table)
		}
		writeStudyFile(t, dir, table+".csv", []byte(strings.ReplaceAll(text, "\n", "\r")))
	}
	return dir
}

// TestCRLinesAsLF: a study whose tables end their lines with a lone CR
// gives the demo study's outputs byte for byte, with no row rejected.
func TestCRLinesAsLF(t *testing.T) {
	study := crLinesStudy(t)
	plain, cr := filepath.Join(t.TempDir(), "biasa"), filepath.Join(t.TempDir(), "cr")
	analyzeOK(t, "analyze", "sample", "--out", plain, "-q")
	analyzeOK(t, "analyze", study, "--out", cr, "-q")
	if _, err := os.Stat(filepath.Join(cr, "rejects.csv")); err == nil {
		t.Errorf("rows were rejected: %.300s", readFileBytes(t, filepath.Join(cr, "rejects.csv")))
	}
	for _, f := range []string{"edges.csv", "units.csv", "groups.csv", "silos.csv"} {
		a, b := readFileBytes(t, filepath.Join(plain, f)), readFileBytes(t, filepath.Join(cr, f))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from the demo study's", f)
		}
	}
}
