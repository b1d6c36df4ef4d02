package graph

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Spell is one row of the people table: a person in a unit from From
// (inclusive) to To (exclusive), in seconds since the Unix epoch; 0 is an
// open bound.
type Spell struct {
	Person, Name, Position, Unit string
	From, To                     int64
}

// Directory knows every unit and person of a study and resolves an id named
// by an event to its unit at the event's time. Units and people are sorted
// by id, which fixes the dense ids of both levels.
type Directory struct {
	Units  []Node
	People []Node // Unit is left empty: a person's unit depends on time
	// ids: a unit's id to -(index+1), a person's to the person's index
	ids *idTable
	// spells of person p are spellUnit[spellStart[p]:spellStart[p+1]],
	// sorted by From.
	spellStart []int32
	spellFrom  []int64
	spellTo    []int64
	spellUnit  []int32
	// always is person p's unit when p has one spell, open at both ends
	// (most people), else -1: UnitAt's answer from one small array.
	always []int32
	// spellAttr[k] indexes attrs, the name and position of spell k, for
	// the people of several spells; -1 for a person of one spell, whose
	// Node holds them.
	spellAttr []int32
	attrs     []spellAttrs
	// acting marks the spells that are acting posts (SetActing), nil
	// when no rule is set.
	acting []bool
}

// spellAttrs are the attributes of a spell that a person-level node
// shows.
type spellAttrs struct{ name, position string }

// ErrDuplicateID and friends are returned by NewDirectory.
type DirectoryError struct {
	ID, Reason string
}

func (e *DirectoryError) Error() string {
	return fmt.Sprintf("graph: id %q: %s", e.ID, e.Reason)
}

// NewDirectory builds a directory from the units table and the people
// table's spells. A unit id may not repeat; a person may have many spells,
// each with its name and position (SpellIn; the person-level node of a
// window shows those of the spell in force at its end), and the person's
// Node has those of the spell with the latest start.
// An id may not be both a unit and a person, and every spell's unit must
// exist. A person's id is kept in its canonical spelling (CanonicalID):
// spells whose ids differ only in the spaces of a NIP are one person's.
func NewDirectory(units []Node, spells []Spell) (*Directory, error) {
	d := &Directory{ids: newIDTable(len(units) + len(spells))}
	d.Units = append([]Node(nil), units...)
	sort.SliceStable(d.Units, func(i, j int) bool { return d.Units[i].ID < d.Units[j].ID })
	for i := range d.Units {
		u := &d.Units[i]
		if i > 0 && d.Units[i-1].ID == u.ID {
			return nil, &DirectoryError{u.ID, "appears twice in the units table; unit_id must be unique"}
		}
		if u.Sector == "" {
			u.Sector = u.ID // contract: no sector -> every unit is its own sector
		}
		u.Unit = u.ID
		u.UnitKind = u.Kind
		d.ids.put(u.ID, -int32(i)-1, -1)
	}
	// A person's spells by start; of spells that start together, the
	// one that ends later first (an open end last of all ends), then in
	// row order: UnitAt takes the last that covers a time, so the spell
	// that ends first gives the unit while it lasts (a transfer written
	// without the new spell's start), and of two that end together the
	// later row.
	sp := append([]Spell(nil), spells...)
	for i := range sp {
		// one person whatever the spelling of their NIP (CanonicalID)
		sp[i].Person = CanonicalID(sp[i].Person)
	}
	end := func(s Spell) int64 {
		if s.To == 0 {
			return math.MaxInt64
		}
		return s.To
	}
	sort.SliceStable(sp, func(i, j int) bool {
		if sp[i].Person != sp[j].Person {
			return sp[i].Person < sp[j].Person
		}
		if sp[i].From != sp[j].From {
			return sp[i].From < sp[j].From
		}
		return end(sp[i]) > end(sp[j])
	})
	d.spellStart = append(d.spellStart, 0)
	for i := 0; i < len(sp); {
		j := i
		for j < len(sp) && sp[j].Person == sp[i].Person {
			j++
		}
		p := sp[i].Person
		if _, ok := d.ids.get([]byte(p)); ok {
			return nil, &DirectoryError{p, "is both a unit and a person; ids must name one thing"}
		}
		last := sp[j-1]
		always := int32(-1)
		for k := i; k < j; k++ {
			u, ok := d.unit(sp[k].Unit)
			if !ok {
				return nil, &DirectoryError{p, fmt.Sprintf("works in unit %q, which is not in the units table", sp[k].Unit)}
			}
			d.spellFrom = append(d.spellFrom, sp[k].From)
			d.spellTo = append(d.spellTo, sp[k].To)
			d.spellUnit = append(d.spellUnit, u)
			attr := int32(-1)
			if j > i+1 {
				attr = int32(len(d.attrs))
				d.attrs = append(d.attrs, spellAttrs{sp[k].Name, sp[k].Position})
			}
			d.spellAttr = append(d.spellAttr, attr)
			if j == i+1 && sp[k].From == 0 && sp[k].To == 0 {
				always = u
			}
		}
		d.spellStart = append(d.spellStart, int32(len(d.spellUnit)))
		d.always = append(d.always, always)
		d.ids.put(p, int32(len(d.People)), always)
		d.People = append(d.People, Node{ID: p, Name: last.Name, Position: last.Position, Kind: KindPerson})
		i = j
	}
	return d, nil
}

