package viz

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/result"
)

// smallComparison is a hand-made comparison of four units in two
// sectors: u4 has ties only after, and a name that is markup.
func smallComparison() *result.Comparison {
	nan := math.NaN()
	m := result.Measure{Before: 0.5, After: 0.1, Change: -0.4, ChangeLow: -0.5, ChangeHigh: -0.3, P: 0.01, PAdjusted: 0.02}
	return &result.Comparison{
		Groups: []result.GroupChange{{Type: "sector", Name: "a", Homophily: m, Verdict: "opened", Sentence: "Sektor a membuka diri."},
			{Type: "sector", Name: "b", Homophily: result.Measure{Before: nan, After: nan, Change: nan, ChangeLow: nan, ChangeHigh: nan, P: nan, PAdjusted: nan}}},
		Units: []result.UnitChange{{Unit: "u1", Sector: "a", Present: "both"}, {Unit: "u2", Sector: "a", Present: "both"},
			{Unit: "u3", Sector: "b", Present: "both"}, {Unit: "u4", Name: "<script>x</script>", Sector: "b", Present: "after"}},
		Ties: []result.TieChange{{Source: "u1", Target: "u2", PerDayBefore: 2, PerDayAfter: 1, Status: "same"},
			{Source: "u1", Target: "u3", PerDayBefore: 1, Status: "lost"},
			{Source: "u2", Target: "u4", PerDayAfter: 3, Status: "gained"}},
		JSON: result.CompareJSON{Verdicts: []result.CompareVerdict{{Type: "sector", Name: "a", Verdict: "opened", Sentence: "Sektor a membuka diri."}},
			QAP: map[string]any{"r": result.Number(0.5), "p": result.Number(0.04)}},
	}
}

var nodeRe = regexp.MustCompile(`<g class="node"><title>([^<]*)</title><circle cx="([^"]*)" cy="([^"]*)" r="[^"]*" fill="([^"]*)"`)

func TestCompareMapsSamePositions(t *testing.T) {
	maps := CompareMapsSVG(smallComparison(), "id")
	pos := make([]map[string]string, 3)
	fill := make([]map[string]string, 3)
	for k, svg := range maps {
		if _, err := inlineSVG(svg); err != nil {
			t.Fatalf("map %d: %v", k, err)
		}
		pos[k], fill[k] = map[string]string{}, map[string]string{}
		for _, m := range nodeRe.FindAllStringSubmatch(string(svg), -1) {
			pos[k][m[1]] = m[2] + "," + m[3]
			fill[k][m[1]] = m[4]
		}
		if len(pos[k]) != 4 {
			t.Errorf("map %d has %d nodes, want 4", k, len(pos[k]))
		}
	}
	for u, p := range pos[0] {
		if pos[1][u] != p || pos[2][u] != p {
			t.Errorf("unit %s at %s, %s, %s", u, p, pos[1][u], pos[2][u])
		}
	}
	// u4 has no tie before: hollow on the before map only.
	if fill[0]["u4"] != "#ffffff" || fill[1]["u4"] == "#ffffff" {
		t.Errorf("u4 fill before %s, after %s; want hollow before only", fill[0]["u4"], fill[1]["u4"])
	}
	// The change map colours the gained and the lost tie.
	for _, c := range []string{gainedColour, lostColour} {
		if !strings.Contains(string(maps[2]), `stroke="`+c+`"`) {
			t.Errorf("change map has no tie in %s", c)
		}
	}
	if strings.Contains(string(maps[0]), gainedColour) {
		t.Error("the before map draws a gained tie")
	}
}

func TestWriteCompare(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: smallComparison(), Lang: lang, Study: "Kab <Uji>",
			Method: ChangeMethod{Block: "week", Resamples: 1000, Seed: 7, CommandLine: "sekat compare studi"}}); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		// the command's words each on one line when printed
		command := `<pre class="command"><span class="word">sekat</span> <span class="word">compare</span> <span class="word">studi</span></pre>`
		// the network table says how its interval and p differ (review r1
		// of session 15: density's interval held 0 beside p = 0.004)
		if !strings.Contains(b.String(), template.HTMLEscapeString(changeTexts(lang).NetworkIntro)) {
			t.Errorf("%s: the network table's note is missing", lang)
		}
		// counts grouped as elsewhere on the pages: 1.000, not 1000
		thousand := "<dd>1" + map[string]string{"id": ".", "en": ","}[lang] + "000</dd>"
		for _, want := range []string{"Sektor a membuka diri.", "Kab &lt;Uji&gt;", "&lt;script&gt;x&lt;/script&gt;", command, "0" + map[string]string{"id": ",", "en": "."}[lang] + "02", thousand} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: page lacks %q", lang, want)
			}
		}
		if strings.Contains(s, "<script") {
			t.Errorf("%s: a script on the page", lang)
		}
	}
	if err := WriteCompare(&bytes.Buffer{}, CompareData{}); err == nil {
		t.Error("WriteCompare of no comparison gave no error")
	}
}

