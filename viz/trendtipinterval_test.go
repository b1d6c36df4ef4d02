package viz

import (
	"bytes"
	"math"
	"regexp"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestTrendTooltipWithoutInterval: the tooltip of a point on trend.html
// gives the period and its homophily, and its 95% interval only when the
// period has one. Every point of a weekly trend (no interval) was titled
// "9–15 June 2025: -0.04 –", a dash that read as a range left open; a
// monthly point with an interval keeps "[low; high]".
func TestTrendTooltipWithoutInterval(t *testing.T) {
	nan := math.NaN()
	out := &result.TrendOutput{Calibration: 3}
	for p, iv := range [][2]float64{{nan, nan}, {0.3, 0.5}, {nan, nan}, {nan, nan}} {
		out.Points = append(out.Points, result.TrendPoint{Period: p + 1, From: "2025-06-0" + string(rune('1'+p)), Last: "2025-06-0" + string(rune('1'+p)),
			Type: "sector", Group: "sosial", Homophily: 0.4, HLow: iv[0], HHigh: iv[1]})
	}
	out.Watches = []result.TrendWatch{{Group: "sosial", Mean: 0.4}}
	for _, lang := range []string{"en", "id"} {
		var b bytes.Buffer
		if err := WriteTrend(&b, TrendData{Result: out, Lang: lang, Method: ChangeMethod{MinChange: 0.1}}); err != nil {
			t.Fatal(err)
		}
		tips := regexp.MustCompile(`<circle [^>]*><title>([^<]*)</title>`).FindAllStringSubmatch(b.String(), -1)
		if len(tips) != 4 {
			t.Fatalf("%s: %d point titles, want 4", lang, len(tips))
		}
		for i, m := range tips {
			withInterval := regexp.MustCompile(`\[0[.,]3\d*; 0[.,]5\d*\]$`).MatchString(m[1])
			if i == 1 && !withInterval || i != 1 && (withInterval || regexp.MustCompile(`[–-]$`).MatchString(m[1])) {
				t.Errorf("%s: point %d titled %q", lang, i+1, m[1])
			}
		}
	}
}
