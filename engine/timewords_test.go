package engine

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sqlText decodes the SQL string expression e as pattern writes it:
// literals (a quote written twice is one; for Spark \uXXXX escapes) and
// chr(n) calls, joined with || and grouped in brackets.
func sqlText(t *testing.T, e string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(e); {
		switch {
		case e[i] == '(' || e[i] == ')' || e[i] == ' ' || e[i] == '|':
			i++
		case strings.HasPrefix(e[i:], "chr("):
			j := strings.IndexByte(e[i:], ')')
			n, err := strconv.Atoi(e[i+4 : i+j])
			if err != nil {
				t.Fatalf("bad chr in %s", e)
			}
			b.WriteRune(rune(n))
			i += j + 1
		case e[i] == '\'':
			i++
			for {
				if i >= len(e) {
					t.Fatalf("literal left open in %s", e)
				}
				if e[i] == '\'' {
					if i+1 < len(e) && e[i+1] == '\'' {
						b.WriteByte('\'')
						i += 2
						continue
					}
					i++
					break
				}
				if e[i] == '\\' && i+5 < len(e) && e[i+1] == 'u' {
					n, err := strconv.ParseUint(e[i+2:i+6], 16, 32)
					if err != nil {
						t.Fatalf("bad escape in %s", e)
					}
					b.WriteRune(rune(n))
					i += 6
					continue
				}
				b.WriteByte(e[i])
				i++
			}
		default:
			t.Fatalf("unexpected %q at %d in %s", e[i], i, e)
		}
	}
	return b.String()
}

// The time patterns read Friday written Jum'at (an apostrophe, or the
// typographic ’) and "jam" or "Pkl." before the time, as ingest.ParseTime
// does; each dialect writes the apostrophe without a quote inside a
// literal, which Spark SQL would read as two literals joined (dropping
// it), and the text decodes to the very pattern.
func TestSQLTimeJumatJam(t *testing.T) {
	weekdays := []string{"senin", "jumat", "jum'at", "jum\u2019at", "jum"}
	pats := timePatterns(false, weekdays)
	for _, d := range []Dialect{DuckDB, Spark, Trino} {
		g := &gen{s: testSpec(), d: dialectOf(d)}
		for _, tp := range pats {
			e := g.pattern(tp.re)
			if got := sqlText(t, e); got != tp.re {
				t.Fatalf("%s: pattern written as %s, which reads %q, want %q", d, e, got, tp.re)
			}
			if strings.Contains(e, "''") || strings.ContainsFunc(e, func(r rune) bool { return r > 0x7e }) {
				t.Errorf("%s: pattern %s holds a doubled quote or a character outside ASCII", d, e)
			}
		}
	}
	for _, in := range []string{
		"Jum'at, 10 Januari 2025", "JUM\u2019AT, 10 Januari 2025 pukul 09.00", "jum'at 10/01/2025",
		"10 Januari 2025 jam 09.00", "Jumat, 10 Januari 2025, Jam 09.00 WIB", "10/01/2025 Pkl. 09.00", "10 Januari 2025 pkl 9:00",
	} {
		var m []string
		for _, tp := range pats {
			if m = regexp.MustCompile(tp.re).FindStringSubmatch(in); m != nil {
				y, mo, dd := m[tp.groups[0]], m[tp.groups[1]], m[tp.groups[2]]
				if y != "2025" || (mo != "Januari" && mo != "01") || dd != "10" {
					t.Errorf("%q read as %s-%s-%s, want 2025-Januari-10", in, y, mo, dd)
				}
				break
			}
		}
		if m == nil {
			t.Errorf("%q matches no time pattern", in)
		}
	}
	for _, in := range []string{"Jum`at, 10 Januari 2025", "Jum''at, 10 Januari 2025", "10 Januari 2025 jam09.00", "10 Januari 2025 jam pukul 09.00"} {
		for _, tp := range pats {
			if regexp.MustCompile(tp.re).MatchString(in) {
				t.Errorf("%q matches %s; ingest.ParseTime refuses it", in, tp.re)
			}
		}
	}
}

// The time patterns read the form the Unix date command writes (Fri Jan
// 10 09:00:00 WIB 2025: the month name first, the year last), as
// ingest.ParseTime does, with its fields in their places; and refuse the
// variants ParseTime refuses for their shape (the month names and the
// date's range are checked after the match, as for the other forms).
func TestSQLTimeUnixDate(t *testing.T) {
	pats := timePatterns(false, []string{"fri", "mon", "sat", "jumat"})
	match := func(in string) []string {
		for _, tp := range pats {
			if m := regexp.MustCompile(tp.re).FindStringSubmatch(in); m != nil {
				f := make([]string, len(tp.groups))
				for i, g := range tp.groups {
					f[i] = m[g]
				}
				return f
			}
		}
		return nil
	}
	for in, want := range map[string]string{
		"Fri Jan 10 09:00:00 WIB 2025":  "2025|Jan|10|09|00|00| WIB|",
		"Mon Feb  3 14:30:05 2025":      "2025|Feb|3|14|30|05||",
		"Jumat, Jan 10 09.00 WITA 2025": "2025|Jan|10|09|00|| WITA|",
		"Jan 10 9:00 PM +0700 2025":     "2025|Jan|10|9|00|| +0700|PM",
		"sat mar 1 08:00:00 utc  2025":  "2025|mar|1|08|00|00| utc|",
		"Fri Des. 12 10:00 GMT+9 2025":  "2025|Des.|12|10|00|| GMT+9|",
	} {
		if got := strings.Join(match(in), "|"); got != want {
			t.Errorf("%q read as %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{
		"Fri Jan 10 2025", "Fri Jan 10 09:00:00 WIB", "Fri Jan 10 09:00 12025", "Fri Jan 10 09:00 WIB 25", "Fri Jan 100 09:00 2025",
		"Jan10 09:00 2025", "Jan 10 09:00+07:00[Asia/Jakarta] 2025", "Fri Jan 10 09:00  WIB 2025", "Jan 10 09:00 2025x", "Fri Jan 10 09:00:00 XYZ 2025",
	} {
		if f := match(in); f != nil {
			t.Errorf("%q matches, read as %q; ingest.ParseTime refuses it", in, f)
		}
	}
}
