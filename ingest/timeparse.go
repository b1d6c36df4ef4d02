package ingest

import (
	"fmt"
	"time"
)

// ParseTime parses the contract's time formats without allocating:
//
//	RFC 3339: 2025-03-04T09:15:00Z, 2025-03-04T09:15:00.123+07:00, 'T', 't' or ' '
//	          between date and time; zone Z, z, ±hh:mm (also ±hhmm and ±hh,
//	          optionally after one space); fractional seconds after '.' or ','
//	YYYY-MM-DD
//	YYYY-MM-DD HH:MM and YYYY-MM-DD HH:MM:SS (also with 'T')
//	DD/MM/YYYY and DD/MM/YYYY HH:MM[:SS] (day first, never month first;
//	          1- or 2-digit day and month)
//
// The hour may have one digit in every format (9:05, as Excel writes it),
// and a run of spaces may separate the date from the time.
//
// It returns seconds since the Unix epoch, rounded down (fractions of a
// second are dropped; for the instants handled here, all after year 0, that
// is floor). A time without a zone is a wall-clock time in loc: time.Date
// resolves it, so in DST zones a time in the spring gap is moved forward and
// a time in the autumn overlap takes the first of the two instants, as
// time.Date documents. A nil loc means UTC. dateOnly reports a value with no
// time of day (callers treat an end date as inclusive of that day).
// Impossible dates and times (2025-02-30, 25:00, month 13, second 60) are
// errors. Surrounding spaces, tabs and line ends are trimmed. Errors wrap
// ErrBadTime.
func ParseTime(b []byte, loc *time.Location) (sec int64, dateOnly bool, err error) {
	s := tpTrim(b)
	var t tpFields
	var ok bool
	var why string
	if len(s) >= 8 && s[4] == '-' {
		ok, why = t.iso(s)
	} else {
		ok, why = t.dmy(s)
	}
	if !ok {
		return 0, false, tpError(b, why)
	}
	if why = t.check(); why != "" {
		return 0, false, tpError(b, why)
	}
	if t.zone {
		u := time.Date(t.year, time.Month(t.month), t.day, t.hour, t.min, t.sec, 0, time.UTC).Unix()
		return u - int64(t.offset), false, nil
	}
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(t.year, time.Month(t.month), t.day, t.hour, t.min, t.sec, 0, loc).Unix(), t.dateOnly, nil
}

// TimeOf turns a Value into seconds since the epoch: Bytes through
// ParseTime in loc, TimeUTC as is, TimeLocal as a wall clock in loc, Date as
// the start of that day in loc (dateOnly true). Null is an error wrapping
// ErrBadTime ("missing time"). A nil loc means UTC.
func TimeOf(v Value, loc *time.Location) (sec int64, dateOnly bool, err error) {
	if loc == nil {
		loc = time.UTC
	}
	switch v.Kind {
	case Bytes:
		return ParseTime(v.B, loc)
	case TimeUTC:
		return v.I, false, nil
	case TimeLocal:
		w := time.Unix(v.I, 0).UTC()
		y, m, d := w.Date()
		hh, mm, ss := w.Clock()
		return time.Date(y, m, d, hh, mm, ss, 0, loc).Unix(), false, nil
	case Date:
		const maxDays = 1 << 40 // far beyond any calendar use; keeps int arithmetic exact
		if v.I > maxDays || v.I < -maxDays {
			return 0, false, fmt.Errorf("ingest: %w: date %d days from 1970-01-01 is out of range", ErrBadTime, v.I)
		}
		return time.Date(1970, 1, 1+int(v.I), 0, 0, 0, 0, loc).Unix(), true, nil
	case Null:
		return 0, false, fmt.Errorf("ingest: %w: missing time", ErrBadTime)
	}
	return 0, false, fmt.Errorf("ingest: %w: a %s value is not a time", ErrBadTime, v.Kind)
}

type tpFields struct {
	year, month, day int
	hour, min, sec   int
	offset           int // seconds east of UTC, when zone
	zone             bool
	dateOnly         bool
}

