package broker

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// nums is a JSON number list in which null stands for NaN (the reference
// script writes NaN as null).
type nums []float64

func (x *nums) UnmarshalJSON(b []byte) error {
	var raw []*float64
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*x = make(nums, len(raw))
	for i, p := range raw {
		if p == nil {
			(*x)[i] = math.NaN()
		} else {
			(*x)[i] = *p
		}
	}
	return nil
}

// golden is testdata/golden/broker/<graph>.json, written by
// testdata/reference/silo.py (networkx 2.8.8, python-igraph 0.10.2, Debian
// /usr/bin/python3); each field's source is named in the file.
type golden struct {
	Provenance         string
	N                  int
	Constraint         nums
	EffectiveSize      nums `json:"effective_size"`
	Hierarchy          nums
	ArticulationPoints []int32    `json:"articulation_points"`
	Bridges            [][2]int32 `json:"bridges"`
	Brokerage          map[string]map[string][]int64
}

func loadGolden(t *testing.T, name string) golden {
	t.Helper()
	var g golden
	refgraph.LoadGolden(t, "broker", name, "/usr/bin/python3 testdata/reference/silo.py", &g)
	return g
}

func roleSlices(c Counts) map[string][]int64 {
	return map[string][]int64{
		"coordinator":    c.Coordinator,
		"itinerant":      c.Itinerant,
		"representative": c.Representative,
		"gatekeeper":     c.Gatekeeper,
		"liaison":        c.Liaison,
	}
}

func int32s(x []int) []int32 {
	out := make([]int32, len(x))
	for i, v := range x {
		out[i] = int32(v)
	}
	return out
}

// TestReference compares with networkx 2.8.8 (constraint, effective_size,
// articulation_points, bridges) and with the reference script's own
// implementations of hierarchy and brokerage, on every reference graph.
func TestReference(t *testing.T) {
	for _, rg := range refgraph.All(t) {
		t.Run(rg.Name, func(t *testing.T) {
			want := loadGolden(t, rg.Name)
			g := rg.Undirected
			if want.N != g.N {
				t.Fatalf("golden n = %d, graph n = %d", want.N, g.N)
			}
			refgraph.CompareFloats(t, "constraint", Constraint(g), want.Constraint)
			refgraph.CompareFloats(t, "effective_size", EffectiveSize(g), want.EffectiveSize)
			refgraph.CompareFloats(t, "hierarchy", Hierarchy(g), want.Hierarchy)

			var arts []int32
			for v, ok := range ArticulationPoints(g) {
				if ok {
					arts = append(arts, int32(v))
				}
			}
			if arts == nil {
				arts = []int32{}
			}
			if !reflect.DeepEqual(arts, want.ArticulationPoints) {
				t.Errorf("articulation points = %v, want %v", arts, want.ArticulationPoints)
			}
			if got := Bridges(g); !reflect.DeepEqual(got, want.Bridges) {
				t.Errorf("bridges = %v, want %v", got, want.Bridges)
			}

			if rg.Directed == nil {
				if len(want.Brokerage) != 0 {
					t.Errorf("golden has brokerage for an undirected graph")
				}
				return
			}
			if len(want.Brokerage) != len(rg.Groups) {
				t.Errorf("golden brokerage for %d groupings, graph has %d", len(want.Brokerage), len(rg.Groups))
			}
			for name, grp := range rg.Groups {
				c, err := Brokerage(rg.Directed, int32s(grp))
				if err != nil {
					t.Fatal(err)
				}
				for role, got := range roleSlices(c) {
					if !reflect.DeepEqual(got, want.Brokerage[name][role]) {
						t.Errorf("%s %s = %v, want %v", name, role, got, want.Brokerage[name][role])
					}
				}
			}
		})
	}
}

// bruteBrokerage counts roles over all ordered triples on a dense 0/1 matrix.
func bruteBrokerage(n int, arc func(i, j int) bool, group []int32) Counts {
	c := Counts{make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)}
	for b := 0; b < n; b++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if i == j || i == b || j == b || !arc(i, b) || !arc(b, j) || arc(i, j) {
					continue
				}
				gi, gb, gj := group[i], group[b], group[j]
				switch {
				case gi == gb && gb == gj:
					c.Coordinator[b]++
				case gi == gj && gi != gb:
					c.Itinerant[b]++
				case gb == gi && gj != gi:
					c.Representative[b]++
				case gb == gj && gi != gb:
					c.Gatekeeper[b]++
				case gi != gb && gb != gj && gi != gj:
					c.Liaison[b]++
				default:
					panic("unclassified two-path")
				}
			}
		}
	}
	return c
}

