package broker

import (
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// TestBrokerageExpectedAgainstSNA compares the expected counts, standard
// deviations and z-scores with R's sna::brokerage (R 4.2.2, sna 2.7.1,
// Debian r-cran-sna): exp.nli, sd.nli and z.nli, written by
// testdata/reference/brokerage_z.R.
func TestBrokerageExpectedAgainstSNA(t *testing.T) {
	for _, c := range []struct {
		g        *refgraph.Graph
		grouping string
	}{
		{refgraph.Krackhardt(t), "dept"},
		{refgraph.Lazega(t), "office"},
		{refgraph.Lazega(t), "practice"},
	} {
		t.Run(c.g.Name+"_"+c.grouping, func(t *testing.T) {
			var raw map[string]json.RawMessage
			refgraph.LoadGolden(t, "broker", "sna_z_"+c.g.Name+"_"+c.grouping, "Rscript testdata/reference/brokerage_z.R", &raw)
			if len(raw["source"]) < 10 {
				t.Fatal("golden file names no source")
			}
			want := map[string]nums{}
			for k, v := range raw {
				if k == "source" {
					continue
				}
				var x nums
				if err := json.Unmarshal(v, &x); err != nil {
					t.Fatalf("%s: %v", k, err)
				}
				want[k] = x
			}
			group := int32s(c.g.Groups[c.grouping])
			counts, err := Brokerage(c.g.Directed, group)
			if err != nil {
				t.Fatal(err)
			}
			e, err := BrokerageExpected(c.g.Directed, group, counts)
			if err != nil {
				t.Fatal(err)
			}
			names := append(RoleNames[:], "total")
			checked := 0
			for what, got := range map[string][][Roles + 1]float64{"exp": e.Exp, "sd": e.SD, "z": e.Z} {
				for r, role := range names {
					w, ok := want[what+"_"+role]
					if !ok {
						t.Fatalf("golden has no %s_%s", what, role)
					}
					if len(w) != len(got) {
						t.Fatalf("%s_%s: %d nodes, sna %d", what, role, len(got), len(w))
					}
					for i := range got {
						if !refgraph.SameFloat(got[i][r], w[i], 1e-9) {
							t.Errorf("%s_%s node %s: got %.12g, sna %.12g", what, role, c.g.Labels[i], got[i][r], w[i])
						}
						checked++
					}
				}
			}
			if checked != 3*6*c.g.Directed.N {
				t.Errorf("checked %d values", checked)
			}
		})
	}
}

// TestBrokerageExpectedEdges: no nodes, one node, no arcs.
func TestBrokerageExpectedEdges(t *testing.T) {
	for _, n := range []int{0, 1, 4} {
		d := graph.NewCSR(n, nil, false)
		grp := make([]int32, n)
		c, err := Brokerage(d, grp)
		if err != nil {
			t.Fatal(err)
		}
		e, err := BrokerageExpected(d, grp, c)
		if err != nil {
			t.Fatal(err)
		}
		for b := range e.Z {
			for r, z := range e.Z[b] {
				if !math.IsNaN(z) {
					t.Errorf("n=%d node %d role %d: z %v without arcs, want NaN", n, b, r, z)
				}
			}
		}
	}
	if _, err := BrokerageExpected(graph.NewCSR(2, nil, false), []int32{0}, Counts{}); err == nil {
		t.Error("one label for two nodes: no error")
	}
}

// TestTwoPathRoles: the role counts that the permutation test takes from
// the closed two-paths equal Brokerage's for any labelling, on 200 seeded
// random graphs with random labels (the permutation test is only as right
// as this identity).
func TestTwoPathRoles(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 13))
	for k := 0; k < 200; k++ {
		n := 1 + r.IntN(25)
		d := randomDirected(r, n, []float64{0.05, 0.2, 0.5, 0.9}[k%4], k%3 == 0)
		groups := 1 + r.IntN(n)
		lab := make([]int32, n)
		for i := range lab {
			lab[i] = int32(r.IntN(groups))
		}
		want, err := Brokerage(d, lab)
		if err != nil {
			t.Fatal(err)
		}
		s := newTwoPaths(n, groups)
		in := d.Transpose()
		for b := 0; b < n; b++ {
			s.prepare(d, in, b)
			if got := s.roles(lab, b); got != want.Role(b) {
				t.Fatalf("graph %d (n=%d) node %d: two-path roles %v, Brokerage %v", k, n, b, got, want.Role(b))
			}
		}
	}
}

// TestBrokeragePermutation: the shuffles do not depend on the workers; the
// total number of open two-paths never changes; a node that only joins
// two other groups has a positive liaison z and a negative coordinator z.
func TestBrokeragePermutation(t *testing.T) {
	// Two groups of 8 (0 and 1) on each side of broker 16 (group 2), whose
	// group-mates 17..23 only talk among themselves.
	var arcs []graph.Arc
	add := func(u, v int) { arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 1}) }
	for i := 0; i < 8; i++ {
		add(i, 16)
		add(16, 8+i)
	}
	for i := 17; i < 24; i++ {
		add(i, 17+(i-16)%7)
	}
	d := graph.NewCSR(24, arcs, false)
	lab := make([]int32, 24)
	for i := range lab {
		lab[i] = int32(min(i/8, 2))
	}
	c, err := Brokerage(d, lab)
	if err != nil {
		t.Fatal(err)
	}
	var first Permuted
	for _, w := range []int{1, 2, 5} {
		p, err := BrokeragePermutation(context.Background(), d, lab, c, PermutationOptions{Permutations: 300, Seed: 7, Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		if w == 1 {
			first = p
			continue
		}
		if !reflect.DeepEqual(nanFree(p.Z), nanFree(first.Z)) || !reflect.DeepEqual(p.Mean, first.Mean) {
			t.Errorf("%d workers give another result than 1", w)
		}
	}
	z := first.Z[16]
	if !(z[4] > 2) {
		t.Errorf("broker 16: liaison z %.3g, want > 2 (counts %v)", z[4], c.Role(16))
	}
	if !(z[0] < 0) {
		t.Errorf("broker 16: coordinator z %.3g, want < 0", z[0])
	}
	for b := range first.Mean {
		tot := float64(c.Total(b))
		if first.Mean[b][Roles] != tot || first.SD[b][Roles] != 0 {
			t.Errorf("node %d: total open two-paths %v under shuffles (sd %v), observed %v", b, first.Mean[b][Roles], first.SD[b][Roles], tot)
		}
	}
	// Only the nodes asked for are tested.
	p, err := BrokeragePermutation(context.Background(), d, lab, c, PermutationOptions{Permutations: 50, Nodes: []int32{16}})
	if err != nil {
		t.Fatal(err)
	}
	if math.IsNaN(p.Z[16][4]) || !math.IsNaN(p.Z[0][4]) {
		t.Errorf("nodes {16}: z[16] %v, z[0] %v; want only 16 tested", p.Z[16][4], p.Z[0][4])
	}
	if _, err := BrokeragePermutation(context.Background(), d, lab, c, PermutationOptions{Nodes: []int32{24}}); err == nil {
		t.Error("node 24 of 24: no error")
	}
}

// nanFree replaces NaN by a sentinel so that DeepEqual can compare.
func nanFree(x [][Roles + 1]float64) [][Roles + 1]float64 {
	y := make([][Roles + 1]float64, len(x))
	for i := range x {
		for r, v := range x[i] {
			if math.IsNaN(v) {
				v = -12345
			}
			y[i][r] = v
		}
	}
	return y
}
