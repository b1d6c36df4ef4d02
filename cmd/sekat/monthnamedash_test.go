package main

import (
	"strings"
	"testing"
)

// TestMonthNameDashReason: a date with the month name first written with
// dashes (Jan-02-2025, as some systems export MMM-dd-yyyy) gets the reason
// of a month name before the day, with the value written day first, in
// both languages; it was the generic "not a time" reason, which lists
// D Month YYYY without saying the value is one in another order.
func TestMonthNameDashReason(t *testing.T) {
	dir := handCopy(t, map[string]string{"correspondence.csv": "Jan-02-2025,p1,p2,,m90\nFeb-30-2025 09:00,p1,p2,,m91\n"}, nil)
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"id", []string{"correspondence.csv baris 8 kolom sent_at: tanggal bahasa Inggris dengan nama bulan sebelum tanggalnya", "Jan-02-2025 sebagai 2 Jan 2025", "baris 9 kolom sent_at: tanggal ini tidak ada: Februari 2025 hanya 28 hari"}},
		{"en", []string{"correspondence.csv line 8 column sent_at: an English date with the month name before the day", "write it 02 Jan 2025", "line 9 column sent_at: no such date: February 2025 has 28 days"}},
	} {
		_, stdout, stderr := sekat(t, "validate", dir, "--lang", c.lang)
		for _, w := range c.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("--lang %s: output lacks %q:\n%s%s", c.lang, w, stdout, stderr)
			}
		}
	}
}
