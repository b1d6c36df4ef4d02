package silo

import (
	"encoding/json"
	"math"
	"slices"
	"sort"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// num is a JSON number in which null stands for NaN (the reference script
// writes NaN as null).
type num float64

func (x *num) UnmarshalJSON(b []byte) error {
	var p *float64
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if p == nil {
		*x = num(math.NaN())
	} else {
		*x = num(*p)
	}
	return nil
}

func floats(x []num) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}

type goldenGroup struct {
	Group          int32
	Size           int
	InternalWeight num   `json:"internal_weight"`
	ExternalWeight num   `json:"external_weight"`
	InternalTies   int64 `json:"internal_ties"`
	ExternalTies   int64 `json:"external_ties"`
	EIIndex        num   `json:"ei_index"`
	EITies         num   `json:"ei_ties"`
	EIExpected     num   `json:"ei_expected"`
	Homophily      num
	Conductance    num
	Density        num
}

// golden is testdata/golden/silo/<graph>.json, written by
// testdata/reference/silo.py with Debian /usr/bin/python3, networkx 2.8.8 and
// python-igraph 0.10.2; each field's source is named in the file.
type golden struct {
	Provenance string
	N          int
	Groupings  map[string]struct {
		Labels                []int32
		Participation         []num
		WithinModuleZ         []num `json:"within_module_z"`
		NodeEI                []num `json:"node_ei"`
		Groups                []goldenGroup
		EIIndex               num `json:"ei_index"`
		Assortativity         num
		WeightedAssortativity num `json:"weighted_assortativity"`
	}
	Compare []struct {
		A, B    string
		LabelsA []int32 `json:"labels_a"`
		LabelsB []int32 `json:"labels_b"`
		NMI     num
		ARI     num
	}
}

func loadGolden(t *testing.T, name string) golden {
	t.Helper()
	var g golden
	refgraph.LoadGolden(t, "silo", name, "/usr/bin/python3 testdata/reference/silo.py", &g)
	return g
}

func compareFloat(t *testing.T, what string, got, want float64) {
	t.Helper()
	if !refgraph.SameFloat(got, want, 1e-6) {
		t.Errorf("%s = %.12g, want %.12g", what, got, want)
	}
}

func int32s(x []int) []int32 {
	out := make([]int32, len(x))
	for i, v := range x {
		out[i] = int32(v)
	}
	return out
}

func maxLabel(x []int32) int {
	k := 0
	for _, v := range x {
		k = max(k, int(v)+1)
	}
	return k
}

