package ingest

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// meetingSpillBytes is how many bytes of closed meetings are held in
// memory before they go to a temporary file; a variable so that tests can
// make every meeting spill.
var meetingSpillBytes = 8 << 20

// meetingStream groups the meetings table's rows (one per attendee) into
// meetings without holding the attendee rows in memory, when the rows of
// each meeting come together, as exports write them. A meeting is its
// meeting_id and the day of its start (in the study's zone): rows of one
// id on another day are another meeting (an id reused, say, a year later;
// a warning names it), so that units that never met are not tied, while
// rows of one meeting whose times differ within its day (an attendance
// list that records each arrival) stay one meeting, at the time of its
// first row.
//
//   - The open meeting is the one of the last row; a row with another id
//     or day closes it. A closed meeting becomes a record (id, in window, the refs
//     of its attendees if in the window) appended to a buffer that spills
//     to a temporary file past meetingSpillBytes; only a 64-bit
//     fingerprint of its id and start, and one of its id with the first
//     start of that id (to see ids reused), stay in memory.
//   - At the end of the table the records are handed to the builder in
//     order, one at a time. That is the order in which the meetings first
//     appeared, with their attendees in row order: the calls, and so every
//     weight to the last bit, are those of holding all the rows.
//   - A row whose meeting's fingerprint was seen before, on a meeting
//     already closed (or a fingerprint collision), shows that the rows are
//     not grouped: the records are read back into an exact map keyed by id
//     and start, and
//     the rest of the table is read into it, as when every row was held.
//     Memory then grows with the attendee rows again, and the result is
//     the same.
//
// Records are held back until the table ends (rather than handed to the
// builder at once) because a meeting that turns out to go on later must be
// added as one meeting of all its attendees.
type meetingStream struct {
	l      *loader
	seed   maphash.Seed
	closed map[uint64]struct{} // fingerprints of the meetings (id, start) opened so far
	starts map[uint64]int64    // by fingerprint of an id: the start of its first meeting
	reuse  map[uint64]struct{} // fingerprints of the ids found on another day
	reused meetingReuse        // ids found on more than one day

	open   bool
	id     []byte
	at     int64 // the time of the meeting's first row
	day    int64 // the calendar day of at, in the study's zone (dayOf)
	dayAt  int64 // the time dayOf last converted, and its day: rows of
	dayIs  int64 // one meeting mostly share a start
	in     bool
	org    graph.Ref // the organiser, for the event log (hasOrg)
	hasOrg bool
	title  []byte // the title, for the event log
	refs   []graph.Ref
	// The organizer and title cells of the open meeting's first row, as
	// written: a later row of the meeting that writes others is likely
	// another meeting under the same id and day (mixed).
	firstOrg, firstTitle []byte
	// firstLine and firstFile: the open meeting's first row, its line
	// and its file (an index into files, the files of the table read so
	// far), for the warning of rows that differ (mixed).
	firstLine int64
	firstFile int32
	files     []string
	mixed     meetingMixed

	buf     []byte   // records not yet spilled
	spill   *os.File // nil until buf first outgrows meetingSpillBytes
	spillW  *bufio.Writer
	records int64

	exact *meetingSet // non-nil once the rows proved not grouped
}

func newMeetingStream(l *loader) *meetingStream {
	return &meetingStream{l: l, seed: maphash.MakeSeed(), closed: map[uint64]struct{}{}, starts: map[uint64]int64{}, reuse: map[uint64]struct{}{}}
}

// cell is the text of bound column k of row (nil when unbound or empty).
func cell(row []Value, c cols, k int) []byte {
	if row == nil || !c.has(k) {
		return nil
	}
	return bytes.TrimSpace(text(row[c[k]]))
}

// meetingMixed counts the meetings (id and day) whose rows write more than
// one organizer or title, and keeps the first for the warning: two
// meetings under one id on one day (an office numbering its own meetings)
// would otherwise be merged without a word.
type meetingMixed struct {
	n            int64
	id           string
	at           int64
	first, other string // the first row's title (or organizer) and the other
	cell         string // the column of first and other: title or organizer
	known        bool   // first is known (not only its hash)
	file         string // the row that differs
	line         int64
	firstFile    string // the meeting's first row
	firstLine    int64
	last         string // the meeting (id and day) counted last
	lastDay      int64
}

// check notes row of meeting (mid, at) when its organizer or title differs
// from the meeting's first row (org, title; the open meeting's of m).
func (x *meetingMixed) check(m *meetingStream, mid []byte, at int64, org, title []byte, row []Value, c cols) {
	o, t := cell(row, c, 3), cell(row, c, 4)
	switch {
	case !bytes.Equal(t, title):
		x.note(m, mid, at, "title", title, t, m.firstFile, m.firstLine)
	case !bytes.Equal(o, org):
		x.note(m, mid, at, "organizer", org, o, m.firstFile, m.firstLine)
	}
}

