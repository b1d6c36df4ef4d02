package main

import (
	"math"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
)

// TestPlaceboSizeLine: of the doubtful placebo dates, the line gives the
// estimate largest in size (a negative one too), with its date and its
// interval, or without an interval where it has none, beside the effect;
// nothing without a doubtful date or an effect.
func TestPlaceboSizeLine(t *testing.T) {
	nan := math.NaN()
	day := func(t int64) string { return [...]string{"2025-06-16", "2025-06-23", "2025-03-31"}[t] }
	num := estimates("en", 3)
	effect := change.DiD{Effect: 0.894}
	a := change.DiD{Date: 0, Effect: 0.004, CI: change.Interval{Low: 0.001, High: 0.01}}
	b := change.DiD{Date: 1, Effect: -0.019, CI: change.Interval{Low: -0.036, High: -0.005}}
	c := change.DiD{Date: 2, Effect: -0.029, CI: change.Interval{Low: nan, High: nan}, P: 0.03}
	for _, tc := range []struct {
		name     string
		effect   change.DiD
		doubtful []change.DiD
		want     string
	}{
		{"one", effect, []change.DiD{b}, "The doubtful placebo date's estimate is -0.019 (23 June 2025, 95% interval -0.036 to -0.005), beside an effect of 0.894 at the reform date."},
		{"largest in size, negative", effect, []change.DiD{a, b}, "Of the 2 doubtful placebo dates, the estimate largest in size is -0.019 (23 June 2025, 95% interval -0.036 to -0.005), beside an effect of 0.894"},
		{"no interval", effect, []change.DiD{a, b, c}, "Of the 3 doubtful placebo dates, the estimate largest in size is -0.029 (31 March 2025), beside an effect of 0.894"},
		{"none doubtful", effect, nil, ""},
		{"no effect", change.DiD{Effect: nan}, []change.DiD{b}, ""},
	} {
		got := placeboSizeLine("en", tc.effect, tc.doubtful, day, num)
		if tc.want == "" && got != "" || !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: got %q, want it to begin %q", tc.name, got, tc.want)
		}
	}
	if got := placeboSizeLine("id", effect, []change.DiD{a, b}, day, estimates("id", 3)); !strings.HasPrefix(got,
		"Dari 2 tanggal plasebo yang meragukan, estimasi yang terbesar nilai mutlaknya adalah -0,019 (23 Juni 2025, selang 95% -0,036 s.d. -0,005), sedangkan efek pada tanggal reformasi 0,894.") {
		t.Errorf("id: got %q", got)
	}
}
