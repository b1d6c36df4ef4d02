package broker

import (
	"reflect"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// fromBytes turns fuzz input into a directed graph of up to 16 nodes with
// up to 4 groups: byte 0 sets n, the next n bytes the groups, the rest arcs
// as (u, v, weight) triples, weight byte 0 giving a negative arc.
func fromBytes(data []byte) (*graph.CSR, []int32) {
	if len(data) == 0 {
		return graph.NewCSR(0, nil, false), nil
	}
	n := int(data[0]%16) + 1
	data = data[1:]
	grp := make([]int32, n)
	for i := range grp {
		if i < len(data) {
			grp[i] = int32(data[i] % 4)
		}
	}
	if len(data) > n {
		data = data[n:]
	} else {
		data = nil
	}
	var arcs []graph.Arc
	for ; len(data) >= 3; data = data[3:] {
		w := float64(data[2])
		if w == 0 {
			w = -1
		}
		arcs = append(arcs, graph.Arc{U: int32(int(data[0]) % n), V: int32(int(data[1]) % n), W: w})
	}
	return graph.NewCSR(n, arcs, false), grp
}

// FuzzBrokerage checks the efficient counts against brute force and the
// undirected measures for panics and range on arbitrary small graphs.
func FuzzBrokerage(f *testing.F) {
	f.Add([]byte{3, 0, 1, 2, 0, 1, 1, 1, 2, 1})
	f.Add([]byte{5, 0, 0, 1, 1, 2, 0, 1, 3, 1, 2, 0, 2, 0, 9, 3, 4, 1, 4, 3, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		d, grp := fromBytes(data)
		got, err := Brokerage(d, grp)
		if err != nil {
			t.Fatal(err)
		}
		if want := bruteBrokerage(d.N, denseArc(d), grp); !reflect.DeepEqual(got, want) {
			t.Fatalf("efficient %+v, brute force %+v", got, want)
		}
		var arcs []graph.Arc
		for u := 0; u < d.N; u++ {
			adj, w := d.Neighbors(u)
			for k, v := range adj {
				if w[k] > 0 {
					arcs = append(arcs, graph.Arc{U: int32(u), V: v, W: w[k]})
				}
			}
		}
		g := graph.NewCSR(d.N, arcs, true)
		// Bounds that follow from the definitions: sum_j p_ij^2 >= 1/N gives
		// C >= 1/N; each redundancy is at most 1 - p_ij, so 1 <= ES <= N;
		// hierarchy is a normalised Theil index, 0 <= H <= 1.
		con, es, hier := Constraint(g), EffectiveSize(g), Hierarchy(g)
		for v := range con {
			deg := float64(g.Degree(v))
			if deg == 0 {
				if con[v] == con[v] || es[v] == es[v] || hier[v] == hier[v] {
					t.Fatalf("isolated node %d: %g %g %g, want NaN", v, con[v], es[v], hier[v])
				}
				continue
			}
			if !(con[v] >= 1/deg-1e-9) || !(es[v] >= 1-1e-9 && es[v] <= deg+1e-9) || !(hier[v] >= -1e-9 && hier[v] <= 1+1e-9) {
				t.Fatalf("node %d (degree %g): constraint %g, effective size %g, hierarchy %g out of range", v, deg, con[v], es[v], hier[v])
			}
		}
		ArticulationPoints(g)
		Bridges(g)
	})
}
