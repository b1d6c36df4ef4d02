package main

import (
	"strings"
	"testing"
)

// TestMonthNameFirstReason: an English date with the month name first
// (Mar 3, 2025), as Excel writes a long date in an English setting, is
// rejected with a reason that names the form and says how to write it,
// in both languages; it was the reason of any invalid time.
func TestMonthNameFirstReason(t *testing.T) {
	dir := handCopy(t, map[string]string{"correspondence.csv": "\"Mar 3, 2025\",p1,p2,,m90\n\"March 3, 2025 14:05\",p1,p2,,m91\n"}, nil)
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"id", []string{"correspondence.csv baris 8 kolom sent_at: tanggal bahasa Inggris dengan nama bulan sebelum tanggalnya", "correspondence.csv baris 9 kolom sent_at: tanggal bahasa Inggris", "tulis sebagai 3 Mar 2025"}},
		{"en", []string{"correspondence.csv line 8 column sent_at: an English date with the month name before the day", "write it 3 March 2025 14:05"}},
	} {
		_, stdout, stderr := sekat(t, "validate", dir, "--lang", c.lang)
		for _, w := range c.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("--lang %s: output lacks %q:\n%s%s", c.lang, w, stdout, stderr)
			}
		}
	}
}
