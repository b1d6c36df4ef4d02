package ingest

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/bzip2"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/pierrec/lz4/v4"
	"github.com/sekat-ona/sekat/engine"
	"github.com/ulikunitz/xz"
)

// DefaultMaxSpool is the most bytes a gzipped Parquet file may decompress
// to when OpenOptions.MaxSpool (or Options.MaxSpool) is 0: 4 GiB. Parquet
// needs random access, so a .parquet.gz is unpacked into a temporary file
// first; the limit keeps a small hostile file from filling the disk (46 MB
// of gzip can hold 10 GB of zeros).
const DefaultMaxSpool int64 = 4 << 30

// ErrSpoolLimit is returned when a gzipped Parquet file decompresses to
// more than the spool limit.
var ErrSpoolLimit = errors.New("decompressed parquet larger than the spool limit")

// OpenOptions configure OpenWith and OpenReaderWith. The zero value is the
// default.
type OpenOptions struct {
	// MaxSpool bounds the decompressed size of a gzipped Parquet file, in
	// bytes; 0 means DefaultMaxSpool.
	MaxSpool int64
	// Encoding of a CSV, TSV or NDJSON file; the zero value detects it
	// (see Encoding).
	Encoding Encoding
	// Sheet names the sheet of an .xlsx workbook to read; "" reads the
	// first. The spool limit (MaxSpool) also bounds the workbook's file
	// and its unpacked size.
	Sheet string
	// FewValuesNoRow says a row of at most two values in the columns
	// bound is never a row of the table (a log table's rows need three):
	// an .xlsx range merged below the sheet's last row of more values (the
	// lines of a signature block, merged and centred) is then not refused
	// as a MergedCellsError; those rows are rejected, or named as a
	// signature block, as they would be unmerged.
	FewValuesNoRow bool
	// codec is the compression of a stream read with gz set: "zstd",
	// "bzip2", "xz" or "lz4" (Compression of the file's name), else gzip.
	codec string
}

func (o OpenOptions) maxSpool() int64 {
	if o.MaxSpool > 0 {
		return o.MaxSpool
	}
	return DefaultMaxSpool
}

// Open opens a table file by the ending of its name (case-insensitive):
// .csv (delimiter ',', ';' or TAB, detected from the header line outside
// quotes, unless a first line "sep=X", as Excel writes it, declares X),
// .tsv (TAB, or the X of such a line), .ndjson or .jsonl, .parquet, each of which may end
// in .gz, and .xlsx (or .xlsm). A UTF-8 byte order mark is skipped; text
// tables in UTF-16 or Windows-1252 are decoded (see Encoding). Errors and RowErrors call the file by
// its base name. Only regular files are read: a named pipe, a device or a
// folder is refused with ErrNotRegular before anything is read from it.
//
// A gzipped Parquet file is decompressed to a temporary file first
// (Parquet needs random access), at most DefaultMaxSpool bytes of it. The
// temporary file is created in os.TempDir() with mode 0600 and, except on
// Windows, removed from its folder at once, so that nothing is left behind
// even when the process is killed; Close releases it.
func Open(path string) (Source, error) { return OpenWith(path, OpenOptions{}) }

// OpenWith is Open with options.
func OpenWith(path string, o OpenOptions) (Source, error) {
	t, err := openTable(path, o, nil)
	if err != nil {
		return nil, err
	}
	return t.Source, nil
}

// table is a table file opened by the loader: its Source, the sha256 of
// the file's bytes as they were read, and what the early stop on rejected
// rows needs.
type table struct {
	Source
	// sum returns the sha256 of the file's bytes, or "" when the file was
	// not read to its end; call it after reading.
	sum func() string
	// left bounds the number of rows still to come in this file; it is
	// called on the goroutine that calls Next.
	left func() float64
	// after checks, once the file has been read, that it is still the file
	// that was hashed (Parquet is hashed apart from its parsing).
	after func() error
	// dec decodes a text table (nil for the other formats): after reading
	// it says which encoding the file was in.
	dec *textDecoder
	// file and st, for a text table that is not gzipped: the file and what
	// it was when opened, for a read in parts (see shard.go).
	file *os.File
	st   fs.FileInfo
}

