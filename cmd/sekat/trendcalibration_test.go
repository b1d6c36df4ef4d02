package main

import (
	"html"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestTrendCalibrationCountsAgree: a weekly trend whose window starts on a
// Thursday has a first week cut short, which the CUSUM leaves out and the
// calibration reaches past. Its sentence without alarms, its note on the
// calibration periods without a tie and the method table of trend.html
// count the calibration periods the CUSUM used, as trend.csv shows them:
// the periods of the calibration not cut short (partial false); and the
// periods watched are those after it to which some sector's CUSUM gave a
// z. On sekat generate --seed 8404 --scale 0.3 --no-change the sentence
// said "after 14 calibration periods" and "1 of 14", the page "14", of
// which 13 were whole weeks.
func TestTrendCalibrationCountsAgree(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 8404, Scale: 0.3, NoChange: true}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "tren")
	code, stdout, stderr := sekat(t, "trend", dir, "--every", "week", "--resamples", "100", "--lang", "en", "--out", out, "-q")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	page := html.UnescapeString(readFile(t, filepath.Join(out, "trend.html")))
	num := func(re, text, where string) int {
		t.Helper()
		m := regexp.MustCompile(re).FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("%s does not say %s:\n%s", where, re, text)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	// the first periods the grey area spans, as the page says them
	span := num(`of the first (\d+) periods`, page, "trend.html")
	used := num(`(\d+) of the first \d+ periods`, page, "trend.html")
	said := num(`after (\d+) calibration periods`, stdout, "stdout")
	of := num(`left out of the calibration: \d+ of (\d+) calibration periods`, stdout, "stdout")
	watchedSaid := num(`in (\d+) periods watched`, stdout, "stdout")

	whole, partial := map[int]bool{}, 0
	scored := map[string]int{}
	for _, r := range readCSV(t, filepath.Join(out, "trend.csv")) {
		p, _ := strconv.Atoi(r["period"])
		if r["partial"] == "false" {
			whole[p] = true
		} else if r["type"] == "sector" && r["name"] == "ekonomi" {
			partial++
		}
		if r["type"] == "sector" && r["z"] != "" {
			scored[r["name"]]++
		}
	}
	if partial == 0 || whole[1] {
		t.Fatalf("the first week is not cut short in trend.csv (%d partial periods): the study no longer shows the case", partial)
	}
	wholeCal := 0
	for p := 1; p <= span; p++ {
		if whole[p] {
			wholeCal++
		}
	}
	watched := 0
	for _, n := range scored {
		watched = max(watched, n)
	}
	for name, got := range map[string]int{"trend.html's method table": used, "the sentence without alarms": said, "the note on periods without a tie": of} {
		if got != wholeCal {
			t.Errorf("%s counts %d calibration periods; trend.csv has %d whole periods among the first %d", name, got, wholeCal, span)
		}
	}
	if watchedSaid != watched {
		t.Errorf("the sentence without alarms counts %d periods watched; trend.csv has at most %d scored (z) per sector", watchedSaid, watched)
	}
}
