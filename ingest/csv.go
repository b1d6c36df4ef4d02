package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
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
//   - A quoted field may hold at most csvMaxQuotedBreaks line breaks and
//     csvMaxQuotedBytes bytes (1,000 and 1 MiB, as written in the file).
//   - Text after the closing quote of a quoted field is an ErrMalformed row
//     error. A quoted field that is still open at the end of the file, or
//     that outgrows those limits, is an ErrOpenQuote row error.
//   - After a quoting error the reader resynchronises at the start of the
//     next physical line after the line where the bad record began: when a
//     stray quote opens a field that swallows the lines below it, only the
//     stray quote's line is rejected and the lines below are read as
//     records. (A record whose quoted line breaks are genuine but whose
//     quoting is wrong is rejected line by line, then.)
//   - Every record must have as many fields as the header (ErrFieldCount).
//   - Bound fields must be valid UTF-8 (ErrInvalidUTF8); an empty field,
//     quoted or not, is Null, and so is a field of exactly \N or NULL,
//     the NULL of database exports (csvNull; the SQL texts of engine
//     read them so too). Values are not trimmed.
type csvSource struct {
	header int64 // the line of the header (0: none)
	// sepLine says the file opens with Excel's line "sep=X", which
	// declared the delimiter; the header follows it (see csvSepLine).
	sepLine bool
	// sepMixed says the file's first line, if a sep line, ends unlike
	// the next (see csvSepEnds).
	sepMixed bool
	// aboveMixed says a blank line above the header ends its line unlike
	// the header (LF against CRLF): DuckDB, which takes the line end from
	// the file's first lines, would read no row below (see Layout).
	aboveMixed bool
	// padded is the first line above the header that is blank but not
	// empty (white space, delimiters, quotes); 0 when none.
	padded int64
	// aboveRecs is the number of records above the header, a sep line
	// included: the lines above it less the line breaks inside quotes
	// (a blank record "<LF>",,, above the header), as DuckDB's skip
	// counts them; -1 when a blank record there has broken quoting
	// (" ""), which sekat reads on from the next line and DuckDB may
	// end elsewhere (see Layout).
	aboveRecs int64
	name      string
	srcCloser
	b srcBuf
	// maxQBreaks and maxQBytes bound one quoted field (csvMaxQuoted*;
	// smaller in tests).
	maxQBreaks int64
	maxQBytes  int
	delim      byte
	cols       []string
	want       []int
	bound      bool
	fields     []csvField // positions of the current record's fields
	nf         int        // number of fields in the current record (may exceed len(fields))
	store      int        // most fields stored per record
	// named is the number of header columns up to the last one with a
	// name: the columns after it, which spreadsheets add when a cell to
	// the right was once used, are unnamed. tail says a field of the
	// current record at or past named holds text. A record whose field
	// count differs from the header's is read all the same when it has
	// every named column and nothing after them, and, wider than the
	// header, only when the header has unnamed columns (see next).
	named   int
	tail    bool
	scratch []byte
	line    int64 // physical line of the next unread byte
	rows    int64
	// limit, when > 0, ends the input at that offset of it: Next gives
	// io.EOF once the next unread byte is at or past it (a part of a file
	// read in parts, see csvPart).
	limit int64
	// footSeen, when set (the parts of a letters file read in parts),
	// is set when a record's unbound cells hold a footer word (see
	// unboundFooter): only a read in the file's order can tell such a
	// block (guard.foot).
	footSeen *atomic.Bool
	// results of scan
	end   int   // offset just past the record and its line end
	nl    int64 // line ends consumed by the record
	spans int64 // for a quoting error: lines the bad record ran over
}

// csvMaxColumns bounds the columns of a header.
const csvMaxColumns = 4096

// Limits on one quoted field of a CSV/TSV record (see csvSource).
const (
	csvMaxQuotedBreaks = 1000
	csvMaxQuotedBytes  = 1 << 20
)

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
	csvRunaway
)

