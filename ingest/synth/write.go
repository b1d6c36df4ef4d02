package synth

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/parquet-go/parquet-go"
)

// Column kinds. Times and dates are held as wall seconds (see calendar);
// a date or time of 0 with null set is an absent value.
type colKind uint8

const (
	colString colKind = iota
	colTime           // YYYY-MM-DD HH:MM:SS, or a Parquet TIMESTAMP instant
	colDate           // YYYY-MM-DD, or a Parquet DATE; may be absent
	colInt
)

// column is one column of a table.
type column struct {
	name string
	kind colKind
}

// schemas gives each table's columns in the order they are written.
var schemas = map[string][]column{
	TableUnits: {{"unit_id", colString}, {"name", colString}, {"sector", colString},
		{"parent_id", colString}, {"kind", colString}},
	TablePeople: {{"person_id", colString}, {"unit_id", colString}, {"name", colString},
		{"position", colString}, {"valid_from", colDate}, {"valid_to", colDate}},
	TableCorrespondence: {{"message_id", colString}, {"sent_at", colTime}, {"sender", colString},
		{"recipients", colString}, {"cc", colString}, {"kind", colString}, {"in_reply_to", colString}},
	TableMeetings: {{"meeting_id", colString}, {"start", colTime}, {"attendee", colString},
		{"organizer", colString}, {"title", colString}},
	TableDataSharing: {{"at", colTime}, {"provider", colString}, {"consumer", colString},
		{"dataset", colString}, {"status", colString}, {"records", colInt}},
}

// value is one cell. For colTime and colDate n holds wall seconds and null
// marks an absent date; for colInt n holds the number.
type value struct {
	s    string
	n    int64
	null bool
}

func str(s string) value { return value{s: s} }
func num(n int64) value  { return value{n: n} }

// rowWriter writes the rows of one table.
type rowWriter interface {
	write(row []value) error
	close() error // flushes; the file itself is closed by the caller
}

// atomicFile is a file written under a temporary name and renamed into
// place by commit, so a failed run leaves no half-written table.
type atomicFile struct {
	f    *os.File
	path string
	bw   *bufio.Writer
	gz   *gzip.Writer
	w    io.Writer
}

func createAtomic(dir, name string, gz bool) (*atomicFile, error) {
	f, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	a := &atomicFile{f: f, path: filepath.Join(dir, name), bw: bufio.NewWriterSize(f, 1<<16)}
	a.w = a.bw
	if gz {
		// A zero header (no name, no time) keeps the bytes reproducible.
		a.gz, _ = gzip.NewWriterLevel(a.bw, gzip.DefaultCompression)
		a.w = a.gz
	}
	return a, nil
}

// commit flushes, syncs and renames the file into place.
func (a *atomicFile) commit() error {
	if a.gz != nil {
		if err := a.gz.Close(); err != nil {
			a.abort()
			return fmt.Errorf("synth: %s: %w", a.path, err)
		}
	}
	if err := a.bw.Flush(); err != nil {
		a.abort()
		return fmt.Errorf("synth: %s: %w", a.path, err)
	}
	if err := a.f.Chmod(0o644); err != nil {
		a.abort()
		return fmt.Errorf("synth: %s: %w", a.path, err)
	}
	if err := a.f.Close(); err != nil {
		os.Remove(a.f.Name())
		return fmt.Errorf("synth: %s: %w", a.path, err)
	}
	if err := os.Rename(a.f.Name(), a.path); err != nil {
		os.Remove(a.f.Name())
		return fmt.Errorf("synth: %w", err)
	}
	return nil
}

// abort removes the temporary file.
func (a *atomicFile) abort() {
	a.f.Close()
	os.Remove(a.f.Name())
}

// newRowWriter returns the writer of table into w in format f.
func newRowWriter(w io.Writer, table string, f Format) (rowWriter, error) {
	cols := schemas[table]
	switch f.Kind {
	case KindCSV, KindTSV:
		return newDelimWriter(w, cols, f)
	case KindNDJSON:
		return &ndjsonWriter{w: w, cols: cols}, nil
	case KindParquet:
		return newParquetWriter(w, table, f.TimesAsStrings), nil
	}
	return nil, fmt.Errorf("%w: unknown format %q", ErrOptions, f.Kind)
}

// appendCell appends the text form of v.
func appendCell(b []byte, c column, v value) []byte {
	switch c.kind {
	case colTime:
		return time.Unix(v.n, 0).UTC().AppendFormat(b, time.DateTime)
	case colDate:
		if v.null {
			return b
		}
		return time.Unix(v.n, 0).UTC().AppendFormat(b, time.DateOnly)
	case colInt:
		return strconv.AppendInt(b, v.n, 10)
	}
	return append(b, v.s...)
}

// delimWriter writes CSV or TSV: a header line, then one record a line.
// A field is quoted when it holds the delimiter, a double quote, CR or LF;
// quotes inside are doubled (RFC 4180).
type delimWriter struct {
	w     io.Writer
	cols  []column
	delim byte
	eol   string
	buf   []byte
	cell  []byte
}

