package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
)

// TestHolmFloorCountsGrouped: the warning that no tie can be significant
// writes its count of tests with the digits grouped, as it writes the
// permutations. compare on a generated provinsi study (seed 73, scale
// 0.2, halves of 2025; sekat of session 46) said "with 1,000 permutations
// and 54539 tests of ties"; the --permutations it advises stays as it is
// typed. The comparison here holds 54,539 tested ties and 1,000
// permutations, as that run did.
func TestHolmFloorCountsGrouped(t *testing.T) {
	c := &change.Comparison{Method: change.Method{Permutations: 1000, Alpha: 0.05}}
	c.Ties = make([]change.TieChange, 54539)
	for _, splits := range []float64{0, 252} {
		c.Method.Splits, c.Method.RunsBefore, c.Method.RunsAfter = splits, 5, 5
		for _, tc := range []struct{ lang, want string }{
			{"en", "54,539 tests"},
			{"id", "54.539 ikatan yang diuji"},
		} {
			var got string
			for _, w := range compareWarnings(tc.lang, c, nil) {
				if w.Code == "holm_unreachable" && w.Table == "ties" {
					got = w.Message
				}
			}
			if !strings.Contains(got, tc.want) || strings.Contains(got, "54539 ") {
				t.Errorf("%s, %v splits: the ties' warning reads %q, want %q in it", tc.lang, splits, got, tc.want)
			}
			if splits == 0 && !strings.Contains(got, "--permutations 1090779") {
				t.Errorf("%s: the ties' warning reads %q, want --permutations 1090779 as typed", tc.lang, got)
			}
		}
	}
}