func tpTrim(b []byte) []byte {
	for len(b) > 0 && tpIsSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && tpIsSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// tpSkipSpaces returns the index of the first byte at or after i that is
// not a space.
func tpSkipSpaces(s []byte, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

func tpIsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// tpDigits reads exactly n digits at s[i:].
func tpDigits(s []byte, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range s[i : i+n] {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// tpDigits12 reads one or two digits at s[i:] and returns the index after.
func tpDigits12(s []byte, i int) (v, next int, ok bool) {
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return 0, 0, false
	}
	v = int(s[i] - '0')
	i++
	if i < len(s) && s[i] >= '0' && s[i] <= '9' {
		v = v*10 + int(s[i]-'0')
		i++
	}
	return v, i, true
}

const tpFormats = "expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS], RFC 3339 (2025-03-04T09:15:00+07:00) or DD/MM/YYYY[ HH:MM[:SS]]"

// iso parses YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][zone].
func (t *tpFields) iso(s []byte) (bool, string) {
	var ok1, ok2, ok3 bool
	t.year, ok1 = tpDigits(s, 0, 4)
	t.month, ok2 = tpDigits(s, 5, 2)
	t.day, ok3 = tpDigits(s, 8, 2)
	if !ok1 || !ok2 || !ok3 || s[7] != '-' {
		return false, tpFormats
	}
	if len(s) == 10 {
		t.dateOnly = true
		return true, ""
	}
	i := 11
	switch s[10] {
	case 'T', 't':
	case ' ':
		i = tpSkipSpaces(s, i)
	default:
		return false, tpFormats
	}
	i, ok := t.clock(s, i)
	if !ok {
		return false, tpFormats
	}
	return t.zoneAt(s, i)
}

// clock parses H[H]:MM[:SS[.fff]] at s[i:] (Excel writes 9:05).
func (t *tpFields) clock(s []byte, i int) (int, bool) {
	var ok bool
	t.hour, i, ok = tpDigits12(s, i)
	if !ok || i >= len(s) || s[i] != ':' {
		return 0, false
	}
	if t.min, ok = tpDigits(s, i+1, 2); !ok {
		return 0, false
	}
	i += 3
	if i < len(s) && s[i] == ':' {
		if t.sec, ok = tpDigits(s, i+1, 2); !ok {
			return 0, false
		}
		i += 3
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j == i+1 {
				return 0, false
			}
			i = j
		}
	}
	return i, true
}

// zoneAt parses an optional zone at s[i:] that must end the text.
func (t *tpFields) zoneAt(s []byte, i int) (bool, string) {
	if i == len(s) {
		return true, ""
	}
	if s[i] == ' ' && i+1 < len(s) {
		i++
	}
	switch s[i] {
	case 'Z', 'z':
		if i+1 != len(s) {
			return false, tpFormats
		}
		t.zone = true
		return true, ""
	case '+', '-':
		h, ok := tpDigits(s, i+1, 2)
		if !ok {
			return false, tpFormats
		}
		m := 0
		j := i + 3
		switch {
		case j == len(s):
		case s[j] == ':' && j+3 == len(s):
			m, ok = tpDigits(s, j+1, 2)
		case j+2 == len(s):
			m, ok = tpDigits(s, j, 2)
		default:
			ok = false
		}
		if !ok {
			return false, tpFormats
		}
		if h > 23 || m > 59 {
			return false, "zone offset out of range"
		}
		t.offset = h*3600 + m*60
		if s[i] == '-' {
			t.offset = -t.offset
		}
		t.zone = true
		return true, ""
	}
	return false, tpFormats
}

// dmy parses D[D]/M[M]/YYYY[ H[H]:MM[:SS]].
func (t *tpFields) dmy(s []byte) (bool, string) {
	var ok bool
	var i int
	if t.day, i, ok = tpDigits12(s, 0); !ok || i >= len(s) || s[i] != '/' {
		return false, tpFormats
	}
	if t.month, i, ok = tpDigits12(s, i+1); !ok || i >= len(s) || s[i] != '/' {
		return false, tpFormats
	}
	if t.year, ok = tpDigits(s, i+1, 4); !ok {
		return false, tpFormats
	}
	i += 5
	if i == len(s) {
		t.dateOnly = true
		return true, ""
	}
	switch s[i] {
	case 'T':
		i++
	case ' ':
		i = tpSkipSpaces(s, i)
	default:
		return false, tpFormats
	}
	j, ok := t.clock(s, i)
	if !ok || j != len(s) {
		return false, tpFormats
	}
	return true, ""
}

func (t *tpFields) check() string {
	switch {
	case t.month < 1 || t.month > 12:
		return "month out of range"
	case t.day < 1 || t.day > tpDaysIn(t.year, t.month):
		return "day out of range for the month"
	case t.hour > 23:
		return "hour out of range"
	case t.min > 59:
		return "minute out of range"
	case t.sec > 59:
		return "second out of range"
	}
	return ""
}

func tpDaysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func tpError(b []byte, why string) error {
	return fmt.Errorf("ingest: %w %q: %s", ErrBadTime, srcDisplay(b), why)
}
