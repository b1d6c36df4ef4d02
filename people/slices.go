package people

import (
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// Slice is one time slice of the window with its person-level network:
// the network of the events in the slice alone, each person in the unit
// of their spell that covers the slice (the latest that overlaps it).
type Slice struct {
	Window graph.Window
	// Month numbers the calendar month of the slice, 0 for the first
	// month of the window.
	Month int
	// Week numbers the week (from Monday 00:00) of the slice, 0 for the
	// first week of the window: slices cut by a month start share it.
	Week int
	Net  *graph.Network
}

// SliceSource gives the slices of the window one at a time, in order, so
// that Facilitators never holds more than one slice network: it asks for
// each slice when it needs it (once to score, and again for the spells
// of the people it shows) and drops it after.
type SliceSource interface {
	// Len returns the number of slices.
	Len() int
	// Slice returns slice i, 0 <= i < Len(). Asked twice for the same
	// slice it must give the same network.
	Slice(i int) (Slice, error)
}

// SliceList is a SliceSource over slices already made.
type SliceList []Slice

// Len returns the number of slices.
func (l SliceList) Len() int { return len(l) }

// Slice returns slice i.
func (l SliceList) Slice(i int) (Slice, error) { return l[i], nil }

// SliceWindows cuts the window [from, to) (both bounds set) into the
// slices of SliceWindow: weeks from Monday 00:00 in loc, also cut at the
// first day of every month, so that each slice lies inside one week and
// one calendar month. A year is 60 to 65 slices. month numbers each
// slice's calendar month from 0, week its week from 0.
func SliceWindows(win graph.Window, loc *time.Location) (wins []graph.Window, month, week []int) {
	if win.From == 0 || win.To == 0 || win.To <= win.From {
		return nil, nil, nil
	}
	t := time.Unix(win.From, 0).In(loc)
	end := time.Unix(win.To, 0).In(loc)
	base := t.Year()*12 + int(t.Month())
	w := 0
	for t.Before(end) {
		// Next Monday 00:00 and next first of the month, in loc.
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
		days := (8 - int(day.Weekday())) % 7
		if days == 0 {
			days = 7
		}
		nextWeek := day.AddDate(0, 0, days)
		nextMonth := time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, loc)
		next := nextWeek
		weekEnds := true
		if nextMonth.Before(next) {
			next, weekEnds = nextMonth, false
		}
		if end.Before(next) {
			next = end
		}
		wins = append(wins, graph.Window{From: t.Unix(), To: next.Unix()})
		month = append(month, t.Year()*12+int(t.Month())-base)
		week = append(week, w)
		if weekEnds {
			w++
		}
		t = next
	}
	return wins, month, week
}