// csvDetectDelim picks ',', ';' or TAB: the one that occurs most often
// outside quotes in the first line of d that holds more than white space,
// delimiters and quotes (the header: lines above it that hold nothing are
// passed over, see blankRecord) (ties in that order of preference; none
// at all means ',': a header with one column). ok is false when d holds
// no complete such line and more input may follow.
//
// A quote left open would make the first line run to the end of the file;
// once a quoted stretch exceeds the limits of a quoted field (maxBreaks
// line breaks, maxBytes bytes), the counts so far decide, and reading the
// header then reports the bad quoting.
func csvDetectDelim(d []byte, eof bool, maxBreaks int64, maxBytes int) (delim byte, ok bool) {
	var nc, ns, nt int
	inQ := false
	qStart := 0
	var qBreaks int64
	i := 0
	line := 0 // where the line being counted begins
	for ; i < len(d); i++ {
		if inQ && (i-qStart > maxBytes+1 || qBreaks > maxBreaks) {
			goto done
		}
		switch d[i] {
		case '"':
			inQ = !inQ
			qStart, qBreaks = i, 0
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
				if csvEmptyLine(d[line:i]) {
					nc, ns, nt, line = 0, 0, 0, i+1
					continue
				}
				goto done
			}
			qBreaks++
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

// csvRecordEnd adds to ends the kind of line end rec (a record with its
// line end) has: 1 for LF, 2 for CRLF, nothing at the end of the input.
func csvRecordEnd(rec []byte, ends uint8) uint8 {
	switch {
	case bytes.HasSuffix(rec, []byte("\r\n")):
		return ends | 2
	case bytes.HasSuffix(rec, csvLF):
		return ends | 1
	}
	return ends
}

// csvEmptyLine reports whether line holds nothing but white space,
// delimiters (',', ';', TAB) and quotes: a line above the header that
// holds no name.
func csvEmptyLine(line []byte) bool {
	return len(bytes.TrimFunc(line, func(r rune) bool {
		return r == ',' || r == ';' || r == '"' || unicode.IsSpace(r)
	})) == 0
}

// csvCRLines reports whether the file whose first bytes are d ends its
// lines with a lone CR, as Excel for Mac's "CSV (Macintosh)" and classic
// Mac OS programs write: its first line break is a CR not followed by a
// LF. ok is false when d does not yet show its first line break and more
// input may follow. Quotes are not looked at: a header's line break is
// not quoted.
func csvCRLines(d []byte, eof bool) (cr, ok bool) {
	i := bytes.IndexAny(d, "\r\n")
	switch {
	case i < 0:
		return false, eof
	case d[i] == '\n':
		return false, true
	case i+1 < len(d):
		return d[i+1] != '\n', true
	}
	return false, eof // a CR at the end of what has been read: see what follows
}

// csvSepLine reads the line "sep=X" that Excel writes above a CSV's
// header to declare its delimiter X (and reads in place of its own
// setting): d holds the first bytes of the input after a byte order mark.
// It returns the length of that line with its line end and X, or n 0 when
// d does not open with one; ok is false when d is too short to tell and
// more input may follow. The line must be exactly "sep=", one byte X and
// the line end (LF, CRLF, or the end of the input); X is a TAB, a space or
// a printable ASCII character other than '"'. A CR that ends lines alone
// has been made a LF already (see csvCRLines).
func csvSepLine(d []byte, eof bool) (n int, delim byte, ok bool) {
	const p = "sep="
	if len(d) < len(p)+1 {
		if eof || !bytes.HasPrefix([]byte(p), d) {
			return 0, 0, true
		}
		return 0, 0, false
	}
	x := d[len(p)]
	if !bytes.HasPrefix(d, []byte(p)) || !(x == '\t' || x >= ' ' && x <= '~') || x == '"' {
		return 0, 0, true
	}
	i := len(p) + 1
	switch {
	case i == len(d):
		return i, x, eof
	case d[i] == '\n':
		return i + 1, x, true
	case d[i] != '\r':
		return 0, 0, true // more than one byte after "sep="
	case i+1 == len(d):
		return i + 1, x, eof
	case d[i+1] == '\n':
		return i + 2, x, true
	}
	return 0, 0, true
}

// csvSepEnds reports whether d, the first bytes of the input after a byte
// order mark as written (no CR made a LF yet), opens with a line that
// begins "sep=" (which csvSepLine may read as Excel's sep line) and ends
// unlike the next line: LF, CRLF and a lone CR are each a kind of line
// end. DuckDB takes the line end of a CSV file from its first line, and
// reads no row of such a file. ok is false when d is too short to tell and
// more input may follow. A header's line end is not quoted.
func csvSepEnds(d []byte, eof bool) (mixed, ok bool) {
	const p = "sep="
	if len(d) < len(p) {
		return false, eof || !bytes.HasPrefix([]byte(p), d)
	}
	if !bytes.HasPrefix(d, []byte(p)) {
		return false, true
	}
	e1, i, ok := csvLineEnd(d, 0, eof)
	if !ok || e1 == "" {
		return false, ok
	}
	e2, _, ok := csvLineEnd(d, i, eof)
	return ok && e2 != "" && e2 != e1, ok
}

// csvLineEnd returns the first line end in d from i on ("\n", "\r\n" or
// "\r", "" when d holds none and ends the input) and the index after it;
// ok is false when more input may tell.
func csvLineEnd(d []byte, i int, eof bool) (end string, next int, ok bool) {
	j := bytes.IndexAny(d[i:], "\r\n")
	if j < 0 {
		return "", 0, eof
	}
	j += i
	switch {
	case d[j] == '\n':
		return "\n", j + 1, true
	case j+1 < len(d) && d[j+1] == '\n':
		return "\r\n", j + 2, true
	case j+1 < len(d) || eof:
		return "\r", j + 1, true
	}
	return "", 0, false
}

// newCSV reads the header. delim 0 means detect it from the header line;
// a first line "sep=X" (see csvSepLine) is skipped, and X is the
// delimiter, whatever delim says: the file declares it.
func newCSV(name string, rd io.Reader, delim byte, bufSize int) (*csvSource, error) {
	return newCSVLimits(name, rd, delim, bufSize, csvMaxQuotedBreaks, csvMaxQuotedBytes)
}

// newCSVLimits is newCSV with the limits of a quoted field.
func newCSVLimits(name string, rd io.Reader, delim byte, bufSize int, maxBreaks int64, maxBytes int) (*csvSource, error) {
	s := &csvSource{name: name, delim: delim, store: csvMaxColumns + 1, line: 1, maxQBreaks: maxBreaks, maxQBytes: maxBytes}
	s.b.init(rd, bufSize, name, &s.line)
	// Enough input for the BOM.
	for s.b.w < 3 && !s.b.eof {
		if err := s.b.fill(); err != nil {
			return nil, err
		}
	}
	if bytes.HasPrefix(s.b.buf[:s.b.w], srcBOM) {
		s.b.r = len(srcBOM)
	}
	for {
		// before a lone CR is made a LF
		mixed, ok := csvSepEnds(s.b.buf[s.b.r:s.b.w], s.b.eof)
		if ok {
			s.sepMixed = mixed
			break
		}
		if err := s.b.fill(); err != nil {
			return nil, err
		}
	}
	for {
		cr, ok := csvCRLines(s.b.buf[s.b.r:s.b.w], s.b.eof)
		if ok {
			if cr {
				s.b.endLinesAtCR()
			}
			break
		}
		if err := s.b.fill(); err != nil {
			return nil, err
		}
	}
	for {
		n, d, ok := csvSepLine(s.b.buf[s.b.r:s.b.w], s.b.eof)
		if ok {
			if n > 0 {
				s.delim, s.sepLine = d, true
				s.b.r += n
				s.line++
				s.aboveRecs++
			}
			break
		}
		if err := s.b.fill(); err != nil {
			return nil, err
		}
	}
	for s.delim == 0 {
		d, ok := csvDetectDelim(s.b.buf[s.b.r:s.b.w], s.b.eof, s.maxQBreaks, s.maxQBytes)
		if ok {
			s.delim = d
			break
		}
		if err := s.b.fill(); err != nil {
			return nil, err
		}
	}
	var above uint8 // the line ends of the blank lines above the header (csvRecordEnd)
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
			above = csvRecordEnd(s.b.buf[s.b.r:s.end], above)
			s.b.r = s.end
			s.line++
			s.aboveRecs = csvAboveRecs(s.aboveRecs, 1)
			continue
		case csvBadQuote, csvUnterminated, csvRunaway:
			if csvEmptyLine(s.b.buf[s.b.r:s.end]) {
				// quotes without a name ("","" in a file of ';'): blank
				above = csvRecordEnd(s.b.buf[s.b.r:s.end], above)
				s.padded = cmp.Or(s.padded, s.line)
				s.b.r = s.end
				s.line += s.nl
				// read by lines after the error, where DuckDB's reader
				// follows the quotes: not counted
				s.aboveRecs = -1
				continue
			}
			return nil, &HeaderQuoteError{File: name, Line: s.line}
		}
		if rec := s.b.buf[s.b.r:s.end]; csvEmptyLine(rec) || s.blankRecord(rec) {
			// a line of white space or of empty cells above the header
			// (a spreadsheet's empty rows, in any of the delimiters):
			// passed over as a blank line; the SQL texts skip every line
			// above the header (Layout.HeaderLine)
			above = csvRecordEnd(rec, above)
			s.padded = cmp.Or(s.padded, s.line)
			s.b.r = s.end
			s.line += s.nl
			s.aboveRecs = csvAboveRecs(s.aboveRecs, 1)
			continue
		}
		if s.nf > csvMaxColumns {
			return nil, fmt.Errorf("ingest: %s line %d: more than %d columns in the header; the file is probably not a table of this format (check the delimiter, and that the name's ending fits what the file holds): %w", name, s.line, csvMaxColumns, ErrNotTable)
		}
		if h := csvRecordEnd(s.b.buf[s.b.r:s.end], 0); above&^h != 0 && h != 0 {
			s.aboveMixed = true
		}
		s.cols = make([]string, s.nf)
		for i := range s.cols {
			c := strings.TrimSpace(string(s.fieldBytes(i)))
			s.cols[i] = strings.TrimPrefix(c, "\ufeff")
		}
		s.b.r = s.end
		s.header = s.line
		s.line += s.nl
		s.store = len(s.cols)
		for s.named = len(s.cols); s.named > 0 && s.cols[s.named-1] == ""; s.named-- {
		}
		return s, nil
	}
}

