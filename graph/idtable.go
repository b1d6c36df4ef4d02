package graph

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"math/rand/v2"
)

// idTable maps id bytes to an int32 without allocating on lookup: an
// open-addressing table with linear probing, sized once for all its keys
// (at most a quarter or half full, see newIDTable), whose slots hold the
// key itself when it has at most idInline bytes (unit codes, 18-digit
// NIPs), so that a lookup in a table far larger than the caches costs one
// cache miss, where a Go map of strings costs a miss for the slot and
// another for the key's bytes.
// Longer keys live in one arena and cost the second miss.
//
// The empty key, whose slot would look free, is kept beside the slots.
type idTable struct {
	slots    []idSlot
	arena    []byte       // keys longer than idInline
	seed     maphash.Seed // for keys longer than idHashInline
	k        [4]uint64    // random keys of the inline hash
	n        int
	hasEmpty bool
	empty    int32 // the value of the empty key
}

// idInline is the longest key held in its slot: an 18-digit NIP fits.
const idInline = 18

// idSlot is 32 bytes, so that no slot straddles two cache lines (until
// 2026-12 it was 36 bytes, beside a comment that said 32).
type idSlot struct {
	key  [idInline]byte // the key, or for a longer key its arena offset and length (4 bytes each, little endian)
	klen uint8          // key length, 0 for an empty slot, idLong for a key in the arena
	_    uint8
	tag  uint32 // low bits of the key's hash (the high bits chose the slot)
	val  int32
	aux  int32 // a second value, kept with the key (see Directory.Place)
}

const idLong = 255

// newIDTable makes a table for up to n keys. A table of up to 256k keys
// is at most a quarter full: the branch on whether the first slot probed
// holds the key is then seldom mispredicted (at 5/8 full, a lookup of
// 3,000 ids took 23 ns, at 1/4 14 ns, in cache). Larger tables, where each
// lookup waits on memory anyway, are at most half full (1M ids: 64 MB).
func newIDTable(n int) *idTable {
	size := 4 * n
	if n > 1<<18 {
		size = 2 * n
	}
	size = max(size, 8)
	t := &idTable{slots: make([]idSlot, size), seed: maphash.MakeSeed()}
	for i := range t.k {
		t.k[i] = rand.Uint64() | 1
	}
	return t
}

// idHashInline is the longest key hashed inline (see hash).
const idHashInline = 24

// hash returns the hash of key, which is not empty. A key of up to 24
// bytes (unit codes, 18-digit NIPs, most ids) is hashed inline: its bytes
// are read as at most three little-endian words (overlapping, so that
// each byte is in one) and each pair of words, XORed with the table's
// random keys, is multiplied to 128 bits and folded, as wyhash does for
// short inputs. maphash's call costs more than the lookup it serves
// (a fifth of a lookup of 3,000 short ids). Longer keys go to maphash.
// The keys are random per table, so that no one can choose ids that
// collide without knowing them; the hash decides only where a key sits,
// never what a lookup returns.
func (t *idTable) hash(key []byte) uint64 {
	n := len(key)
	switch {
	case n > idHashInline:
		return maphash.Bytes(t.seed, key)
	case n > 16:
		a, b, c := binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[8:]), binary.LittleEndian.Uint64(key[n-8:])
		return fold(a^t.k[0], b^t.k[1]) ^ fold(c^t.k[2], uint64(n)^t.k[3])
	case n > 8:
		a, b := binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[n-8:])
		return fold(a^t.k[0], b^t.k[1]^uint64(n))
	case n >= 4:
		a, b := binary.LittleEndian.Uint32(key), binary.LittleEndian.Uint32(key[n-4:])
		return fold(uint64(a)^t.k[0], uint64(b)^t.k[1]^uint64(n))
	default:
		a := uint64(key[0])<<16 | uint64(key[n>>1])<<8 | uint64(key[n-1])
		return fold(a^t.k[0], t.k[1]^uint64(n))
	}
}

// fold multiplies a and b to 128 bits and XORs the halves.
func fold(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// start returns the first slot to probe for hash h.
func (t *idTable) start(h uint64) int {
	hi, _ := bits.Mul64(h, uint64(len(t.slots)))
	return int(hi)
}

// get returns the value of key and whether it is there.
func (t *idTable) get(key []byte) (int32, bool) {
	s := t.slot(key)
	if s == nil {
		if len(key) == 0 {
			return t.empty, t.hasEmpty
		}
		return 0, false
	}
	return s.val, true
}

// slot returns the slot of key, or nil when key is not there or empty.
func (t *idTable) slot(key []byte) *idSlot {
	if len(key) == 0 {
		return nil
	}
	h := t.hash(key)
	tag := uint32(h)
	for i := t.start(h); ; {
		s := &t.slots[i]
		if s.klen == 0 {
			return nil
		}
		if s.tag == tag && t.equal(s, key) {
			return s
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

func (t *idTable) equal(s *idSlot, key []byte) bool {
	if n := len(key); n <= idInline {
		// In words, as hash reads them (overlapping, so that each byte is
		// in one): string equality of a few bytes calls memequal, which
		// cost more than the words.
		if int(s.klen) != n {
			return false
		}
		k := s.key[:]
		switch {
		case n > 16:
			return le64(k) == le64(key) && le64(k[8:]) == le64(key[8:]) && le64(k[n-8:]) == le64(key[n-8:])
		case n >= 8:
			return le64(k) == le64(key) && le64(k[n-8:]) == le64(key[n-8:])
		case n >= 4:
			return le32(k) == le32(key) && le32(k[n-4:]) == le32(key[n-4:])
		}
		return string(k[:n]) == string(key)
	}
	if s.klen != idLong || le32(s.key[4:]) != uint32(len(key)) {
		return false
	}
	off := le32(s.key[:])
	return string(t.arena[off:off+uint32(len(key))]) == string(key)
}

func le64(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// put sets key to val, adding it when new. It reports whether key was
// new. The table must have been made for at least as many keys.
func (t *idTable) put(key string, val, aux int32) bool {
	if key == "" {
		isNew := !t.hasEmpty
		t.hasEmpty, t.empty = true, val
		return isNew
	}
	b := []byte(key)
	h := t.hash(b)
	tag := uint32(h)
	i := t.start(h)
	for {
		s := &t.slots[i]
		if s.klen == 0 {
			break
		}
		if s.tag == tag && t.equal(s, b) {
			s.val, s.aux = val, aux
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
	s.tag, s.val, s.aux = tag, val, aux
	if len(b) <= idInline {
		copy(s.key[:], b)
		s.klen = uint8(len(b))
	} else {
		off := uint32(len(t.arena))
		t.arena = append(t.arena, b...)
		n := uint32(len(b))
		s.key[0], s.key[1], s.key[2], s.key[3] = byte(off), byte(off>>8), byte(off>>16), byte(off>>24)
		s.key[4], s.key[5], s.key[6], s.key[7] = byte(n), byte(n>>8), byte(n>>16), byte(n>>24)
		s.klen = idLong
	}
	t.n++
	return true
}
