package people

import (
	"github.com/sekat-ona/sekat/graph"
)

// Filters narrow the people that facilitators lists and chooses from,
// by attributes HR keeps. They never change a score or a rank: a person
// filtered out still counts in everyone else's rank. The zero value keeps
// everyone.
type Filters struct {
	// PositionWords keep the people whose position holds one of the
	// words (whole words, any case); empty keeps everyone.
	PositionWords []string
	// MinTenureMonths keeps the people who, at time At, had worked in
	// their unit for at least this many months (30.44 days each), from
	// the start of their continuous time there: their spells there that
	// are adjacent or overlap, whatever spells elsewhere (an acting post)
	// lie between (see pass); a spell without a start counts as long
	// enough. 0 keeps everyone.
	MinTenureMonths int
	// At is when tenure is measured: the end of the window.
	At int64
}

// secondsPerMonth is an average Gregorian month.
const secondsPerMonth = 30.436875 * 86400

// pass reports whether the person node nd passes the filters. Tenure is
// counted in the units for which same is true (nd's unit, or those reckoned
// as one with it): from the start of the latest spell there, and of the
// earlier spells there or in a unit that became the unit of the spell
// after it (became: a rename, merger or split the study declares), since
// a unit renamed around a person is no move, as long as each reaches the
// start of the next (adjacent or overlapping): the time is continuous.
// The spells of other units between them in order of start are passed
// over: an acting post (Plt) held elsewhere while the unit's spell was
// written as two, before and after it, is no move, whereas a move away
// and back leaves a gap between the unit's spells, which ends the count.
func (f Filters) pass(nd *graph.Node, dir *graph.Directory, win graph.Window, same func(unit string) bool, became func(old, next string) bool) bool {
	if len(f.PositionWords) > 0 && formalWord(nd.Position, f.PositionWords) == "" {
		return false
	}
	if f.MinTenureMonths <= 0 || dir == nil {
		return true
	}
	_, p, ok := dir.Lookup([]byte(nd.ID))
	if !ok || p < 0 {
		return false
	}
	at := f.At
	if at == 0 {
		at = win.To
	}
	// The latest spell that started before At in the node's unit, and
	// the earlier spells in a unit reckoned the same, or that became the
	// unit of the spell after, that reach its start (spells by start, so
	// from only moves back); a spell of another unit is passed over.
	var from int64 = -1
	for k := dir.Spells(p) - 1; k >= 0; k-- {
		u, a, _ := dir.Spell(p, k)
		if dir.Units[u].ID != nd.Unit || !(a == 0 || at == 0 || a < at) {
			continue
		}
		from = a
		next := nd.Unit
		for j := k - 1; j >= 0 && from != 0; j-- {
			u, a, b := dir.Spell(p, j)
			id := dir.Units[u].ID
			if !same(id) && (became == nil || !became(id, next)) || b != 0 && b < from {
				// another unit (a Plt held beside the unit's spells,
				// or a move, whose gap ends the count), or a spell of
				// the unit that ended before the count's start
				continue
			}
			from, next = a, id
		}
		break
	}
	switch {
	case from < 0:
		return false
	case from == 0 || at == 0:
		return true
	}
	return float64(at-from) >= float64(f.MinTenureMonths)*secondsPerMonth
}