var srcBOM = []byte{0xEF, 0xBB, 0xBF}

// csvPart returns a source for the bytes of rd, which begin at offset
// from of a file whose header s read, and end at offset limit of it (see
// csvSource.limit): the records that begin before limit, read past it to
// their end. It has s's columns, binding, delimiter and limits, and counts
// lines from 1 (see shard.go for how they are made the file's).
func (s *csvSource) csvPart(rd io.Reader, from, limit int64, bufSize int) *csvSource {
	p := &csvSource{name: s.name, delim: s.delim, store: s.store, line: 1, maxQBreaks: s.maxQBreaks, maxQBytes: s.maxQBytes,
		cols: s.cols, named: s.named, want: s.want, bound: true, limit: limit, footSeen: s.footSeen}
	p.b.init(rd, bufSize, s.name, &p.line)
	p.b.base = from
	return p
}

// csvCutLook bounds the records, and the bytes, cutLooksRight reads.
const (
	csvCutLookRecords = 32
	csvCutLookBytes   = 256 << 10
)

// cutLooksRight reports whether a part may begin at look[0], the start of
// a line: whether the records that follow (csvCutLookRecords of them,
// within look) all have the header's width and good quoting; whole says
// look runs to the end of the file. A line inside a quoted field that
// holds line breaks seldom passes: read from there, the field's closing
// quote opens or ends a field where none should be, and the rest of its
// record is short of fields. A cut that passes and is wrong all the same
// is caught after the parts are read (see shard.go).
func (s *csvSource) cutLooksRight(look []byte, whole bool) bool {
	p := s.csvPart(bytes.NewReader(look), 0, 0, 4<<10)
	row := make([]Value, len(s.want))
	for k := 0; k < csvCutLookRecords; k++ {
		_, err := p.Next(row)
		if err == io.EOF {
			return true
		}
		if !whole && p.offset() >= int64(len(look)) {
			return true // the record may run on past the look: not judged
		}
		if errors.Is(err, ErrFieldCount) || errors.Is(err, ErrMalformed) || (err != nil && !isRowError(err)) {
			return false
		}
	}
	return true
}