// TestReference compares every function with the numbers of
// testdata/reference/silo.py (networkx 2.8.8 / python-igraph 0.10.2 where
// they have the measure, the script's own implementation of the definition
// otherwise) on karate (club), Krackhardt (dept), Lazega (office, practice)
// and sekat's random graph (sector).
func TestReference(t *testing.T) {
	for _, rg := range refgraph.All(t) {
		if len(rg.Groups) == 0 {
			continue // Davis has no groups
		}
		t.Run(rg.Name, func(t *testing.T) {
			want := loadGolden(t, rg.Name)
			g := rg.Undirected
			if want.N != g.N || len(want.Groupings) != len(rg.Groups) {
				t.Fatalf("golden n = %d with %d groupings, graph n = %d with %d", want.N, len(want.Groupings), g.N, len(rg.Groups))
			}
			names := make([]string, 0, len(rg.Groups))
			for name := range rg.Groups {
				names = append(names, name)
			}
			sort.Strings(names)
			for _, name := range names {
				grp := int32s(rg.Groups[name])
				w := want.Groupings[name]
				if !slices.Equal(grp, w.Labels) {
					t.Fatalf("%s: refgraph labels differ from the golden file's", name)
				}
				p, err := Participation(g, grp)
				if err != nil {
					t.Fatal(err)
				}
				refgraph.CompareFloats(t, name+" participation", p, floats(w.Participation))
				z, err := WithinModuleZ(g, grp)
				if err != nil {
					t.Fatal(err)
				}
				refgraph.CompareFloats(t, name+" within_module_z", z, floats(w.WithinModuleZ))
				nei, err := NodeEIIndex(g, grp)
				if err != nil {
					t.Fatal(err)
				}
				refgraph.CompareFloats(t, name+" node_ei", nei, floats(w.NodeEI))
				e, _ := EIIndex(g, grp)
				compareFloat(t, name+" ei_index", e, float64(w.EIIndex))
				a, _ := Assortativity(g, grp)
				compareFloat(t, name+" assortativity", a, float64(w.Assortativity))
				wa, _ := WeightedAssortativity(g, grp)
				compareFloat(t, name+" weighted_assortativity", wa, float64(w.WeightedAssortativity))

				stats, err := Groups(g, grp, maxLabel(grp), Options{Permutations: 99, Seed: 1})
				if err != nil {
					t.Fatal(err)
				}
				if len(stats) != len(w.Groups) {
					t.Fatalf("%s: %d groups, want %d", name, len(stats), len(w.Groups))
				}
				for c, s := range stats {
					ws := w.Groups[c]
					if s.Group != ws.Group || s.Size != ws.Size || s.InternalTies != ws.InternalTies || s.ExternalTies != ws.ExternalTies {
						t.Errorf("%s group %d: group/size/ties %d/%d/%d/%d, want %d/%d/%d/%d", name, c,
							s.Group, s.Size, s.InternalTies, s.ExternalTies, ws.Group, ws.Size, ws.InternalTies, ws.ExternalTies)
					}
					got := []float64{s.InternalWeight, s.ExternalWeight, s.EIIndex, s.EITies, s.EIExpected, s.Homophily, s.Conductance, s.Density}
					wnt := []float64{float64(ws.InternalWeight), float64(ws.ExternalWeight), float64(ws.EIIndex), float64(ws.EITies),
						float64(ws.EIExpected), float64(ws.Homophily), float64(ws.Conductance), float64(ws.Density)}
					refgraph.CompareFloats(t, name+" group I,E,ei,ei_ties,ei_expected,homophily,conductance,density", got, wnt)
					p, pa := s.EIPValue, s.PAdjusted
					switch {
					case s.Size < 2 && (!math.IsNaN(p) || !math.IsNaN(pa)):
						t.Errorf("%s group %d of %d member(s): p-value %g, adjusted %g, want NaN (never tested)", name, c, s.Size, p, pa)
					case s.Size >= 2 && !(p > 0 && p <= pa && pa <= 1):
						t.Errorf("%s group %d: p-value %g, adjusted %g, want 0 < p <= adjusted <= 1", name, c, p, pa)
					}
				}
			}
			if len(want.Compare) == 0 {
				t.Fatal("golden file has no partition comparisons")
			}
			for _, c := range want.Compare {
				nmi, err := NMI(c.LabelsA, c.LabelsB)
				if err != nil {
					t.Fatal(err)
				}
				compareFloat(t, c.A+" vs "+c.B+" NMI", nmi, float64(c.NMI))
				ari, err := ARI(c.LabelsA, c.LabelsB)
				if err != nil {
					t.Fatal(err)
				}
				compareFloat(t, c.A+" vs "+c.B+" ARI", ari, float64(c.ARI))
			}
		})
	}
}

