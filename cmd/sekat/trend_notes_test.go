package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
)

// TestTrendNotesNeverQuietUnwatched: the "no alarm" sentence of trend
// never covers a sector whose CUSUM did not run; such a sector gets its
// own sentence with the reason, and calibration periods left out are
// counted.
func TestTrendNotesNeverQuietUnwatched(t *testing.T) {
	ran := change.Watch{Type: "sector", Group: "ekonomi", Calibration: 13, Skipped: 1}
	few := change.Watch{Type: "sector", Group: "sosial", Calibration: 1, Skipped: 13, Reason: change.WatchFewCalibration}
	flat := change.Watch{Type: "sector", Group: "keuangan", Calibration: 14, Reason: change.WatchFlat}
	for _, tc := range []struct {
		name    string
		watches []change.Watch
		noAlert string
		notes   []string
	}{
		{"all watched", []change.Watch{ran}, "No alarm: no sector drifted", []string{"1 of the 14 calibration periods had no tie", "ekonomi"}},
		{"one not watched", []change.Watch{ran, few}, "No alarm in the 1 of 2 sectors", []string{"Sector sosial: the CUSUM did not run: only 1 of the 14"}},
		{"none watched", []change.Watch{few, flat}, "No sector could be watched", []string{"Sector sosial", "Sector keuangan: the CUSUM did not run: the homophily index is the same"}},
		{"weekly periods", []change.Watch{ran}, "No alarm: no sector drifted", []string{"2 of the 3 periods hold fewer than 4 time blocks (weeks) and have no 95% interval"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := &change.TrendResult{Method: change.TrendMethod{Calibration: 14}, Watches: tc.watches}
			if tc.name == "weekly periods" {
				tr.Windows, tr.NoInterval = make([]graph.Window, 3), []int{1, 2}
			}
			noAlert, notes := trendNotes("en", tr)
			if !strings.HasPrefix(noAlert, tc.noAlert) {
				t.Errorf("no-alarm sentence %q, want it to begin %q", noAlert, tc.noAlert)
			}
			all := strings.Join(notes, "\n")
			for _, w := range tc.notes {
				if !strings.Contains(all, w) {
					t.Errorf("notes %q do not say %q", all, w)
				}
			}
			if id, _ := trendNotes("id", tr); len(tc.watches) > 1 && strings.HasPrefix(id, "Tidak ada alarm: tidak ada sektor") {
				t.Errorf("Indonesian no-alarm sentence %q covers unwatched sectors", id)
			}
		})
	}
}
