package par

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Workers returns the number of workers worth starting for items work
// items: GOMAXPROCS, at most items, at least 1.
func Workers(items int) int {
	return max(1, min(runtime.GOMAXPROCS(0), items))
}

// Panic is a panic raised by a work item, re-raised by For or Ordered on
// the calling goroutine. Stack is the stack of the goroutine that panicked,
// taken where it panicked.
type Panic struct {
	Value any
	Stack []byte
}

func (p *Panic) Error() string { return fmt.Sprintf("par: panic in a work item: %v", p.Value) }

// Unwrap returns the panic value when it is an error.
func (p *Panic) Unwrap() error {
	err, _ := p.Value.(error)
	return err
}

// done reports whether ctx is done without blocking.
func done(ctx context.Context) bool {
	select {
	case <-ctx.Done():
		return true
	default:
		return false
	}
}

// For calls do(w, i) for every item i in 0..n-1 on workers goroutines; w in
// 0..workers-1 names the worker (worker 0 is the calling goroutine), for
// per-worker scratch space. Items are handed out in increasing order as
// workers become free; see the package documentation for what do must do so
// that the result does not depend on workers. With workers <= 1 (or n < 2)
// the items run in order on the calling goroutine, without any goroutine
// started.
//
// For returns nil when every item ran, and ctx.Err() when ctx was done
// before the last item was handed out (items already running finish first).
func For(ctx context.Context, n, workers int, do func(w, i int)) error {
	workers = min(workers, n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			if done(ctx) {
				return ctx.Err()
			}
			do(0, i)
		}
		return nil
	}
	var (
		next    atomic.Int64
		stopped atomic.Bool // a worker panicked or ctx is done: hand out no more items
		once    sync.Once
		caught  *Panic
	)
	run := func(w int) {
		defer func() {
			if r := recover(); r != nil {
				stopped.Store(true)
				p, ok := r.(*Panic)
				if !ok {
					p = &Panic{Value: r, Stack: debug.Stack()}
				}
				once.Do(func() { caught = p })
			}
		}()
		for !stopped.Load() {
			if done(ctx) {
				stopped.Store(true)
				return
			}
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			do(w, i)
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(w)
		}()
	}
	run(0)
	wg.Wait()
	if caught != nil {
		panic(caught)
	}
	if next.Load() < int64(n) {
		return ctx.Err()
	}
	return nil
}

// Ordered runs produce(w, i, part) for every item i in 0..n-1 as For does,
// and hands each item's partial result to combine(i, part) in item order
// 0, 1, 2, ..., one call at a time, as soon as the items before it are
// combined. Parts come from newPart and are reused: combine must leave part
// as newPart makes it (zeroed, say) once it has taken what it needs. At most
// 16 parts per worker wait to be combined: a worker whose item is that far
// ahead of the next one to combine waits before producing it (which bounds
// the memory when one worker is descheduled for a while, without stalling
// the others on a busy machine).
//
// Adding floating-point partial sums in combine gives the same total, bit
// for bit, for any number of workers. Ordered returns as For does; when it
// returns an error, the items combined are a prefix 0..k-1 of the items.
func Ordered[P any](ctx context.Context, n, workers int, newPart func() P, produce func(w, i int, part P), combine func(i int, part P)) error {
	workers = min(workers, n)
	if workers <= 1 {
		var part P
		for i := 0; i < n; i++ {
			if done(ctx) {
				return ctx.Err()
			}
			if i == 0 {
				part = newPart()
			}
			produce(0, i, part)
			combine(i, part)
		}
		return nil
	}
	window := 16 * workers
	var (
		mu      sync.Mutex
		moved   = sync.NewCond(&mu)
		pending = make([]P, n)
		ready   = make([]bool, n)
		free    []P
		next    int  // the next item to combine
		failed  bool // an item panicked: nobody waits any more
	)
	return For(ctx, n, workers, func(w, i int) {
		mu.Lock()
		for i >= next+window && !failed {
			moved.Wait()
		}
		var part P
		if k := len(free); k > 0 {
			part = free[k-1]
			free = free[:k-1]
		} else {
			part = newPart()
		}
		mu.Unlock()
		ok, locked := false, false
		defer func() {
			if !ok { // produce or combine panicked
				if !locked {
					mu.Lock()
				}
				failed = true
				moved.Broadcast()
				mu.Unlock()
			}
		}()
		produce(w, i, part)
		mu.Lock()
		locked = true
		pending[i], ready[i] = part, true
		var zero P
		for next < n && ready[next] && !failed {
			p := pending[next]
			combine(next, p)
			pending[next] = zero
			free = append(free, p)
			next++
		}
		moved.Broadcast()
		locked = false
		mu.Unlock()
		ok = true
	})
}
