package ingest

import (
	"bytes"
	"encoding/binary"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encoding is the character encoding of a text table (CSV, TSV, NDJSON).
// sekat works in UTF-8; a table in another encoding is decoded as it is
// read.
type Encoding uint8

// The encodings sekat reads.
const (
	// EncodingAuto detects the encoding (see newTextDecoder): a UTF-16
	// byte order mark gives UTF-16; text that is not UTF-8 but is
	// Windows-1252 gives Windows-1252; anything else is read as UTF-8.
	EncodingAuto Encoding = iota
	// EncodingUTF8 reads the bytes as they are (a UTF-8 byte order mark is
	// skipped). Invalid UTF-8 rejects the row that holds it.
	EncodingUTF8
	// EncodingUTF16 decodes UTF-16: the byte order mark says which byte
	// comes first; without one, the first two characters do when they are
	// ASCII (each after a NUL: big-endian), else little-endian, as
	// Windows writes it (Excel's "Unicode Text").
	EncodingUTF16
	// EncodingWindows1252 decodes Windows-1252 (Western European; Excel's
	// "CSV" on a Windows set to Indonesian or English), of which Latin-1
	// (ISO 8859-1) is a subset for every printable character. A UTF-8
	// byte order mark at the start is skipped, not decoded.
	EncodingWindows1252
)

// String returns the name study.yaml uses: utf-8, utf-16, windows-1252,
// or auto.
func (e Encoding) String() string {
	switch e {
	case EncodingUTF8:
		return "utf-8"
	case EncodingUTF16:
		return "utf-16"
	case EncodingWindows1252:
		return "windows-1252"
	}
	return "auto"
}

// ParseEncoding reads an encoding's name as study.yaml writes it, in any
// case: utf-8, utf-16 or windows-1252 (also utf8, utf16, cp1252).
func ParseEncoding(s string) (Encoding, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "utf-8", "utf8":
		return EncodingUTF8, true
	case "utf-16", "utf16":
		return EncodingUTF16, true
	case "windows-1252", "cp1252":
		return EncodingWindows1252, true
	}
	return 0, false
}

// encLookahead is how many bytes, from the first byte that is not ASCII,
// detection looks at before it decides between UTF-8 and Windows-1252.
const encLookahead = 64 << 10

// encTransformHeld bounds the bytes a transform.Reader holds between its
// source and its reader (its two 4 KiB buffers).
const encTransformHeld = 2 * 4096

// textDecoder turns a text table's bytes into UTF-8. It decides once:
//
//   - With a UTF-16 byte order mark at the start (FF FE or FE FF), or
//     EncodingUTF16, every byte goes through a UTF-16 decoder. So does a
//     file whose first four bytes are two ASCII characters each beside a
//     NUL: UTF-16 without its mark.
//   - With EncodingWindows1252, through a Windows-1252 decoder.
//   - With EncodingUTF8 or a UTF-8 byte order mark, the bytes pass as they
//     are: a UTF-8 file pays nothing.
//   - Otherwise the bytes pass as they are while they are ASCII (which
//     both encodings write alike), and at the first byte that is not, up
//     to encLookahead bytes from there are looked at once: valid UTF-8
//     (a character cut at the end of the look does not count against it)
//     keeps UTF-8 for the rest of the file; text that is not UTF-8 but
//     holds only bytes Windows-1252 defines is decoded as Windows-1252
//     from there on; anything else stays UTF-8 and its rows are rejected
//     as invalid UTF-8, as before.
//
// Line structure is kept, so line numbers are those of the file.
type textDecoder struct {
	r    io.Reader // the file's bytes (after gzip)
	mode encMode
	t    io.Reader // the decoding reader once mode is encDecode
	// pend holds bytes read ahead while deciding, served (or decoded)
	// before more is read from r; perr is the error r gave after them.
	pend []byte
	perr error
	// Found is the encoding the file was read in, once known: UTF-16 or
	// Windows-1252 when decoded, else UTF-8 (also while still undecided).
	found Encoding
	// detected reports a Windows-1252 file found by detection, not named
	// in study.yaml: the file is worth a warning.
	detected bool
	// mixed watches the bytes of a file decoded as Windows-1252 for UTF-8
	// characters (a file that mixes the two: rows pasted from a UTF-8
	// export), which decode to two or three wrong characters each.
	mixed *mixWatch
}

// mixWatch counts, in the bytes read through it, the sequences that are
// UTF-8 characters of two to four bytes (a lead byte 0xC2 to 0xF4 and its
// continuation bytes): in Windows-1252 text they are pairs such as "Ã©"
// that real text hardly holds. A sequence cut by the end of one read is
// looked at with the next.
type mixWatch struct {
	r     io.Reader
	carry []byte
	n     int64  // the sequences found
	first string // the first, as UTF-8
	// c1 reports a byte from 0x80 to 0x9F (€ “ ” … in Windows-1252),
	// which Latin-1 reads as a control character: without one, a reader
	// of Latin-1 reads the file as Windows-1252 does.
	c1 bool
}

