package centrality

import (
	"context"
	"errors"
	"math"
	"sync"
	"testing"

	"github.com/sekat-ona/sekat/internal/progress"
)

// recorder keeps the events of one stage and cancels at the n-th of them.
type recorder struct {
	mu     sync.Mutex
	stage  progress.Stage
	n      int
	cancel func()
	events []progress.Event
}

func (r *recorder) reporter() progress.Reporter {
	return progress.New(func(e progress.Event) {
		if e.Stage != r.stage {
			return
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		r.events = append(r.events, e)
		if len(r.events) == r.n && r.cancel != nil {
			r.cancel()
		}
	})
}

// TestBetweennessHarmonicContext: without a cancel the context variant
// gives Betweenness and Harmonic bit for bit and reports every source; a
// cancel from the progress report stops it with context.Canceled, on the
// exact and on the sampled path.
func TestBetweennessHarmonicContext(t *testing.T) {
	g := benchUndirected(300, 1500, 1)
	want, _ := Betweenness(g, BetweennessOptions{})
	wantH, _ := Harmonic(g)
	rec := &recorder{stage: progress.Betweenness}
	got, gotH, err := BetweennessHarmonicContext(context.Background(), g, BetweennessOptions{Progress: rec.reporter()})
	if err != nil {
		t.Fatal(err)
	}
	for i := range want.Values {
		if math.Float64bits(got.Values[i]) != math.Float64bits(want.Values[i]) || math.Float64bits(gotH[i]) != math.Float64bits(wantH[i]) {
			t.Fatalf("node %d: %v %v, want %v %v", i, got.Values[i], gotH[i], want.Values[i], wantH[i])
		}
	}
	last := int64(0)
	for _, e := range rec.events {
		last = max(last, e.Done)
		if e.Total != 300 {
			t.Errorf("event %+v, want Total 300", e)
		}
	}
	if last != 300 || len(rec.events) != 1+(300+sourceBlock-1)/sourceBlock {
		t.Errorf("%d events up to %d done, want the start and one per block up to 300", len(rec.events), last)
	}

	for _, c := range []struct {
		name  string
		stage progress.Stage
		opt   BetweennessOptions
	}{
		{"exact", progress.Betweenness, BetweennessOptions{}},
		{"sampled", progress.Samples, BetweennessOptions{Sample: true, Epsilon: 0.05}},
		{"harmonic after sampling", progress.Harmonic, BetweennessOptions{Sample: true, Epsilon: 0.2}},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		rec := &recorder{stage: c.stage, n: 2, cancel: cancel}
		c.opt.Progress = rec.reporter()
		res, h, err := BetweennessHarmonicContext(ctx, g, c.opt)
		cancel()
		if !errors.Is(err, context.Canceled) || res != nil || h != nil {
			t.Errorf("%s: err %v, result %v; want context.Canceled and nothing", c.name, err, res != nil)
		}
	}
}
