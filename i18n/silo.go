package i18n

import (
	"strconv"

	"github.com/sekat-ona/sekat/metrics"
)

// SiloReason says in a sentence why group g is a silo: how much of its tie
// weight stays inside, (1 - E-I)/2 as a percent, against what random
// mixing would give, (1 - expected E-I)/2; the permutation p-value; and,
// when others asked it for data, how many of their requests it denied.
// silos.csv, summary.json and the report all show this sentence, so it is
// made only here. A group that is neither a sector nor a unit is named
// without a kind.
func SiloReason(lang string, g metrics.Group) string {
	var kind, kinds string
	switch g.Type {
	case metrics.GroupSector:
		kind, kinds = T(lang, "silo.sector"), T(lang, "silo.sectors")
	case metrics.GroupUnit:
		kind, kinds = T(lang, "silo.unit"), T(lang, "silo.units")
	}
	inside := 100 * (1 - g.EIIndex) / 2
	expected := 100 * (1 - g.EIExpected) / 2
	s := T(lang, "silo.reason", percent(lang, inside), kind, g.Name, percent(lang, expected), pValue(lang, g.EIPValue))
	if g.RequestsFromOthers > 0 {
		s += T(lang, "silo.denied", g.DeniedToOthers, g.RequestsFromOthers, kinds)
	}
	return s + "."
}

// percent is x rounded to a whole percent.
func percent(lang string, x float64) string {
	return Decimal(lang, strconv.FormatFloat(x, 'f', 0, 64))
}

// pValue is "p < 0.001" or "p = " and three decimals.
func pValue(lang string, p float64) string {
	if p < 0.001 {
		return Decimal(lang, "p < 0.001")
	}
	return Decimal(lang, "p = "+strconv.FormatFloat(p, 'f', 3, 64))
}
