package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fatalCase is a study that stops the run: the hand study with files
// written over it (a nil content removes the file).
type fatalCase struct {
	name  string
	files map[string][]byte
	id    []string // what stderr must say with the default language
	en    []string // and with --lang en
}

// runFatal runs sekat validate on the case in Bahasa Indonesia and in
// English and checks exit code 1 and the words of each.
func runFatal(t *testing.T, c fatalCase) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	for name, b := range c.files {
		if b == nil {
			os.Remove(filepath.Join(dir, name))
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"id", "en"} {
		args, want := []string{"validate", dir}, c.id
		if lang == "en" {
			args, want = append(args, "--lang", "en"), c.en
		}
		code, _, stderr := sekat(t, args...)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1; stderr %q", lang, code, stderr)
		}
		for _, w := range want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr does not say %q:\n%s", lang, w, stderr)
			}
		}
	}
}

// TestDuplicateColumnWorded: a column written twice in a header stops the
// run with a sentence in the user's language naming the file, the column,
// both positions and the fix.
func TestDuplicateColumnWorded(t *testing.T) {
	runFatal(t, fatalCase{
		name:  "duplicate column",
		files: map[string][]byte{"correspondence.csv": []byte("sent_at,sender,recipients,Recipients\n2025-01-10,p1,p3,p4\n")},
		id:    []string{`correspondence.csv: kolom "recipients" tercantum dua kali di baris judul (kolom ke-3 dan ke-4)`, "hapus atau ganti nama"},
		en:    []string{`correspondence.csv: column "recipients" at 3 and 4 of the header`, "remove or rename the other"},
	})
}
