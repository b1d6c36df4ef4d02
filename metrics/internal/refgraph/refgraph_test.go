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