func (d *Directory) unit(id string) (int32, bool) {
	v, ok := d.ids.get([]byte(id))
	if !ok || v >= 0 {
		return 0, false
	}
	return -v - 1, true
}

// Lookup finds an id: a person (person >= 0) or a unit (person = -1, unit
// set). An id that is not there as written is looked up again in its
// canonical spelling (CanonicalID), so a NIP is found with or without
// its spaces. It does not allocate.
func (d *Directory) Lookup(id []byte) (unit, person int32, ok bool) {
	v, ok := d.ids.get(id)
	if !ok {
		var buf [NIPDigits]byte
		c, spaced := canonicalNIP(id, &buf)
		if !spaced {
			return 0, 0, false
		}
		if v, ok = d.ids.get(c); !ok {
			return 0, 0, false
		}
	}
	if v < 0 {
		return -v - 1, -1, true
	}
	return 0, v, true
}

// Place is Lookup and, for a person, UnitAt at time t in one: ok is
// false when id is unknown or names a person without a unit then. For
// the many people with one open spell it reads only the id's slot.
func (d *Directory) Place(id []byte, t int64) (unit, person int32, ok bool) {
	s := d.ids.slot(id)
	if s == nil {
		// a NIP spelt with spaces (CanonicalID)
		var buf [NIPDigits]byte
		if c, spaced := canonicalNIP(id, &buf); spaced {
			s = d.ids.slot(c)
		}
	}
	if s == nil {
		if len(id) == 0 { // the empty id, as Lookup finds it
			if unit, person, ok = d.Lookup(id); ok && person >= 0 {
				unit, ok = d.UnitAt(person, t)
			}
		}
		return unit, person, ok
	}
	if s.val < 0 {
		return -s.val - 1, -1, true
	}
	if s.aux >= 0 {
		return s.aux, s.val, true
	}
	unit, ok = d.UnitAt(s.val, t)
	return unit, s.val, ok
}

// UnitAt returns the unit of person p at time t: the spell covering t with
// the latest start. ok is false when no spell covers t.
func (d *Directory) UnitAt(p int32, t int64) (int32, bool) {
	if u := d.always[p]; u >= 0 {
		return u, true
	}
	a, b := d.spellStart[p], d.spellStart[p+1]
	for k := b - 1; k >= a; k-- {
		if (d.spellFrom[k] == 0 || t >= d.spellFrom[k]) && (d.spellTo[k] == 0 || t < d.spellTo[k]) {
			return d.spellUnit[k], true
		}
	}
	return 0, false
}

// UnitIn returns the unit of person p for a window: the unit in force
// (UnitAt) at the last moment of the window that one of p's spells
// covers, or of the last spell when none overlaps the window. ok is false
// when no spell overlaps. So someone who moved during the window is in
// the unit they moved to, and someone whose acting post (Plt) in another
// unit ended before the window did is in the unit they went back to:
// the spell with the latest start gave the unit they had left.
func (d *Directory) UnitIn(p int32, w Window) (int32, bool) {
	k, ok := d.SpellIn(p, w)
	return d.spellUnit[d.spellStart[p]+int32(k)], ok
}

