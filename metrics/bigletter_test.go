package metrics

import (
	"fmt"
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestLetterToThousands: one letter from one person to 6,000 others is a
// star at person level. sekat used to panic on it in the eigenvector
// solver ("mat: dimension mismatch" at centrality.principal, exit 2; the
// same study through `sekat analyze --level person` with 5,600 recipients,
// measured). The whole analysis now runs, and the star's centre gets the
// closed-form eigenvector centrality 1/sqrt(2).
func TestLetterToThousands(t *testing.T) {
	const recipients = 6000
	units := []graph.Node{{ID: "SETDA", Sector: "pemerintahan"}, {ID: "DISDIK", Sector: "pendidikan"}}
	var spells []graph.Spell
	for i := 0; i <= recipients; i++ {
		spells = append(spells, graph.Spell{Person: fmt.Sprintf("P%05d", i), Unit: units[i%2].ID})
	}
	dir, err := graph.NewDirectory(units, spells)
	if err != nil {
		t.Fatal(err)
	}
	ref := func(i int) graph.Ref {
		_, p, ok := dir.Lookup([]byte(fmt.Sprintf("P%05d", i)))
		if !ok {
			t.Fatalf("P%05d not found", i)
		}
		return graph.Ref{Unit: int32(i % 2), Person: p}
	}
	to := make([]graph.Ref, recipients)
	for i := range to {
		to[i] = ref(i + 1)
	}
	b := graph.NewBuilder(dir, true)
	b.Message(ref(0), to)
	n := b.Network(graph.PersonLevel, graph.Window{}, graph.LayerWeights{})
	r, err := Analyze(n, Options{StabilityRuns: -1, Permutations: 99})
	if err != nil {
		t.Fatal(err)
	}
	centre, _ := n.NodeIndex("P00000")
	if got := r.Nodes[centre].Eigenvector; math.Abs(got-1/math.Sqrt2) > 1e-9 {
		t.Errorf("centre's eigenvector centrality %.15g, want 1/sqrt(2)", got)
	}
}
