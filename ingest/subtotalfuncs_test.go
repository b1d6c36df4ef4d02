package ingest

import (
	"errors"
	"strings"
	"testing"
)

// Excel's Data > Subtotal labels its rows with the function it was told to
// use: "Maret Average", "Maret Max", "Maret Min", and in an Indonesian
// Excel "Maret Rata-rata", "Maret Maks". Such a row between the months of
// a log table, beside its count or mean, is a rejected row named as a
// subtotal row, as "Maret Total" is; at the end of the file ("Grand
// Average") it is a totals row under the table. A word that only holds
// one of these names ("Admin", "Maksimal"), or a title ending in one
// beside an attendee, is not taken for a label. (Until session 50 these
// rows were plain invalid times.)
func TestSubtotalFunctionLabels(t *testing.T) {
	letters := "sent_at,sender,recipients\n2025-01-10 09:00,p1,p3\n%s\n2025-02-11 09:00,p3,p1\n2025-02-12 09:00,p2,p3\n"
	for _, c := range []struct {
		row string
		sub bool
	}{
		{"Januari Average,,1.5", true},
		{"Januari Max,,3", true},
		{"Januari Min,,1", true},
		{"Januari Rata-rata,,1.5", true},
		{"Januari MAKS,,3", true},
		{"Grand Average,,2", true},
		{"Average,,2", true},
		{"Januari Maksimal,,3", false},
		{"Bagian Admin,,3", false},
		{"Januari Max,p1,3", false},
	} {
		t.Run(c.row, func(t *testing.T) {
			_, rej, _ := loadHandWith(t, Correspondence, "correspondence.csv", strings.Replace(letters, "%s", c.row, 1))
			if len(rej) != 1 {
				t.Fatalf("rejected %d rows, want 1: %v", len(rej), rej)
			}
			if got := errors.Is(rej[0], ErrSubtotalRow); got != c.sub {
				t.Errorf("line %d %q: named a subtotal row %v, want %v (%v)", rej[0].Line, c.row, got, c.sub, rej[0])
			}
		})
	}
	// in a column sekat does not read (the month the subtotals were taken at)
	for _, label := range []string{"Januari Average", "Januari Rata-rata", "Januari Maks"} {
		t.Run("unread column "+label, func(t *testing.T) {
			body := "Bulan,sent_at,sender,recipients\nJanuari,2025-01-10 09:00,p1,p3\n" + label + ",,,1\nFebruari,2025-02-11 09:00,p3,p1\n"
			_, rej, _ := loadHandWith(t, Correspondence, "correspondence.csv", body)
			if len(rej) != 1 || !errors.Is(rej[0], ErrSubtotalRow) {
				t.Errorf("rejected %v, want line 3 alone, named a subtotal row", rej)
			}
		})
	}
	// at the end: Excel's last group and its grand row, a totals row
	t.Run("at the end", func(t *testing.T) {
		body := "sent_at,sender,recipients\n2025-01-10 09:00,p1,p3\n2025-02-11 09:00,p3,p1\nFebruari Average,,1\nGrand Average,,1\n"
		_, rej, warns := loadHandWith(t, Correspondence, "correspondence.csv", body)
		if len(rej) != 0 {
			t.Errorf("rejected %v, want none", rej)
		}
		if w, ok := warningOf(warns, WarnFooterRows); !ok || w.Line != 4 || w.Value != "Average" {
			t.Errorf("warning %+v (found %v), want footer_rows at line 4 showing \"Average\"", w, ok)
		}
	})
	// a title that ends in "Maks" beside an attendee: no label and counts
	t.Run("title", func(t *testing.T) {
		body := "meeting_id,start,attendee,organizer,title\nM1,2025-02-10 09:00,p1,p1,Rapat Beban Maks\n,,p2,,Rapat Beban Maks\nM2,2025-03-11 09:00,p3,p1,Rapat dua\n"
		_, rej, _ := loadHandWith(t, Meetings, "meetings.csv", body)
		if len(rej) != 1 || errors.Is(rej[0], ErrSubtotalRow) {
			t.Errorf("rejected %v, want line 3 alone, no subtotal row", rej)
		}
	})
}
