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

// panicSource panics on its third row.
type panicSource struct{ n int64 }

func (s *panicSource) Columns() []string        { return []string{"a"} }
func (s *panicSource) Bind([]int) error         { return nil }
func (s *panicSource) BindNames([]string) error { return nil }
func (s *panicSource) Rows() int64              { return s.n }
func (s *panicSource) Close() error             { return nil }
func (s *panicSource) Next(row []Value) (int64, error) {
	s.n++
	if s.n == 3 {
		panic("source broke")
	}
	return s.n + 1, nil
}

// TestReaderHandsOnPanics: a panic in a Source, on the reader's own
// goroutine, reaches the consumer as a *par.Panic instead of ending the
// program past main's recover.
func TestReaderHandsOnPanics(t *testing.T) {
	p := startReader(&panicSource{}, 1, nil)
	rows := 0
	for b := range p.full {
		rows += b.n
		p.free <- b
	}
	p.stop()
	if p.panicked == nil || p.panicked.Value != "source broke" || len(p.panicked.Stack) == 0 {
		t.Fatalf("panicked = %+v after %d rows, want the source's panic with its stack", p.panicked, rows)
	}
}
