package viz

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
)

// hostile are the spreadsheet-hostile names of issue 4 (the same list as
// sekat generate --preset hostile).
var hostile = []string{
	`Dinas "Kesehatan"`,
	`C:\Users\dinas\berkas`,
	`{"unit": {dinas}}`,
	"Dinas\nbaris kedua",
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`=HYPERLINK("http://x","y")`,
	"Dinas 🏛️ Kesehatan 😀",
	`@SUM(A1)`,
	`'kutip tunggal & <b>`,
}

// handUnits is the hand-made unit network of the viz tests:
//
//	alpha  A1 A2 A3  a triangle of weight-20 ties, one weight-1 tie out (A1-K)
//	beta   B1 B2 B3  a path B1-B2-B3 of weight 2, ties out to K and gamma
//	gamma  C1 C2     one weight-3 tie, ties out to beta and K
//	koordinasi K     a coordinator tied to every sector
//	luar   X         external, tied only to B2 (so B2-X is a bridge and B2 an
//	                 articulation point)
//
// Data sharing: A2 denied B3 twice and granted once; C1 granted B1 once.
func handUnits(names map[string]string, sectors map[string]string) *graph.Network {
	type u struct {
		id, sector string
		kind       graph.Kind
	}
	us := []u{{"A1", "alpha", 0}, {"A2", "alpha", 0}, {"A3", "alpha", 0}, {"B1", "beta", 0}, {"B2", "beta", 0},
		{"B3", "beta", 0}, {"C1", "gamma", 0}, {"C2", "gamma", 0}, {"K", "koordinasi", graph.KindCoordinator},
		{"X", "luar", graph.KindExternal}}
	idx := map[string]int32{}
	nodes := make([]graph.Node, len(us))
	for i, x := range us {
		idx[x.id] = int32(i)
		name := "Unit " + x.id
		if n, ok := names[x.id]; ok {
			name = n
		}
		sec := x.sector
		if s, ok := sectors[sec]; ok {
			sec = s
		}
		nodes[i] = graph.Node{ID: x.id, Name: name, Sector: sec, Kind: x.kind, Unit: x.id}
	}
	type e struct {
		a, b          string
		corr, den, gr float64
	}
	es := []e{
		{"A1", "A2", 20, 0, 0}, {"A2", "A3", 20, 0, 0}, {"A3", "A1", 20, 0, 0}, {"A1", "K", 1, 0, 0},
		{"B1", "B2", 2, 0, 0}, {"B2", "B3", 2, 0, 0}, {"B1", "K", 3, 0, 0}, {"B3", "C1", 2, 0, 0},
		{"C1", "C2", 3, 0, 0}, {"C2", "K", 2, 0, 0}, {"C1", "B1", 1, 0, 1}, {"K", "B3", 2, 0, 0},
		{"X", "B2", 1, 0, 0}, {"A2", "B3", 0, 2, 1}, {"K", "C1", 1, 0, 0},
	}
	edges := make([]graph.Edge, len(es))
	for i, x := range es {
		ed := graph.Edge{From: idx[x.a], To: idx[x.b]}
		ed.Layers[graph.Correspondence] = x.corr
		ed.Layers[graph.DataDenied] = x.den
		ed.Layers[graph.DataSharing] = x.gr
		ed.Weight = x.corr + x.gr
		edges[i] = ed
	}
	return graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// analyze runs metrics.Analyze with the options of the viz tests.
func analyze(t testing.TB, n *graph.Network) *metrics.Result {
	t.Helper()
	r, err := metrics.Analyze(n, metrics.Options{Seed: 1, Permutations: 999, StabilityRuns: -1})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// handPeople is a person-level network: P1 (unit U1) tied to P2 (U1) and
// P3 (U2); P3 to P4 (U2) and P5 (U3); P5 to P6 (U3), so P6 is three steps
// from P1; P7 (U1) is isolated.
func handPeople() *graph.Network {
	people := []struct{ id, unit string }{{"P1", "U1"}, {"P2", "U1"}, {"P3", "U2"}, {"P4", "U2"}, {"P5", "U3"}, {"P6", "U3"}, {"P7", "U1"}}
	nodes := make([]graph.Node, len(people))
	for i, p := range people {
		nodes[i] = graph.Node{ID: p.id, Name: "Pegawai " + p.id, Sector: "s" + p.unit, Kind: graph.KindPerson, Unit: p.unit}
	}
	arc := func(a, b int32, w float64) graph.Edge {
		e := graph.Edge{From: a, To: b, Weight: w}
		e.Layers[graph.Correspondence] = w
		return e
	}
	edges := []graph.Edge{arc(0, 1, 5), arc(0, 2, 2), arc(2, 3, 4), arc(2, 4, 1), arc(4, 5, 3)}
	return graph.NewNetwork(graph.PersonLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}

// clustered is a random network of n units in sectors of 10, each unit
// with about 6 ties inside its sector and 2 outside, weights 1..50.
func clustered(n int, seed uint64) *graph.Network {
	rng := rand.New(rand.NewPCG(seed, 7))
	nodes := make([]graph.Node, n)
	for i := range nodes {
		id := fmt.Sprintf("U%05d", i)
		nodes[i] = graph.Node{ID: id, Name: "Unit " + id, Sector: fmt.Sprintf("sektor-%03d", i/10), Unit: id}
		if i%97 == 0 {
			nodes[i].Kind = graph.KindCoordinator
		}
	}
	var edges []graph.Edge
	add := func(a, b int) {
		if a == b {
			return
		}
		w := float64(1 + rng.IntN(50))
		e := graph.Edge{From: int32(a), To: int32(b), Weight: w}
		e.Layers[graph.Correspondence] = w
		edges = append(edges, e)
	}
	seen := map[[2]int]bool{}
	for i := 0; i < n; i++ {
		base := (i / 10) * 10
		for k := 0; k < 3; k++ {
			j := base + rng.IntN(10)
			if j < n && !seen[[2]int{i, j}] {
				seen[[2]int{i, j}] = true
				add(i, j)
			}
		}
		j := rng.IntN(n)
		if !seen[[2]int{i, j}] {
			seen[[2]int{i, j}] = true
			add(i, j)
		}
	}
	return graph.NewNetwork(graph.UnitLevel, nodes, edges, nil, graph.Window{}, graph.LayerWeights{})
}
