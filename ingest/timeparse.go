package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"time"
)

// ParseTime parses the contract's time formats without allocating:
//
//	RFC 3339: 2025-03-04T09:15:00Z, 2025-03-04T09:15:00.123+07:00, 'T', 't' or ' '
//	          between date and time; zone Z, z, ±hh:mm (also ±hhmm and ±hh,
//	          optionally after one space), WIB, WITA, WIT, GMT±h[h][:mm] or
//	          UTC±h[h][:mm] (GMT, UTC alone: zero), an offset or Z
//	          followed by a bracketed region name ([Asia/Jakarta], not
//	          read); fractional seconds after '.' or ','
//	YYYY-MM-DD and YYYY/MM/DD, with 1- or 2-digit month and day either
//	          way (2025-3-4, 2025/3/4)
//	YYYY-MM-DD HH:MM and YYYY-MM-DD HH:MM:SS (also with 'T'; also
//	          YYYY/MM/DD; 2025-3-4 9:05)
//	YYYYMMDD, two digits each, alone or before a time as above
//	          (20250304, 20250304 09:05)
//	DD/MM/YYYY and DD/MM/YYYY HH:MM[:SS] (day first, never month first;
//	          1- or 2-digit day and month; '-' or '.' may stand for '/')
//	Month D time [zone] YYYY, as the Unix date command writes it, after
//	          a day of the week (Fri Jan 10 09:00:00 WIB 2025; see
//	          monthDay)
//	D Month YYYY [time]: 1 Maret 2025, 01-Mar-2025, 1 Agustus 2025 09.05;
//	          months in Bahasa Indonesia or English, in full or
//	          abbreviated (Mrt/Mar, Mei/May, Agt/Agu/Ags/Aug, Okt/Oct,
//	          Des/Dec; see MonthNames), any case, separated by spaces or
//	          '-'
//	day first (both forms above), as Indonesian letters write it: a day
//	          of the week before (Senin, 3 Februari 2025; not checked
//	          against the date), ',' and "pukul" before the time, and a
//	          zone after it as in RFC 3339 (Sabtu, 9 Agustus 2025 pukul
//	          10.00 WIB)
//
// A 12-hour clock may end with AM or PM (any case, after at most one
// space: 2:30:00 PM), read as the 24-hour time.
//
// The hour may have one digit in every format (9:05, as Excel writes it),
// hours, minutes and seconds may be separated by '.' instead of ':' (09.05,
// as Indonesian letters write the time), and a run of spaces may separate
// the date from the time.
//
// It returns seconds since the Unix epoch, rounded down (fractions of a
// second are dropped; for the instants handled here, all after year 0, that
// is floor). A time without a zone is a wall-clock time in loc: time.Date
// resolves it, so in DST zones a time in the spring gap is moved forward and
// a time in the autumn overlap takes the first of the two instants, as
// time.Date documents. A nil loc means UTC. dateOnly reports a value with no
// time of day (callers treat an end date as inclusive of that day).
// Impossible dates and times (2025-02-30, 25:00, month 13, second 60) are
// errors; a numeric date that is impossible day first but a valid time
// month first, its time of day included (03/25/2025, 03/25/2025 09:00;
// not 08/12/2025 25:00, whose time is wrong either way), is an error that
// also wraps ErrMonthFirst. Surrounding white space is trimmed (Unicode
// white space, as bytes.TrimSpace trims it). Errors wrap ErrBadTime.
//
// Excel serial numbers (45717) are not times here: the loader reads them in
// table columns only (see Study.DateOrder and docs/inputs.md).
func ParseTime(b []byte, loc *time.Location) (sec int64, dateOnly bool, err error) {
	sec, info, err := parseTime(b, loc, 0, nil)
	return sec, info&tpDateOnly != 0, err
}

// tpOpts are the ways of reading a time that depend on the table.
type tpOpts uint8

const (
	// tpMonthFirst reads numeric dates month first: 03/04/2025 is 4 March
	// (date_order: mdy).
	tpMonthFirst tpOpts = 1 << iota
	// tpSerial reads a number of five digits, with an optional fraction
	// after '.' or ',' (45717, 45717.375), as an Excel serial date.
	tpSerial
	// tpDate1904 counts serials from 1904-01-01 (workbooks made by Excel
	// for the Mac before 2011) instead of 1899-12-30.
	tpDate1904
)

// What parseTime found, beside the instant.
const (
	tpDateOnly  uint8 = 1 << iota // no time of day
	tpWasSerial                   // an Excel serial number
	// tpSwappable: a numeric date read day first that month first is
	// another valid date (04/03/2025): wrong if the file writes the
	// month first.
	tpSwappable
	// tpDayFirstOnly: a numeric date read day first that is no date
	// month first (13/02/2025): proof that the file writes the day
	// first.
	tpDayFirstOnly
)

