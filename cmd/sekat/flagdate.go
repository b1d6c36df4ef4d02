package main

import (
	"strings"

	"github.com/sekat-ona/sekat/ingest"
)

// flagTimeError is the usage error for v, the value of flag (--from,
// --to, a bound of --before or --after) that ingest.ParseTime refused
// with err. A date whose day its month does not have (2025-02-30,
// Feb-30-2025) is said to be so, with the days of that month, as a
// table's is (reason.noSuchDay); before, it read only "is not a date;
// write YYYY-MM-DD", which left the user to find what was wrong with a
// value written in that very form.
func flagTimeError(lang, flag, v string, err error) error {
	if nd := ingest.NoSuchDayOf(err); nd != nil {
		return usagef("%s", flagNoSuchDay(lang, flag, v, nd))
	}
	return usagef(msg(lang, "badTime"), flag, v)
}

// flagNoSuchDay says that v, the value of flag, names a day its month
// does not have, and why: the month's days, and for 29 February that the
// year is not a leap year.
func flagNoSuchDay(lang, flag, v string, nd *ingest.NoSuchDayError) string {
	months := strings.Split(msg(lang, "date.months"), ",")
	key := "flagNoSuchDay"
	if nd.Month == 2 && nd.Day == 29 {
		key = "flagNoSuchDayLeap"
	}
	return msg(lang, key, flag, v, months[nd.Month-1], nd.Year, nd.Days, nd.Day)
}
