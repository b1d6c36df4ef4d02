package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sekat-ona/sekat/metrics"
)

// siloReason says in a sentence why a group is a silo: how much of its tie
// weight stays inside against random mixing, the p-value, and its data
// requests refused.
func siloReason(g metrics.Group, lang string) string {
	in := 100 * (1 - g.EIIndex) / 2
	exp := 100 * (1 - g.EIExpected) / 2
	kind := map[metrics.GroupType][2]string{metrics.GroupSector: {"sektor", "sector"}, metrics.GroupUnit: {"unit", "unit"}}[g.Type]
	s := fmt.Sprintf("%s%% bobot ikatan %s %s tetap di dalam, padahal pencampuran acak hanya memberi %s%% (%s)",
		pct(in, lang), kind[0], g.Name, pct(exp, lang), pText(g.EIPValue, lang))
	if lang == "en" {
		s = fmt.Sprintf("%s%% of the tie weight of %s %s stays inside, where random mixing would give %s%% (%s)",
			pct(in, lang), kind[1], g.Name, pct(exp, lang), pText(g.EIPValue, lang))
	}
	if g.RequestsFromOthers > 0 {
		if lang == "en" {
			s += fmt.Sprintf("; it denied %d of %d data requests from other %ss", g.DeniedToOthers, g.RequestsFromOthers, kind[1])
		} else {
			s += fmt.Sprintf("; %d dari %d permintaan data dari %s lain ditolak", g.DeniedToOthers, g.RequestsFromOthers, kind[0])
		}
	}
	return s + "."
}

func pct(x float64, lang string) string { return decimal(strconv.FormatFloat(x, 'f', 0, 64), lang) }

func pText(p float64, lang string) string {
	if p < 0.001 {
		return decimal("p < 0.001", lang)
	}
	return decimal("p = "+strconv.FormatFloat(p, 'f', 3, 64), lang)
}

// decimal uses the decimal comma in Bahasa Indonesia.
func decimal(s, lang string) string {
	if lang == "en" {
		return s
	}
	return strings.ReplaceAll(s, ".", ",")
}