func denseArc(d *graph.CSR) func(i, j int) bool {
	m := make([]bool, d.N*d.N)
	for u := 0; u < d.N; u++ {
		adj, w := d.Neighbors(u)
		for k, v := range adj {
			if w[k] > 0 {
				m[u*d.N+int(v)] = true
			}
		}
	}
	return func(i, j int) bool { return m[i*d.N+j] }
}

func randomDirected(r *rand.Rand, n int, p float64, negative bool) *graph.CSR {
	var arcs []graph.Arc
	for u := 0; u < n; u++ {
		for v := 0; v < n; v++ {
			if u != v && r.Float64() < p {
				w := 0.5 + r.Float64()*3
				if negative && r.IntN(5) == 0 {
					w = -w // not an arc for brokerage (weight must be > 0)
				}
				arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: w})
			}
		}
	}
	return graph.NewCSR(n, arcs, false)
}

// TestBrokerageBruteForce checks the efficient count against the O(n^3)
// definition on every reference graph and 300 seeded random graphs (1 to n
// groups, sparse to dense, with and without non-positive arcs).
func TestBrokerageBruteForce(t *testing.T) {
	for _, rg := range refgraph.All(t) {
		if rg.Directed == nil {
			continue
		}
		for name, grp := range rg.Groups {
			t.Run(rg.Name+"/"+name, func(t *testing.T) {
				g32 := int32s(grp)
				got, err := Brokerage(rg.Directed, g32)
				if err != nil {
					t.Fatal(err)
				}
				want := bruteBrokerage(rg.Directed.N, denseArc(rg.Directed), g32)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("efficient and brute-force counts differ")
				}
			})
		}
	}
	r := rand.New(rand.NewPCG(1989, 7))
	for k := 0; k < 300; k++ {
		n := 1 + r.IntN(30)
		p := []float64{0.05, 0.15, 0.4, 0.9}[k%4]
		groups := 1 + r.IntN(n)
		d := randomDirected(r, n, p, k%3 == 0)
		grp := make([]int32, n)
		for i := range grp {
			grp[i] = int32(r.IntN(groups)) * 7 // labels need not be dense
		}
		got, err := Brokerage(d, grp)
		if err != nil {
			t.Fatal(err)
		}
		want := bruteBrokerage(n, denseArc(d), grp)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("random graph %d (n=%d p=%g groups=%d): efficient %+v, brute force %+v", k, n, p, groups, got, want)
		}
	}
}

// TestBrokerageRoles: one two-path 0 -> 1 -> 2, each labelling gives one role.
func TestBrokerageRoles(t *testing.T) {
	path := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 1}}, false)
	closed := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 1}, {U: 0, V: 2, W: 1}}, false)
	back := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 1}, {U: 2, V: 0, W: 1}}, false)
	tests := []struct {
		name  string
		d     *graph.CSR
		group []int32
		want  [5]int64 // coordinator, itinerant, representative, gatekeeper, liaison of node 1
	}{
		{"coordinator AAA", path, []int32{0, 0, 0}, [5]int64{1, 0, 0, 0, 0}},
		{"itinerant ABA", path, []int32{0, 1, 0}, [5]int64{0, 1, 0, 0, 0}},
		{"representative AAB", path, []int32{0, 0, 1}, [5]int64{0, 0, 1, 0, 0}},
		{"gatekeeper ABB", path, []int32{0, 1, 1}, [5]int64{0, 0, 0, 1, 0}},
		{"liaison ABC", path, []int32{0, 1, 2}, [5]int64{0, 0, 0, 0, 1}},
		{"closed two-path is not brokerage", closed, []int32{0, 1, 2}, [5]int64{}},
		{"reverse arc j->i does not close it", back, []int32{0, 1, 2}, [5]int64{0, 0, 0, 0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Brokerage(tt.d, tt.group)
			if err != nil {
				t.Fatal(err)
			}
			got := [5]int64{c.Coordinator[1], c.Itinerant[1], c.Representative[1], c.Gatekeeper[1], c.Liaison[1]}
			if got != tt.want {
				t.Errorf("node 1 roles = %v, want %v", got, tt.want)
			}
			if c.Total(1) != sum5(tt.want) {
				t.Errorf("Total(1) = %d, want %d", c.Total(1), sum5(tt.want))
			}
		})
	}
}

