package pqguard

import (
	"bytes"
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
	}{{"lz4raw", parquet.Compression(&parquet.Lz4Raw)}, {"snappy", parquet.Compression(&parquet.Snappy)}, {"zstd", parquet.Compression(&parquet.Zstd)}} {
		for _, v := range []int{1, 2} {
			var b bytes.Buffer
			w := parquet.NewGenericWriter[row](&b, c.codec, parquet.DataPageVersion(v), parquet.PageBufferSize(4096))
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
			err = CheckFile(bytes.NewReader(bad), int64(len(bad)), f.Metadata())
			if err == nil || !strings.Contains(err.Error(), "LZ4_RAW") {
				t.Errorf("lz4raw v%d, damaged page body: %v, want an error naming LZ4_RAW", v, err)
			}
		}
	}
}
