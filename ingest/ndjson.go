package ingest

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// ndjSource reads newline-delimited JSON: one flat object per line.
//
// Values of bound keys become Values: a string is Bytes (escapes decoded;
// the empty string is Null), a number, true or false is Bytes holding its
// literal text, null is Null, an array of scalars is Bytes holding its
// elements joined with ';' (null and empty elements left out; an empty
// result is Null). An object or a nested array as the value of a bound key
// is an ErrMalformed row error naming the key; values of keys that are not
// bound are only checked for JSON syntax. Keys match bound names
// case-insensitively; a bound key written twice in one object (in any case)
// is an ErrMalformed row error naming it (encoding/json would take the
// last without a word). Lines holding only white space are skipped; a line that is not one
// JSON object (or nests values deeper than 64 levels) is an ErrMalformed
// row error. Lone UTF-16 surrogates in \u escapes decode to U+FFFD, as
// encoding/json does; invalid UTF-8 in a bound value is an ErrInvalidUTF8
// row error.
type ndjSource struct {
	name string
	srcCloser
	b       srcBuf
	cols    []string
	names   [][]byte // bound names
	bound   bool
	vals    []ndjVal
	seen    []bool // seen[j]: bound key j was met in the current object
	scratch []byte
	keyBuf  []byte
	line    int64 // line number of the next line
	rows    int64
	// last is the object Next read last without an error, until the next
	// call (see unboundFooter).
	last []byte
}

type ndjVal struct {
	kind       Kind
	start, end int
	scr        bool
}

// ndjMaxDepth bounds the nesting of skipped values.
const ndjMaxDepth = 64

// ndjMaxKeys bounds the columns taken from the first line.
const ndjMaxKeys = 4096

type ndjErr struct {
	pos    int
	onKey  bool   // the error is about the value of key, not the line
	key    string // the key (may be "")
	reason string
	sent   error
}

func newNDJSON(name string, rd io.Reader, bufSize int) (*ndjSource, error) {
	s := &ndjSource{name: name, line: 1}
	s.b.init(rd, bufSize, name, &s.line)
	for s.b.w < 3 && !s.b.eof {
		if err := s.b.fill(); err != nil {
			return nil, err
		}
	}
	if bytes.HasPrefix(s.b.buf[:s.b.w], srcBOM) {
		s.b.r = len(srcBOM)
	}
	// Columns: the keys of the first ndjHeadLines non-blank lines that
	// start within the first ndjHeadBytes, without consuming them. A
	// serializer that leaves out null values (omitempty) writes a key only
	// on some lines, and a broken first line (a row error of its own) must
	// not hide the keys. The bounds are of the file, not of the buffer, so
	// that the columns do not depend on its size.
	p, objects := s.b.r, 0
	seen := map[string]bool{}
	for {
		d := s.b.buf[:s.b.w]
		if objects > 0 && p-s.b.r >= ndjHeadBytes {
			return s, nil
		}
		i := bytes.IndexByte(d[p:], '\n')
		if i < 0 && !s.b.eof {
			off := s.b.r
			if err := s.b.fill(); err != nil {
				return nil, err
			}
			p -= off - s.b.r // fill moved the data to the front
			continue
		}
		end := len(d)
		if i >= 0 {
			end = p + i
		}
		l := d[p:end]
		if !ndjBlank(l) {
			if objects == 0 {
				if k := ndjSpace(l, 0); k < len(l) && l[k] == '[' {
					return nil, fmt.Errorf("ingest: %s: the file is one JSON array, not one JSON object per line (NDJSON); write one object per line (for example jq -c '.[]' FILE), or save the table as CSV: %w", name, ErrJSONArray)
				}
			}
			for _, k := range ndjKeys(l) {
				// keys match bound names in any case: one column per name
				if lk := colKey(k); !seen[lk] && len(s.cols) < ndjMaxKeys {
					seen[lk] = true
					s.cols = append(s.cols, k)
				}
			}
			if objects++; objects == ndjHeadLines {
				return s, nil
			}
		}
		if i < 0 {
			return s, nil // the end of the file
		}
		p = end + 1
	}
}

