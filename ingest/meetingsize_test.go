package ingest

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestMaxMeetingSize: thresholds.max_meeting_size in study.yaml reaches the
// builder. The hand study's meetings have 4 (M1), 3 (M2), 2 and 2 distinct
// attendees (testdata/studies/hand/meetings.csv).
func TestMaxMeetingSize(t *testing.T) {
	for _, c := range []struct {
		yaml  string
		limit int
		large int64
	}{
		{"", graph.DefaultMaxMeetingSize, 0},
		{"thresholds: {max_meeting_size: 4}\n", 4, 0},
		{"thresholds: {max_meeting_size: 3}\n", 3, 1},
		{"thresholds: {max_meeting_size: 2}\n", 2, 2},
	} {
		t.Run(strings.TrimSpace(c.yaml), func(t *testing.T) {
			dir := t.TempDir()
			copyStudy(t, "../testdata/studies/hand", dir)
			writeFile(t, filepath.Join(dir, "study.yaml"), c.yaml)
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Load(s, Options{People: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Builder.MeetingSizeLimit(); got != c.limit {
				t.Errorf("limit %d, want %d", got, c.limit)
			}
			if got := res.Builder.Totals().MeetingsLarge; got != c.large {
				t.Errorf("%d large meetings, want %d", got, c.large)
			}
		})
	}
	for _, bad := range []string{"0", "1", "-5"} {
		dir := t.TempDir()
		copyStudy(t, "../testdata/studies/hand", dir)
		writeFile(t, filepath.Join(dir, "study.yaml"), "thresholds: {max_meeting_size: "+bad+"}\n")
		_, err := OpenStudy(dir)
		if err == nil || !errors.Is(err, ErrStudy) || !strings.Contains(err.Error(), "max_meeting_size") {
			t.Errorf("max_meeting_size %s: err = %v, want a study error naming the key", bad, err)
		}
	}
}
