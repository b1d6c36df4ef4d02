package broker

import (
	"math"
	"math/bits"
)

// fix is a sum kept exactly, as a 128-bit integer count of 2^-frac, so
// that it does not depend on the order of its terms: integer addition is
// associative, and each term is cut to a multiple of 2^-frac (toward
// zero) by itself before it is added. Burt's measures sum over a node's
// contacts and their shared contacts, whose order is the order of the
// node ids; summed in floating point, the same network numbered two ways
// (facilitators numbers people by id, analyze --level person by
// pseudonym) gave values apart in the 15th digit
// (TestStructuralHolesNumberingFree).
//
// The terms are not negative, and frac is the caller's, the same for
// every term of one sum: with frac = fracBelow(k), a term must lie below
// 2^k, and the sum below 2^(k+13).
type fix struct{ hi, lo uint64 }

// termFrac is the scale of the per-contact sums of Burt's measures
// (sum_q p_iq p_qj and sum_q p_iq m_jq): each term lies in [0, 1] and so
// does the sum, up to rounding; a term below 2^-115 (2.4e-35) is cut by
// at most that much.
const termFrac = 115

// redFrac is the scale of a node's redundancy, sum_j sum_q p_iq m_jq:
// each term lies in [0, 1], the sum at most the node's degree (below
// 2^31), and so is its effective size; a term below 2^-83 (1e-25) is cut
// by at most that much.
const redFrac = 115 - 32

// fracBelow returns the scale for terms below 2^k, k >= 1: the largest
// that keeps such a term's 53 bits shifted by less than 64, for add.
func fracBelow(k int) int { return 116 - k }

// add adds x, cut toward zero to a multiple of 2^-frac; x must lie in
// [0, 2^(116-frac)). A term out of that range (from a weight that is not
// finite and positive, where markUndefined sets the measures to NaN)
// adds nothing or garbage, never a panic.
//
// The loops write a.addParts(fixParts(x, frac)), which the compiler
// expands in place; add itself is too large to be.
func (a *fix) add(x float64, frac int) { a.addParts(fixParts(x, frac)) }

// addParts adds the words fixParts returned.
func (a *fix) addParts(lo, hi uint64) {
	var c uint64
	a.lo, c = bits.Add64(a.lo, lo, 0)
	a.hi += hi + c
}

// fixParts returns x*2^frac cut toward zero, as its low and high words,
// for x in [0, 2^(116-frac)) (see add). The inner loops of Burt's
// measures add the words themselves, so that a sum can stay in
// registers.
func fixParts(x float64, frac int) (lo, hi uint64) {
	b := math.Float64bits(x)
	m := b&(1<<52-1) | 1<<52
	sh := int(b>>52) - 1075 + frac // x*2^frac = m*2^sh, sh < 64
	if uint(sh-1) < 63 {
		// 1 <= sh <= 63, every term above 2^(53-frac)
		return m << (uint(sh) & 63), m >> (uint(64-sh) & 63)
	}
	if sh > -64 && sh <= 0 {
		return m >> (uint(-sh) & 63), 0
	}
	return 0, 0 // zero, subnormals, terms below 2^(-frac)
}

// minus returns a - b, exactly, as a two's-complement count (see float).
func (a fix) minus(b fix) fix {
	lo, c := bits.Sub64(a.lo, b.lo, 0)
	hi, _ := bits.Sub64(a.hi, b.hi, c)
	return fix{hi, lo}
}

// float returns the sum rounded to the nearest float64 (ties to even); a
// count whose top bit is set is negative (two's complement, from minus).
func (a fix) float(frac int) float64 {
	if a.hi|a.lo == 0 {
		return 0 // most sums of a sparse network: no shared contact
	}
	return a.round(frac)
}

// round is float of a sum that is not 0.
func (a fix) round(frac int) float64 {
	hi, lo := a.hi, a.lo
	neg := hi>>63 != 0
	if neg {
		var c uint64
		lo, c = bits.Sub64(0, lo, 0)
		hi, _ = bits.Sub64(0, hi, c)
	}
	// the top 64 bits, the highest set bit first; the 53 kept are
	// rounded to nearest, ties to even, on the bits below them
	z := bits.LeadingZeros64(hi)
	if hi == 0 {
		z = 64 + bits.LeadingZeros64(lo)
	}
	var top, rest uint64
	switch {
	case z == 0:
		top, rest = hi, lo
	case z < 64:
		top, rest = hi<<uint(z)|lo>>uint(64-z), lo<<uint(z)
	default:
		top, rest = lo<<uint(z-64), 0
	}
	mant, r := top>>11, top&0x7ff
	if r > 0x400 || r == 0x400 && (rest != 0 || mant&1 == 1) {
		mant++ // 2^53 at most, still exact below
	}
	// the value is mant * 2^(64-z-frac+11), a normal number for every
	// frac this package uses
	v := float64(int64(mant)) * math.Float64frombits(uint64(64-z-frac+11+1023)<<52)
	if neg {
		return -v
	}
	return v
}
