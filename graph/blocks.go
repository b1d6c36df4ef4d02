package graph

import (
	"slices"
	"time"
)

// Blocks cut time into consecutive blocks: block i is [Bounds[i],
// Bounds[i+1]) in seconds since the Unix epoch, so n+1 bounds make n
// blocks. The zero value has no blocks. Blocks are the unit of sekat's
// resampling over time (package change): a week, a day, or a week cut by
// a period's boundary.
type Blocks struct {
	Bounds []int64 // strictly increasing
}

// Len returns the number of blocks.
func (b Blocks) Len() int { return max(0, len(b.Bounds)-1) }

// Of returns the block that holds t, or -1 when t is before the first
// bound or at or after the last.
func (b Blocks) Of(t int64) int {
	if b.Len() == 0 || t < b.Bounds[0] || t >= b.Bounds[len(b.Bounds)-1] {
		return -1
	}
	i, found := slices.BinarySearch(b.Bounds, t)
	if found {
		return i
	}
	return i - 1
}

// Window returns block i as a window.
func (b Blocks) Window(i int) Window { return Window{From: b.Bounds[i], To: b.Bounds[i+1]} }

// Step is a calendar step for CalendarBounds.
type Step uint8

const (
	// Day steps from midnight to midnight.
	Day Step = iota
	// Week steps from Monday 00:00 to the next Monday 00:00.
	Week
	// Month steps from the first of a month to the first of the next.
	Month
	// Quarter steps from the first of January, April, July or October to
	// the next of them.
	Quarter
)

var stepNames = [...]string{"day", "week", "month", "quarter"}

func (s Step) String() string {
	if int(s) < len(stepNames) {
		return stepNames[s]
	}
	return "step(?)"
}

// ParseStep reads day, week, month or quarter.
func ParseStep(s string) (Step, bool) {
	for i, n := range stepNames {
		if n == s {
			return Step(i), true
		}
	}
	return 0, false
}

// StepStart returns the start of the calendar step that holds t, in loc:
// midnight, the Monday midnight of its week, the first of its month or of
// its quarter.
func StepStart(t int64, s Step, loc *time.Location) int64 {
	d := time.Unix(t, 0).In(loc)
	y, m, day := d.Date()
	switch s {
	case Week:
		back := (int(d.Weekday()) + 6) % 7 // days since Monday
		return time.Date(y, m, day-back, 0, 0, 0, 0, loc).Unix()
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, loc).Unix()
	case Quarter:
		return time.Date(y, m-(m-1)%3, 1, 0, 0, 0, 0, loc).Unix()
	}
	return time.Date(y, m, day, 0, 0, 0, 0, loc).Unix()
}

// NextStep returns the start of the step after the one starting at t.
func NextStep(t int64, s Step, loc *time.Location) int64 {
	d := time.Unix(t, 0).In(loc)
	y, m, day := d.Date()
	switch s {
	case Week:
		return time.Date(y, m, day+7, 0, 0, 0, 0, loc).Unix()
	case Month:
		return time.Date(y, m+1, 1, 0, 0, 0, 0, loc).Unix()
	case Quarter:
		return time.Date(y, m+3, 1, 0, 0, 0, 0, loc).Unix()
	}
	return time.Date(y, m, day+1, 0, 0, 0, 0, loc).Unix()
}

// CalendarBounds returns the bounds of the calendar steps that cover
// [from, to) in loc, cut at from and to and at every time of extra inside
// (so that a block never straddles a period's boundary): from, the step
// starts after from, the extra times, and to, sorted and without repeats.
// It returns nil when to <= from.
func CalendarBounds(from, to int64, s Step, loc *time.Location, extra ...int64) []int64 {
	if to <= from {
		return nil
	}
	b := []int64{from}
	for t := NextStep(StepStart(from, s, loc), s, loc); t < to; t = NextStep(t, s, loc) {
		b = append(b, t)
	}
	for _, x := range extra {
		if x > from && x < to {
			b = append(b, x)
		}
	}
	b = append(b, to)
	slices.Sort(b)
	return slices.Compact(b)
}
