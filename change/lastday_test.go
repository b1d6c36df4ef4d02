package change

import (
	"testing"
	"time"
)

// TestLastDay: a window's exclusive end at midnight is read as the day
// before; an end during a day includes that day.
func TestLastDay(t *testing.T) {
	jkt := time.FixedZone("WIB", 7*3600)
	at := func(s string) int64 {
		d, err := time.ParseInLocation("2006-01-02 15:04:05", s, jkt)
		if err != nil {
			t.Fatal(err)
		}
		return d.Unix()
	}
	for _, tc := range []struct{ to, want string }{
		{"2025-07-01 00:00:00", "2025-06-30"},
		{"2026-01-01 00:00:00", "2025-12-31"},
		{"2025-07-01 12:00:00", "2025-07-01"},
		{"2025-07-01 00:00:01", "2025-07-01"},
		{"2024-03-01 00:00:00", "2024-02-29"},
	} {
		t.Run(tc.to, func(t *testing.T) {
			if got := LastDay(at(tc.to), jkt); got != tc.want {
				t.Errorf("LastDay(%s) = %s, want %s", tc.to, got, tc.want)
			}
		})
	}
	if got := LastDay(0, jkt); got != "" {
		t.Errorf("LastDay(0) = %q, want empty", got)
	}
}
