package synth

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// Shares of letter kinds (they sum to 1).
const (
	shareInternal    = 0.38 // nota dinas inside one unit
	shareCross       = 0.32 // a letter to another unit
	shareFacilitator = 0.12 // a facilitator and one of their contacts
	shareReply       = 0.17 // a reply to an earlier letter
	// the remaining 0.01 are circulars (surat edaran) from coordinators
)

// Follow-up memos: a leader who receives a letter from another unit
// passes it on (disposisi) to a kabid or staff member; a leader who sends
// one got the draft from them.
const (
	pDisposisi = 0.8
	pDraft     = 0.5
)

// Shares of meeting kinds (they sum to 1).
const (
	meetInternal    = 0.45
	meetCross       = 0.30
	meetCoord       = 0.15
	meetFacilitator = 0.10
)

// ref names a person (>= 0) or a unit (-(unit+1)) in a log row.
type ref int32

func unitRef(u int) ref { return ref(-(u + 1)) }

// letter is one generated letter before it gets its message id.
type letter struct {
	at      int64
	seq     int32
	sender  int32
	to, cc  []ref
	first   int32 // the first recipient if a person, else -1
	kind    string
	replyTo string
}

// meeting is one generated meeting.
type meeting struct {
	at        int64
	seq       int32
	organizer int32
	attendees []int32
	title     string
}

// share is one data-sharing event.
type share struct {
	at                 int64
	seq                int32
	provider, consumer ref
	dataset, status    string
	records            int64
}

// replyable is a recent letter that may be answered.
type replyable struct {
	id            string
	sender, first int32
}

// generator produces the logs day by day.
type generator struct {
	s     *study
	r     *rand.Rand
	ring  []replyable // recent letters, a ring buffer
	ringN int
	nMsg  int
	nMeet int
	seq   int32
	// cursor[u] is where nextStaff goes on in unit u's staff list.
	cursor []int
	// facTurn[f] is where contact goes on in facilitator f's list;
	// facSkip[f][i] counts the turns contact i was in a silo.
	facTurn []int
	facSkip [][]int
	// today is the day being written (unit ids change with a
	// reorganisation).
	today int
	// nBurn counts the letters of the burn-in (Options.NoChange).
	nBurn int
}

const ringSize = 4096

// perDay returns the number of events on working day d for a yearly
// target spread over the working days, with ±15% day-to-day variation.
func (g *generator) perDay(total, workdays int) int {
	x := float64(total) / float64(workdays) * (0.85 + 0.3*g.r.Float64())
	n := math.Floor(x)
	if g.r.Float64() < x-n { // round at random, so small targets are met on average
		n++
	}
	return int(n)
}

// id returns the id text of a ref.
func (g *generator) id(x ref) string {
	if x < 0 {
		return g.s.unitID(int(-x-1), g.today)
	}
	return g.s.ids[x]
}

// joinRefs joins ref ids with ';'.
func (g *generator) joinRefs(xs []ref) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return g.id(xs[0])
	}
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(g.id(x))
	}
	return b.String()
}

