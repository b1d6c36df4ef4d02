package result

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/sekat-ona/sekat/graph"
)

// CSVWriter streams the rows of a table as CSV.
type CSVWriter[R any] struct {
	t   *Table[R]
	w   io.Writer
	b   []byte
	err error
}

// NewCSVWriter starts t's CSV file on w with its header. Nothing is
// written until Write or Close.
func (t *Table[R]) NewCSVWriter(w io.Writer) *CSVWriter[R] {
	cw := &CSVWriter[R]{t: t, w: w}
	for i, c := range t.columns {
		if i > 0 {
			cw.b = append(cw.b, ',')
		}
		cw.b = append(cw.b, c.Name...)
	}
	cw.b = append(cw.b, '\n')
	return cw
}

// Write appends rows; it returns how many it wrote.
func (w *CSVWriter[R]) Write(rows []R) (int, error) {
	for i := range rows {
		if w.err != nil {
			return i, w.err
		}
		for k, c := range w.t.columns {
			if k > 0 {
				w.b = append(w.b, ',')
			}
			w.b = appendCell(w.b, c.Kind, c.get(&rows[i]))
		}
		w.b = append(w.b, '\n')
		if len(w.b) >= 32<<10 {
			w.flush()
		}
	}
	return len(rows), w.err
}

func (w *CSVWriter[R]) flush() {
	if w.err == nil && len(w.b) > 0 {
		_, w.err = w.w.Write(w.b)
	}
	w.b = w.b[:0]
}

// Close writes what is buffered (the header at least). It does not close
// the underlying writer.
func (w *CSVWriter[R]) Close() error {
	w.flush()
	return w.err
}

// WriteCSV writes rows as t's CSV file.
func (t *Table[R]) WriteCSV(w io.Writer, rows []R) error {
	cw := t.NewCSVWriter(w)
	if _, err := cw.Write(rows); err != nil {
		return err
	}
	return cw.Close()
}

func appendCell(b []byte, k Kind, c cell) []byte {
	switch k {
	case Text:
		return appendText(b, c.s)
	case Int:
		return strconv.AppendInt(b, c.i, 10)
	case Bool:
		return strconv.AppendBool(b, c.b)
	}
	if math.IsNaN(c.f) || math.IsInf(c.f, 0) {
		return b
	}
	return graph.AppendFloat(b, c.f)
}

// formula reports whether a spreadsheet would run a text starting with c.
func formula(c byte) bool {
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
}

// guarded reports whether s needs the apostrophe of the formula guard: it
// starts like a formula, or like a guarded text (an apostrophe followed by
// a formula character or by a second apostrophe).
func guarded(s string) bool {
	if s == "" {
		return false
	}
	return formula(s[0]) || s[0] == '\'' && len(s) > 1 && (formula(s[1]) || s[1] == '\'')
}