// openTable opens path; want, when not nil, is what the file was when the
// study was resolved, and a different file is refused.
func openTable(path string, o OpenOptions, want fs.FileInfo) (*table, error) {
	name := ShowName(filepath.Base(path))
	format, gz, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	f, err := openNoBlock(path)
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: %w", name, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("ingest: %s: %w", name, err)
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, &NotRegularError{File: name, Kind: fileKind(st.Mode())}
	}
	if want != nil && !os.SameFile(want, st) {
		f.Close()
		return nil, fmt.Errorf("ingest: %s: replaced by another file since the study was opened; run again: %w", name, ErrStudy)
	}
	if format == "xlsx" {
		// A workbook is a zip, read with random access: its bytes are read
		// once into memory, hashed on the way, and parsed from there.
		defer f.Close()
		tee := newHashTee(f)
		data, err := readXLSXFile(name, tee, st.Size(), o.maxSpool())
		if err != nil {
			return nil, err
		}
		s, err := newXLSX(name, data, o.Sheet, o.maxSpool())
		if err != nil {
			return nil, err
		}
		s.fewNoRow = o.FewValuesNoRow
		return &table{Source: s, sum: tee.sum, left: s.rowsLeft, after: func() error { return nil }}, nil
	}
	if format == "parquet" && !gz {
		// Parquet is read with random access: the whole file is hashed
		// once, on a goroutine of its own while it is parsed, and after
		// reading it must still have the size and modification time it
		// had when it was opened.
		sum, wait := hashFileAsync(f, st.Size())
		closeFile := func() error { wait(); return f.Close() }
		s, err := newParquet(name, f, st.Size())
		if err != nil {
			closeFile()
			return nil, err
		}
		s.closeFn = closeFile
		return &table{Source: s, sum: sum, left: s.rowsLeft, after: unchanged(f, st, name)}, nil
	}
	tee := newHashTee(f)
	t := &table{sum: tee.sum, after: func() error { return nil }}
	var br *bufio.Reader
	var rd io.Reader = tee
	if gz {
		// The gzip reader reads through br (not a bufio of its own), so
		// that the bytes it has taken from the file are known exactly.
		br = bufio.NewReaderSize(tee, 64<<10)
		rd = br
	}
	o.codec = Compression(path)
	src, dec, err := openStream(name, io.NopCloser(rd), format, gz, o)
	if err != nil {
		f.Close()
		return nil, err
	}
	t.Source, t.dec = src, dec
	switch s := src.(type) {
	case *pqSource:
		s.closeFn = chainClose(s.closeFn, f.Close)
		t.left = s.rowsLeft
	case *csvSource:
		s.closeFn = chainClose(s.closeFn, f.Close)
		t.left = textRowsLeft(f, gz, o.codec, tee, br, dec, &s.b)
		if !gz {
			t.file, t.st = f, st
		}
	case *ndjSource:
		s.closeFn = chainClose(s.closeFn, f.Close)
		t.left = textRowsLeft(f, gz, o.codec, tee, br, dec, &s.b)
	}
	return t, nil
}

func chainClose(a, b func() error) func() error {
	return func() error {
		var e1 error
		if a != nil {
			e1 = a()
		}
		return errors.Join(e1, b())
	}
}

// unchanged returns a check that f still has the size and modification
// time it had when st was taken.
func unchanged(f *os.File, st fs.FileInfo, name string) func() error {
	return func() error {
		now, err := f.Stat()
		if err != nil {
			return fmt.Errorf("ingest: %s: %w", name, err)
		}
		if now.Size() != st.Size() || !now.ModTime().Equal(st.ModTime()) {
			return fmt.Errorf("ingest: %s: the file changed while it was being read; run again when nothing writes to it", name)
		}
		return nil
	}
}

// deflateMaxRatio is the most output one byte of deflate data can give:
// a length-258 match coded in two bits (RFC 1951), 258*8/2.
const deflateMaxRatio = 1032

// gzipPending bounds the bytes the gzip reader has decoded but not yet
// handed out (its 32 KiB window), with room to spare.
const gzipPending = 64 << 10

