package progress

import (
	"fmt"
	"io"
	"sync"
	"time"
	"unicode/utf8"
)

// Interval is the time between two redraws of a Terminal's line.
const Interval = 100 * time.Millisecond

// eraseLine moves to the start of the line and clears it (ANSI "erase in
// line", which every terminal sekat runs on understands).
const eraseLine = "\r\x1b[K"

// Terminal shows the latest event on one line of a terminal: the time since
// it started, then label(event), cut to the terminal's width. The line is
// redrawn in place every Interval while events come in. Text written
// through Terminal (warnings, say) erases the line first; the line comes
// back with the next event. Close erases it for good.
type Terminal struct {
	mu     sync.Mutex
	w      io.Writer
	label  func(Event) string
	width  int
	now    func() time.Time
	start  time.Time
	latest Event
	dirty  bool // latest has not been drawn
	shown  bool // a progress line is on the screen
	closed bool
	stop   chan struct{}
	done   chan struct{} // closed when loop returns
}

// NewTerminal returns a Terminal drawing on w, a terminal width columns
// wide (0: 80), with the words label gives each event, and starts redrawing.
func NewTerminal(w io.Writer, width int, label func(Event) string) *Terminal {
	t := newTerminal(w, width, label, time.Now)
	t.done = make(chan struct{})
	go t.loop()
	return t
}

func newTerminal(w io.Writer, width int, label func(Event) string, now func() time.Time) *Terminal {
	if width <= 0 {
		width = 80
	}
	return &Terminal{w: w, label: label, width: width, now: now, start: now(),
		stop: make(chan struct{})}
}

func (t *Terminal) loop() {
	defer close(t.done)
	tick := time.NewTicker(Interval)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			t.draw()
		case <-t.stop:
			return
		}
	}
}

// Reporter returns a Reporter whose events t shows.
func (t *Terminal) Reporter() Reporter { return New(t.event) }

func (t *Terminal) event(e Event) {
	t.mu.Lock()
	t.latest, t.dirty = e, true
	t.mu.Unlock()
}

// draw writes the latest event over the line if it has not been drawn.
func (t *Terminal) draw() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.dirty || t.closed {
		return
	}
	el := t.now().Sub(t.start).Round(time.Second)
	line := fmt.Sprintf("[%d:%02d] %s", int(el.Minutes()), int(el.Seconds())%60, t.label(t.latest))
	io.WriteString(t.w, eraseLine+cut(line, t.width-1))
	t.shown, t.dirty = true, false
}

// cut shortens s to at most n characters.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

// erase clears the progress line if one is shown; t.mu is held.
func (t *Terminal) erase() {
	if t.shown {
		io.WriteString(t.w, eraseLine)
		t.shown = false
	}
}

// Write erases the progress line and writes p. The line is drawn again
// only when a new event comes.
func (t *Terminal) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.erase()
	t.dirty = false
	return t.w.Write(p)
}

// Through returns a writer that erases the progress line, as Write does,
// and writes to w: for standard output when it shares the terminal.
func (t *Terminal) Through(w io.Writer) io.Writer { return through{t, w} }

type through struct {
	t *Terminal
	w io.Writer
}

func (th through) Write(p []byte) (int, error) {
	th.t.mu.Lock()
	defer th.t.mu.Unlock()
	th.t.erase()
	th.t.dirty = false
	return th.w.Write(p)
}

// Close stops the redrawing and erases the line. Later events are dropped;
// later writes go straight through.
func (t *Terminal) Close() {
	t.mu.Lock()
	if t.closed {
		t.mu.Unlock()
		return
	}
	t.closed = true
	t.erase()
	t.mu.Unlock()
	close(t.stop)
	if t.done != nil { // nil when no loop runs (tests)
		<-t.done
	}
}
