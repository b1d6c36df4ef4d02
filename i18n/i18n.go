package i18n

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// Lang returns the catalogue code of lang: "en" for English, "id" (Bahasa
// Indonesia) for anything else.
func Lang(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "id"
}

func catalogue(lang string) map[string]string {
	if lang == "en" {
		return en
	}
	return id
}

// T returns the text of key in lang ("en" for English, anything else
// Bahasa Indonesia), formatted with Sprintf when a is not empty. A key
// that is not in the catalogue comes back as itself, so a missing text is
// seen rather than left blank. Without arguments the text is returned as
// it stands, a format for Sprintf, number marks and all.
func T(lang, key string, a ...any) string {
	s, ok := catalogue(lang)[key]
	if !ok {
		return key
	}
	if len(a) == 0 {
		return s
	}
	return Sprintf(s, a...)
}

// Sprintf formats a text of the catalogue (one T gave without
// arguments) like fmt.Sprintf, its number marks settled by the arguments
// first (see plural): a catalogue format is never given to fmt.Sprintf
// itself, which would print the marks.
func Sprintf(format string, a ...any) string {
	format = plural(format, func(n int) bool { return n >= 1 && n <= len(a) && isOne(a[n-1]) })
	return fmt.Sprintf(format, a...)
}

// numberMark is a word that agrees with a count in an English text:
// {N:singular|plural}, N the argument of the count counted from 1 as in
// fmt's %[N]d ("%d {1:row|rows} rejected", "%s {2:was|were}").
var numberMark = regexp.MustCompile(`\{(\d+):([^{}|%]*)\|([^{}|%]*)\}`)

// plural writes each number mark of s as its singular when one(N) says
// argument N is the count 1, as its plural otherwise. Bahasa Indonesia
// does not inflect for number: only English texts carry the marks.
func plural(s string, one func(n int) bool) string {
	if !strings.Contains(s, "{") {
		return s
	}
	return numberMark.ReplaceAllStringFunc(s, func(m string) string {
		p := numberMark.FindStringSubmatch(m)
		n, _ := strconv.Atoi(p[1])
		if one(n) {
			return p[2]
		}
		return p[3]
	})
}

// isOne says whether a, an argument of T, is the count 1: the number or
// the text a count is written as (Int, Number), spaces around it
// ignored.
func isOne(a any) bool {
	v := reflect.ValueOf(a)
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 1
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 1
	case reflect.Float32, reflect.Float64:
		return v.Float() == 1
	case reflect.String:
		return strings.TrimSpace(v.String()) == "1"
	}
	return false
}

// Decimal writes the decimal points of s (a number formatted by strconv,
// or a phrase such as "p = 0.013") as lang writes them: a comma in Bahasa
// Indonesia, a point in English.
func Decimal(lang, s string) string {
	s = noNegativeZero(s)
	if p := T(lang, "num.decimal"); p != "." {
		return strings.ReplaceAll(s, ".", p)
	}
	return s
}

// noNegativeZero drops the minus of a number that rounds to zero
// ("-0.00" is "0.00"): a reader takes it for a value below zero.
func noNegativeZero(s string) string {
	if len(s) < 2 || s[0] != '-' {
		return s
	}
	for i := 1; i < len(s); i++ {
		if s[i] != '0' && s[i] != '.' {
			return s
		}
	}
	return s[1:]
}