// SpellIn returns which spell of person p (0 <= k < Spells(p), in order
// of start, as Spell numbers them) is in force for a window: the spell
// that gives the unit at the last moment of the window that one of p's
// spells covers (UnitIn), or the last spell when none overlaps the
// window (ok false). Its unit, name and position are the person's for
// the window (SpellAttrs). With SetActing, of the spells in force at that
// moment the definitive one is taken over an acting post.
func (d *Directory) SpellIn(p int32, w Window) (k int, ok bool) {
	a, b := d.spellStart[p], d.spellStart[p+1]
	// last is the end of the latest covered moment: the latest spell end
	// within the window, an open end or one past the window counting as
	// the window's end (math.MaxInt64 for a window without an end)
	last, found := int64(math.MinInt64), false
	for k := a; k < b; k++ {
		from, to := d.spellFrom[k], d.spellTo[k]
		if (w.To == 0 || from == 0 || from < w.To) && (w.From == 0 || to == 0 || to > w.From) {
			end := to
			if end == 0 || w.To != 0 && end > w.To {
				end = w.To
			}
			if end == 0 {
				end = math.MaxInt64
			}
			if !found || end > last {
				last, found = end, true
			}
		}
	}
	if !found {
		return int(b - 1 - a), false
	}
	t := last - 1
	// the latest acting post in force at t, taken when no other is
	acting := int32(-1)
	for k := b - 1; k >= a; k-- { // UnitAt's spell at t
		if (d.spellFrom[k] == 0 || t >= d.spellFrom[k]) && (d.spellTo[k] == 0 || t < d.spellTo[k]) {
			if d.acting == nil || !d.acting[k] {
				return int(k - a), true
			}
			if acting < 0 {
				acting = k
			}
		}
	}
	if acting >= 0 {
		return int(acting - a), true // the only posts in force are acting
	}
	return int(b - 1 - a), true // unreachable: a spell covers last-1
}

// SetActing marks, by their position, the spells that are acting posts
// (isActing true: a Plt or Plh held beside a definitive post), and makes
// SpellIn, and so UnitIn and the person-level nodes of every network made
// after, take of the spells in force at a window's reference moment the
// definitive one (the latest that starts), an acting post only when no
// other spell is in force then. UnitAt, which places an event's person
// at its time, is not changed. nil removes the rule. Call it before the
// networks are made: SpellIn reads the marks without a lock.
func (d *Directory) SetActing(isActing func(position string) bool) {
	if isActing == nil {
		d.acting = nil
		return
	}
	d.acting = make([]bool, len(d.spellUnit))
	for p := range d.People {
		a, b := d.spellStart[p], d.spellStart[p+1]
		if b-a < 2 {
			continue // one spell: nothing to choose from
		}
		for k := a; k < b; k++ {
			_, pos := d.SpellAttrs(int32(p), int(k-a))
			d.acting[k] = isActing(pos)
		}
	}
}

// AnyPositionIn reports whether a spell that overlaps w (as SpellIn
// finds them; a zero bound is open) holds a position that is not blank,
// for any person: every such spell, not only the one in force at the
// window's end, since the slices of a window (a month of it) take the
// spell in force at their own end, so a position held for part of the
// window (an acting post, Plt, that ended before it did) is a position
// of the window.
func (d *Directory) AnyPositionIn(w Window) bool {
	for p := range d.People {
		a, b := d.spellStart[p], d.spellStart[p+1]
		for k := a; k < b; k++ {
			from, to := d.spellFrom[k], d.spellTo[k]
			if !((w.To == 0 || from == 0 || from < w.To) && (w.From == 0 || to == 0 || to > w.From)) {
				continue
			}
			if _, pos := d.SpellAttrs(int32(p), int(k-a)); strings.TrimSpace(pos) != "" {
				return true
			}
		}
	}
	return false
}

// SpellAttrs returns the name and position of spell k of person p.
func (d *Directory) SpellAttrs(p int32, k int) (name, position string) {
	i := d.spellAttr[d.spellStart[p]+int32(k)]
	if i < 0 {
		return d.People[p].Name, d.People[p].Position
	}
	return d.attrs[i].name, d.attrs[i].position
}

// Spells returns how many spells person p has.
func (d *Directory) Spells(p int32) int { return int(d.spellStart[p+1] - d.spellStart[p]) }

// Spell returns spell k (0 <= k < Spells(p)) of person p, in order of
// start: its unit and its bounds (0 is an open bound).
func (d *Directory) Spell(p int32, k int) (unit int32, from, to int64) {
	i := d.spellStart[p] + int32(k)
	return d.spellUnit[i], d.spellFrom[i], d.spellTo[i]
}