// ndjHeadLines and ndjHeadBytes bound the first lines that give the
// columns.
const (
	ndjHeadLines = 100
	ndjHeadBytes = 64 << 10
)

func ndjBlank(l []byte) bool {
	for _, c := range l {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

func ndjSpace(l []byte, i int) int {
	for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] == '\r' || l[i] == '\n') {
		i++
	}
	return i
}

// ndjKeys returns the distinct top-level keys of the object in l in order of
// appearance, or nil when l is not a valid JSON object (Next then reports
// that line as a row error).
//
// At most ndjMaxKeys keys are kept: a table has a handful of columns, and a
// line of millions of keys must not cost millions of strings.
func ndjKeys(l []byte) []string {
	var keys []string
	var seen map[string]bool
	var tmp ndjSource
	i := ndjSpace(l, 0)
	if i >= len(l) || l[i] != '{' {
		return nil
	}
	i = ndjSpace(l, i+1)
	if i < len(l) && l[i] == '}' {
		return nil
	}
	for {
		if i >= len(l) || l[i] != '"' {
			return nil
		}
		e, esc, err := ndjScanString(l, i)
		if err != nil {
			return nil
		}
		var k string
		if esc {
			tmp.scratch = tmp.scratch[:0]
			tmp.unescape(l[i+1 : e-1])
			k = string(tmp.scratch)
		} else {
			k = string(l[i+1 : e-1])
		}
		if len(keys) < ndjMaxKeys && !seen[k] {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[k] = true
			keys = append(keys, k)
		}
		i = ndjSpace(l, e)
		if i >= len(l) || l[i] != ':' {
			return nil
		}
		i, err = ndjSkipValue(l, ndjSpace(l, i+1), 0)
		if err != nil {
			return nil
		}
		i = ndjSpace(l, i)
		if i < len(l) && l[i] == '}' {
			if ndjSpace(l, i+1) != len(l) {
				return nil
			}
			return keys
		}
		if i >= len(l) || l[i] != ',' {
			return nil
		}
		i = ndjSpace(l, i+1)
	}
}

// ndjScanString checks the JSON string starting with the quote at l[i] and
// returns the index after its closing quote and whether it holds escapes.
func ndjScanString(l []byte, i int) (end int, esc bool, err *ndjErr) {
	j := i + 1
	for j < len(l) {
		c := l[j]
		switch {
		case c == '"':
			return j + 1, esc, nil
		case c == '\\':
			esc = true
			if j+1 >= len(l) {
				return 0, false, &ndjErr{pos: j, reason: "unterminated string"}
			}
			switch l[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if j+6 > len(l) || !ndjHex4(l[j+2:j+6]) {
					return 0, false, &ndjErr{pos: j, reason: `bad \u escape in string`}
				}
				j += 6
			default:
				return 0, false, &ndjErr{pos: j, reason: "bad escape in string"}
			}
		case c < 0x20:
			return 0, false, &ndjErr{pos: j, reason: "control character in string"}
		default:
			j++
		}
	}
	return 0, false, &ndjErr{pos: i, reason: "unterminated string"}
}

