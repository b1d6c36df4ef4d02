// Package pqguard checks a Parquet file before parquet-go reads it.
// parquet-go trusts the sizes and counts written in the footer and in page
// headers and allocates them up front, and some of its decoders do not stop
// on damaged data, so a few damaged bytes could ask for gigabytes or run
// the process out of memory. CheckFooter and CheckPages refuse such files
// first; every reader of Parquet in sekat (the tables of a study, the pair
// tables of an engine, the tables of an output folder) calls them.
package pqguard

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/snappy"
	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go/format"
	"github.com/pierrec/lz4/v4"
)

// ErrEncrypted is CheckFooter's error for an encrypted file.
var ErrEncrypted = errors.New("encrypted parquet files are not supported; decrypt it first")

// Limits on what a Parquet file may claim before any of it is allocated.
// parquet-go trusts the sizes and counts written in the footer and in page
// headers and allocates them up front, so a few corrupt bytes could ask for
// gigabytes; CheckFooter and CheckPages refuse such files first. Real
// files stay far below these limits (writers cut pages at about 1 MiB).
const (
	MaxFooter     = 256 << 20 // bytes of file metadata
	MaxPageBytes  = 256 << 20 // compressed or uncompressed bytes of one page
	MaxPageValues = 1 << 24   // values (or rows) in one page
	maxDepth      = 64        // nesting of thrift structures
)

var errThrift = errors.New("bad thrift encoding")

// FooterError is the error of a file whose footer length (Footer bytes,
// written in its last 8 bytes) exceeds the File bytes of the file, or
// MaxFooter: a damaged or cut-off file. Its message groups the byte
// counts by thousands, as English writes them ("2,885,681,152"); the
// command line writes them in its language from the fields.
type FooterError struct {
	Footer, File int64
}

func (e *FooterError) Error() string {
	return fmt.Sprintf("footer of %s bytes in a file of %s bytes", Grouped(e.Footer, ','), Grouped(e.File, ','))
}

// Grouped writes n with sep between its groups of three digits
// (2885681152, ',' gives "2,885,681,152").
func Grouped(n int64, sep byte) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b []byte
	if neg {
		b = append(b, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, sep)
		}
		b = append(b, s[i])
	}
	return string(b)
}

// thrift walks a thrift compact-protocol structure without building it,
// checking that every declared length fits in the bytes that remain. It
// records the top-level integer fields and those of the structures in
// fields 5, 7 and 8 (the data, dictionary and v2 data page headers of a
// PageHeader), in ints[parent][field] for field ids 1..8.
type thrift struct {
	b    []byte
	i    int
	ints [9][9]int64
	seen [9][9]bool
	// falses marks the boolean fields written false (recorded as the
	// integers are).
	falses [9][9]bool
}

func (t *thrift) byte1() (byte, error) {
	if t.i >= len(t.b) {
		return 0, io.ErrUnexpectedEOF
	}
	c := t.b[t.i]
	t.i++
	return c, nil
}

func (t *thrift) uvarint() (uint64, error) {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		c, err := t.byte1()
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, nil
		}
	}
	return 0, errThrift
}

func (t *thrift) varint() (int64, error) {
	u, err := t.uvarint()
	return int64(u>>1) ^ -int64(u&1), err
}

func (t *thrift) left() uint64 { return uint64(len(t.b) - t.i) }

// structure walks the fields of a structure up to its stop byte. parent
// is the field id holding it (0 at the top, -1 when not recorded).
func (t *thrift) structure(depth, parent int) error {
	if depth > maxDepth {
		return errThrift
	}
	var id int64
	for {
		h, err := t.byte1()
		if err != nil {
			return err
		}
		if h == 0 {
			return nil
		}
		typ := h & 0x0f
		if d := h >> 4; d != 0 {
			id += int64(d)
		} else if id, err = t.varint(); err != nil {
			return err
		}
		if typ == 1 || typ == 2 { // booleans live in the field header
			if parent >= 0 && id >= 1 && id <= 8 {
				t.falses[parent][id] = typ == 2
			}
			continue
		}
		child := -1
		if parent == 0 && (id == 5 || id == 7 || id == 8) {
			child = int(id)
		}
		v, err := t.value(typ, depth, child)
		if err != nil {
			return err
		}
		if parent >= 0 && id >= 1 && id <= 8 && typ >= 3 && typ <= 6 {
			t.ints[parent][id], t.seen[parent][id] = v, true
		}
	}
}