// ErrMonthFirst wraps ErrBadTime. It is wrapped by the error for a
// numeric date that is impossible day first but whose whole value, time
// of day included, is valid month first, such as 03/25/2025 09:00: the
// file most likely writes the month first, and date_order: mdy in
// study.yaml reads it so. A value whose time is wrong both ways (08/12/2025
// 25:00) is a plain ErrBadTime.
var ErrMonthFirst = fmt.Errorf("%w: a date month first", ErrBadTime)

// ErrNoSuchTime wraps ErrBadTime: a value written in a form sekat reads
// whose date or time does not exist (2025-02-30, month 13, 25:00); the
// error's text says which field.
var ErrNoSuchTime = fmt.Errorf("%w: no such date or time", ErrBadTime)

// tpNoSuchErr is ErrNoSuchTime for the value b, with why (which field is
// out of range); its text is tpError's. day is, when the day is the field
// out of range (a day its month does not have), the date as read.
type tpNoSuchErr struct {
	b, why string
	day    *NoSuchDayError
}

// NoSuchDayError is the cause of a rejected row whose date names a day
// its month does not have (30 February, 31 April, 29 February of a year
// that is not a leap year): the date as read, Month 1 to 12, and Days,
// the days of that month. It wraps ErrNoSuchTime.
type NoSuchDayError struct{ Year, Month, Day, Days int }

func (e *NoSuchDayError) Error() string {
	return "ingest: no such date: " + e.why()
}

// Unwrap returns ErrNoSuchTime.
func (e *NoSuchDayError) Unwrap() error { return ErrNoSuchTime }

// why says which day does not exist, and why.
func (e *NoSuchDayError) why() string {
	leap := ""
	if e.Month == 2 && e.Day == 29 {
		leap = fmt.Sprintf(" (%d is not a leap year)", e.Year)
	}
	return fmt.Sprintf("%s %d has %d days%s, so day %d does not exist", time.Month(e.Month), e.Year, e.Days, leap, e.Day)
}

// reason is the reason of a rejected row for e.
func (e *NoSuchDayError) reason() string {
	return "no such date: " + e.why() + "; correct the date in the source (a date typed by hand, or a month's last day computed as its 30th or 31st)"
}

// noSuchDay is the NoSuchDayError of b, a time cell read with the
// options o that was rejected for ErrNoSuchTime, or nil when the field
// out of range is not the day. It runs on rejected cells only.
func noSuchDay(b []byte, o tpOpts) *NoSuchDayError {
	var ns *tpNoSuchErr
	if _, _, err := parseTime(b, time.UTC, o, nil); errors.As(err, &ns) {
		return ns.day
	}
	return nil
}

// NoSuchDayOf returns the NoSuchDayError of err, an error of ParseTime,
// when the value names a day its month does not have (2025-02-30,
// Feb-30-2025, 30 Februari 2025); nil otherwise. A command line's date
// is then said to be no date for that reason, as a table's is.
func NoSuchDayOf(err error) *NoSuchDayError {
	var ns *tpNoSuchErr
	if errors.As(err, &ns) {
		return ns.day
	}
	var nd *NoSuchDayError
	if errors.As(err, &nd) {
		return nd
	}
	return nil
}

func (e *tpNoSuchErr) Error() string {
	return fmt.Sprintf("ingest: %v %q: %s", ErrBadTime, e.b, e.why)
}
func (e *tpNoSuchErr) Unwrap() error { return ErrNoSuchTime }

// ErrDayFirst wraps ErrBadTime. It is wrapped by the error for a numeric
// date read month first (date_order: mdy) that is impossible so but whose
// whole value is valid day first, such as 13/02/2025: the setting may be
// wrong for the file.
var ErrDayFirst = fmt.Errorf("%w: a date day first", ErrBadTime)

// tpDayFirstErr is the error of a value valid day first only under
// date_order: mdy; it wraps ErrDayFirst (and so ErrBadTime).
type tpDayFirstErr struct{ msg string }

func (e *tpDayFirstErr) Error() string { return e.msg }
func (e *tpDayFirstErr) Unwrap() error { return ErrDayFirst }

