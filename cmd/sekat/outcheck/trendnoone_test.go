package outcheck

import (
	"path/filepath"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestTrendLeavesOutUnitsWithNoOne: a person-level trend of a window
// before a reorganisation listed the units it makes (DISKAN_BARU and
// DPUPR_DISHUB of sekat generate --reorg, from 1 July) in trend.csv with
// a size of 0 and empty cells in every period: a group with no one in
// any period has nothing to show and is left out. A unit with people in
// some periods only stays (trend shows when it has none).
func TestTrendLeavesOutUnitsWithNoOne(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	analyzeOK(t, "generate", "--seed", "2718", "--scale", "0.3", "--pilot", "--reorg", "--out", study, "-q")
	out := filepath.Join(t.TempDir(), "tren")
	analyzeOK(t, "trend", study, "--every", "month", "--to", "2025-06-30", "--level", "person", "--purpose", "uji", "--out", out, "-q")
	people := map[string]int{} // the periods each group has anyone in
	rows := clitest.ReadCSV(t, filepath.Join(out, "trend.csv"))
	for _, r := range rows {
		k := r["type"] + " " + r["name"]
		if _, ok := people[k]; !ok {
			people[k] = 0
		}
		if r["size"] != "0" {
			people[k]++
		}
	}
	if len(people) < 10 {
		t.Fatalf("trend.csv has %d groups: the study tests too little", len(people))
	}
	for k, n := range people {
		if n == 0 {
			t.Errorf("trend.csv lists %s, which has no one in any period", k)
		}
	}
}
