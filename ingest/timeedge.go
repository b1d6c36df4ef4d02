package ingest

// edgeK is how many of the latest and of the earliest times of a log
// table the loader keeps, to find a few rows dated far from the rest.
const edgeK = 32

// isolatedGap is the gap, in seconds, that sets rows apart from the rest
// of their table: a year.
const isolatedGap = 365 * 86400

// timeEdges keeps the edgeK latest (hi, latest first) and earliest (lo,
// earliest first) times read of a table. Adding a time costs two
// comparisons once both are full; memory does not grow with rows.
type timeEdges struct {
	hi, lo [edgeK]int64
	n      int // entries of each (at most edgeK)
}

func (e *timeEdges) add(sec int64) {
	if e.n < edgeK {
		insertEdge(e.hi[:e.n+1], sec, func(a, b int64) bool { return a > b })
		insertEdge(e.lo[:e.n+1], sec, func(a, b int64) bool { return a < b })
		e.n++
		return
	}
	if sec > e.hi[edgeK-1] {
		insertEdge(e.hi[:], sec, func(a, b int64) bool { return a > b })
	}
	if sec < e.lo[edgeK-1] {
		insertEdge(e.lo[:], sec, func(a, b int64) bool { return a < b })
	}
}

// insertEdge puts x into s, ordered by before, dropping s's last entry
// (the slot x may take when s is growing).
func insertEdge(s []int64, x int64, before func(a, b int64) bool) {
	i := len(s) - 1
	for i > 0 && before(x, s[i-1]) {
		s[i] = s[i-1]
		i--
	}
	s[i] = x
}

// merge adds the times o keeps.
func (e *timeEdges) merge(o *timeEdges) {
	seen := map[int64]int{} // the latest and earliest may be the same rows
	for _, x := range o.hi[:o.n] {
		seen[x]++
		e.add(x)
	}
	for _, x := range o.lo[:o.n] {
		if seen[x] > 0 {
			seen[x]--
			continue
		}
		e.add(x)
	}
}

// isolated finds the rows at one end of a table of rows rows set apart
// from all the others by at least isolatedGap: ends is hi (latest first)
// or lo (earliest first). It returns how many (0: none), the time
// farthest out and the nearest of them, and the time of the rest nearest
// to them. Only a few rows count as set apart: at most a quarter of the
// kept times, and a table of at least 4*edgeK rows.
func (e *timeEdges) isolated(ends []int64, rows int64) (n int, far, near, rest int64) {
	if rows < 4*edgeK || len(ends) < edgeK {
		return 0, 0, 0, 0
	}
	for j := edgeK / 4; j >= 1; j-- {
		if d := ends[j-1] - ends[j]; d >= isolatedGap || -d >= isolatedGap {
			return j, ends[0], ends[j-1], ends[j]
		}
	}
	return 0, 0, 0, 0
}
