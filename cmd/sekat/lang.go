package main

import (
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
)

// msg returns message key in lang ("id" or "en") from the catalogue of
// package i18n, formatted with a.
func msg(lang, key string, a ...any) string { return i18n.T(lang, key, a...) }

// siloReason says in a sentence why g is a silo (the reason column of
// silos.csv and summary.json); the report asks i18n for the same sentence.
func siloReason(g metrics.Group, lang string) string { return i18n.SiloReason(lang, g) }
