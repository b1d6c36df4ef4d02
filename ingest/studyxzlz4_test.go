package ingest

import (
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// handLettersXZ is testdata/studies/hand/correspondence.csv compressed
// with XZ Utils 5.4.1 (xz -9 -c correspondence.csv | xxd -p), and
// handMeetingsLZ4 its meetings.csv with the LZ4 command line interface
// 1.9.4 (lz4 -9 -c meetings.csv | xxd -p): files as the two tools write
// them, not as the readers' own packages would.
const (
	handLettersXZ   = "fd377a585a000004e6d6b446020021011c00000010cf58cce000d600915d0039994a224de82f888cecaff4169e47b5a82fe569a9acde4f2062f66c178cb2d1e3901189641f511027d41c26e2bb388ab70cf5fac7c7345ec8bdf451a458088b3b2862f19d9136956ce215d42224056df44626bdb2c12c9ff9f6f9563340d243f3c57f62323e00c09424560f696649b0c9e1e9ca44e4159dd7828c6428bb92dbca55548b48d561c9888d7a74153c3da20000000000492294a0d112af080001ad01d70100004a14f6e1b1c467fb020000000004595a"
	handMeetingsLZ4 = "04224d186440a7b3000000f0316d656574696e675f69642c73746172742c617474656e6465652c6f7267616e697a65722c7469746c650a4d312c323032352d30322d31302030393a30302c70310300af526170617420736174752500031c3225001332250019344a00134424003f6475614800031f334800111f3548000f1f344800101a4547001333220046362d3031b2000322003f7469672300041a322300163423001632d5000323005f656d70617424000315342400506d7061740a00000000e62bae79"
)

// TestStudyReadsXzLz4: a study's text tables may also be compressed with
// xz (.xz) or lz4 (.lz4, the frame format of the lz4 tool), as with gzip,
// zstd and bzip2: the hand study so compressed gives the hand study's
// edges. Before, such a log was "not read" with a warning and its layer
// was missing from the network. A file cut off is damaged; one of other
// bytes under such a name (a Hadoop-framed .lz4, as Spark's lz4 codec
// writes, among them) is refused with the fix; a Parquet file is read
// gzipped only.
func TestStudyReadsXzLz4(t *testing.T) {
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	letters, err := hex.DecodeString(handLettersXZ)
	if err != nil {
		t.Fatal(err)
	}
	meetings, err := hex.DecodeString(handMeetingsLZ4)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := os.ReadFile(filepath.Join(dir, "meetings.csv"))
	writeFile(t, filepath.Join(dir, "correspondence.csv.xz"), string(letters))
	writeFile(t, filepath.Join(dir, "Meetings.CSV.LZ4"), string(meetings))
	for _, name := range []string{"correspondence.csv", "meetings.csv"} {
		os.Remove(filepath.Join(dir, name))
	}
	var warns []Warning
	res := loadDir(t, dir, Options{OnWarning: func(w Warning) { warns = append(warns, w) }})
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
	}
	if got := res.Rejected(); got != 0 || len(warns) > 0 {
		t.Errorf("rejected = %d, warnings %v; want none", got, warns)
	}

	for _, c := range []struct {
		name, file string
		body       []byte
		is         error
		want       string
	}{
		{"xz cut off", "correspondence.csv.xz", letters[:60], ErrDamaged, "the xz data stops before its end or is broken"},
		{"lz4 cut off", "Meetings.CSV.LZ4", meetings[:50], ErrDamaged, "the lz4 data stops before its end or is broken"},
		{"not xz", "correspondence.csv.xz", plain, ErrNotTable, "not an xz file, though its name ends in .xz"},
		// Hadoop's Lz4Codec: a big-endian length of the data, then of
		// the block, then the block, with no frame mark
		{"hadoop lz4", "Meetings.CSV.LZ4", append([]byte{0, 0, 1, 0xb3, 0, 0, 0, 0x80}, meetings[7:]...), ErrNotTable, "Hadoop"},
	} {
		t.Run(c.name, func(t *testing.T) {
			copyStudyFile := func(name string, b []byte) { writeFile(t, filepath.Join(dir, name), string(b)) }
			copyStudyFile("correspondence.csv.xz", letters)
			copyStudyFile("Meetings.CSV.LZ4", meetings)
			copyStudyFile(c.file, c.body)
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
	for _, name := range []string{"letters.parquet.xz", "letters.parquet.lz4", "letters.xlsx.xz"} {
		if _, _, err := FormatOf(name); err == nil {
			t.Errorf("FormatOf(%s) gives no error; a Parquet file is read gzipped only, a workbook not compressed", name)
		}
	}
}