// parseTime is ParseTime with the table's options; info holds tpDateOnly,
// tpWasSerial, tpSwappable and tpDayFirstOnly.
//
// day, when not nil, remembers the last date read without a zone, so that
// the times of one day cost no time.Date each (see tpDay).
func parseTime(b []byte, loc *time.Location, o tpOpts, day *tpDay) (sec int64, info uint8, err error) {
	s := tpTrim(b)
	if loc == nil {
		loc = time.UTC
	}
	if o&tpSerial != 0 {
		if sec, dateOnly, ok := tpSerialTime(s, loc, o&tpDate1904 != 0); ok {
			info = tpWasSerial
			if dateOnly {
				info |= tpDateOnly
			}
			return sec, info, nil
		}
	}
	var t tpFields
	var ok bool
	var why string
	if _, year := tpDigits(s, 0, 4); year && len(s) >= 8 && (s[4] == '-' || s[4] == '/') {
		ok, why = t.iso(s, s[4])
	} else if _, compact := tpDigits(s, 0, 8); compact && (len(s) == 8 || !tpIsDigit(s[8])) {
		ok, why = t.iso(s, 0)
	} else if w := tpSkipWeekday(s); len(w) > 0 && (w[0]|0x20) >= 'a' && (w[0]|0x20) <= 'z' {
		if ok, why = t.monthDay(w); !ok {
			if nd := tpNameFirstNoDay(w); nd != nil {
				// Feb 30, 2025: a form sekat does not read, but its
				// reason is the day, which no form would make exist
				return 0, 0, &tpNoSuchErr{b: srcDisplay(b), why: nd.why(), day: nd}
			}
		}
	} else {
		ok, why = t.dmy(w, o&tpMonthFirst != 0)
	}
	if !ok {
		return 0, 0, tpError(b, why)
	}
	if why = t.check(); why != "" {
		if t.numeric && o&tpMonthFirst != 0 {
			// the other way round: date_order: mdy, and a value that is
			// a time day first only (13/02/2025)
			alt := t
			alt.day, alt.month = t.month, t.day
			if alt.check() == "" {
				return 0, 0, &tpDayFirstErr{fmt.Sprintf("ingest: invalid time %q: no such date month first (month %d, day %d), but day first it is %d %s %d; if the file writes the day first, remove date_order: mdy from study.yaml",
					srcDisplay(b), alt.day, alt.month, alt.day, time.Month(alt.month), alt.year)}
			}
		}
		if t.numeric && o&tpMonthFirst == 0 {
			// the whole value month first, its time too: 08/12/2025
			// 25:00 is no time either way, and date_order: mdy would
			// not read it
			alt := t
			alt.day, alt.month = t.month, t.day
			if alt.check() == "" {
				return 0, 0, tpMonthFirstError(b, alt)
			}
		}
		ns := &tpNoSuchErr{b: srcDisplay(b), why: why}
		if t.month >= 1 && t.month <= 12 && t.day > tpDaysIn(t.year, t.month) && t.day <= 31 {
			ns.day = &NoSuchDayError{t.year, t.month, t.day, tpDaysIn(t.year, t.month)}
		}
		return 0, 0, ns
	}
	if t.dateOnly {
		info = tpDateOnly
	}
	if t.numeric && o&tpMonthFirst == 0 && t.day != t.month {
		if t.day <= 12 {
			info |= tpSwappable
		} else {
			info |= tpDayFirstOnly // month first its month would be the day, over 12
		}
	}
	if t.zone {
		u := time.Date(t.year, time.Month(t.month), t.day, t.hour, t.min, t.sec, 0, time.UTC).Unix()
		return u - int64(t.offset), 0, nil
	}
	if day != nil {
		return day.unix(&t, loc), info, nil
	}
	return time.Date(t.year, time.Month(t.month), t.day, t.hour, t.min, t.sec, 0, loc).Unix(), info, nil
}

// tpDay remembers one date in one location: its local midnight as a Unix
// time, and whether the whole day lies in one zone period of loc (no
// daylight-saving or other change of offset that day), in which case a
// wall-clock time that day is midnight plus its seconds, as time.Date
// would compute it. A log's rows are mostly in time order, so most rows
// reuse the day of the row before.
type tpDay struct {
	loc              *time.Location
	year, month, day int
	mid              int64
	linear, set      bool
}

// unix returns the Unix time of t's wall-clock time in loc (t has no zone
// and passed check, so its clock is within 00:00:00-23:59:59).
func (c *tpDay) unix(t *tpFields, loc *time.Location) int64 {
	if !c.set || c.loc != loc || c.year != t.year || c.month != t.month || c.day != t.day {
		m0 := time.Date(t.year, time.Month(t.month), t.day, 0, 0, 0, 0, loc)
		start, end := m0.ZoneBounds()
		y, mo, d := m0.Date()
		c.loc, c.year, c.month, c.day, c.set = loc, t.year, t.month, t.day, true
		c.mid = m0.Unix()
		c.linear = y == t.year && int(mo) == t.month && d == t.day && m0.Hour() == 0 && m0.Minute() == 0 && m0.Second() == 0 &&
			(start.IsZero() || start.Unix() <= c.mid) && (end.IsZero() || end.Unix() >= c.mid+86400)
	}
	if !c.linear {
		return time.Date(t.year, time.Month(t.month), t.day, t.hour, t.min, t.sec, 0, loc).Unix()
	}
	return c.mid + int64(t.hour*3600+t.min*60+t.sec)
}

