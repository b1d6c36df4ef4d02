package silo

import (
	"context"
	"errors"
	"reflect"
	"sync/atomic"
	"testing"

	"github.com/sekat-ona/sekat/internal/progress"
)

// TestGroupsContext: GroupsContext gives Groups' statistics and reports
// the permutations done; cancelled from a report it returns
// context.Canceled.
func TestGroupsContext(t *testing.T) {
	g, grp := planted(3, 4, 30, 0.3, 0.05)
	want, err := Groups(g, grp, 4, Options{Permutations: 200, Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	var maxDone atomic.Int64
	rep := progress.New(func(e progress.Event) {
		if e.Stage == progress.Permutations && e.Total == 200 {
			for d := maxDone.Load(); e.Done > d && !maxDone.CompareAndSwap(d, e.Done); d = maxDone.Load() {
			}
		}
	})
	got, err := GroupsContext(context.Background(), g, grp, 4, Options{Permutations: 200, Seed: 9, Progress: rep})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("err %v; statistics equal %v", err, reflect.DeepEqual(got, want))
	}
	if maxDone.Load() != 200 {
		t.Errorf("reported %d permutations done, want 200", maxDone.Load())
	}

	ctx, cancel := context.WithCancel(context.Background())
	var n atomic.Int32
	rep = progress.New(func(e progress.Event) {
		if n.Add(1) == 2 {
			cancel()
		}
	})
	got, err = GroupsContext(ctx, g, grp, 4, Options{Permutations: 100000, Seed: 9, Progress: rep})
	cancel()
	if !errors.Is(err, context.Canceled) || got != nil {
		t.Errorf("cancelled: err %v, %d groups; want context.Canceled and none", err, len(got))
	}
}
