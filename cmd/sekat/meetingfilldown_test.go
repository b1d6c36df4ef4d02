package main

import (
	"strings"
	"testing"
)

// TestMeetingIDFillDown: an attendance list that writes a meeting's id
// and start only on its first row, as a spreadsheet of merged cells
// exports it, has its other rows rejected with a reason that names the
// cause and says to fill the id down, in both languages, with file, line
// and column. Before: "empty meeting_id" in English and "nilai wajib
// kosong; isi kolom ini" in Bahasa Indonesia, which did not say why the
// rows of one meeting were all empty there.
func TestMeetingIDFillDown(t *testing.T) {
	dir := handCopy(t, nil, map[string]string{"meetings.csv": "meeting_id,start,attendee,organizer,title\n" +
		"M1,2025-02-10 09:00,p1,p1,Rapat satu\n,,p2,,\n,,p3,,\nM2,2025-04-10 09:00,p1,p1,Rapat dua\n,,p4,,\n"})
	for lang, want := range map[string][]string{
		"id": {"meetings.csv baris 3 kolom meeting_id: meeting_id kosong;", "meetings.csv baris 6 kolom meeting_id", "(sel gabungan lembar kerja) perlu diisi ke bawah"},
		"en": {"meetings.csv line 3 column meeting_id: empty meeting_id;", "meetings.csv line 6 column meeting_id", "(merged cells of a spreadsheet) needs it filled down"},
	} {
		code, stdout, stderr := sekat(t, "validate", dir, "--lang", lang)
		if code != 1 {
			t.Errorf("--lang %s: exit %d, want 1", lang, code)
		}
		for _, w := range want {
			if !strings.Contains(stdout, w) {
				t.Errorf("--lang %s: output lacks %q:\n%s%s", lang, w, stdout, stderr)
			}
		}
	}
}