// note counts meeting (mid, at) once as one whose rows differ: first is
// the first row's cell of column col (nil when only its hash was kept)
// and other the differing one, the row being read; the first row is at
// line firstLine of the file of index firstFile (in m.files).
func (x *meetingMixed) note(m *meetingStream, mid []byte, at int64, col string, first, other []byte, firstFile int32, firstLine int64) {
	day := m.dayOf(at)
	if x.last == string(mid) && x.lastDay == day {
		return // this meeting is counted
	}
	x.last, x.lastDay = string(mid), day
	if x.n == 0 {
		x.id, x.at, x.cell, x.first, x.other = string(mid), at, col, string(first), string(other)
		x.known = first != nil
		x.file, x.line = m.l.s.displayName(m.l.cur.Path), m.l.line
		x.firstFile, x.firstLine = m.l.s.displayName(m.files[firstFile]), firstLine
	}
	x.n++
}

// fileIndex is the index in files of the file being read, added when it
// is new: called once a meeting (at its first row), not once a row.
func (m *meetingStream) fileIndex() int32 {
	if n := len(m.files); n == 0 || m.files[n-1] != m.l.cur.Path {
		m.files = append(m.files, m.l.cur.Path)
	}
	return int32(len(m.files) - 1)
}

// cellsHash is the hash of a row's organizer and title cells.
func (m *meetingStream) cellsHash(org, title []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(m.seed)
	h.Write(org)
	h.WriteByte(0)
	h.Write(title)
	return h.Sum64()
}

// meetingReuse counts the ids found on more than one day and keeps the
// first for the warning.
type meetingReuse struct {
	n        int64
	id       string
	from, to int64 // the first start of the id, and the other
	file     string
	line     int64
}

// dayOf is the calendar day (days since 1970-01-01) of the time at in the
// study's zone: a meeting is its id and the day of its start.
func (m *meetingStream) dayOf(at int64) int64 {
	if at == m.dayAt && m.dayAt != 0 {
		return m.dayIs
	}
	m.dayAt, m.dayIs = at, calendarDay(at, m.loc())
	return m.dayIs
}

// loc is the study's time zone (UTC without a study, in tests).
func (m *meetingStream) loc() *time.Location {
	if m.l.s != nil && m.l.s.Loc != nil {
		return m.l.s.Loc
	}
	return time.UTC
}

// calendarDay is the calendar day (days since 1970-01-01) of at in loc.
func calendarDay(at int64, loc *time.Location) int64 {
	y, mo, d := time.Unix(at, 0).In(loc).Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// fingerprint is the 64-bit hash of a meeting: its id and the day of its
// start.
func (m *meetingStream) fingerprint(mid []byte, day int64) uint64 {
	var h maphash.Hash
	h.SetSeed(m.seed)
	h.Write(mid)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(day))
	h.Write(b[:])
	return h.Sum64()
}

// newMeeting notes a meeting (mid, day) met for the first time, its
// first row read at time at, and whether its id named a meeting on
// another day before.
func (m *meetingStream) newMeeting(mid []byte, at, day int64) {
	fp := maphash.Bytes(m.seed, mid)
	first, seen := m.starts[fp]
	if !seen {
		m.starts[fp] = at // 16 bytes an id; the day of first is found again when needed (rarely)
		return
	}
	if _, done := m.reuse[fp]; done || calendarDay(first, m.loc()) == day {
		return
	}
	m.reuse[fp] = struct{}{}
	if m.reused.n == 0 {
		m.reused = meetingReuse{id: string(mid), from: first, to: at, file: m.l.s.displayName(m.l.cur.Path), line: m.l.line}
	}
	m.reused.n++
}

type meeting struct {
	// a hash of the organizer and title cells of its first row (see
	// meetingMixed): 8 bytes a meeting, not the cells
	firstCells uint64
	refs       []graph.Ref
	at         int64 // the time of the first row
	in         bool
	hasOrg     bool
	// file and line: its first row (file an index into meetingStream's
	// files), for meetingMixed; the fields are ordered so that the
	// struct is no larger for them than it was without them (96 bytes)
	file  int32
	line  int64
	id    string // the id, organiser and title are kept for the event log
	org   graph.Ref
	title string
}

// meetingSet holds every meeting, by id and start, in the order they
// first appeared.
type meetingSet struct {
	idx  map[string]int32
	list []meeting
	key  []byte
}