func TestRole(t *testing.T) {
	tests := []struct {
		z, p float64
		want string
	}{
		{0, 0, "R1"}, {2.49, 0.05, "R1"}, {0, 0.0501, "R2"}, {-1, 0.62, "R2"},
		{0, 0.63, "R3"}, {1, 0.80, "R3"}, {0, 0.81, "R4"}, {2.4999, 0.95, "R4"},
		{2.5, 0, "R5"}, {9, 0.30, "R5"}, {2.5, 0.31, "R6"}, {3, 0.75, "R6"},
		{2.5, 0.76, "R7"}, {math.NaN(), 0.5, ""}, {1, math.NaN(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := Role(tt.z, tt.p); got != tt.want {
				t.Errorf("Role(%g, %g) = %q, want %q", tt.z, tt.p, got, tt.want)
			}
		})
	}
	names := map[string]string{"R1": "ultra-peripheral", "R2": "peripheral", "R3": "non-hub connector",
		"R4": "non-hub kinless", "R5": "provincial hub", "R6": "connector hub", "R7": "kinless hub", "R8": ""}
	for code, want := range names {
		if got := RoleName(code); got != want {
			t.Errorf("RoleName(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestWorked checks values worked by hand on a 5-node graph:
// groups {0,1,2} (label 7) and {3,4} (label -2); ties 0-1 w2, 1-2 w1,
// 0-2 w1, 2-3 w2, 3-4 w4, and node 5 isolated in group 7.
func TestWorked(t *testing.T) {
	g := graph.NewCSR(6, []graph.Arc{
		{U: 0, V: 1, W: 2}, {U: 1, V: 2, W: 1}, {U: 0, V: 2, W: 1}, {U: 2, V: 3, W: 2}, {U: 3, V: 4, W: 4},
	}, true)
	grp := []int32{7, 7, 7, -2, -2, 7}
	// node 2: k=4, k_own=2, k_other=2 -> P = 1 - (1/4 + 1/4) = 0.5;
	// node 3: k=6, own 4, other 2 -> P = 1 - (16+4)/36 = 4/9.
	p, _ := Participation(g, grp)
	refgraph.CompareFloats(t, "participation", p, []float64{0, 0, 0.5, 4.0 / 9, 0, 0})
	// own degrees: group 7: 3, 3, 2, 0 -> mean 2, pop sd sqrt((1+1+0+4)/4)
	// = sqrt(1.5); group -2: 4, 4 -> sd 0 -> z 0.
	sd := math.Sqrt(1.5)
	z, _ := WithinModuleZ(g, grp)
	refgraph.CompareFloats(t, "z", z, []float64{1 / sd, 1 / sd, 0, 0, 0, -2 / sd})
	// network: I = 2+1+1+4 = 8, E = 2 -> (2-8)/10.
	e, _ := EIIndex(g, grp)
	compareFloat(t, "ei", e, -0.6)
	ne, _ := NodeEIIndex(g, grp)
	refgraph.CompareFloats(t, "node ei", ne, []float64{-1, -1, 0, (2 - 4) / 6.0, -1, math.NaN()})
	// unweighted mixing: 5 ties, 10 ends; diag ends 2*(3+1) = 8;
	// a(7) = 7/10 (ends at 0,1,2), a(-2) = 3/10; s = 0.58; r = (0.8-0.58)/0.42.
	a, _ := Assortativity(g, grp)
	compareFloat(t, "assortativity", a, (0.8-0.58)/0.42)
	// weighted: total 20; diag 16/20; a = 10/20 and 10/20; s = 0.5; r = 0.6.
	wa, _ := WeightedAssortativity(g, grp)
	compareFloat(t, "weighted assortativity", wa, 0.6)

	stats, err := Groups(g, []int32{1, 1, 1, 0, 0, 1}, 3, Options{Permutations: -1})
	if err != nil {
		t.Fatal(err)
	}
	nan := math.NaN()
	want := []GroupStats{
		// group 0 {3,4}: I=4, E=2; vol 10, rest vol 10; expected E-I with
		// n=6, n_g=2: (4 - 1/2)/(4 + 1/2) = 7/9; p = 4/6, q = (1-7/9)/2 =
		// 1/9, H = (2/3 - 1/9)/(8/9) = 5/8.
		{Group: 0, Size: 2, InternalWeight: 4, ExternalWeight: 2, InternalTies: 1, ExternalTies: 1,
			EIIndex: -2.0 / 6, EITies: 0, EIExpected: 7.0 / 9, Homophily: 5.0 / 8, EIPValue: nan, PAdjusted: nan,
			Conductance: 0.2, Density: 1},
		// group 1 {0,1,2,5}: I=4, E=2; 3 of 6 possible ties; expected
		// (2 - 3/2)/(2 + 3/2) = 1/7; q = 3/7, H = (2/3 - 3/7)/(4/7) = 5/12.
		{Group: 1, Size: 4, InternalWeight: 4, ExternalWeight: 2, InternalTies: 3, ExternalTies: 1,
			EIIndex: -2.0 / 6, EITies: -0.5, EIExpected: 1.0 / 7, Homophily: 5.0 / 12, EIPValue: nan, PAdjusted: nan,
			Conductance: 0.2, Density: 0.5},
		// group 2: empty.
		{Group: 2, Size: 0, EIIndex: nan, EITies: nan, EIExpected: nan, Homophily: nan, EIPValue: nan, PAdjusted: nan,
			Conductance: nan, Density: 0},
	}
	if len(stats) != len(want) {
		t.Fatalf("%d groups, want %d", len(stats), len(want))
	}
	for c := range want {
		compareStats(t, stats[c], want[c])
	}
}

func compareStats(t *testing.T, got, want GroupStats) {
	t.Helper()
	if got.Group != want.Group || got.Size != want.Size || got.InternalTies != want.InternalTies || got.ExternalTies != want.ExternalTies {
		t.Errorf("group %d: %+v, want %+v", want.Group, got, want)
		return
	}
	refgraph.CompareFloats(t, "group floats",
		[]float64{got.InternalWeight, got.ExternalWeight, got.EIIndex, got.EITies, got.EIExpected, got.Homophily, got.EIPValue,
			got.PAdjusted, got.Conductance, got.Density},
		[]float64{want.InternalWeight, want.ExternalWeight, want.EIIndex, want.EITies, want.EIExpected, want.Homophily, want.EIPValue,
			want.PAdjusted, want.Conductance, want.Density})
}

// TestCompareEdgeCases: values measured with python-igraph 0.10.2
// compare_communities on Debian /usr/bin/python3 while writing this package.
func TestCompareEdgeCases(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name     string
		a, b     []int32
		nmi, ari float64
	}{
		{"both one group", []int32{0, 0, 0}, []int32{0, 0, 0}, 1, nan},
		{"one group vs singletons", []int32{0, 0, 0}, []int32{0, 1, 2}, 0, 0},
		{"both singletons", []int32{0, 1, 2}, []int32{0, 1, 2}, 1, nan},
		{"renamed", []int32{0, 0, 1}, []int32{1, 1, 0}, 1, 1},
		{"arbitrary labels", []int32{-5, -5, 90}, []int32{3, 3, 2}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nmi, err := NMI(tt.a, tt.b)
			if err != nil {
				t.Fatal(err)
			}
			compareFloat(t, "NMI", nmi, tt.nmi)
			ari, err := ARI(tt.a, tt.b)
			if err != nil {
				t.Fatal(err)
			}
			compareFloat(t, "ARI", ari, tt.ari)
		})
	}
	if _, err := ARI([]int32{0}, []int32{0}); err == nil {
		t.Error("ARI of one node: no error (igraph: not defined for one vertex)")
	}
	if nmi, err := NMI([]int32{0}, []int32{0}); err != nil || nmi != 1 {
		t.Errorf("NMI of one node = %g, %v; igraph gives 1", nmi, err)
	}
	if _, err := NMI([]int32{0, 1}, []int32{0}); err == nil {
		t.Error("NMI of different lengths: no error")
	}
}

func TestBadInput(t *testing.T) {
	g := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 1}}, true)
	short := []int32{0, 1}
	if _, err := Participation(g, short); err == nil {
		t.Error("Participation: no error")
	}
	if _, err := WithinModuleZ(g, short); err == nil {
		t.Error("WithinModuleZ: no error")
	}
	if _, err := EIIndex(g, short); err == nil {
		t.Error("EIIndex: no error")
	}
	if _, err := NodeEIIndex(g, short); err == nil {
		t.Error("NodeEIIndex: no error")
	}
	if _, err := Assortativity(g, short); err == nil {
		t.Error("Assortativity: no error")
	}
	if _, err := WeightedAssortativity(g, short); err == nil {
		t.Error("WeightedAssortativity: no error")
	}
	for _, tt := range []struct {
		grp []int32
		k   int
	}{{short, 2}, {[]int32{0, 1, 2}, 2}, {[]int32{0, -1, 1}, 2}, {[]int32{0, 0, 0}, -1}} {
		if _, err := Groups(g, tt.grp, tt.k, Options{}); err == nil {
			t.Errorf("Groups(%v, k=%d): no error", tt.grp, tt.k)
		}
	}
	// Empty graph and no ties: NaN where documented, no panic.
	empty := graph.NewCSR(0, nil, true)
	if s, err := Groups(empty, nil, 0, Options{}); err != nil || len(s) != 0 {
		t.Errorf("empty graph: %v, %v", s, err)
	}
	none := graph.NewCSR(2, nil, true)
	if e, _ := EIIndex(none, []int32{0, 1}); !math.IsNaN(e) {
		t.Errorf("EI without ties = %g, want NaN", e)
	}
	if a, _ := Assortativity(none, []int32{0, 1}); !math.IsNaN(a) {
		t.Errorf("assortativity without ties = %g, want NaN", a)
	}
	one := graph.NewCSR(3, []graph.Arc{{U: 0, V: 1, W: 1}}, true)
	if a, _ := Assortativity(one, []int32{4, 4, 5}); !math.IsNaN(a) {
		t.Errorf("assortativity with all ties in one group = %g, want NaN", a)
	}
	if p := mustStats(t, none, []int32{0, 0}, 1)[0].EIPValue; !math.IsNaN(p) {
		t.Errorf("p-value of a group without ties = %g, want NaN", p)
	}
}

func mustStats(t *testing.T, g *graph.CSR, grp []int32, k int) []GroupStats {
	t.Helper()
	s, err := Groups(g, grp, k, Options{Permutations: 20})
	if err != nil {
		t.Fatal(err)
	}
	return s
}