// textRowsLeft bounds the rows a CSV, TSV or NDJSON file can still hold:
// every row takes at least two bytes (one character and a line end, the
// last row one), and a gzipped byte gives at most deflateMaxRatio bytes.
// It looks at the file's size now, so a file that grows while it is read
// only loosens the bound. Bytes the decoder holds count as well: a row in
// UTF-16 or Windows-1252 takes at least two bytes there too.
func textRowsLeft(f *os.File, gz bool, codec string, tee *hashTee, br *bufio.Reader, dec *textDecoder, b *srcBuf) func() float64 {
	return func() float64 {
		st, err := f.Stat()
		if err != nil {
			return math.Inf(1)
		}
		raw := float64(st.Size() - tee.n)
		if br != nil {
			raw += float64(br.Buffered())
		}
		raw = max(raw, 0)
		bytes := raw
		if gz && codec != "gzip" {
			// zstd, bzip2, xz and lz4 bound their expansion far above deflate
			return math.Inf(1)
		}
		if gz {
			bytes = raw*deflateMaxRatio + gzipPending
		}
		bytes += float64(b.w-b.r) + float64(dec.held())
		return math.Floor((bytes+1)/2) + 1
	}
}

// FormatOf returns the format ("csv", "tsv", "ndjson", "parquet" or
// "xlsx") and whether the file is compressed whole (gz), from the ending
// of path's name: .gz (gzip), and for a text table (CSV, TSV, NDJSON) also
// .zst (zstd, as DuckDB's COMPRESSION zstd writes it), .bz2 (bzip2), .xz
// (xz) or .lz4 (the lz4 tool's frame format); Compression says which. A
// workbook (.xlsx, or .xlsm with macros) is compressed already and is
// not read compressed; a Parquet file is read gzipped only.
func FormatOf(path string) (format string, gz bool, err error) {
	base := strings.ToLower(filepath.Base(path))
	codec := Compression(base)
	if codec != "" {
		gz = true
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	switch filepath.Ext(base) {
	case ".csv":
		return "csv", gz, nil
	case ".tsv":
		return "tsv", gz, nil
	case ".ndjson", ".jsonl":
		return "ndjson", gz, nil
	case ".parquet":
		if codec == "" || codec == "gzip" {
			return "parquet", gz, nil
		}
	case ".xlsx", ".xlsm":
		if !gz {
			return "xlsx", false, nil
		}
	}
	return "", false, fmt.Errorf("ingest: %s: unknown table format; name the file .csv, .tsv, .ndjson, .jsonl or .parquet (optionally .gz; a text table also .zst, .bz2, .xz or .lz4), or .xlsx", ShowName(filepath.Base(path)))
}

// Compression names the compression of a table file from the ending of
// path's name, in any case: "gzip" (.gz), "zstd" (.zst), "bzip2"
// (.bz2), "xz" (.xz) or "lz4" (.lz4); "" for none. FormatOf says which formats may have which.
func Compression(path string) string { return engine.Compression(filepath.Base(path)) }

// OpenReader does what Open does for an input already open, for tests,
// fuzzing and streams. format is "csv", "tsv", "ndjson", "parquet" or
// "xlsx" (read whole into memory, gz not set); gz
// says r is gzipped. Parquet needs random access: r must implement
// io.ReaderAt and Size() int64 (as *bytes.Reader does) unless gz is set, in
// which case it is decompressed to a temporary file (see Open). name is
// what errors call the input. OpenReader does not close r.
func OpenReader(name string, r io.Reader, format string, gz bool) (Source, error) {
	return OpenReaderWith(name, r, format, gz, OpenOptions{})
}

// OpenReaderWith is OpenReader with options.
func OpenReaderWith(name string, r io.Reader, format string, gz bool, o OpenOptions) (Source, error) {
	if r == nil {
		return nil, fmt.Errorf("ingest: %s: nil reader", name)
	}
	if format == "xlsx" {
		data, err := readXLSXFile(name, r, 0, o.maxSpool())
		if err != nil {
			return nil, err
		}
		s, err := newXLSX(name, data, o.Sheet, o.maxSpool())
		if err != nil {
			return nil, err
		}
		s.fewNoRow = o.FewValuesNoRow
		return s, nil
	}
	if format == "parquet" && !gz {
		ra, ok := r.(openSizedReaderAt)
		if !ok {
			return nil, fmt.Errorf("ingest: %s: parquet needs random access: pass an io.ReaderAt with Size() int64, such as *bytes.Reader", name)
		}
		s, err := newParquet(name, ra, ra.Size())
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	s, _, err := openStream(name, io.NopCloser(r), format, gz, o)
	return s, err
}

// openSizedReaderAt is what Parquet needs from an in-memory input.
type openSizedReaderAt interface {
	io.ReaderAt
	Size() int64
}

// openStream builds the source for rc, which it closes on Close (or on
// error, by the caller). A text table is read through a textDecoder, which
// it returns.
func openStream(name string, rc io.ReadCloser, format string, gz bool, o OpenOptions) (Source, *textDecoder, error) {
	var rd io.Reader = rc
	var zr *gzip.Reader
	closeFn := rc.Close
	if gz && o.codec != "" && o.codec != "gzip" {
		br := bufio.NewReader(rc)
		z, err := openCodec(name, br, o.codec)
		if err != nil {
			return nil, nil, err
		}
		rd = codecDamage{z, o.codec}
		closeFn = func() error {
			var e1 error
			if c, ok := z.(io.Closer); ok {
				e1 = c.Close()
			}
			e2 := rc.Close()
			return errors.Join(e2, e1)
		}
	} else if gz {
		var err error
		br := bufio.NewReader(rc)
		magic, _ := br.Peek(2)
		zr, err = gzip.NewReader(br)
		switch {
		case err == io.EOF: // no byte at all: an export or a copy that did not finish
			return nil, nil, fmt.Errorf("ingest: %s: the file is empty (0 bytes): the export or the copy did not finish; export or copy it again (a log table that has no rows may also be removed): %w", name, ErrDamaged)
		case err == io.ErrUnexpectedEOF && bytes.Equal(magic, []byte{0x1f, 0x8b}): // gzip, cut off
			return nil, nil, fmt.Errorf("ingest: %s: the gzip data stops within its header: the file is cut off; copy or export it again: %w", name, ErrDamaged)
		case err != nil:
			return nil, nil, fmt.Errorf("ingest: %s: not a gzip file (%v), though its name ends in .gz; remove the .gz from the name if it is not compressed, or copy it again: %w", name, err, ErrNotTable)
		}
		rd = gzDamage{zr}
		closeFn = func() error {
			e1 := zr.Close()
			e2 := rc.Close()
			return errors.Join(e2, e1)
		}
	}
	switch format {
	case "csv", "tsv":
		var delim byte
		if format == "tsv" {
			delim = '\t'
		}
		dec := newTextDecoder(rd, o.Encoding)
		s, err := newCSV(name, dec, delim, srcBufSize)
		if err != nil {
			return nil, nil, err
		}
		s.closeFn = closeFn
		return s, dec, nil
	case "ndjson", "jsonl":
		dec := newTextDecoder(rd, o.Encoding)
		s, err := newNDJSON(name, dec, srcBufSize)
		if err != nil {
			return nil, nil, err
		}
		s.closeFn = closeFn
		return s, dec, nil
	case "parquet":
		if !gz {
			// Open and OpenReader hand plain Parquet to newParquet.
			return nil, nil, fmt.Errorf("ingest: %s: parquet needs random access", name)
		}
		s, err := openGzParquet(name, rd, closeFn, o.maxSpool())
		return s, nil, err
	}
	return nil, nil, fmt.Errorf("ingest: %s: unknown format %q; use csv, tsv, ndjson, parquet or xlsx", name, format)
}

// gzDamage reads a gzip stream and marks its errors (data cut off, a bad
// checksum, broken deflate data) as ErrDamaged with the fix.
type gzDamage struct{ r io.Reader }

func (g gzDamage) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = &gzError{err: err}
	}
	return n, err
}

