package viz

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/result"
)

// TestCompareNoteMeasureLowerCase: compare's whole-network note read "For
// Density (whole network), …" / "Untuk Kepadatan (seluruh jejaring) …":
// a capital mid-sentence. Measure names inside sentences are in lower
// case in both languages, an initialism kept ("E-I index", "indeks
// E-I").
func TestCompareNoteMeasureLowerCase(t *testing.T) {
	c := smallComparison()
	c.JSON.Method = map[string]any{"alpha": result.Number(0.05)}
	c.Network = []result.NetworkChange{
		{Name: "density", Value: result.Measure{Change: 0.026, ChangeLow: -0.004, ChangeHigh: 0.131, P: 0.002}},
		{Name: "modularity_sector", Value: result.Measure{Change: 0.026, ChangeLow: -0.004, ChangeHigh: 0.131, P: 0.002}},
		{Name: "ei_index", Value: result.Measure{Change: 0.03, ChangeLow: 0.01, ChangeHigh: 0.05, P: 0.2}},
	}
	for _, c2 := range []struct{ lang, sig, not string }{
		{"en", "For density and sector modularity (whole network), the permutation p-value", "For E-I index (whole network), the 95% interval"},
		{"id", "Untuk kepadatan serta modularitas sektor (seluruh jejaring) nilai p permutasi", "Untuk indeks E-I (seluruh jejaring) selang 95%"},
	} {
		_, network := CompareDisagreements(c2.lang, c)
		all := strings.Join(network, "\n")
		for _, want := range []string{c2.sig, c2.not} {
			if !strings.Contains(all, want) {
				t.Errorf("%s: notes\n%s\nlack %q", c2.lang, all, want)
			}
		}
	}
}
