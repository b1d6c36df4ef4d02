package par

import (
	"context"
	"errors"
	"math"
	"sync/atomic"
	"testing"
)

func TestForRunsEveryItemOnce(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 3, 8} {
		for _, n := range []int{0, 1, 2, 7, 100} {
			ran := make([]atomic.Int32, n)
			if err := For(context.Background(), n, workers, func(w, i int) {
				if w < 0 || w >= max(1, workers) {
					t.Errorf("worker %d of %d", w, workers)
				}
				ran[i].Add(1)
			}); err != nil {
				t.Fatalf("workers %d, n %d: %v", workers, n, err)
			}
			for i := range ran {
				if got := ran[i].Load(); got != 1 {
					t.Errorf("workers %d, n %d: item %d ran %d times, want 1", workers, n, i, got)
				}
			}
		}
	}
}

// TestOrderedSumIsTheSameForAnyWorkers adds floats whose sum depends on the
// order of the additions; Ordered must give one total, bit for bit.
func TestOrderedSumIsTheSameForAnyWorkers(t *testing.T) {
	const n, width = 500, 8
	sum := func(workers int) []float64 {
		total := make([]float64, width)
		var order []int
		err := Ordered(context.Background(), n, workers, func() []float64 { return make([]float64, width) },
			func(w, i int, part []float64) {
				for k := range part {
					if part[k] != 0 {
						t.Errorf("part not zeroed before item %d", i)
					}
					part[k] = math.Sin(float64(i*width+k)) * math.Pow(10, float64(i%17-8))
				}
			},
			func(i int, part []float64) {
				order = append(order, i)
				for k, x := range part {
					total[k] += x
					part[k] = 0
				}
			})
		if err != nil {
			t.Fatal(err)
		}
		for k, i := range order {
			if k != i {
				t.Fatalf("workers %d: combine %d got item %d", workers, k, i)
			}
		}
		if len(order) != n {
			t.Fatalf("workers %d: %d items combined, want %d", workers, len(order), n)
		}
		return total
	}
	want := sum(1)
	for _, workers := range []int{2, 3, 4, 16} {
		got := sum(workers)
		for k := range got {
			if math.Float64bits(got[k]) != math.Float64bits(want[k]) {
				t.Errorf("workers %d: total[%d] = %v, want %v (one worker)", workers, k, got[k], want[k])
			}
		}
	}
}

// TestForStopsWhenCancelled cancels from inside an item: no item is handed
// out afterwards, and the context's error comes back.
func TestForStopsWhenCancelled(t *testing.T) {
	for _, workers := range []int{1, 2, 4} {
		ctx, cancel := context.WithCancel(context.Background())
		var ran atomic.Int32
		err := For(ctx, 1000, workers, func(w, i int) {
			if ran.Add(1) == 10 {
				cancel()
			}
		})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("workers %d: err %v, want context.Canceled", workers, err)
		}
		// Each worker may have taken one item before it saw the cancel.
		if got := ran.Load(); got < 10 || got > int32(10+workers) {
			t.Errorf("workers %d: %d items ran after cancelling at the 10th", workers, got)
		}
		cancel()
	}
}

func TestOrderedStopsWhenCancelledAndCombinesAPrefix(t *testing.T) {
	for _, workers := range []int{1, 2, 4} {
		ctx, cancel := context.WithCancel(context.Background())
		var combined []int
		err := Ordered(ctx, 1000, workers, func() *int { return new(int) },
			func(w, i int, p *int) {
				*p = i
				if i == 20 {
					cancel()
				}
			},
			func(i int, p *int) { combined = append(combined, *p) })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("workers %d: err %v, want context.Canceled", workers, err)
		}
		if len(combined) < 21 || len(combined) >= 1000 {
			t.Errorf("workers %d: %d items combined after cancelling at item 20", workers, len(combined))
		}
		for k, i := range combined {
			if k != i {
				t.Fatalf("workers %d: combined item %d at place %d", workers, i, k)
			}
		}
		cancel()
	}
}

func TestAlreadyCancelledRunsNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, workers := range []int{1, 3} {
		ran := false
		if err := For(ctx, 10, workers, func(w, i int) { ran = true }); !errors.Is(err, context.Canceled) || ran {
			t.Errorf("workers %d: err %v, ran %v; want context.Canceled and nothing run", workers, err, ran)
		}
	}
}

// TestPanicReachesTheCaller checks that a panic in an item is re-raised on
// the calling goroutine, after the workers stopped, as a *Panic with the
// item's stack (or as itself on one worker), and that Ordered does not hang.
func TestPanicReachesTheCaller(t *testing.T) {
	boom := errors.New("boom")
	cases := []struct {
		name string
		run  func(workers int)
	}{
		{"For", func(workers int) {
			_ = For(context.Background(), 100, workers, func(w, i int) {
				if i == 37 {
					panic(boom)
				}
			})
		}},
		{"Ordered/produce", func(workers int) {
			_ = Ordered(context.Background(), 100, workers, func() int { return 0 },
				func(w, i, p int) {
					if i == 3 {
						panic(boom)
					}
				}, func(i, p int) {})
		}},
		{"Ordered/combine", func(workers int) {
			_ = Ordered(context.Background(), 100, workers, func() int { return 0 },
				func(w, i, p int) {}, func(i, p int) {
					if i == 50 {
						panic(boom)
					}
				})
		}},
	}
	for _, c := range cases {
		for _, workers := range []int{1, 2, 4} {
			func() {
				defer func() {
					r := recover()
					if p, ok := r.(*Panic); ok {
						if !errors.Is(p, boom) || len(p.Stack) == 0 {
							t.Errorf("%s, workers %d: *Panic %v with %d bytes of stack", c.name, workers, p.Value, len(p.Stack))
						}
						return
					}
					if r != boom {
						t.Errorf("%s, workers %d: recovered %v, want boom", c.name, workers, r)
					}
				}()
				c.run(workers)
				t.Errorf("%s, workers %d: no panic", c.name, workers)
			}()
		}
	}
}

func TestWorkers(t *testing.T) {
	for _, c := range []struct{ items, atMost int }{{0, 1}, {1, 1}, {3, 3}} {
		if got := Workers(c.items); got < 1 || got > c.atMost {
			t.Errorf("Workers(%d) = %d, want 1..%d", c.items, got, c.atMost)
		}
	}
}
