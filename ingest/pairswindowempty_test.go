package ingest

import (
	"context"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestLoadPairsWindowEmptySpans: a window that holds no event of a log
// table is warned of with that table's own span, as Load warns of it
// from the raw tables. From pair tables every table was said to run over
// the span of all the logs ("its 11 rows run from 2025-01-10", the first
// letter's day, of meetings held from 2025-02-10), though the inputs
// table gives each log's first_at and last_at.
func TestLoadPairsWindowEmptySpans(t *testing.T) {
	s := handPairsStudy(t)
	day := studyDay(t, s)
	win := graph.Window{From: day("2024-01-01"), To: day("2024-02-01")}
	spans := func(ws []Warning) map[string]graph.Window {
		m := map[string]graph.Window{}
		for _, w := range ws {
			if w.Code == WarnWindowEmpty {
				m[w.Table] = graph.Window{From: w.From, To: w.To}
			}
		}
		return m
	}
	raw := spans(loadDir(t, "../testdata/studies/hand", Options{Window: win}).Warnings)
	res, err := LoadPairs(context.Background(), s, writePairs(t, handPairsByDay), Options{Window: win})
	if err != nil {
		t.Fatal(err)
	}
	got := spans(res.Warnings)
	if len(raw) != 3 {
		t.Fatalf("Load warned of %d tables with no event in the window, want the three logs: %v", len(raw), raw)
	}
	for tb, w := range raw {
		if got[tb] != w {
			t.Errorf("%s: span %v from the pair tables, Load gives %v", tb, got[tb], w)
		}
	}
}
