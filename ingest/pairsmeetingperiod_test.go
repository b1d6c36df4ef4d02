package ingest

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// handPairsByDayRows is handPairsByDay with totals' meeting_rows, as
// sekat pairs writes it: the attendee rows of the hand study's meetings
// in each period (M1's 4, M3's 2 and M4's 2 on the first day, M2's 3 on
// the second), 11 in all, the meetings rows the inputs table counts.
func handPairsByDayRows() map[string]string {
	m := maps.Clone(handPairsByDay)
	for p, rows := range map[string]string{"2025-01-10": "8", "2025-03-03": "3"} {
		k := "totals/period=" + p + "/part-0.csv"
		lines := strings.SplitN(m[k], "\n", 2)
		m[k] = lines[0] + ",meeting_rows\n" + strings.TrimSuffix(lines[1], "\n") + "," + rows + "\n"
	}
	return m
}

// TestLoadPairsMeetingPeriodLost: a period whose events are meetings
// alone (no letter, no data request), lost from every table, is refused:
// the attendee rows totals' meeting_rows counts over its periods fall
// short of those the inputs table says were kept. Until 2026-12-07 such
// tables were read without a word: the letters and requests, the only
// counts checked against inputs, could not tell, and the period's meetings
// were missing from the network and from summary.json (found on the
// hand study's day tables that sekat pairs --run wrote, its meeting of
// 2025-06-01 removed: 3 meetings counted of 4).
func TestLoadPairsMeetingPeriodLost(t *testing.T) {
	s := handPairsStudy(t)
	whole := writePairs(t, handPairsByDayRows())
	if _, err := LoadPairs(context.Background(), s, whole, Options{}); err != nil {
		t.Fatalf("whole tables: %v", err)
	}
	// the second day holds the meeting of A, D and E and four letter
	// ties, whose totals hold no letter (messages 0): lost from every table
	lost := writePairs(t, handPairsByDayRows())
	for _, tb := range []string{"totals", "nodes", "pairs", "meeting_sizes"} {
		if err := os.RemoveAll(filepath.Join(lost, tb, "period=2025-03-03")); err != nil {
			t.Fatal(err)
		}
	}
	_, err := LoadPairs(context.Background(), s, lost, Options{})
	var pe *engine.PairsError
	if !errors.As(err, &pe) || pe.Code != "totalsMeetings" || !strings.Contains(err.Error(), "counts 8 attendee rows") || !strings.Contains(err.Error(), "says 11 were") {
		t.Errorf("err = %v, want totalsMeetings (8 rows counted, 11 kept)", err)
	}
}