// offset returns the offset in the input of the next unread byte.
func (s *csvSource) offset() int64 { return s.b.base + int64(s.b.r) }

func (s *csvSource) fieldBytes(i int) []byte {
	f := s.fields[i]
	if f.scr {
		return s.scratch[f.start:f.end]
	}
	return s.b.buf[f.start:f.end]
}

func (s *csvSource) addField(start, end int, scr bool) {
	if s.nf >= s.named && end > start {
		s.tail = true
	}
	if s.nf < s.store {
		if s.nf < len(s.fields) {
			s.fields[s.nf] = csvField{start, end, scr}
		} else {
			s.fields = append(s.fields, csvField{start, end, scr})
		}
	}
	s.nf++
}

// appendQuoted appends the quoted-text segment seg to s.scratch turning
// CRLF into LF.
func (s *csvSource) appendQuoted(seg []byte) {
	if bytes.IndexByte(seg, '\r') < 0 {
		s.scratch = append(s.scratch, seg...)
		return
	}
	for i := 0; i < len(seg); i++ {
		if seg[i] == '\r' && i+1 < len(seg) && seg[i+1] == '\n' {
			continue
		}
		s.scratch = append(s.scratch, seg[i])
	}
}

// quoteError ends a record at a quoting error (st): the bad record gives up
// only its first line, and reading goes on at the next line (see
// csvSource). spans is the number of line breaks the record had run over.
func (s *csvSource) quoteError(st csvStatus, spans int64) csvStatus {
	d := s.b.buf[:s.b.w]
	start := s.b.r
	i := bytes.IndexByte(d[start:], '\n')
	if i < 0 {
		if !s.b.eof {
			return csvMore
		}
		s.end, s.nl = len(d), 0
	} else {
		s.end, s.nl = start+i+1, 1
	}
	s.spans = spans
	return st
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
	s.nf, s.tail = 0, false
	s.scratch = s.scratch[:0]
	var nl int64
	le := -1 // next '\n' at or after p (len(d) when none); valid while le >= p
	for {
		if p < len(d) && d[p] == '"' {
			q := p + 1
			fs := len(s.scratch)
			// The closing quote must come at or before limit-1: at most
			// maxQBytes bytes of content, and at most maxQBreaks line breaks.
			limit := q + s.maxQBytes + 1
			var breaks int64
			for {
				if q >= limit {
					return s.quoteError(csvRunaway, nl)
				}
				end := min(len(d), limit)
				i := bytes.IndexByte(d[q:end], '"')
				seg := d[q:end]
				if i >= 0 {
					seg = d[q : q+i]
				}
				k := int64(bytes.Count(seg, csvLF))
				if breaks+k > s.maxQBreaks {
					return s.quoteError(csvRunaway, nl+k)
				}
				if i < 0 {
					switch {
					case end == limit:
						return s.quoteError(csvRunaway, nl+k)
					case !eof:
						return csvMore
					}
					return s.quoteError(csvUnterminated, nl+k)
				}
				s.appendQuoted(seg)
				breaks += k
				nl += k
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
			// Text after the closing quote.
			return s.quoteError(csvBadQuote, nl)
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
func (s *csvSource) Next(row []Value) (int64, error) { return s.next(row, false) }

// next is Next; with hold, it returns errRefill rather than read more
// input, which would move the buffer's bytes (see nextTo).
func (s *csvSource) next(row []Value, hold bool) (int64, error) {
	if !s.bound {
		s.bindAll()
	}
	if len(row) != len(s.want) {
		return 0, errRowLen
	}
	for {
		if s.limit > 0 && s.offset() >= s.limit {
			return 0, io.EOF
		}
		st := s.scan()
		switch st {
		case csvMore:
			if hold {
				return 0, errRefill
			}
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
		case csvBadQuote, csvUnterminated, csvRunaway:
			return line, s.quoteRowError(st, line, d[start:s.end])
		}
		if s.blankRecord(d[start:s.end]) {
			// A record of empty fields only, as a spreadsheet writes for a
			// row of its used range left empty (quoted or not), is a blank
			// line; so is one of white space only, or of stray carriage
			// returns (a CRLF file converted twice).
			s.rows--
			continue
		}
		// A record wider than a header whose every column is named is an
		// error even when its extra fields are empty: its cells may have
		// moved (a ;-separated list of ids not quoted, its last named
		// column empty). The allowance for empty fields past the header's
		// is for a spreadsheet's ragged right edge, whose header ends in
		// unnamed columns too.
		if s.nf != len(s.cols) && (s.nf < s.named || s.tail || s.nf > len(s.cols) && s.named == len(s.cols)) {
			s.partialRow(row)
			rec := csvTrimEOL(d[start:s.end])
			return line, &RowError{File: s.name, Line: line, Value: srcDisplay(rec),
				Reason: fmt.Sprintf("expected %d fields as in the header, found %d; check the delimiter (%s) and the quoting of this line", len(s.cols), s.nf, csvDelimName(s.delim)),
				Err:    ErrFieldCount, HeaderFields: len(s.cols), Fields: s.nf, Delim: s.delim,
				// one field more, empty, the line ending in the delimiter:
				// what an exporter that ends every row with one writes
				TrailingDelim: s.nf == len(s.cols)+1 && !s.tail && len(rec) > 0 && rec[len(rec)-1] == s.delim}
		}
		// A record of ASCII bytes only has valid fields; otherwise each
		// bound field is checked (an unbound one may hold anything).
		ascii := firstNonASCII(d[start:s.end]) < 0
		for j, c := range s.want {
			if c >= s.nf { // an unnamed column the record leaves out
				row[j] = Value{}
				continue
			}
			b := s.fieldBytes(c)
			if len(b) == 0 || csvNull(b) {
				row[j] = Value{}
				continue
			}
			if !ascii && !utf8.Valid(b) {
				return line, &RowError{File: s.name, Line: line, Column: s.cols[c], Value: srcDisplay(b),
					Reason: "invalid UTF-8 text; save the file as UTF-8, or, if it was saved as Windows-1252 (Excel's \"CSV\" on Windows; the byte 0x96 is '–' there), write encoding: windows-1252 in study.yaml", Err: ErrInvalidUTF8}
			}
			row[j] = Value{Kind: Bytes, B: b}
		}
		return line, nil
	}
}

// csvNull reports whether the field b (its text, without its quotes) is
// one that a database export writes for NULL: \N (MySQL's SELECT ...
// INTO OUTFILE and mysqldump --tab, PostgreSQL's COPY as text, Hive) or
// NULL (phpMyAdmin's CSV export, whose "Replace NULL with" is NULL by
// default, and SQL Server Management Studio's "Save Results As"). Such a
// field is a missing value, as an empty one is; the SQL texts of sekat
// pairs read both as NULL too (engine). Before, a people table exported
// with phpMyAdmin had each valid_from NULL rejected as not a time, and
// with it every person and every letter.
func csvNull(b []byte) bool {
	switch len(b) {
	case 2:
		return b[0] == '\\' && b[1] == 'N'
	case 4:
		return string(b) == "NULL"
	}
	return false
}

// blankRecord reports whether the record just scanned (rec, with its
// line end) holds nothing: only delimiters and carriage returns, or
// fields that are each empty once trimmed of white space (as values are
// trimmed), quoted or not, or exactly \N or NULL (csvNull). Such a
// record is a blank line, whatever its number of fields: a spreadsheet's
// empty row (,,,, or "","",""), a line of spaces. The SQL texts of sekat pairs pass
// over the same records (engine's blank-row filter).
func (s *csvSource) blankRecord(rec []byte) bool {
	if csvOnlyDelims(rec, s.delim) {
		return true
	}
	if s.nf > len(s.fields) || s.nf > s.store {
		// a record wider than the header, whose fields past the header's
		// are not kept: judged on its bytes
		return csvBlankFields(rec, s.delim)
	}
	for i := 0; i < s.nf; i++ {
		b := s.fieldBytes(i)
		if len(b) == 0 || csvNull(b) {
			continue
		}
		if b[0] > ' ' && b[0] < utf8.RuneSelf || len(bytes.TrimSpace(b)) > 0 {
			return false
		}
	}
	return true
}

// csvBlankFields reports whether rec, a record with its line end, is
// fields that blankRecord judges blank, read from its bytes: each white
// space only, or white space between quotes, or \N or NULL, quoted or
// not. It
// judges a record wider than the header, whose fields past the header's
// are not kept, as blankRecord judges a narrower one (and as the SQL
// texts' blank-line filter does): "","","" or a line of " , , , " under
// a header of two columns is blank, not a row of the wrong width. A
// quoted field that holds anything but white space (a quote, a
// delimiter, text) makes the record not blank, as does any text outside
// quotes.
func csvBlankFields(rec []byte, delim byte) bool {
	rec = csvTrimEOL(rec)
	for {
		var f []byte
		if len(rec) > 0 && rec[0] == '"' {
			end := bytes.IndexByte(rec[1:], '"')
			if end < 0 {
				return false
			}
			f, rec = rec[1:1+end], rec[2+end:]
			if len(rec) > 0 && rec[0] != delim {
				return false // text after the closing quote, or a quote ("")
			}
		} else if i := bytes.IndexByte(rec, delim); i >= 0 {
			f, rec = rec[:i], rec[i:]
		} else {
			f, rec = rec, nil
		}
		if !csvNull(f) && len(bytes.TrimSpace(f)) > 0 {
			return false
		}
		if len(rec) == 0 {
			return true
		}
		rec = rec[1:] // the delimiter
	}
}

// csvAboveRecs adds n records to the count of records above the header,
// which stays -1 once a record there could not be counted.
func csvAboveRecs(recs, n int64) int64 {
	if recs < 0 {
		return recs
	}
	return recs + n
}

// csvOnlyDelims reports whether rec, a record with its line end, holds
// nothing but delimiters and carriage returns.
func csvOnlyDelims(rec []byte, delim byte) bool {
	for _, c := range csvTrimEOL(rec) {
		if c != delim && c != '\r' {
			return false
		}
	}
	return true
}

// errRefill says nextTo read nothing: the record needs more input, and
// the batch's rows refer to the read buffer.
var errRefill = errors.New("ingest: the batch refers to the read buffer")

// nextTo reads the next record into the next row of b, as Next reads it,
// for a part of a file read in parts, whose batch is used up before the
// part fills the next one. The cells stay where they lie in the read
// buffer, not copied into b: only quoted cells, which Next builds in a
// scratch buffer that the next record reuses, are. Since reading more
// input moves the buffer's bytes, when the record needs more and b
// already holds rows, nextTo reads nothing and returns errRefill: the
// batch ends there, and the next call, on an empty batch, reads on. It
// returns io.EOF or a fatal error as Next does, adding no row then; a row
// error is the row's, added to b.
func (s *csvSource) nextTo(b *rowBatch) error {
	row := b.vals[b.n*b.cols : (b.n+1)*b.cols]
	line, err := s.next(row, b.n > 0)
	if err == errRefill || err == io.EOF || (err != nil && !isRowError(err)) {
		return err
	}
	if err == nil || errors.Is(err, ErrFieldCount) {
		for j, c := range s.want {
			if c < len(s.fields) && s.fields[c].scr && len(row[j].B) > 0 {
				row[j].B = b.own(row[j].B)
			}
		}
	}
	b.lines[b.n], b.errs[b.n] = line, err
	if err == nil && footerShaped(row) {
		if w := s.unboundFooter(); w != "" {
			b.setFoot(b.n, w)
			if s.footSeen != nil {
				s.footSeen.Store(true)
			}
		}
	}
	b.n++
	return nil
}

// unboundFooter is wholeRowFooter of the record read last.
func (s *csvSource) unboundFooter() string {
	if s.nf > len(s.fields) || s.nf > s.store {
		return "" // wider than the header: its last fields are not kept
	}
	return wholeRowFooter(s.nf, s.fieldBytes, func(i int) bool { return slices.Contains(s.want, i) })
}

// partialRow sets the bound cells of a record of the wrong number of
// fields (ErrFieldCount) that it has, the others empty: the row is
// rejected, but the loader names the unit or person of such a row of the
// units or people table as rejected, so that a row naming it is told why
// it is unknown (a name with an unquoted comma made every person of the
// unit "not in the units table; add it", though it was there). A cell
// that is not valid UTF-8 is left empty.
func (s *csvSource) partialRow(row []Value) {
	for j, c := range s.want {
		row[j] = Value{}
		if c < s.nf && c < len(s.fields) {
			if b := s.fieldBytes(c); len(b) > 0 && utf8.Valid(b) {
				row[j] = Value{Kind: Bytes, B: b}
			}
		}
	}
}

// quoteRowError describes a quoting error of the record that began on
// line and ran over s.spans line breaks; first is its first line.
func (s *csvSource) quoteRowError(st csvStatus, line int64, first []byte) *RowError {
	e := &RowError{File: s.name, Line: line, Value: srcDisplay(csvTrimEOL(first)), Err: ErrMalformed}
	const fix = `; inside quoted text write a quote as ""`
	switch {
	case st == csvBadQuote && s.spans == 0:
		e.Reason = "bad quoting: text after the closing quote of a quoted field" + fix
		return e
	case st == csvBadQuote:
		e.Reason = fmt.Sprintf("bad quoting: a quoted field that starts on this line closes %d lines further down, followed by text; probably a stray quote on this line", s.spans)
	case st == csvUnterminated:
		e.Reason = "a quoted field that starts on this line is still open at the end of the file; probably a stray quote on this line"
	default:
		e.Reason = fmt.Sprintf("a quoted field that starts on this line is not closed within %s line breaks or %s; probably a stray quote on this line", countText(s.maxQBreaks), byteSize(int64(s.maxQBytes)))
	}
	e.Err = ErrOpenQuote
	if st == csvRunaway {
		e.Err = ErrQuotedTooLong
	}
	if s.spans > 0 {
		e.Reason += ": only this line is rejected, reading goes on at the next line"
	}
	e.Reason += fix
	return e
}

var csvLF = []byte{'\n'}

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

// HeaderQuoteError is a CSV or TSV file whose header (its first line with
// values) has quotes that do not pair up: a quote not closed, or text
// after a closing quote. Its column names cannot be read.
type HeaderQuoteError struct {
	File string
	Line int64
}

func (e *HeaderQuoteError) Error() string {
	return fmt.Sprintf("ingest: %s line %d: malformed header: bad quoting; the first line must hold the column names", e.File, e.Line)
}