func sum5(x [5]int64) int64 { return x[0] + x[1] + x[2] + x[3] + x[4] }

func TestBrokerageBadInput(t *testing.T) {
	d := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 1}}, false)
	if _, err := Brokerage(d, []int32{0, 1}); err == nil {
		t.Error("Brokerage with 2 labels for 3 nodes: no error")
	}
	empty := graph.NewCSR(0, nil, false)
	c, err := Brokerage(empty, nil)
	if err != nil || len(c.Liaison) != 0 {
		t.Errorf("empty graph: %+v, %v", c, err)
	}
}

// denseHierarchy and friends implement Burt's measures straight from the
// definitions on a dense matrix, O(n^3), independent of the CSR code.
func denseP(g *graph.CSR) [][]float64 {
	n := g.N
	p := make([][]float64, n)
	for i := range p {
		p[i] = make([]float64, n)
		s := 0.0
		for j := 0; j < n; j++ {
			if w, ok := g.Weight(i, j); ok {
				s += w
			}
		}
		for j := 0; j < n; j++ {
			if w, ok := g.Weight(i, j); ok {
				p[i][j] = w / s
			}
		}
	}
	return p
}

func denseDyadic(g *graph.CSR, p [][]float64, i int) []float64 {
	var cs []float64
	for j := 0; j < g.N; j++ {
		if p[i][j] == 0 {
			continue
		}
		x := p[i][j]
		for q := 0; q < g.N; q++ {
			if q != i && q != j {
				x += p[i][q] * p[q][j]
			}
		}
		cs = append(cs, x*x)
	}
	return cs
}

func denseMeasures(g *graph.CSR) (con, es, hier []float64) {
	p := denseP(g)
	n := g.N
	for i := 0; i < n; i++ {
		cs := denseDyadic(g, p, i)
		N := float64(len(cs))
		switch len(cs) {
		case 0:
			con, es, hier = append(con, math.NaN()), append(es, math.NaN()), append(hier, math.NaN())
			continue
		}
		c := 0.0
		for _, x := range cs {
			c += x
		}
		h := 0.0
		if len(cs) > 1 {
			for _, x := range cs {
				h += x / (c / N) * math.Log(x/(c/N))
			}
			h /= N * math.Log(N)
		}
		e := 0.0
		for j := 0; j < n; j++ {
			if p[i][j] == 0 {
				continue
			}
			mx := 0.0
			for k := 0; k < n; k++ {
				if w, ok := g.Weight(j, k); ok && w > mx {
					mx = w
				}
			}
			r := 0.0
			for q := 0; q < n; q++ {
				if q != j {
					if w, ok := g.Weight(j, q); ok {
						r += p[i][q] * w / mx
					}
				}
			}
			e += 1 - r
		}
		con, es, hier = append(con, c), append(es, e), append(hier, h)
	}
	return
}

func randomUndirected(r *rand.Rand, n int, p float64) *graph.CSR {
	var arcs []graph.Arc
	for u := 0; u < n; u++ {
		for v := u + 1; v < n; v++ {
			if r.Float64() < p {
				arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.1 + r.Float64()*5})
			}
		}
	}
	return graph.NewCSR(n, arcs, true)
}

// TestStructuralHolesDefinition compares Constraint, EffectiveSize and
// Hierarchy with a dense O(n^3) implementation of Burt's formulas on every
// reference graph and 100 seeded random weighted graphs, and so does the
// triangle pass of StructuralHoles (triangleHoles) on the same graphs.
func TestStructuralHolesDefinition(t *testing.T) {
	var cases []*graph.CSR
	var names []string
	for _, rg := range refgraph.All(t) {
		cases, names = append(cases, rg.Undirected), append(names, rg.Name)
	}
	r := rand.New(rand.NewPCG(1992, 1))
	for k := 0; k < 100; k++ {
		cases = append(cases, randomUndirected(r, 1+r.IntN(25), []float64{0.05, 0.2, 0.6}[k%3]))
		names = append(names, "random")
	}
	for k, g := range cases {
		t.Run(names[k], func(t *testing.T) {
			con, es, hier := denseMeasures(g)
			refgraph.CompareFloats(t, "constraint", Constraint(g), con)
			refgraph.CompareFloats(t, "effective_size", EffectiveSize(g), es)
			refgraph.CompareFloats(t, "hierarchy", Hierarchy(g), hier)
			tri := triangleHoles(g)
			refgraph.CompareFloats(t, "constraint (triangles)", tri.Constraint, con)
			refgraph.CompareFloats(t, "effective_size (triangles)", tri.EffectiveSize, es)
			refgraph.CompareFloats(t, "hierarchy (triangles)", tri.Hierarchy, hier)
		})
	}
}