func (m *mixWatch) Read(b []byte) (int, error) {
	n, err := m.r.Read(b)
	for i := 0; i < n && !m.c1; i++ {
		m.c1 = b[i] >= 0x80 && b[i] <= 0x9F
	}
	p := b[:n]
	if len(m.carry) > 0 {
		p = append(m.carry, p...)
		m.carry = nil
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c < 0xC2 || c > 0xF4 {
			continue
		}
		if !utf8.FullRune(p[i:]) {
			if err == nil && len(p)-i < utf8.UTFMax {
				m.carry = append([]byte(nil), p[i:]...)
			}
			break
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError || size < 2 {
			continue
		}
		if m.n++; m.first == "" {
			m.first = string(r)
		}
		i += size - 1
	}
	return n, err
}

// MixedUTF8 reports how many UTF-8 characters a file decoded as
// Windows-1252 held, and the first of them.
func (d *textDecoder) MixedUTF8() (n int64, first string) {
	if d.mixed == nil {
		return 0, ""
	}
	return d.mixed.n, d.mixed.first
}

// Latin1Differs reports whether a file decoded as Windows-1252 held a
// byte from 0x80 to 0x9F, which Latin-1 (ISO 8859-1) reads otherwise (it
// has no € “ ” there), in what was read of it so far.
func (d *textDecoder) Latin1Differs() bool {
	return d.mixed != nil && d.mixed.c1
}

type encMode uint8

const (
	encWatch encMode = iota
	encPass
	encDecode
)

// newTextDecoder wraps r, the bytes of a text table, for encoding e.
func newTextDecoder(r io.Reader, e Encoding) *textDecoder {
	d := &textDecoder{r: r, found: EncodingUTF8}
	switch e {
	case EncodingUTF8:
		d.mode = encPass
	case EncodingUTF16:
		// Without a byte order mark, the order its first characters show,
		// as detection tells it (and the pairs SQL, engine's utf16Order):
		// a file that study.yaml names utf-16 and Java's "UTF-16BE" wrote
		// was read little-endian, its header as "瀀攀爀..." (a missing column).
		d.readAhead(4)
		if p := d.pend; len(p) == 4 && p[0] == 0 && p[1] != 0 && p[2] == 0 && p[3] != 0 {
			d.decodeUTF16BE()
		} else {
			d.decodeWith(EncodingUTF16)
		}
	case EncodingWindows1252:
		// A UTF-8 byte order mark before Windows-1252 text (rows saved
		// by Excel appended to a "CSV UTF-8" export) marks the file, not
		// its first column: decoded, it was "ï»¿" glued to the first
		// header name, and the run stopped on a missing column.
		d.readAhead(len(srcBOM))
		d.pend = bytes.TrimPrefix(d.pend, srcBOM)
		d.decodeWith(EncodingWindows1252)
	}
	return d
}

// decodeWith starts decoding e from the pending bytes on.
func (d *textDecoder) decodeWith(e Encoding) {
	var tr transform.Transformer
	var src io.Reader = &pendReader{d}
	if e == EncodingUTF16 {
		tr = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
	} else {
		tr = charmap.Windows1252.NewDecoder()
		d.mixed = &mixWatch{r: src}
		src = d.mixed
	}
	d.mode, d.found = encDecode, e
	d.t = transform.NewReader(src, tr)
}

// decodeUTF16BE starts decoding big-endian UTF-16 without a byte order
// mark.
func (d *textDecoder) decodeUTF16BE() {
	d.mode, d.found = encDecode, EncodingUTF16
	d.t = transform.NewReader(&pendReader{d}, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder())
}

// pendReader serves a textDecoder's pending bytes, then its source.
type pendReader struct{ d *textDecoder }

func (p *pendReader) Read(b []byte) (int, error) {
	d := p.d
	if len(d.pend) > 0 {
		n := copy(b, d.pend)
		d.pend = d.pend[n:]
		return n, nil
	}
	if d.perr != nil {
		return 0, d.perr
	}
	return d.r.Read(b)
}

// Encoding returns the encoding the file is read in.
func (d *textDecoder) Encoding() Encoding { return d.found }

// held bounds the bytes taken from the source that the reader of d has not
// been given yet.
func (d *textDecoder) held() int {
	n := len(d.pend)
	if d.mode == encDecode {
		n += encTransformHeld
	}
	return n
}

func (d *textDecoder) Read(b []byte) (int, error) {
	for {
		switch d.mode {
		case encPass:
			return (&pendReader{d}).Read(b)
		case encDecode:
			return d.t.Read(b)
		}
		if len(b) == 0 {
			return 0, nil
		}
		if d.pend == nil && d.perr == nil {
			// The start of the file: a byte order mark decides.
			if err := d.readAhead(4); err != nil && len(d.pend) == 0 {
				return 0, err
			}
			p := d.pend
			switch {
			case bytes.HasPrefix(p, []byte{0xFF, 0xFE}), bytes.HasPrefix(p, []byte{0xFE, 0xFF}):
				d.decodeWith(EncodingUTF16)
				continue
			case len(p) == 4 && p[0] != 0 && p[1] == 0 && p[2] != 0 && p[3] == 0:
				// UTF-16 without a byte order mark: two ASCII characters
				// each followed by a NUL (little-endian) ...
				d.decodeWith(EncodingUTF16)
				continue
			case len(p) == 4 && p[0] == 0 && p[1] != 0 && p[2] == 0 && p[3] != 0:
				// ... or each preceded by one (big-endian).
				d.decodeUTF16BE()
				continue
			case bytes.HasPrefix(d.pend, srcBOM):
				d.mode = encPass
				continue
			}
		}
		var n int
		var err error
		if len(d.pend) > 0 {
			n = copy(b, d.pend)
			d.pend = d.pend[n:]
			if len(d.pend) == 0 {
				err, d.perr = d.perr, nil
			}
		} else {
			if d.perr != nil {
				return 0, d.perr
			}
			n, err = d.r.Read(b)
		}
		i := firstNonASCII(b[:n])
		if i < 0 {
			return n, err
		}
		// Put the bytes from the first non-ASCII one back, decide, and
		// hand out the ASCII before it (if any) now.
		d.pend = append(append([]byte(nil), b[i:n]...), d.pend...)
		if err != nil && d.perr == nil {
			d.perr = err
		}
		d.decide()
		if i > 0 {
			return i, nil
		}
	}
}

// readAhead reads from the source until d.pend holds n bytes or the
// source ends (its error is kept in d.perr and returned).
func (d *textDecoder) readAhead(n int) error {
	if cap(d.pend) < n {
		d.pend = append(make([]byte, 0, n), d.pend...)
	}
	for empty := 0; len(d.pend) < n && d.perr == nil; {
		m, err := d.r.Read(d.pend[len(d.pend):n])
		d.pend = d.pend[:len(d.pend)+m]
		switch {
		case err != nil:
			d.perr = err
		case m > 0:
			empty = 0
		default:
			if empty++; empty > 100 {
				d.perr = io.ErrNoProgress
			}
		}
	}
	return d.perr
}

// decide looks at the pending bytes, which start with the first byte that
// is not ASCII, and chooses UTF-8 or Windows-1252 for the rest of the file.
func (d *textDecoder) decide() {
	d.readAhead(encLookahead)
	look := d.pend
	if len(look) > encLookahead {
		look = look[:encLookahead]
	}
	if keepsUTF8(look, d.perr != nil && len(look) == len(d.pend)) {
		d.mode = encPass
		return
	}
	d.detected = true
	d.decodeWith(EncodingWindows1252)
}

// keepsUTF8 is decide's choice: whether look, the bytes from the first
// one that is not ASCII (at most encLookahead; atEnd when they run to the
// end of the input), keep the file UTF-8 rather than Windows-1252.
func keepsUTF8(look []byte, atEnd bool) bool {
	return validUTF8Prefix(look, atEnd) || !windows1252(look)
}

// validUTF8Prefix reports whether b is valid UTF-8, where a character cut
// off at the end of b is fine unless b is the end of the input.
func validUTF8Prefix(b []byte, atEnd bool) bool {
	if utf8.Valid(b) {
		return true
	}
	if atEnd {
		return false
	}
	// Cut a possibly incomplete last character (at most 3 bytes) and try
	// again.
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c&0xC0 != 0x80 { // the start of the last character
			if !utf8.FullRune(b[len(b)-k:]) {
				return utf8.Valid(b[:len(b)-k])
			}
			return false
		}
	}
	return false
}

// windows1252 reports whether b holds only bytes that Windows-1252 defines
// (all but 0x81, 0x8D, 0x8F, 0x90 and 0x9D).
func windows1252(b []byte) bool {
	for _, c := range b {
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return false
		}
	}
	return true
}

// firstNonASCII returns the index of the first byte of b at or above 0x80,
// or -1. It looks at eight bytes at a time: on ASCII text, the only text
// detection watches for long, it costs a small fraction of parsing.
func firstNonASCII(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= 0x80 {
			return i
		}
	}
	return -1
}

// charmapText is s, UTF-8, as a reader of Windows-1252 decodes its bytes
// ("é" as "Ã©").
func charmapText(s string) string {
	t, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		return s
	}
	return t
}