// gzError is an error of the gzip data of a file (of its zstd, bzip2, xz or lz4
// data when codec says so).
type gzError struct {
	err   error
	codec string
}

func (e *gzError) Error() string {
	codec := e.codec
	if codec == "" {
		codec = "gzip"
	}
	return "the " + codec + " data stops before its end or is broken (" + e.err.Error() + "): the file was cut off in a copy or a download; copy or export it again"
}

// codecDamage is gzDamage for a zstd, bzip2, xz or lz4 stream.
type codecDamage struct {
	r     io.Reader
	codec string
}

func (g codecDamage) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = &gzError{err, g.codec}
	}
	return n, err
}

// decompressed reads r, the bytes of the file at path, through the
// decompressor the file's name gives (Compression), or as they are; done
// releases it. ok is false when the compressed data cannot be opened.
func decompressed(path string, r io.Reader) (out io.Reader, done func(), ok bool) {
	switch codec := Compression(path); codec {
	case "":
		return r, func() {}, true
	case "gzip":
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, false
		}
		return z, func() { z.Close() }, true
	default:
		z, err := openCodec(ShowName(filepath.Base(path)), bufio.NewReader(r), codec)
		if err != nil {
			return nil, nil, false
		}
		return z, func() {
			if c, ok := z.(io.Closer); ok {
				c.Close()
			}
		}, true
	}
}