// TestStructuralHolesWorked: values worked by hand from the formulas.
func TestStructuralHolesWorked(t *testing.T) {
	star := graph.NewCSR(5, []graph.Arc{{U: 0, V: 1, W: 1}, {U: 0, V: 2, W: 1}, {U: 0, V: 3, W: 1}, {U: 0, V: 4, W: 1}}, true)
	tri := graph.NewCSR(4, []graph.Arc{{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 1}, {U: 0, V: 2, W: 1}}, true)
	// Node 0 with contacts 1 (w=3) and 2 (w=1), no tie between them:
	// p = 3/4, 1/4; c = 9/16, 1/16; C = 10/16; mean 5/16; ratios 9/5, 1/5;
	// H = (9/5 ln 9/5 + 1/5 ln 1/5) / (2 ln 2).
	uneven := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 3}, {U: 0, V: 2, W: 1}}, true)
	nan := math.NaN()
	hUneven := (1.8*math.Log(1.8) + 0.2*math.Log(0.2)) / (2 * math.Log(2))
	tests := []struct {
		name          string
		g             *graph.CSR
		con, es, hier []float64
	}{
		// star: centre p=1/4 per leaf, c=1/16, C=1/4, ES=4, H=0; leaves C=1, ES=1, H=0 (N=1).
		{"star", star, []float64{0.25, 1, 1, 1, 1}, []float64{4, 1, 1, 1, 1}, []float64{0, 0, 0, 0, 0}},
		// triangle: c=(1/2+1/4)^2=9/16, C=9/8; ES = 2*(1-1/2) = 1; isolated node 3: NaN.
		{"triangle+isolate", tri, []float64{9.0 / 8, 9.0 / 8, 9.0 / 8, nan}, []float64{1, 1, 1, nan}, []float64{0, 0, 0, nan}},
		{"uneven", uneven, []float64{10.0 / 16, 1, 1}, []float64{2, 1, 1}, []float64{hUneven, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refgraph.CompareFloats(t, "constraint", Constraint(tt.g), tt.con)
			refgraph.CompareFloats(t, "effective_size", EffectiveSize(tt.g), tt.es)
			refgraph.CompareFloats(t, "hierarchy", Hierarchy(tt.g), tt.hier)
		})
	}
}

// components counts connected components with node skip removed and the
// edge {ea,eb} ignored (pass -1 to remove nothing).
func components(g *graph.CSR, skip int, ea, eb int32) int {
	seen := make([]bool, g.N)
	c := 0
	for s := 0; s < g.N; s++ {
		if s == skip || seen[s] {
			continue
		}
		c++
		seen[s] = true
		queue := []int{s}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			adj, _ := g.Neighbors(u)
			for _, v := range adj {
				if int(v) == skip || seen[v] || (int32(u) == ea && v == eb) || (int32(u) == eb && v == ea) {
					continue
				}
				seen[v] = true
				queue = append(queue, int(v))
			}
		}
	}
	return c
}

