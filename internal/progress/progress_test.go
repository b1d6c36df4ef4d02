package progress

import (
	"strings"
	"sync"
	"testing"
	"time"
)

func TestZeroReporterDropsEverything(t *testing.T) {
	var r Reporter
	if r.Enabled() {
		t.Error("zero Reporter is enabled")
	}
	r.Report(Event{Stage: Rows})
	c := r.Counter(Betweenness, "", 10)
	if c != nil {
		t.Errorf("zero Reporter's Counter = %v, want nil", c)
	}
	c.Add(3) // must not panic
	if r.Named("x").Enabled() {
		t.Error("Named of the zero Reporter is enabled")
	}
	if New(nil).Enabled() {
		t.Error("New(nil) is enabled")
	}
}

func TestCounterCountsAcrossGoroutines(t *testing.T) {
	var mu sync.Mutex
	var events []Event
	r := New(func(e Event) {
		mu.Lock()
		events = append(events, e)
		mu.Unlock()
	})
	c := r.Named("sector").Counter(Permutations, "", 1000)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 25 {
				c.Add(10)
			}
		}()
	}
	wg.Wait()
	if len(events) != 101 {
		t.Fatalf("%d events, want 101 (the start and one per Add)", len(events))
	}
	if e := events[0]; e != (Event{Stage: Permutations, Name: "sector", Total: 1000}) {
		t.Errorf("first event %+v, want 0 of 1000 for sector", e)
	}
	maxDone := int64(0)
	for _, e := range events {
		maxDone = max(maxDone, e.Done)
	}
	if maxDone != 1000 {
		t.Errorf("largest Done %d, want 1000", maxDone)
	}
}

// fakeClock moves only when told.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func TestTerminalDrawsInPlaceAndErasesBeforeText(t *testing.T) {
	var out strings.Builder
	clk := &fakeClock{time.Unix(0, 0)}
	label := func(e Event) string { return "read " + e.Name }
	term := newTerminal(&out, 20, label, clk.now)
	r := term.Reporter()

	term.draw() // nothing reported yet
	if out.Len() != 0 {
		t.Fatalf("drew %q before any event", out.String())
	}
	r.Report(Event{Stage: Rows, Name: "a.csv", Done: 1})
	r.Report(Event{Stage: Rows, Name: "b.csv", Done: 2})
	clk.t = clk.t.Add(75 * time.Second)
	term.draw()
	if got, want := out.String(), eraseLine+"[1:15] read b.csv"; got != want {
		t.Fatalf("first draw %q, want %q (the latest event only)", got, want)
	}
	out.Reset()
	term.draw() // nothing new
	if out.Len() != 0 {
		t.Errorf("redrew %q without a new event", out.String())
	}
	r.Report(Event{Stage: Rows, Name: "a-very-long-file-name.csv"})
	term.draw()
	if got, want := out.String(), eraseLine+"[1:15] read a-very-"; got != want { // 19 = width-1 characters
		t.Errorf("long line %q, want %q (cut to width-1)", got, want)
	}
	out.Reset()
	term.Write([]byte("warning\n"))
	if got, want := out.String(), eraseLine+"warning\n"; got != want {
		t.Errorf("write %q, want %q", got, want)
	}
	out.Reset()
	term.draw()
	if out.Len() != 0 {
		t.Errorf("redrew %q after a write without a new event", out.String())
	}
	r.Report(Event{Stage: Rows, Name: "c.csv"})
	term.draw()
	out.Reset()
	term.Close()
	if got := out.String(); got != eraseLine {
		t.Errorf("Close wrote %q, want the erase sequence", got)
	}
	out.Reset()
	r.Report(Event{Stage: Rows, Name: "d.csv"})
	term.draw()
	term.Close()
	term.Write([]byte("x"))
	if got := out.String(); got != "x" {
		t.Errorf("after Close: %q, want only the written text", got)
	}
}

func TestCut(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{{"abc", 5, "abc"}, {"abcdef", 3, "abc"}, {"ééé", 2, "éé"}, {"", 0, ""}} {
		if got := cut(c.s, c.n); got != c.want {
			t.Errorf("cut(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
