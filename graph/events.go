package graph

import (
	"slices"
	"strings"
)

// EventLog keeps, at unit level, the timed events of a window that the
// coordination analysis reads (package metrics/coord): each meeting with
// its organiser, title and attending units; each contact between two
// units (a letter or a data request); and each data request with its
// dataset and status. The network keeps only sums; forums and datasets
// need the events themselves. A nil *EventLog records nothing, so callers
// can leave it out. Unit indices are those of Directory.Units (and of the
// unit network's nodes).
type EventLog struct {
	Meetings []MeetingEvent
	Contacts []Contact
	Requests []Request
	// CircularUnits is the limit above which a letter is a circular and
	// makes no contact (Builder.CircularLimit); 0 means
	// DefaultCircularUnits.
	CircularUnits int
	// Limit bounds the contacts kept (0: no bound); past it the log stops
	// recording contacts and sets Overflow, and a reader should not judge
	// forums from it.
	Limit    int
	Overflow bool
	set      []int32
}

// contact appends c unless the log is full.
func (e *EventLog) contact(c Contact) {
	if e.Limit > 0 && len(e.Contacts) >= e.Limit {
		e.Overflow = true
		return
	}
	e.Contacts = append(e.Contacts, c)
}

// PartLog returns an empty log for one part of a table read in parts
// (see AbsorbContacts): the same circular limit, and room for no more
// contacts than e has left, since a part's contacts past that could never
// be kept (at least 1: a limit of 0 would keep them all). A nil e gives
// nil.
func (e *EventLog) PartLog() *EventLog {
	if e == nil {
		return nil
	}
	p := &EventLog{CircularUnits: e.CircularUnits}
	if e.Limit > 0 {
		p.Limit = max(1, e.Limit-len(e.Contacts))
	}
	return p
}

// AbsorbContacts adds the contacts of part p (a log from PartLog that
// recorded letters only) after e's own, as if e had recorded p's letters
// itself: the same contacts, in the same order, and the same Overflow.
// It copies them in one piece, or, when e has none yet, takes p's slice
// as it is: p must not be used after.
func (e *EventLog) AbsorbContacts(p *EventLog) {
	if e == nil || p == nil {
		return
	}
	c := p.Contacts
	if room := e.Limit - len(e.Contacts); e.Limit > 0 && len(c) > room {
		c, e.Overflow = c[:max(0, room)], true
	}
	switch {
	case len(c) == 0:
	case len(e.Contacts) == 0:
		e.Contacts = c
	default:
		e.Contacts = append(e.Contacts, c...)
	}
	e.Overflow = e.Overflow || p.Overflow
}

// MeetingEvent is one meeting of the window.
type MeetingEvent struct {
	ID    string
	At    int64 // start, seconds since the Unix epoch
	Title string
	// Organizer is the unit of the organiser (-1 when the meeting names
	// none).
	Organizer int32
	// Units are the distinct attending units, ascending.
	Units []int32
}

// ContactKind says what made a Contact.
type ContactKind uint8

const (
	// ContactLetter is a letter (not a circular) from one unit to another.
	ContactLetter ContactKind = iota
	// ContactData is a data request between two units, whatever its status.
	ContactData
)

// Contact is one exchange between two distinct units: A < B, whatever the
// direction.
type Contact struct {
	A, B int32
	At   int64
	Kind ContactKind
}

// Request is one data-sharing request between units (pending included).
type Request struct {
	Provider, Consumer int32
	At                 int64
	Dataset            string
	Status             ShareStatus
}

// Letter records a letter sent at time at: one contact per distinct unit
// of the recipients other than the sender's, unless they are more than
// the circular limit (a circular makes no contact, as it makes no tie).
func (e *EventLog) Letter(at int64, sender Ref, recipients []Ref) {
	if e == nil {
		return
	}
	e.set = e.set[:0]
	for _, r := range recipients {
		if r.Unit != sender.Unit && !slices.Contains(e.set, r.Unit) {
			e.set = append(e.set, r.Unit)
		}
	}
	limit := e.CircularUnits
	if limit <= 0 {
		limit = DefaultCircularUnits
	}
	if len(e.set) > limit {
		return
	}
	for _, u := range e.set {
		a, b := min(u, sender.Unit), max(u, sender.Unit)
		e.contact(Contact{A: a, B: b, At: at, Kind: ContactLetter})
	}
}

// Meeting records a meeting of the window: its id, start, organiser (nil
// when the row names none), title and attendees.
func (e *EventLog) Meeting(id string, at int64, organizer *Ref, title string, attendees []Ref) {
	if e == nil {
		return
	}
	m := MeetingEvent{ID: id, At: at, Title: strings.TrimSpace(title), Organizer: -1}
	if organizer != nil {
		m.Organizer = organizer.Unit
	}
	for _, r := range attendees {
		if !slices.Contains(m.Units, r.Unit) {
			m.Units = append(m.Units, r.Unit)
		}
	}
	slices.Sort(m.Units)
	if e.Limit > 0 && len(e.Meetings) >= e.Limit {
		e.Overflow = true
		return
	}
	e.Meetings = append(e.Meetings, m)
}

// Share records a data request; a request between two units is also a
// contact.
func (e *EventLog) Share(at int64, provider, consumer Ref, dataset string, st ShareStatus) {
	if e == nil {
		return
	}
	if e.Limit > 0 && len(e.Requests) >= e.Limit {
		e.Overflow = true
		return
	}
	e.Requests = append(e.Requests, Request{Provider: provider.Unit, Consumer: consumer.Unit, At: at,
		Dataset: strings.TrimSpace(dataset), Status: st})
	if provider.Unit != consumer.Unit {
		a, b := min(provider.Unit, consumer.Unit), max(provider.Unit, consumer.Unit)
		e.contact(Contact{A: a, B: b, At: at, Kind: ContactData})
	}
}