// appendText appends a text cell (see the package documentation).
func appendText(b []byte, s string) []byte {
	guard := guarded(s)
	if !guard && !needsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	if guard {
		b = append(b, '\'')
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

func needsQuotes(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	return false
}

// unguard undoes the formula guard of appendText.
func unguard(s []byte) []byte {
	if len(s) > 1 && s[0] == '\'' && (formula(s[1]) || s[1] == '\'') {
		return s[1:]
	}
	return s
}

// ReadCSV reads t's CSV file. Columns are found by name in the header;
// a column the table does not know is skipped, a missing one is an error.
func (t *Table[R]) ReadCSV(r io.Reader) ([]R, error) {
	file := t.Name + ".csv"
	cr := &csvReader{r: bufio.NewReaderSize(r, 64<<10), line: 1}
	head, err := cr.record()
	if err == io.EOF {
		return nil, &ParseError{File: file, Line: 1, Err: fmt.Errorf("%w: the file is empty", ErrMalformed)}
	}
	if err != nil {
		return nil, &ParseError{File: file, Line: cr.start, Err: err}
	}
	at := make(map[string]int, len(head))
	for i, h := range head {
		if _, dup := at[string(h)]; dup {
			return nil, &ParseError{File: file, Line: 1, Column: string(h), Err: fmt.Errorf("%w: the column is named twice", ErrMalformed)}
		}
		at[string(h)] = i
	}
	pos := make([]int, len(t.columns)) // -1: an added column the file lacks
	for i, c := range t.columns {
		p, ok := at[c.Name]
		if !ok && !c.added {
			return nil, &ParseError{File: file, Line: 1, Column: c.Name, Err: fmt.Errorf("%w: the column is missing", ErrMalformed)}
		}
		if !ok {
			p = -1
		}
		pos[i] = p
	}
	width := len(head)
	var rows []R
	for {
		rec, err := cr.record()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, &ParseError{File: file, Line: cr.start, Err: err}
		}
		if len(rec) != width {
			return nil, &ParseError{File: file, Line: cr.start,
				Err: fmt.Errorf("%w: %d cells where the header has %d", ErrMalformed, len(rec), width)}
		}
		var row R
		for i, c := range t.columns {
			if pos[i] < 0 {
				continue
			}
			v, err := parseCell(c.Kind, rec[pos[i]])
			if err == nil {
				err = c.set(&row, v)
			}
			if err != nil {
				return nil, &ParseError{File: file, Line: cr.start, Column: c.Name, Value: string(rec[pos[i]]),
					Err: fmt.Errorf("%w: %v", ErrMalformed, err)}
			}
		}
		rows = append(rows, row)
	}
}

func parseCell(k Kind, s []byte) (cell, error) {
	switch k {
	case Text:
		return cell{s: string(unguard(s))}, nil
	case Int:
		x, err := strconv.ParseInt(string(s), 10, 64)
		if err != nil {
			return cell{}, errors.New("not a whole number")
		}
		return cell{i: x}, nil
	case Bool:
		switch string(s) {
		case "true":
			return cell{b: true}, nil
		case "false":
			return cell{}, nil
		}
		return cell{}, errors.New("neither true nor false")
	}
	if len(s) == 0 {
		return cell{f: math.NaN()}, nil
	}
	x, err := strconv.ParseFloat(string(s), 64)
	if err != nil {
		return cell{}, errors.New("not a number")
	}
	return cell{f: x}, nil
}

// csvReader splits sekat's CSV into records. Unlike encoding/csv it keeps
// a CR inside a quoted cell, so every text reads back as written; a CR
// before a line end outside quotes is dropped, so a file saved with CRLF
// line ends still reads.
type csvReader struct {
	r     *bufio.Reader
	line  int // line of the next record
	start int // line where the last record started
	buf   []byte
	ends  []int
	rec   [][]byte
}

// record returns the cells of the next record, valid until the next call;
// io.EOF when there is none.
func (c *csvReader) record() ([][]byte, error) {
	c.start = c.line
	c.buf, c.ends = c.buf[:0], c.ends[:0]
	l, err := c.readLine()
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(l) == 0 {
		return nil, io.EOF
	}
	for {
		if len(l) == 0 {
			return nil, fmt.Errorf("%w: an empty line", ErrMalformed)
		}
		if l[0] != '"' {
			i := bytes.IndexByte(l, ',')
			if i < 0 {
				i = len(l)
			}
			f := l[:i]
			if bytes.IndexByte(f, '"') >= 0 {
				return nil, fmt.Errorf("%w: a quote inside an unquoted cell", ErrMalformed)
			}
			if i == len(l) { // the last cell
				f = bytes.TrimSuffix(bytes.TrimSuffix(f, []byte("\n")), []byte("\r"))
				c.cell(f)
				break
			}
			c.cell(f)
			l = l[i+1:]
			if len(l) == 0 {
				return nil, fmt.Errorf("%w: the file ends after a comma", ErrMalformed)
			}
			continue
		}
		// A quoted cell, possibly over several lines.
		l = l[1:]
		for {
			i := bytes.IndexByte(l, '"')
			if i < 0 {
				c.buf = append(c.buf, l...)
				if err != nil { // io.EOF: no line left to close it
					return nil, fmt.Errorf("%w: a quoted cell is not closed", ErrMalformed)
				}
				l, err = c.readLine()
				if err != nil && err != io.EOF {
					return nil, err
				}
				if len(l) == 0 {
					return nil, fmt.Errorf("%w: a quoted cell is not closed", ErrMalformed)
				}
				continue
			}
			c.buf = append(c.buf, l[:i]...)
			l = l[i+1:]
			if len(l) > 0 && l[0] == '"' {
				c.buf = append(c.buf, '"')
				l = l[1:]
				continue
			}
			break
		}
		c.ends = append(c.ends, len(c.buf))
		switch {
		case len(l) == 0 || string(l) == "\n" || string(l) == "\r\n":
			return c.cells(), nil
		case l[0] == ',':
			l = l[1:]
			if len(l) == 0 {
				return nil, fmt.Errorf("%w: the file ends after a comma", ErrMalformed)
			}
		default:
			return nil, fmt.Errorf("%w: text after a closing quote", ErrMalformed)
		}
	}
	return c.cells(), nil
}

func (c *csvReader) cell(f []byte) {
	c.buf = append(c.buf, f...)
	c.ends = append(c.ends, len(c.buf))
}

func (c *csvReader) cells() [][]byte {
	c.rec = c.rec[:0]
	from := 0
	for _, e := range c.ends {
		c.rec = append(c.rec, c.buf[from:e:e])
		from = e
	}
	return c.rec
}

// readLine returns the next line with its LF (none at the end of the
// input); io.EOF comes with a last line that has no LF, or with nothing.
func (c *csvReader) readLine() ([]byte, error) {
	l, err := c.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		long := append([]byte(nil), l...)
		for err == bufio.ErrBufferFull {
			l, err = c.r.ReadSlice('\n')
			long = append(long, l...)
		}
		l = long
	}
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(l) > 0 && l[len(l)-1] == '\n' {
		c.line++
	}
	return l, err
}
