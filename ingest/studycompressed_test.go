package ingest

import (
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/sekat-ona/sekat/graph"
)

// handLettersBZip2 is testdata/studies/hand/correspondence.csv compressed
// with bzip2 1.0.8 (bzip2 -9 -c correspondence.csv | xxd -p): Go has no
// bzip2 writer.
const handLettersBZip2 = "425a6839314159265359b59f3d450000695f800010400efff818000400aea35c002000881a98931a2680000d0320a69a9b280da8f53ca646d486cb195736cd0f048068716346d8c1bbc4a2a8640c53e39293039e64798352750200a510d2964ce3f974c058c2a8ef052ba644282eea20ac8032c98328089c9d181bdbddc65f3a54379fb6def07e318de21f8d712f539933286e8060201a3af59adde5d87f177245385090b59f3d45"

// zstdOf compresses b with zstd.
func zstdOf(t *testing.T, b []byte) []byte {
	t.Helper()
	var z bytes.Buffer
	w, err := zstd.NewWriter(&z)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(b)
	w.Close()
	return z.Bytes()
}

// TestStudyReadsZstdBzip2: a study's tables may be compressed with zstd
// (.zst, as DuckDB's COPY ... (COMPRESSION zstd) writes them) or bzip2
// (.bz2), as the pair tables may: the hand study so compressed gives the
// hand study's edges. Before, such a log was "not read" with a warning,
// and its layer was missing from the network while validate passed. A
// file that stops before its end is damaged, one of other bytes under
// such a name is refused with the fix, and a Parquet file is read
// gzipped only.
func TestStudyReadsZstdBzip2(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	bz, err := hex.DecodeString(handLettersBZip2)
	if err != nil {
		t.Fatal(err)
	}
	meetings, _ := os.ReadFile(filepath.Join(dir, "meetings.csv"))
	units, _ := os.ReadFile(filepath.Join(dir, "units.csv"))
	for name, b := range map[string][]byte{"correspondence.csv.bz2": bz, "meetings.csv.zst": zstdOf(t, meetings), "Units.CSV.ZST": zstdOf(t, units)} {
		writeFile(t, filepath.Join(dir, name), string(b))
	}
	for _, name := range []string{"correspondence.csv", "meetings.csv", "units.csv"} {
		os.Remove(filepath.Join(dir, name))
	}
	res := loadDir(t, dir, Options{})
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	if got := res.Rejected(); got != 0 {
		t.Errorf("rejected = %d, want 0", got)
	}

	for _, c := range []struct {
		name string
		body []byte
		is   error
		want string
	}{
		{"cut off", zstdOf(t, meetings)[:40], ErrDamaged, "the zstd data stops before its end or is broken"},
		{"not zstd", meetings, ErrNotTable, "not a zstd file, though its name ends in .zst"},
	} {
		t.Run(c.name, func(t *testing.T) {
			writeFile(t, filepath.Join(dir, "meetings.csv.zst"), string(c.body))
			s, err := OpenStudy(dir)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Load(s, Options{})
			if !errors.Is(err, c.is) || !strings.Contains(fmtErr(err), c.want) {
				t.Errorf("err = %v, want %v saying %q", err, c.is, c.want)
			}
		})
	}
	if _, _, err := FormatOf("letters.parquet.zst"); err == nil {
		t.Errorf("FormatOf(letters.parquet.zst) gives no error; a Parquet file is read gzipped only")
	}
}

// fmtErr is err's text, "" for nil.
func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
