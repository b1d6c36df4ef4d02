package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrailingDelimiterSaidOnce: when every row of a letters file ends in
// one delimiter more than its header (an exporter that ends each row with
// a comma), validate says so under the rows it lists, and analyze's reject
// rate error says it too, each with the one fix: a delimiter at the end of
// the header line. Before, both said only to fix the rows, each rejected
// for its field count (9,134 letters of a generated kabupaten). The fix
// they give is then checked to mend the file.
func TestTrailingDelimiterSaidOnce(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "studies", "hand", "correspondence.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(src), "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] += ","
	}
	trailing := strings.Join(lines, "\n") + "\n"
	want := map[string][2]string{
		"id": {"setiap baris correspondence.csv (6 baris) diakhiri satu koma lebih banyak daripada baris judulnya, yang ditambahkan program penulisnya di akhir setiap baris: tambahkan satu koma di akhir baris judul, yang membereskan semua baris itu",
			"setiap baris yang dibaca dari correspondence.csv diakhiri satu koma lebih banyak daripada baris judulnya, yang ditambahkan program penulisnya di akhir setiap baris: tambahkan satu koma di akhir baris judul, yang membereskan semua baris itu, lalu jalankan lagi"},
		"en": {"every row of correspondence.csv (6 rows) ends in one comma more than its header line, which the program that wrote it puts at the end of each row: add one comma at the end of the header line, which mends them all",
			"every row read from correspondence.csv ends in one comma more than its header line, which the program that wrote it puts at the end of each row: add one comma at the end of the header line, which mends them all, and run again"},
	}
	dir := handCopy(t, nil, map[string]string{"correspondence.csv": trailing})
	for lang, w := range want {
		code, stdout, stderr := sekat(t, "validate", dir, "--lang", lang)
		if code != 1 || !strings.Contains(stdout, w[0]) {
			t.Errorf("validate --lang %s: exit %d, want 1 and %q:\n%s%s", lang, code, w[0], stdout, stderr)
		}
		out := filepath.Join(t.TempDir(), "out")
		code, stdout, stderr = sekat(t, "analyze", dir, "--out", out, "--lang", lang, "-q")
		if code != 1 || !strings.Contains(stderr, w[1]) {
			t.Errorf("analyze --lang %s: exit %d, want 1 and %q:\n%s%s", lang, code, w[1], stdout, stderr)
		}
	}
	// the fix: one comma at the end of the header line
	fixed := strings.Replace(trailing, "\n", ",\n", 1)
	dir = handCopy(t, nil, map[string]string{"correspondence.csv": fixed})
	if code, stdout, stderr := sekat(t, "validate", dir); code != 0 {
		t.Errorf("validate after the fix: exit %d:\n%s%s", code, stdout, stderr)
	}
	// one row without the comma: not every row, so no such line
	dir = handCopy(t, nil, map[string]string{"correspondence.csv": strings.Replace(trailing, ",m3,\n", ",m3\n", 1)})
	if _, stdout, _ := sekat(t, "validate", dir, "--lang", "en"); strings.Contains(stdout, "ends in one comma more") {
		t.Errorf("validate names a file not every row of which ends so:\n%s", stdout)
	}
}
