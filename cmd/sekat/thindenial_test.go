package main

import (
	"path/filepath"
	"strconv"
	"testing"
)

// TestPersonDenialRateNeedsMinGroupRequests: at person level a person's
// share_denial_rate is left empty when they received fewer decided data
// requests than the minimum group size (share_requests stays), with and
// without --reveal, and follows --min-group; an office named directly
// (kind unit) keeps its rate, and so does every unit at unit level. On
// the hand study p4's one denied request gave p4 a denial rate of 1,
// beside which a person's 1 of 1 reads as their conduct.
func TestPersonDenialRateNeedsMinGroupRequests(t *testing.T) {
	// p2 receives 5 requests (3 denied), p1 4 (none denied), p4 1 (denied,
	// the hand study's own); the offices C and D 1 each (C's granted,
	// D's denied)
	study := handCopy(t, map[string]string{"data_sharing.csv": "" +
		"2025-03-05,p2,p3,d1,denied,\n2025-03-06,p2,p3,d2,denied,\n2025-03-07,p2,p3,d3,denied,\n" +
		"2025-03-08,p2,p3,d4,granted,\n2025-03-09,p2,p3,d5,granted,\n" +
		"2025-03-10,p1,p3,d6,granted,\n2025-03-11,p1,p3,d7,granted,\n2025-03-12,p1,p3,d8,granted,\n2025-03-13,p1,p3,d9,granted,\n"}, nil)
	for _, c := range []struct {
		name string
		args []string
		k    int
	}{
		{"pseudonymous", nil, 5},
		{"revealed", []string{"--reveal", "--purpose", "uji"}, 5},
		{"min-group 6", []string{"--reveal", "--purpose", "uji", "--min-group", "6"}, 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			analyzeOK(t, append([]string{"analyze", study, "--level", "person", "--permutations", "100", "--out", out}, c.args...)...)
			seen := map[string]int{}
			for _, r := range readCSV(t, filepath.Join(out, "people.csv")) {
				n, err := strconv.Atoi(r["share_requests"])
				if err != nil {
					t.Fatal(err)
				}
				rate := r["share_denial_rate"]
				switch {
				case r["kind"] == "unit" && n > 0:
					seen["office"]++
					if rate == "" {
						t.Errorf("office %s: %d requests and an empty share_denial_rate; a unit keeps it", r["person_id"], n)
					}
				case r["kind"] != "person" || n == 0:
				case n < c.k:
					seen["thin"]++
					if rate != "" {
						t.Errorf("%s: share_denial_rate %s from %d requests, under the minimum group size %d; want empty", r["person_id"], rate, n, c.k)
					}
				default:
					seen["kept"]++
					if rate != "0.6" {
						t.Errorf("%s: share_denial_rate %q from %d requests, 3 denied; want 0.6", r["person_id"], rate, n)
					}
				}
			}
			want := map[string]int{"office": 2, "thin": 2, "kept": 1}
			if c.k == 6 {
				want = map[string]int{"office": 2, "thin": 3}
			}
			for k, v := range want {
				if seen[k] != v {
					t.Errorf("%s rows: %d, want %d (%v)", k, seen[k], v, seen)
				}
			}
		})
	}
	// unit level: unchanged, every unit with a request has its rate, of
	// fewer than 5 requests too
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", study, "--permutations", "100", "--out", out)
	few := 0
	for _, r := range readCSV(t, filepath.Join(out, "units.csv")) {
		n, err := strconv.Atoi(r["share_requests"])
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 && r["share_denial_rate"] == "" {
			t.Errorf("unit %s: %d requests and an empty share_denial_rate", r["unit_id"], n)
		}
		if n > 0 && n < 5 {
			few++
		}
	}
	if few == 0 {
		t.Errorf("no unit with 1 to 4 requests: the unit-level case is not tested")
	}
}
