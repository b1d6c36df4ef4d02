package graph

import "math/bits"

// pairIndex maps uint64 keys (node pairs u<<32|v, or block<<32|row) to
// int32 values, the index of the key in an append-ordered slice kept by
// the caller. It does for the builder's pair tables what a Go map does,
// with less work per lookup: open addressing with linear probing in a
// power-of-two table of inline (key, value) slots, 16 bytes each, so a
// lookup usually touches one cache line. It never iterates, so nothing
// depends on where a key lands; the order of the pairs stays the order in
// which they were first seen.
//
// The table grows (doubles) when it would be more than 3/4 full, so it
// holds between 3/8 and 3/4 of its slots: 21 to 43 bytes per key.
type pairIndex struct {
	slots []pairSlot
	shift uint8 // 64 - log2(len(slots))
	n     int   // keys held
}

// pairSlot holds one key; val is the value + 1, 0 for an empty slot (any
// uint64, 0 included, is a valid key).
type pairSlot struct {
	key uint64
	val int32
}

// pairIndexMin is the smallest table, in slots.
const pairIndexMin = 64

// newPairIndex returns an index with room for about hint keys before it
// grows.
func newPairIndex(hint int) *pairIndex {
	size := pairIndexMin
	for size/4*3 < hint {
		size *= 2
	}
	return &pairIndex{slots: make([]pairSlot, size), shift: uint8(64 - bits.TrailingZeros(uint(size)))}
}

// pairHash mixes all 64 bits of k into the top bits (the murmur3 64-bit
// finaliser), so keys that differ only in low or only in high bits
// (neighbouring pairs of one node, one pair in many blocks) spread over
// the table.
func pairHash(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

// len returns the number of keys.
func (p *pairIndex) len() int { return p.n }

// get returns the value of k and whether k is present.
func (p *pairIndex) get(k uint64) (int32, bool) {
	mask := uint64(len(p.slots) - 1)
	for i := pairHash(k) >> p.shift; ; i = (i + 1) & mask {
		s := &p.slots[i]
		if s.val == 0 {
			return 0, false
		}
		if s.key == k {
			return s.val - 1, true
		}
	}
}

// getOrPut returns the value of k; when k is absent it stores v for it
// and returns v, false.
func (p *pairIndex) getOrPut(k uint64, v int32) (int32, bool) {
	mask := uint64(len(p.slots) - 1)
	i := pairHash(k) >> p.shift
	for {
		s := &p.slots[i]
		if s.val == 0 {
			break
		}
		if s.key == k {
			return s.val - 1, true
		}
		i = (i + 1) & mask
	}
	if (p.n+1)*4 > len(p.slots)*3 {
		p.grow()
		mask = uint64(len(p.slots) - 1)
		i = pairHash(k) >> p.shift
		for p.slots[i].val != 0 {
			i = (i + 1) & mask
		}
	}
	p.slots[i] = pairSlot{key: k, val: v + 1}
	p.n++
	return v, false
}

// grow doubles the table and reinserts every key.
func (p *pairIndex) grow() {
	old := p.slots
	p.slots = make([]pairSlot, 2*len(old))
	p.shift--
	mask := uint64(len(p.slots) - 1)
	for _, s := range old {
		if s.val == 0 {
			continue
		}
		i := pairHash(s.key) >> p.shift
		for p.slots[i].val != 0 {
			i = (i + 1) & mask
		}
		p.slots[i] = s
	}
}
