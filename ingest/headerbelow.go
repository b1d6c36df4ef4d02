package ingest

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"slices"

	"github.com/xuri/excelize/v2"
)

// headerScan is how many lines (sheet rows with a value, for a workbook)
// below a header that lacks a required column are looked at for the
// table's own header, and headerScanBytes how many bytes of a text file.
// Exports from office systems put a title, a period and a blank line
// above the table; a few dozen lines cover them.
const (
	headerScan      = 50
	headerScanBytes = 4 << 20
)

// headerBelow looks below the header of src, read from line header, for
// a line whose cells name every required column of t, as study.yaml
// names them or as suggestColumns maps them (Suggest); it returns the
// line (the sheet row for a workbook) and the mapping, ok false when none
// of the next headerScan lines does. It is only asked once the file has
// failed: it may read on in src.
func (l *loader) headerBelow(t Table, src Source, header int64) (int64, [][2]string, bool) {
	look := func(cells []string) ([][2]string, bool) {
		keys := make(map[string]bool, len(cells))
		for _, c := range cells {
			keys[colKey(c)] = true
		}
		missing, absent := l.absentColumns(t, func(name string) bool { return keys[colKey(name)] })
		if len(missing) == 0 {
			return nil, true
		}
		sg := suggestColumns(t, cells, absent)
		if !mapsEvery(sg, missing) {
			return nil, false
		}
		return sg, true
	}
	switch s := src.(type) {
	case *xlsxSource:
		return s.rowsBelow(look)
	case *csvSource:
		if l.cur != nil && l.cur.Path != "" {
			return csvHeaderBelow(l.cur.Path, l.s.enc[t], s.b.crLines, header, look)
		}
	}
	return 0, nil, false
}

// absentColumns says which of table t's columns a header lacks, has
// telling whether the header holds a name (the file's name of a column,
// after study.yaml's renames): missing are the required columns it
// lacks, in the contract's order, and absent every column sekat reads
// that it lacks, required or optional (not unused), by its contract name:
// the columns suggestColumns may map. missingColumn asks it of the header
// read, headerBelow of each line below.
func (l *loader) absentColumns(t Table, has func(name string) bool) (missing []string, absent map[string]bool) {
	spec := tables[t]
	absent = map[string]bool{}
	for _, col := range spec.required {
		if !has(l.s.column(t, col)) {
			missing = append(missing, col)
			absent[col] = true
		}
	}
	for _, col := range spec.optional {
		if !has(l.s.column(t, col)) && !slices.Contains(spec.unused, col) {
			absent[col] = true
		}
	}
	return missing, absent
}

// mapsEvery reports whether the mapping sg (suggestColumns) gives a
// header for every column of missing.
func mapsEvery(sg [][2]string, missing []string) bool {
	for _, col := range missing {
		if !slices.ContainsFunc(sg, func(p [2]string) bool { return p[0] == col }) {
			return false
		}
	}
	return true
}

// rowsBelow reads on in the sheet, after the header, up to headerScan
// rows with a value, and returns the first that look takes.
func (s *xlsxSource) rowsBelow(look func([]string) ([][2]string, bool)) (row int64, sg [][2]string, ok bool) {
	defer func() {
		if recover() != nil { // the reader failed: no hint, the error stands
			row, sg, ok = 0, nil, false
		}
	}()
	if s.rows == nil {
		return 0, nil, false
	}
	for n := 0; n < headerScan && s.rows.Next(); {
		s.rownum++
		cells, err := s.rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return 0, nil, false
		}
		if xlsxBlank(cells) {
			continue
		}
		n++
		if sg, ok := look(cells); ok {
			return s.rownum, sg, true
		}
	}
	return 0, nil, false
}

// csvHeaderBelow reads the text file at path (decompressed when its name
// ends in .gz, .zst, .bz2, .xz or .lz4, decoded as the table is read: UTF-16, Windows-1252 or as
// study.yaml's encoding: says) from its top, and returns the first of the headerScan
// lines after line header whose cells, split at any of the delimiters
// sekat detects, look takes. Lines are counted as sekat counts them
// (every line break, a quoted one too; with crLines, every CR, as the
// reader makes each a LF); a line too long is passed over.
func csvHeaderBelow(path string, enc Encoding, crLines bool, header int64, look func([]string) ([][2]string, bool)) (int64, [][2]string, bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, nil, false
	}
	defer f.Close()
	r, done, ok := decompressed(path, f)
	if !ok {
		return 0, nil, false
	}
	defer done()
	r = newTextDecoder(r, enc)
	if crLines { // "CSV (Macintosh)": its lines end at a lone CR
		r = crLFReader{r}
	}
	br := bufio.NewReaderSize(io.LimitReader(r, headerScanBytes), 64<<10)
	for line := int64(1); line <= header+headerScan; line++ {
		b, err := br.ReadSlice('\n')
		long := false
		for err == bufio.ErrBufferFull {
			long = true
			_, err = br.ReadSlice('\n')
		}
		if err != nil && (err != io.EOF || len(b) == 0) {
			return 0, nil, false
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		}
		if line <= header || long {
			continue
		}
		b = bytes.TrimRight(b, "\r\n")
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		tried := false
		for _, d := range []byte{',', ';', '\t', '|'} {
			if bytes.IndexByte(b, d) < 0 {
				continue
			}
			tried = true
			if sg, ok := look(csvSplitPlain(b, d)); ok {
				return line, sg, true
			}
		}
		if !tried {
			if sg, ok := look([]string{string(b)}); ok {
				return line, sg, true
			}
		}
	}
	return 0, nil, false
}

// csvSplitPlain splits one line at delim: a field that starts with a
// quote runs to the next lone quote, with "" read as one quote.
func csvSplitPlain(b []byte, delim byte) []string {
	var out []string
	for {
		if len(b) > 0 && b[0] == '"' {
			var f []byte
			i := 1
			for i < len(b) {
				if b[i] == '"' {
					if i+1 < len(b) && b[i+1] == '"' {
						f = append(f, '"')
						i += 2
						continue
					}
					i++
					break
				}
				f = append(f, b[i])
				i++
			}
			out = append(out, string(f))
			j := bytes.IndexByte(b[i:], delim)
			if j < 0 {
				return out
			}
			b = b[i+j+1:]
			continue
		}
		j := bytes.IndexByte(b, delim)
		if j < 0 {
			return append(out, string(b))
		}
		out = append(out, string(b[:j]))
		b = b[j+1:]
	}
}

// crLFReader makes every CR it reads a LF, as the CSV reader does for a
// file whose lines end with a lone CR (srcBuf.crLines).
type crLFReader struct{ r io.Reader }

func (c crLFReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	crToLF(p[:n])
	return n, err
}
