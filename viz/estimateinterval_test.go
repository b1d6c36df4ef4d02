package viz

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// rowRe finds, in a table row of compare.html, the change cell followed
// by its interval cell.
var rowRe = regexp.MustCompile(`<td class="n">([^<]*)</td><td class="n">\[([^;<]*); ([^\]<]*)\]</td>`)

// tipRe finds the homophily index and its interval in a trend.html
// tooltip.
var tipRe = regexp.MustCompile(`: (-?[0-9][0-9.,]*) \[([^;<]*); ([^\]<]*)\]`)

// decimalsOf is the number of decimals of a number as a page writes it,
// and its value.
func decimalsOf(t *testing.T, s, lang string) (int, float64) {
	t.Helper()
	plain := s
	if lang == "id" {
		plain = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
	} else {
		plain = strings.ReplaceAll(s, ",", "")
	}
	x, err := strconv.ParseFloat(plain, 64)
	if err != nil {
		t.Fatalf("%q is not a number: %v", s, err)
	}
	d := 0
	if i := strings.IndexAny(plain, "."); i >= 0 {
		d = len(plain) - i - 1
	}
	return d, x
}

// TestChangeAndIntervalShareDecimals: compare.html's groups and network
// tables, and trend.html's tooltips, write an estimate with the decimals
// of its 95% interval, so that the estimate reads where it lies in the
// interval. Written apart, infrastruktur's change in homophily of
// 0.0050883 on sekat generate --seed 404 --scale 0.3 --no-change
// (halves, changes_groups.csv of sekat 686aed1) read "0,01" beside
// "[-0,002; 0,012]", twice itself and near the interval's top; a change
// of 0.0052 with an interval of 0.0004 to 0.0094 (made up, to show the
// worst case) read "0.01 [0.0004; 0.0094]", outside its own interval;
// and a trend tooltip gave an index of -0.004 as "0.00 [-0.01; 0.01]".
func TestChangeAndIntervalShareDecimals(t *testing.T) {
	nan := math.NaN()
	c := &result.Comparison{
		Groups: []result.GroupChange{
			{Type: "sector", Name: "infrastruktur", Homophily: result.Measure{Before: -0.020785869773077, After: -0.0156975507300574,
				Change: 0.0050883190430196, ChangeLow: -0.0021477397480663, ChangeHigh: 0.0117446905446885, P: 0.28, PAdjusted: 0.935}},
			{Type: "sector", Name: "a", Homophily: result.Measure{Before: 0.5, After: 0.1, Change: -0.4, ChangeLow: -0.5, ChangeHigh: -0.3, P: 0.01, PAdjusted: 0.02},
				Verdict: "opened", Sentence: "Sektor a membuka diri."},
		},
		Network: []result.NetworkChange{
			{Name: "density", Value: result.Measure{Before: 0.5, After: 0.5052, Change: 0.0052, ChangeLow: 0.0004, ChangeHigh: 0.0094, P: 0.04, PAdjusted: nan}},
		},
	}
	out := &result.TrendOutput{}
	for p, h := range []float64{0.3, 0.31, -0.004, 0.29} {
		out.Points = append(out.Points, result.TrendPoint{Period: p + 1, From: "2025-0" + strconv.Itoa(p+1) + "-01", Type: "sector", Group: "a",
			Homophily: h, HLow: h - 0.008, HHigh: h + 0.01})
	}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			var cb, tb bytes.Buffer
			if err := WriteCompare(&cb, CompareData{Result: c, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			if err := WriteTrend(&tb, TrendData{Result: out, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			rows := rowRe.FindAllStringSubmatch(cb.String(), -1)
			if len(rows) != 3 {
				t.Fatalf("compare.html: %d changes with an interval, want 3 (two groups, one network measure)", len(rows))
			}
			tips := tipRe.FindAllStringSubmatch(tb.String(), -1)
			if len(tips) != 4 {
				t.Fatalf("trend.html: %d indices with an interval in the tooltips, want 4", len(tips))
			}
			for _, m := range append(rows, tips...) {
				d, x := decimalsOf(t, m[1], lang)
				dl, lo := decimalsOf(t, m[2], lang)
				dh, hi := decimalsOf(t, m[3], lang)
				if d != dl || d != dh {
					t.Errorf("%q [%q; %q]: the estimate with %d decimals, its interval with %d and %d", m[1], m[2], m[3], d, dl, dh)
				}
				if x == 0 {
					t.Errorf("%q [%q; %q]: the estimate reads as 0; none here is", m[1], m[2], m[3])
				}
				if x < lo || x > hi {
					t.Errorf("%q [%q; %q]: the estimate reads outside its interval", m[1], m[2], m[3])
				}
			}
		})
	}
}
