package viz

import (
	"bytes"
	"strings"
	"testing"
)

// TestSplitNamesUnitsAsMaps: the sentence on a network in parts named the
// units outside the largest part by their ids ("1.03.01.0000,
// 1.03.02.0000, …", a study whose ids are e-office codes) while the map
// beside it labels them by their short names (units.short_name). It now
// names them as the map does: the short name, else the id (B3 has none).
func TestSplitNamesUnitsAsMaps(t *testing.T) {
	n := twoHalves()
	short := map[string]string{"B0": "DINKES", "B1": "RSUD", "B2": "DISDIK"}
	for i := range n.Nodes {
		n.Nodes[i].ShortName = short[n.Nodes[i].ID]
		n.Nodes[i].ID = "1.03." + n.Nodes[i].ID
	}
	for _, lang := range []string{"id", "en"} {
		var buf bytes.Buffer
		if err := WriteReport(&buf, ReportData{Result: analyze(t, n), Study: "dua", Window: "2025", Version: "test", NoLayerMaps: true, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Count(buf.String(), ": DINKES, RSUD, DISDIK, 1.03.B3."), 2; got != want {
			t.Errorf("%s: the report names the part outside the largest as DINKES, RSUD, DISDIK, 1.03.B3 %d times, want %d (briefing and summary)", lang, got, want)
		}
	}
}
