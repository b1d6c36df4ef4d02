package ingest

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/gzip"
)

// Open opens a table file by the ending of its name (case-insensitive):
// .csv (delimiter ',', ';' or TAB, detected from the header line outside
// quotes), .tsv (TAB), .ndjson or .jsonl, .parquet; each may end in .gz. A
// UTF-8 byte order mark is skipped. Errors and RowErrors call the file by
// its base name.
//
// A gzipped Parquet file is decompressed to a temporary file first (Parquet
// needs random access); Close removes it.
func Open(path string) (Source, error) {
	name := filepath.Base(path)
	format, gz, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: %w", name, err)
	}
	if format == "parquet" && !gz {
		st, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("ingest: %s: %w", name, err)
		}
		s, err := newParquet(name, f, st.Size())
		if err != nil {
			f.Close()
			return nil, err
		}
		s.closeFn = f.Close
		return s, nil
	}
	src, err := openStream(name, f, format, gz)
	if err != nil {
		f.Close()
		return nil, err
	}
	return src, nil
}

// FormatOf returns the format ("csv", "tsv", "ndjson" or "parquet") and
// whether the file is gzipped, from the ending of path's name.
func FormatOf(path string) (format string, gz bool, err error) {
	base := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(base, ".gz") {
		gz = true
		base = strings.TrimSuffix(base, ".gz")
	}
	switch filepath.Ext(base) {
	case ".csv":
		return "csv", gz, nil
	case ".tsv":
		return "tsv", gz, nil
	case ".ndjson", ".jsonl":
		return "ndjson", gz, nil
	case ".parquet":
		return "parquet", gz, nil
	}
	return "", false, fmt.Errorf("ingest: %s: unknown table format; name the file .csv, .tsv, .ndjson, .jsonl or .parquet (optionally .gz)", filepath.Base(path))
}

// OpenReader does what Open does for an input already open, for tests,
// fuzzing and streams. format is "csv", "tsv", "ndjson" or "parquet"; gz
// says r is gzipped. Parquet needs random access: r must implement
// io.ReaderAt and Size() int64 (as *bytes.Reader does) unless gz is set, in
// which case it is decompressed to a temporary file that Close removes.
// name is what errors call the input. OpenReader does not close r.
func OpenReader(name string, r io.Reader, format string, gz bool) (Source, error) {
	if r == nil {
		return nil, fmt.Errorf("ingest: %s: nil reader", name)
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
	return openStream(name, io.NopCloser(r), format, gz)
}

// openSizedReaderAt is what Parquet needs from an in-memory input.
type openSizedReaderAt interface {
	io.ReaderAt
	Size() int64
}

// openStream builds the source for rc, which it closes on Close (or on
// error, by the caller).
func openStream(name string, rc io.ReadCloser, format string, gz bool) (Source, error) {
	var rd io.Reader = rc
	var zr *gzip.Reader
	closeFn := rc.Close
	if gz {
		var err error
		zr, err = gzip.NewReader(rc)
		if err != nil {
			return nil, fmt.Errorf("ingest: %s: not a gzip file: %w", name, err)
		}
		rd = zr
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
		s, err := newCSV(name, rd, delim, srcBufSize)
		if err != nil {
			return nil, err
		}
		s.closeFn = closeFn
		return s, nil
	case "ndjson", "jsonl":
		s, err := newNDJSON(name, rd, srcBufSize)
		if err != nil {
			return nil, err
		}
		s.closeFn = closeFn
		return s, nil
	case "parquet":
		if !gz {
			// Open and OpenReader hand plain Parquet to newParquet.
			return nil, fmt.Errorf("ingest: %s: parquet needs random access", name)
		}
		return openGzParquet(name, rd, closeFn)
	}
	return nil, fmt.Errorf("ingest: %s: unknown format %q; use csv, tsv, ndjson or parquet", name, format)
}

// openGzParquet decompresses rd into a temporary file and opens that.
func openGzParquet(name string, rd io.Reader, closeIn func() error) (Source, error) {
	tmp, err := os.CreateTemp("", "sekat-*.parquet")
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: temporary file for decompression: %w", name, err)
	}
	cleanup := func() error {
		e1 := tmp.Close()
		e2 := os.Remove(tmp.Name())
		return errors.Join(e1, e2)
	}
	size, err := io.Copy(tmp, rd)
	if err != nil {
		cleanup()
		return nil, fmt.Errorf("ingest: %s: decompressing: %w", name, err)
	}
	if err := closeIn(); err != nil {
		cleanup()
		return nil, fmt.Errorf("ingest: %s: %w", name, err)
	}
	s, err := newParquet(name, tmp, size)
	if err != nil {
		cleanup()
		return nil, err
	}
	s.closeFn = cleanup
	return s, nil
}
