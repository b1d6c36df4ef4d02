package silo

import (
	"math"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// FuzzGroups builds an undirected graph of up to 16 nodes and labels in
// [0, 4) from the fuzz input (byte 0: n; then n label bytes; then
// (u, v, weight) triples) and checks what must hold for any input: no panic,
// sizes add up to n, I + E/2 over the groups is the total weight, p-values in
// (0, 1] or NaN with the NaN exactly where E+I = 0, participation in [0, 1),
// NMI in [0, 1] and ARI <= 1.
func FuzzGroups(f *testing.F) {
	f.Add([]byte{4, 0, 0, 1, 1, 0, 1, 3, 1, 2, 1, 2, 3, 5})
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		n := int(data[0]%16) + 1
		data = data[1:]
		grp := make([]int32, n)
		for i := range grp {
			if i < len(data) {
				grp[i] = int32(data[i] % 4)
			}
		}
		data = data[min(n, len(data)):]
		var arcs []graph.Arc
		total := 0.0
		for ; len(data) >= 3; data = data[3:] {
			u, v, w := int32(int(data[0])%n), int32(int(data[1])%n), float64(data[2]%8)+0.25
			if u != v {
				total += w
			}
			arcs = append(arcs, graph.Arc{U: u, V: v, W: w})
		}
		g := graph.NewCSR(n, arcs, true)
		stats, err := Groups(g, grp, 4, Options{Permutations: 15, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		size, weight := 0, 0.0
		for _, s := range stats {
			size += s.Size
			weight += s.InternalWeight + s.ExternalWeight/2
			switch {
			case s.InternalWeight+s.ExternalWeight == 0:
				if !math.IsNaN(s.EIPValue) || !math.IsNaN(s.EIIndex) || !math.IsNaN(s.PAdjusted) || !math.IsNaN(s.Homophily) {
					t.Fatalf("group %d without ties: ei %g p %g adjusted %g H %g, want NaN", s.Group, s.EIIndex, s.EIPValue, s.PAdjusted, s.Homophily)
				}
			case !(s.EIIndex >= -1 && s.EIIndex <= 1) || !(s.Homophily <= 1+1e-12 || math.IsNaN(s.Homophily)):
				t.Fatalf("group %d: ei %g H %g", s.Group, s.EIIndex, s.Homophily)
			case s.Size < 2:
				if !math.IsNaN(s.EIPValue) || !math.IsNaN(s.PAdjusted) || Judge(s, Thresholds{}) != None {
					t.Fatalf("group of one %d: p %g adjusted %g, want NaN and no verdict", s.Group, s.EIPValue, s.PAdjusted)
				}
			case s.Size == n:
				// every node: a shuffle gives the group its own members
				// back, so it has no test (testable)
				if !math.IsNaN(s.EIPValue) || !math.IsNaN(s.PAdjusted) || Judge(s, Thresholds{}) != None {
					t.Fatalf("group %d of every node: p %g adjusted %g, want NaN and no verdict", s.Group, s.EIPValue, s.PAdjusted)
				}
			case !(s.EIPValue > 0 && s.EIPValue <= s.PAdjusted && s.PAdjusted <= 1):
				t.Fatalf("group %d: p %g adjusted %g, want 0 < p <= adjusted <= 1", s.Group, s.EIPValue, s.PAdjusted)
			}
		}
		if size != n || math.Abs(weight-total) > 1e-9*math.Max(1, total) {
			t.Fatalf("sizes %d (n %d), weight %g (total %g)", size, n, weight, total)
		}
		p, _ := Participation(g, grp)
		for v, x := range p {
			if !(x >= 0 && x < 1) {
				t.Fatalf("participation[%d] = %g", v, x)
			}
		}
		WithinModuleZ(g, grp)
		Assortativity(g, grp)
		WeightedAssortativity(g, grp)
		other := make([]int32, n)
		for i := range other {
			other[i] = int32(i % 3)
		}
		if nmi, err := NMI(grp, other); err != nil || nmi < -1e-12 || nmi > 1+1e-12 {
			t.Fatalf("NMI = %g, %v", nmi, err)
		}
		if ari, err := ARI(grp, other); n >= 2 && (err != nil || ari > 1+1e-12) {
			t.Fatalf("ARI = %g, %v", ari, err)
		}
	})
}
