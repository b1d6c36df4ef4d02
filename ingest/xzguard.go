package ingest

import (
	"fmt"
	"io"
)

// xzGuard passes an xz stream through unchanged while it walks its
// container: the stream headers, each block's header, the LZMA2 chunks
// of the block (their sizes, not their data), the index and the footers.
// The xz reader makes each block's dictionary as large as the block's
// header asks, up to 4 GiB, before it decodes a byte; xzGuard fails the
// read at a block header whose LZMA2 dictionary is over max, so that a
// small crafted file cannot ask for gigabytes. Bytes it cannot follow
// (an invalid chunk) are passed on unwalked: the xz reader fails on
// them. Format: The .xz File Format 1.2.0 (tukaani.org), sections 2 and
// 3, and the LZMA2 chunk headers as XZ Utils' lzma2_decoder.c reads them.
type xzGuard struct {
	r   io.Reader
	max int64

	state int
	buf   []byte // the bytes of a header being gathered
	need  int    // bytes of the header still to gather
	skip  int64  // bytes to pass over (chunk data, a block's check)
	block int64  // bytes of the current block so far, for its padding
	check int64  // bytes of a block's check (the stream flags say)
	// the index: its bytes so far, the varints still to read (-1: the
	// count of records, read first), the varint being read
	indexLen int64
	varints  int64
	vval     uint64
	vlen     int
	lost     bool // the walk lost its way: pass the rest on as it is
}

const (
	xzStreamHeader = iota // gathering 12 bytes
	xzBlockOrIndex        // a block header's size, or the index indicator
	xzBlockHeader         // gathering a block header
	xzChunk               // an LZMA2 chunk's control byte
	xzChunkHeader         // gathering the rest of a chunk header
	xzSkip                // passing over a chunk's data
	xzBlockPad            // the block padding, then its check
	xzIndex               // the index's varints
	xzIndexPad            // the index padding
	xzFooter              // gathering the index CRC32 and the stream footer
	xzStreamPad           // stream padding, or the next stream
)

// newXZGuard guards the xz stream r, with dictionaries of at most max
// bytes.
func newXZGuard(r io.Reader, max int64) *xzGuard {
	g := &xzGuard{r: r, max: max}
	g.gather(12, xzStreamHeader)
	return g
}

func (g *xzGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if n > 0 && !g.lost {
		if werr := g.walk(p[:n]); werr != nil {
			return 0, werr
		}
	}
	return n, err
}

// gather starts gathering a header of n bytes into buf, in state.
func (g *xzGuard) gather(n, state int) {
	g.buf, g.need, g.state = g.buf[:0], n, state
}

// walk follows the bytes b of the stream.
func (g *xzGuard) walk(b []byte) error {
	for len(b) > 0 && !g.lost {
		switch g.state {
		case xzSkip:
			k := min(int64(len(b)), g.skip)
			g.skip -= k
			g.block += k
			b = b[k:]
			if g.skip == 0 {
				g.state = xzChunk
			}
			continue
		case xzChunk:
			c := b[0]
			switch {
			case c == 0: // the end of the block's data
				g.block++
				b = b[1:]
				g.state, g.skip = xzBlockPad, g.check
			case c == 1 || c == 2: // uncompressed: 2 bytes of size
				g.gather(3, xzChunkHeader)
			case c >= 0x80: // LZMA: 4 bytes of sizes, props on a reset
				n := 5
				if c >= 0xc0 {
					n = 6
				}
				g.gather(n, xzChunkHeader)
			default:
				g.lost = true
			}
			if g.state != xzChunkHeader {
				continue
			}
		case xzBlockPad:
			if g.block%4 != 0 {
				g.block++
				b = b[1:]
				continue
			}
			k := min(int64(len(b)), g.skip)
			g.skip -= k
			b = b[k:]
			if g.skip == 0 {
				g.state = xzBlockOrIndex
			}
			continue
		case xzStreamPad:
			if b[0] == 0 {
				b = b[1:]
				continue
			}
			g.gather(12, xzStreamHeader)
		case xzBlockOrIndex:
			if b[0] == 0 { // the index indicator
				g.state, g.indexLen, g.varints, g.vval, g.vlen = xzIndex, 1, -1, 0, 0
				b = b[1:]
				continue
			}
			g.gather((int(b[0])+1)*4, xzBlockHeader)
		case xzIndex:
			c := b[0]
			b = b[1:]
			g.indexLen++
			if g.vlen >= 9 {
				g.lost = true
				continue
			}
			g.vval |= uint64(c&0x7f) << (7 * g.vlen)
			g.vlen++
			if c&0x80 != 0 {
				continue
			}
			if g.varints < 0 { // the count of records: two varints each
				g.varints = 2 * int64(min(g.vval, 1<<40))
			} else {
				g.varints--
			}
			g.vval, g.vlen = 0, 0
			if g.varints == 0 {
				g.state = xzIndexPad
			}
			continue
		case xzIndexPad:
			if g.indexLen%4 != 0 {
				g.indexLen++
				b = b[1:]
				continue
			}
			g.gather(4+12, xzFooter)
		}
		// gathering a header
		k := min(len(b), g.need)
		g.buf = append(g.buf, b[:k]...)
		g.need -= k
		b = b[k:]
		if g.need == 0 {
			if err := g.header(); err != nil {
				return err
			}
		}
	}
	return nil
}

