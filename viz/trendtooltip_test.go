package viz

import (
	"bytes"
	"fmt"
	"regexp"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestTrendAlarmTooltipFromChance: the red ring of a closing alarm on
// trend.html is titled as the alarm's sentence words it (i18n.AlarmKind).
// Sosial's numbers in generate --preset kabupaten --seed 11, trend --every
// month: calibration mean -0.0156, 0.7349 in July 2025; the sentence says
// "tampak menjadi lebih tertutup" ("became more inward"), but the ring's
// tooltip said "alarm: makin tertutup" ("closed further"), a closure the
// sector did not have. A sector calibrated at 0.4 still closed further.
func TestTrendAlarmTooltipFromChance(t *testing.T) {
	titleRe := regexp.MustCompile(`<g class="alarm"><title>[^<]* · ([^<]*)</title>`)
	for _, tc := range []struct {
		lang string
		mean float64
		want string
	}{
		{"id", -0.0156, "alarm: menjadi lebih tertutup"},
		{"en", -0.0156, "alarm: more inward"},
		{"id", 0.09, "alarm: menjadi lebih tertutup"}, // under the minimum change 0.10
		{"id", 0.4, "alarm: makin tertutup"},
		{"en", 0.4, "alarm: closing"},
	} {
		out := &result.TrendOutput{Calibration: 3}
		for p := range 6 {
			h, alarm := tc.mean, ""
			if p >= 3 {
				h = 0.7349
			}
			if p == 3 {
				alarm = "closing"
			}
			out.Points = append(out.Points, result.TrendPoint{Period: p, From: fmt.Sprintf("2025-%02d-01", p+4), Last: fmt.Sprintf("2025-%02d-28", p+4),
				Type: "sector", Group: "sosial", Homophily: h, HLow: h - 0.05, HHigh: h + 0.05, Alarm: alarm})
		}
		out.Watches = []result.TrendWatch{{Group: "sosial", Mean: tc.mean}}
		var b bytes.Buffer
		if err := WriteTrend(&b, TrendData{Result: out, Lang: tc.lang, Method: ChangeMethod{MinChange: 0.1}}); err != nil {
			t.Fatal(err)
		}
		m := titleRe.FindAllStringSubmatch(b.String(), -1)
		if len(m) != 1 || m[0][1] != tc.want {
			t.Errorf("%s, calibration mean %v: alarm titles %q, want one %q", tc.lang, tc.mean, m, tc.want)
		}
	}
}
