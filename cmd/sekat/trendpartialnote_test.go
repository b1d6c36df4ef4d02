package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/graph"
)

// TestTrendPartialNoteWithoutWatches: the note on periods cut short by
// the window is said of the periods, whether or not a sector was judged.
// It was counted from the sectors' watches, so `sekat trend S --every
// week --from 2025-01-08 --to 2025-06-26 --level person --min-group 50`
// on sekat generate --seed 2718 --scale 0.3 --pilot --reorg, every
// sector withheld, said nothing of its first period (Wednesday 8 to
// Monday 13 January, five days) and its last (23 to 26 June, three
// days), though the CUSUM left both out (hM, 2026-12-06).
func TestTrendPartialNoteWithoutWatches(t *testing.T) {
	const day, week = 86400, 7 * 86400
	start := int64(1736269200) // Wednesday 2025-01-08 00:00 Asia/Jakarta
	ws := []graph.Window{{From: start, To: start + 5*day}}
	for len(ws) < 24 {
		from := ws[len(ws)-1].To
		ws = append(ws, graph.Window{From: from, To: from + week})
	}
	ws = append(ws, graph.Window{From: ws[23].To, To: ws[23].To + 3*day})
	const cut = 2 // the first and the last window above
	watched := change.Watch{Type: "sector", Group: "ekonomi", Calibration: 5, Partial: cut}
	for _, c := range []struct {
		name     string
		watches  []change.Watch
		withheld func(string) bool
		nWith    int
	}{
		{"no sector judged", nil, func(string) bool { return false }, 0},
		{"every sector withheld", []change.Watch{watched}, func(string) bool { return true }, 1},
		{"a sector watched", []change.Watch{watched}, func(string) bool { return false }, 0},
	} {
		tr := &change.TrendResult{Method: change.TrendMethod{Periods: len(ws), Calibration: 6}, Windows: ws, Watches: c.watches}
		for _, lang := range []string{"id", "en"} {
			_, notes := trendNotes(lang, tr, 0.1, c.withheld, c.nWith)
			want := msg(lang, "trend.partial", cut, int(100*change.PartialShare))
			if n := strings.Count(strings.Join(notes, "\n"), want); n != 1 {
				t.Errorf("%s, %s: the note on the %d periods cut short is said %d times, want once:\n%s", c.name, lang, cut, n, strings.Join(notes, "\n"))
			}
		}
	}
}