func TestWriteTrend(t *testing.T) {
	out := &result.TrendOutput{}
	for p := range 6 {
		h := 0.1
		alarm := ""
		if p >= 3 {
			h = 0.6
		}
		if p == 3 {
			alarm = "closing"
		}
		out.Points = append(out.Points, result.TrendPoint{Period: p, From: "2025-0" + string(rune('1'+p)) + "-01", Type: "sector", Group: "a",
			Homophily: h, HLow: h - 0.05, HHigh: h + 0.05, Alarm: alarm},
			result.TrendPoint{Period: p, Type: "sector", Group: "b", Homophily: math.NaN(), HLow: math.NaN(), HHigh: math.NaN()},
			result.TrendPoint{Period: p, Type: "kind", Group: "dinas", Homophily: 0.2})
	}
	out.Alerts = []result.TrendAlert{{Type: "sector", Group: "a", Direction: "closing", Period: 3, Sentence: "Sektor a makin tertutup."}}
	var b bytes.Buffer
	if err := WriteTrend(&b, TrendData{Result: out, Lang: "id", Method: ChangeMethod{Resamples: 1000, Permutations: 2500}}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{"<dd>1.000</dd>", "<dd>2.500</dd>"} {
		if !strings.Contains(s, want) {
			t.Errorf("the method table lacks %q: counts are grouped as elsewhere", want)
		}
	}
	if n := strings.Count(s, `class="trend"`); n != 2 {
		t.Errorf("%d charts, want one per sector (2)", n)
	}
	if n := strings.Count(s, `<g class="alarm">`); n != 1 {
		t.Errorf("%d alarms marked, want 1", n)
	}
	if n := strings.Count(s, "Sektor a makin tertutup."); n != 2 {
		t.Errorf("the alarm sentence appears %d times, want under Alarm and under its chart", n)
	}
}

// TestTrendChartMarks: a chart shades its calibration periods, draws a
// watched sector's calibration mean, draws a period cut short by the
// window hollow, and says under an unwatched sector's chart why the CUSUM
// did not watch it.
func TestTrendChartMarks(t *testing.T) {
	out := &result.TrendOutput{Calibration: 3}
	for p := 1; p <= 8; p++ {
		partial := p == 1 || p == 8
		out.Points = append(out.Points,
			result.TrendPoint{Period: p, From: fmt.Sprintf("2025-01-%02d", 7*p-6), Type: "sector", Group: "a", Homophily: 0.1 * float64(p%3),
				HLow: math.NaN(), HHigh: math.NaN(), Partial: partial},
			result.TrendPoint{Period: p, From: fmt.Sprintf("2025-01-%02d", 7*p-6), Type: "sector", Group: "eksternal", Homophily: 0,
				HLow: math.NaN(), HHigh: math.NaN(), Partial: partial})
	}
	out.Watches = []result.TrendWatch{{Group: "a", Mean: 0.15}, {Group: "eksternal", Mean: math.NaN(), Note: "Sektor eksternal tidak dipantau CUSUM."}}
	for _, lang := range []string{"id", "en"} {
		t.Run(lang, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteTrend(&b, TrendData{Result: out, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			s := b.String()
			if got := strings.Count(s, `class="calibration"`); got != 2 {
				t.Errorf("%d calibration spans, want one per chart (2)", got)
			}
			if got := strings.Count(s, `class="calibration-mean"`); got != 1 {
				t.Errorf("%d calibration mean lines, want 1 (the watched sector only)", got)
			}
			if got := strings.Count(s, `class="partial"`); got != 4 {
				t.Errorf("%d hollow points, want the 2 cut-short periods of each chart (4)", got)
			}
			if got := strings.Count(s, `<span class="unwatched">Sektor eksternal tidak dipantau CUSUM.</span>`); got != 1 {
				t.Errorf("the unwatched note appears %d times under the charts, want 1", got)
			}
			if !strings.Contains(s, changeTexts(lang).LegendPartial) || !strings.Contains(s, changeTexts(lang).CalibrationShort) {
				t.Error("the charts do not name the cut-short periods and the calibration")
			}
		})
	}
}

// manySectors is a comparison of n sectors of two units each, every unit
// present in both periods.
func manySectors(n int) *result.Comparison {
	c := &result.Comparison{}
	for s := 0; s < n; s++ {
		for u := 0; u < 2; u++ {
			c.Units = append(c.Units, result.UnitChange{Unit: fmt.Sprintf("u%02d%d", s, u), Sector: fmt.Sprintf("sektor %02d", s), Present: "both"})
		}
	}
	return c
}

// markRe reads a unit's mark on a comparison map: its shape element, its
// attributes up to the fill, and the fill.
var markRe = regexp.MustCompile(`<g class="node"><title>([^<]*)</title><(circle|rect|polygon) ([^>]*)fill="([^"]*)"`)

// shapeOfMark tells the shapes apart as a reader would: the element, and
// for a polygon its number of corners and whether the first points up or
// down from their centre.
func shapeOfMark(elem, attrs string) string {
	if elem != "polygon" {
		return elem
	}
	m := regexp.MustCompile(`points="([^"]*)"`).FindStringSubmatch(attrs)
	if m == nil {
		return "polygon?"
	}
	var ys []float64
	for _, p := range strings.Fields(m[1]) {
		var x, y float64
		fmt.Sscanf(p, "%g,%g", &x, &y)
		ys = append(ys, y)
	}
	mean := 0.0
	for _, y := range ys {
		mean += y / float64(len(ys))
	}
	dir := "up"
	if ys[0] > mean {
		dir = "down"
	}
	return fmt.Sprintf("polygon-%d-%s", len(ys), dir)
}

// TestCompareSectorsDistinct: on the comparison maps no two sectors look
// the same (same colour and same shape), up to 60 sectors, and each
// sector's legend entry shows its unit's mark. With the 10-colour palette
// alone, sectors 11 and up were all grey circles.
func TestCompareSectorsDistinct(t *testing.T) {
	for _, n := range []int{3, 10, 11, 20, 24, 60} {
		t.Run(fmt.Sprintf("%d sectors", n), func(t *testing.T) {
			c := manySectors(n)
			svg := string(CompareMapsSVG(c, "id")[1])
			look := map[string]string{} // sector -> shape+fill
			seen := map[string]string{} // shape+fill -> sector
			for _, m := range markRe.FindAllStringSubmatch(svg, -1) {
				sector := "sektor " + m[1][1:3]
				key := shapeOfMark(m[2], m[3]) + " " + m[4]
				if old, ok := look[sector]; ok && old != key {
					t.Errorf("%s drawn as %s and as %s", sector, old, key)
				}
				look[sector] = key
				if other, ok := seen[key]; ok && other != sector {
					t.Errorf("%s and %s both drawn as %s", other, sector, key)
				}
				seen[key] = sector
			}
			if len(look) != n {
				t.Fatalf("found the marks of %d sectors, want %d", len(look), n)
			}
			legend := sectorColours(c)
			if len(legend) != n {
				t.Fatalf("legend has %d sectors, want %d", len(legend), n)
			}
			for _, l := range legend {
				m := regexp.MustCompile(`<(circle|rect|polygon) ([^>]*)fill="([^"]*)"`).FindStringSubmatch(string(l.Mark))
				if m == nil || shapeOfMark(m[1], m[2])+" "+m[3] != look[l.Name] {
					t.Errorf("legend of %s: %q, map: %s", l.Name, l.Mark, look[l.Name])
				}
			}
		})
	}
}

// axisLabels returns the x-axis labels of a trend chart (the texts on the
// line under the plot) with their left and right ends in Arial.
func axisLabels(svg string) (labels []string, x0, x1 []float64) {
	re := regexp.MustCompile(`<text x="([0-9.]+)" y="169" font-size="9" text-anchor="middle" fill="#555555">([^<]*)</text>`)
	for _, m := range re.FindAllStringSubmatch(svg, -1) {
		x, _ := strconv.ParseFloat(m[1], 64)
		w := textWidth(m[2], 9, false)
		labels, x0, x1 = append(labels, m[2]), append(x0, x-w/2), append(x1, x+w/2)
	}
	return labels, x0, x1
}

// TestTrendAxisLabels: on a trend chart of weekly, monthly or quarterly
// periods the date labels under the axis never overlap (2 points apart at
// least, set in Arial), never repeat, and the first period is labelled.
// Weekly charts had every other week labelled with its month: 26 labels
// over 390 points, on top of each other, each month 2 or 3 times.
func TestTrendAxisLabels(t *testing.T) {
	day := func(d int) string {
		return time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d).Format("2006-01-02")
	}
	for _, tc := range []struct {
		name      string
		n, every  int // periods, days each (0: months)
		wantAtMin int
	}{
		{"52 weeks", 52, 7, 5},
		{"104 weeks (two years)", 104, 7, 5},
		{"26 weeks", 26, 7, 5},
		{"12 weeks", 12, 7, 4},
		{"12 months", 12, 0, 6},
		{"4 quarters", 4, 91, 4},
		{"1 period", 1, 7, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pts []result.TrendPoint
			for i := range tc.n {
				from := day(i * tc.every)
				if tc.every == 0 {
					from = time.Date(2025, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
				}
				pts = append(pts, result.TrendPoint{Period: i, From: from, Homophily: 0.1 * float64(i%5), HLow: 0, HHigh: 0.5})
			}
			labels, x0, x1 := axisLabels(string(trendSVG("a", pts, changeTexts("id"), "id", 0, math.NaN(), 0.1)))
			if len(labels) < tc.wantAtMin {
				t.Errorf("%d labels %q, want at least %d", len(labels), labels, tc.wantAtMin)
			}
			seen := map[string]bool{}
			for i, l := range labels {
				if seen[l] {
					t.Errorf("label %q repeated: %q", l, labels)
				}
				seen[l] = true
				if i > 0 && x0[i] < x1[i-1]+2 {
					t.Errorf("labels %q (%.0f-%.0f) and %q (%.0f-%.0f) overlap", labels[i-1], x0[i-1], x1[i-1], l, x0[i], x1[i])
				}
			}
			// The year of every period is on a label: on the first, and on
			// the first of each new year.
			for i := range tc.n {
				year := pts[i].From[:4]
				if !strings.Contains(strings.Join(labels, " "), year) {
					t.Errorf("no label names the year %s: %q", year, labels)
				}
			}
			if len(labels) > 0 && x0[0] < 0 || len(labels) > 0 && x1[len(x1)-1] > 460 {
				t.Errorf("labels run off the chart: %.0f to %.0f of 460", x0[0], x1[len(x1)-1])
			}
		})
	}
}

// TestChangePagesPersonNotice: compare.html and trend.html of a
// person-level run open with the notice of what their privacy rule did
// (ChangeNotice; they had none, then the facilitators' shortlist notice),
// and a unit-level page has none.
func TestChangePagesPersonNotice(t *testing.T) {
	trend := &result.TrendOutput{Points: []result.TrendPoint{{Period: 0, From: "2025-01-01", To: "2025-02-01", Type: "sector", Group: "a", Homophily: 0.2}}}
	for _, lang := range []string{"id", "en"} {
		for _, level := range []string{"person", "unit"} {
			var c, tr bytes.Buffer
			if err := WriteCompare(&c, CompareData{Result: smallComparison(), Lang: lang, Method: ChangeMethod{Level: level, MinGroup: 5}}); err != nil {
				t.Fatal(err)
			}
			if err := WriteTrend(&tr, TrendData{Result: trend, Lang: lang, Method: ChangeMethod{Level: level, MinGroup: 5}}); err != nil {
				t.Fatal(err)
			}
			want := html.EscapeString(ChangeNotice(5, lang))
			for name, page := range map[string]string{"compare": c.String(), "trend": tr.String()} {
				if got := strings.Contains(page, `<p class="notice" id="notice">`+want+`</p>`); got != (level == "person") {
					t.Errorf("%s %s at %s level: notice shown %v", lang, name, level, got)
				}
			}
		}
	}
}

// TestCompareLabelsAlongRays: each unit's label on the comparison maps is
// written along the ray from the circle's centre through the unit (turned
// over on the left half), so that neighbours on the circle never overlap
// (review A of session 14 saw KEC_SUKAMAJU, KEC_SINDANGJAYA, KEC_MEKARSARI
// and KEC_CIBEUREUM written over each other, horizontally). The label
// starts just outside its unit, and the drawing holds it.
func TestCompareLabelsAlongRays(t *testing.T) {
	labelRe := regexp.MustCompile(`<text x="([-0-9.]+)" y="([-0-9.]+)" dy="0.32em" font-size="9" text-anchor="(start|end)" transform="rotate\(([-0-9.]+) ([-0-9.]+) ([-0-9.]+)\)"`)
	for k, svg := range CompareMapsSVG(smallComparison(), "id") {
		labels := labelRe.FindAllStringSubmatch(string(svg), -1)
		if len(labels) != 4 {
			t.Fatalf("map %d: %d labels along rays, want 4", k, len(labels))
		}
		for _, m := range labels {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			deg, _ := strconv.ParseFloat(m[4], 64)
			ray := math.Atan2(y-cmpSize/2, x-cmpSize/2) * 180 / math.Pi
			if m[3] == "end" {
				ray += 180
			}
			if math.Abs(math.Remainder(deg-ray, 360)) > 0.5 {
				t.Errorf("map %d: label at (%v, %v) turned %v°, the ray is %v°", k, x, y, deg, ray)
			}
			if r := math.Hypot(x-cmpSize/2, y-cmpSize/2); r < cmpRadius+cmpNode || r+14*6 > cmpSize/2+30+cmpSize/2-cmpRadius {
				t.Errorf("map %d: label at radius %v", k, r)
			}
		}
	}
}

// TestTrendChartMinSpan: a sector whose H barely moves is drawn on an
// axis at least 0.3 high, so a wobble of 0.02 stays small on the page
// (review r1 of session 15: per-chart scales made flat sectors look as
// restless as silos that opened).
func TestTrendChartMinSpan(t *testing.T) {
	var pts []result.TrendPoint
	for i, h := range []float64{0.10, 0.11, 0.09, 0.12, 0.10} {
		pts = append(pts, result.TrendPoint{From: fmt.Sprintf("2025-0%d-01", i+1), Homophily: h, HLow: math.NaN(), HHigh: math.NaN()})
	}
	svg := string(trendSVG("s", pts, changeTexts("id"), "id", 0, math.NaN(), 0.1))
	var ys []float64
	for _, m := range regexp.MustCompile(`<polyline points="([^"]+)"`).FindStringSubmatch(svg)[1:] {
		for _, pt := range strings.Fields(m) {
			y, _ := strconv.ParseFloat(strings.Split(pt, ",")[1], 64)
			ys = append(ys, y)
		}
	}
	if len(ys) != 5 {
		t.Fatalf("%d points on the line", len(ys))
	}
	// plot height 190-12-34 = 144 points for at least 0.3 (plus padding):
	// a spread of 0.03 takes at most 144*0.03/0.3 = 14.4 points
	if d := slices.Max(ys) - slices.Min(ys); d > 14.4 {
		t.Errorf("a spread of 0.03 in H spans %.1f points of the chart, want at most 14.4", d)
	}
}

// TestCompareTiesGainedTested: ties gained or lost (weight in one period
// only) are counted with how many of them changed significantly after
// Holm's correction, and the page says what the counts mean (review of
// session 22: a study without change showed "hubungan baru 63, hubungan
// hilang 49" as if they were findings).
func TestCompareTiesGainedTested(t *testing.T) {
	c := smallComparison()
	c.JSON.Method = map[string]any{"alpha": result.Number(0.05)}
	c.Ties = []result.TieChange{
		{Source: "a", Target: "b", PerDayAfter: 1, PAdjusted: 0.01, Status: "gained"},
		{Source: "a", Target: "c", PerDayAfter: 1, PAdjusted: 0.6, Status: "gained"},
		{Source: "b", Target: "c", PerDayAfter: 1, PAdjusted: 0.9, Status: "gained"},
		{Source: "c", Target: "d", PerDayBefore: 1, PAdjusted: 0.7, Status: "lost"},
	}
	for _, tc := range []struct{ lang, gained, lost string }{
		{"id", "<dd>3 (1 bermakna setelah koreksi Holm)</dd>", "<dd>1 (0 bermakna setelah koreksi Holm)</dd>"},
		{"en", "<dd>3 (1 significant after Holm&#39;s correction)</dd>", "<dd>1 (0 significant after Holm&#39;s correction)</dd>"},
	} {
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		for _, want := range []string{tc.gained, tc.lost, template.HTMLEscapeString(changeTexts(tc.lang).TiesNote)} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: page lacks %q", tc.lang, want)
			}
		}
	}
	// When Holm's correction cannot reach alpha over the ties, the counts
	// stand alone and the note says no change of a tie can be significant.
	c.JSON.Warnings = []result.Warning{{Code: "holm_unreachable", Table: "ties", Message: "x"}}
	var b bytes.Buffer
	if err := WriteCompare(&b, CompareData{Result: c, Lang: "id"}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if !strings.Contains(s, "<dd>3</dd>") || strings.Contains(s, "bermakna setelah koreksi Holm)") {
		t.Error("untestable ties: the gained count is not shown alone")
	}
	if !strings.Contains(s, template.HTMLEscapeString(changeTexts("id").TiesNoteUntested)) {
		t.Error("untestable ties: the note does not say so")
	}
}

