package main

import (
	"strings"
	"testing"
)

// TestHeaderRowRepeatedCount: the warning of a header repeated below it
// says "at line N" and "that line" for one repeat, and the count with
// "at lines" for several, in both languages. Before, one repeat read
// "(1 in all; at lines 5001) ... these were not read as rows".
func TestHeaderRowRepeatedCount(t *testing.T) {
	const head = "sent_at,sender,recipients,cc,message_id\n"
	for _, c := range []struct {
		name, letters string
		want          map[string]string
	}{
		{"one", head + "2025-04-01 09:00,p1,p2,,m9\n" + head + "2025-04-02 09:00,p2,p1,,m10\n", map[string]string{
			"id": "correspondence.csv: baris judul, yaitu nama-nama kolom, terulang di bawahnya, pada baris 3, seperti pada berkas yang digabung beserta judulnya; baris itu tidak dibaca sebagai data",
			"en": "correspondence.csv: the header, the column names, is repeated below it, at line 3, as in files joined together with their headers; that line was not read as a row",
		}},
		{"two", head + "2025-04-01 09:00,p1,p2,,m9\n" + head + "2025-04-02 09:00,p2,p1,,m10\n" + head, map[string]string{
			"id": "correspondence.csv: baris judul, yaitu nama-nama kolom, terulang di bawahnya (2 kali; pada baris 3, 5), seperti pada berkas yang digabung beserta judulnya; baris-baris itu tidak dibaca",
			"en": "correspondence.csv: the header, the column names, is repeated below it (2 in all; at lines 3, 5), as in files joined together with their headers; these were not read as rows",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := handCopy(t, nil, map[string]string{"correspondence.csv": c.letters})
			for lang, want := range c.want {
				_, stdout, stderr := sekat(t, "validate", dir, "--lang", lang)
				if !strings.Contains(stdout+stderr, want) {
					t.Errorf("--lang %s: output lacks %q:\n%s%s", lang, want, stdout, stderr)
				}
			}
		})
	}
}
