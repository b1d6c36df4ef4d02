package engine

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// pairRow is a row of the pairs table as a Parquet writer stores it.
type pairRow struct {
	Source         string  `parquet:"source"`
	Target         string  `parquet:"target"`
	Correspondence int64   `parquet:"correspondence"`
	Meetings       float64 `parquet:"meetings"`
	DataSharing    int64   `parquet:"data_sharing"`
	DataDenied     int64   `parquet:"data_denied"`
	FirstAt        int64   `parquet:"first_at"`
	LastAt         int64   `parquet:"last_at"`
}

// writePart writes a part file of the pairs table with n rows in format
// form (csv, csv.gz, parquet) under dir and returns its name and size.
func writePart(t *testing.T, dir, form string, n int) (string, int64) {
	t.Helper()
	name := "part-" + fmt.Sprint(n) + "." + form
	fh, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	row := func(i int) pairRow {
		return pairRow{Source: fmt.Sprintf("U%07d", i), Target: fmt.Sprintf("V%07d", i), Correspondence: int64(i % 97), FirstAt: 1735689600, LastAt: 1767225599}
	}
	switch form {
	case "parquet":
		w := parquet.NewGenericWriter[pairRow](fh, parquet.PageBufferSize(64<<10))
		buf := make([]pairRow, 0, 4096)
		for i := range n {
			if buf = append(buf, row(i)); len(buf) == cap(buf) || i == n-1 {
				if _, err := w.Write(buf); err != nil {
					t.Fatal(err)
				}
				buf = buf[:0]
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	default:
		var out io.Writer = fh
		var z *gzip.Writer
		if form == "csv.gz" {
			z = gzip.NewWriter(fh)
			out = z
		}
		bw := bufio.NewWriter(out)
		fmt.Fprintln(bw, "source,target,correspondence,meetings,data_sharing,data_denied,first_at,last_at")
		for i := range n {
			r := row(i)
			fmt.Fprintf(bw, "%s,%s,%d,0,0,0,%d,%d\n", r.Source, r.Target, r.Correspondence, r.FirstAt, r.LastAt)
		}
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
		if z != nil {
			if err := z.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := fh.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return name, fi.Size()
}

// peakHeap reads every row of the part file name in dir as Read reads a
// part file of the pairs table, keeping nothing, and returns the largest
// live heap seen (after a collection, every 4096th row and at the last)
// above the live heap before the read.
func peakHeap(t *testing.T, dir, name string, n int) uint64 {
	t.Helper()
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, uint64(0)
	r := &reader{dir: dir}
	f := &FileRead{Table: TablePairs, Path: name}
	rows := 0
	err := r.rows(f, tableColumns[TablePairs], func(v []*string, row int64) error {
		if rows++; rows%4096 == 0 || rows == n {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > base {
				peak = max(peak, ms.HeapAlloc-base)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if rows != n || f.Rows != int64(n) {
		t.Fatalf("%s: read %d rows (f.Rows %d), want %d", name, rows, f.Rows, n)
	}
	return peak
}

// TestRowsStream: the reader's memory does not follow a part file's size.
// A part of 600,000 rows (29 MB as CSV, 3.3 MB gzipped, 38 MB as
// Parquet as parquet-go writes it here) and one of 2,000 rows are read row
// by row, the rows dropped: the live heap while the large one is read is
// at most 2 MiB more than while the small one is (measured: 0.1 MB for
// CSV, 1 MB for Parquet, its pages' buffers). Before, rows read the whole
// file into memory first, and the large part's live heap was its size
// more.
func TestRowsStream(t *testing.T) {
	if testing.Short() {
		t.Skip("writes parts of up to 38 MB")
	}
	const small, large, slack = 2000, 600000, 2 << 20
	for _, form := range []string{"csv", "csv.gz", "parquet"} {
		t.Run(form, func(t *testing.T) {
			dir := t.TempDir()
			sn, _ := writePart(t, dir, form, small)
			ln, size := writePart(t, dir, form, large)
			ps := peakHeap(t, dir, sn, small)
			pl := peakHeap(t, dir, ln, large)
			t.Logf("%s: part of %d bytes: peak live heap %d bytes; small part: %d", form, size, pl, ps)
			if pl > ps+slack {
				t.Errorf("%s: reading a part of %d bytes kept %d bytes live, the small part %d: the reader holds the file, not a stream of it", form, size, pl, ps)
			}
		})
	}
}