// TestCompareWordsIndonesian: compare.html's Indonesian texts name one
// concept one way, as the catalogue does: ikatan (not hubungan), jejaring
// (not jaringan), p terkoreksi (not disesuaikan, Penyesuaian), fluktuasi
// (not ayunan).
func TestCompareWordsIndonesian(t *testing.T) {
	v := reflect.ValueOf(changeTexts("id")).Elem()
	for i := range v.NumField() {
		s, ok := v.Field(i).Interface().(string)
		if !ok {
			continue
		}
		low := strings.ToLower(s)
		for _, w := range []string{"hubungan", "jaringan", "disesuaikan", "penyesuaian", "ayunan", "signifikan"} {
			if strings.Contains(low, w) {
				t.Errorf("%s says %q: %s", v.Type().Field(i).Name, w, s)
			}
		}
	}
}

// TestTrendPageIntervalWords: the legend and the method sentence speak of
// an interval band only when some period has an interval. With --every
// week no period holds enough weeks for one (sekat trend on sekat generate
// --seed 8401 --scale 0.2 --pilot: "53 of 53 periods ... have no 95%
// interval"), yet the page said "band: 95% interval" and "Each period is
// measured with an interval".
func TestTrendPageIntervalWords(t *testing.T) {
	for _, withBand := range []bool{true, false} {
		out := &result.TrendOutput{}
		for p := 1; p <= 6; p++ {
			lo, hi := math.NaN(), math.NaN()
			if withBand && p == 4 {
				lo, hi = 0.1, 0.3
			}
			out.Points = append(out.Points, result.TrendPoint{Period: p, From: fmt.Sprintf("2025-0%d-01", p), Type: "sector", Group: "a",
				Homophily: 0.2, HLow: lo, HHigh: hi})
		}
		for _, lang := range []string{"id", "en"} {
			var b bytes.Buffer
			if err := WriteTrend(&b, TrendData{Result: out, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			s := html.UnescapeString(b.String())
			tx := changeTexts(lang)
			for _, c := range []struct{ band, none string }{{tx.ChartsIntro, tx.ChartsIntroNoBand}, {tx.TrendMethod, tx.TrendMethodNoBand}} {
				want, not := c.band, c.none
				if !withBand {
					want, not = not, want
				}
				if !strings.Contains(s, want) || strings.Contains(s, not) {
					t.Errorf("%s, some period with an interval %v: the page should say %q, not %q", lang, withBand, want, not)
				}
			}
		}
	}
}

// TestCompareIntervalWithoutZeroNotShown: a group whose 95% interval of
// the change leaves out 0 but whose verdict is no significant change gets
// a note under the groups table saying why that is no evidence of a
// change; a page without such a group has none. On sekat generate --seed
// 8401 --scale 0.2 --pilot, halves of the year, sector kesehatan read
// "0.01 [0.001; 0.022] 0.427 no significant change" with no word on it.
func TestCompareIntervalWithoutZeroNotShown(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		c := smallComparison()
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), `class="explain disagree"`) {
			t.Errorf("%s: a note on intervals without 0 where no such group is", lang)
		}
		c.Groups = append(c.Groups, result.GroupChange{Type: "sector", Name: "kesehatan", Verdict: "no significant change",
			Homophily: result.Measure{Before: -0.02, After: -0.01, Change: 0.011, ChangeLow: 0.001, ChangeHigh: 0.022, P: 0.06, PAdjusted: 0.427}},
			result.GroupChange{Type: "sector", Name: "pendidikan", Verdict: "no significant change",
				Homophily: result.Measure{Before: -0.02, After: -0.03, Change: -0.01, ChangeLow: -0.021, ChangeHigh: 0.0004, P: 0.08, PAdjusted: 0.474}})
		b.Reset()
		if err := WriteCompare(&b, CompareData{Result: c, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		want := i18n.T(lang, "change.ciP.groupsNot", i18n.GroupList(lang, []metrics.GroupType{metrics.GroupSector}, []string{"kesehatan"}), i18n.Number(lang, 0.05, 2))
		if s := html.UnescapeString(b.String()); !strings.Contains(s, want) {
			t.Errorf("%s: the page lacks %q", lang, want)
		}
	}
}

// TestCompareDisagreementsSaid: wherever a change's 95% interval and its
// p-value point different ways, the page says so under the table and
// which to rely on, in both directions, for the groups (against the
// verdict) and the whole-network measures (against their p): a verdict
// "opened" printed beside an interval holding 0, or a density with p =
// 0.002 and an interval of -0.004 to 0.131 (sekat generate --seed 1
// --scale 0.3 --pilot, halves), left the reader with a contradiction.
func TestCompareDisagreementsSaid(t *testing.T) {
	c := smallComparison()
	c.JSON.Method = map[string]any{"alpha": result.Number(0.05)}
	c.Groups = append(c.Groups, result.GroupChange{Type: "sector", Name: "ekonomi", Verdict: "opened", Tested: true,
		Homophily: result.Measure{Before: 0.5, After: 0.3, Change: -0.2, ChangeLow: -0.45, ChangeHigh: 0.03, P: 0.001, PAdjusted: 0.01}},
		result.GroupChange{Type: "sector", Name: "sosial", Verdict: "opened", Tested: true,
			Homophily: result.Measure{Before: 0.5, After: 0.3, Change: -0.2, ChangeLow: -0.3, ChangeHigh: -0.1, P: 0.001, PAdjusted: 0.01}})
	c.Network = []result.NetworkChange{
		{Name: "density", Value: result.Measure{Change: 0.026, ChangeLow: -0.004, ChangeHigh: 0.131, P: 0.002}},
		{Name: "ei_index", Value: result.Measure{Change: 0.03, ChangeLow: 0.01, ChangeHigh: 0.05, P: 0.2}},
		{Name: "modularity_sector", Value: result.Measure{Change: 0.03, ChangeLow: 0.01, ChangeHigh: 0.05, P: 0.01}},
	}
	for _, lang := range []string{"id", "en"} {
		tx := changeTexts(lang)
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		s := html.UnescapeString(b.String())
		a := i18n.Number(lang, 0.05, 2)
		for _, want := range []string{
			i18n.T(lang, "change.ciP.groupsSig", i18n.GroupList(lang, []metrics.GroupType{metrics.GroupSector}, []string{"ekonomi"}), a),
			i18n.T(lang, "change.ciP.netSig", MeasureInSentence(lang, "density"), a),
			i18n.T(lang, "change.ciP.netNot", MeasureInSentence(lang, "ei_index"), a),
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: the page lacks %q", lang, want)
			}
		}
		groups, network := CompareDisagreements(lang, c)
		if len(groups) != 1 || len(network) != 2 {
			t.Errorf("%s: %d notes on groups, %d on the network, want 1 (ekonomi) and 2 (density; E-I index)\n%q\n%q", lang, len(groups), len(network), groups, network)
		}
		for _, n := range append(groups, network...) {
			if strings.Contains(n, "sosial") || strings.Contains(n, tx.measure("modularity_sector")) {
				t.Errorf("%s: a row whose interval and p agree is named: %q", lang, n)
			}
		}
	}
}

