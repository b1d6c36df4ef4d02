package flowcheck

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestCompareNetworkPFloorSaid: the whole-network measures of
// changes_network.csv are tested one by one, not in a Holm family, so no
// Holm floor warned of them; with the time blocks of two weeks against
// two split in only C(4, 2) = 6 ways no p can go much below 1/6 = 0.167
// (of 1,000 random splits, the observed one alone comes back about 167
// times; SciPy 1.10.1: P(p <= 0.05) < 1e-29). On sekat generate --seed 1
// --scale 0.3, compare 2025-01-06..2025-01-20 against
// 2025-01-20..2025-02-03, the network p-values were 0.666 and 1 (sekat
// 2026-12-06) without a word that none could reach 0.05. The periods
// holding as many blocks, each split and the one with the periods swapped
// give the same size of change, so the floor is 2/6 = 0.333; and three
// weeks against three, 20 ways, have a floor of 2/20 = 0.1, not 1/20 =
// 0.05, and were not warned of (hE6 of session 51: the p-values of
// sekat generate --seed 920 --scale 0.3, 1-14 January against 15-28
// January, were 0.096 to 0.908). Two weeks against three, 10 ways, have
// no mirror: 1/10 = 0.1. Four against four, 70 ways, 2/70 = 0.029: no
// warning.
func TestCompareNetworkPFloorSaid(t *testing.T) {
	study := filepath.Join(t.TempDir(), "study")
	analyzeOK(t, "generate", "--seed", "1", "--scale", "0.3", "--out", study)
	for _, tc := range []struct {
		name, before, after string
		warn                bool
		runsB, runsA        int
		splits, floor, over string
	}{
		{"two weeks against two", "2025-01-06..2025-01-20", "2025-01-20..2025-02-03", true, 2, 2, "6", "0.333", "change.splitsOver2"},
		{"three weeks against three", "2025-01-06..2025-01-27", "2025-01-27..2025-02-17", true, 3, 3, "20", "0.100", "change.splitsOver2"},
		{"two weeks against three", "2025-01-06..2025-01-20", "2025-01-20..2025-02-10", true, 2, 3, "10", "0.100", "change.splitsOver1"},
		{"four weeks against four", "2025-01-06..2025-02-03", "2025-02-03..2025-03-03", false, 0, 0, "", "", ""},
	} {
		for _, lang := range []string{"id", "en"} {
			out := filepath.Join(t.TempDir(), "compare")
			_, stderr := analyzeOK(t, "compare", study, "--before", tc.before, "--after", tc.after, "--out", out, "-q", "--lang", lang)
			head, _, _ := strings.Cut(msg(lang, "change.networkFloorSplits", "changes_network.csv", 0, 0, "\x00", "", "", ""), "0")
			if !tc.warn {
				if strings.Contains(stderr, head) {
					t.Errorf("%s, %s: stderr warns of the network p-values, which can reach 0.05:\n%s", tc.name, lang, stderr)
				}
				continue
			}
			want := msg(lang, "change.networkFloorSplits", "changes_network.csv", tc.runsB, tc.runsA, tc.splits, i18n.Decimal(lang, tc.floor),
				i18n.Decimal(lang, "0.05"), msg(lang, tc.over))
			if !strings.Contains(stderr, want) {
				t.Errorf("%s, %s: stderr does not say %q:\n%s", tc.name, lang, want, stderr)
			}
			for _, r := range clitest.ReadCSV(t, filepath.Join(out, "changes_network.csv")) {
				if p := r["value_p"]; p != "" && num(t, p) <= 0.05 {
					t.Errorf("%s: %s p = %s, at most 0.05 where the warning says it cannot be", tc.name, r["measure"], p)
				}
			}
		}
	}
}
