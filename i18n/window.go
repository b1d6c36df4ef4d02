package i18n

import "time"

// WindowEnd is the end of a window [from, to) as a reader is shown it and
// as its length in days is counted. asIs says the end is shown as it is:
// the user gave it (--to, or the window of study.yaml), or it is the
// data's and its last event is a time of day of a log that records times
// (ingest.Result's SpanEndTimed, summary.json's window.to_timed). An end
// taken from the data is the last event plus one second (the span of
// ingest.Result, kept as it is in summary.json's window.to); when that
// last event is at midnight in to's zone and not known as a time, it is
// read as a date without a time of day (a log with a date column, or
// letters written as dated on one day), and the end shown is the
// midnight after it, so the window reads as whole days: "10 Februari
// 2025" and "1–7 Januari 2025", not "10 Februari 2025, pukul
// 00.00–00.00" or "1 Januari – 7 Januari 2025 pukul 00.00", which read as
// if the window stopped as the last day began. Any other end is to
// itself: a last event at 16.00 shows as "pukul 16.00", and a last letter
// sent at 00.00.00 in a log with times as "pukul 00.00", since that day
// holds no later event (it was shown as the whole day before).
func WindowEnd(to time.Time, asIs bool) time.Time {
	if asIs {
		return to
	}
	last := to.Add(-time.Second)
	if h, m, s := last.Clock(); h == 0 && m == 0 && s == 0 && last.Nanosecond() == 0 {
		return last.AddDate(0, 0, 1)
	}
	return to
}

// WindowRange writes the window [from, to) as DateRange does, its end as
// WindowEnd shows it (asIs: the user gave the end, or its last event is
// a time of day).
func WindowRange(lang string, from, to time.Time, asIs bool) string {
	return DateRange(lang, from, WindowEnd(to, asIs))
}

// WindowBounds writes a window [from, to) whose bounds the user gave
// (--from/--to, window: of study.yaml, the periods of compare), either of
// which may be open (the zero time), as DateRange writes windows: both
// bounds as DateRange does ("1–31 Januari 2030" for --from 2030-01-01
// --to 2030-02-01); the start alone "sejak 1 Januari 2030" ("from
// 1 January 2030 on"); the end alone as its last day, "sampai dengan
// 31 Desember 2019" ("up to 31 December 2019") for --to 2020-01-01. A
// bound during a day carries its time, as in DateRange.
func WindowBounds(lang string, from, to time.Time) string {
	switch {
	case !from.IsZero() && !to.IsZero():
		return DateRange(lang, from, to)
	case !from.IsZero():
		s := dayText(lang, from, true)
		if !midnight(from) {
			s = T(lang, "date.atClock", s, clockText(lang, from, false))
		}
		return T(lang, "date.since", s)
	case !to.IsZero():
		if midnight(to) {
			return T(lang, "date.until", dayText(lang, to.AddDate(0, 0, -1), true))
		}
		return T(lang, "date.until", T(lang, "date.atClock", dayText(lang, to, true), clockText(lang, to, true)))
	}
	return ""
}
