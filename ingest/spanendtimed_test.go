package ingest

import (
	"path/filepath"
	"testing"
)

// TestSpanEndTimed: the last event at midnight is a time of day when the
// log table it ends records times (a letter at 09.15 before it), not when
// the table's times are all at midnight (dates, or datetimes of dates),
// nor when a table of dates ends at the same instant; a last event that
// is not at midnight is not one (it is shown as it is in any case).
func TestSpanEndTimed(t *testing.T) {
	const units = "unit_id,name\nA,Dinas A\nB,Dinas B\n"
	for _, c := range []struct {
		name, letters, shares string
		want                  bool
	}{
		{"times", "sent_at,sender,recipients\n2025-03-03 09:15,A,B\n2025-03-31 00:00:00,B,A\n", "", true},
		{"datetimes of dates", "sent_at,sender,recipients\n2025-03-03 00:00:00,A,B\n2025-03-31 00:00:00,B,A\n", "", false},
		{"dates", "sent_at,sender,recipients\n2025-03-03,A,B\n2025-03-31,B,A\n", "", false},
		{"dates end with times", "sent_at,sender,recipients\n2025-03-03 09:15,A,B\n2025-03-31 00:00:00,B,A\n", "at,provider,consumer\n2025-03-01,A,B\n2025-03-31,B,A\n", false},
		{"dates end earlier", "sent_at,sender,recipients\n2025-03-03 09:15,A,B\n2025-03-31 00:00:00,B,A\n", "at,provider,consumer\n2025-03-01,A,B\n2025-03-30,B,A\n", true},
		{"times, last not at midnight", "sent_at,sender,recipients\n2025-03-03 09:15,A,B\n2025-03-31 00:00:01,B,A\n", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "units.csv"), units)
			writeFile(t, filepath.Join(dir, "correspondence.csv"), c.letters)
			if c.shares != "" {
				writeFile(t, filepath.Join(dir, "data_sharing.csv"), c.shares)
			}
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Load(s, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.SpanEndTimed != c.want {
				t.Errorf("SpanEndTimed %v, want %v (span %v)", res.SpanEndTimed, c.want, res.Span)
			}
		})
	}
}
