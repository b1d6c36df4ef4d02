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
