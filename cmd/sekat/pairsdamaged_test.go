package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsNamesDamagedFile: sekat pairs, which reads every file of the
// study before it writes the SQL, says of a damaged file what analyze
// says, naming it. It said "berkas masukan rusak atau terpotong" (an
// input file is damaged) of a gzipped letters file cut in half and of a
// Parquet file cut short, and named the file only in the English detail.
func TestPairsNamesDamagedFile(t *testing.T) {
	letters := readFile(t, "../../testdata/studies/hand/correspondence.csv")
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write([]byte(letters))
	w.Close()
	for _, c := range []struct {
		name, file string
		bytes      []byte
	}{
		{"gzip cut", "correspondence.csv.gz", z.Bytes()[:z.Len()/2]},
		// a Parquet file's first bytes, without the footer
		{"parquet cut", "correspondence.parquet", append([]byte("PAR1"), bytes.Repeat([]byte{0x15, 0x00}, 100)...)},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := handCopy(t, nil, map[string]string{c.file: string(c.bytes)})
			if err := os.Remove(filepath.Join(st, "correspondence.csv")); err != nil {
				t.Fatal(err)
			}
			code, _, analyze := sekat(t, "analyze", st, "--out", filepath.Join(t.TempDir(), "o"))
			pcode, _, pairs := sekat(t, "pairs", st, "--out", filepath.Join(t.TempDir(), "p.sql"))
			first := func(s string) string { return strings.SplitN(s, "\n", 2)[0] }
			// cut off: the headline says so, with where (errCutLine,
			// errCutFooter), and pairs says the same
			if want := "sekat: berkas " + c.file + " terpotong"; !strings.HasPrefix(analyze, want) {
				t.Fatalf("analyze: exit %d: %s; want %q", code, analyze, want)
			}
			if pcode != code || first(pairs) != first(analyze) {
				t.Errorf("pairs: exit %d:\n%s\nwant exit %d and analyze's words:\n%s", pcode, pairs, code, analyze)
			}
		})
	}
}
