package viz

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestTrendEveryoneWithheld: a person-level trend whose every sector is
// withheld (sekat trend --level person --min-group 50 on a study of a
// few hundred people) has no point to draw. Its page said "Rentang: –"
// under the title, the range taken from the points shown, and gave the
// charts' legend with no chart under it. The range is now the periods'
// (TrendData.From, Last) and the section says there is no chart.
func TestTrendEveryoneWithheld(t *testing.T) {
	out := &result.TrendOutput{NoAlert: "Semua sektor tidak ditampilkan."}
	for _, tc := range []struct{ lang, window, none, legend string }{
		{"id", "8 Januari – 25 Juni 2025", changeTexts("id").NoCharts, changeTexts("id").ChartsIntroNoBand},
		{"en", "8 January – 25 June 2025", changeTexts("en").NoCharts, changeTexts("en").ChartsIntroNoBand},
	} {
		var b bytes.Buffer
		if err := WriteTrend(&b, TrendData{Result: out, From: "2025-01-08", Last: "2025-06-25", Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		if !strings.Contains(s, tc.window) {
			t.Errorf("%s: the page does not give the range %q", tc.lang, tc.window)
		}
		if !strings.Contains(s, tc.none) {
			t.Errorf("%s: the page does not say there is no chart (%q)", tc.lang, tc.none)
		}
		if strings.Contains(s, tc.legend) {
			t.Errorf("%s: the charts' legend with no chart under it", tc.lang)
		}
	}
}
