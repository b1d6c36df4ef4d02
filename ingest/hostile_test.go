package ingest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// TestDeviceRefused: /dev/zero as a table (through a link, with
// FollowSymlinks) is refused as not a regular file. Before, it was read
// until the record limit.
func TestDeviceRefused(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := handCopy(t)
	os.Remove(filepath.Join(dir, "meetings.csv"))
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "meetings.csv")); err != nil {
		t.Fatal(err)
	}
	_, err := OpenStudyWith(dir, StudyOptions{FollowSymlinks: true})
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "meetings.csv: a device") {
		t.Errorf("err = %v, want meetings.csv refused as a device", err)
	}
	// Open refuses it too.
	if _, err := Open(filepath.Join(dir, "meetings.csv")); !errors.Is(err, ErrNotRegular) {
		t.Errorf("Open: err = %v, want ErrNotRegular", err)
	}
}

// TestFileReplacedAfterOpenStudy: a table swapped for another file between
// OpenStudy and Load is refused.
func TestFileReplacedAfterOpenStudy(t *testing.T) {
	dir := handCopy(t)
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Another file (a new inode: the old one is kept alive by a link) put
	// in its place under the same name.
	c := filepath.Join(dir, "correspondence.csv")
	if err := os.Link(c, filepath.Join(t.TempDir(), "old.csv")); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(c)
	writeFile(t, c+".new", string(b))
	if err := os.Rename(c+".new", c); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(s, Options{}); err == nil || !strings.Contains(err.Error(), "replaced by another file") {
		t.Errorf("err = %v, want the swapped file refused", err)
	}
}

// TestSHA256OfBytesRead: the digest in Input is the sha256 of the file's
// bytes for every format (gzipped files: of the compressed bytes).
func TestSHA256OfBytesRead(t *testing.T) {
	csv := []byte("sent_at,sender,recipients\n2025-01-01,p1,p3\n2025-01-02,p3,p4\n")
	var pq bytes.Buffer
	type letter struct {
		SentAt     string `parquet:"sent_at"`
		Sender     string `parquet:"sender"`
		Recipients string `parquet:"recipients"`
	}
	if err := parquet.Write(&pq, []letter{{"2025-01-01", "p1", "p3"}}); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"correspondence.csv":        csv,
		"correspondence.csv.gz":     openTestGzip(csv),
		"correspondence.ndjson":     []byte(`{"sent_at":"2025-01-01","sender":"p1","recipients":"p3"}` + "\n"),
		"correspondence.parquet":    pq.Bytes(),
		"correspondence.parquet.gz": openTestGzip(pq.Bytes()),
	} {
		t.Run(name, func(t *testing.T) {
			dir := handCopy(t)
			os.Remove(filepath.Join(dir, "correspondence.csv"))
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			res := loadDir(t, dir, Options{})
			sum := sha256.Sum256(data)
			for _, in := range res.Inputs {
				if in.Table == Correspondence && in.SHA256 != hex.EncodeToString(sum[:]) {
					t.Errorf("sha256 %q, want %x", in.SHA256, sum)
				}
			}
		})
	}
}

// TestParquetChangedWhileRead: Parquet is hashed before it is parsed, so a
// file rewritten while it is read must fail the load instead of giving a
// digest of other bytes than were analysed.
func TestParquetChangedWhileRead(t *testing.T) {
	dir := handCopy(t)
	os.Remove(filepath.Join(dir, "correspondence.csv"))
	type letter struct {
		SentAt     string `parquet:"sent_at"`
		Sender     string `parquet:"sender"`
		Recipients string `parquet:"recipients"`
	}
	rows := []letter{{"2025-01-01", "p1", "nobody"}}
	for i := 0; i < 5000; i++ {
		rows = append(rows, letter{"2025-01-02", "p1", "p3"})
	}
	var pq bytes.Buffer
	if err := parquet.Write(&pq, rows, parquet.MaxRowsPerRowGroup(100)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "correspondence.parquet")
	writeFile(t, path, pq.String())
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	rewritten := false
	_, err = Load(s, Options{MaxRejectRate: 1, OnReject: func(re *RowError) {
		if re.File == "correspondence.parquet" && !rewritten {
			rewritten = true
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString("appended")
			f.Close()
		}
	}})
	if !rewritten {
		t.Fatal("no rejected row to hook the rewrite on")
	}
	if err == nil || !strings.Contains(err.Error(), "changed while it was being read") {
		t.Errorf("err = %v, want the change detected", err)
	}
}

// gzipRepeat returns a gzip stream of members, each the compression of
// block, whose decompressed content is block repeated n times: a cheap way
// to build a decompression bomb.
func gzipRepeat(t testing.TB, block []byte, n int) []byte {
	t.Helper()
	var one bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&one, gzip.BestCompression)
	zw.Write(block)
	zw.Close()
	return bytes.Repeat(one.Bytes(), n)
}

