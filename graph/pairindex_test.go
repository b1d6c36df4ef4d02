package graph

import (
	"math/rand/v2"
	"testing"
)

// checkPairIndex inserts keys into a pairIndex and a Go map side by side,
// each new key getting the next value as the builder's pair tables do, and
// fails where the two disagree: the value returned for a key seen before,
// whether it was seen, the number of keys, and after all inserts a get of
// every key and of keys never inserted.
func checkPairIndex(t *testing.T, p *pairIndex, keys, absent []uint64) {
	t.Helper()
	want := map[uint64]int32{}
	for i, k := range keys {
		next := int32(len(want))
		got, gotOK := p.getOrPut(k, next)
		w, wOK := want[k]
		if !wOK {
			w = next
			want[k] = w
		}
		if got != w || gotOK != wOK {
			t.Fatalf("insert %d: getOrPut(%#x) = %d, %v, want %d, %v", i, k, got, gotOK, w, wOK)
		}
		if p.len() != len(want) {
			t.Fatalf("insert %d: len = %d, want %d", i, p.len(), len(want))
		}
	}
	for k, w := range want {
		if got, ok := p.get(k); !ok || got != w {
			t.Fatalf("get(%#x) = %d, %v, want %d, true", k, got, ok, w)
		}
	}
	for _, k := range absent {
		if _, in := want[k]; in {
			continue
		}
		if got, ok := p.get(k); ok {
			t.Fatalf("get(%#x) = %d, true for a key never inserted", k, got)
		}
	}
	n := 0
	for _, s := range p.slots {
		if s.val != 0 {
			n++
		}
	}
	if n != len(want) {
		t.Fatalf("%d slots in use, want %d", n, len(want))
	}
	if 4*n > 3*len(p.slots) {
		t.Fatalf("%d keys in %d slots: more than 3/4 full", n, len(p.slots))
	}
}

// collidingKeys returns n distinct keys whose home slot is the same in a
// table of 2^bits slots: the worst case for linear probing, one long run.
func collidingKeys(n int, bits uint) []uint64 {
	var ks []uint64
	for k := uint64(0); len(ks) < n; k++ {
		if pairHash(k)>>(64-bits) == 0 {
			ks = append(ks, k)
		}
	}
	return ks
}

func TestPairIndexLikeMap(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 1))
	random := make([]uint64, 20000)
	for i := range random {
		random[i] = r.Uint64()
	}
	// Node pairs u<<32|v as the builder makes them, with repeats: a
	// small set of nodes, so most keys come back many times.
	pairs := make([]uint64, 50000)
	for i := range pairs {
		u, v := r.Uint32N(300), r.Uint32N(300)
		pairs[i] = uint64(u)<<32 | uint64(v)
	}
	// Keys that differ only in the high or only in the low half, 0 and
	// all ones (0 is a valid key: block 0, row 0).
	var halves []uint64
	for i := uint64(0); i < 3000; i++ {
		halves = append(halves, i<<32, i, i<<32|i)
	}
	halves = append(halves, 0, ^uint64(0), 0, ^uint64(0))
	absent := make([]uint64, 5000)
	for i := range absent {
		absent[i] = r.Uint64()
	}
	absent = append(absent, collidingKeys(200, 6)[100:]...)
	tests := []struct {
		name string
		hint int
		keys []uint64
	}{
		{"random", 0, random},
		{"random presized", len(random), random},
		{"pairs with repeats", 0, pairs},
		{"halves", 0, halves},
		// 100 keys with one home slot in the smallest table (64
		// slots): they fill it past 3/4 in one run and force growth
		// mid-run; repeated so the second pass finds them all.
		{"colliding", 0, append(collidingKeys(100, 6), collidingKeys(100, 6)...)},
		{"colliding at 2^10", 1000, collidingKeys(700, 10)},
		{"empty", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPairIndex(t, newPairIndex(tt.hint), tt.keys, append(absent, tt.keys...))
		})
	}
}

// TestPairIndexGrows checks that the table doubles as keys come and that
// a presized index does not grow before its hint.
func TestPairIndexGrows(t *testing.T) {
	p := newPairIndex(0)
	if got := len(p.slots); got != pairIndexMin {
		t.Fatalf("empty index has %d slots, want %d", got, pairIndexMin)
	}
	for i := 0; i < 1000; i++ {
		p.getOrPut(uint64(i)*0x1_0000_0001, int32(i))
	}
	if got := len(p.slots); got != 2048 { // 1000 keys need more than 1000/0.75 = 1334 slots
		t.Fatalf("1000 keys in %d slots, want 2048", got)
	}
	q := newPairIndex(1000)
	n := len(q.slots)
	for i := 0; i < 1000; i++ {
		q.getOrPut(uint64(i), int32(i))
	}
	if len(q.slots) != n {
		t.Fatalf("index presized for 1000 keys grew from %d to %d slots", n, len(q.slots))
	}
}