// add adds an attendee of meeting mid, read at time at from row, to the
// set; the meeting is in the window when its first row is, and its
// organiser and title are those of its first row.
func (m *meetingSet) add(s *meetingStream, mid []byte, at int64, ref graph.Ref, row []Value, c cols) {
	l := s.l
	day := s.dayOf(at)
	mt, fresh := m.meeting(mid, day, at, l.win.Contains(at))
	if fresh {
		s.newMeeting(mid, at, day)
		mt.firstCells = s.cellsHash(cell(row, c, 3), cell(row, c, 4))
		mt.file, mt.line = s.fileIndex(), l.line
	} else if o, t := cell(row, c, 3), cell(row, c, 4); s.cellsHash(o, t) != mt.firstCells {
		other, col := t, "title"
		if len(other) == 0 {
			other, col = o, "organizer"
		}
		s.mixed.note(s, mid, at, col, nil, other, mt.file, mt.line)
	}
	if fresh && l.opt.Events != nil {
		var title []byte
		mt.id = string(mid)
		mt.org, mt.hasOrg, title = l.meetingMeta(row, c, at)
		mt.title = string(title)
	}
	if !mt.in {
		l.cur.OutOfWindow++
		return
	}
	mt.refs = append(mt.refs, ref)
}

// meeting returns meeting mid of day day, made with start at and
// in-window in when it is new (fresh).
func (m *meetingSet) meeting(mid []byte, day, at int64, in bool) (mt *meeting, fresh bool) {
	m.key = binary.LittleEndian.AppendUint64(append(m.key[:0], mid...), uint64(day))
	i, ok := m.idx[string(m.key)]
	if !ok {
		i = int32(len(m.list))
		m.idx[string(m.key)] = i
		m.list = append(m.list, meeting{at: at, in: in})
	}
	return &m.list[i], !ok
}

// add takes one good row of the meetings table: meeting mid, read at
// time at, attendee ref.
func (m *meetingStream) add(mid []byte, at int64, ref graph.Ref, row []Value, c cols) error {
	if m.exact != nil {
		m.exact.add(m, mid, at, ref, row, c)
		return nil
	}
	day := m.dayOf(at)
	if !m.open || !bytes.Equal(mid, m.id) || day != m.day {
		if err := m.close(); err != nil {
			return err
		}
		fp := m.fingerprint(mid, day)
		if _, seen := m.closed[fp]; seen {
			if err := m.toExact(); err != nil {
				return err
			}
			m.exact.add(m, mid, at, ref, row, c)
			return nil
		}
		m.closed[fp] = struct{}{}
		m.newMeeting(mid, at, day)
		m.open, m.id, m.at, m.day, m.in, m.refs = true, append(m.id[:0], mid...), at, day, m.l.win.Contains(at), m.refs[:0]
		m.firstOrg, m.firstTitle = append(m.firstOrg[:0], cell(row, c, 3)...), append(m.firstTitle[:0], cell(row, c, 4)...)
		m.firstFile, m.firstLine = m.fileIndex(), m.l.line
		var title []byte
		m.org, m.hasOrg, title = m.l.meetingMeta(row, c, at)
		m.title = append(m.title[:0], title...)
	} else {
		m.mixed.check(m, mid, at, m.firstOrg, m.firstTitle, row, c)
	}
	if !m.in {
		m.l.cur.OutOfWindow++
		return nil
	}
	m.refs = append(m.refs, ref)
	return nil
}

// close turns the open meeting into a record.
func (m *meetingStream) close() error {
	if !m.open {
		return nil
	}
	m.open = false
	m.buf = binary.AppendUvarint(m.buf, uint64(len(m.id)))
	m.buf = append(m.buf, m.id...)
	m.buf = binary.AppendVarint(m.buf, m.at)
	flags := byte(0)
	if m.in {
		flags |= 1
	}
	if m.hasOrg {
		flags |= 2
	}
	m.buf = append(m.buf, flags)
	if m.hasOrg {
		m.buf = binary.LittleEndian.AppendUint32(m.buf, uint32(m.org.Unit))
		m.buf = binary.LittleEndian.AppendUint32(m.buf, uint32(m.org.Person))
	}
	m.buf = binary.AppendUvarint(m.buf, uint64(len(m.title)))
	m.buf = append(m.buf, m.title...)
	for _, b := range [][]byte{m.firstOrg, m.firstTitle} {
		m.buf = binary.AppendUvarint(m.buf, uint64(len(b)))
		m.buf = append(m.buf, b...)
	}
	m.buf = binary.AppendUvarint(m.buf, uint64(m.firstFile))
	m.buf = binary.AppendUvarint(m.buf, uint64(m.firstLine))
	m.buf = binary.AppendUvarint(m.buf, uint64(len(m.refs)))
	for _, r := range m.refs {
		m.buf = binary.LittleEndian.AppendUint32(m.buf, uint32(r.Unit))
		m.buf = binary.LittleEndian.AppendUint32(m.buf, uint32(r.Person))
	}
	m.records++
	if len(m.buf) <= meetingSpillBytes {
		return nil
	}
	if m.spill == nil {
		f, err := os.CreateTemp("", "sekat-meetings-*.bin")
		if err != nil {
			// No room for a spill: hold the meetings in memory instead,
			// with the same result.
			return nil
		}
		m.spill, m.spillW = f, bufio.NewWriterSize(f, 1<<20)
	}
	if _, err := m.spillW.Write(m.buf); err != nil {
		return fmt.Errorf("ingest: meetings: writing the temporary file %s: %w; free space in the temporary folder (TMPDIR) or group the meetings table's rows by meeting_id", m.spill.Name(), err)
	}
	m.buf = m.buf[:0]
	return nil
}

