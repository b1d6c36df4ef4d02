package ingest

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sekat-ona/sekat/internal/progress"
)

// TestLoadContextProgressAndCancel: LoadContext reports the rows read of
// every file, ending at the row count of its Input, and stops with
// context.Canceled when cancelled from the first report.
func TestLoadContextProgressAndCancel(t *testing.T) {
	s, err := OpenStudy("../testdata/studies/bad")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	last := map[string]int64{}
	rep := progress.New(func(e progress.Event) {
		mu.Lock()
		defer mu.Unlock()
		if e.Stage != progress.Rows {
			t.Errorf("event %+v, want rows only", e)
		}
		last[e.Name] = max(last[e.Name], e.Done)
	})
	res, err := LoadContext(context.Background(), s, Options{MaxRejectRate: 1, Progress: rep})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range res.Inputs {
		if got, ok := last[filepath.Base(in.Path)]; !ok || got != in.Rows {
			t.Errorf("%s: reported %d rows (reported %v), read %d", in.Path, got, ok, in.Rows)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rep = progress.New(func(progress.Event) { cancel() })
	if _, err := LoadContext(ctx, s, Options{MaxRejectRate: 1, Progress: rep}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v, want context.Canceled", err)
	}
}