// value walks one value of type typ and returns it when it is an integer.
func (t *thrift) value(typ byte, depth, child int) (int64, error) {
	switch typ {
	case 1, 2, 3: // bool (in a list or map), byte
		c, err := t.byte1()
		return int64(int8(c)), err
	case 4, 5, 6: // i16, i32, i64
		return t.varint()
	case 7: // double
		if t.left() < 8 {
			return 0, io.ErrUnexpectedEOF
		}
		t.i += 8
		return 0, nil
	case 8: // binary
		n, err := t.uvarint()
		if err != nil {
			return 0, err
		}
		if n > t.left() {
			return 0, errThrift
		}
		t.i += int(n)
		return 0, nil
	case 9, 10: // list, set
		h, err := t.byte1()
		if err != nil {
			return 0, err
		}
		n := uint64(h >> 4)
		if n == 15 {
			if n, err = t.uvarint(); err != nil {
				return 0, err
			}
		}
		if n > t.left() { // every element takes at least one byte
			return 0, errThrift
		}
		for k := uint64(0); k < n; k++ {
			if _, err := t.value(h&0x0f, depth+1, -1); err != nil {
				return 0, err
			}
		}
		return 0, nil
	case 11: // map
		n, err := t.uvarint()
		if err != nil || n == 0 {
			return 0, err
		}
		kv, err := t.byte1()
		if err != nil {
			return 0, err
		}
		if n > t.left()/2 {
			return 0, errThrift
		}
		for k := uint64(0); k < n; k++ {
			if _, err := t.value(kv>>4, depth+1, -1); err != nil {
				return 0, err
			}
			if _, err := t.value(kv&0x0f, depth+1, -1); err != nil {
				return 0, err
			}
		}
		return 0, nil
	case 12: // struct
		return 0, t.structure(depth+1, child)
	}
	return 0, errThrift
}

// CheckFooter checks the magic bytes and walks the footer's thrift
// encoding before parquet-go decodes it.
func CheckFooter(ra io.ReaderAt, size int64) error {
	if size < 12 {
		return fmt.Errorf("%d bytes is too small for a parquet file", size)
	}
	var head [4]byte
	var tail [8]byte
	if _, err := ra.ReadAt(head[:], 0); err != nil {
		return err
	}
	if _, err := ra.ReadAt(tail[:], size-8); err != nil && !(err == io.EOF) {
		return err
	}
	switch {
	case string(head[:]) == "PARE" || string(tail[4:]) == "PARE":
		return ErrEncrypted
	case string(head[:]) != "PAR1" || string(tail[4:]) != "PAR1":
		return errors.New("no PAR1 magic bytes at both ends")
	}
	n := int64(uint32(tail[0]) | uint32(tail[1])<<8 | uint32(tail[2])<<16 | uint32(tail[3])<<24)
	if n > size-12 || n > MaxFooter {
		return &FooterError{Footer: n, File: size}
	}
	b := make([]byte, n)
	if _, err := ra.ReadAt(b, size-8-n); err != nil && !(err == io.EOF) {
		return err
	}
	t := thrift{b: b}
	if err := t.structure(0, 0); err != nil {
		return fmt.Errorf("footer: %w", err)
	}
	return nil
}

