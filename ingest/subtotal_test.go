package ingest

import (
	"errors"
	"strings"
	"testing"
)

// Subtotal rows between the months of a log table, as a spreadsheet's
// Data > Subtotal inserts them ("Total Maret" or Excel's "Maret Total",
// with a count beside it), are rejected rows named as subtotal rows, with
// the fix; they still wrap what they were rejected for. A row of few
// values without a totals label, and one whose label is only part of a
// word, are rejected as before. (Until session 49 every one of them was a
// plain invalid time.)
func TestSubtotalRowsNamed(t *testing.T) {
	letters := "sent_at,sender,recipients\n2025-01-10 09:00,p1,p3\n%s\n2025-02-11 09:00,p3,p1\n2025-02-12 09:00,p2,p3\n"
	meetings := "meeting_id,start,attendee,organizer,title\n" + attendRows + "%s\nM2,2025-03-11 09:00,p3,p1,Rapat dua\nM2,2025-03-11 09:00,p4,p1,Rapat dua\n"
	for _, c := range []struct {
		name  string
		table Table
		file  string
		body  string
		row   string
		sub   bool
	}{
		{"letters total first", Correspondence, "correspondence.csv", letters, "Total Januari,1,", true},
		{"letters excel label", Correspondence, "correspondence.csv", letters, "Januari Total,,1", true},
		{"letters count label", Correspondence, "correspondence.csv", letters, "2025-01 Count,1,", true},
		{"letters jumlah", Correspondence, "correspondence.csv", letters, ",JUMLAH,1", true},
		{"meetings", Meetings, "meetings.csv", meetings, "Total Februari,3,,,", true},
		{"meetings excel label", Meetings, "meetings.csv", meetings, "M1 Total,,3,,", true},
		{"no label", Correspondence, "correspondence.csv", letters, "Januari,1,", false},
		{"label inside a word", Correspondence, "correspondence.csv", letters, "Subtotalan,1,", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			body := strings.Replace(c.body, "%s", c.row, 1)
			_, rej, _ := loadHandWith(t, c.table, c.file, body)
			if len(rej) != 1 {
				t.Fatalf("rejected %d rows, want 1: %v", len(rej), rej)
			}
			re := rej[0]
			if got := errors.Is(re, ErrSubtotalRow); got != c.sub {
				t.Errorf("line %d %q: named a subtotal row %v, want %v (%v)", re.Line, c.row, got, c.sub, re)
			}
			if !errors.Is(re, ErrBadTime) && !errors.Is(re, ErrMissingValue) {
				t.Errorf("line %d: %v wraps no longer why it was rejected", re.Line, re)
			}
			if c.sub && !strings.Contains(re.Reason, "Data > Subtotal > Remove All") {
				t.Errorf("reason %q says no fix", re.Reason)
			}
		})
	}
}
