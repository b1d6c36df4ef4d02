package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/sekat-ona/sekat/internal/golden"
	"github.com/sekat-ona/sekat/metrics/coord"
)

// TestBriefingJSONForumInterval: briefing.json gives each forum's 95%
// follow-up interval (null without pairs), and a report drawn from an
// output folder judges the forums again from their counts. A folder
// written before the verdict rested on the interval says "ceremonial" for
// 0 of 3 instances; read as such, its report told the Sekda to merge or
// stop the forum (R5) on three instances.
func TestBriefingJSONForumInterval(t *testing.T) {
	dir := t.TempDir()
	old := `{"command_line": "sekat analyze studi --out hasil", "events": true, "window_end": 0, "units": [],
	"forums": [
	  {"organizer": -1, "title": "Rapat Kecil", "meetings": 3, "judged": 3, "units": [0, 1], "pairs": 3, "followed_up": 0, "verdict": "ceremonial"},
	  {"organizer": -1, "title": "Forum Besar", "meetings": 12, "judged": 11, "units": [0, 1, 2, 3], "pairs": 66, "followed_up": 0, "verdict": "ceremonial"},
	  {"organizer": -1, "title": "Baru", "meetings": 2, "judged": 0, "units": [0, 1], "pairs": 0, "followed_up": 0, "verdict": ""}],
	"datasets": []}`
	if err := os.WriteFile(filepath.Join(dir, briefFile), []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := readFindings(dir)
	if err != nil {
		t.Fatal(err)
	}
	fs := b.found.Forums
	if len(fs) != 3 {
		t.Fatalf("read %d forums, want 3", len(fs))
	}
	for i, want := range []coord.Verdict{coord.Unclear, coord.Ceremonial, coord.NotJudged} {
		if fs[i].Verdict != want {
			t.Errorf("forum %q (%d of %d): read as %q, want %q", fs[i].Title, fs[i].FollowedUp, fs[i].Pairs, fs[i].Verdict, want)
		}
	}
	// 0 of 66: 0 to 0.05436 (R binom.test(0, 66); testdata/reference/clopper_pearson.py)
	if math.Abs(fs[1].High-0.054358847170121974) > 1e-9 || fs[1].Low != 0 {
		t.Errorf("forum of 0 of 66: interval %v to %v, want 0 to 0.05436", fs[1].Low, fs[1].High)
	}
	var buf bytes.Buffer
	if err := writeFindings(&buf, b); err != nil {
		t.Fatal(err)
	}
	var j struct {
		Forums []struct {
			RateLow  *float64 `json:"rate_low"`
			RateHigh *float64 `json:"rate_high"`
			Verdict  string   `json:"verdict"`
		} `json:"forums"`
	}
	if err := json.Unmarshal(buf.Bytes(), &j); err != nil {
		t.Fatal(err)
	}
	if len(j.Forums) != 3 || j.Forums[0].Verdict != "unclear" || j.Forums[0].RateHigh == nil || math.Abs(*j.Forums[0].RateHigh-0.7075982261787133) > 1e-9 ||
		j.Forums[2].RateLow != nil || j.Forums[2].RateHigh != nil {
		t.Errorf("written back: %s\nwant the first forum unclear with rate_high 0.7076, the last with null rate_low and rate_high", buf.String())
	}
}