// TestCutsBruteForce: a node is an articulation point iff deleting it adds
// components; an edge is a bridge iff deleting it adds one. Checked on every
// reference graph and 200 seeded random graphs.
func TestCutsBruteForce(t *testing.T) {
	var cases []*graph.CSR
	for _, rg := range refgraph.All(t) {
		cases = append(cases, rg.Undirected)
	}
	r := rand.New(rand.NewPCG(1973, 2))
	for k := 0; k < 200; k++ {
		n := 1 + r.IntN(40)
		cases = append(cases, randomUndirected(r, n, 1.5/float64(n)+r.Float64()*0.1))
	}
	for k, g := range cases {
		base := components(g, -1, -1, -1)
		art := ArticulationPoints(g)
		for v := 0; v < g.N; v++ {
			// Removing v drops v's own component when v is isolated.
			want := components(g, v, -1, -1) > base-btoi(g.Degree(v) == 0)
			if art[v] != want {
				t.Fatalf("graph %d node %d: articulation %v, brute force %v", k, v, art[v], want)
			}
		}
		var want [][2]int32
		for u := 0; u < g.N; u++ {
			adj, _ := g.Neighbors(u)
			for _, v := range adj {
				if int32(u) < v && components(g, -1, int32(u), v) > base {
					want = append(want, [2]int32{int32(u), v})
				}
			}
		}
		if want == nil {
			want = [][2]int32{}
		}
		if got := Bridges(g); !reflect.DeepEqual(got, want) {
			t.Fatalf("graph %d: bridges %v, brute force %v", k, got, want)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestCutsDeepPath: a path of a million nodes is a DFS a million levels
// deep; the iterative search must find every inner node and every edge.
func TestCutsDeepPath(t *testing.T) {
	const n = 1_000_000
	arcs := make([]graph.Arc, n-1)
	for i := range arcs {
		arcs[i] = graph.Arc{U: int32(i), V: int32(i + 1), W: 1}
	}
	g := graph.NewCSR(n, arcs, true)
	art := ArticulationPoints(g)
	if len(art) != n {
		t.Fatalf("%d articulation flags for %d nodes", len(art), n)
	}
	for v, ok := range art {
		if want := v != 0 && v != n-1; ok != want {
			t.Fatalf("node %d: articulation %v, want %v", v, ok, want)
		}
	}
	if got := len(Bridges(g)); got != n-1 {
		t.Errorf("bridges = %d, want %d", got, n-1)
	}
}

func TestEmptyGraph(t *testing.T) {
	g := graph.NewCSR(0, nil, true)
	if len(Constraint(g)) != 0 || len(EffectiveSize(g)) != 0 || len(Hierarchy(g)) != 0 || len(ArticulationPoints(g)) != 0 || len(Bridges(g)) != 0 {
		t.Error("empty graph gave values")
	}
}

// TestHubsAgainstDefinitions: the histogram and triangle counts agree with
// the definitions where hubs are: node 0 tied to every other node (arcs in
// random directions, a third of them both ways) on top of seeded random
// graphs of 60 to 240 nodes, several groups.
func TestHubsAgainstDefinitions(t *testing.T) {
	r := rand.New(rand.NewPCG(2005, 3))
	for k, n := range []int{60, 120, 240} {
		var arcs []graph.Arc
		for v := 1; v < n; v++ {
			switch r.IntN(3) {
			case 0:
				arcs = append(arcs, graph.Arc{U: 0, V: int32(v), W: 1})
			case 1:
				arcs = append(arcs, graph.Arc{U: int32(v), V: 0, W: 2})
			default:
				arcs = append(arcs, graph.Arc{U: 0, V: int32(v), W: 1}, graph.Arc{U: int32(v), V: 0, W: 0.5})
			}
		}
		for range 4 * n {
			u, v := r.IntN(n), r.IntN(n)
			if u != v {
				arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.2 + r.Float64()})
			}
		}
		d := graph.NewCSR(n, arcs, false)
		grp := make([]int32, n)
		for i := range grp {
			grp[i] = int32(r.IntN(3 + k))
		}
		got, err := Brokerage(d, grp)
		if err != nil {
			t.Fatal(err)
		}
		if want := bruteBrokerage(n, denseArc(d), grp); !reflect.DeepEqual(got, want) {
			t.Errorf("%d nodes: brokerage differs from brute force (hub: %v, want %v)", n,
				[5]int64{got.Coordinator[0], got.Itinerant[0], got.Representative[0], got.Gatekeeper[0], got.Liaison[0]},
				[5]int64{want.Coordinator[0], want.Itinerant[0], want.Representative[0], want.Gatekeeper[0], want.Liaison[0]})
		}
		g := graph.NewCSR(n, arcs, true)
		con, es, hier := denseMeasures(g)
		for _, h := range []Holes{StructuralHoles(g), triangleHoles(g)} {
			refgraph.CompareFloats(t, "constraint", h.Constraint, con)
			refgraph.CompareFloats(t, "effective_size", h.EffectiveSize, es)
			refgraph.CompareFloats(t, "hierarchy", h.Hierarchy, hier)
		}
	}
}

// pairBrokerage counts roles by enumerating, for every broker b, each
// in-neighbour i and out-neighbour j of b (arcs of positive weight) and
// looking up the arc i->j: the definition, in O(sum_b in(b) out(b) log)
// rather than bruteBrokerage's O(n^3), so that it reaches graphs of
// thousands of nodes.
func pairBrokerage(d *graph.CSR, group []int32) Counts {
	n := d.N
	c := Counts{make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)}
	arc := func(i, j int32) bool {
		adj, w := d.Neighbors(int(i))
		k, ok := slices.BinarySearch(adj, j)
		return ok && w[k] > 0
	}
	in := make([][]int32, n)
	for u := 0; u < n; u++ {
		adj, w := d.Neighbors(u)
		for k, v := range adj {
			if w[k] > 0 && int(v) != u {
				in[v] = append(in[v], int32(u))
			}
		}
	}
	for b := 0; b < n; b++ {
		out, w := d.Neighbors(b)
		for _, i := range in[b] {
			for k, j := range out {
				if w[k] <= 0 || j == i || int(j) == b || arc(i, j) {
					continue
				}
				gi, gb, gj := group[i], group[b], group[j]
				switch {
				case gi == gb && gb == gj:
					c.Coordinator[b]++
				case gi == gj:
					c.Itinerant[b]++
				case gb == gi:
					c.Representative[b]++
				case gb == gj:
					c.Gatekeeper[b]++
				default:
					c.Liaison[b]++
				}
			}
		}
	}
	return c
}

