package pqguard

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// TestCheckFile: files that writers write pass in every codec pqguard
// decodes first; a damaged LZ4_RAW page body is refused, naming the codec.
func TestCheckFile(t *testing.T) {
	type row struct {
		S string `parquet:"s"`
		N int64  `parquet:"n,optional"`
	}
	rows := make([]row, 20000)
	for i := range rows {
		rows[i] = row{S: fmt.Sprintf("teks-%d-%x", i, i*2654435761), N: int64(i)}
	}
	for _, c := range []struct {
		name  string
		codec parquet.WriterOption
	}{{"lz4raw", parquet.Compression(&parquet.Lz4Raw)}, {"snappy", parquet.Compression(&parquet.Snappy)}, {"zstd", parquet.Compression(&parquet.Zstd)},
		{"gzip", parquet.Compression(&parquet.Gzip)}, {"brotli", parquet.Compression(&parquet.Brotli)}} {
		for _, v := range []int{1, 2} {
			data, f := writeParquet(t, rows, c.codec, parquet.DataPageVersion(v), parquet.PageBufferSize(4096))
			if err := CheckFooter(bytes.NewReader(data), int64(len(data))); err != nil {
				t.Errorf("%s v%d: footer: %v", c.name, v, err)
			}
			if err := CheckFile(bytes.NewReader(data), int64(len(data)), f.Metadata()); err != nil {
				t.Errorf("%s v%d: %v", c.name, v, err)
			}
			if c.name != "lz4raw" {
				continue
			}
			md := f.Metadata().RowGroups[0].Columns[0].MetaData
			bad := bytes.Clone(data)
			// the last 200 bytes of the chunk: the body of its last page
			for i := md.DataPageOffset + md.TotalCompressedSize - 200; i < md.DataPageOffset+md.TotalCompressedSize; i++ {
				bad[i] = 0xff
			}
			err := CheckFile(bytes.NewReader(bad), int64(len(bad)), f.Metadata())
			if err == nil || !strings.Contains(err.Error(), "LZ4_RAW") {
				t.Errorf("lz4raw v%d, damaged page body: %v, want an error naming LZ4_RAW", v, err)
			}
		}
	}
}

// TestCheckPagesInflated: a GZIP, BROTLI or ZSTD page whose body decodes into
// more bytes than its header claims (the shape of a decompression bomb,
// which parquet-go would read to its end) is refused; so is one that
// decodes into fewer, and a damaged body. The file is written by
// parquet-go with one highly compressible page; the test then lowers the
// uncompressed size in the page header, keeping its varint's length.
func TestCheckPagesInflated(t *testing.T) {
	type row struct {
		S string `parquet:"s"`
	}
	rows := make([]row, 3000)
	for i := range rows {
		rows[i] = row{S: strings.Repeat("a", 200)}
	}
	for _, c := range []struct {
		name  string
		codec parquet.WriterOption
	}{{"GZIP", parquet.Compression(&parquet.Gzip)}, {"BROTLI", parquet.Compression(&parquet.Brotli)}, {"ZSTD", parquet.Compression(&parquet.Zstd)}} {
		data, f := writeParquet(t, rows, c.codec, parquet.PageBufferSize(1<<20))
		md := f.Metadata()
		if err := CheckFile(bytes.NewReader(data), int64(len(data)), md); err != nil {
			t.Fatalf("%s: the file as written: %v", c.name, err)
		}
		// PageHeader: field 1 (type, i32) then field 2 (uncompressed size),
		// each a byte 0x15 and a zigzag varint.
		off := md.RowGroups[0].Columns[0].MetaData.DataPageOffset
		if data[off] != 0x15 || data[off+2] != 0x15 {
			t.Fatalf("%s: page header at %d starts % x", c.name, off, data[off:off+4])
		}
		zz, n := binary.Uvarint(data[off+3:])
		usize := int64(zz>>1) ^ -int64(zz&1)
		for _, tc := range []struct {
			claim int64
			want  string
		}{{usize / 2, "more than"}, {usize + usize/4, "not the"}} {
			bad := bytes.Clone(data)
			enc := binary.AppendUvarint(nil, uint64(tc.claim<<1))
			if len(enc) != n {
				t.Fatalf("%s: %d and %d take %d and %d varint bytes", c.name, usize, tc.claim, n, len(enc))
			}
			copy(bad[off+3:], enc)
			err := CheckFile(bytes.NewReader(bad), int64(len(bad)), md)
			if err == nil || !strings.Contains(err.Error(), c.name) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: page claiming %d of its %d bytes: %v, want an error naming %s, %q", c.name, tc.claim, usize, err, c.name, tc.want)
			}
		}
		cmd := md.RowGroups[0].Columns[0].MetaData
		bad := bytes.Clone(data)
		for i := cmd.DataPageOffset + cmd.TotalCompressedSize - 20; i < cmd.DataPageOffset+cmd.TotalCompressedSize; i++ {
			bad[i] ^= 0x5a
		}
		if err := CheckFile(bytes.NewReader(bad), int64(len(bad)), md); err == nil || !strings.Contains(err.Error(), c.name) {
			t.Errorf("%s: damaged page body: %v, want an error naming %s", c.name, err, c.name)
		}
	}
}

// writeParquet writes rows with parquet-go and opens the file written.
func writeParquet[T any](t *testing.T, rows []T, opts ...parquet.WriterOption) ([]byte, *parquet.File) {
	t.Helper()
	var b bytes.Buffer
	w := parquet.NewGenericWriter[T](&b, opts...)
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return data, f
}
