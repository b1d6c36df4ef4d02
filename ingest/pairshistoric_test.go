package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// TestLoadPairsMeetingTimesBefore1970: first_at and last_at of
// meeting_sizes are times in Unix seconds, below 0 before 1970 (an archive
// of meetings from 1969, which sekat analyze reads from the raw tables),
// and are read as inputs' first_at is; meetings and size stay counts,
// refused below 0. Before, a meeting of 1969 made the tables of sekat
// pairs --run unreadable: "the count first_at is -28072800, below 0".
func TestLoadPairsMeetingTimesBefore1970(t *testing.T) {
	s := handPairsStudy(t)
	// 1969-02-10 09:00 WIB is -28072800 (date -d '1969-02-10 09:00 +0700' +%s)
	old := handPairsWith("meeting_sizes.csv", "B,C,2,1,1,1", "B,C,2,1,-28072800,-28072800")
	old["inputs.csv"] = strings.Replace(old["inputs.csv"], "meetings,11,0,0,0,1739152800", "meetings,11,0,0,0,-28072800", 1)
	wantHandEdges(t, s, old)

	_, err := LoadPairs(context.Background(), s, writePairs(t, handPairsWith("meeting_sizes.csv", "B,C,2,1,1,1", "B,C,2,-1,1,1")), Options{})
	if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), "the count meetings is -1, below 0") {
		t.Errorf("meetings -1: err = %v, want ErrPairs saying the count is below 0", err)
	}
	_, err = LoadPairs(context.Background(), s, writePairs(t, handPairsWith("meeting_sizes.csv", "B,C,2,1,1,1", "B,C,2,1,x,1")), Options{})
	if !errors.Is(err, engine.ErrPairs) || !strings.Contains(err.Error(), `first_at "x" is not a whole number`) {
		t.Errorf("first_at x: err = %v, want ErrPairs saying it is not a whole number", err)
	}
}
