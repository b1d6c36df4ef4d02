package viz

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestTrendChartBrokenAtGaps: the line and the band of a trend chart are
// broken at a period without an index or an interval, not drawn across
// it. A month without any tie (the June of sekat generate --seed 640
// --scale 0.3 --no-change with June's events removed, trend --every
// month) was bridged by the line from May to July and by the band from
// May's interval to July's, drawing for June a value and an interval it
// does not have.
func TestTrendChartBrokenAtGaps(t *testing.T) {
	nan := math.NaN()
	pt := func(from string, h, lo, hi float64) result.TrendPoint {
		return result.TrendPoint{From: from, Homophily: h, HLow: lo, HHigh: hi}
	}
	pts := []result.TrendPoint{
		pt("2025-01-01", 0.80, 0.70, 0.90),
		pt("2025-02-01", 0.82, 0.72, 0.92),
		pt("2025-03-01", nan, nan, nan), // no tie
		pt("2025-04-01", 0.81, 0.71, 0.91),
		pt("2025-05-01", 0.79, nan, nan), // its interval left empty
		pt("2025-06-01", 0.78, 0.70, 0.88),
		pt("2025-07-01", 0.80, 0.72, 0.90),
	}
	svg := string(trendSVG("s", pts, changeTexts("en"), "en", 0, nan, 0.1))
	xs := func(points string) []string {
		var out []string
		for _, p := range strings.Fields(points) {
			out = append(out, strings.Split(p, ",")[0])
		}
		return out
	}
	var lines [][]string
	for _, m := range regexp.MustCompile(`<polyline points="([^"]+)"`).FindAllStringSubmatch(svg, -1) {
		lines = append(lines, xs(m[1]))
	}
	// periods 1-2, then 4-7
	if len(lines) != 2 || len(lines[0]) != 2 || len(lines[1]) != 4 {
		t.Errorf("line segments %v, want two: 2 periods before the gap, 4 after", lines)
	}
	var bands [][]string
	for _, m := range regexp.MustCompile(`<polygon points="([^"]+)" fill="#4575b4"`).FindAllStringSubmatch(svg, -1) {
		bands = append(bands, xs(m[1]))
	}
	// periods 1-2 and 6-7 (each polygon goes along the top and back), and
	// period 4 alone as a bar
	if len(bands) != 2 || len(bands[0]) != 4 || len(bands[1]) != 4 {
		t.Errorf("band polygons %v, want two of 2 periods each", bands)
	}
	if n := strings.Count(svg, `<line class="interval"`); n != 1 {
		t.Errorf("%d interval bars, want 1 (the period with an interval between two without)", n)
	}
	for _, lang := range []string{"en", "id"} {
		if tx := changeTexts(lang); !strings.Contains(tx.ChartsIntro, map[string]string{"en": "broken", "id": "terputus"}[lang]) {
			t.Errorf("%s: the charts' legend %q does not say that the line and band are broken at a gap", lang, tx.ChartsIntro)
		}
	}
}
