package graph

import "errors"

// errAbsorb is Absorb's refusal of builders it cannot add up exactly.
var errAbsorb = errors.New("graph: Absorb takes builders of the same directory and levels, without time blocks or meetings")

// Absorb adds what o was given to b, as if b had been given o's events
// after its own: the same sums, counts and totals, and the pairs in the
// same order (first seen), so the networks b gives are those one builder
// would have given for all the events in that order. It lets several
// goroutines each build the letters of one part of a table and the parts
// be added in the table's order (see ingest's sharded letters).
//
// Letters and data-sharing events add 1 to a pair, so each sum is a whole
// number, which a float64 holds exactly up to 2^53: adding two parts'
// sums gives the very bits of adding their events one by one. Meetings
// add 1/(k-1) and are summed per size; time blocks keep their own rows.
// A builder with either is refused, as are builders of another directory
// or of other levels; b is then unchanged.
func (b *Builder) Absorb(o *Builder) error {
	if o.dir != b.dir || (o.person == nil) != (b.person == nil) ||
		b.blocks.Len() > 0 || o.blocks.Len() > 0 || o.hasMeetings() {
		return errAbsorb
	}
	b.unit.absorb(o.unit)
	if b.person != nil {
		b.person.absorb(o.person)
	}
	b.totals = b.totals.Add(o.totals) // o has no meetings (hasMeetings)
	return nil
}

// hasMeetings reports whether b was given a meeting.
func (b *Builder) hasMeetings() bool {
	t := b.totals
	return t.Meetings > 0 || t.MeetingsOneUnit > 0 || t.MeetingsLarge > 0 ||
		len(b.unit.acc.meet.cells) > 0 || (b.person != nil && len(b.person.acc.meet.cells) > 0)
}

// absorb adds o's pairs, counts and seen nodes to lv, o's pairs in the
// order o first saw them.
func (lv *level) absorb(o *level) {
	a := lv.acc
	for k, key := range o.acc.keys {
		i := a.pair(int32(key>>32), int32(uint32(key)))
		for l, w := range o.acc.vals[k] {
			a.vals[i][l] += w
		}
	}
	for x := range o.counts {
		c, d := &lv.counts[x], o.counts[x]
		c.InternalMessages += d.InternalMessages
		c.InternalShares += d.InternalShares
		c.LargeMeetings += d.LargeMeetings
		c.Circulars += d.Circulars
	}
	for x, s := range o.seen {
		lv.seen[x] = lv.seen[x] || s
	}
}