// header reads the header gathered in buf.
func (g *xzGuard) header() error {
	h := g.buf
	switch g.state {
	case xzStreamHeader:
		if h[0] != 0xfd {
			g.lost = true
			return nil
		}
		g.check = xzCheckSize(h[7] & 0x0f)
		g.state = xzBlockOrIndex
	case xzFooter:
		g.state = xzStreamPad
	case xzBlockHeader:
		g.block = int64(len(h))
		if err := g.blockHeader(h); err != nil {
			return err
		}
		g.state = xzChunk
	case xzChunkHeader:
		g.block += int64(len(h))
		if c := h[0]; c == 1 || c == 2 { // uncompressed: its size less one
			g.skip = int64(h[1])<<8 | int64(h[2]) + 1
		} else { // LZMA: packed size less one after the unpacked size
			g.skip = int64(h[3])<<8 | int64(h[4]) + 1
		}
		g.state = xzSkip
	}
	return nil
}

// blockHeader checks the LZMA2 dictionary of the block header h.
func (g *xzGuard) blockHeader(h []byte) error {
	if len(h) < 2 {
		g.lost = true
		return nil
	}
	flags := h[1]
	i := 2
	varint := func() (uint64, bool) {
		var v uint64
		for k := 0; k < 9 && i < len(h); k++ {
			c := h[i]
			i++
			v |= uint64(c&0x7f) << (7 * k)
			if c&0x80 == 0 {
				return v, true
			}
		}
		return 0, false
	}
	if flags&0x40 != 0 { // compressed size
		if _, ok := varint(); !ok {
			g.lost = true
			return nil
		}
	}
	if flags&0x80 != 0 { // uncompressed size
		if _, ok := varint(); !ok {
			g.lost = true
			return nil
		}
	}
	for f := 0; f <= int(flags&3); f++ {
		id, ok1 := varint()
		size, ok2 := varint()
		if !ok1 || !ok2 || uint64(len(h)-i) < size {
			g.lost = true
			return nil
		}
		if id == 0x21 && size >= 1 { // LZMA2: its dictionary size
			if d := xzDictSize(h[i]); d > g.max {
				return fmt.Errorf("the xz data asks for a dictionary of %d MiB, more than the %d MiB sekat allows a table (xz -9 uses 64 MiB); compress the file again with xz -9 or less, or with gzip: %w", d>>20, g.max>>20, ErrDamaged)
			}
		}
		i += int(size)
	}
	return nil
}

// xzDictSize is the dictionary size an LZMA2 property byte gives: 2 or 3
// times a power of two from 4 KiB; 40 and over (invalid but for 40, 4
// GiB less one byte) count as 4 GiB.
func xzDictSize(c byte) int64 {
	if c >= 40 {
		return 1 << 32
	}
	return int64(2|c&1) << (c/2 + 11)
}

// xzCheckSize is the size of a block's check for the check type t of
// the stream flags.
func xzCheckSize(t byte) int64 {
	if t == 0 {
		return 0
	}
	return 4 << ((t - 1) / 3)
}