// TestCompareChangeApartFromMinimum: a change just under the minimum change
// of the verdicts (0.1 of H) is not printed as 0.10 beside "significant but
// small", nor one just over it as 0.10 beside "opened": the column takes the
// decimals that tell it from the minimum. Found by reading the groups table
// against changes_groups.csv (a change of -0.096 reads "-0.10").
func TestCompareChangeApartFromMinimum(t *testing.T) {
	c := smallComparison()
	c.JSON.Method = map[string]any{"min_change": result.Number(0.1)}
	c.Groups = append(c.Groups, result.GroupChange{Type: "sector", Name: "kecil", Verdict: "significant but small",
		Homophily: result.Measure{Before: 0.456, After: 0.36, Change: -0.096, ChangeLow: -0.15, ChangeHigh: -0.05, P: 0.001, PAdjusted: 0.01}},
		result.GroupChange{Type: "sector", Name: "pas", Verdict: "opened",
			Homophily: result.Measure{Before: 0.5, After: 0.3974, Change: -0.1026, ChangeLow: -0.15, ChangeHigh: -0.05, P: 0.001, PAdjusted: 0.01}})
	var b bytes.Buffer
	if err := WriteCompare(&b, CompareData{Result: c, Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{`<td class="name">kecil</td><td class="n">0.46</td><td class="n">0.36</td><td class="n">-0.096</td>`,
		`<td class="name">pas</td><td class="n">0.50</td><td class="n">0.40</td><td class="n">-0.103</td>`,
		`<td class="name">a</td><td class="n">0.50</td><td class="n">0.10</td><td class="n">-0.40</td>`} {
		if !strings.Contains(s, want) {
			t.Errorf("the groups table lacks %s", want)
		}
	}
}

// TestCompareUntestedTiesPale: a tie gained or lost whose change is not
// significant (here, as on g1 with 665 tested ties and 1,000
// permutations, none can be) is drawn pale and dashed, not in the strong
// colours of a tested change, and the legend has an entry only for what
// the change map draws: no "stronger"/"weaker" when no tie is.
func TestCompareUntestedTiesPale(t *testing.T) {
	c := smallComparison()
	for i := range c.Ties {
		c.Ties[i].P, c.Ties[i].PAdjusted = 0.2, 1
	}
	c.JSON.Method = map[string]any{"alpha": result.Number(0.05)}
	change := string(CompareMapsSVG(c, "en")[2])
	for _, strong := range []string{gainedColour, lostColour} {
		if strings.Contains(change, `stroke="`+strong+`"`) {
			t.Errorf("an untested tie is drawn in the strong %s", strong)
		}
	}
	if !strings.Contains(change, `stroke-dasharray="`+tieDashes+`"`) {
		t.Error("no untested tie is dashed")
	}
	for _, lang := range []string{"id", "en"} {
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		i := strings.Index(s, `id="map-change"`)
		j := strings.Index(s[i:], "<h3>")
		if i < 0 || j < 0 {
			t.Fatalf("%s: no change map and legend", lang)
		}
		legend := s[i : i+j]
		legend = legend[strings.Index(legend, "</figure>"):]
		tx := changeTexts(lang)
		for _, absent := range []string{tx.LegendStronger, tx.LegendWeaker, strongerColour, weakerColour, gainedColour, lostColour} {
			if strings.Contains(legend, absent) {
				t.Errorf("%s: the legend shows %q, which the map does not draw", lang, absent)
			}
		}
		for _, want := range []string{tx.LegendGainedUntested, tx.LegendLostUntested, gainedPale, lostPale} {
			if !strings.Contains(legend, template.HTMLEscapeString(want)) {
				t.Errorf("%s: the legend lacks %q", lang, want)
			}
		}
	}
	// a significant gain keeps the strong colour and its own legend entry
	c.Ties[2].PAdjusted = 0.01
	if !strings.Contains(string(CompareMapsSVG(c, "en")[2]), `stroke="`+gainedColour+`"`) {
		t.Error("a significant gained tie is not drawn in the strong colour")
	}
}

// TestCompareQAPSaysItsNull: the page's QAP sentence says what its p
// measures (relabelling the units of one period) and that a small p means
// the ties carried over, not that they changed. It gave "r = 0,73 (p
// permutasi < 0,001)" under the verdicts on change, which a reader took
// for one more significant change.
func TestCompareQAPSaysItsNull(t *testing.T) {
	for lang, want := range map[string][]string{
		"id": {"label unit", "bertahan", "tidak menilai perubahan"},
		"en": {"relabel", "carried over", "does not test a change"},
	} {
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: smallComparison(), Lang: lang}); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		i := strings.Index(s, template.HTMLEscapeString(changeTexts(lang).QAPTitle))
		if i < 0 {
			t.Fatalf("%s: no QAP section", lang)
		}
		par := s[i:]
		par = par[:strings.Index(par, "</p>")]
		for _, w := range want {
			if !strings.Contains(par, w) {
				t.Errorf("%s: the QAP sentence does not say %q: %s", lang, w, par)
			}
		}
	}
}