func ndjHex4(b []byte) bool {
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func ndjHexVal(b []byte) rune {
	var r rune
	for _, c := range b {
		r <<= 4
		switch {
		case c <= '9':
			r |= rune(c - '0')
		case c >= 'a':
			r |= rune(c - 'a' + 10)
		default:
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

// unescape appends the decoded form of the checked string body b to
// s.scratch.
func (s *ndjSource) unescape(b []byte) {
	for len(b) > 0 {
		k := bytes.IndexByte(b, '\\')
		if k < 0 {
			s.scratch = append(s.scratch, b...)
			return
		}
		s.scratch = append(s.scratch, b[:k]...)
		b = b[k:]
		switch b[1] {
		case 'b':
			s.scratch = append(s.scratch, '\b')
		case 'f':
			s.scratch = append(s.scratch, '\f')
		case 'n':
			s.scratch = append(s.scratch, '\n')
		case 'r':
			s.scratch = append(s.scratch, '\r')
		case 't':
			s.scratch = append(s.scratch, '\t')
		case 'u':
			r := ndjHexVal(b[2:6])
			b = b[6:]
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if len(b) >= 6 && b[0] == '\\' && b[1] == 'u' {
					r2 = ndjHexVal(b[2:6])
				}
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					r = dec
					b = b[6:]
				} else {
					r = utf8.RuneError
				}
			}
			s.scratch = utf8.AppendRune(s.scratch, r)
			continue
		default: // '"', '\\', '/'
			s.scratch = append(s.scratch, b[1])
		}
		b = b[2:]
	}
}

// ndjScanNumber checks a JSON number at l[i] and returns the index after it.
func ndjScanNumber(l []byte, i int) (int, *ndjErr) {
	j := i
	if j < len(l) && l[j] == '-' {
		j++
	}
	switch {
	case j < len(l) && l[j] == '0':
		j++
	case j < len(l) && '1' <= l[j] && l[j] <= '9':
		for j < len(l) && '0' <= l[j] && l[j] <= '9' {
			j++
		}
	default:
		return 0, &ndjErr{pos: i, reason: "bad value"}
	}
	if j < len(l) && l[j] == '.' {
		j++
		k := j
		for j < len(l) && '0' <= l[j] && l[j] <= '9' {
			j++
		}
		if j == k {
			return 0, &ndjErr{pos: i, reason: "bad number"}
		}
	}
	if j < len(l) && (l[j] == 'e' || l[j] == 'E') {
		j++
		if j < len(l) && (l[j] == '+' || l[j] == '-') {
			j++
		}
		k := j
		for j < len(l) && '0' <= l[j] && l[j] <= '9' {
			j++
		}
		if j == k {
			return 0, &ndjErr{pos: i, reason: "bad number"}
		}
	}
	return j, nil
}

// ndjScanLiteral checks true, false, null or a number at l[i].
func ndjScanLiteral(l []byte, i int) (end int, null bool, err *ndjErr) {
	for _, lit := range [...]string{"true", "false", "null"} {
		if bytes.HasPrefix(l[i:], []byte(lit)) {
			return i + len(lit), lit == "null", nil
		}
	}
	end, err = ndjScanNumber(l, i)
	return end, false, err
}

// ndjSkipValue checks any JSON value at l[i] (nesting at most ndjMaxDepth)
// and returns the index after it.
func ndjSkipValue(l []byte, i, depth int) (int, *ndjErr) {
	if i >= len(l) {
		return 0, &ndjErr{pos: i, reason: "missing value"}
	}
	switch l[i] {
	case '"':
		e, _, err := ndjScanString(l, i)
		return e, err
	case '{', '[':
		if depth >= ndjMaxDepth {
			return 0, &ndjErr{pos: i, reason: "nesting too deep"}
		}
		closer := byte('}')
		if l[i] == '[' {
			closer = ']'
		}
		obj := closer == '}'
		j := ndjSpace(l, i+1)
		if j < len(l) && l[j] == closer {
			return j + 1, nil
		}
		for {
			var err *ndjErr
			if obj {
				if j >= len(l) || l[j] != '"' {
					return 0, &ndjErr{pos: j, reason: "expected a key"}
				}
				if j, _, err = ndjScanString(l, j); err != nil {
					return 0, err
				}
				j = ndjSpace(l, j)
				if j >= len(l) || l[j] != ':' {
					return 0, &ndjErr{pos: j, reason: "expected ':'"}
				}
				j = ndjSpace(l, j+1)
			}
			if j, err = ndjSkipValue(l, j, depth+1); err != nil {
				return 0, err
			}
			j = ndjSpace(l, j)
			if j < len(l) && l[j] == ',' {
				j = ndjSpace(l, j+1)
				continue
			}
			if j < len(l) && l[j] == closer {
				return j + 1, nil
			}
			return 0, &ndjErr{pos: j, reason: "expected ',' or '" + string(closer) + "'"}
		}
	}
	e, _, err := ndjScanLiteral(l, i)
	return e, err
}

// Columns returns the keys of the first object.
func (s *ndjSource) Columns() []string { return s.cols }

// Bind binds keys of the first object by index.
func (s *ndjSource) Bind(want []int) error {
	if err := srcCheckIndices(want, len(s.cols)); err != nil {
		return err
	}
	names := make([]string, len(want))
	for j, w := range want {
		names[j] = s.cols[w]
	}
	return s.BindNames(names)
}

// BindNames binds keys by name; keys never seen give Null.
func (s *ndjSource) BindNames(names []string) error {
	if s.bound {
		return errBoundTwice
	}
	s.names = make([][]byte, len(names))
	for j, n := range names {
		s.names[j] = []byte(colKey(n))
	}
	s.vals = make([]ndjVal, len(names))
	s.seen = make([]bool, len(names))
	s.bound = true
	return nil
}

// Next reads one non-blank line.
func (s *ndjSource) Next(row []Value) (int64, error) {
	if !s.bound {
		if err := s.BindNames(s.cols); err != nil {
			return 0, err
		}
	}
	if len(row) != len(s.names) {
		return 0, errRowLen
	}
	for {
		d := s.b.buf[:s.b.w]
		i := bytes.IndexByte(d[s.b.r:], '\n')
		if i < 0 && !s.b.eof {
			if err := s.b.fill(); err != nil {
				return 0, err
			}
			continue
		}
		start := s.b.r
		end, next := len(d), len(d)
		if i >= 0 {
			end = start + i
			next = end + 1
		} else if start == len(d) {
			return 0, io.EOF
		}
		l := d[start:end]
		line := s.line
		s.line++
		s.b.r = next
		if ndjBlank(l) {
			continue
		}
		s.rows++
		s.last = nil
		if e := s.parse(l); e != nil {
			re := &RowError{File: s.name, Line: line, Column: e.key, Err: ErrMalformed}
			if e.sent != nil {
				re.Err = e.sent
			}
			if e.onKey && e.sent != ErrInvalidUTF8 {
				re.Reason = e.reason
				re.Value, re.rowValue = srcDisplay(l), true
			} else if e.sent == ErrInvalidUTF8 {
				re.Reason = e.reason
				re.Value = srcDisplay(s.valueBytes(l, e.pos))
			} else {
				re.Reason = fmt.Sprintf("not a JSON object: %s at byte %d; write one flat JSON object per line", e.reason, e.pos+1)
				re.Value = srcDisplay(l)
			}
			return line, re
		}
		for j := range s.vals {
			v := &s.vals[j]
			switch v.kind {
			case Null:
				row[j] = Value{}
			default:
				row[j] = Value{Kind: Bytes, B: s.valueBytes(l, j)}
			}
		}
		s.last = l
		return line, nil
	}
}

func (s *ndjSource) valueBytes(l []byte, j int) []byte {
	v := s.vals[j]
	if v.scr {
		return s.scratch[v.start:v.end]
	}
	return l[v.start:v.end]
}

// parse reads the object in l into s.vals.
func (s *ndjSource) parse(l []byte) *ndjErr {
	for j := range s.vals {
		s.vals[j] = ndjVal{}
		s.seen[j] = false
	}
	s.scratch = s.scratch[:0]
	i := ndjSpace(l, 0)
	if i >= len(l) || l[i] != '{' {
		return &ndjErr{pos: i, reason: "expected '{'"}
	}
	i = ndjSpace(l, i+1)
	if i < len(l) && l[i] == '}' {
		i++
	} else {
		for {
			if i >= len(l) || l[i] != '"' {
				return &ndjErr{pos: i, reason: "expected a key"}
			}
			e, esc, err := ndjScanString(l, i)
			if err != nil {
				return err
			}
			key := l[i+1 : e-1]
			if esc {
				n := len(s.scratch)
				s.unescape(key)
				s.keyBuf = append(s.keyBuf[:0], s.scratch[n:]...)
				s.scratch = s.scratch[:n]
				key = s.keyBuf
			}
			slot := -1
			for j, n := range s.names {
				if bytes.EqualFold(key, n) {
					slot = j
					break
				}
			}
			if slot < 0 && colKeyOdd(key) {
				// an invisible character, a NBSP, spaces around it
				k := colKey(string(key))
				for j, n := range s.names {
					if k == string(n) {
						slot = j
						break
					}
				}
			}
			if slot >= 0 {
				if s.seen[slot] {
					return &ndjErr{pos: i, onKey: true, key: string(s.names[slot]), sent: ErrJSONDuplicateKey,
						reason: fmt.Sprintf("key %q written twice in this object (in any case); keep one", s.names[slot])}
				}
				s.seen[slot] = true
			}
			i = ndjSpace(l, e)
			if i >= len(l) || l[i] != ':' {
				return &ndjErr{pos: i, reason: "expected ':'"}
			}
			i = ndjSpace(l, i+1)
			if slot < 0 {
				if i, err = ndjSkipValue(l, i, 0); err != nil {
					return err
				}
			} else if i, err = s.value(l, i, slot); err != nil {
				return err
			}
			i = ndjSpace(l, i)
			if i < len(l) && l[i] == ',' {
				i = ndjSpace(l, i+1)
				continue
			}
			if i < len(l) && l[i] == '}' {
				i++
				break
			}
			return &ndjErr{pos: i, reason: "expected ',' or '}'"}
		}
	}
	if i = ndjSpace(l, i); i != len(l) {
		return &ndjErr{pos: i, reason: "text after the object"}
	}
	for j := range s.vals {
		if s.vals[j].kind == Bytes && !utf8.Valid(s.valueBytes(l, j)) {
			// pos carries the slot, so that Next can show the value.
			return &ndjErr{pos: j, onKey: true, key: string(s.names[j]), reason: "invalid UTF-8 text; write the file as UTF-8, or, if it was saved as Windows-1252, write encoding: windows-1252 in study.yaml", sent: ErrInvalidUTF8}
		}
	}
	return nil
}

// value reads the value at l[i] of the key bound to slot.
func (s *ndjSource) value(l []byte, i, slot int) (int, *ndjErr) {
	if i >= len(l) {
		return 0, &ndjErr{pos: i, reason: "missing value"}
	}
	v := &s.vals[slot]
	switch l[i] {
	case '"':
		e, esc, err := ndjScanString(l, i)
		if err != nil {
			return 0, err
		}
		switch {
		case e-i == 2:
			*v = ndjVal{}
		case esc:
			n := len(s.scratch)
			s.unescape(l[i+1 : e-1])
			*v = ndjVal{kind: Bytes, start: n, end: len(s.scratch), scr: true}
		default:
			*v = ndjVal{kind: Bytes, start: i + 1, end: e - 1}
		}
		return e, nil
	case '{':
		return 0, &ndjErr{pos: i, onKey: true, key: string(s.names[slot]), sent: ErrNestedValue,
			reason: fmt.Sprintf("the value of %s is an object; sekat reads flat objects: flatten it or write it as a string", strconv.Quote(string(s.names[slot])))}
	case '[':
		return s.array(l, i, slot)
	}
	e, null, err := ndjScanLiteral(l, i)
	if err != nil {
		return 0, err
	}
	if null {
		*v = ndjVal{}
	} else {
		*v = ndjVal{kind: Bytes, start: i, end: e}
	}
	return e, nil
}

// array joins the scalar elements of the array at l[i] with ';'.
func (s *ndjSource) array(l []byte, i, slot int) (int, *ndjErr) {
	n := len(s.scratch)
	j := ndjSpace(l, i+1)
	if j < len(l) && l[j] == ']' {
		s.vals[slot] = ndjVal{}
		return j + 1, nil
	}
	for {
		if j >= len(l) {
			return 0, &ndjErr{pos: j, reason: "unterminated array"}
		}
		switch l[j] {
		case '"':
			e, esc, err := ndjScanString(l, j)
			if err != nil {
				return 0, err
			}
			if e-j > 2 {
				if len(s.scratch) > n {
					s.scratch = append(s.scratch, ';')
				}
				if esc {
					s.unescape(l[j+1 : e-1])
				} else {
					s.scratch = append(s.scratch, l[j+1:e-1]...)
				}
			}
			j = e
		case '{', '[':
			return 0, &ndjErr{pos: j, onKey: true, key: string(s.names[slot]), sent: ErrNestedValue,
				reason: fmt.Sprintf("the array in %s holds an object or array; sekat reads arrays of strings or numbers", strconv.Quote(string(s.names[slot])))}
		default:
			e, null, err := ndjScanLiteral(l, j)
			if err != nil {
				return 0, err
			}
			if !null {
				if len(s.scratch) > n {
					s.scratch = append(s.scratch, ';')
				}
				s.scratch = append(s.scratch, l[j:e]...)
			}
			j = e
		}
		j = ndjSpace(l, j)
		if j < len(l) && l[j] == ',' {
			j = ndjSpace(l, j+1)
			continue
		}
		if j < len(l) && l[j] == ']' {
			break
		}
		return 0, &ndjErr{pos: j, reason: "expected ',' or ']'"}
	}
	if len(s.scratch) == n {
		s.vals[slot] = ndjVal{}
	} else {
		s.vals[slot] = ndjVal{kind: Bytes, start: n, end: len(s.scratch), scr: true}
	}
	return j + 1, nil
}

// unboundFooter is wholeRowFooter of the object read last, all its keys
// taken as its cells, those of no bound name being the cells not bound:
// a totals row of a numbered export converted to NDJSON keeps its word
// in the "No" key ({"No":"Jumlah","sent_at":null,...}), as DuckDB's COPY
// ... (FORMAT JSON) of the CSV writes it. A value is a cell's text: a
// string's (unescaped), a number's or true's or false's literal; null
// and "" are empty; an array or object counts as a value, never as a
// footer word.
func (s *ndjSource) unboundFooter() string {
	l := s.last
	if l == nil {
		return ""
	}
	var cells [][]byte
	var bound []bool
	var tmp ndjSource
	i := ndjSpace(l, 0) + 1 // after '{': parse checked the object
	for {
		i = ndjSpace(l, i)
		if i >= len(l) || l[i] != '"' {
			break // "}"
		}
		e, esc, _ := ndjScanString(l, i)
		key := l[i+1 : e-1]
		if esc {
			tmp.scratch = tmp.scratch[:0]
			tmp.unescape(key)
			key = tmp.scratch
		}
		k := colKey(string(key))
		isBound := false
		for _, n := range s.names {
			if k == string(n) {
				isBound = true
				break
			}
		}
		i = ndjSpace(l, ndjSpace(l, e)+1) // after ':'
		end, _ := ndjSkipValue(l, i, 0)
		v := l[i:end]
		switch {
		case v[0] == '"':
			tmp.scratch = tmp.scratch[:0]
			tmp.unescape(v[1 : len(v)-1])
			v = append([]byte(nil), tmp.scratch...)
		case string(v) == "null":
			v = nil
		}
		cells, bound = append(cells, v), append(bound, isBound)
		i = ndjSpace(l, end)
		if i < len(l) && l[i] == ',' {
			i++
		}
	}
	return wholeRowFooter(len(cells), func(i int) []byte { return cells[i] }, func(i int) bool { return bound[i] })
}

// Rows returns the number of non-blank lines returned so far.
func (s *ndjSource) Rows() int64 { return s.rows }

// Close closes the underlying file.
func (s *ndjSource) Close() error { return s.close() }