func newDelimWriter(w io.Writer, cols []column, f Format) (*delimWriter, error) {
	d := &delimWriter{w: w, cols: cols, delim: f.Delimiter, eol: "\n"}
	if f.CRLF {
		d.eol = "\r\n"
	}
	if f.BOM {
		d.buf = append(d.buf, 0xEF, 0xBB, 0xBF)
	}
	for i, c := range cols {
		if i > 0 {
			d.buf = append(d.buf, d.delim)
		}
		d.buf = append(d.buf, c.name...)
	}
	d.buf = append(d.buf, d.eol...)
	return d, nil
}

func (d *delimWriter) write(row []value) error {
	for i, c := range d.cols {
		if i > 0 {
			d.buf = append(d.buf, d.delim)
		}
		d.cell = appendCell(d.cell[:0], c, row[i])
		if needsQuote(d.cell, d.delim) {
			d.buf = append(d.buf, '"')
			for _, ch := range d.cell {
				if ch == '"' {
					d.buf = append(d.buf, '"')
				}
				d.buf = append(d.buf, ch)
			}
			d.buf = append(d.buf, '"')
		} else {
			d.buf = append(d.buf, d.cell...)
		}
	}
	d.buf = append(d.buf, d.eol...)
	if len(d.buf) >= 1<<15 {
		return d.flush()
	}
	return nil
}

func (d *delimWriter) flush() error {
	_, err := d.w.Write(d.buf)
	d.buf = d.buf[:0]
	return err
}

func (d *delimWriter) close() error { return d.flush() }

func needsQuote(b []byte, delim byte) bool {
	for _, c := range b {
		if c == delim || c == '"' || c == '\r' || c == '\n' {
			return true
		}
	}
	return false
}

// ndjsonWriter writes one JSON object a line with the columns in order;
// times and dates are strings, an absent date is "", records a number.
type ndjsonWriter struct {
	w    io.Writer
	cols []column
	buf  []byte
	cell []byte
}

func (n *ndjsonWriter) write(row []value) error {
	n.buf = append(n.buf, '{')
	for i, c := range n.cols {
		if i > 0 {
			n.buf = append(n.buf, ',')
		}
		n.buf = appendJSONString(n.buf, c.name)
		n.buf = append(n.buf, ':')
		n.cell = appendCell(n.cell[:0], c, row[i])
		if c.kind == colInt {
			n.buf = append(n.buf, n.cell...)
		} else {
			n.buf = appendJSONString(n.buf, string(n.cell))
		}
	}
	n.buf = append(n.buf, '}', '\n')
	if len(n.buf) >= 1<<15 {
		return n.flush()
	}
	return nil
}

func (n *ndjsonWriter) flush() error {
	_, err := n.w.Write(n.buf)
	n.buf = n.buf[:0]
	return err
}

func (n *ndjsonWriter) close() error { return n.flush() }

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, invalid UTF-8 replaced by U+FFFD, everything
// else (HTML characters, emoji) written as is.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\ufffd"...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// Parquet row types. Id columns are dictionary-encoded; the files are
// zstd-compressed. The *Str variants hold times as strings
// (Format.TimesAsStrings); the others hold TIMESTAMP(MILLIS, UTC-adjusted)
// instants and DATE days, with an absent date as null.
type (
	pqUnit struct {
		UnitID   string `parquet:"unit_id,dict"`
		Name     string `parquet:"name"`
		Sector   string `parquet:"sector,dict"`
		ParentID string `parquet:"parent_id,dict"`
		Kind     string `parquet:"kind,dict"`
	}
	pqPerson struct {
		PersonID  string `parquet:"person_id"`
		UnitID    string `parquet:"unit_id,dict"`
		Name      string `parquet:"name"`
		Position  string `parquet:"position,dict"`
		ValidFrom *int32 `parquet:"valid_from,date"`
		ValidTo   *int32 `parquet:"valid_to,date"`
	}
	pqPersonStr struct {
		PersonID  string `parquet:"person_id"`
		UnitID    string `parquet:"unit_id,dict"`
		Name      string `parquet:"name"`
		Position  string `parquet:"position,dict"`
		ValidFrom string `parquet:"valid_from"`
		ValidTo   string `parquet:"valid_to"`
	}
	pqLetter struct {
		MessageID  string `parquet:"message_id"`
		SentAt     int64  `parquet:"sent_at,timestamp(millisecond:utc)"`
		Sender     string `parquet:"sender,dict"`
		Recipients string `parquet:"recipients,dict"`
		Cc         string `parquet:"cc,dict"`
		Kind       string `parquet:"kind,dict"`
		InReplyTo  string `parquet:"in_reply_to"`
	}
	pqLetterStr struct {
		MessageID  string `parquet:"message_id"`
		SentAt     string `parquet:"sent_at"`
		Sender     string `parquet:"sender,dict"`
		Recipients string `parquet:"recipients,dict"`
		Cc         string `parquet:"cc,dict"`
		Kind       string `parquet:"kind,dict"`
		InReplyTo  string `parquet:"in_reply_to"`
	}
	pqMeeting struct {
		MeetingID string `parquet:"meeting_id,dict"`
		Start     int64  `parquet:"start,timestamp(millisecond:utc)"`
		Attendee  string `parquet:"attendee,dict"`
		Organizer string `parquet:"organizer,dict"`
		Title     string `parquet:"title,dict"`
	}
	pqMeetingStr struct {
		MeetingID string `parquet:"meeting_id,dict"`
		Start     string `parquet:"start"`
		Attendee  string `parquet:"attendee,dict"`
		Organizer string `parquet:"organizer,dict"`
		Title     string `parquet:"title,dict"`
	}
	pqShare struct {
		At       int64  `parquet:"at,timestamp(millisecond:utc)"`
		Provider string `parquet:"provider,dict"`
		Consumer string `parquet:"consumer,dict"`
		Dataset  string `parquet:"dataset,dict"`
		Status   string `parquet:"status,dict"`
		Records  int64  `parquet:"records"`
	}
	pqShareStr struct {
		At       string `parquet:"at"`
		Provider string `parquet:"provider,dict"`
		Consumer string `parquet:"consumer,dict"`
		Dataset  string `parquet:"dataset,dict"`
		Status   string `parquet:"status,dict"`
		Records  int64  `parquet:"records"`
	}
)