// codecMarks are the first bytes of a stream of each compression besides
// gzip, and the ending of its files: a zstd frame, a bzip2 stream, an xz
// stream, an lz4 frame (the frame format of the lz4 tool).
var codecMarks = map[string]struct {
	magic []byte
	ext   string
}{
	"zstd":  {[]byte{0x28, 0xb5, 0x2f, 0xfd}, ".zst"},
	"bzip2": {[]byte("BZh"), ".bz2"},
	"xz":    {[]byte{0xfd, '7', 'z', 'X', 'Z', 0}, ".xz"},
	"lz4":   {[]byte{0x04, 0x22, 0x4d, 0x18}, ".lz4"},
}

// openCodec opens the zstd, bzip2, xz or lz4 (codec) stream br of the
// file name, once its first bytes are that compression's mark: an empty
// file, or one of other bytes under that name, is refused with the fix.
// The zstd reader runs on one goroutine, with a window no export needs
// more than, and the xz reader behind xzGuard, which holds its
// dictionary to the same, so that a damaged or crafted stream cannot ask
// for gigabytes; an lz4 frame's blocks are at most 4 MiB.
func openCodec(name string, br *bufio.Reader, codec string) (io.Reader, error) {
	mark := codecMarks[codec]
	head, _ := br.Peek(len(mark.magic))
	article := "a"
	if codec == "xz" || codec == "lz4" {
		article = "an"
	}
	switch {
	case len(head) == 0:
		return nil, fmt.Errorf("ingest: %s: the file is empty (0 bytes): the export or the copy did not finish; export or copy it again (a log table that has no rows may also be removed): %w", name, ErrDamaged)
	case !bytes.Equal(head, mark.magic) && codec == "lz4":
		// Spark's and Hadoop's lz4 codec writes .lz4 files in Hadoop's
		// own framing, which no lz4 tool reads
		return nil, fmt.Errorf("ingest: %s: not an lz4 file in the frame format the lz4 tool writes, though its name ends in .lz4; a file Hadoop or Spark compressed with lz4 is in Hadoop's own framing, which sekat does not read: decompress it (hadoop fs -text) or compress it with gzip; remove the .lz4 from the name if it is not compressed, or copy it again: %w", name, ErrNotTable)
	case !bytes.Equal(head, mark.magic):
		return nil, fmt.Errorf("ingest: %s: not %s %s file, though its name ends in %s; remove the %s from the name if it is not compressed, or copy it again: %w", name, article, codec, mark.ext, mark.ext, ErrNotTable)
	case codec == "bzip2":
		return bzip2.NewReader(br), nil
	case codec == "lz4":
		return lz4.NewReader(br), nil
	case codec == "xz":
		z, err := xz.NewReader(newXZGuard(br, maxCodecWindow))
		if err != nil {
			return nil, fmt.Errorf("ingest: %s: %w", name, &gzError{err, codec})
		}
		return z, nil
	}
	z, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true), zstd.WithDecoderMaxWindow(maxCodecWindow))
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: %w", name, &gzError{err, codec})
	}
	return z.IOReadCloser(), nil
}

