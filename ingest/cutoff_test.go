package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gzPrefixLines is how many whole lines compress/gzip gives of the cut
// gzip data z before its error: the lines a reader can read whole.
func gzPrefixLines(t *testing.T, z []byte) int64 {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err == nil {
		t.Fatal("the cut gzip data reads whole")
	}
	return int64(bytes.Count(got, []byte("\n")))
}

// TestGzipCutOffNamesLastLine: a .csv.gz or .ndjson.gz cut off stops
// with a *CutOffError naming the file and the last line read whole, and
// every row before that line is handed out first: it said only "read:
// the gzip data stops before its end", and the rows still in the read
// buffer at the break (up to 1 MiB of them) were never handed out. The
// file is over the 1 MiB buffer, of varied lines so that gzip cannot
// squeeze it much.
func TestGzipCutOffNamesLastLine(t *testing.T) {
	r := rand.New(rand.NewPCG(1166, 1))
	var csvText, ndText strings.Builder
	csvText.WriteString("sent_at,sender,recipients\n")
	for i := range 60000 {
		fmt.Fprintf(&csvText, "2025-01-%02d 10:%02d,P%d,P%d;P%d\n", 1+i%28, i%60, r.IntN(1e6), r.IntN(1e6), r.IntN(1e6))
		fmt.Fprintf(&ndText, `{"sent_at":"2025-01-%02d","sender":"P%d","recipients":"P%d"}`+"\n", 1+i%28, r.IntN(1e6), r.IntN(1e6))
	}
	for _, f := range []struct{ name, format, text string }{
		{"correspondence.csv.gz", "csv", csvText.String()},
		{"correspondence.ndjson.gz", "ndjson", ndText.String()},
	} {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write([]byte(f.text))
		zw.Close()
		for _, cut := range []int{z.Len() / 7, z.Len() / 2, z.Len() - 12} {
			t.Run(fmt.Sprintf("%s/%d", f.name, cut), func(t *testing.T) {
				short := z.Bytes()[:cut]
				want := gzPrefixLines(t, short)
				dir := t.TempDir()
				path := filepath.Join(dir, f.name)
				if err := os.WriteFile(path, short, 0o644); err != nil {
					t.Fatal(err)
				}
				src, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				defer src.Close()
				row := make([]Value, len(src.Columns()))
				var last int64
				for {
					line, err := src.Next(row)
					if err == nil {
						last = line
						continue
					}
					var ce *CutOffError
					if !errors.As(err, &ce) || !errors.Is(err, ErrDamaged) {
						t.Fatalf("after line %d: %v, want a *CutOffError wrapping ErrDamaged", last, err)
					}
					if ce.Line != want || last != want {
						t.Errorf("cut off after line %d, last row handed out on line %d; want both %d", ce.Line, last, want)
					}
					msg := err.Error()
					for _, w := range []string{f.name, fmt.Sprintf("cut off after line %d, the last line read whole", want), "copy or export it again"} {
						if !strings.Contains(msg, w) {
							t.Errorf("%q does not say %q", msg, w)
						}
					}
					return
				}
			})
		}
	}
}

// TestParquetCutOffSaysFooterMissing: a Parquet file cut off, plain or
// gzipped, has lost its footer; the error says so, with how many bytes of
// it there are: it said "not a readable parquet file: no PAR1 magic bytes
// at both ends", or for a .parquet.gz "decompressing: ...".
func TestParquetCutOffSaysFooterMissing(t *testing.T) {
	whole := pqTestFile(t, pqTestRows(2000))
	short := whole[:len(whole)*2/3]
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(whole)
	zw.Close()
	zshort := z.Bytes()[:z.Len()/2]
	zr, _ := gzip.NewReader(bytes.NewReader(zshort))
	inside, _ := io.ReadAll(zr) // the Parquet bytes the cut gzip data gives
	for _, c := range []struct {
		name  string
		data  []byte
		size  int64
		codec string
	}{
		{"units.parquet", short, int64(len(short)), ""},
		{"units.parquet.gz", zshort, int64(len(inside)), "gzip"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), c.name)
			if err := os.WriteFile(path, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			src, err := Open(path)
			if err == nil {
				src.Close()
				t.Fatal("a cut-off Parquet file opened")
			}
			var ce *CutOffError
			if !errors.As(err, &ce) || !errors.Is(err, ErrDamaged) {
				t.Fatalf("%v, want a *CutOffError wrapping ErrDamaged", err)
			}
			// how much of cut gzip data compress/gzip gives depends on the
			// sizes of the reads, here by one byte (92,000 and 92,001):
			// a reader with other reads than io.ReadAll's gets at most
			// one read (32 KiB) less
			if !ce.NoFooter || ce.Size > c.size || ce.Size < c.size-32<<10 || ce.Codec != c.codec {
				t.Errorf("NoFooter %v, Size %d, Codec %q; want true, %d (less by at most 32 KiB when gzipped), %q", ce.NoFooter, ce.Size, ce.Codec, c.size, c.codec)
			}
			if c.codec == "" && ce.Size != c.size {
				t.Errorf("Size %d, want the file's %d", ce.Size, c.size)
			}
			msg := err.Error()
			for _, w := range []string{c.name, "stops after " + byteSize(ce.Size) + " of Parquet", "footer", "is missing", "no row can be read", "copy or export it again"} {
				if !strings.Contains(msg, w) {
					t.Errorf("%q does not say %q", msg, w)
				}
			}
		})
	}
}
