package i18n

import (
	"strings"
	"testing"
)

// TestFacilitatorsLineCountsOne: the summary line of sekat facilitators
// writes a count of one in the singular. A study of two sectors (one of 4
// people, both withheld) printed "34 informal facilitator candidates, 1
// formal coordinators, a set of 10" with --reveal.
func TestFacilitatorsLineCountsOne(t *testing.T) {
	for _, tc := range []struct {
		key  string
		args []any
		want []string
	}{
		{"facilitatorsLine", []any{"1", "1", 1, 1, 1}, []string{"1 informal facilitator candidate,", "1 formal coordinator,", "1 month,", "1 time slice "}},
		{"facilitatorsLine", []any{"34", "2", 10, 12, 62}, []string{"34 informal facilitator candidates,", "2 formal coordinators,"}},
		{"facilitatorsLineFiltered", []any{"1", "1", "1", "0", 1, 12, 62}, []string{"1 informal facilitator candidate and", "1 formal coordinator among all staff"}},
		{"facilitatorsLineFiltered", []any{"1.234", "12", "0", "0", 0, 12, 62}, []string{"1.234 informal facilitator candidates and", "12 formal coordinators among all staff"}},
	} {
		got := T("en", tc.key, tc.args...)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s %v: %q, want %q in it", tc.key, tc.args, got, w)
			}
		}
	}
}