// tpSerialTime reads s as an Excel serial date: five digits (days since
// 1899-12-30, or since 1904-01-01 with date1904), optionally a fraction of
// a day after '.' or ',' (rounded to the nearest second, as Excel shows
// it). Five digits cover 1927-05-18 to 2173-10-14; shorter and longer
// numbers are not taken for dates (a year, 2025, or a date written as
// 20250301 would be). The wall clock is in loc.
func tpSerialTime(s []byte, loc *time.Location, date1904 bool) (sec int64, dateOnly bool, ok bool) {
	days, ok := tpDigits(s, 0, 5)
	if !ok {
		return 0, false, false
	}
	secs := 0
	dateOnly = true
	if len(s) > 5 {
		if s[5] != '.' && s[5] != ',' || len(s) == 6 {
			return 0, false, false
		}
		var n int64
		var scale float64 = 1
		for i, c := range s[6:] {
			if !tpIsDigit(c) {
				return 0, false, false
			}
			if i < 15 {
				n = n*10 + int64(c-'0')
				scale *= 10
			}
		}
		secs = int(math.Round(float64(n) / scale * 86400))
		dateOnly = secs == 0
	}
	y, m, d := 1899, time.December, 30
	if date1904 {
		y, m, d = 1904, time.January, 1
	}
	return time.Date(y, m, d+days, 0, 0, secs, 0, loc).Unix(), dateOnly, true
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
		if v.I < minTime || v.I >= maxTime {
			return 0, false, timeRangeErr(v)
		}
		return v.I, false, nil
	case TimeLocal:
		if v.I < minTime+14*3600 || v.I >= maxTime-14*3600 {
			return 0, false, timeRangeErr(v)
		}
		w := time.Unix(v.I, 0).UTC()
		y, m, d := w.Date()
		hh, mm, ss := w.Clock()
		return time.Date(y, m, d, hh, mm, ss, 0, loc).Unix(), false, nil
	case Date:
		if v.I < minTime/86400+1 || v.I >= maxTime/86400-1 {
			return 0, false, timeRangeErr(v)
		}
		return time.Date(1970, 1, 1+int(v.I), 0, 0, 0, 0, loc).Unix(), true, nil
	case Null:
		return 0, false, fmt.Errorf("ingest: %w: missing time", ErrBadTime)
	}
	return 0, false, fmt.Errorf("ingest: %w: a %s value is not a time", ErrBadTime, v.Kind)
}

// minTime and maxTime bound the times a typed cell (a Parquet timestamp
// or date) may hold, in Unix seconds: from the year 1 to the end of 9999,
// the years a written date can have, so that a damaged value (a date
// 882,098,176 days from 1970) is rejected rather than read as a year
// before the calendar began.
const (
	minTime = -62135596800 // 0001-01-01 UTC
	maxTime = 253402300800 // 10000-01-01 UTC
)

// timeRangeErr rejects a typed time outside minTime to maxTime.
func timeRangeErr(v Value) error {
	if v.Kind == Date {
		return fmt.Errorf("ingest: %w: date %d days from 1970-01-01 is not between the years 1 and 9999; the value is damaged: correct it at the source", ErrBadTime, v.I)
	}
	return fmt.Errorf("ingest: %w: time %d seconds from 1970-01-01 is not between the years 1 and 9999; the value is damaged, or its unit (seconds, milliseconds) is wrong: correct it at the source", ErrBadTime, v.I)
}

type tpFields struct {
	year, month, day int
	hour, min, sec   int
	offset           int // seconds east of UTC, when zone
	zone             bool
	dateOnly         bool
	numeric          bool // a D/M/Y date with the month as a number
}

// tpTrim trims b of white space as bytes.TrimSpace does (Unicode white
// space: a no-break space that a spreadsheet or web page left beside a
// time too), as ids are trimmed and as the pair SQL trims times.
func tpTrim(b []byte) []byte {
	if len(b) > 0 && b[0] > ' ' && b[0] < 0x80 && b[len(b)-1] > ' ' && b[len(b)-1] < 0x80 {
		return b // nothing to trim: the common case
	}
	return bytes.TrimSpace(b)
}

