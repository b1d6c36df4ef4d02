package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/metrics"
)

// TestTrendCalMovedBesideAlarm: a sector whose calibration values spread
// by the minimum change or more gets a note that a change within the
// calibration periods cannot raise an alarm; on a sector that did ring,
// that read as a contradiction beside the alarm (sekat generate --seed 29
// --scale 0.2, trend --every week: pemerintahan ranged from 0.72 to 1.00
// in calibration and "appears to have opened up" from July, and the note
// under it said a change "cannot raise an alarm"). There the note says
// what the alarm measures instead; a quiet sector keeps the plain note.
func TestTrendCalMovedBesideAlarm(t *testing.T) {
	rang := change.Watch{Type: "sector", Group: "pemerintahan", Calibration: 13, CalLow: 0.72, CalHigh: 1, CalMoved: true}
	quiet := change.Watch{Type: "sector", Group: "keuangan", Calibration: 13, CalLow: 0.69, CalHigh: 1, CalMoved: true}
	tr := &change.TrendResult{Method: change.TrendMethod{Periods: 53, Calibration: 13}, Watches: []change.Watch{rang, quiet},
		Alerts: []change.Alert{{Type: metrics.GroupSector, Group: "pemerintahan", Direction: change.AlarmOpening, Period: 28}}}
	for _, tc := range []struct {
		lang, cannot, alarm string
	}{
		{"en", "cannot raise an alarm", "the sector's alarm says that later periods moved away from that mean, not whether or when the sector changed within the calibration periods"},
		{"id", "tidak dapat menimbulkan alarm", "alarm sektor ini menunjukkan bahwa periode sesudahnya bergeser dari rata-rata itu, bukan apakah atau kapan sektor ini berubah di dalam periode kalibrasi"},
	} {
		_, notes := trendNotes(tc.lang, tr, 0.1, func(string) bool { return false }, 0)
		var ofRang, ofQuiet string
		for _, n := range notes {
			switch {
			case strings.Contains(n, " pemerintahan "):
				ofRang = n
			case strings.Contains(n, " keuangan "):
				ofQuiet = n
			}
		}
		if ofRang == "" || ofQuiet == "" {
			t.Fatalf("%s: no note on the calibration spread of pemerintahan or keuangan:\n%s", tc.lang, strings.Join(notes, "\n"))
		}
		if strings.Contains(ofRang, tc.cannot) || !strings.Contains(ofRang, tc.alarm) {
			t.Errorf("%s: the note on pemerintahan, which rang, says %q, or not %q:\n%s", tc.lang, tc.cannot, tc.alarm, ofRang)
		}
		if !strings.Contains(ofQuiet, tc.cannot) || strings.Contains(ofQuiet, tc.alarm) {
			t.Errorf("%s: the note on keuangan, which did not ring, should say %q, and nothing of an alarm:\n%s", tc.lang, tc.cannot, ofQuiet)
		}
	}
}
