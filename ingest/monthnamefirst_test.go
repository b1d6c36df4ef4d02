package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// An English date with the month name before the day (Mar 3, 2025;
// March 3, 2025 14:05), as Excel writes a long date in an English (United
// States) setting, is rejected with a reason that names the form and gives
// the value written day first, as sekat reads it; it was "not a time;
// use ... D Month YYYY". A word that is no month, a date that does not
// exist, and the Unix date form (read, month name first and year last)
// are not taken for it.
func TestMonthNameFirstWorded(t *testing.T) {
	rows := []string{
		"Mar 3, 2025",
		"March 3, 2025 14:05",
		"Monday, March 3, 2025",
		"Mar 3rd, 2025 2:05 PM",
		"March 3, 2025 at 14:05",
		"Mar 3 2025",
		"Foo 3, 2025",
		"Feb 30, 2025",
		"Fri Jan 10 09:00:00 WIB 2025",
		"Jan-02-2025",
		"January-02-2025 09:15",
		"Agt-12-2025 10.00",
		"Foo-02-2025",
	}
	var body strings.Builder
	for i, r := range rows {
		fmt.Fprintf(&body, "M%d,\"%s\",p1,p1,Rapat\n", i, r)
	}
	dir := attendance(t, body.String())
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]string{}
	_, err = Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
		if !errors.Is(re, ErrMonthNameFirst) {
			got[re.Line] = "other"
			return
		}
		_, day, _ := strings.Cut(re.Reason, "write it ")
		day, _, _ = strings.Cut(day, ", or")
		got[re.Line] = day
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]string{
		2: "3 Mar 2025",
		3: "3 March 2025 14:05",
		4: "3 March 2025",
		5: "3 Mar 2025 2:05 PM",
		6: "3 March 2025 14:05",
		7: "3 Mar 2025",
		8: "other",
		9: "other",
		// line 10, the Unix date form, is read
		11: "02 Jan 2025",
		12: "02 January 2025 09:15",
		13: "12 Agt 2025 10.00",
		14: "other",
	}
	for line := int64(2); line <= int64(len(rows))+1; line++ {
		if got[line] != want[line] {
			t.Errorf("line %d (%q): got %q, want %q", line, rows[line-2], got[line], want[line])
		}
	}
}