// TestComparePFloorSaysItIsABound: a sector none of whose 1,000 week
// permutations changed its homophily as much has p = 1/1001 and, over
// ten sectors, an adjusted p of 10/1001; a network measure and the QAP
// test with p = 1/1001 likewise. The page printed "0,010", "< 0,001" and
// "< 0,001", as if measured; now each is the bound, rounded up, with the
// permutations, and a note under each table says what ≤ means. A p some
// permutations reached, and one whose permutations are not known (a
// table written before they were), stay as they were.
func TestComparePFloorSaysItIsABound(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		c := smallComparison()
		floor := result.Measure{Before: 0.86, After: 0, Change: -0.86, ChangeLow: -0.88, ChangeHigh: -0.84, P: 1.0 / 1001, PAdjusted: 10.0 / 1001, Permutations: 1000}
		measured := floor
		measured.P, measured.PAdjusted = 3.0/1001, 12.0/1001
		unknown := floor
		unknown.Permutations = 0
		c.Groups = []result.GroupChange{{Type: "sector", Name: "floor", Homophily: floor, Verdict: "opened"},
			{Type: "sector", Name: "measured", Homophily: measured, Verdict: "opened"},
			{Type: "sector", Name: "unknown", Homophily: unknown, Verdict: "opened"}}
		c.Network = []result.NetworkChange{{Name: "density", Value: floor}}
		c.JSON.QAP = map[string]any{"r": result.Number(0.68), "p": result.Number(1.0 / 1001), "permutations": 1000}
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(b.String())
		tx := changeTexts(lang)
		row := func(table, name string) string {
			s := page[strings.Index(page, `id="`+table+`"`):]
			s = s[strings.Index(s, ">"+name+"<"):]
			return s[:strings.Index(s, "</tr>")]
		}
		for _, w := range []struct{ table, name, want string }{
			{"groups", "floor", ">" + fmt.Sprintf(tx.FloorP, fmtFloat(0.010, 3, lang), fmtInt(1000, lang)) + "<"},
			{"groups", "measured", ">" + fmtFloat(0.012, 3, lang) + "<"},
			{"groups", "unknown", ">" + fmtFloat(0.010, 3, lang) + "<"},
			{"network", tx.measure("density"), ">" + fmt.Sprintf(tx.FloorP, fmtFloat(0.001, 3, lang), fmtInt(1000, lang)) + "<"},
		} {
			if r := row(w.table, w.name); !strings.Contains(r, w.want) {
				t.Errorf("%s: %s row %s lacks %q: %s", lang, w.table, w.name, w.want, r)
			}
		}
		if n, m := strings.Count(page, tx.FloorNote), strings.Count(page, tx.NetworkFloorNote); n != 1 || m != 1 {
			t.Errorf("%s: the notes on ≤ are under %d and %d tables, want 1 each (groups, network: TestCompareNetworkFloorNoteSaysNoHolm)", lang, n, m)
		}
		if want := i18n.PermutationP(lang, 1.0/1001, 1000); !strings.Contains(page, want) {
			t.Errorf("%s: the QAP sentence lacks %q", lang, want)
		}
	}
}

