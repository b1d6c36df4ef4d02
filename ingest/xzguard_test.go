package ingest

import (
	"bytes"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/ulikunitz/xz"
)

// xzOf compresses b with xz in blocks of block bytes with the check sum.
func xzOf(t *testing.T, b []byte, block int64, sum byte, none bool) []byte {
	t.Helper()
	var z bytes.Buffer
	w, err := xz.WriterConfig{BlockSize: block, CheckSum: sum, NoCheckSum: none, DictCap: 1 << 16}.NewWriter(&z)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return z.Bytes()
}

// TestXZGuardWalks: xzGuard follows xz files to their end without losing
// its way, byte by byte and in large reads, and passes their bytes on
// unchanged: a file of XZ Utils 5.4.1 (one block, CRC64), and files of
// ulikunitz/xz 0.5.17 of many blocks, each check type, text and random
// bytes (which LZMA2 stores as uncompressed chunks), and two streams one
// after the other with stream padding between them, as cat of two files
// and xz --format=xz make. A walk that lost its way would leave a
// crafted dictionary in a later block unchecked.
func TestXZGuardWalks(t *testing.T) {
	cli, err := hex.DecodeString(handLettersXZ)
	if err != nil {
		t.Fatal(err)
	}
	text := []byte(strings.Repeat("2025-01-10 09:00,p1,p3;p4,p2,m1\n", 20000))
	noise := make([]byte, 300000)
	rng := rand.New(rand.NewPCG(5, 17))
	for i := range noise {
		noise[i] = byte(rng.Uint32())
	}
	two := append(xzOf(t, text[:5000], 1<<20, xz.CRC32, false), 0, 0, 0, 0)
	two = append(two, xzOf(t, noise[:70000], 1<<14, xz.SHA256, false)...)
	for name, data := range map[string][]byte{
		"xz utils":      cli,
		"blocks crc32":  xzOf(t, text, 1<<14, xz.CRC32, false),
		"blocks sha256": xzOf(t, text, 1<<15, xz.SHA256, false),
		"no check":      xzOf(t, text, 1<<20, 0, true),
		"random bytes":  xzOf(t, noise, 1<<16, xz.CRC64, false),
		"two streams":   two,
	} {
		for _, small := range []bool{false, true} {
			var r io.Reader = bytes.NewReader(data)
			if small {
				r = iotest.OneByteReader(r)
			}
			g := newXZGuard(r, maxCodecWindow)
			got, err := io.ReadAll(g)
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("%s (byte by byte %v): err %v, passed on %d of %d bytes", name, small, err, len(got), len(data))
			}
			if g.lost || g.state != xzStreamPad {
				t.Errorf("%s (byte by byte %v): lost %v, state %d at the end; want the walk to end after a stream footer", name, small, g.lost, g.state)
			}
		}
	}
}

// TestXZGuardRefusesLargeDictionary: an xz file whose block header asks
// for a dictionary over 256 MiB (here the second block of two, 1.5 GiB,
// its header's CRC32 made right) fails when that header is read, as a
// damaged file, before the xz reader makes the dictionary; the first
// block, and the same file with its dictionary as written, read.
func TestXZGuardRefusesLargeDictionary(t *testing.T) {
	text := []byte(strings.Repeat("2025-01-10 09:00,p1,p3;p4,p2,m1\n", 2000))
	data := xzOf(t, text, 1<<15, xz.CRC64, false)
	// the second block header: after the first block, found by walking
	g := newXZGuard(bytes.NewReader(data), maxCodecWindow)
	var heads []int
	for i := range data {
		g.walk(data[i : i+1])
		if g.state == xzBlockHeader && g.need == int(data[i])*4+3 && len(g.buf) == 1 {
			heads = append(heads, i)
		}
	}
	if len(heads) < 2 {
		t.Fatalf("%d block headers found, want 2 or more", len(heads))
	}
	h := heads[1]
	size := (int(data[h]) + 1) * 4
	// the LZMA2 filter's property byte is the last before the padding;
	// ulikunitz/xz writes flags, then id 0x21, size 1, the property
	p := bytes.Index(data[h:h+size], []byte{0x21, 0x01})
	if p < 0 {
		t.Fatalf("no LZMA2 filter in the block header % x", data[h:h+size])
	}
	bad := bytes.Clone(data)
	bad[h+p+2] = 37 // 3 * 2^29 bytes: 1.5 GiB
	crc := crc32.ChecksumIEEE(bad[h : h+size-4])
	bad[h+size-4], bad[h+size-3], bad[h+size-2], bad[h+size-1] = byte(crc), byte(crc>>8), byte(crc>>16), byte(crc>>24)
	z, err := xz.NewReader(newXZGuard(bytes.NewReader(bad), maxCodecWindow))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(z)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "dictionary of 1536 MiB") {
		t.Errorf("err = %v, want ErrDamaged naming the dictionary", err)
	}
	if len(got) >= len(text) {
		t.Errorf("read %d bytes of %d, want the first block only", len(got), len(text))
	}
	z, err = xz.NewReader(newXZGuard(bytes.NewReader(data), maxCodecWindow))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := io.ReadAll(z); err != nil || !bytes.Equal(got, text) {
		t.Errorf("the file as written: err %v, %d bytes of %d", err, len(got), len(text))
	}
}
