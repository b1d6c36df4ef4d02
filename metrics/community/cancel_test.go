package community

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/sekat-ona/sekat/internal/progress"
)

// stageEvents returns a Reporter that keeps the events of stage and calls
// cancel at the n-th (n 0: never).
func stageEvents(stage progress.Stage, n int, cancel func()) (progress.Reporter, func() []progress.Event) {
	var mu sync.Mutex
	var events []progress.Event
	return progress.New(func(e progress.Event) {
			if e.Stage != stage {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			events = append(events, e)
			if len(events) == n {
				cancel()
			}
		}), func() []progress.Event {
			mu.Lock()
			defer mu.Unlock()
			return slices.Clone(events)
		}
}

// TestLeidenContext: the context variant gives Leiden's result, reporting
// each iteration; cancelled from its first report it returns
// context.Canceled.
func TestLeidenContext(t *testing.T) {
	g := randomGraph(2000, 6000, 10, 3)
	want := Leiden(g, Options{Seed: 4})
	rep, events := stageEvents(progress.Leiden, 0, nil)
	got, err := LeidenContext(context.Background(), g, Options{Seed: 4, Progress: rep})
	if err != nil || !slices.Equal(got.Membership, want.Membership) || got.Iterations != want.Iterations {
		t.Fatalf("err %v, iterations %d (want %d), same membership %v", err, got.Iterations, want.Iterations, slices.Equal(got.Membership, want.Membership))
	}
	ev := events()
	if len(ev) != want.Iterations+1 || ev[len(ev)-1].Done != int64(want.Iterations) {
		t.Errorf("events %+v, want 0..%d iterations done", ev, want.Iterations)
	}

	ctx, cancel := context.WithCancel(context.Background())
	rep, _ = stageEvents(progress.Leiden, 1, cancel)
	res, err := LeidenContext(ctx, g, Options{Seed: 4, Progress: rep})
	cancel()
	if !errors.Is(err, context.Canceled) || res.Membership != nil {
		t.Errorf("cancelled: err %v, %d members; want context.Canceled and no result", err, len(res.Membership))
	}
}

// TestStabilityContext: the same values as Stability without a cancel,
// every run reported; context.Canceled when cancelled after two runs.
func TestStabilityContext(t *testing.T) {
	g := randomGraph(500, 1500, 0, 5)
	rep0 := Leiden(g, Options{Seed: 1})
	want := Stability(g, Options{Seed: 1}, 6, rep0.Membership)
	rep, events := stageEvents(progress.Stability, 0, nil)
	got, err := StabilityContext(context.Background(), g, Options{Seed: 1, Progress: rep}, 6, rep0.Membership)
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("err %v, values equal %v", err, slices.Equal(got, want))
	}
	maxDone := int64(0)
	for _, e := range events() {
		maxDone = max(maxDone, e.Done)
	}
	if maxDone != 6 {
		t.Errorf("reported %d runs done, want 6", maxDone)
	}

	ctx, cancel := context.WithCancel(context.Background())
	rep, _ = stageEvents(progress.Stability, 3, cancel) // the start and two runs
	vals, err := StabilityContext(ctx, g, Options{Seed: 1, Progress: rep}, 60, rep0.Membership)
	cancel()
	if !errors.Is(err, context.Canceled) || vals != nil {
		t.Errorf("cancelled: err %v, %d values; want context.Canceled and none", err, len(vals))
	}
}
