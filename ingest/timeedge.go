package ingest

// edgeK is how many of the latest and of the earliest days with rows of
// a log table the loader keeps, to find a few rows dated far from the
// rest.
const edgeK = 32

// isolatedMax is the most rows reported as set apart: more are no typo.
const isolatedMax = 8

// isolatedGap is the gap, in days, that sets rows apart from the rest of
// their table: a year.
const isolatedGap = 365

// dayRows is a day (UTC, days since the epoch) with rows, the time of
// its first row and how many rows it has.
type dayRows struct {
	day, sec, n int64
}

// timeEdges keeps the edgeK latest (hi, latest first) and earliest (lo,
// earliest first) days with rows of a table. Time-ordered logs, the
// common case, cost one or two comparisons a row (the row falls on the
// newest kept day, or beyond the kept earliest ones); a day is inserted
// once. Memory does not grow with rows.
type timeEdges struct {
	hi, lo [edgeK]dayRows
	n      int // entries of each (at most edgeK)
}

func (e *timeEdges) add(sec int64) {
	e.addN(pqFloorDiv(sec, 86400), sec, 1)
}

func (e *timeEdges) addN(day, sec, n int64) {
	// Time-ordered logs: the row falls on the newest (or oldest) kept day.
	if e.n > 0 && day == e.hi[0].day {
		e.hi[0].n += n
		if e.n < edgeK || day <= e.lo[edgeK-1].day {
			e.count(e.lo[:e.n], day, n)
		}
		return
	}
	if e.n > 0 && day == e.lo[0].day {
		e.lo[0].n += n
		if e.n < edgeK || day >= e.hi[edgeK-1].day {
			e.count(e.hi[:e.n], day, n)
		}
		return
	}
	grow := false
	if e.n < edgeK || day >= e.hi[edgeK-1].day {
		if !e.count(e.hi[:e.n], day, n) {
			e.hi = insertDay(e.hi, e.n, dayRows{day, sec, n}, func(a, b int64) bool { return a > b })
			grow = e.n < edgeK
		}
	}
	if e.n < edgeK || day <= e.lo[edgeK-1].day {
		if !e.count(e.lo[:e.n], day, n) {
			e.lo = insertDay(e.lo, e.n, dayRows{day, sec, n}, func(a, b int64) bool { return a < b })
		}
	}
	if grow { // while fewer than edgeK days, both ends hold the same days
		e.n++
	}
}

// count adds n rows to day in s, reporting whether day is there. It
// looks from the end: while fewer than edgeK days are kept, addN's first
// two cases count the row in the other end's list, where the day is last
// (the newest day ends lo, the oldest ends hi), so a time-ordered log
// costs one comparison a row there too, not up to edgeK.
func (e *timeEdges) count(s []dayRows, day, n int64) bool {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i].day == day {
			s[i].n += n
			return true
		}
	}
	return false
}

// insertDay puts x into the first used entries of s (growing them by one
// when used < edgeK, else dropping the last), ordered by before.
func insertDay(s [edgeK]dayRows, used int, x dayRows, before func(a, b int64) bool) [edgeK]dayRows {
	i := min(used, edgeK-1)
	for i > 0 && before(x.day, s[i-1].day) {
		s[i] = s[i-1]
		i--
	}
	s[i] = x
	return s
}

// merge adds the days o keeps (a day kept at both ends once).
func (e *timeEdges) merge(o *timeEdges) {
	for _, d := range o.hi[:o.n] {
		e.addN(d.day, d.sec, d.n)
	}
	for _, d := range o.lo[:o.n] {
		if !o.hasHi(d.day) {
			e.addN(d.day, d.sec, d.n)
		}
	}
}

func (e *timeEdges) hasHi(day int64) bool {
	for _, d := range e.hi[:e.n] {
		if d.day == day {
			return true
		}
	}
	return false
}

// isolated finds the rows at one end of a table of rows rows set apart
// from all the others by at least isolatedGap days: ends is hi (latest
// first) or lo (earliest first). It returns how many rows (0: none, or
// more than isolatedMax), the first time of the day farthest out and of
// the nearest of them, and of the day of the rest nearest to them. A
// table of fewer than 4*edgeK rows is too small to tell.
func isolated(ends []dayRows, rows int64) (n int64, far, near, rest int64) {
	if rows < 4*edgeK {
		return 0, 0, 0, 0
	}
	var c int64
	for j := 1; j < len(ends); j++ {
		if c += ends[j-1].n; c > isolatedMax {
			break
		}
		if d := ends[j-1].day - ends[j].day; d >= isolatedGap || -d >= isolatedGap {
			n, far, near, rest = c, ends[0].sec, ends[j-1].sec, ends[j].sec
		}
	}
	return n, far, near, rest
}
