package ingest

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// csvSource reads CSV and TSV (RFC 4180 with the usual relaxations) without
// allocating per record. Fields are sub-slices of the read buffer; quoted
// fields are unescaped ("" -> ", CRLF -> LF) into a scratch buffer that is
// reused for every record. Field positions are kept as offsets until the
// record is complete, so refilling or growing the buffer mid-record is
// safe (the record is then scanned again from its start).
//
// Rules:
//   - LF and CRLF end records; a final record without a newline is read.
//   - Empty lines are skipped but counted for line numbers.
//   - A quote starts a quoted field only as the field's first byte; a quote
//     inside an unquoted field is text (Excel writes those).
//   - Text after the closing quote of a quoted field, and a quoted field
//     still open at the end of the file, are ErrMalformed row errors; the
//     reader resynchronises at the next newline (resp. the end of file).
//   - Every record must have as many fields as the header (ErrFieldCount).
//   - Bound fields must be valid UTF-8 (ErrInvalidUTF8); an empty field,
//     quoted or not, is Null. Values are not trimmed.
type csvSource struct {
	name string
	srcCloser
	b       srcBuf
	delim   byte
	cols    []string
	want    []int
	bound   bool
	fields  []csvField // positions of the current record's fields
	nf      int        // number of fields in the current record (may exceed len(fields))
	store   int        // most fields stored per record
	scratch []byte
	line    int64 // physical line of the next unread byte
	rows    int64
	// results of scan
	end int   // offset just past the record and its line end
	nl  int64 // line ends consumed by the record
}

type csvField struct {
	start, end int
	scr        bool // in scratch, not in the read buffer
}

type csvStatus uint8

const (
	csvOK csvStatus = iota
	csvMore
	csvEOF
	csvBlank
	csvBadQuote
	csvUnterminated
)

// csvDetectDelim picks ',', ';' or TAB: the one that occurs most often
// outside quotes in the first line of d (ties in that order of preference;
// none at all means ',': a header with one column). ok is false when d
// holds no complete first line and more input may follow.
func csvDetectDelim(d []byte, eof bool) (delim byte, ok bool) {
	var nc, ns, nt int
	inQ := false
	i := 0
	for ; i < len(d); i++ {
		switch d[i] {
		case '"':
			inQ = !inQ
		case ',':
			if !inQ {
				nc++
			}
		case ';':
			if !inQ {
				ns++
			}
		case '\t':
			if !inQ {
				nt++
			}
		case '\n':
			if !inQ {
				goto done
			}
		}
	}
	if !eof {
		return 0, false
	}
done:
	delim = ','
	best := nc
	if ns > best {
		delim, best = ';', ns
	}
	if nt > best {
		delim = '\t'
	}
	return delim, true
}

// newCSV reads the header. delim 0 means detect it from the header line.
func newCSV(name string, rd io.Reader, delim byte, bufSize int) (*csvSource, error) {
	s := &csvSource{name: name, delim: delim, store: 1 << 30, line: 1}
	s.b.init(rd, bufSize)
	// Enough input for the BOM.
	for s.b.w < 3 && !s.b.eof {
		if err := s.b.fill(); err != nil {
			return nil, err
		}
	}
	if bytes.HasPrefix(s.b.buf[:s.b.w], srcBOM) {
		s.b.r = len(srcBOM)
	}
	for s.delim == 0 {
		d, ok := csvDetectDelim(s.b.buf[s.b.r:s.b.w], s.b.eof)
		if ok {
			s.delim = d
			break
		}
		if err := s.b.fill(); err != nil {
			return nil, err
		}
	}
	for {
		st := s.scan()
		switch st {
		case csvMore:
			if err := s.b.fill(); err != nil {
				return nil, err
			}
			continue
		case csvEOF:
			// An empty file has no columns; BindNames reports what is missing.
			s.store = 0
			return s, nil
		case csvBlank:
			s.b.r = s.end
			s.line++
			continue
		case csvBadQuote, csvUnterminated:
			return nil, fmt.Errorf("ingest: %s line %d: malformed header: bad quoting; the first line must hold the column names", name, s.line)
		}
		s.cols = make([]string, s.nf)
		for i := range s.cols {
			c := strings.TrimSpace(string(s.fieldBytes(i)))
			s.cols[i] = strings.TrimPrefix(c, "\ufeff")
		}
		s.b.r = s.end
		s.line += s.nl
		s.store = len(s.cols)
		return s, nil
	}
}

