package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsRowsSumGrouped: the refusal of rows whose counts do not add
// up to the totals writes both numbers alike, grouped as the user's
// language groups them: the rows' sum stood bare beside the grouped
// total ("add up to 1003, and the totals table's shares_granted +
// shares_denied is 4" in English; 1003 beside grouped totals in Indonesian).
// Found on seed 990's tables (generate --seed 990 --scale 0.1 --format
// parquet, pairs --run) with one data_denied raised by 1,000: "add up to
// 1457 ... is 457".
func TestPairsRowsSumGrouped(t *testing.T) {
	tables := handTables(t, false, false)
	p := filepath.Join(tables, "pairs.csv")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	// D->C's denied request, 1 in the hand study, made 1000
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), "D,C,0,0,0,1,1,1\n", "D,C,0,0,0,1000,1,1\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{
		"en": "add up to 1,003, and the totals table's shares_granted + shares_denied is 4",
		"id": "berjumlah 1.003, sedangkan shares_granted + shares_denied dalam tabel totals bernilai 4",
	} {
		code, _, stderr := sekat(t, "analyze", "../../testdata/studies/hand", "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang)
		if code != exitUsage || !strings.Contains(stderr, want) {
			t.Errorf("--lang %s: exit %d, stderr %q; want %q", lang, code, stderr, want)
		}
	}
}
