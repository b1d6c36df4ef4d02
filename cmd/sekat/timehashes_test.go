package main

import (
	"strings"
	"testing"
)

// TestTimeHashesWorded: a time cell of #####, which Excel writes to CSV
// for a date wider than its column, is rejected with a reason that says
// so and how to save the value, in both languages, with file, line and
// column; a value with # among other text keeps the general reason.
// Before, it was "not a time; use YYYY-MM-DD...", as if the analyst had
// typed it.
func TestTimeHashesWorded(t *testing.T) {
	dir := handCopy(t, map[string]string{"correspondence.csv": "########,p1,p2,,m90\n2025-03-0#,p1,p2,,m91\n"}, nil)
	for _, c := range []struct {
		lang, hashes, other string
	}{
		{"id", "correspondence.csv baris 8 kolom sent_at: bukan waktu, melainkan ##### yang ditampilkan Excel", "correspondence.csv baris 9 kolom sent_at: waktu tidak sah"},
		{"en", "correspondence.csv line 8 column sent_at: not a time but Excel's ##### for a date or time wider than its column", "correspondence.csv line 9 column sent_at: not a time; use"},
	} {
		_, stdout, stderr := sekat(t, "validate", dir, "--lang", c.lang)
		for _, w := range []string{c.hashes, c.other} {
			if !strings.Contains(stdout, w) {
				t.Errorf("--lang %s: output lacks %q:\n%s%s", c.lang, w, stdout, stderr)
			}
		}
	}
}
