package main

import (
	"html"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestUnmatchedGivesTheDay: the sentences on units gone or new give the
// day the window was split at. Before, `sekat trend --every week S` on
// sekat generate --seed 2718 --scale 0.3 --pilot --reorg said "unit
// DISHUB hanya ada sampai sekitar pertengahan jendela waktu" on stderr
// and "unit tanpa ikatan sesudah sekitar pertengahan jendela waktu" on
// trend.html, and a Sekda had to work out which day that was (hM,
// 2026-12-06).
//
// The study: OLD writes to A every other day up to 30 June 2025, NEW
// from 1 July, A, B and C to one another throughout 2025. Weekly
// periods begin on Mondays; the window's middle is 2 July 2025 12:00,
// and the week boundary nearest it Monday 30 June (2.5 days before, 7
// July 4.5 after): the day said.
func TestUnmatchedGivesTheDay(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reorg")
	lettersStudy(t, dir, "person_id,unit_id\np1,A\np2,B\np3,C\np4,OLD\np5,NEW\n",
		"unit_id,name,sector\nA,Dinas A,s1\nB,Dinas B,s1\nC,Badan C,s2\nOLD,Dinas Lama,s2\nNEW,Dinas Baru,s2\n",
		2, func(d time.Time) []string { return renamedMidYear(d) })
	for _, c := range []struct {
		lang string
		want []string // on stderr
		page string   // on trend.html
	}{
		{"id", []string{"ikatan unit OLD hanya tercatat sampai sekitar 30 Juni 2025 (pertengahan jendela waktu)", "ikatan unit NEW hanya tercatat sejak sekitar 30 Juni 2025 (pertengahan jendela waktu)"},
			"Jendela waktu dibagi pada 30 Juni 2025, batas periode yang paling dekat dengan pertengahannya: unit tanpa ikatan sesudah sekitar tanggal itu (OLD) dan unit tanpa ikatan sebelum sekitar tanggal itu (NEW)"},
		{"en", []string{"unit OLD has ties only up to about 30 June 2025 (the middle of the window)", "unit NEW has ties only from about 30 June 2025 (the middle of the window) on"},
			"The window is split at 30 June 2025, the period boundary nearest its middle: units with no ties after about that day (OLD) and units with no ties before about it (NEW)"},
	} {
		out := filepath.Join(t.TempDir(), "tren")
		code, _, stderr := sekat(t, "trend", dir, "--every", "week", "--from", "2025-01-01", "--to", "2026-01-01", "--resamples", "100", "--permutations", "100", "--lang", c.lang, "--out", out, "-q")
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", c.lang, code, stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr does not say %q:\n%s", c.lang, w, stderr)
			}
		}
		if page := html.UnescapeString(readFile(t, filepath.Join(out, "trend.html"))); !strings.Contains(page, c.page) {
			t.Errorf("%s: trend.html does not say %q", c.lang, c.page)
		}
	}
}
