package synth

import (
	"math/rand/v2"
	"time"
)

// The window every preset covers, in Asia/Jakarta wall-clock time (WIB,
// UTC+7, no daylight saving since 1964), and the date of the planted
// mid-year change.
const (
	windowFrom = "2025-01-01"
	windowTo   = "2026-01-01" // exclusive
	changeDate = "2025-07-01"
	timeZone   = "Asia/Jakarta"
	wibOffset  = 7 * 3600
)

// holidays2025 are the 2025 national holidays and collective leave days
// (cuti bersama) as the generator uses them; no letters, meetings or data
// requests are dated on them.
var holidays2025 = []string{
	"2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-03-28",
	"2025-03-31", "2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-07",
	"2025-04-18", "2025-05-01", "2025-05-12", "2025-05-13", "2025-05-29", "2025-05-30",
	"2025-06-06", "2025-06-09", "2025-06-27", "2025-08-18", "2025-09-05",
	"2025-12-25", "2025-12-26",
}

// calendar knows the days of the window. Times are "wall" seconds: the
// Asia/Jakarta wall clock read as if it were UTC, so formatting with
// time.UTC prints the wall clock and subtracting wibOffset gives the
// instant.
type calendar struct {
	start   int64  // wall seconds of windowFrom 00:00
	days    int    // days in the window
	change  int    // day index of changeDate
	working []bool // working[d]: Monday to Friday and not a holiday
}

func mustDate(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic("synth: bad built-in date " + s) // constants only; cannot happen at run time
	}
	return t
}

func newCalendar() calendar {
	from, to := mustDate(windowFrom), mustDate(windowTo)
	c := calendar{start: from.Unix(), days: int(to.Sub(from).Hours() / 24)}
	c.change = int(mustDate(changeDate).Sub(from).Hours() / 24)
	c.working = make([]bool, c.days)
	for d := range c.days {
		wd := from.AddDate(0, 0, d).Weekday()
		c.working[d] = wd != time.Saturday && wd != time.Sunday
	}
	for _, h := range holidays2025 {
		if d := int(mustDate(h).Sub(from).Hours() / 24); d >= 0 && d < c.days {
			c.working[d] = false
		}
	}
	return c
}

// dayIndex returns the index of a date in the window.
func (c calendar) dayIndex(y int, m time.Month, d int) int {
	return int((time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() - c.start) / 86400)
}

// dayStart returns the wall seconds of day d 00:00.
func (c calendar) dayStart(d int) int64 { return c.start + int64(d)*86400 }

// officeStart and officeEnd bound the office hours of working day d:
// 07:30-16:00, on Fridays 07:30-16:30.
func (c calendar) officeStart(d int) int64 { return c.dayStart(d) + 7*3600 + 1800 }

func (c calendar) officeEnd(d int) int64 {
	if time.Unix(c.dayStart(d), 0).UTC().Weekday() == time.Friday {
		return c.dayStart(d) + 16*3600 + 1800
	}
	return c.dayStart(d) + 16*3600
}

// officeTime returns a random wall time on working day d within office
// hours; the lunch hour 12:00-13:00 gets half the traffic.
func (c calendar) officeTime(r *rand.Rand, d int) int64 {
	begin, end := c.officeStart(d), c.officeEnd(d)
	noon := c.dayStart(d) + 12*3600
	for {
		t := begin + r.Int64N(end-begin)
		if t >= noon && t < noon+3600 && r.IntN(2) == 0 {
			continue
		}
		return t
	}
}

// meetingTime returns a meeting start on working day d: on the hour or
// half hour from 08:00 to 15:00.
func (c calendar) meetingTime(r *rand.Rand, d int) int64 {
	return c.dayStart(d) + 8*3600 + int64(r.IntN(15))*1800
}

// dateString formats a day index as YYYY-MM-DD.
func (c calendar) dateString(d int) string {
	return time.Unix(c.dayStart(d), 0).UTC().Format(time.DateOnly)
}