var srcBOM = []byte{0xEF, 0xBB, 0xBF}

func (s *csvSource) fieldBytes(i int) []byte {
	f := s.fields[i]
	if f.scr {
		return s.scratch[f.start:f.end]
	}
	return s.b.buf[f.start:f.end]
}

func (s *csvSource) addField(start, end int, scr bool) {
	if s.nf < s.store {
		if s.nf < len(s.fields) {
			s.fields[s.nf] = csvField{start, end, scr}
		} else {
			s.fields = append(s.fields, csvField{start, end, scr})
		}
	}
	s.nf++
}

// csvAppendQuoted appends the quoted-text segment seg to s.scratch turning
// CRLF into LF, and returns the number of LFs in seg.
func (s *csvSource) appendQuoted(seg []byte) int64 {
	n := int64(bytes.Count(seg, []byte{'\n'}))
	if bytes.IndexByte(seg, '\r') < 0 {
		s.scratch = append(s.scratch, seg...)
		return n
	}
	for i := 0; i < len(seg); i++ {
		if seg[i] == '\r' && i+1 < len(seg) && seg[i+1] == '\n' {
			continue
		}
		s.scratch = append(s.scratch, seg[i])
	}
	return n
}

// scan parses one record starting at s.b.r. It fills s.fields, s.nf, s.end
// and s.nl and returns csvOK, or says why there is no record.
func (s *csvSource) scan() csvStatus {
	d := s.b.buf[:s.b.w]
	p := s.b.r
	eof := s.b.eof
	if p >= len(d) {
		if eof {
			return csvEOF
		}
		return csvMore
	}
	switch d[p] {
	case '\n':
		s.end, s.nl = p+1, 1
		return csvBlank
	case '\r':
		if p+1 < len(d) {
			if d[p+1] == '\n' {
				s.end, s.nl = p+2, 1
				return csvBlank
			}
		} else if !eof {
			return csvMore
		} else {
			s.end, s.nl = p+1, 0 // a lone CR at the end of the file
			return csvBlank
		}
	}
	s.nf = 0
	s.scratch = s.scratch[:0]
	var nl int64
	le := -1 // next '\n' at or after p (len(d) when none); valid while le >= p
	for {
		if p < len(d) && d[p] == '"' {
			q := p + 1
			fs := len(s.scratch)
			for {
				i := bytes.IndexByte(d[q:], '"')
				if i < 0 {
					if !eof {
						return csvMore
					}
					nl += s.appendQuoted(d[q:])
					s.end, s.nl = len(d), nl
					return csvUnterminated
				}
				nl += s.appendQuoted(d[q : q+i])
				q += i + 1
				if q == len(d) {
					if !eof {
						return csvMore // the next byte may be a second quote
					}
					break
				}
				if d[q] != '"' {
					break
				}
				s.scratch = append(s.scratch, '"')
				q++
			}
			s.addField(fs, len(s.scratch), true)
			if q == len(d) {
				s.end, s.nl = q, nl
				return csvOK
			}
			switch c := d[q]; {
			case c == s.delim:
				p = q + 1
				continue
			case c == '\n':
				s.end, s.nl = q+1, nl+1
				return csvOK
			case c == '\r' && q+1 < len(d) && d[q+1] == '\n':
				s.end, s.nl = q+2, nl+1
				return csvOK
			case c == '\r' && q+1 == len(d):
				if !eof {
					return csvMore
				}
				s.end, s.nl = q+1, nl // a CR before the end of the file ends the record
				return csvOK
			}
			// Text after the closing quote: skip to the end of the line.
			i := bytes.IndexByte(d[q:], '\n')
			if i < 0 {
				if !eof {
					return csvMore
				}
				s.end, s.nl = len(d), nl
			} else {
				s.end, s.nl = q+i+1, nl+1
			}
			return csvBadQuote
		}
		if le < p {
			if i := bytes.IndexByte(d[p:], '\n'); i < 0 {
				le = len(d)
			} else {
				le = p + i
			}
		}
		if j := bytes.IndexByte(d[p:le], s.delim); j >= 0 {
			s.addField(p, p+j, false)
			p += j + 1
			continue
		}
		if le == len(d) {
			if !eof {
				return csvMore
			}
			e := le
			if e > p && d[e-1] == '\r' {
				e-- // a CR before the end of the file ends the record
			}
			s.addField(p, e, false)
			s.end, s.nl = le, nl
			return csvOK
		}
		e := le
		if e > p && d[e-1] == '\r' {
			e--
		}
		s.addField(p, e, false)
		s.end, s.nl = le+1, nl+1
		return csvOK
	}
}

