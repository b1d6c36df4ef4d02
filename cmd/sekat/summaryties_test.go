package main

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestSummaryLineCountsTies: the line analyze ends with counts the
// directed ties of the network, the arcs of positive weight, not every
// row of edges.csv: a pair that only refused data (data_denied adds no
// weight) or that only met when study.yaml gives meetings the weight 0 is
// no tie. On sekat generate --seed 1120 --scale 0.03 with layer_weights
// {meetings: 0, data_sharing: 0} the line said "879 directed ties" beside
// a network of 327 undirected ties (summary.json, the report): 396 of the
// 879 rows of edges.csv had weight 0.
func TestSummaryLineCountsTies(t *testing.T) {
	for _, yaml := range []string{"", "layer_weights: {meetings: 0}\n"} {
		dir := handCopy(t, nil, nil)
		if yaml != "" {
			writeStudyFile(t, dir, "study.yaml", []byte(yaml))
		}
		for _, c := range []struct {
			lang string
			re   *regexp.Regexp
		}{{"id", regexp.MustCompile(`([0-9.]+) ikatan berarah`)}, {"en", regexp.MustCompile(`([0-9,]+) directed ties?`)}} {
			out := filepath.Join(t.TempDir(), "o")
			code, _, stderr := sekat(t, "analyze", dir, "--out", out, "--lang", c.lang, "--permutations", "99")
			if code != 0 {
				t.Fatalf("analyze: exit %d: %s", code, stderr)
			}
			m := c.re.FindStringSubmatch(stderr)
			if m == nil {
				t.Fatalf("%s: no count of directed ties in:\n%s", c.lang, stderr)
			}
			got, err := strconv.Atoi(strings.NewReplacer(".", "", ",", "").Replace(m[1]))
			if err != nil {
				t.Fatal(err)
			}
			rows := readCSV(t, filepath.Join(out, "edges.csv"))
			want, zero := 0, 0
			for _, r := range rows {
				if w, _ := strconv.ParseFloat(r["weight"], 64); w > 0 {
					want++
				} else {
					zero++
				}
			}
			if yaml != "" && zero == 0 {
				t.Fatalf("%q: no row of edges.csv has weight 0: the test shows nothing", yaml)
			}
			if got != want {
				t.Errorf("%q, %s: the summary line says %d directed ties; edges.csv has %d of positive weight (and %d of weight 0)", yaml, c.lang, got, want, zero)
			}
		}
	}
}
