package i18n

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// TestGroupSummaryCountsGrouped: the counts of groups in the summary's
// sentences are grouped in thousands as every other count: the units of
// an analysis of people pass 999 at scale (4,992 units in the nasional
// preset). They read "Silos: 1200 of 3500 units judged", "Tidak dinilai:
// 1500 unit".
func TestGroupSummaryCountsGrouped(t *testing.T) {
	var gs []metrics.Group
	for i := range 5000 {
		g := metrics.Group{Type: metrics.GroupUnit, Name: strconv.Itoa(i), Formal: true,
			GroupStats: silo.GroupStats{Size: 2, Homophily: -0.1, PAdjusted: 1}}
		switch {
		case i < 1200:
			g.Verdict, g.Homophily, g.PAdjusted = silo.Silo, 0.8, 1e-6
		case i < 1500:
			g.Verdict, g.Homophily, g.PAdjusted = silo.Watch, 0.3, 1e-6
		case i >= 3500: // tested, not judged: Holm's family holds them
			g.Formal, g.PAdjusted = false, math.NaN()
		}
		gs = append(gs, g)
	}
	r := &metrics.Result{Groups: gs, SectorsUsable: true, Permutations: map[metrics.GroupType]int{metrics.GroupUnit: 1 << 20}}
	for lang, want := range map[string][]string{
		"en": {"Silos: 1,200 of 3,500 units judged.", "Watch list: 300 of 3,500 units judged", "runs over 5,000 tests", "1,500 of them not judged", "Not judged: 1,500 units"},
		"id": {"1.200 dari 3.500", "300 dari 3.500", "5.000", "Tidak dinilai: 1.500 unit"},
	} {
		got := GroupSummary(lang, r, metrics.GroupUnit)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q does not say %q", lang, got, w)
			}
		}
		if strings.Contains(got, "%!") {
			t.Errorf("%s: a verb of the wrong kind: %q", lang, got)
		}
	}
}