// maxCodecWindow is the largest window (zstd) or dictionary (xz) a
// compressed table may ask for: 256 MiB, four times what xz -9 and zstd
// -19 use.
const maxCodecWindow = 1 << 28

func (e *gzError) Unwrap() []error { return []error{e.err, ErrDamaged} }

// openGzParquet decompresses rd into a temporary file of at most limit
// bytes and opens that. The file is unlinked at once where the system
// allows it (all but Windows), so it disappears with the process whatever
// happens; elsewhere Close removes it.
func openGzParquet(name string, rd io.Reader, closeIn func() error, limit int64) (Source, error) {
	tmp, err := os.CreateTemp("", "sekat-*.parquet")
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: temporary file for decompression: %w", name, err)
	}
	unlinked := false
	if runtime.GOOS != "windows" {
		unlinked = os.Remove(tmp.Name()) == nil
	}
	cleanup := func() error {
		err := tmp.Close()
		if !unlinked {
			err = errors.Join(err, os.Remove(tmp.Name()))
		}
		return err
	}
	size, err := io.Copy(tmp, io.LimitReader(rd, limit+1))
	if ge := (*gzError)(nil); errors.As(err, &ge) {
		// the compressed data broke off: the Parquet file inside lacks
		// its end, the footer
		cleanup()
		return nil, &CutOffError{File: name, NoFooter: true, Size: size, Codec: cmp.Or(ge.codec, "gzip"), Err: ge}
	}
	if err != nil {
		cleanup()
		return nil, fmt.Errorf("ingest: %s: decompressing: %w", name, err)
	}
	if size > limit {
		cleanup()
		return nil, &FileError{File: name, Err: fmt.Errorf("ingest: %s: decompresses to more than %s, the limit for a gzipped Parquet file (it is unpacked into a temporary file in %s); raise --max-spool if the file is genuine, or store it as plain .parquet, which is compressed inside already: %w",
			name, byteSize(limit), os.TempDir(), ErrSpoolLimit)}
	}
	s, err := newParquet(name, tmp, size)
	if err != nil {
		cleanup()
		closeIn()
		return nil, err
	}
	s.closeFn = func() error { return errors.Join(closeIn(), cleanup()) }
	return s, nil
}

// hashFileAsync hashes the first size bytes of f on a goroutine. sum
// waits for it and returns the hex sha256 ("" after a read error); wait
// only waits, so that f can be closed.
func hashFileAsync(f io.ReaderAt, size int64) (sum func() string, wait func()) {
	done := make(chan struct{})
	var digest string
	go func() {
		defer close(done)
		t := newHashTee(io.NewSectionReader(f, 0, size))
		// Not io.Copy to io.Discard, which would read 8 KiB at a time.
		if _, err := io.CopyBuffer(struct{ io.Writer }{io.Discard}, t, make([]byte, 256<<10)); err == nil {
			digest = t.sum()
		}
	}()
	return func() string { <-done; return digest }, func() { <-done }
}

// hashTee reads a file and feeds every byte it hands out to sha256, so
// that the digest describes exactly the bytes the parser was given.
type hashTee struct {
	r   io.Reader
	h   hash.Hash
	n   int64 // bytes handed out
	eof bool
}

func newHashTee(r io.Reader) *hashTee { return &hashTee{r: r, h: sha256.New()} }

func (t *hashTee) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if n > 0 {
		t.h.Write(p[:n])
		t.n += int64(n)
	}
	if err == io.EOF {
		t.eof = true
	}
	return n, err
}

// sum returns the hex sha256 of the bytes read, or "" unless the file was
// read to its end.
func (t *hashTee) sum() string {
	if t == nil || !t.eof {
		return ""
	}
	return hex.EncodeToString(t.h.Sum(nil))
}
