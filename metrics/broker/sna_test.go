package broker

import (
	"testing"

	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// TestBrokerageAgainstSNA compares Brokerage with R's sna::brokerage
// (R 4.2.2, sna 2.7.1, Debian r-cran-sna) on the reference graphs; the
// golden files come from testdata/reference/brokerage.R.
func TestBrokerageAgainstSNA(t *testing.T) {
	for _, c := range []struct {
		g        *refgraph.Graph
		grouping string
	}{
		{refgraph.Karate(t), "club"},
		{refgraph.Krackhardt(t), "dept"},
		{refgraph.Lazega(t), "office"},
		{refgraph.Lazega(t), "practice"},
		{refgraph.Random(t), "sector"},
	} {
		t.Run(c.g.Name+"_"+c.grouping, func(t *testing.T) {
			var want map[string]any
			refgraph.LoadGolden(t, "broker", "sna_"+c.g.Name+"_"+c.grouping, "Rscript testdata/reference/brokerage.R", &want)
			d := c.g.Directed
			if d == nil {
				d = c.g.Undirected // karate: both directions, as the R script builds it
			}
			group := make([]int32, len(c.g.Groups[c.grouping]))
			for i, x := range c.g.Groups[c.grouping] {
				group[i] = int32(x)
			}
			got, err := Brokerage(d, group)
			if err != nil {
				t.Fatal(err)
			}
			for role, vals := range map[string][]int64{"coordinator": got.Coordinator, "itinerant": got.Itinerant,
				"representative": got.Representative, "gatekeeper": got.Gatekeeper, "liaison": got.Liaison} {
				w := want[role].([]any)
				if len(w) != len(vals) {
					t.Fatalf("%s: %d nodes, sna %d", role, len(vals), len(w))
				}
				for i := range vals {
					if vals[i] != int64(w[i].(float64)) {
						t.Errorf("%s node %s: got %d, sna %v", role, c.g.Labels[i], vals[i], w[i])
					}
				}
			}
		})
	}
}
