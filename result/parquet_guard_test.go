package result

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// TestReadParquetDamagedLZ4: an output table written with LZ4_RAW whose
// page data is damaged is refused as malformed by pqguard, before
// parquet-go decodes it. Here parquet-go's page checksum would also have
// caught it (the error then named the checksum, not LZ4_RAW), but a file
// written without checksums, as the one FuzzParquet found for the study's
// reader, took parquet-go's LZ4 decoder into doubling its buffer until the
// process ran out of memory.
func TestReadParquetDamagedLZ4(t *testing.T) {
	st, err := Read(goldenDir("hand-unit"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []Edge
	for range 400 {
		rows = append(rows, st.Edges...)
	}
	var b bytes.Buffer
	if err := Edges.writeParquet(&b, rows, &parquet.Lz4Raw); err != nil {
		t.Fatal(err)
	}
	good := b.Bytes()
	if got, err := Edges.ReadParquet(bytes.NewReader(good), int64(len(good))); err != nil || len(got) != len(rows) {
		t.Fatalf("the whole file: %d rows, %v; want %d rows", len(got), err, len(rows))
	}
	f, err := parquet.OpenFile(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	// Overwrite the second half of the first column chunk's compressed
	// bytes (its page bodies, past their headers) with 0xff.
	md := f.Metadata().RowGroups[0].Columns[0].MetaData
	bad := bytes.Clone(good)
	from, n := md.DataPageOffset, md.TotalCompressedSize
	if md.DictionaryPageOffset > 0 && md.DictionaryPageOffset < from {
		from = md.DictionaryPageOffset
	}
	for i := from + n/2; i < from+n-1; i++ {
		bad[i] = 0xff
	}
	_, err = Edges.ReadParquet(bytes.NewReader(bad), int64(len(bad)))
	if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "LZ4_RAW") {
		t.Errorf("a damaged LZ4_RAW page: %v, want ErrMalformed naming LZ4_RAW", err)
	}
}
