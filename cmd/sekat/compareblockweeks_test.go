package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestComparePeriodsLineNamesBlocksOfWeeks: with --block-weeks 2 the line
// on the two periods says how many weekly blocks each holds and how many
// blocks of 2 weeks are resampled and permuted, the number the warnings on
// the splits of "the time blocks of the two periods" give; it said "(14
// blocks" of two quarters beside "the time blocks of the two periods, 7
// and 7" (sekat generate --seed 1160 --scale 0.3, compare --before
// 2025-01-01..2025-04-01 --after 2025-10-01..2026-01-01 --block-weeks 2).
// With --block-weeks 1 the line is as it was.
//
// The study: A, B (sector s1) and C (s2) write to one another every day
// of 2025; the quarters from Wednesday 1 January and Wednesday 1 October
// hold 14 weekly blocks each (a part week at both ends).
func TestComparePeriodsLineNamesBlocksOfWeeks(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	dailyLettersStudy(t, dir, "person_id,unit_id\np1,A\np2,B\np3,C\n", "unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nC,Badan C,s2\n",
		[]string{"A,B", "B,C", "C,A"}, nil)
	for _, tc := range []struct {
		weeks, lang, want string
	}{
		{"2", "en", "before: 1 January – 31 March 2025 (14 weekly blocks, resampled and permuted as 7 blocks of 2 weeks; 3 active nodes); after: 1 October – 31 December 2025 (14 weekly blocks, resampled and permuted as 7 blocks of 2 weeks; 3 active nodes)"},
		{"2", "id", "sebelum: 1 Januari – 31 Maret 2025 (14 blok mingguan, diambil ulang dan dipermutasi sebagai 7 blok 2 pekan; 3 simpul aktif); sesudah: 1 Oktober – 31 Desember 2025 (14 blok mingguan, diambil ulang dan dipermutasi sebagai 7 blok 2 pekan; 3 simpul aktif)"},
		{"1", "en", "before: 1 January – 31 March 2025 (14 blocks, 3 active nodes); after: 1 October – 31 December 2025 (14 blocks, 3 active nodes)"},
		{"1", "id", "sebelum: 1 Januari – 31 Maret 2025 (14 blok, 3 simpul aktif); sesudah: 1 Oktober – 31 Desember 2025 (14 blok, 3 simpul aktif)"},
	} {
		t.Run(tc.weeks+"/"+tc.lang, func(t *testing.T) {
			_, stderr := analyzeOK(t, "compare", dir, "--before", "2025-01-01..2025-04-01", "--after", "2025-10-01..2026-01-01",
				"--block-weeks", tc.weeks, "--resamples", "100", "--permutations", "100", "--lang", tc.lang, "--out", filepath.Join(t.TempDir(), "c"), "-q")
			if !strings.Contains(stderr, tc.want+"\n") {
				t.Errorf("stderr:\n%s\nwant the line %q", stderr, tc.want)
			}
		})
	}
}
