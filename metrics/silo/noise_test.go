package silo

import (
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// In float64, 1/2 + 1/3 + 1/6 is 0.9999999999999999, not 1: node 0 ties
// its own group with the weights 1/2, 1/3 and 1/6 and the other group with
// 1, so E = I in exact arithmetic and its E-I index, the group's and the
// network's are 0. Before EITolerance they were 5.6e-17 (written
// 0.0000000000000000555111512312578); sekat analyze wrote 1.8e-16 for a
// person of generate --seed 5 --scale 0.3 whose E and I are equal sums of
// 1/(k-1) meeting weights.
func TestEIOfEqualSumsIsZero(t *testing.T) {
	g := graph.NewCSR(5, []graph.Arc{
		{U: 0, V: 1, W: 1.0 / 2}, {U: 0, V: 2, W: 1.0 / 3}, {U: 0, V: 3, W: 1.0 / 6}, {U: 0, V: 4, W: 1},
	}, true)
	grp := []int32{0, 0, 0, 0, 1}
	ne, err := NodeEIIndex(g, grp)
	if err != nil {
		t.Fatal(err)
	}
	if ne[0] != 0 {
		t.Errorf("node E-I of node 0 = %v, want 0 (E = 1 = 1/2 + 1/3 + 1/6 = I)", ne[0])
	}
	e, _ := EIIndex(g, grp)
	if e != 0 {
		t.Errorf("network E-I = %v, want 0", e)
	}
	stats, err := Groups(g, grp, 2, Options{Permutations: -1})
	if err != nil {
		t.Fatal(err)
	}
	if stats[0].EIIndex != 0 {
		t.Errorf("group 0 E-I = %v, want 0", stats[0].EIIndex)
	}
	// Not every E-I near 0 is noise: E = 1, I = 1 - 1e-9 stays apart.
	if x := ei(1, 1-1e-9); x == 0 {
		t.Errorf("ei(1, 1-1e-9) = 0, want about 5e-10")
	}
}

// The four members of a group tied to one another with 1/3, 1/6 and 1/2
// (0-1 and 2-3 with 1/3, 0-2 and 1-3 with 1/6, 0-3 and 1-2 with 1/2) all
// have own strength 1, so every z is 0; but summed in each one's neighbour
// order node 1 has 0.9999999999999999 and the others 1, and before
// ZTolerance node 1's z was -2 (sd 5.6e-17; Python:
// 1/3+1/2+1/6 = 0.9999999999999999).
func TestWithinModuleZOfEqualStrengthsIsZero(t *testing.T) {
	a, b, c := 1.0/3, 1.0/6, 1.0/2
	g := graph.NewCSR(4, []graph.Arc{
		{U: 0, V: 1, W: a}, {U: 2, V: 3, W: a},
		{U: 0, V: 2, W: b}, {U: 1, V: 3, W: b},
		{U: 0, V: 3, W: c}, {U: 1, V: 2, W: c},
	}, true)
	z, err := WithinModuleZ(g, []int32{0, 0, 0, 0})
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range z {
		if x != 0 {
			t.Errorf("z of node %d = %v, want 0 (all own strengths are 1)", i, x)
		}
	}
}

// Nodes 0 and 1 are tied to node 2 with 0.1 and 0.2: own strengths 0.1,
// 0.2 and 0.3, mean 0.2, so node 1 sits at the mean and its z is 0; but
// 0.1 + 0.2 is 0.30000000000000004 in float64, the mean 0.20000000000000004,
// and before ZTolerance node 1's z was -3.4e-16 (searched for with exact
// fractions in Python among small graphs of weights 1/k).
func TestWithinModuleZAtTheMeanIsZero(t *testing.T) {
	g := graph.NewCSR(3, []graph.Arc{{U: 0, V: 2, W: 0.1}, {U: 1, V: 2, W: 0.2}}, true)
	z, err := WithinModuleZ(g, []int32{0, 0, 0})
	if err != nil {
		t.Fatal(err)
	}
	if z[1] != 0 {
		t.Errorf("z of node 1 = %v, want 0 (its own strength 0.2 is the mean)", z[1])
	}
	if z[0] >= 0 || z[2] <= 0 {
		t.Errorf("z = %v, want node 0 below the mean and node 2 above", z)
	}
}

// A node with weight 19 to its own group and 1 to another has P = 1 -
// (0.95^2 + 0.05^2) = 0.095; computed as 1 - s it was 0.09500000000000008,
// written 0.0950000000000001 (people.csv of analyze --level person on
// generate --seed 6 --scale 1 had 73 participation values like it). The
// sum of pair products 2 * 19 * 1 / 20^2 gives 0.095.
func TestParticipationWithoutCancellation(t *testing.T) {
	g := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 19}, {U: 0, V: 2, W: 1}}, true)
	p, err := Participation(g, []int32{0, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	if p[0] != 0.095 {
		t.Errorf("participation %v, want 0.095", p[0])
	}
	if p[1] != 0 || p[2] != 0 {
		t.Errorf("participation of the nodes with one tie %v and %v, want 0", p[1], p[2])
	}
}

// A node with 171 ties of 1/3 inside (meetings of four) and weight 3 to
// another group has P = 2 * 57 * 3 / 60^2 = 0.095; the plain sum of the
// 171 thirds is a bit off 57 and P was written 0.0949999999999998 (found
// with Python floats over small cases). The k_ic are summed with
// compensation. On analyze --level person of generate --seed 4 --scale
// 0.3 --forums --pilot --no-change a person with strength 20 (10.5 in,
// 9.5 out) was written 0.0950000000000001 for the same reason.
func TestParticipationCompensatedShares(t *testing.T) {
	arcs := []graph.Arc{{U: 0, V: 1, W: 3}}
	for v := int32(2); v < 173; v++ {
		arcs = append(arcs, graph.Arc{U: 0, V: v, W: 1.0 / 3})
	}
	g := graph.NewCSR(173, arcs, true)
	grp := make([]int32, 173)
	grp[1] = 1
	p, err := Participation(g, grp)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(graph.AppendFloat(nil, p[0])); got != "0.095" {
		t.Errorf("participation written %s (%v), want 0.095", got, p[0])
	}
}

// A group whose members share 171 ties of 1/3 (meetings of four) has
// internal weight 57; a plain sum gave 57.00000000000013, written
// 57.0000000000001 (Python's float sum of 171 thirds), and on analyze
// --level person of generate --seed 5 --scale 0.3 groups.csv wrote
// SATPOLPP's internal_weight 712.1 as 712.099999999999. The group sums are
// compensated.
func TestGroupWeightsCompensated(t *testing.T) {
	var arcs []graph.Arc
	grp := make([]int32, 174)
	for v := int32(1); v < 172; v++ {
		arcs = append(arcs, graph.Arc{U: 0, V: v, W: 1.0 / 3})
	}
	arcs = append(arcs, graph.Arc{U: 172, V: 173, W: 1})
	grp[172], grp[173] = 1, 1
	g := graph.NewCSR(174, arcs, true)
	stats, err := Groups(g, grp, 2, Options{Permutations: -1})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(graph.AppendFloat(nil, stats[0].InternalWeight)); got != "57" {
		t.Errorf("internal weight written %s (%v), want 57", got, stats[0].InternalWeight)
	}
}