// meetingRecord is a closed meeting as each reads it back.
type meetingRecord struct {
	id     []byte
	at     int64
	in     bool
	org    graph.Ref
	hasOrg bool
	title  []byte
	// the organizer and title cells of its first row (meetingMixed)
	firstOrg, firstTitle []byte
	// the file (an index into meetingStream's files) and line of its
	// first row (meetingMixed)
	file int32
	line int64
	refs []graph.Ref
}

// each calls fn for every record, in the order they were made. The record
// and its slices are reused between calls.
func (m *meetingStream) each(fn func(rec *meetingRecord) error) error {
	var n int64
	var rec meetingRecord
	read := func(r *bufio.Reader) error {
		for {
			if n%1024 == 0 {
				if err := m.l.ctx.Err(); err != nil {
					return err
				}
			}
			k, err := binary.ReadUvarint(r)
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			if k > 1<<30 {
				return fmt.Errorf("a meeting id of %d bytes", k)
			}
			if rec.id, err = readBytes(r, rec.id, k); err != nil {
				return err
			}
			if rec.at, err = binary.ReadVarint(r); err != nil {
				return err
			}
			flags, err := r.ReadByte()
			if err != nil {
				return err
			}
			rec.in, rec.hasOrg = flags&1 != 0, flags&2 != 0
			var b [8]byte
			if rec.hasOrg {
				if _, err := io.ReadFull(r, b[:]); err != nil {
					return err
				}
				rec.org = graph.Ref{Unit: int32(binary.LittleEndian.Uint32(b[:4])), Person: int32(binary.LittleEndian.Uint32(b[4:]))}
			}
			t, err := binary.ReadUvarint(r)
			if err != nil {
				return err
			}
			if t > 1<<30 {
				return fmt.Errorf("a meeting title of %d bytes", t)
			}
			if rec.title, err = readBytes(r, rec.title, t); err != nil {
				return err
			}
			for _, p := range []*[]byte{&rec.firstOrg, &rec.firstTitle} {
				k, err := binary.ReadUvarint(r)
				if err != nil {
					return err
				}
				if k > 1<<30 {
					return fmt.Errorf("a meeting cell of %d bytes", k)
				}
				if *p, err = readBytes(r, *p, k); err != nil {
					return err
				}
			}
			f, err := binary.ReadUvarint(r)
			if err != nil {
				return err
			}
			if f >= uint64(len(m.files)) {
				return fmt.Errorf("a meeting of file %d of %d", f, len(m.files))
			}
			line, err := binary.ReadUvarint(r)
			if err != nil {
				return err
			}
			rec.file, rec.line = int32(f), int64(line)
			c, err := binary.ReadUvarint(r)
			if err != nil {
				return err
			}
			rec.refs = rec.refs[:0]
			for range c {
				if _, err := io.ReadFull(r, b[:]); err != nil {
					return err
				}
				rec.refs = append(rec.refs, graph.Ref{Unit: int32(binary.LittleEndian.Uint32(b[:4])), Person: int32(binary.LittleEndian.Uint32(b[4:]))})
			}
			n++
			if err := fn(&rec); err != nil {
				return err
			}
		}
	}
	if m.spill != nil {
		if err := m.spillW.Flush(); err != nil {
			return fmt.Errorf("ingest: meetings: writing the temporary file %s: %w; free space in the temporary folder (TMPDIR)", m.spill.Name(), err)
		}
		if _, err := m.spill.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("ingest: meetings: reading the temporary file %s back: %w; check the temporary folder (TMPDIR)", m.spill.Name(), err)
		}
		if err := read(bufio.NewReaderSize(m.spill, 1<<20)); err != nil {
			if cerr := m.l.ctx.Err(); cerr != nil {
				return cerr
			}
			return fmt.Errorf("ingest: meetings: reading the temporary file %s back: %w; check the temporary folder (TMPDIR)", m.spill.Name(), err)
		}
	}
	if err := read(bufio.NewReader(bytes.NewReader(m.buf))); err != nil {
		if cerr := m.l.ctx.Err(); cerr != nil {
			return cerr
		}
		return fmt.Errorf("ingest: meetings: reading the held meetings back: %w; this is a bug, please report it", err)
	}
	if n != m.records {
		return fmt.Errorf("ingest: meetings: read back %d meetings of %d; check the temporary folder (TMPDIR)", n, m.records)
	}
	return nil
}

