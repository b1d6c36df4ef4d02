// Package splitmix holds SplitMix64's finaliser (Steele, Lea & Flood
// 2014), the fixed 64-bit mixer that Leiden uses to derive a refinement's
// random stream and ingest to hash rows for its row sketches: both need
// the same bits on every run and machine, which a seeded hash does not
// give.
package splitmix

// Mix64 is SplitMix64's finaliser: a bijection on 64 bits whose output
// bits each depend on every input bit.
func Mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
