package i18n

import (
	"testing"
	"time"
)

// TestWindowRangeDataEnd writes windows whose end is the data's (the last
// event plus one second, as ingest.Result.Span keeps it) or given. Dates
// without a time of day (every letter dated 10 February 2025, as the
// Krackhardt high-tech data set written as letters of one day; a week
// of e-office rows with a date column) read as whole days; before,
// "10 Februari 2025, pukul 00.00–00.00" and "1 Januari – 7 Januari 2025
// pukul 00.00", which read as if the window stopped as its last day
// began.
func TestWindowRangeDataEnd(t *testing.T) {
	jkt := time.FixedZone("WIB", 7*3600)
	at := func(y int, m time.Month, d, h, mi, s int) time.Time { return time.Date(y, m, d, h, mi, s, 0, jkt) }
	tests := []struct {
		name     string
		from, to time.Time
		given    bool
		id, en   string
		days     float64 // (WindowEnd - from) in days
	}{
		{"one day of dates", at(2025, 2, 10, 0, 0, 0), at(2025, 2, 10, 0, 0, 1), false,
			"10 Februari 2025", "10 February 2025", 1},
		{"a week of dates", at(2025, 1, 1, 0, 0, 0), at(2025, 1, 7, 0, 0, 1), false,
			"1–7 Januari 2025", "1–7 January 2025", 7},
		{"dates over a year's end", at(2024, 12, 30, 0, 0, 0), at(2025, 1, 2, 0, 0, 1), false,
			"30 Desember 2024 – 2 Januari 2025", "30 December 2024 – 2 January 2025", 4},
		// with times: as before, the last event's minute (the end a
		// second after it)
		{"times on one day", at(2025, 2, 10, 9, 0, 0), at(2025, 2, 10, 16, 30, 1), false,
			"10 Februari 2025, pukul 09.00–16.30", "10 February 2025, 09:00–16:30", 7.5/24 + 1.0/86400},
		{"times over a week", at(2025, 1, 1, 9, 0, 0), at(2025, 1, 7, 16, 30, 1), false,
			"1 Januari 2025 pukul 09.00 – 7 Januari 2025 pukul 16.30", "1 January 2025, 09:00 – 7 January 2025, 16:30", 6 + 7.5/24 + 1.0/86400},
		// times, the last event a date (a data-sharing table of dates
		// after letters with times): its whole day
		{"times then a date", at(2025, 1, 10, 9, 0, 0), at(2025, 7, 1, 0, 0, 1), false,
			"10 Januari 2025 pukul 09.00 – 1 Juli 2025", "10 January 2025, 09:00 – 1 July 2025", 0},
		// an end given (--to) is shown as given, a second after midnight
		// too
		{"given end", at(2025, 2, 10, 0, 0, 0), at(2025, 2, 11, 0, 0, 0), true,
			"10 Februari 2025", "10 February 2025", 1},
		{"given end a second past midnight", at(2025, 2, 10, 0, 0, 0), at(2025, 2, 11, 0, 0, 1), true,
			"10 Februari – 11 Februari 2025 pukul 00.00", "10 February – 11 February 2025, 00:00", 1 + 1.0/86400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WindowRange("id", tt.from, tt.to, tt.given); got != tt.id {
				t.Errorf("id: got %q, want %q", got, tt.id)
			}
			if got := WindowRange("en", tt.from, tt.to, tt.given); got != tt.en {
				t.Errorf("en: got %q, want %q", got, tt.en)
			}
			if tt.days == 0 {
				return
			}
			got := WindowEnd(tt.to, tt.given).Sub(tt.from).Hours() / 24
			if d := got - tt.days; d > 1e-9 || d < -1e-9 {
				t.Errorf("days: got %v, want %v", got, tt.days)
			}
		})
	}
}

// TestWindowBounds writes windows the user gave, a bound maybe open, as
// the stop on a window without events shows them: the last day included,
// as DateRange writes windows (the stop wrote the excluded end,
// "2030-01-01 sampai 2030-02-01", for --from 2030-01-01 --to 2030-02-01).
func TestWindowBounds(t *testing.T) {
	jkt := time.FixedZone("WIB", 7*3600)
	at := func(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, jkt) }
	var open time.Time
	tests := []struct {
		name     string
		from, to time.Time
		id, en   string
	}{
		{"a month", at(2030, 1, 1, 0, 0), at(2030, 2, 1, 0, 0), "1–31 Januari 2030", "1–31 January 2030"},
		{"times", at(2030, 1, 1, 8, 0), at(2030, 2, 1, 17, 30), "1 Januari 2030 pukul 08.00 – 1 Februari 2030 pukul 17.30", "1 January 2030, 08:00 – 1 February 2030, 17:30"},
		{"start alone", at(2030, 1, 1, 0, 0), open, "sejak 1 Januari 2030", "from 1 January 2030 on"},
		{"start alone at a time", at(2030, 1, 1, 8, 0), open, "sejak 1 Januari 2030 pukul 08.00", "from 1 January 2030, 08:00 on"},
		{"end alone", open, at(2025, 1, 1, 0, 0), "sampai dengan 31 Desember 2024", "up to 31 December 2024"},
		{"end alone at a time", open, at(2025, 1, 1, 12, 0), "sampai dengan 1 Januari 2025 pukul 12.00", "up to 1 January 2025, 12:00"},
		{"both open", open, open, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WindowBounds("id", tt.from, tt.to); got != tt.id {
				t.Errorf("id: got %q, want %q", got, tt.id)
			}
			if got := WindowBounds("en", tt.from, tt.to); got != tt.en {
				t.Errorf("en: got %q, want %q", got, tt.en)
			}
		})
	}
}
