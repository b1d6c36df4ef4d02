package graph

// meetSizes holds the meetings layer of an accum exactly: for each pair, how
// many meetings of each size k (distinct attendees at the level) the pair
// shared. The pair's meetings value is then computed in one canonical order,
//
//	meetings({u,v}) = Σ over k ascending of count_k / (k-1)
//
// each term float64(count_k)/float64(k-1), added from 0 in ascending k. The
// counts are integers, so any order of events (a file read top to bottom,
// an engine's GROUP BY, partitions summed month by month) gives the same
// counts and therefore the same bits; summing 1/(k-1) per meeting in event
// order would not (docs/engines.md, "Exactness").
//
// Memory: 4 bytes per pair for the head, and 16 bytes per distinct size a
// pair has seen (most pairs see one to three sizes; with
// Builder.MaxMeetingSize at most MaxMeetingSize-1 sizes).
type meetSizes struct {
	head  []int32 // per pair: index+1 of its first cell, 0 for none
	cells []meetCell
}

// meetCell is one size of one pair's list, kept in ascending size.
type meetCell struct {
	size  int32 // k: the meeting's distinct attendees (nodes of the level)
	next  int32 // index+1 of the pair's next cell, 0 at the end
	count int64 // meetings of size k the pair shared
}

// grow makes room for pairs up to index i, in one append (amortised
// doubling) rather than one per missing pair.
func (m *meetSizes) grow(i int32) {
	if d := int(i) + 1 - len(m.head); d > 0 {
		m.head = append(m.head, make([]int32, d)...)
	}
}

// add counts n more meetings of size k for pair i.
func (m *meetSizes) add(i int32, k int32, n int64) {
	m.grow(i)
	prev := int32(0) // the cell before the insertion point, 0: the head
	for j := m.head[i]; j != 0; j = m.cells[j-1].next {
		c := &m.cells[j-1]
		if c.size == k {
			c.count += n
			return
		}
		if c.size > k {
			break
		}
		prev = j
	}
	// cells may move when it grows: link by index, not by pointer
	var next int32
	if prev == 0 {
		next = m.head[i]
	} else {
		next = m.cells[prev-1].next
	}
	m.cells = append(m.cells, meetCell{size: k, next: next, count: n})
	if prev == 0 {
		m.head[i] = int32(len(m.cells))
	} else {
		m.cells[prev-1].next = int32(len(m.cells))
	}
}

// weight returns pair i's meetings value: Σ count_k/(k-1) in ascending k.
func (m *meetSizes) weight(i int32) float64 {
	if int(i) >= len(m.head) {
		return 0
	}
	var w float64
	for j := m.head[i]; j != 0; j = m.cells[j-1].next {
		c := &m.cells[j-1]
		w += float64(c.count) / float64(c.size-1)
	}
	return w
}
