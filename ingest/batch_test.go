package ingest

import (
	"bytes"
	"fmt"
	"testing"
)

// TestRowBatchOwnsBytes checks that a batch keeps every cell's bytes as
// they were added, across chunk boundaries and for cells longer than a
// chunk, and that reusing the batch after reset gives the new rows.
func TestRowBatchOwnsBytes(t *testing.T) {
	b := newRowBatch(2)
	src := make([]byte, 3*batchChunk)
	cell := func(r, i int) []byte {
		n := (r*7919 + i*104729) % 5000
		if r%97 == 3 && i == 1 {
			n = batchChunk + 17 // longer than a chunk
		}
		c := src[:n]
		for k := range c {
			c[k] = byte('a' + (r+i+k)%26)
		}
		return append([]byte(nil), c...)
	}
	for round := 0; round < 3; round++ {
		b.reset()
		want := make([][2][]byte, 0, batchRows)
		for r := 0; r < batchRows; r++ {
			x, y := cell(r+round, 0), cell(r+round, 1)
			// The source reuses its buffer for every row.
			row := []Value{{Kind: Bytes, B: append(src[:0], x...)}, {Kind: Bytes, B: append(src[len(x):len(x)], y...)}}
			b.add(int64(r+2), row, nil)
			want = append(want, [2][]byte{x, y})
			for k := range src[:len(x)+len(y)] {
				src[k] = '#'
			}
		}
		if b.n != batchRows {
			t.Fatalf("round %d: %d rows, want %d", round, b.n, batchRows)
		}
		for r, w := range want {
			got := b.row(r)
			for i := range w {
				if !bytes.Equal(got[i].B, w[i]) {
					t.Fatalf("round %d row %d cell %d: %s, want %s", round, r, i, trunc(got[i].B), trunc(w[i]))
				}
			}
			if b.lines[r] != int64(r+2) {
				t.Fatalf("round %d row %d: line %d", round, r, b.lines[r])
			}
		}
	}
}

func trunc(b []byte) string {
	if len(b) > 20 {
		return fmt.Sprintf("%q... (%d bytes)", b[:20], len(b))
	}
	return fmt.Sprintf("%q", b)
}
