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
// 2026-12-06) without a word that none could reach 0.05. Three weeks against three split in 20 ways, a floor of 0.05, not
// above alpha: no warning.
func TestCompareNetworkPFloorSaid(t *testing.T) {
	study := filepath.Join(t.TempDir(), "study")
	analyzeOK(t, "generate", "--seed", "1", "--scale", "0.3", "--out", study)
	for _, tc := range []struct {
		name, before, after string
		warn                bool
	}{
		{"two weeks against two", "2025-01-06..2025-01-20", "2025-01-20..2025-02-03", true},
		{"three weeks against three", "2025-01-06..2025-01-27", "2025-01-27..2025-02-17", false},
	} {
		for _, lang := range []string{"id", "en"} {
			out := filepath.Join(t.TempDir(), "compare")
			_, stderr := analyzeOK(t, "compare", study, "--before", tc.before, "--after", tc.after, "--out", out, "-q", "--lang", lang)
			want := msg(lang, "change.networkFloorSplits", "changes_network.csv", 2, 2, "6", i18n.Decimal(lang, "0.167"), i18n.Decimal(lang, "0.05"))
			head, _, _ := strings.Cut(msg(lang, "change.networkFloorSplits", "changes_network.csv", 0, 0, "\x00", "", ""), "0")
			switch {
			case tc.warn && !strings.Contains(stderr, want):
				t.Errorf("%s, %s: stderr does not say %q:\n%s", tc.name, lang, want, stderr)
			case !tc.warn && strings.Contains(stderr, head):
				t.Errorf("%s, %s: stderr warns of the network p-values, which can reach 0.05:\n%s", tc.name, lang, stderr)
			}
			if !tc.warn {
				continue
			}
			for _, r := range clitest.ReadCSV(t, filepath.Join(out, "changes_network.csv")) {
				if p := r["value_p"]; p != "" && num(t, p) <= 0.05 {
					t.Errorf("%s: %s p = %s, at most 0.05 where the warning says it cannot be", tc.name, r["measure"], p)
				}
			}
		}
	}
}
