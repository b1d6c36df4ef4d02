package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoSuchDayNamed: a date whose day its month does not have (30
// February, 31 April, 29 February of a year that is not a leap year) is
// rejected with a NoSuchDayError that gives the date as read and the
// days of its month, and still wraps ErrNoSuchTime; its reason says which
// day and how many days the month has. Before, 30/02/2025 was "no such
// date or time (day out of range for the month)" and "Feb 30, 2025", an
// English date with the month name first, "not a time; use ...", though
// it is neither a form sekat cannot read nor anything but a day too many.
// A month out of range (2025-13-01) and a month name first whose day
// exists (Feb 3, 2025) are not taken for it; under date_order: mdy the
// date is read month first.
func TestNoSuchDayNamed(t *testing.T) {
	type want struct{ year, month, day, days int }
	for _, c := range []struct {
		order string // date_order of meetings, "" day first
		value string
		want  *want // nil: not a NoSuchDayError
		is    error
	}{
		{"", "30/02/2025", &want{2025, 2, 30, 28}, ErrNoSuchTime},
		{"", "31/04/2025 10:00", &want{2025, 4, 31, 30}, ErrNoSuchTime},
		{"", "2025-02-29", &want{2025, 2, 29, 28}, ErrNoSuchTime},
		{"", "2024-02-30 08:00:00", &want{2024, 2, 30, 29}, ErrNoSuchTime},
		{"", "30 Februari 2025", &want{2025, 2, 30, 28}, ErrNoSuchTime},
		{"", "Feb 30, 2025", &want{2025, 2, 30, 28}, ErrNoSuchTime},
		{"", "February 30 2025 14:05", &want{2025, 2, 30, 28}, ErrNoSuchTime},
		{"", "Monday, June 31, 2025", &want{2025, 6, 31, 30}, ErrNoSuchTime},
		{"", "Feb-30-2025", &want{2025, 2, 30, 28}, ErrNoSuchTime},
		{"", "jun-31-2025 09:00", &want{2025, 6, 31, 30}, ErrNoSuchTime},
		{"", "Februari-29-2025", &want{2025, 2, 29, 28}, ErrNoSuchTime},
		{"", "2025-13-01", nil, ErrNoSuchTime},
		{"", "Feb 3, 2025", nil, ErrMonthNameFirst},
		{"", "2025-02-28 25:00", nil, ErrNoSuchTime},
		{"mdy", "02/30/2025", &want{2025, 2, 30, 28}, ErrNoSuchTime},
	} {
		t.Run(c.order+" "+c.value, func(t *testing.T) {
			dir := attendance(t, fmt.Sprintf("M1,2025-02-10 09:00,p1,p1,Rapat\nM1,2025-02-10 09:00,p2,p1,Rapat\nM2,\"%s\",p3,p1,Rapat\n", c.value))
			if c.order != "" {
				if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("date_order: {meetings: "+c.order+"}\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			var rej []*RowError
			if _, err := Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
				if re.Table == Meetings {
					rej = append(rej, re)
				}
			}}); err != nil {
				t.Fatal(err)
			}
			if len(rej) != 1 || rej[0].Line != 4 {
				t.Fatalf("rejected %v, want line 4", rej)
			}
			re := rej[0]
			if !errors.Is(re, c.is) {
				t.Errorf("%v: does not wrap %v", re, c.is)
			}
			var nd *NoSuchDayError
			got := errors.As(re, &nd)
			if c.want == nil {
				if got {
					t.Errorf("%v: a NoSuchDayError %+v", re, nd)
				}
				return
			}
			if !got {
				t.Fatalf("%v: no NoSuchDayError", re)
			}
			if g := (want{nd.Year, nd.Month, nd.Day, nd.Days}); g != *c.want {
				t.Errorf("got %+v, want %+v", g, *c.want)
			}
			if say := fmt.Sprintf("day %d does not exist", c.want.day); !strings.Contains(re.Reason, say) {
				t.Errorf("reason %q does not say %q", re.Reason, say)
			}
		})
	}
}