// tpSkipSpaces returns the index of the first byte at or after i that is
// not a space.
func tpSkipSpaces(s []byte, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

func tpIsDigit(c byte) bool { return c >= '0' && c <= '9' }

// tpDigits reads exactly n digits at s[i:].
func tpDigits(s []byte, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range s[i : i+n] {
		if !tpIsDigit(c) {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// tpDigits12 reads one or two digits at s[i:] and returns the index after.
func tpDigits12(s []byte, i int) (v, next int, ok bool) {
	if i >= len(s) || !tpIsDigit(s[i]) {
		return 0, 0, false
	}
	v = int(s[i] - '0')
	i++
	if i < len(s) && tpIsDigit(s[i]) {
		v = v*10 + int(s[i]-'0')
		i++
	}
	return v, i, true
}

const tpFormats = "expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS], YYYYMMDD, RFC 3339 (2025-03-04T09:15:00+07:00), DD/MM/YYYY[ HH:MM[:SS]] or D Month YYYY (1 Maret 2025)"

// iso parses YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][zone], and the same with
// sep '/'; with either sep, month and day may have one digit (2025-3-4,
// 2025/3/4). With sep 0 the date is YYYYMMDD, two digits each (20250304,
// as data lakes write partition dates).
func (t *tpFields) iso(s []byte, sep byte) (bool, string) {
	var ok bool
	var i int
	if t.year, ok = tpDigits(s, 0, 4); !ok {
		return false, tpFormats
	}
	if sep == 0 { // YYYYMMDD: two digits each
		t.month, _ = tpDigits(s, 4, 2)
		if t.day, ok = tpDigits(s, 6, 2); !ok {
			return false, tpFormats
		}
		i = 8
	} else {
		if t.month, i, ok = tpDigits12(s, 5); !ok || i >= len(s) || s[i] != sep {
			return false, tpFormats
		}
		if t.day, i, ok = tpDigits12(s, i+1); !ok {
			return false, tpFormats
		}
	}
	if len(s) == i {
		t.dateOnly = true
		return true, ""
	}
	switch s[i] {
	case 'T', 't':
		i++
	case ' ':
		i = tpSkipSpaces(s, i+1)
	default:
		return false, tpFormats
	}
	i, ok = t.clock(s, i)
	if !ok {
		return false, tpFormats
	}
	if i, ok = t.meridiem(s, i); !ok {
		return false, "an hour of 0 or over 12 with AM or PM"
	}
	return t.zoneAt(s, i)
}

// meridiem reads an optional AM or PM (any case, after at most one
// space) at s[i:], as Excel writes times in an English (United States)
// setting (2:30:00 PM), and makes the hour read a 24-hour one: 12 AM is
// 0, 12 PM is 12. With AM or PM the hour must be 1 to 12.
func (t *tpFields) meridiem(s []byte, i int) (int, bool) {
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j+2 > len(s) || (s[j]|0x20 != 'a' && s[j]|0x20 != 'p') || s[j+1]|0x20 != 'm' {
		return i, true
	}
	if t.hour < 1 || t.hour > 12 {
		return 0, false
	}
	switch {
	case s[j]|0x20 == 'a' && t.hour == 12:
		t.hour = 0
	case s[j]|0x20 == 'p' && t.hour != 12:
		t.hour += 12
	}
	return j + 2, true
}

// clock parses H[H]:MM[:SS[.fff]] at s[i:] (Excel writes 9:05), or
// H[H].MM[.SS] (Indonesian letters write 09.05).
func (t *tpFields) clock(s []byte, i int) (int, bool) {
	var ok bool
	t.hour, i, ok = tpDigits12(s, i)
	if !ok || i >= len(s) || (s[i] != ':' && s[i] != '.') {
		return 0, false
	}
	sep := s[i]
	if t.min, ok = tpDigits(s, i+1, 2); !ok {
		return 0, false
	}
	i += 3
	if i < len(s) && s[i] == sep {
		if t.sec, ok = tpDigits(s, i+1, 2); !ok {
			return 0, false
		}
		i += 3
		if sep == ':' && i < len(s) && (s[i] == '.' || s[i] == ',') {
			j := i + 1
			for j < len(s) && tpIsDigit(s[j]) {
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

// tpRegion reports whether b is a region name as Java writes it in
// brackets after an offset: one or more letters, digits, '_', '/', '+'
// or '-'.
func tpRegion(b []byte) bool {
	for _, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '/' || c == '+' || c == '-') {
			return false
		}
	}
	return len(b) > 0
}

// tpZoneWords are the zone names read after a time, any case: Western,
// Central and Eastern Indonesia Time.
var tpZoneWords = [...]struct {
	name  string
	hours int
}{{"WIB", 7}, {"WITA", 8}, {"WIT", 9}}

// zoneAt parses an optional zone at s[i:] that must end the text. After
// an offset or Z, a region name in brackets may end the text, as Java's
// ZonedDateTime writes it (2025-03-04T09:00+07:00[Asia/Jakarta]): the
// offset gives the instant, the name (letters, digits, '_', '/', '+', '-')
// is not read.
func (t *tpFields) zoneAt(s []byte, i int) (bool, string) {
	if n := len(s); n > i && s[n-1] == ']' {
		k := bytes.IndexByte(s[i:], '[')
		if k < 0 || !tpRegion(s[i+k+1:n-1]) {
			return false, tpFormats
		}
		s = s[:i+k]
		if i == len(s) || !bytes.ContainsAny(s[len(s)-1:], "Zz0123456789") || bytes.ContainsAny(s[i:], "GgUu") {
			return false, tpFormats // the name alone, or after WIB or GMT+7
		}
	}
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
	case 'W', 'w':
		// the zones of Indonesia as letters write them
		for _, z := range tpZoneWords {
			if len(s)-i == len(z.name) && bytes.EqualFold(s[i:], []byte(z.name)) {
				t.offset, t.zone = z.hours*3600, true
				return true, ""
			}
		}
		return false, tpFormats
	case 'G', 'g', 'U', 'u':
		// GMT+7, UTC+07:00, GMT (zero): one or two digits of hours,
		// minutes only after ':'
		if len(s)-i < 3 || !(bytes.EqualFold(s[i:i+3], []byte("GMT")) || bytes.EqualFold(s[i:i+3], []byte("UTC"))) {
			return false, tpFormats
		}
		j := i + 3
		if j == len(s) {
			t.zone = true
			return true, ""
		}
		if s[j] != '+' && s[j] != '-' {
			return false, tpFormats
		}
		h, k, ok := tpDigits12(s, j+1)
		m := 0
		switch {
		case !ok:
		case k == len(s):
		case s[k] == ':' && k+3 == len(s):
			m, ok = tpDigits(s, k+1, 2)
		default:
			ok = false
		}
		return t.setOffset(ok, h, m, s[j] == '-')
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
		return t.setOffset(ok, h, m, s[i] == '-')
	}
	return false, tpFormats
}

// setOffset sets the zone to the offset of h hours and m minutes (west of
// UTC when neg), once its digits were read (ok), within ±23:59.
func (t *tpFields) setOffset(ok bool, h, m int, neg bool) (bool, string) {
	if !ok {
		return false, tpFormats
	}
	if h > 23 || m > 59 {
		return false, "zone offset out of range"
	}
	t.offset = h*3600 + m*60
	if neg {
		t.offset = -t.offset
	}
	t.zone = true
	return true, ""
}

// dmy parses D[D]/M[M]/YYYY (also with '-' or '.' for '/'; month first
// when mdy) and D[D] Month YYYY (also with '-' for the spaces), each
// optionally followed by a time.
func (t *tpFields) dmy(s []byte, mdy bool) (bool, string) {
	a, i, ok := tpDigits12(s, 0)
	if !ok || i >= len(s) {
		return false, tpFormats
	}
	t.day = a
	switch sep := s[i]; {
	case (sep == '/' || sep == '-' || sep == '.') && i+1 < len(s) && tpIsDigit(s[i+1]):
		var b int
		if b, i, ok = tpDigits12(s, i+1); !ok || i >= len(s) || s[i] != sep {
			return false, tpFormats
		}
		t.month, t.numeric = b, true
		if mdy {
			t.day, t.month = b, a
		}
		i++
	case sep == ' ' || sep == '-':
		j := i + 1
		if sep == ' ' {
			j = tpSkipSpaces(s, j)
		}
		if t.month, j, ok = tpMonthName(s, j); !ok || j >= len(s) || (s[j] != ' ' && s[j] != '-') {
			return false, tpFormats
		}
		if s[j] == ' ' {
			i = tpSkipSpaces(s, j)
		} else {
			i = j + 1
		}
	default:
		return false, tpFormats
	}
	if t.year, ok = tpDigits(s, i, 4); !ok {
		return false, tpFormats
	}
	i += 4
	if i == len(s) {
		t.dateOnly = true
		return true, ""
	}
	// between the date and the time: T, a comma or spaces, and "pukul"
	// (o'clock), its abbreviation "pkl." or "jam" after them, as
	// Indonesian letters and forms write it (3 Februari 2025, pukul 09.00
	// WIB; 10 Januari 2025 jam 09.00)
	switch s[i] {
	case 'T':
		i++
	case ',', ' ':
		i = tpSkipSpaces(s, i+1)
		for _, w := range tpAtWords {
			j := tpWord(s, i, w)
			if j > i && w == "pkl" && j < len(s) && s[j] == '.' {
				j++
			}
			if j > i && j < len(s) && s[j] == ' ' {
				i = tpSkipSpaces(s, j)
				break
			}
		}
	default:
		return false, tpFormats
	}
	j, ok := t.clock(s, i)
	if !ok {
		return false, tpFormats
	}
	if j, ok = t.meridiem(s, j); !ok {
		return false, "an hour of 0 or over 12 with AM or PM"
	}
	return t.zoneAt(s, j)
}

// monthDay parses the form the Unix date command (and C's ctime) writes,
// after its day of the week: Month D H[H]:MM[:SS] [zone] YYYY (Jan 10
// 09:00:00 WIB 2025), the month a name, spaces between the parts, the
// time and zone as dmy reads them (a 12-hour clock and a zone after at
// most one space), the year last. A region name in brackets is not read
// here (the pair SQL takes one off only at the end of the value).
func (t *tpFields) monthDay(s []byte) (bool, string) {
	n := len(s)
	var ok bool
	if n < 5 || s[n-5] != ' ' {
		return false, tpFormats
	}
	if t.year, ok = tpDigits(s, n-4, 4); !ok {
		return false, tpFormats
	}
	head := bytes.TrimRight(s[:n-5], " ")
	if bytes.IndexByte(head, '[') >= 0 {
		return false, tpFormats
	}
	var i int
	if t.month, i, ok = tpMonthName(head, 0); !ok || i >= len(head) || head[i] != ' ' {
		return false, tpFormats
	}
	if t.day, i, ok = tpDigits12(head, tpSkipSpaces(head, i)); !ok || i >= len(head) || head[i] != ' ' {
		return false, tpFormats
	}
	if i, ok = t.clock(head, tpSkipSpaces(head, i)); !ok {
		return false, tpFormats
	}
	if i, ok = t.meridiem(head, i); !ok {
		return false, "an hour of 0 or over 12 with AM or PM"
	}
	return t.zoneAt(head, i)
}

// tpNameFirstNoDay reads s, a value with a letter first that no form
// read, as an English date with the month name before the day (Feb 30,
// 2025; February 30 2025 14:05; Feb-30-2025: the month, spaces or one
// '-', the day with st, nd, rd or th after it if any, a comma, spaces or
// one '-', the year, then anything not a digit), and returns its
// NoSuchDayError when its month does not have that day; nil otherwise (no
// such form, or a day that exists, whose reason is the form). It runs on
// rejected cells only.
func tpNameFirstNoDay(s []byte) *NoSuchDayError {
	month, i, ok := tpMonthName(s, 0)
	if !ok || i >= len(s) || s[i] != ' ' && s[i] != '-' {
		return nil
	}
	dash := s[i] == '-'
	if dash {
		i++
	} else {
		i = tpSkipSpaces(s, i)
	}
	day := 0
	j := i
	for j < len(s) && j-i < 2 && tpIsDigit(s[j]) {
		day = day*10 + int(s[j]-'0')
		j++
	}
	if j == i || j < len(s) && tpIsDigit(s[j]) {
		return nil
	}
	if j+2 <= len(s) {
		switch string(bytes.ToLower(s[j : j+2])) {
		case "st", "nd", "rd", "th":
			j += 2
		}
	}
	k := j
	if dash {
		// Feb-30-2025: the same separator after the day
		if k < len(s) && s[k] == '-' {
			k++
		}
	} else {
		for k < len(s) && (s[k] == ' ' || s[k] == ',') {
			k++
		}
	}
	year, ok := tpDigits(s, k, 4)
	if k == j || !ok || k+4 < len(s) && tpIsDigit(s[k+4]) {
		return nil
	}
	if days := tpDaysIn(year, month); day > days && day <= 31 {
		return &NoSuchDayError{year, month, day, days}
	}
	return nil
}

// tpAtWords are the words that may stand between a day-first date and its
// time, after the comma or spaces, lower case: "pukul" (o'clock), its
// abbreviation "pkl" (which may end in '.'), and "jam" (hour), as forms
// write it (10 Januari 2025 jam 09.00). AtWords gives them to the pair
// SQL of package engine.
var tpAtWords = [...]string{"pukul", "pkl", "jam"}

// AtWords lists tpAtWords; "pkl" may be followed by '.'.
func AtWords() []string { return append([]string(nil), tpAtWords[:]...) }

// tpWeekdays are the names of the days of the week that may open a
// day-first date (Senin, 3 Februari 2025; Mon, 03 Feb 2025), lower case:
// in Bahasa Indonesia and English, in full and in three letters. As in
// Go's time.Parse, the name is not checked against the date. Friday is
// also written Jum'at, with an apostrophe or the typographic one (’)
// that word processors put in its place.
var tpWeekdays = [...]string{
	"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum\u2019at", "sabtu", "minggu", "ahad",
	"sen", "sel", "rab", "kam", "jum", "sab", "min",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "wed", "thu", "fri", "sat", "sun",
}

// WeekdayNames lists the names of tpWeekdays; the pair SQL of package
// engine reads the same.
func WeekdayNames() []string { return append([]string(nil), tpWeekdays[:]...) }

// tpSkipWeekday returns s after a leading weekday name and the comma or
// spaces that follow it, or s when it does not start with one.
func tpSkipWeekday(s []byte) []byte {
	if len(s) == 0 || s[0]|0x20 < 'a' || s[0]|0x20 > 'z' {
		return s // a date: not a name to try each weekday on
	}
	for _, w := range tpWeekdays {
		if j := tpWord(s, 0, w); j > 0 && j < len(s) {
			switch s[j] {
			case ',':
				return s[tpSkipSpaces(s, j+1):]
			case ' ':
				return s[tpSkipSpaces(s, j):]
			}
		}
	}
	return s
}

// tpWord returns the index after word (lower case) at s[i:] written in
// any case and not followed by another letter, or i when it is not there.
// Only word's ASCII letters are matched in any case; its other bytes
// (an apostrophe, a UTF-8 ’) must be as they are.
func tpWord(s []byte, i int, word string) int {
	if len(s)-i < len(word) {
		return i
	}
	for k := range len(word) {
		c := s[i+k]
		if w := word[k]; w >= 'a' && w <= 'z' {
			c |= 0x20
		}
		if c != word[k] {
			return i
		}
	}
	if j := i + len(word); j < len(s) && (s[j]|0x20) >= 'a' && (s[j]|0x20) <= 'z' {
		return i
	}
	return i + len(word)
}

// tpMonths are the month names read, lower case: in Bahasa Indonesia and
// English, in full and abbreviated (both languages' usual three letters,
// as Excel writes them in an Indonesian or English setting; the
// abbreviations Indonesian letters use, Mrt, Agt, Ags and Sept; and the
// old spellings Pebruari, Nopember with their Peb, Nop). No name stands
// for two months.
var tpMonths = [...]struct {
	name  string
	month int
}{
	{"januari", 1}, {"january", 1}, {"jan", 1},
	{"februari", 2}, {"pebruari", 2}, {"february", 2}, {"feb", 2}, {"peb", 2},
	{"maret", 3}, {"march", 3}, {"mar", 3}, {"mrt", 3},
	{"april", 4}, {"apr", 4},
	{"mei", 5}, {"may", 5},
	{"juni", 6}, {"june", 6}, {"jun", 6},
	{"juli", 7}, {"july", 7}, {"jul", 7},
	{"agustus", 8}, {"august", 8}, {"agu", 8}, {"agt", 8}, {"ags", 8}, {"aug", 8},
	{"september", 9}, {"sept", 9}, {"sep", 9},
	{"oktober", 10}, {"october", 10}, {"okt", 10}, {"oct", 10},
	{"november", 11}, {"nopember", 11}, {"nov", 11}, {"nop", 11},
	{"desember", 12}, {"december", 12}, {"des", 12}, {"dec", 12},
}

// MonthNames lists the month names ParseTime reads, lower case, each
// with its month: in Bahasa Indonesia and English, in full and
// abbreviated (Jan, Feb/Peb, Mar/Mrt, Apr, Mei/May, Jun, Jul,
// Agu/Agt/Ags/Aug, Sep/Sept, Okt/Oct, Nov/Nop, Des/Dec); an abbreviation
// of up to four letters may also be written with a final '.', which is
// listed too. The pair SQL of package engine
// reads the same names.
func MonthNames() map[string]int {
	out := map[string]int{}
	for _, m := range tpMonths {
		out[m.name] = m.month
		if len(m.name) <= 4 {
			out[m.name+"."] = m.month
		}
	}
	return out
}

// tpMonthName reads a month name at s[i:] (letters, any case, optionally
// followed by '.' after an abbreviation) and returns the index after it.
func tpMonthName(s []byte, i int) (month, next int, ok bool) {
	j := i
	for j < len(s) && (s[j]|0x20) >= 'a' && (s[j]|0x20) <= 'z' {
		j++
	}
	w := s[i:j]
	if len(w) < 3 {
		return 0, 0, false
	}
names:
	for _, m := range tpMonths {
		if len(m.name) != len(w) {
			continue
		}
		for k := range w {
			if w[k]|0x20 != m.name[k] {
				continue names
			}
		}
		if j < len(s) && s[j] == '.' && len(w) <= 4 {
			j++
		}
		return m.month, j, true
	}
	return 0, 0, false
}

func (t *tpFields) check() string {
	switch {
	case t.month < 1 || t.month > 12:
		return "month out of range"
	case t.day < 1 || t.day > 31:
		return "day out of range"
	case t.day > tpDaysIn(t.year, t.month):
		return (&NoSuchDayError{t.year, t.month, t.day, tpDaysIn(t.year, t.month)}).why()
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

// tpMonthFirstError says that b is no date day first but is alt month
// first.
func tpMonthFirstError(b []byte, alt tpFields) error {
	return &tpMonthFirstErr{fmt.Sprintf("ingest: invalid time %q: no such date day first (day %d, month %d), but month first it is %d %s %d; if the file writes the month first, set date_order: mdy in study.yaml",
		srcDisplay(b), alt.month, alt.day, alt.day, time.Month(alt.month), alt.year)}
}

// tpMonthFirstErr is the error of tpMonthFirstError; it wraps
// ErrMonthFirst (and so ErrBadTime).
type tpMonthFirstErr struct{ msg string }

func (e *tpMonthFirstErr) Error() string { return e.msg }
func (e *tpMonthFirstErr) Unwrap() error { return ErrMonthFirst }