// Columns returns the header's names.
func (s *csvSource) Columns() []string { return s.cols }

// Bind binds columns by index.
func (s *csvSource) Bind(want []int) error {
	if s.bound {
		return errBoundTwice
	}
	if err := srcCheckIndices(want, len(s.cols)); err != nil {
		return err
	}
	s.want = append([]int(nil), want...)
	s.bound = true
	return nil
}

// BindNames binds columns by name; a missing name is a *ColumnError.
func (s *csvSource) BindNames(names []string) error {
	idx := srcBindIndex(s.cols, names)
	for j, i := range idx {
		if i < 0 {
			return &ColumnError{File: s.name, Column: names[j], Found: append([]string(nil), s.cols...)}
		}
	}
	return s.Bind(idx)
}

// Next reads one record.
func (s *csvSource) Next(row []Value) (int64, error) {
	if !s.bound {
		s.bindAll()
	}
	if len(row) != len(s.want) {
		return 0, errRowLen
	}
	for {
		st := s.scan()
		switch st {
		case csvMore:
			if err := s.b.fill(); err != nil {
				return 0, err
			}
			continue
		case csvEOF:
			return 0, io.EOF
		case csvBlank:
			s.b.r = s.end
			s.line++
			continue
		}
		d := s.b.buf
		line := s.line
		start := s.b.r
		s.line += s.nl
		s.b.r = s.end
		s.rows++
		switch st {
		case csvBadQuote:
			return line, &RowError{File: s.name, Line: line, Value: srcDisplay(csvTrimEOL(d[start:s.end])),
				Reason: `bad quoting: text after the closing quote of a quoted field; inside quoted text write a quote as ""`, Err: ErrMalformed}
		case csvUnterminated:
			return line, &RowError{File: s.name, Line: line, Value: srcDisplay(csvTrimEOL(d[start:s.end])),
				Reason: `a quoted field is still open at the end of the file; close the quote, and inside quoted text write a quote as ""`, Err: ErrMalformed}
		}
		if s.nf != len(s.cols) {
			return line, &RowError{File: s.name, Line: line, Value: srcDisplay(csvTrimEOL(d[start:s.end])),
				Reason: fmt.Sprintf("expected %d fields as in the header, found %d; check the delimiter (%s) and the quoting of this line", len(s.cols), s.nf, csvDelimName(s.delim)),
				Err:    ErrFieldCount}
		}
		for j, c := range s.want {
			b := s.fieldBytes(c)
			if len(b) == 0 {
				row[j] = Value{}
				continue
			}
			if !utf8.Valid(b) {
				return line, &RowError{File: s.name, Line: line, Column: s.cols[c], Value: srcDisplay(b),
					Reason: "invalid UTF-8 text; save the file as UTF-8", Err: ErrInvalidUTF8}
			}
			row[j] = Value{Kind: Bytes, B: b}
		}
		return line, nil
	}
}

func (s *csvSource) bindAll() {
	s.want = make([]int, len(s.cols))
	for i := range s.want {
		s.want[i] = i
	}
	s.bound = true
}

func csvTrimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

func csvDelimName(d byte) string {
	switch d {
	case '\t':
		return "tab"
	case ';':
		return "semicolon"
	}
	return "comma"
}

// Rows returns the number of records returned so far.
func (s *csvSource) Rows() int64 { return s.rows }

// Close closes the underlying file.
func (s *csvSource) Close() error { return s.close() }
