package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoHeaderLineSaid: a letters or people file without a header line
// (phpMyAdmin's CSV export unless "Put columns names in the first row" is
// ticked) is named as such, with the columns to name and where to tick,
// in both languages; the error said only that the columns were missing,
// listed the first row's values as the columns found, and advised removing
// a title above the table. A header short of a column, a file under a
// title and a header of names alone are not taken for one.
func TestNoHeaderLineSaid(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "studies", "hand", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	body := func(s string) string { return s[strings.Index(s, "\n")+1:] }
	letters, people := read("correspondence.csv"), read("people.csv")
	want := map[string]string{
		"id": `baris 1 berisi nilai, bukan nama kolom ("2025-01-10 09:00"): berkas ini tidak memiliki baris judul; tambahkan satu baris judul di atasnya yang menamai setiap kolom sebagaimana sekat menamainya, menurut urutan kolom di berkas (dari sent_at,sender,recipients,cc,message_id,kind,in_reply_to), atau ekspor lagi tabelnya beserta nama kolomnya (di phpMyAdmin: centang "Put columns names in the first row")`,
		"en": `line 1 holds values, not column names ("2025-01-10 09:00"): the file has no header line; add one above it naming each column as sekat does, in the file's order (of sent_at,sender,recipients,cc,message_id,kind,in_reply_to), or export the table again with its column names (in phpMyAdmin: tick "Put columns names in the first row")`,
	}
	for _, c := range []struct {
		name  string
		files map[string]string
		said  bool
	}{
		{"letters without a header", map[string]string{"correspondence.csv": body(letters)}, true},
		{"a header short of a column", map[string]string{"correspondence.csv": strings.Replace(letters, "sent_at,", "tanggal,", 1)}, false},
		{"a title above the header", map[string]string{"correspondence.csv": "Laporan surat keluar 2025\n" + letters}, false},
		{"names alone, none of sekat's", map[string]string{"correspondence.csv": "tanggal,dari,kepada\n"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := handCopy(t, nil, c.files)
			for lang, w := range want {
				code, stdout, stderr := sekat(t, "validate", dir, "--lang", lang)
				if code == 0 {
					t.Fatalf("--lang %s: exit 0:\n%s", lang, stdout)
				}
				if got := strings.Contains(stderr, w); got != c.said {
					t.Errorf("--lang %s: said %v, want %v:\n%s", lang, got, c.said, stderr)
				}
			}
		})
	}
	// people: the NIP-like id is the value named
	dir := handCopy(t, nil, map[string]string{"people.csv": strings.Replace(body(people), "p1,", "198001012005011001,", 1)})
	if _, _, stderr := sekat(t, "validate", dir, "--lang", "en"); !strings.Contains(stderr, `line 1 holds values, not column names (`) || !strings.Contains(stderr, "(of person_id,unit_id,") {
		t.Errorf("people without a header:\n%s", stderr)
	}
}