// TestCompareQAPExactOverAllRelabellings: with 6 units compare takes all
// 720 relabellings (change.QAP.Exact), and p = 1/720 is exact. The page
// read "≤ 0,0014, batas terkecil dari 720 permutasi", a bound of random
// draws, and r = 0.997 as "r = 1,00", a perfect correlation that is not
// there (QA of session 39 on the Lazega study, 6 units); now "= 0,0014,
// tepat atas seluruh 720 penukaran label" and r with three decimals, as
// the terminal writes it.
func TestCompareQAPExactOverAllRelabellings(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		c := smallComparison()
		c.JSON.QAP = map[string]any{"r": result.Number(0.997), "p": result.Number(1.0 / 720), "permutations": 720, "nodes": 6, "exact": true}
		var b bytes.Buffer
		if err := WriteCompare(&b, CompareData{Result: c, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		page := html.UnescapeString(b.String())
		for _, want := range []string{"r = " + fmtFloat(0.997, 3, lang), i18n.ExactP(lang, 1.0/720, 720), "0" + fmtFloat(0.0014, 4, lang)[1:]} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the QAP sentence lacks %q", lang, want)
			}
		}
		if floor := i18n.PermutationP(lang, 1.0/720, 720); strings.Contains(page, floor) {
			t.Errorf("%s: an exact p is written as the bound of random draws %q", lang, floor)
		}
	}
	if got, want := i18n.ExactP("id", 1.0/720, 720), "= 0,0014, tepat atas seluruh 720 penukaran label"; got != want {
		t.Errorf("ExactP(id, 1/720, 720) = %q, want %q", got, want)
	}
	if got, want := i18n.ExactP("en", 0.5, 24), "= 0.500, exact over all 24 relabellings"; got != want {
		t.Errorf("ExactP(en, 0.5, 24) = %q, want %q", got, want)
	}
}
