package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsFoldersCheckedFirst: a folder of pair tables that does not
// exist is said (exit 2, the folder named) before anything is read. A
// --unit-pairs folder that did not exist was said only once the study and
// the whole --pairs folder had been read: here the empty --pairs folder
// was refused first ("no meta table"); and analyze --pairs named a
// people.csv without its columns (exit 1) before the missing folder.
func TestPairsFoldersCheckedFirst(t *testing.T) {
	tmp := t.TempDir()
	empty := filepath.Join(tmp, "pasangan-pegawai")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(tmp, "pasangan-unit")
	bad := filepath.Join(tmp, "studi")
	os.Mkdir(bad, 0o755)
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		os.WriteFile(filepath.Join(bad, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	os.WriteFile(filepath.Join(bad, "people.csv"), []byte("foo,bar\n1,2\n"), 0o644)
	for _, c := range []struct {
		name string
		args []string
	}{
		{"compare --unit-pairs", []string{"compare", "../../testdata/studies/hand", "--level", "person", "--pairs", empty, "--unit-pairs", missing,
			"--before", "2025-01-01..2025-03-01", "--after", "2025-03-01..2025-06-01", "--out", filepath.Join(tmp, "c")}},
		{"analyze --pairs", []string{"analyze", bad, "--pairs", missing, "--out", filepath.Join(tmp, "a")}},
		{"trend --pairs", []string{"trend", bad, "--pairs", missing, "--every", "month", "--out", filepath.Join(tmp, "t")}},
	} {
		for lang, want := range map[string]string{
			"id": "folder tabel pasangan " + missing + " tidak ada",
			"en": missing + ": no such folder of pair tables",
		} {
			code, _, stderr := sekat(t, append(c.args, "--lang", lang)...)
			if code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("%s, %s: exit %d, want 2 saying %q; stderr:\n%s", c.name, lang, code, want, stderr)
			}
		}
	}
}