// CheckPages walks the page headers of one column chunk, checking that
// each page lies inside the chunk and claims sizes and counts within the
// limits above.
func CheckPages(ra io.ReaderAt, size int64, md *format.ColumnMetaData) error {
	start := md.DataPageOffset
	if md.DictionaryPageOffset > 0 && md.DictionaryPageOffset < start {
		start = md.DictionaryPageOffset
	}
	end := start + md.TotalCompressedSize
	if start < 4 || md.TotalCompressedSize < 0 || end < start || end > size-8 {
		return fmt.Errorf("column chunk at bytes [%d,%d) lies outside the file", start, end)
	}
	buf := make([]byte, 0, 4096)
	var blk blockCheck
	for off := start; off < end; {
		want := min(int64(cap(buf)), end-off)
		buf = buf[:want]
		if _, err := ra.ReadAt(buf, off); err != nil && err != io.EOF {
			return err
		}
		t := thrift{b: buf}
		err := t.structure(0, 0)
		if err == io.ErrUnexpectedEOF && want < end-off && cap(buf) < 16<<20 {
			buf = make([]byte, 0, 4*cap(buf)) // a long header: read more
			continue
		}
		if err != nil {
			return fmt.Errorf("page header at byte %d: %w", off, err)
		}
		typ, usize, csize := t.ints[0][1], t.ints[0][2], t.ints[0][3]
		if !t.seen[0][1] || !t.seen[0][2] || !t.seen[0][3] || usize < 0 || csize < 0 {
			return fmt.Errorf("page header at byte %d lacks its sizes", off)
		}
		if usize > MaxPageBytes || csize > MaxPageBytes || int64(t.i)+csize > end-off {
			return fmt.Errorf("page at byte %d claims %d bytes (%d compressed), beyond the column chunk or the %d MiB limit", off, usize, csize, MaxPageBytes>>20)
		}
		for _, f := range [...][2]int{{5, 1}, {7, 1}, {8, 1}, {8, 2}, {8, 3}} {
			if v := t.ints[f[0]][f[1]]; v < 0 || v > MaxPageValues {
				return fmt.Errorf("page at byte %d (type %d) claims %d values, beyond the limit of %d", off, typ, v, MaxPageValues)
			}
		}
		if c := md.Codec; c == format.Lz4Raw || c == format.Snappy || c == format.Gzip || c == format.Brotli || c == format.Zstd {
			if err := blk.check(ra, md.Codec, &t, off+int64(t.i), csize, usize); err != nil {
				return fmt.Errorf("page at byte %d: %w", off, err)
			}
		}
		off += int64(t.i) + csize
	}
	return nil
}

// blockCheck decodes, before parquet-go does, the pages of codecs whose
// decoder in parquet-go does not stop on damaged data or at the size the
// page claims: its LZ4_RAW decoder doubles its buffer for as long as the
// block fails to decode (a few damaged bytes ran a fuzz run out of
// memory), Snappy allocates what its block header claims, and GZIP,
// BROTLI and ZSTD are read to their end, growing the buffer, however far
// that is (zeros pack about a thousandfold in GZIP and 32,768-fold in ZSTD,
// so a page within MaxPageBytes could ask for hundreds of GiB; ZSTD stops
// only at 64 GiB). A page that passes decodes into the size its header
// gives, so parquet-go's decoder ends too. Such pages are thus decoded
// twice (GZIP, BROTLI and ZSTD here into nothing, at most one byte past
// the claim, then by parquet-go). Its buffers and readers are kept from
// page to page.
type blockCheck struct {
	in, out []byte
	src     bytes.Reader
	gz      *gzip.Reader
	br      *brotli.Reader
	zd      *zstd.Decoder
}

