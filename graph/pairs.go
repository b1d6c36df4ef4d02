package graph

// This file lets a Builder take events already summed into pairs (the pair
// tables of an engine, docs/engines.md) instead of one event at a time. A
// Builder filled this way gives, through Network, the same network as one
// fed the events: the pairs' values are integer counts, and the meetings
// layer is kept as counts per meeting size (see meetSizes), so the order
// in which pairs and partitions arrive changes no bit.

// NodeOf returns the node of r at level lvl: r's unit at unit level; at
// person level the person, or for a unit named directly (r.Person < 0)
// the unit's node after all people. It is the numbering AddPair,
// AddMeetings and AddNode take.
func (b *Builder) NodeOf(lvl Level, r Ref) int32 {
	if lvl == UnitLevel {
		return r.Unit
	}
	return b.pnode(r)
}

// levelOf returns the state of level lvl, nil when the Builder does not
// build it.
func (b *Builder) levelOf(lvl Level) *level {
	if lvl == UnitLevel {
		return b.unit
	}
	return b.person
}

// AddPair adds n events of the directed layer l (Correspondence,
// DataSharing or DataDenied) from node u to node v (u != v) of level lvl.
// It does nothing for n = 0 (a pair with no event is no pair), for the
// Meetings layer (use AddMeetings) or for a level the Builder does not
// build.
func (b *Builder) AddPair(lvl Level, u, v int32, l Layer, n int64) {
	lv := b.levelOf(lvl)
	if lv == nil || l == Meetings || l >= NumLayers || u == v || n == 0 {
		return
	}
	lv.acc.add(u, v, l, float64(n))
}

// AddMeetings counts n meetings of k distinct attendees (nodes of level
// lvl, k >= 2) that nodes u and v (u != v, in either order) both attended.
func (b *Builder) AddMeetings(lvl Level, u, v int32, k int32, n int64) {
	lv := b.levelOf(lvl)
	if lv == nil || u == v || k < 2 || n == 0 {
		return
	}
	if u > v {
		u, v = v, u
	}
	lv.acc.addMeetings(u, v, k, n)
}

// AddNode records node x of level lvl as named by an event in the window
// (at person level this decides, with KeepInactive, whether a node without
// a tie is kept; see Network) and adds c to its counts.
func (b *Builder) AddNode(lvl Level, x int32, c Counts) {
	lv := b.levelOf(lvl)
	if lv == nil {
		return
	}
	lv.seen[x] = true
	k := &lv.counts[x]
	k.InternalMessages += c.InternalMessages
	k.InternalShares += c.InternalShares
	k.LargeMeetings += c.LargeMeetings
	k.Circulars += c.Circulars
}

// AddTotals adds t to the Builder's totals.
func (b *Builder) AddTotals(t Totals) { b.totals = b.totals.Add(t) }

// Add returns the sums of t and u, field by field.
func (t Totals) Add(u Totals) Totals {
	t.Messages += u.Messages
	t.InternalMessages += u.InternalMessages
	t.Circulars += u.Circulars
	t.Meetings += u.Meetings
	t.MeetingsOneUnit += u.MeetingsOneUnit
	t.MeetingsLarge += u.MeetingsLarge
	t.Granted += u.Granted
	t.Denied += u.Denied
	t.Pending += u.Pending
	t.InternalShares += u.InternalShares
	return t
}