// instantMillis converts wall seconds to Unix milliseconds of the instant.
func instantMillis(wall int64) int64 { return (wall - wibOffset) * 1000 }

// epochDay converts wall seconds to days since 1970-01-01.
func epochDay(v value) *int32 {
	if v.null {
		return nil
	}
	d := int32(v.n / 86400)
	return &d
}

func wallString(v value) string { return string(appendCell(nil, column{kind: colTime}, v)) }
func dateString(v value) string { return string(appendCell(nil, column{kind: colDate}, v)) }

// parquetRowGroup is the most rows a row group holds; it also bounds the
// writer's memory.
const parquetRowGroup = 1 << 20

// pqWriter buffers rows of type T and hands them to parquet-go in batches.
type pqWriter[T any] struct {
	w    *parquet.GenericWriter[T]
	conv func([]value) T
	buf  []T
}

func newPQ[T any](w io.Writer, conv func([]value) T) *pqWriter[T] {
	return &pqWriter[T]{
		w: parquet.NewGenericWriter[T](w,
			parquet.Compression(&parquet.Zstd),
			parquet.MaxRowsPerRowGroup(parquetRowGroup),
			parquet.DictionaryMaxBytes(16<<20),
			parquet.CreatedBy("sekat-synth", "1", ""),
		),
		conv: conv,
		buf:  make([]T, 0, 4096),
	}
}

func (p *pqWriter[T]) write(row []value) error {
	p.buf = append(p.buf, p.conv(row))
	if len(p.buf) == cap(p.buf) {
		return p.flush()
	}
	return nil
}

func (p *pqWriter[T]) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.w.Write(p.buf)
	clear(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *pqWriter[T]) close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}

func newParquetWriter(w io.Writer, table string, asStrings bool) rowWriter {
	switch table {
	case TableUnits:
		return newPQ(w, func(v []value) pqUnit { return pqUnit{v[0].s, v[1].s, v[2].s, v[3].s, v[4].s} })
	case TablePeople:
		if asStrings {
			return newPQ(w, func(v []value) pqPersonStr {
				return pqPersonStr{v[0].s, v[1].s, v[2].s, v[3].s, dateString(v[4]), dateString(v[5])}
			})
		}
		return newPQ(w, func(v []value) pqPerson {
			return pqPerson{v[0].s, v[1].s, v[2].s, v[3].s, epochDay(v[4]), epochDay(v[5])}
		})
	case TableCorrespondence:
		if asStrings {
			return newPQ(w, func(v []value) pqLetterStr {
				return pqLetterStr{v[0].s, wallString(v[1]), v[2].s, v[3].s, v[4].s, v[5].s, v[6].s}
			})
		}
		return newPQ(w, func(v []value) pqLetter {
			return pqLetter{v[0].s, instantMillis(v[1].n), v[2].s, v[3].s, v[4].s, v[5].s, v[6].s}
		})
	case TableMeetings:
		if asStrings {
			return newPQ(w, func(v []value) pqMeetingStr {
				return pqMeetingStr{v[0].s, wallString(v[1]), v[2].s, v[3].s, v[4].s}
			})
		}
		return newPQ(w, func(v []value) pqMeeting {
			return pqMeeting{v[0].s, instantMillis(v[1].n), v[2].s, v[3].s, v[4].s}
		})
	}
	if asStrings {
		return newPQ(w, func(v []value) pqShareStr {
			return pqShareStr{wallString(v[0]), v[1].s, v[2].s, v[3].s, v[4].s, v[5].n}
		})
	}
	return newPQ(w, func(v []value) pqShare {
		return pqShare{instantMillis(v[0].n), v[1].s, v[2].s, v[3].s, v[4].s, v[5].n}
	})
}
