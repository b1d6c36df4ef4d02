package silo

import (
	"context"
	"errors"
	"reflect"
	"runtime"
	"testing"

	"github.com/sekat-ona/sekat/internal/progress"
)

// TestPermutationMemoryBounded: the memory of the E-I test does not grow
// with --permutations. It kept a slot of counts and sums per block of 32
// permutations for the whole run, so `sekat analyze --permutations
// 999999999999` died at once of a Go runtime "out of memory" (exit 2, the
// code of bad usage). Here 2^28 permutations, cancelled at their first
// report, must allocate less than 64 MB (before: over 400 MB).
func TestPermutationMemoryBounded(t *testing.T) {
	g, grp := planted(3, 4, 30, 0.3, 0.05)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rep := progress.New(func(e progress.Event) {
		if e.Stage == progress.Permutations {
			cancel()
		}
	})
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := GroupsContext(ctx, g, grp, 4, Options{Permutations: 1 << 28, Seed: 9, Progress: rep})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb >= 64 {
		t.Errorf("allocated %d MB for 2^28 permutations cancelled at once, want under 64", mb)
	}
}

// TestPermutationChunks: the test's statistics are the same, to the bit,
// whatever the number of blocks run (and kept) at once.
func TestPermutationChunks(t *testing.T) {
	g, grp := planted(9, 4, 15, 0.15, 0.08)
	run := func() []GroupStats {
		s, err := Groups(g, grp, 4, Options{Permutations: 3333, Seed: 77, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	want := run()
	old := maxChunkBytes
	defer func() { maxChunkBytes = old }()
	for _, b := range []int{1, 72 * 4 * 9, 72 * 4 * 50} {
		maxChunkBytes = b
		if got := run(); !reflect.DeepEqual(got, want) {
			t.Errorf("maxChunkBytes %d: statistics differ from one chunk's", b)
		}
	}
}
