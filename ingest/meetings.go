package ingest

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"io"
	"os"

	"github.com/sekat-ona/sekat/graph"
)

// meetingSpillBytes is how many bytes of closed meetings are held in
// memory before they go to a temporary file; a variable so that tests can
// make every meeting spill.
var meetingSpillBytes = 8 << 20

// meetingStream groups the meetings table's rows (one per attendee) into
// meetings without holding the attendee rows in memory, when the rows of
// each meeting come together, as exports write them:
//
//   - The open meeting is the one of the last row; a row with another id
//     closes it. A closed meeting becomes a record (id, in window, the refs
//     of its attendees if in the window) appended to a buffer that spills
//     to a temporary file past meetingSpillBytes; only a 64-bit
//     fingerprint of its id stays in memory.
//   - At the end of the table the records are handed to the builder in
//     order, one at a time. That is the order in which the meetings first
//     appeared, with their attendees in row order: the calls, and so every
//     weight to the last bit, are those of holding all the rows.
//   - A row whose id's fingerprint was seen before, on a meeting already
//     closed (or a fingerprint collision), shows that the rows are not
//     grouped: the records are read back into an exact map keyed by id and
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
	closed map[uint64]struct{} // fingerprints of the meetings opened so far

	open bool
	id   []byte
	in   bool
	refs []graph.Ref

	buf     []byte   // records not yet spilled
	spill   *os.File // nil until buf first outgrows meetingSpillBytes
	spillW  *bufio.Writer
	records int64

	exact *meetingSet // non-nil once the rows proved not grouped
}

func newMeetingStream(l *loader) *meetingStream {
	return &meetingStream{l: l, seed: maphash.MakeSeed(), closed: map[uint64]struct{}{}}
}

type meeting struct {
	refs []graph.Ref
	in   bool
}

// meetingSet holds every meeting, by id, in the order they first appeared.
type meetingSet struct {
	idx  map[string]int32
	list []meeting
}

// add adds an attendee of meeting mid, read at time at, to the set;
// the meeting is in the window when its first row is.
func (m *meetingSet) add(l *loader, mid []byte, at int64, ref graph.Ref) {
	mt := m.meeting(mid, l.win.Contains(at))
	if !mt.in {
		l.cur.OutOfWindow++
		return
	}
	mt.refs = append(mt.refs, ref)
}

func (m *meetingSet) meeting(mid []byte, in bool) *meeting {
	i, ok := m.idx[string(mid)]
	if !ok {
		i = int32(len(m.list))
		m.idx[string(mid)] = i
		m.list = append(m.list, meeting{in: in})
	}
	return &m.list[i]
}

// add takes one good row of the meetings table.
func (m *meetingStream) add(mid []byte, at int64, ref graph.Ref) error {
	if m.exact != nil {
		m.exact.add(m.l, mid, at, ref)
		return nil
	}
	if !m.open || !bytes.Equal(mid, m.id) {
		if err := m.close(); err != nil {
			return err
		}
		fp := maphash.Bytes(m.seed, mid)
		if _, seen := m.closed[fp]; seen {
			if err := m.toExact(); err != nil {
				return err
			}
			m.exact.add(m.l, mid, at, ref)
			return nil
		}
		m.closed[fp] = struct{}{}
		m.open, m.id, m.in, m.refs = true, append(m.id[:0], mid...), m.l.win.Contains(at), m.refs[:0]
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
	in := byte(0)
	if m.in {
		in = 1
	}
	m.buf = append(m.buf, in)
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

// each calls fn for every record, in the order they were made. The refs
// slice is reused between calls.
func (m *meetingStream) each(fn func(id []byte, in bool, refs []graph.Ref) error) error {
	var n int64
	var id []byte
	var refs []graph.Ref
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
			if uint64(cap(id)) < k {
				id = make([]byte, k)
			}
			id = id[:k]
			if _, err := io.ReadFull(r, id); err != nil {
				return err
			}
			in, err := r.ReadByte()
			if err != nil {
				return err
			}
			c, err := binary.ReadUvarint(r)
			if err != nil {
				return err
			}
			refs = refs[:0]
			var b [8]byte
			for range c {
				if _, err := io.ReadFull(r, b[:]); err != nil {
					return err
				}
				refs = append(refs, graph.Ref{Unit: int32(binary.LittleEndian.Uint32(b[:4])), Person: int32(binary.LittleEndian.Uint32(b[4:]))})
			}
			n++
			if err := fn(id, in == 1, refs); err != nil {
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
	err := m.each(func(id []byte, in bool, refs []graph.Ref) error {
		mt := x.meeting(id, in)
		mt.refs = append(mt.refs, refs...)
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
// they first appeared.
func (m *meetingStream) finish() error {
	if x := m.exact; x != nil {
		for i := range x.list {
			if i%1024 == 0 {
				if err := m.l.ctx.Err(); err != nil {
					return err
				}
			}
			if mt := &x.list[i]; mt.in {
				m.l.b.Meeting(mt.refs)
			}
		}
		return nil
	}
	if err := m.close(); err != nil {
		return err
	}
	return m.each(func(_ []byte, in bool, refs []graph.Ref) error {
		if in {
			m.l.b.Meeting(refs)
		}
		return nil
	})
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
