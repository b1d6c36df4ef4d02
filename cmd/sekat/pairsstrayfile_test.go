package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsStrayFileWorded: a file in a table's folder that is no part of
// the table (a note beside the part files, a file outside the period
// folders) is refused naming it, and the refusal now says to move such a
// file out of the folder, in both languages. Before, its only fixes were
// to write the table with a header line or partitioned, or to make the
// tables again, which a note in the folder would have survived.
func TestPairsStrayFileWorded(t *testing.T) {
	for _, c := range []struct {
		name, file, text string
	}{
		{"a note", "pairs/README.txt", "Tabel pasangan dari Spark, Desember 2025\n"},
		{"binary", "pairs/Rekap.xlsx", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xfe"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tables := handTables(t, false, false)
			if err := os.Mkdir(filepath.Join(tables, "pairs"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(filepath.Join(tables, "pairs.csv"), filepath.Join(tables, "pairs", "part-0.csv")); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(tables, filepath.FromSlash(c.file)), []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			for lang, want := range map[string]string{
				"id": "; bila berkas itu bukan bagian tabel (catatan, atau berkas lain yang ikut tersalin di samping bagian-bagiannya), pindahkan keluar dari folder itu",
				"en": "; if it is no file of the table (a note, or a file copied in beside its parts), move it out of the folder",
			} {
				code, _, stderr := sekat(t, "analyze", "../../testdata/studies/hand", "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang)
				if code != 2 || !strings.Contains(stderr, c.file) || !strings.Contains(stderr, want) {
					t.Errorf("%s: exit %d, want 2 naming %s and saying %q; stderr:\n%s", lang, code, c.file, want, stderr)
				}
			}
		})
	}
}