// check reads the page body of csize bytes at off (header t, codec codec,
// uncompressed size usize) and decodes its compressed part.
func (c *blockCheck) check(ra io.ReaderAt, codec format.CompressionCodec, t *thrift, off, csize, usize int64) error {
	typ := t.ints[0][1]
	if typ != 0 && typ != 2 && typ != 3 { // data page, dictionary page, data page v2
		return nil
	}
	c.in = slices.Grow(c.in[:0], int(csize))[:csize]
	if _, err := ra.ReadAt(c.in, off); err != nil && err != io.EOF {
		return err
	}
	body, want := c.in, usize
	if typ == 3 { // v2: the levels come first, uncompressed
		if t.falses[8][7] {
			return nil // is_compressed false
		}
		levels := t.ints[8][5] + t.ints[8][6]
		if t.ints[8][5] < 0 || t.ints[8][6] < 0 || levels > csize || levels > usize {
			return fmt.Errorf("levels of %d bytes, beyond the page", levels)
		}
		body, want = body[levels:], usize-levels
	}
	switch codec {
	case format.Gzip, format.Brotli, format.Zstd:
		return c.stream(codec, body, want)
	case format.Snappy:
		n, err := snappy.DecodedLen(body)
		if err != nil || int64(n) > MaxPageBytes {
			return fmt.Errorf("SNAPPY block damaged or claiming more than %d MiB", MaxPageBytes>>20)
		}
		return nil
	}
	// LZ4_RAW: a sequence of n bytes gives at most 255n bytes and a few.
	if want > 255*int64(len(body))+64 {
		return fmt.Errorf("LZ4_RAW block of %d bytes cannot hold the %d bytes the page claims", len(body), want)
	}
	c.out = slices.Grow(c.out[:0], int(want))[:want]
	if _, err := lz4.UncompressBlock(body, c.out); err != nil {
		return fmt.Errorf("LZ4_RAW block does not decode into the %d bytes the page claims", want)
	}
	return nil
}

// stream decodes the GZIP, BROTLI or ZSTD body of a page into nothing,
// stopping one byte past the want bytes it should give, with the libraries
// parquet-go decodes them with (so that a body passes here exactly when it
// decodes there). ZSTD is read as a stream, whose memory is its window
// (at most MaxPageBytes) and a block, from a reader that is not a byte
// buffer (which the decoder would decode whole first).
func (c *blockCheck) stream(codec format.CompressionCodec, body []byte, want int64) error {
	name := codec.String() // GZIP, BROTLI, ZSTD
	if len(body) == 0 && want == 0 {
		return nil
	}
	c.src.Reset(body)
	var r io.Reader
	var err error
	switch codec {
	case format.Gzip:
		if c.gz == nil {
			c.gz, err = gzip.NewReader(&c.src)
		} else {
			err = c.gz.Reset(&c.src)
		}
		r = c.gz
	case format.Brotli:
		if c.br == nil {
			c.br = brotli.NewReader(&c.src)
		} else {
			err = c.br.Reset(&c.src)
		}
		r = c.br
	default:
		if c.zd == nil {
			c.zd, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(MaxPageBytes), zstd.WithDecodeBuffersBelow(0))
		}
		if err == nil {
			err = c.zd.Reset(struct{ io.Reader }{&c.src})
		}
		r = c.zd
	}
	if err != nil {
		return fmt.Errorf("%s block damaged (%v)", name, err)
	}
	c.out = slices.Grow(c.out[:0], 64<<10)
	n, err := io.CopyBuffer(struct{ io.Writer }{io.Discard}, io.LimitReader(r, want+1), c.out[:cap(c.out)])
	switch {
	case err != nil:
		return fmt.Errorf("%s block damaged (%v)", name, err)
	case n > want:
		return fmt.Errorf("%s block decodes into more than the %d bytes the page claims", name, want)
	case n < want:
		return fmt.Errorf("%s block decodes into %d bytes, not the %d the page claims", name, n, want)
	}
	return nil
}

// CheckFile runs CheckPages on every column chunk of every row group of
// the file whose metadata is md (for readers that read a whole file; the
// study's reader checks each chunk as it comes to it).
func CheckFile(ra io.ReaderAt, size int64, md *format.FileMetaData) error {
	for g := range md.RowGroups {
		for c := range md.RowGroups[g].Columns {
			if err := CheckPages(ra, size, &md.RowGroups[g].Columns[c].MetaData); err != nil {
				return fmt.Errorf("row group %d column %d: %w", g+1, c+1, err)
			}
		}
	}
	return nil
}
