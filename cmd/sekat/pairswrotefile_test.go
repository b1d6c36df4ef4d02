package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsSQLWrittenToOneFile: sekat pairs --out FILE writes the SQL text
// to one file, and standard output says so, in both languages, naming the
// file. Before, it said "outputs written to pairs.sql" ("hasil ditulis ke
// pairs.sql"), as analyze says of a folder of outputs.
func TestPairsSQLWrittenToOneFile(t *testing.T) {
	for lang, want := range map[string]string{"en": "SQL text of the pair tables written to the file ", "id": "teks SQL tabel pasangan ditulis ke berkas "} {
		sql := filepath.Join(t.TempDir(), "pairs.sql")
		code, stdout, stderr := sekat(t, "pairs", "../../testdata/studies/hand", "--out", sql, "--lang", lang, "-q")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, stderr)
		}
		if stdout != want+sql+"\n" {
			t.Errorf("%s: stdout %q, want %q", lang, stdout, want+sql+"\n")
		}
		if b := readFile(t, sql); !strings.Contains(b, "SELECT") && !strings.Contains(b, "select") {
			t.Errorf("%s: %s holds no SQL:\n%.300s", lang, sql, b)
		}
	}
}
