package main

import (
	"encoding/json"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestCompareMirrorFloorSaid: five weeks against five split between the
// periods in C(10, 5) = 252 ways, and since both periods hold five, each
// split and the one with the periods swapped give the same size of
// change: no permutation p-value is below 2/252, and ten sectors' Holm
// floor is 0.079, above 0.05. On sekat generate --seed 920 --scale 0.3,
// June 2025 (from the 2nd) against the five weeks from 1 July, the planted
// sectors ekonomi and ketertiban changed by -0.71 and 0.62 in H, raw p
// 0.0102, Holm 0.102, and compare said "No sector changed significantly
// between the two periods", the floor taken as 10/252 = 0.040 (hE6 of
// session 51). It must say that no sector can be reported, with the floor
// and why, and compare.json must give the floor the sentence gives.
func TestCompareMirrorFloorSaid(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 920, Scale: 0.3}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		out := filepath.Join(t.TempDir(), "banding")
		code, stdout, stderr := sekat(t, "compare", dir, "--before", "2025-06-02..2025-07-01", "--after", "2025-07-01..2025-08-04",
			"--out", out, "--resamples", "200", "-q", "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", lang, code, stderr)
		}
		dec := func(s string) string {
			if lang == "id" {
				return strings.ReplaceAll(s, ".", ",")
			}
			return s
		}
		want := msg(lang, "change.noneReachableSplits", 5, 5, "252", dec("0.079"), dec("0.05"), msg(lang, "change.splitsMirror"))
		if !strings.Contains(stdout, want) {
			t.Errorf("%s: stdout does not say %q:\n%s", lang, want, stdout)
		}
		if none := msg(lang, "change.noChange"); strings.Contains(stdout, none) {
			t.Errorf("%s: stdout says %q of sectors no test could have found changed:\n%s", lang, none, stdout)
		}
		var cj struct {
			Method     map[string]any
			HolmFloors []struct {
				Table, Family string
				Tests         int
				Floor         float64
				BySplits      bool `json:"by_splits"`
				Mirrored      bool
			} `json:"holm_floors"`
		}
		if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "compare.json"))), &cj); err != nil {
			t.Fatal(err)
		}
		if cj.Method["splits"] != 252.0 || cj.Method["runs_before"] != 5.0 || cj.Method["runs_after"] != 5.0 {
			t.Fatalf("%s: method %v; want 252 splits of 5 and 5 runs", lang, cj.Method)
		}
		seen := 0
		for _, f := range cj.HolmFloors {
			if want := math.Min(float64(f.Tests)*2/252, 1); math.Abs(f.Floor-want) > 1e-12 || !f.Mirrored {
				t.Errorf("%s: %s/%s floor %v (mirrored %v); want %d·2/252 = %v, mirrored", lang, f.Table, f.Family, f.Floor, f.Mirrored, f.Tests, want)
			}
			if f.Table == "groups" && f.Family == "sector" {
				seen++
				if !f.BySplits {
					t.Errorf("%s: the sectors' floor %v is not said to be the splits'", lang, f.Floor)
				}
			}
		}
		if seen != 1 {
			t.Errorf("%s: %d floors of the sectors in %+v", lang, seen, cj.HolmFloors)
		}
	}
}
