package graph

// The national ids a person id of digits may be, whose spaces CanonicalID
// drops:
const (
	// NIPDigits is the number of digits of a NIP, the national id of an
	// ASN: birth date (8), start (6: year and month), sex (1), sequence (3).
	NIPDigits = 18
	// NIKDigits is the number of digits of a NIK, the id of the population
	// register (KTP) that staff without a NIP are listed by: region (6),
	// birth date (6), sequence (4).
	NIKDigits = 16
	// OldNIPDigits is the number of digits of a NIP given before 1999
	// (printed "010 234 567"), still in the records of long-serving staff.
	OldNIPDigits = 9
)

// DigitIDCounts are the counts of digits of an id whose spaces CanonicalID
// drops, shortest first: an old NIP, a NIK and a NIP.
var DigitIDCounts = [...]int{OldNIPDigits, NIKDigits, NIPDigits}

// IsDigitID reports whether id, in its canonical spelling, is a NIP, an
// old NIP or a NIK: exactly one of DigitIDCounts digits, nothing else.
func IsDigitID(id string) bool {
	if !digitCount(len(id)) {
		return false
	}
	for i := 0; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return true
}

// IDKind names the kind of national id a digit id is (IsDigitID): "NIK"
// for 16 digits, "NIP" for the others. The word is the same in every
// language sekat speaks.
func IDKind(id string) string {
	if len(id) == NIKDigits {
		return "NIK"
	}
	return "NIP"
}

func digitCount(n int) bool {
	for _, c := range DigitIDCounts {
		if n == c {
			return true
		}
	}
	return false
}

// CanonicalID returns a person id in the one spelling in which people are
// compared and pseudonymised: a NIP, an old NIP or a NIK written with
// spaces between its digits ("19830101 200501 1 001", as SIMPEG and
// letters print a NIP; "010 234 567", an old NIP; "3201 0101 8501 0001",
// a NIK; the no-break space U+00A0 of a copy from a web page too) loses
// them; any other id is returned as it is. Only an id of exactly 18, 16
// or 9 digits (DigitIDCounts) and such spaces is changed: the spaces of
// these ids group their fields and cannot make them another person's,
// whereas dots, dashes or another count of digits may belong to a code
// whose separators matter (a unit's "1.02.01"), or to a NIP a
// spreadsheet damaged.
func CanonicalID(id string) string {
	var buf [NIPDigits]byte
	if c, ok := canonicalNIP([]byte(id), &buf); ok {
		return string(c)
	}
	return id
}

// canonicalNIP is CanonicalID of id written into buf: ok is false (buf
// then holds nothing of use) when id has no space or is not a NIP, old
// NIP or NIK written with spaces. It does not allocate.
func canonicalNIP(id []byte, buf *[NIPDigits]byte) ([]byte, bool) {
	if len(id) <= OldNIPDigits {
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
	if n == len(id) || !digitCount(n) {
		return nil, false
	}
	return buf[:n], true
}
