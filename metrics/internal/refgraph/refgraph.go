// Package refgraph loads the classic data sets in testdata/datasets into
// graph.CSR form for the reference tests of sekat's metrics packages.
package refgraph

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// Graph is a classic data set loaded for reference tests. Node i is the
// i-th id of the data set in ascending order; Labels holds the original ids.
// Undirected follows the contract: w{u,v} = w(u->v) + w(v->u).
type Graph struct {
	Name       string
	Labels     []string
	Directed   *graph.CSR // nil where the data set has no direction (Davis)
	Undirected *graph.CSR
	Groups     map[string][]int // attribute name -> group index per node
}

// Dir returns testdata/datasets of the module, found by walking up from the
// working directory (a test's package folder) to go.mod.
func Dir(t testing.TB) string {
	t.Helper()
	d, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "testdata", "datasets")
		}
		p := filepath.Dir(d)
		if p == d {
			t.Fatal("refgraph: go.mod not found above the working directory")
		}
		d = p
	}
}

func readCSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(Dir(t), path))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs[1:]
}

func atoi(t testing.TB, s string) int {
	t.Helper()
	v, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// groupIndex turns attribute values into dense group ids in sorted order.
func groupIndex(vals []string) []int {
	uniq := append([]string(nil), vals...)
	sort.Strings(uniq)
	id := map[string]int{}
	for _, v := range uniq {
		if _, ok := id[v]; !ok {
			id[v] = len(id)
		}
	}
	out := make([]int, len(vals))
	for i, v := range vals {
		out[i] = id[v]
	}
	return out
}

func fromArcs(name string, n int, arcs []graph.Arc, directed bool) *Graph {
	g := &Graph{Name: name, Labels: make([]string, n), Groups: map[string][]int{}}
	if directed {
		g.Directed = graph.NewCSR(n, arcs, false)
	}
	g.Undirected = graph.NewCSR(n, arcs, true)
	return g
}

// Karate loads Zachary (1977), 34 members, 78 weighted undirected ties; groups
// "club" = the post-split club as NetworkX records it.
func Karate(t testing.TB) *Graph {
	return numbered(t, "karate", 34, false, "zachary-karate/karate_edges_weighted.csv", 2,
		"zachary-karate/karate_nodes.csv", map[string]int{"club": 1})
}

// Krackhardt loads Krackhardt (1987) high-tech managers, advice relation
// (directed, weight 1 per arc); groups "dept" (0 = the CEO alone).
func Krackhardt(t testing.TB) *Graph {
	return numbered(t, "krackhardt", 21, true, "krackhardt-hightech/krack_advice_edges.csv", -1,
		"krackhardt-hightech/krack_nodes.csv", map[string]int{"dept": 4})
}

// Lazega loads Lazega (2001) law firm, directed co-work relation (1,104 arcs,
// weight 1); groups "office" and "practice".
func Lazega(t testing.TB) *Graph {
	return numbered(t, "lazega", 71, true, "lazega-lawyers/lazega_cowork_directed_edges.csv", -1,
		"lazega-lawyers/lazega_nodes.csv", map[string]int{"office": 3, "practice": 6})
}

// LazegaAdvice loads Lazega (2001) law firm, directed advice relation
// (892 arcs, weight 1); groups "office" and "practice".
func LazegaAdvice(t testing.TB) *Graph {
	return numbered(t, "lazega_advice", 71, true, "lazega-lawyers/lazega_advice_edges.csv", -1,
		"lazega-lawyers/lazega_nodes.csv", map[string]int{"office": 3, "practice": 6})
}

// numbered loads a data set whose n nodes are numbered 1..n: arcs from the
// first two columns of edges (weight from column wcol, or 1 when wcol < 0),
// labels from the first column of nodes and each group from its column.
func numbered(t testing.TB, name string, n int, directed bool, edges string, wcol int, nodes string, groups map[string]int) *Graph {
	var arcs []graph.Arc
	for _, r := range readCSV(t, edges) {
		w := 1.0
		if wcol >= 0 {
			w, _ = strconv.ParseFloat(r[wcol], 64)
		}
		arcs = append(arcs, graph.Arc{U: int32(atoi(t, r[0]) - 1), V: int32(atoi(t, r[1]) - 1), W: w})
	}
	g := fromArcs(name, n, arcs, directed)
	vals := map[string][]string{}
	for i, r := range readCSV(t, nodes) {
		g.Labels[i] = r[0]
		for group, col := range groups {
			vals[group] = append(vals[group], r[col])
		}
	}
	for group, v := range vals {
		g.Groups[group] = groupIndex(v)
	}
	return g
}

// Davis loads Davis et al. (1941) Southern Women, the women-by-women projection
// with Newman's weighting: an event with k attendees adds 1/(k-1) to each
// pair of them. Nodes are the women in ascending name order.
func Davis(t testing.TB) *Graph {
	rows := readCSV(t, "davis-southern-women/davis_attendance_edges.csv")
	var women []string
	seen := map[string]bool{}
	events := map[string][]string{}
	var evNames []string
	for _, r := range rows {
		if !seen[r[0]] {
			seen[r[0]] = true
			women = append(women, r[0])
		}
		if _, ok := events[r[1]]; !ok {
			evNames = append(evNames, r[1])
		}
		events[r[1]] = append(events[r[1]], r[0])
	}
	sort.Strings(women)
	idx := map[string]int32{}
	for i, w := range women {
		idx[w] = int32(i)
	}
	var arcs []graph.Arc
	for _, e := range evNames {
		a := events[e]
		if len(a) < 2 {
			continue
		}
		w := 1 / float64(len(a)-1)
		for i := range a {
			for j := i + 1; j < len(a); j++ {
				arcs = append(arcs, graph.Arc{U: idx[a[i]], V: idx[a[j]], W: w})
			}
		}
	}
	g := fromArcs("davis", len(women), arcs, false)
	copy(g.Labels, women)
	return g
}

// Random loads sekat's seeded random weighted directed graph (see
// testdata/datasets/random-weighted/README.md); groups "sector".
func Random(t testing.TB) *Graph {
	var arcs []graph.Arc
	for _, r := range readCSV(t, "random-weighted/random_edges.csv") {
		w, _ := strconv.ParseFloat(r[2], 64)
		arcs = append(arcs, graph.Arc{U: int32(atoi(t, r[0])), V: int32(atoi(t, r[1])), W: w})
	}
	g := fromArcs("random", 300, arcs, true)
	var sec []string
	for i, r := range readCSV(t, "random-weighted/random_nodes.csv") {
		g.Labels[i] = r[0]
		sec = append(sec, r[1])
	}
	g.Groups["sector"] = groupIndex(sec)
	return g
}

// All loads every reference graph.
func All(t testing.TB) []*Graph {
	return []*Graph{Karate(t), Krackhardt(t), Lazega(t), Davis(t), Random(t)}
}

// RelClose reports whether got is within tol of want relative to |want|:
// |got-want| <= tol*|want|. Where want is exactly 0 there is nothing to be
// relative to, and the test is absolute instead: |got| <= tol. There is no
// other absolute floor: a reference value of 1e-9 is matched to 1e-15, so a
// PageRank score of 1/n is held to the same six digits as a betweenness of
// 0.4 (the contract: NetworkX to 1e-6, relative).
func RelClose(got, want, tol float64) bool {
	d := math.Abs(got - want)
	if want == 0 {
		return d <= tol
	}
	return d <= tol*math.Abs(want)
}

// SameFloat reports whether got equals want within tol (RelClose), or
// both are NaN (an undefined value on both sides).
func SameFloat(got, want, tol float64) bool {
	if math.IsNaN(got) || math.IsNaN(want) {
		return math.IsNaN(got) && math.IsNaN(want)
	}
	return RelClose(got, want, tol)
}

// CompareFloats fails t where got and want differ beyond 1e-6 relative
// (SameFloat; absolute only where want is 0),
// showing the first five differences and how many there are.
func CompareFloats(t testing.TB, what string, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d values, want %d", what, len(got), len(want))
	}
	bad := 0
	for i := range got {
		if !SameFloat(got[i], want[i], 1e-6) {
			if bad < 5 {
				t.Errorf("%s[%d] = %.12g, want %.12g", what, i, got[i], want[i])
			}
			bad++
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d of %d values differ", what, bad, len(got))
	}
}

// LoadGolden decodes testdata/golden/<kind>/<name>.json into v. A missing
// or unreadable file fails the test with regen, the command that writes it.
func LoadGolden(t testing.TB, kind, name, regen string, v any) {
	t.Helper()
	p := filepath.Join(filepath.Dir(Dir(t)), "golden", kind, name+".json")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (regenerate with %s)", err, regen)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
}
