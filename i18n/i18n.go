package i18n

import (
	"fmt"
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
// Bahasa Indonesia), formatted with fmt.Sprintf when a is not empty. A key
// that is not in the catalogue comes back as itself, so a missing text is
// seen rather than left blank.
func T(lang, key string, a ...any) string {
	s, ok := catalogue(lang)[key]
	if !ok {
		return key
	}
	if len(a) == 0 {
		return s
	}
	return fmt.Sprintf(s, a...)
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
