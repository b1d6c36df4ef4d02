package graph

// NIPDigits is the number of digits of a NIP, the national id of an ASN:
// birth date (8), start (6: year and month), sex (1), sequence (3).
const NIPDigits = 18

// CanonicalID returns a person id in the one spelling in which people are
// compared and pseudonymised: a NIP written with spaces between its
// digits ("19830101 200501 1 001", as SIMPEG and letters print it) loses
// them; any other id is returned as it is. Only an id of exactly
// NIPDigits digits and ASCII spaces is changed: the spaces of a NIP group
// its fields and cannot make it another person's, whereas dots, dashes
// or another count of digits may belong to a code whose separators
// matter (a unit's "1.02.01"), or to a NIP a spreadsheet damaged.
func CanonicalID(id string) string {
	var buf [NIPDigits]byte
	if c, ok := canonicalNIP([]byte(id), &buf); ok {
		return string(c)
	}
	return id
}

// canonicalNIP is CanonicalID of id written into buf: ok is false, and
// buf untouched, when id has no space or is not a NIP written with
// spaces. It does not allocate.
func canonicalNIP(id []byte, buf *[NIPDigits]byte) ([]byte, bool) {
	n, spaced := 0, false
	for _, c := range id {
		switch {
		case c == ' ':
			spaced = true
		case c >= '0' && c <= '9':
			if n == NIPDigits {
				return nil, false
			}
			n++
		default:
			return nil, false
		}
	}
	if !spaced || n != NIPDigits {
		return nil, false
	}
	n = 0
	for _, c := range id {
		if c != ' ' {
			buf[n] = c
			n++
		}
	}
	return buf[:], true
}
