package flowcheck

import (
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestPersonSummaryLineCountsNetwork: analyze --level person says how
// many of the listed people have a tie in the window, and that number is
// the people rows of people.csv. Before, a one-day window printed "332
// people" (the people table) beside a network of a few dozen (qaC,
// 2026-12-06: "9 units, 54 people" with 8 people in the network).
func TestPersonSummaryLineCountsNetwork(t *testing.T) {
	study, _ := clitest.SeedOneStudy(t)
	out := filepath.Join(t.TempDir(), "hasil")
	code, _, stderr := sekat(t, "analyze", study, "--level", "person", "--from", "2025-03-03", "--to", "2025-03-04", "--permutations", "10", "--out", out, "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := regexp.MustCompile(`([\d,]+) (?:person|people) listed, ([\d,]+) of them with a tie in the window`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary line with the people of the network:\n%s", stderr)
	}
	persons := 0
	for _, r := range clitest.ReadCSV(t, filepath.Join(out, "people.csv")) {
		if r["kind"] == "person" {
			persons++
		}
	}
	linked, _ := strconv.Atoi(m[2])
	listed, _ := strconv.Atoi(regexp.MustCompile(`,`).ReplaceAllString(m[1], ""))
	if linked != persons || linked == 0 || linked >= listed {
		t.Errorf("summary line: %s listed, %s with a tie; people.csv has %d people (the window of one day holds fewer than are listed)", m[1], m[2], persons)
	}
}
