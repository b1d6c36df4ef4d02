package ingest

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// idForm says how an unknown id is a known one written otherwise
// (idWrittenOtherwise).
type idForm int

const (
	idFormNone    idForm = iota
	idFormDecimal        // a whole number written as a decimal: 1.0, 1,0, 1e3
	idFormZeros          // other leading zeros in a digit run: M1, M001 for M01
	idFormWidth          // Unicode NFKC folds it: full-width ＭＯ１ for MO1
)

// maxZeroRuns and maxZeroPad bound the ids idZeros tries: at most this
// many digit runs, each with at most this many leading zeros.
const (
	maxZeroRuns = 3
	maxZeroPad  = 4
)

// idWrittenOtherwise finds, for an unknown id, the known id it writes
// otherwise, and how: a decimal rendering of a whole-number id (1.0 or
// 1.00 for 1, 1,0 with a decimal comma, 1e+03 for 1000, also for 01
// when the decimal lost its zeros as well), as pandas writes an id
// column it read as numbers because a cell was empty; the same id with
// other leading zeros in its digit runs (M1 or M001 for M01, 007 for 07;
// an id of digits alone that lost its zeros is zeroPadded's); or the same
// once Unicode NFKC folds it (full-width ＭＯ１ for MO1, as an IME or a
// copy from a PDF writes it). known reports whether the tables hold an
// id. Found only when exactly one known id fits. It runs for a rejected
// cell only, so it may allocate.
func idWrittenOtherwise(id []byte, known func([]byte) bool) (string, idForm) {
	s := string(id)
	if c, ok := idDecimal(s, known); ok {
		return c, idFormDecimal
	}
	if c, ok := idZeros(s, known); ok {
		return c, idFormZeros
	}
	if f := norm.NFKC.String(s); f != s {
		if known([]byte(f)) {
			return f, idFormWidth
		}
		if c, ok := idDecimal(f, known); ok {
			return c, idFormWidth
		}
		if c, ok := idZeros(f, known); ok {
			return c, idFormWidth
		}
	}
	return "", idFormNone
}

// idDecimal finds the known whole-number id that s writes as a decimal:
// digits, then '.' or ',' and zeros (the digits before it as written,
// or with one to four leading zeros, for an id whose zeros a spreadsheet
// dropped too), or a number in exponent form whose value is a whole
// number below 2^53.
func idDecimal(s string, known func([]byte) bool) (string, bool) {
	try := func(c string) (string, bool) {
		if known([]byte(c)) {
			return c, true
		}
		return zeroPadded([]byte(c), func(p string) bool { return known([]byte(p)) })
	}
	if i := strings.IndexAny(s, ".,"); i > 0 && i < len(s)-1 && allDigits(s[:i]) && strings.Trim(s[i+1:], "0") == "" {
		return try(s[:i])
	}
	if strings.ContainsAny(s, "eE") && len(s) <= 32 {
		f, err := strconv.ParseFloat(s, 64)
		if err == nil && f >= 0 && f < 1<<53 && f == float64(int64(f)) {
			return try(strconv.FormatInt(int64(f), 10))
		}
	}
	return "", false
}

// idZeros finds the one known id that s is with other leading zeros in
// its digit runs: each run written with its zeros dropped and with one to
// maxZeroPad of them, for ids of at most maxZeroRuns runs (the ids tried
// grow as (maxZeroPad+1)^runs). s itself is not one.
func idZeros(s string, known func([]byte) bool) (string, bool) {
	type piece struct {
		text  string
		digit bool
	}
	var ps []piece
	runs := 0
	for i := 0; i < len(s); {
		j := i
		d := s[i] >= '0' && s[i] <= '9'
		for j < len(s) && (s[j] >= '0' && s[j] <= '9') == d {
			j++
		}
		p := piece{s[i:j], d}
		if d {
			runs++
			p.text = strings.TrimLeft(p.text, "0")
			if p.text == "" {
				p.text = "0"
			}
		}
		ps = append(ps, p)
		i = j
	}
	if runs == 0 || runs > maxZeroRuns {
		return "", false
	}
	found := ""
	var b []byte
	var walk func(k int) bool // false: two known ids fit
	walk = func(k int) bool {
		if k == len(ps) {
			if c := string(b); c != s && known(b) {
				if found != "" && found != c {
					return false
				}
				found = c
			}
			return true
		}
		n := len(b)
		defer func() { b = b[:n] }()
		if !ps[k].digit {
			b = append(b, ps[k].text...)
			return walk(k + 1)
		}
		for z := 0; z <= maxZeroPad; z++ {
			b = append(append(b[:n], strings.Repeat("0", z)...), ps[k].text...)
			if !walk(k + 1) {
				return false
			}
		}
		return true
	}
	if !walk(0) || found == "" {
		return "", false
	}
	return found, true
}

// idFormErr and unitFormErr are the sentinels of each idForm, for an id
// of a log table and for a people row's unit_id.
var (
	idFormErr   = [...]error{idFormDecimal: ErrIDDecimal, idFormZeros: ErrIDZeros, idFormWidth: ErrIDWidth}
	unitFormErr = [...]error{idFormDecimal: ErrUnitDecimal, idFormZeros: ErrUnitZeros, idFormWidth: ErrUnitWidth}
)

// idFormHow ends ingest's reason for each idForm: what happened and how
// to fix it.
var idFormHow = [...]string{
	idFormDecimal: "the same whole number written as a decimal: a program that read the id column as numbers (pandas does when the column has an empty cell) wrote it so; write the ids as text (in pandas, read with dtype=str) and export again",
	idFormZeros:   "the same id with other leading zeros in its number; sekat matches ids exactly: write it as the tables do",
	idFormWidth:   "the same id in other characters (full-width letters or digits, as some keyboards and PDF copies write them); sekat matches ids exactly: write it in ordinary characters, as the tables do",
}
