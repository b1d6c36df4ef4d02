package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
)

// TestTrendNoAlertUnwatchedAndMoved: the sentence without alarms never
// covers a sector the CUSUM did not run for, also when a watched sector
// moved within the calibration. With one sector watched (and moved) and
// one not, trend said "No alarm in 4 periods watched after 14 calibration
// periods; this does not mean nothing changed: in 1 of the watched
// sectors ...", as if every sector had been watched; and the Indonesian
// sentence for sectors not watched, "Tidak ada alarm pada 1 dari 2 sektor
// yang dipantau CUSUM", read as one of two watched sectors without an
// alarm, the other perhaps with one.
func TestTrendNoAlertUnwatchedAndMoved(t *testing.T) {
	moved := change.Watch{Type: "sector", Group: "pemerintahan", Calibration: 14, CalLow: 0.06, CalHigh: 0.86, CalMoved: true}
	quiet := change.Watch{Type: "sector", Group: "ekonomi", Calibration: 14}
	few := change.Watch{Type: "sector", Group: "sosial", Calibration: 1, Skipped: 13, Reason: change.WatchFewCalibration}
	for _, tc := range []struct {
		name    string
		watches []change.Watch
		want    map[string][]string
	}{
		{"moved and not watched", []change.Watch{moved, few}, map[string][]string{
			"en": {"the sectors the CUSUM watched (1 of 2)", "in 4 periods watched after 14 calibration periods", "nothing is said about those", "mean nothing changed"},
			"id": {"sektor yang dipantau CUSUM (1 dari 2 sektor)", "dalam 4 periode yang dipantau sesudah 14 periode kalibrasi", "tidak ada kesimpulan tentang sektor tersebut", "tidak berarti tidak ada perubahan"},
		}},
		{"not watched", []change.Watch{quiet, few}, map[string][]string{
			"en": {"the sectors the CUSUM watched (1 of 2)", "nothing is said about those"},
			"id": {"sektor yang dipantau CUSUM (1 dari 2 sektor)", "tidak ada kesimpulan tentang sektor tersebut"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := &change.TrendResult{Method: change.TrendMethod{Periods: 18, Calibration: 14}, Watches: tc.watches}
			for lang, want := range tc.want {
				noAlert, _ := trendNotes(lang, tr, 0.1, func(string) bool { return false }, 0)
				for _, w := range want {
					if !strings.Contains(noAlert, w) {
						t.Errorf("%s: %q does not say %q", lang, noAlert, w)
					}
				}
				if strings.Contains(noAlert, "1 dari 2 sektor yang dipantau") {
					t.Errorf("%s: %q counts the sector not watched among those watched", lang, noAlert)
				}
			}
		})
	}
}
