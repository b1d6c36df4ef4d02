package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// TestPairsBoolStatus: a Parquet data_sharing table whose status column
// is BOOLEAN, which sekat analyze reads as the words true and false and
// rejects row by row (not a status), is refused by sekat pairs saying
// what a status is and to write the column as text with those words. It
// said the column held "times or numbers that are not integers", which
// a true/false column does not.
func TestPairsBoolStatus(t *testing.T) {
	type share struct {
		At       string `parquet:"at"`
		Provider string `parquet:"provider"`
		Consumer string `parquet:"consumer"`
		Status   bool   `parquet:"status"`
	}
	var b bytes.Buffer
	w := parquet.NewGenericWriter[share](&b)
	if _, err := w.Write([]share{{"2025-03-01", "C", "A", true}, {"2025-03-02", "p4", "p1", false}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv", "meetings.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	if err := os.WriteFile(filepath.Join(dir, "data_sharing.parquet"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"id": {`tabel data_sharing: kolom "status" pada data_sharing.parquet berisi true dan false (BOOLEAN)`, "granted (disetujui, diberikan, approved), denied (ditolak", "simpan kolom itu sebagai teks dengan kata-kata tersebut"},
		"en": {`table data_sharing: column "status" of data_sharing.parquet holds true and false (BOOLEAN)`, "granted (disetujui, diberikan, approved), denied (ditolak", "write the column as text with those words"},
	} {
		code, _, stderr := sekat(t, "pairs", dir, "--lang", lang)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2 (the input to change); stderr %q", lang, code, stderr)
		}
		for _, s := range want {
			if !strings.Contains(stderr, s) {
				t.Errorf("%s: stderr does not say %q:\n%s", lang, s, stderr)
			}
		}
		for _, s := range []string{"bilangan bulat", "not integers"} {
			if strings.Contains(stderr, s) {
				t.Errorf("%s: stderr says %q of a true/false column:\n%s", lang, s, stderr)
			}
		}
	}
	// the raw table: analyze rejects each row for its status (the same
	// words), which the pairs refusal above repeats
	code, _, stderr := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "o"), "--lang", "en")
	if code != 1 || !strings.Contains(stderr, "table data_sharing") {
		t.Errorf("analyze on the raw table: exit %d, want 1 (all its rows rejected); stderr %q", code, stderr)
	}
}
