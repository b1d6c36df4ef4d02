package engine

import (
	"strconv"
	"strings"
	"time"
)

// zoneRange is the span of instants in which the SQL knows the study
// zone's offsets exactly: 1800-01-01 to 2200-01-01 UTC. Outside it the
// offset at its edge is used (for the zones of Indonesia, fixed since 1964,
// that is the right one).
var zoneRange = [2]int64{time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).Unix()}

// zoneStep is how finely zoneShifts looks for a change of offset; no zone
// changes its offset twice within 6 hours.
const zoneStep = 6 * 3600

// zoneShift is an instant from which loc has a new offset.
type zoneShift struct {
	at     int64 // Unix seconds
	offset int   // seconds east of UTC from at on
}

// zoneShifts returns the offset of loc at the start of zoneRange and every
// change of offset in it, found by stepping and then bisecting to the
// second, as Go's own time package reports them.
func zoneShifts(loc *time.Location) (first int, shifts []zoneShift) {
	off := func(t int64) int {
		_, o := time.Unix(t, 0).In(loc).Zone()
		return o
	}
	first = off(zoneRange[0])
	cur := first
	for t := zoneRange[0] + zoneStep; t < zoneRange[1]+zoneStep; t += zoneStep {
		o := off(t)
		if o == cur {
			continue
		}
		lo, hi := t-zoneStep, t // off(lo) == cur, off(hi) == o
		for hi-lo > 1 {
			mid := lo + (hi-lo)/2
			if off(mid) == cur {
				lo = mid
			} else {
				hi = mid
			}
		}
		shifts = append(shifts, zoneShift{hi, off(hi)})
		cur = off(hi)
		if cur != o { // a second change inside the step: look again from hi
			t = hi
		}
	}
	return first, shifts
}

// offsetCase returns an SQL expression for the offset (seconds east of
// UTC) at the instant x, an expression of Unix seconds, of a zone whose
// offsets zoneShifts found.
func offsetCase(first int, shifts []zoneShift, x string) string {
	if len(shifts) == 0 {
		return strconv.Itoa(first)
	}
	var b strings.Builder
	b.WriteString("(CASE")
	o := first
	for _, s := range shifts {
		b.WriteString(" WHEN " + x + " < " + strconv.FormatInt(s.at, 10) + " THEN " + strconv.Itoa(o))
		o = s.offset
	}
	b.WriteString(" ELSE " + strconv.Itoa(o) + " END)")
	return b.String()
}
