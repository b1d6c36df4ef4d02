package metrics

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// refGraph is a classic data set loaded for reference tests. Node i is the
// i-th id of the data set in ascending order; Labels holds the original ids.
// Undirected follows the contract: w{u,v} = w(u->v) + w(v->u).
type refGraph struct {
	Name       string
	Labels     []string
	Directed   *graph.CSR // nil where the data set has no direction (Davis)
	Undirected *graph.CSR
	Groups     map[string][]int // attribute name -> group index per node
}

const datasets = "../testdata/datasets"

func readCSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(datasets, path))
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

func fromArcs(name string, n int, arcs []graph.Arc, directed bool) *refGraph {
	g := &refGraph{Name: name, Labels: make([]string, n), Groups: map[string][]int{}}
	if directed {
		g.Directed = graph.NewCSR(n, arcs, false)
	}
	g.Undirected = graph.NewCSR(n, arcs, true)
	return g
}

// karate: Zachary (1977), 34 members, 78 weighted undirected ties; groups
// "club" = the post-split club as NetworkX records it.
func loadKarate(t testing.TB) *refGraph {
	var arcs []graph.Arc
	for _, r := range readCSV(t, "zachary-karate/karate_edges_weighted.csv") {
		w, _ := strconv.ParseFloat(r[2], 64)
		arcs = append(arcs, graph.Arc{U: int32(atoi(t, r[0]) - 1), V: int32(atoi(t, r[1]) - 1), W: w})
	}
	g := fromArcs("karate", 34, arcs, false)
	var club []string
	for i, r := range readCSV(t, "zachary-karate/karate_nodes.csv") {
		g.Labels[i] = r[0]
		club = append(club, r[1])
	}
	g.Groups["club"] = groupIndex(club)
	return g
}

// krackhardt: Krackhardt (1987) high-tech managers, advice relation
// (directed, weight 1 per arc); groups "dept" (0 = the CEO alone).
func loadKrackhardt(t testing.TB) *refGraph {
	var arcs []graph.Arc
	for _, r := range readCSV(t, "krackhardt-hightech/krack_advice_edges.csv") {
		arcs = append(arcs, graph.Arc{U: int32(atoi(t, r[0]) - 1), V: int32(atoi(t, r[1]) - 1), W: 1})
	}
	g := fromArcs("krackhardt", 21, arcs, true)
	var dept []string
	for i, r := range readCSV(t, "krackhardt-hightech/krack_nodes.csv") {
		g.Labels[i] = r[0]
		dept = append(dept, r[4])
	}
	g.Groups["dept"] = groupIndex(dept)
	return g
}

// lazega: Lazega (2001) law firm, directed co-work relation (1,104 arcs,
// weight 1); groups "office" and "practice".
func loadLazega(t testing.TB) *refGraph {
	var arcs []graph.Arc
	for _, r := range readCSV(t, "lazega-lawyers/lazega_cowork_directed_edges.csv") {
		arcs = append(arcs, graph.Arc{U: int32(atoi(t, r[0]) - 1), V: int32(atoi(t, r[1]) - 1), W: 1})
	}
	g := fromArcs("lazega", 71, arcs, true)
	var office, practice []string
	for i, r := range readCSV(t, "lazega-lawyers/lazega_nodes.csv") {
		g.Labels[i] = r[0]
		office = append(office, r[3])
		practice = append(practice, r[6])
	}
	g.Groups["office"] = groupIndex(office)
	g.Groups["practice"] = groupIndex(practice)
	return g
}

// davis: Davis et al. (1941) Southern Women, the women-by-women projection
// with Newman's weighting: an event with k attendees adds 1/(k-1) to each
// pair of them. Nodes are the women in ascending name order.
func loadDavis(t testing.TB) *refGraph {
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

// random: sekat's seeded random weighted directed graph (see
// testdata/datasets/random-weighted/README.md); groups "sector".
func loadRandom(t testing.TB) *refGraph {
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

// allRefGraphs loads every reference graph.
func allRefGraphs(t testing.TB) []*refGraph {
	return []*refGraph{loadKarate(t), loadKrackhardt(t), loadLazega(t), loadDavis(t), loadRandom(t)}
}

// relClose reports whether got is within tol of want, relative to |want|
// (absolute near zero).
func relClose(got, want, tol float64) bool {
	d := math.Abs(got - want)
	return d <= tol*math.Max(1, math.Abs(want)) || d <= tol*math.Abs(want)
}

func TestRefGraphsLoad(t *testing.T) {
	for _, g := range allRefGraphs(t) {
		t.Run(g.Name, func(t *testing.T) {
			if g.Undirected.N != len(g.Labels) {
				t.Fatalf("n = %d, labels %d", g.Undirected.N, len(g.Labels))
			}
		})
	}
	if got, want := loadKarate(t).Undirected.Edges()/2, 78; got != want {
		t.Errorf("karate edges = %d, want %d", got, want)
	}
}
