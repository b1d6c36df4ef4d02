package main

import (
	"strings"
	"testing"
)

// TestDashForEmptyReason: a dash alone in a time or an id cell, as exports
// write for an empty cell, is named so with the fix in both languages (a
// cc of "-" as a recipient left out of a letter that is used); it was
// "not a valid time" and "unknown recipient id". So is MySQL's zero date
// (0000-00-00), which was a date that does not exist, to correct.
func TestDashForEmptyReason(t *testing.T) {
	dir := handCopy(t, map[string]string{"correspondence.csv": "-,p1,p2,,m90\n2025-03-01 09:00,p1,p2,-,m91\n0000-00-00 00:00:00,p1,p2,,m92\n"}, nil)
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"id", []string{"correspondence.csv baris 8 kolom sent_at: tanda pisah (-) sebagai pengganti nilai", "correspondence.csv baris 9 kolom cc: tanda pisah (-) sebagai pengganti id penerima", "biarkan sel kosong", "correspondence.csv baris 10 kolom sent_at: 0000-00-00, tanggal nol yang ditulis MySQL"}},
		{"en", []string{"correspondence.csv line 8 column sent_at: a dash in place of a value", "correspondence.csv line 9 column cc: a dash in place of an id", "leave the cell empty", "correspondence.csv line 10 column sent_at: 0000-00-00, the zero date MySQL writes"}},
	} {
		_, stdout, stderr := sekat(t, "validate", dir, "--lang", c.lang)
		for _, w := range c.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("--lang %s: output lacks %q:\n%s%s", c.lang, w, stdout, stderr)
			}
		}
	}
}
