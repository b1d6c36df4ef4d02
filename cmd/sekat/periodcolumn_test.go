package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// TestPeriodColumnWorded: the refusal of a part file whose period column
// disagrees with its folder (engine code periodColumn) is said in
// Indonesian by default and in English with --lang en, naming the file
// and line, both periods and the folder to move the file into.
func TestPeriodColumnWorded(t *testing.T) {
	e := &engine.PairsError{Code: "periodColumn", Args: []any{engine.Pos{File: "pairs/period=2025-05/part-0.csv", N: 7}, "2025-06", "2025-05", "2025-05", "2025-06"}}
	for lang, want := range map[string][]string{
		"id": {"pairs/period=2025-05/part-0.csv baris 7: kolom period berisi \"2025-06\"", "folder period=2025-05;", "pindahkan berkas itu ke folder period=2025-06"},
		"en": {"pairs/period=2025-05/part-0.csv line 7: the period column holds \"2025-06\"", "folder period=2025-05;", "move the file into the folder period=2025-06"},
	} {
		got := pairsText(e, lang)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", lang, got, w)
			}
		}
		if strings.Contains(got, "%!") {
			t.Errorf("%s: %q", lang, got)
		}
	}
}
