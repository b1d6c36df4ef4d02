package outcheck

import (
	"html"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestTrendHeldPeriodsNotCounted: at person level a period of fewer
// people than the minimum group size is withheld, and every CUSUM passes
// over it. A weekly trend of 10 March to 26 May 2025 on sekat generate
// --seed 8404 --scale 0.3 --no-change withholds the Lebaran week (no one
// in it), the fourth, just after the 3 calibration weeks: trend said "8
// periods watched" where the CUSUM gave 7 a z, and "Periods without an
// interval: 11 of 11" beside the 10 periods of trend.csv. The sentences
// count the periods trend.csv shows and the CUSUM used.
func TestTrendHeldPeriodsNotCounted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 8404, Scale: 0.3, NoChange: true}); err != nil {
		t.Fatal(err)
	}
	_, keyFile := clitest.Key(t, 43)
	out := filepath.Join(t.TempDir(), "tren")
	code, stdout, stderr := sekat(t, "trend", dir, "--level", "person", "--every", "week", "--from", "2025-03-10", "--to", "2025-05-26",
		"--key-file", keyFile, "--resamples", "100", "--lang", "en", "--out", out, "-q")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	num := func(re, text string) []int {
		t.Helper()
		m := regexp.MustCompile(re).FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("does not say %s:\n%s", re, text)
		}
		var ns []int
		for _, s := range m[1:] {
			n, _ := strconv.Atoi(s)
			ns = append(ns, n)
		}
		return ns
	}
	page := html.UnescapeString(clitest.ReadFile(t, filepath.Join(out, "trend.html")))
	span := num(`Calibration periods</dt><dd>(\d+)`, page)[0]
	periods, scored := map[int]bool{}, map[string]int{}
	last, whole := 0, 0
	for _, r := range clitest.ReadCSV(t, filepath.Join(out, "trend.csv")) {
		p, _ := strconv.Atoi(r["period"])
		if !periods[p] && p <= span && r["partial"] == "false" {
			whole++
		}
		periods[p], last = true, max(last, p)
		if r["type"] == "sector" && r["z"] != "" {
			scored[r["name"]]++
		}
	}
	var held []int
	for p := 1; p <= last; p++ {
		if !periods[p] {
			held = append(held, p)
		}
	}
	if len(held) != 1 || held[0] <= span {
		t.Fatalf("periods withheld %v, want one after the %d calibration periods: the study no longer shows the case", held, span)
	}
	watched := 0
	for _, n := range scored {
		watched = max(watched, n)
	}
	said := num(`in (\d+) periods watched after (\d+) calibration periods`, stdout)
	if said[0] != watched || said[1] != whole {
		t.Errorf("said %d periods watched after %d calibration periods; trend.csv gives a z to at most %d periods per sector, and has %d whole calibration periods",
			said[0], said[1], watched, whole)
	}
	if n := num(`Periods without an interval: \d+ of (\d+)`, stdout)[0]; n != len(periods) {
		t.Errorf("the note on intervals counts %d periods; trend.csv shows %d", n, len(periods))
	}
}
