package graph

import (
	"hash/maphash"
	"math/bits"
)

// idTable maps id bytes to an int32 without allocating on lookup: an
// open-addressing table with linear probing, sized once for all its keys
// (load at most 5/8), whose slots hold the key itself when it has at most
// idInline bytes (unit codes, 18-digit NIPs), so that a lookup in a table
// far larger than the caches costs one cache miss, where a Go map of
// strings costs a miss for the slot and another for the key's bytes.
// Longer keys live in one arena and cost the second miss.
//
// The empty key, whose slot would look free, is kept beside the slots.
type idTable struct {
	slots    []idSlot
	arena    []byte // keys longer than idInline
	seed     maphash.Seed
	n        int
	hasEmpty bool
	empty    int32 // the value of the empty key
}

// idInline is the longest key held in its slot.
const idInline = 22

// idSlot is 32 bytes: two to a cache line.
type idSlot struct {
	key  [idInline]byte // the key, or for a longer key its arena offset (4 bytes, little endian)
	klen uint8          // key length, 0 for an empty slot, idLong for a key in the arena
	_    uint8
	tag  uint32 // low bits of the key's hash (the high bits chose the slot)
	val  int32
	llen uint32 // length of a key in the arena
}

const idLong = 255

// newIDTable makes a table for up to n keys.
func newIDTable(n int) *idTable {
	size := max(n+n*3/5, 8) // load at most 5/8
	return &idTable{slots: make([]idSlot, size), seed: maphash.MakeSeed()}
}

// start returns the first slot to probe for hash h.
func (t *idTable) start(h uint64) int {
	hi, _ := bits.Mul64(h, uint64(len(t.slots)))
	return int(hi)
}

// get returns the value of key and whether it is there.
func (t *idTable) get(key []byte) (int32, bool) {
	if len(key) == 0 {
		return t.empty, t.hasEmpty
	}
	h := maphash.Bytes(t.seed, key)
	tag := uint32(h)
	for i := t.start(h); ; {
		s := &t.slots[i]
		if s.klen == 0 {
			return 0, false
		}
		if s.tag == tag && t.equal(s, key) {
			return s.val, true
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

func (t *idTable) equal(s *idSlot, key []byte) bool {
	if len(key) <= idInline {
		return int(s.klen) == len(key) && string(s.key[:len(key)]) == string(key)
	}
	if s.klen != idLong || int(s.llen) != len(key) {
		return false
	}
	off := uint32(s.key[0]) | uint32(s.key[1])<<8 | uint32(s.key[2])<<16 | uint32(s.key[3])<<24
	return string(t.arena[off:off+s.llen]) == string(key)
}

// put sets key to val, adding it when new. It reports whether key was
// new. The table must have been made for at least as many keys.
func (t *idTable) put(key string, val int32) bool {
	if key == "" {
		isNew := !t.hasEmpty
		t.hasEmpty, t.empty = true, val
		return isNew
	}
	b := []byte(key)
	h := maphash.Bytes(t.seed, b)
	tag := uint32(h)
	i := t.start(h)
	for {
		s := &t.slots[i]
		if s.klen == 0 {
			break
		}
		if s.tag == tag && t.equal(s, b) {
			s.val = val
			return false
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
	if t.n >= len(t.slots)-1 {
		panic("graph: idTable is full") // unreachable: sized for all keys by NewDirectory
	}
	s := &t.slots[i]
	s.tag, s.val = tag, val
	if len(b) <= idInline {
		copy(s.key[:], b)
		s.klen = uint8(len(b))
	} else {
		off := uint32(len(t.arena))
		t.arena = append(t.arena, b...)
		s.key[0], s.key[1], s.key[2], s.key[3] = byte(off), byte(off>>8), byte(off>>16), byte(off>>24)
		s.klen, s.llen = idLong, uint32(len(b))
	}
	t.n++
	return true
}