// toExact reads the records back into an exact map by id: the rows are
// not grouped by meeting.
func (m *meetingStream) toExact() error {
	x := &meetingSet{idx: map[string]int32{}}
	err := m.each(func(rec *meetingRecord) error {
		mt, fresh := x.meeting(rec.id, m.dayOf(rec.at), rec.at, rec.in)
		if fresh {
			mt.firstCells = m.cellsHash(rec.firstOrg, rec.firstTitle)
			mt.file, mt.line = rec.file, rec.line
		}
		if fresh && m.l.opt.Events != nil {
			mt.id, mt.org, mt.hasOrg, mt.title = string(rec.id), rec.org, rec.hasOrg, string(rec.title)
		}
		mt.refs = append(mt.refs, rec.refs...)
		return nil
	})
	if err != nil {
		return err
	}
	m.discard()
	m.exact, m.closed, m.refs, m.id = x, nil, nil, nil
	return nil
}

// finish hands every meeting of the window to the builder, in the order
// they first appeared, and warns of ids found on more than one day.
func (m *meetingStream) finish() error {
	if r := m.reused; r.n > 0 {
		m.l.warn(Warning{Code: WarnMeetingIDReused, Table: Meetings.String(), File: r.file, Line: r.line, Column: m.l.s.columnShown(Meetings, "meeting_id"),
			Count: r.n, Value: r.id, From: r.from, To: r.to})
	}
	if x := m.mixed; x.n > 0 {
		m.l.warn(Warning{Code: WarnMeetingMixed, Table: Meetings.String(), File: x.file, Line: x.line, Column: m.l.s.columnShown(Meetings, "meeting_id"),
			Count: x.n, Value: x.id, From: x.at, Reason: x.first, Other: x.other, Cell: x.cell, OtherFile: x.firstFile, OtherLine: x.firstLine})
	}
	if x := m.exact; x != nil {
		for i := range x.list {
			if i%1024 == 0 {
				if err := m.l.ctx.Err(); err != nil {
					return err
				}
			}
			if mt := &x.list[i]; mt.in {
				m.give(mt.at, mt.refs)
				if ev := m.l.opt.Events; ev != nil {
					ev.Meeting(mt.id, mt.at, orgRef(mt.org, mt.hasOrg), mt.title, mt.refs)
				}
			}
		}
		return nil
	}
	if err := m.close(); err != nil {
		return err
	}
	return m.each(func(rec *meetingRecord) error {
		if rec.in {
			m.give(rec.at, rec.refs)
			if ev := m.l.opt.Events; ev != nil {
				ev.Meeting(string(rec.id), rec.at, orgRef(rec.org, rec.hasOrg), string(rec.title), rec.refs)
			}
		}
		return nil
	})
}

// give hands one meeting of the window to the builder, at its start (for
// the time blocks).
func (m *meetingStream) give(at int64, refs []graph.Ref) {
	m.l.b.At(at)
	m.l.b.Meeting(refs)
}

// orgRef is the event log's organiser: nil when none was known.
func orgRef(org graph.Ref, has bool) *graph.Ref {
	if !has {
		return nil
	}
	return &org
}

// readBytes reads k bytes from r into buf, grown when needed.
func readBytes(r *bufio.Reader, buf []byte, k uint64) ([]byte, error) {
	if uint64(cap(buf)) < k {
		buf = make([]byte, k)
	}
	buf = buf[:k]
	_, err := io.ReadFull(r, buf)
	return buf, err
}

// discard drops the records and removes the temporary file.
func (m *meetingStream) discard() {
	if m.spill != nil {
		m.spill.Close()
		os.Remove(m.spill.Name())
		m.spill, m.spillW = nil, nil
	}
	m.buf, m.records = nil, 0
}
