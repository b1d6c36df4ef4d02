package refgraph

import "testing"

func TestLoad(t *testing.T) {
	for _, g := range All(t) {
		if g.Undirected.N != len(g.Labels) {
			t.Errorf("%s: n = %d, labels %d", g.Name, g.Undirected.N, len(g.Labels))
		}
	}
	if got, want := Karate(t).Undirected.Edges()/2, 78; got != want {
		t.Errorf("karate edges = %d, want %d", got, want)
	}
}

// TestRelClose: the tolerance is relative to the reference value, with an
// absolute floor only where the reference is exactly 0.
func TestRelClose(t *testing.T) {
	tests := []struct {
		got, want float64
		ok        bool
	}{
		{1 + 0.9e-6, 1, true},
		{1 + 1.1e-6, 1, false},
		{1e-3 * (1 + 0.9e-6), 1e-3, true},
		{1.1e-3, 1e-3, false}, // within 1e-6 absolute, 10% off: the old floor let it pass
		{2e-9, 1e-9, false},   // a PageRank-sized value off by 100%
		{-1e-9 * (1 + 5e-7), -1e-9, true},
		{0.9e-6, 0, true}, // the only absolute case: the reference is 0
		{-1.1e-6, 0, false},
		{1e-18, 3e-18, false}, // roundoff on both sides is not zero: callers decide
	}
	for _, tt := range tests {
		if got := RelClose(tt.got, tt.want, 1e-6); got != tt.ok {
			t.Errorf("RelClose(%g, %g, 1e-6) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
}
