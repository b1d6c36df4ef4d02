package ingest

import (
	"bytes"
	"io"
	"regexp"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// pqPanicAt is a parquet file whose reads at offset at panic from the
// second on (the first is pqguard.CheckPages' check of the column
// chunk's page headers): the panic parquet-go raises on a damaged page
// that passes that check, as the recover in Next, fillBatch and safely
// catch it.
type pqPanicAt struct {
	r    *bytes.Reader
	at   int64
	seen *int
}

func (z pqPanicAt) ReadAt(p []byte, off int64) (int, error) {
	if off == z.at {
		if *z.seen++; *z.seen >= 2 {
			panic("damaged page")
		}
	}
	return z.r.ReadAt(p, off)
}

// TestParquetDamagedPageRow: a damaged page of the second row group of a
// file of two row groups of ten rows each stops the read at row 11, the
// row being read when it failed, counting from 1, and every message of a
// damaged page names it so, read row by row (Next) or in batches
// (fillBatch), whether parquet-go returns an error (a byte of the page
// changed: its checksum fails) or panics. Before, a panic was named by
// the row after it (row 12): Next counted the row before reading its
// values, and fillColumn set s.row to the row being read, but the
// messages of a panic added one to it, as if no row were counted yet.
func TestParquetDamagedPageRow(t *testing.T) {
	type row struct {
		N int64 `parquet:"n"`
	}
	rows := make([]row, 20)
	for i := range rows {
		rows[i] = row{int64(i * 1000)}
	}
	data := pqWrite(t, rows, parquet.MaxRowsPerRowGroup(10), parquet.Compression(&parquet.Uncompressed))
	s, err := newParquet("f.parquet", bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	md := s.f.Metadata()
	s.Close()
	if len(md.RowGroups) != 2 {
		t.Fatalf("%d row groups, want 2", len(md.RowGroups))
	}
	c := md.RowGroups[1].Columns[0].MetaData
	flipped := append([]byte(nil), data...)
	flipped[c.DataPageOffset+c.TotalCompressedSize-1] ^= 0xff // the last value's last byte
	named := regexp.MustCompile(`f\.parquet row (\d+): corrupt parquet file`)
	for _, damage := range []string{"byte changed", "panic"} {
		for _, batch := range []bool{false, true} {
			var ra io.ReaderAt = bytes.NewReader(flipped)
			if damage == "panic" {
				ra = pqPanicAt{bytes.NewReader(data), c.DataPageOffset, new(int)}
			}
			s, err := newParquet("f.parquet", ra, int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.BindNames([]string{"n"}); err != nil {
				t.Fatal(err)
			}
			var read int64
			if batch {
				b := newRowBatch(1)
				for err == nil {
					b.reset()
					if err = s.fillBatch(b, 7); err == nil {
						read += int64(b.n)
					}
				}
			} else {
				vals := make([]Value, 1)
				for err == nil {
					if _, err = s.Next(vals); err == nil {
						read++
					}
				}
			}
			s.Close()
			m := named.FindStringSubmatch(err.Error())
			if m == nil || m[1] != "11" || read != 10 {
				t.Errorf("%s, batch %v: %d rows read, then %v; want 10 rows, then an error naming row 11", damage, batch, read, err)
			}
		}
	}
}
