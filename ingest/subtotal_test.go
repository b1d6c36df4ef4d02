package ingest

import (
	"errors"
	"fmt"
	"path/filepath"
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

// A subtotal label in a column sekat does not read (the month column the
// subtotals were taken at, "Bulan"), Excel's way at its start or end, is
// named as well: the row's other cells are empty or a count.
func TestSubtotalRowUnreadColumnNamed(t *testing.T) {
	for _, label := range []string{"Total Januari", "Januari Total", "Januari Count"} {
		t.Run(label, func(t *testing.T) {
			body := "Bulan,sent_at,sender,recipients\nJanuari,2025-01-10 09:00,p1,p3\n" + label + ",,,1\nFebruari,2025-02-11 09:00,p3,p1\nFebruari,2025-02-12 09:00,p2,p3\n"
			_, rej, _ := loadHandWith(t, Correspondence, "correspondence.csv", body)
			if len(rej) != 1 || !errors.Is(rej[0], ErrSubtotalRow) {
				t.Errorf("rejected %v, want line 3 alone, named a subtotal row", rej)
			}
		})
	}
}

// A letters file read in parts names a subtotal row whose label ends its
// cell ("Januari Total") as the ordinary read does: such a row makes the
// parts give up, as one that opens with "Total" does (guard.foot), and
// the file is read the ordinary way. Until session 49 the parts passed
// it on as a plain missing time, so the reason depended on the file's
// size and the number of cores.
func TestSubtotalRowNamedInParts(t *testing.T) {
	defer func(on bool, workers func(int) int, least int64) {
		shardLetters, shardWorkers, shardMinBytes = on, workers, least
	}(shardLetters, shardWorkers, shardMinBytes)
	var b strings.Builder
	b.WriteString("sent_at,sender,recipients\n")
	for d := 1; d <= 28; d++ {
		fmt.Fprintf(&b, "2025-01-%02d 09:00,p1,p3\n", d)
	}
	b.WriteString("Januari Total,,28\n")
	for d := 1; d <= 28; d++ {
		fmt.Fprintf(&b, "2025-02-%02d 09:00,p3,p1\n", d)
	}
	for _, parts := range []bool{false, true} {
		shardLetters, shardWorkers, shardMinBytes = parts, func(int) int { return 2 }, 64
		_, rej, warns := loadHandWith(t, Correspondence, "correspondence.csv", b.String())
		if len(rej) != 1 || rej[0].Line != 30 || !errors.Is(rej[0], ErrSubtotalRow) {
			t.Errorf("in parts %v: rejected %v, want line 30 named a subtotal row", parts, rej)
		}
		if w, ok := warningOf(warns, WarnFooterRows); ok {
			t.Errorf("in parts %v: warned %+v", parts, w)
		}
	}
}

// The totals row Excel's Data > Subtotal writes last ("Desember Total",
// then "Grand Total") is, at the end of the file, a totals row under the
// table, not a rejected row; the warning shows the word alone ("Total"),
// not the group's value before it, which may be a NIP.
func TestTrailingTotalAtEndIsFooter(t *testing.T) {
	body := "sent_at,sender,recipients\n2025-01-10 09:00,p1,p3\n2025-02-11 09:00,p3,p1\n198501012010011001 Total,,2\n"
	_, rej, warns := loadHandWith(t, Correspondence, "correspondence.csv", body)
	if len(rej) != 0 {
		t.Errorf("rejected %v, want none", rej)
	}
	if w, ok := warningOf(warns, WarnFooterRows); !ok || w.Line != 4 || w.Value != "Total" {
		t.Errorf("warning %+v (found %v), want footer_rows at line 4 showing \"Total\"", w, ok)
	}
}

// A table that fails the reject rate says how many of its rejected rows
// are subtotal rows (RejectRateError.Subtotals), one fix for them all:
// 11 of 903 letters of the Lazega study exported with monthly subtotals
// failed the rate of 1% with no word of why.
func TestRejectRateCountsSubtotalRows(t *testing.T) {
	body := "sent_at,sender,recipients\n2025-01-10 09:00,p1,p3\nTotal Januari,,1\n2025-02-11 09:00,p3,p1\nFebruari Total,,1\n2025-03-12 09:00,p2,p3\n2025-03-13 09:00,p2,p3\n,,\n2025-03-14,p9x,p3\n"
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	writeFile(t, filepath.Join(dir, "correspondence.csv"), body)
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(s, Options{MaxRejectRate: 0.01})
	var re *RejectRateError
	if !errors.As(err, &re) {
		t.Fatalf("got %v, want a RejectRateError", err)
	}
	if re.Table != Correspondence || re.Rejected != 3 || re.Subtotals != 2 {
		t.Errorf("table %v, %d rejected, %d subtotal rows; want correspondence, 3 rejected, 2 of them subtotal rows", re.Table, re.Rejected, re.Subtotals)
	}
}

// A title that ends in a totals word ("Rapat Evaluasi Total") on the rows
// of an attendance list whose meeting id and start were merged away (one
// attendee and the title each) makes no subtotal row, in the middle of the
// file or at its end: a subtotal row holds a label and counts only. The
// rows stay rejected for their missing values, with the fill-down hint.
func TestTotalsTitleNoSubtotalRow(t *testing.T) {
	for _, tail := range []string{"", "M2,2025-03-11 09:00,p3,p1,Rapat dua\n"} {
		body := "meeting_id,start,attendee,organizer,title\nM1,2025-02-10 09:00,p1,p1,Rapat Evaluasi Total\n,,p2,,Rapat Evaluasi Total\n,,198501012010011001,,Rapat Evaluasi Total\n" + tail
		_, rej, warns := loadHandWith(t, Meetings, "meetings.csv", body)
		if len(rej) != 2 {
			t.Fatalf("tail %q: rejected %v, want lines 3 and 4", tail, rej)
		}
		for _, re := range rej {
			if errors.Is(re, ErrSubtotalRow) || !errors.Is(re, ErrMissingValue) {
				t.Errorf("tail %q: line %d: %v, want a missing value, no subtotal row", tail, re.Line, re)
			}
		}
		if w, ok := warningOf(warns, WarnFooterRows); ok {
			t.Errorf("tail %q: warned %+v", tail, w)
		}
	}
}
