package graph

// NIPDigits is the number of digits of a NIP, the national id of an ASN:
// birth date (8), start (6: year and month), sex (1), sequence (3).
const NIPDigits = 18

// CanonicalID returns a person id in the one spelling in which people are
// compared and pseudonymised: a NIP written with spaces between its
// digits ("19830101 200501 1 001", as SIMPEG and letters print it; the
// no-break space U+00A0 of a copy from a web page too) loses them; any
// other id is returned as it is. Only an id of exactly NIPDigits digits
// and such spaces is changed: the spaces of a NIP group its fields and
// cannot make it another person's, whereas dots, dashes or another count
// of digits may belong to a code whose separators matter (a unit's
// "1.02.01"), or to a NIP a spreadsheet damaged.
func CanonicalID(id string) string {
	var buf [NIPDigits]byte
	if c, ok := canonicalNIP([]byte(id), &buf); ok {
		return string(c)
	}
	return id
}

// canonicalNIP is CanonicalID of id written into buf: ok is false (buf
// then holds nothing of use) when id has no space or is not a NIP
// written with spaces. It does not allocate.
func canonicalNIP(id []byte, buf *[NIPDigits]byte) ([]byte, bool) {
	if len(id) <= NIPDigits {
		return nil, false // no room for a space
	}
	n := 0
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case c == ' ':
		case c == 0xC2 && i+1 < len(id) && id[i+1] == 0xA0: // U+00A0
			i++
		case c >= '0' && c <= '9':
			if n == NIPDigits {
				return nil, false
			}
			buf[n] = c
			n++
		default:
			return nil, false
		}
	}
	if n != NIPDigits {
		return nil, false
	}
	return buf[:], true
}