// TestBrokerageWorkers: the counts are the same with 1, 2 and 4 workers
// and equal to the pair enumeration, on seeded random directed graphs of
// 1,500 to 4,000 nodes (several blocks of brokerBlock nodes each), with
// dense groups of neighbouring ids (so that triangles are many and stay
// inside and across groups), a hub writing to and hearing from a third of
// the network, arcs both ways and arcs of non-positive weight.
func TestBrokerageWorkers(t *testing.T) {
	r := rand.New(rand.NewPCG(1989, 14))
	for k, n := range []int{1500, 2600, 4000} {
		var arcs []graph.Arc
		hub := int32(r.IntN(n))
		for v := 0; v < n; v++ {
			if int32(v) == hub || r.IntN(3) != 0 {
				continue
			}
			switch r.IntN(3) {
			case 0:
				arcs = append(arcs, graph.Arc{U: hub, V: int32(v), W: 1})
			case 1:
				arcs = append(arcs, graph.Arc{U: int32(v), V: hub, W: 1})
			default:
				arcs = append(arcs, graph.Arc{U: hub, V: int32(v), W: 1}, graph.Arc{U: int32(v), V: hub, W: 2})
			}
		}
		const unit = 40
		for u := 0; u < n; u++ {
			for range 6 {
				v := u/unit*unit + r.IntN(unit)
				if r.IntN(8) == 0 {
					v = r.IntN(n)
				}
				w := 0.5 + r.Float64()
				if r.IntN(25) == 0 {
					w = -w // not an arc for brokerage
				}
				if v != u && v < n {
					arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: w})
				}
			}
		}
		d := graph.NewCSR(n, arcs, false)
		grp := make([]int32, n)
		for i := range grp {
			grp[i] = int32(i/unit)*3 + int32(r.IntN(1+k)) // mostly one group per unit
		}
		want := pairBrokerage(d, grp)
		var total int64
		for b := 0; b < n; b++ {
			total += want.Total(b)
		}
		if total == 0 {
			t.Fatalf("%d nodes: no brokerage at all, the test graph is wrong", n)
		}
		for _, workers := range []int{1, 2, 4} {
			got, err := brokerage(d, grp, workers)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%d nodes, %d workers: counts differ from the pair enumeration (hub %d: %v, want %v)", n, workers, hub,
					[5]int64{got.Coordinator[hub], got.Itinerant[hub], got.Representative[hub], got.Gatekeeper[hub], got.Liaison[hub]},
					[5]int64{want.Coordinator[hub], want.Itinerant[hub], want.Representative[hub], want.Gatekeeper[hub], want.Liaison[hub]})
			}
		}
	}
}

// TestPairBrokerage: the pair enumeration that TestBrokerageWorkers
// trusts agrees with the O(n^3) definition on small random graphs.
func TestPairBrokerage(t *testing.T) {
	r := rand.New(rand.NewPCG(1989, 15))
	for k := 0; k < 100; k++ {
		n := 1 + r.IntN(25)
		d := randomDirected(r, n, []float64{0.1, 0.3, 0.8}[k%3], k%2 == 0)
		grp := make([]int32, n)
		for i := range grp {
			grp[i] = int32(r.IntN(1 + k%5))
		}
		if got, want := pairBrokerage(d, grp), bruteBrokerage(n, denseArc(d), grp); !reflect.DeepEqual(got, want) {
			t.Fatalf("random graph %d (n=%d): pair enumeration %+v, brute force %+v", k, n, got, want)
		}
	}
}