// TestGzipBombOfBadRowsStopsEarly: a small gzipped table of bad rows stops
// once the reject rate can no longer be met, long before its end. Before,
// every row was read and handed to OnReject (a 611 KB file wrote 597 MB
// of rejects.csv).
func TestGzipBombOfBadRowsStopsEarly(t *testing.T) {
	dir := handCopy(t)
	os.Remove(filepath.Join(dir, "correspondence.csv"))
	block := bytes.Repeat([]byte("x,p1,p3\n"), (1<<20)/8) // bad time
	const members = 100                                   // 100 MiB, 13M rows
	bomb := append(openTestGzip([]byte("sent_at,sender,recipients\n")), gzipRepeat(t, block, members)...)
	writeFile(t, filepath.Join(dir, "correspondence.csv.gz"), string(bomb))
	total := int64(members * len(block) / 8)
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rejected int64
	res, err := Load(s, Options{OnReject: func(*RowError) { rejected++ }})
	if !errors.Is(err, ErrRejectRate) || res != nil {
		t.Fatalf("err = %v, want ErrRejectRate", err)
	}
	if !strings.Contains(err.Error(), "stopped reading correspondence.csv.gz after") {
		t.Errorf("err = %v, want it to say where it stopped", err)
	}
	if rejected == 0 || rejected > total/10 {
		t.Errorf("%d rows rejected before stopping, want some but under a tenth of the %d", rejected, total)
	}
	t.Logf("%d KB of gzip, %d rows; stopped after %d rejected rows", len(bomb)>>10, total, rejected)
}

// TestEarlyStopNeverFailsAPassingRun: bad rows at the start of a table
// whose good rows later bring the rate under the limit never stop the run.
func TestEarlyStopNeverFailsAPassingRun(t *testing.T) {
	defer func(n int64) { earlyCheckRows = n }(earlyCheckRows)
	earlyCheckRows = 1
	for _, gz := range []bool{false, true} {
		dir := handCopy(t)
		var b bytes.Buffer
		b.WriteString("sent_at,sender,recipients\n")
		for i := 0; i < 100; i++ {
			b.WriteString("x,p1,p3\n")
		}
		for i := 0; i < 9900; i++ {
			b.WriteString("2025-01-01,p1,p3\n")
		}
		name, data := "correspondence.csv", b.Bytes()
		if gz {
			name, data = "correspondence.csv.gz", openTestGzip(data)
		}
		os.Remove(filepath.Join(dir, "correspondence.csv"))
		writeFile(t, filepath.Join(dir, name), string(data))
		s, err := OpenStudy(dir)
		if err != nil {
			t.Fatal(err)
		}
		// Exactly 1% rejected: passes at 0.01, fails (at the end or
		// before) just under it.
		if _, err := Load(s, Options{MaxRejectRate: 0.01}); err != nil {
			t.Errorf("%s: rate 0.01: %v", name, err)
		}
		if _, err := Load(s, Options{MaxRejectRate: 0.0099}); !errors.Is(err, ErrRejectRate) {
			t.Errorf("%s: rate 0.0099: err = %v, want ErrRejectRate", name, err)
		}
	}
}

// countingReader counts the bytes read through it and can call a hook on
// each Read.
type countingReader struct {
	r    io.Reader
	n    int64
	hook func(n int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.hook != nil {
		c.hook(c.n)
	}
	return n, err
}

// TestGzipParquetSpoolBounded: a .parquet.gz of 10 GB of zeros (10 MB of
// gzip, built on the fly) stops at the spool limit with ErrSpoolLimit,
// after reading a sliver of the input; the spool is never visible in
// $TMPDIR, so nothing is left behind even when the process is killed.
// Before, all 10 GB were unpacked into $TMPDIR and left there on a kill.
func TestGzipParquetSpoolBounded(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	const limit = 8 << 20
	bomb := gzipRepeat(t, make([]byte, 1<<20), 10<<10) // 10 GiB of zeros
	seen := 0
	cr := &countingReader{r: bytes.NewReader(bomb), hook: func(int64) {
		if ents, _ := os.ReadDir(tmp); len(ents) > seen {
			seen = len(ents)
		}
	}}
	_, err := OpenReaderWith("meetings.parquet.gz", cr, "parquet", true, OpenOptions{MaxSpool: limit})
	if !errors.Is(err, ErrSpoolLimit) || !strings.Contains(err.Error(), "more than 8 MiB") {
		t.Fatalf("err = %v, want ErrSpoolLimit", err)
	}
	if cr.n > 1<<20 {
		t.Errorf("read %d bytes of the %d-byte gzip before stopping, want under 1 MiB", cr.n, len(bomb))
	}
	if seen > 0 && runtime.GOOS != "windows" {
		t.Errorf("the spool was visible in TMPDIR while it was written")
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("left in TMPDIR: %v", ents)
	}
	// Through a study file and Load, with the limit in Options.
	dir := handCopy(t)
	os.Remove(filepath.Join(dir, "meetings.csv"))
	writeFile(t, filepath.Join(dir, "meetings.parquet.gz"), string(bomb))
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(s, Options{MaxSpool: limit}); !errors.Is(err, ErrSpoolLimit) {
		t.Errorf("Load: err = %v, want ErrSpoolLimit", err)
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("left in TMPDIR after Load: %v", ents)
	}
}