// addRef appends x unless it is already there or is the excluded sender.
func addRef(xs []ref, x ref, sender int32) []ref {
	if x == ref(sender) || slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// day generates the letters, meetings and data-sharing events of day d,
// each sorted by time.
func (g *generator) day(d, workdays int) ([]letter, []meeting, []share) {
	s := g.s
	h := s.phase(d)
	nL := g.perDay(s.letters, workdays)
	letters := make([]letter, 0, nL+8)
	for range 2 * nL {
		if len(letters) >= nL {
			break
		}
		l := g.letter(d, h)
		if l.sender < 0 || len(l.to) == 0 {
			continue
		}
		l.at = s.cal.officeTime(g.r, d)
		l.seq = g.seq
		g.seq++
		letters = append(letters, l)
		for _, f := range g.followUps(&l, d) {
			f.seq = g.seq
			g.seq++
			letters = append(letters, f)
		}
	}
	nM := g.perDay(s.meetings, workdays)
	meetings := make([]meeting, 0, nM)
	for range nM {
		m := g.meeting(d, h)
		if len(m.attendees) == 0 {
			continue
		}
		m.at = s.cal.meetingTime(g.r, d)
		m.seq = g.seq
		g.seq++
		meetings = append(meetings, m)
	}
	nS := g.perDay(s.shares, workdays)
	shares := make([]share, 0, nS)
	for range nS {
		sh, ok := g.share(d, h)
		if !ok {
			continue
		}
		sh.at = s.cal.officeTime(g.r, d)
		sh.seq = g.seq
		g.seq++
		shares = append(shares, sh)
	}
	slices.SortFunc(letters, func(a, b letter) int { return cmp.Or(cmp.Compare(a.at, b.at), cmp.Compare(a.seq, b.seq)) })
	slices.SortFunc(meetings, func(a, b meeting) int { return cmp.Or(cmp.Compare(a.at, b.at), cmp.Compare(a.seq, b.seq)) })
	slices.SortFunc(shares, func(a, b share) int { return cmp.Or(cmp.Compare(a.at, b.at), cmp.Compare(a.seq, b.seq)) })
	return letters, meetings, shares
}

// remember adds a written letter to the reply ring.
func (g *generator) remember(id string, l *letter) {
	if l.first < 0 || l.kind == letterNotaDinas || l.kind == letterEdaran {
		return
	}
	e := replyable{id: id, sender: l.sender, first: l.first}
	if len(g.ring) < ringSize {
		g.ring = append(g.ring, e)
	} else {
		g.ring[g.ringN%ringSize] = e
	}
	g.ringN++
}

// letter generates one letter on day d (its time is set by the caller).
func (g *generator) letter(d, h int) letter {
	s, r := g.s, g.r
	x := r.Float64()
	switch {
	case x < shareInternal:
		return g.internalLetter(d)
	case x < shareInternal+shareCross:
		return g.crossLetter(d, h)
	case x < shareInternal+shareCross+shareFacilitator:
		if len(s.facs) > 0 {
			return g.facilitatorLetter(d, h)
		}
		return g.crossLetter(d, h)
	case x < shareInternal+shareCross+shareFacilitator+shareReply:
		if len(g.ring) == 0 {
			return g.crossLetter(d, h)
		}
		e := g.ring[r.IntN(len(g.ring))]
		return letter{sender: e.first, to: []ref{ref(e.sender)}, first: e.sender, kind: letterBalasan, replyTo: e.id}
	}
	return g.circular(d, h)
}

// followUps returns the memos that go with letter l inside the sender's
// and the first recipient's units: the draft a kabid or staff member sent
// to the signing leader before, and the disposisi the receiving leader
// sends down after.
func (g *generator) followUps(l *letter, d int) []letter {
	s, r := g.s, g.r
	if l.kind == letterNotaDinas {
		return nil
	}
	var out []letter
	const hour = 3600
	if sp := &s.people[l.sender]; sp.role <= roleSecond && r.Float64() < pDraft {
		u := int(s.unitAt(l.sender, d))
		if from := g.subordinate(u, d); from != l.sender {
			out = append(out, letter{at: max(l.at-hour, s.cal.officeStart(d)), sender: from, to: []ref{ref(l.sender)},
				first: l.sender, kind: letterNotaDinas})
		}
	}
	var boss int32 = -1
	switch x := l.to[0]; {
	case x < 0:
		boss = s.units[-x-1].head
	case s.people[x].role <= roleSecond:
		boss = int32(x)
	}
	if boss >= 0 && r.Float64() < pDisposisi {
		u := int(s.unitAt(boss, d))
		if to := g.subordinate(u, d); to != boss {
			out = append(out, letter{at: min(l.at+1+r.Int64N(2*hour), s.cal.officeEnd(d)-1), sender: boss, to: []ref{ref(to)},
				first: to, kind: letterNotaDinas})
		}
	}
	return out
}

// subordinate picks a kabid (60%) or a staff member of unit u on day d.
func (g *generator) subordinate(u, d int) int32 {
	s, r := g.s, g.r
	if k := s.units[u].kabid; len(k) > 0 && r.Float64() < 0.6 {
		return k[r.IntN(len(k))]
	}
	return s.staffAt(r, u, d)
}

// nextStaff returns the next staff member of unit u working there on day
// d, going round the unit's staff list (started at a random place), so
// every staff member writes about as many memos as any other: their
// internal ties are never left to chance.
func (g *generator) nextStaff(u, d int) int32 {
	s := g.s
	un := &s.units[u]
	if len(un.staff) == 0 {
		return un.head
	}
	if g.cursor == nil {
		g.cursor = make([]int, len(s.units))
		for i := range g.cursor {
			g.cursor[i] = g.r.IntN(max(1, len(s.units[i].staff)))
		}
	}
	for range len(un.staff) {
		p := un.staff[g.cursor[u]%len(un.staff)]
		g.cursor[u]++
		if int(s.unitAt(p, d)) == u {
			return p
		}
	}
	return s.staffAt(g.r, u, d)
}

// internalLetter is a memo inside one unit, mostly from staff up to their
// kabid, the secretary or the head, and from leaders down.
func (g *generator) internalLetter(d int) letter {
	s, r := g.s, g.r
	u := pick(r, s.cumSize)
	un := &s.units[u]
	var from int32
	x := r.Float64()
	switch {
	case x < 0.65:
		from = g.nextStaff(u, d)
	case x < 0.85 && len(un.kabid) > 0:
		from = un.kabid[r.IntN(len(un.kabid))]
	case x < 0.95:
		from = un.second
	default:
		from = un.head
	}
	l := letter{sender: from, kind: letterNotaDinas, first: -1}
	var to int32
	y := r.Float64()
	switch s.people[from].role {
	case roleStaff:
		switch {
		case y < 0.6:
			to = s.kabidOf(from, u)
		case y < 0.85:
			to = un.second
		default:
			to = s.staffAt(r, u, d)
		}
	case roleKabid:
		switch {
		case y < 0.4:
			to = un.head
		case y < 0.7:
			to = un.second
		default:
			to = s.staffAt(r, u, d)
		}
	default:
		if y < 0.5 && len(un.kabid) > 0 {
			to = un.kabid[r.IntN(len(un.kabid))]
		} else {
			to = s.staffAt(r, u, d)
		}
	}
	if to == from {
		to = un.head
		if from == un.head {
			to = un.second
		}
	}
	l.to = []ref{ref(to)}
	l.first = to
	if r.Float64() < 0.3 {
		l.cc = addRef(nil, ref(un.head), from)
		if len(l.cc) > 0 && l.cc[0] == ref(to) {
			l.cc = nil
		}
	}
	return l
}

// crossLetter is a letter from one unit to a partner unit chosen by the
// planted affinities; leaders write most of them.
func (g *generator) crossLetter(d, h int) letter {
	s, r := g.s, g.r
	u := pick(r, s.cumAct[h])
	v := s.partner(r, u, h)
	if v < 0 {
		return letter{sender: -1}
	}
	from := s.memberAt(r, u, d, 0.85)
	l := letter{sender: from, kind: letterSurat, first: -1}
	if r.Float64() < 0.15 {
		l.to = []ref{unitRef(v)}
	} else {
		to := s.memberAt(r, v, d, 0.85)
		l.to = []ref{ref(to)}
		l.first = to
	}
	if r.Float64() < 0.15 {
		l.cc = addRef(nil, ref(s.leader(r, u)), from)
	}
	return l
}

// facSiloRate is how often a facilitator still reaches a contact whose
// unit is in a silo sector at the time: one turn in facSiloRate.
const facSiloRate = 4

// contact returns the next contact of facilitator f on day d, going round
// the contact list so that every contact gets the same share of the
// facilitator's letters and meetings (equal ties: no contact becomes the
// one gateway of its unit). A contact in a sector that is a silo at the
// time is taken only every facSiloRate-th turn. It returns -1 if no
// contact is available.
func (g *generator) contact(f, d, h int) int32 {
	s := g.s
	cs := s.facContacts[f]
	if g.facTurn == nil {
		g.facTurn = make([]int, len(s.facs))
		g.facSkip = make([][]int, len(s.facs))
		for i := range s.facs {
			g.facTurn[i] = g.r.IntN(max(1, len(s.facContacts[i])))
			g.facSkip[i] = make([]int, len(s.facContacts[i]))
		}
	}
	for range len(cs) {
		i := g.facTurn[f] % len(cs)
		g.facTurn[f]++
		c := cs[i]
		if s.siloH[h][s.units[s.unitAt(c, d)].sec] {
			g.facSkip[f][i]++
			if g.facSkip[f][i]%facSiloRate != 0 {
				continue
			}
		}
		return c
	}
	return -1
}

// facilitatorLetter is a letter between a facilitator and one of their
// contacts, in either direction, sometimes copied to a second contact.
func (g *generator) facilitatorLetter(d, h int) letter {
	s, r := g.s, g.r
	f := pick(r, s.cumFac)
	p, c := s.facs[f], g.contact(f, d, h)
	if c < 0 || p == c {
		return letter{sender: -1}
	}
	l := letter{sender: p, to: []ref{ref(c)}, first: c, kind: letterSurat}
	if r.Float64() < 0.4 {
		l.sender, l.to, l.first = c, []ref{ref(p)}, p
	}
	if r.Float64() < 0.2 {
		if c2 := g.contact(f, d, h); c2 >= 0 {
			l.cc = addRef(nil, ref(c2), l.sender)
		}
		if len(l.cc) > 0 && l.cc[0] == l.to[0] {
			l.cc = nil
		}
	}
	return l
}

// circular is a surat edaran from a coordinator to 5-20 partner units,
// addressed to the unit or to its head.
func (g *generator) circular(d, h int) letter {
	s, r := g.s, g.r
	if len(s.coords) == 0 {
		return g.crossLetter(d, h)
	}
	u := s.coords[r.IntN(len(s.coords))]
	from := s.leader(r, u)
	l := letter{sender: from, kind: letterEdaran, first: -1}
	k := 5 + r.IntN(16)
	for range 4 * k {
		if len(l.to) == k {
			break
		}
		v := s.partner(r, u, h)
		if v < 0 {
			break
		}
		x := unitRef(v)
		if r.Float64() < 0.3 {
			x = ref(s.units[v].head)
		}
		l.to = addRef(l.to, x, from)
	}
	return l
}

// meeting generates one meeting on day d.
func (g *generator) meeting(d, h int) meeting {
	s, r := g.s, g.r
	var m meeting
	add := func(p int32) {
		if p >= 0 && len(m.attendees) < 30 && !slices.Contains(m.attendees, p) {
			m.attendees = append(m.attendees, p)
		}
	}
	x := r.Float64()
	switch {
	case x < meetInternal:
		u := pick(r, s.cumSize)
		un := &s.units[u]
		m.organizer = s.leader(r, u)
		m.title = internalTitles[r.IntN(len(internalTitles))]
		add(m.organizer)
		n := 3 + r.IntN(10)
		for range 3 * n {
			if len(m.attendees) >= n {
				break
			}
			add(s.staffAt(r, u, d))
		}
		add(un.second)
		add(un.head)
	case x < meetInternal+meetCross:
		u := pick(r, s.cumAct[h])
		m.organizer = s.leader(r, u)
		m.title = crossTitles[r.IntN(len(crossTitles))]
		add(m.organizer)
		add(s.memberAt(r, u, d, 0.5))
		units := []int{u}
		for range 1 + r.IntN(3) {
			v := s.partner(r, u, h)
			if v >= 0 && !slices.Contains(units, v) {
				units = append(units, v)
				for range 1 + r.IntN(3) {
					add(s.memberAt(r, v, d, 0.85))
				}
			}
		}
		anySilo := false
		for _, v := range units {
			anySilo = anySilo || s.siloH[h][s.units[v].sec]
		}
		if len(s.facs) > 0 && !anySilo && r.Float64() < 0.35 {
			add(s.facs[r.IntN(len(s.facs))])
		}
	case x < meetInternal+meetCross+meetCoord && len(s.coords) > 0:
		u := s.coords[r.IntN(len(s.coords))]
		m.organizer = s.leader(r, u)
		m.title = coordTitles[r.IntN(len(coordTitles))]
		add(m.organizer)
		for range 1 + r.IntN(3) {
			add(s.memberAt(r, u, d, 0.5))
		}
		k := 4 + r.IntN(8)
		for range k {
			if v := s.partner(r, u, h); v >= 0 {
				add(s.leader(r, v))
				if r.IntN(2) == 0 {
					add(s.leader(r, v))
				}
			}
		}
		for range r.IntN(3) {
			if len(s.facs) > 0 {
				add(s.facs[r.IntN(len(s.facs))])
			}
		}
	default:
		if len(s.facs) == 0 {
			return g.meetingFallback(d, h)
		}
		f := pick(r, s.cumFac)
		m.organizer = s.facs[f]
		m.title = facilitatorTitles[r.IntN(len(facilitatorTitles))]
		add(m.organizer)
		for range 4 + r.IntN(6) {
			if c := g.contact(f, d, h); c >= 0 {
				add(c)
			}
		}
	}
	for len(m.attendees) < 3 {
		// Tiny units: fill up with the organiser's unit leaders.
		u := int(s.unitAt(m.organizer, d))
		n := len(m.attendees)
		add(s.units[u].head)
		add(s.units[u].second)
		add(s.leader(r, u))
		if len(m.attendees) == n {
			break
		}
	}
	return m
}

// meetingFallback is a cross-unit meeting, for studies without facilitators.
func (g *generator) meetingFallback(d, h int) meeting {
	s, r := g.s, g.r
	u := pick(r, s.cumAct[h])
	m := meeting{organizer: s.leader(r, u), title: crossTitles[r.IntN(len(crossTitles))]}
	m.attendees = append(m.attendees, m.organizer)
	if v := s.partner(r, u, h); v >= 0 {
		for _, p := range []int32{s.units[v].head, s.units[v].second} {
			if !slices.Contains(m.attendees, p) {
				m.attendees = append(m.attendees, p)
			}
		}
	}
	return m
}

// share generates one data-sharing request on day d. Requests to a silo
// sector from outside are made as often as anywhere else but mostly
// denied.
func (g *generator) share(d, h int) (share, bool) {
	s, r := g.s, g.r
	c := pick(r, s.cumAct[h])
	p := s.partner(r, c, h)
	if p < 0 {
		return share{}, false
	}
	if r.Float64() < 0.5 && s.units[c].kind == kindInternal && !s.siloH[h][s.units[c].sec] {
		// Half of the requests of units outside silos ignore sectors:
		// any internal unit, so silos receive requests (and deny them).
		for range 8 {
			q := pick(r, s.cumAct[h])
			if q != c && s.units[q].kind == kindInternal {
				p = q
				break
			}
		}
	}
	pu, cu := &s.units[p], &s.units[c]
	sh := share{dataset: datasets[s.sectors[pu.sec]][r.IntN(len(datasets[s.sectors[pu.sec]]))]}
	sh.provider = unitRef(p)
	if r.Float64() < 0.3 {
		sh.provider = ref(pu.second)
	}
	sh.consumer = unitRef(c)
	if r.Float64() < 0.6 {
		sh.consumer = ref(s.memberAt(r, c, d, 0.8))
	}
	denied, pending := openDenied, openPending
	if s.siloH[h][pu.sec] && cu.sec != pu.sec {
		denied, pending = siloDenied, siloPending
	}
	switch y := r.Float64(); {
	case y < denied:
		sh.status = "denied"
	case y < denied+pending:
		sh.status = "pending"
	default:
		sh.status = "granted"
		sh.records = int64(math.Exp(math.Log(20) + r.Float64()*(math.Log(200000)-math.Log(20))))
	}
	return sh, true
}

// messageID and meetingID number the events of the year in time order.
func messageID(n int) string { return fmt.Sprintf("SRT-2025-%07d", n) }
func meetingID(n int) string { return fmt.Sprintf("RPT-2025-%06d", n) }
