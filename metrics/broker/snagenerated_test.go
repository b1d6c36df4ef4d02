package broker

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// TestGeneratedPersonNetworkAgainstR compares the Gould-Fernandez counts,
// their expected values, standard deviations and z, and Burt's constraint,
// effective size and hierarchy with R on a person network of a generated
// study (testdata/datasets/generated-person: sekat generate --seed 966
// --scale 0.04, analyze --level person, people renumbered): 281 nodes
// (people and the offices letters were addressed to), 5,965 arcs, weights
// of letters and meeting shares. The reference,
// testdata/golden/broker/sna_generated_person.csv, is R 4.2.2 with sna
// 2.7.1 (brokerage) and igraph 1.3.5 (constraint), and Burt's formulas
// written out in R for effective size and hierarchy
// (testdata/reference/generated_sna.R). The graphs of the other reference
// tests are unweighted or small; this one is what facilitators and
// analyze --level person compute on.
func TestGeneratedPersonNetworkAgainstR(t *testing.T) {
	dir := filepath.Join(refgraph.Dir(t), "generated-person")
	read := func(path string) [][]string {
		t.Helper()
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		r := csv.NewReader(f)
		r.Comment = '#'
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return recs[1:]
	}
	nodes := read(filepath.Join(dir, "nodes.csv"))
	idx := map[string]int32{}
	var sectors []string
	for i, r := range nodes {
		idx[r[0]] = int32(i)
		sectors = append(sectors, r[1])
	}
	// groups numbered as R's match(sector, sort(unique(sector)))
	names := slices.Clone(sectors)
	slices.Sort(names)
	names = slices.Compact(names)
	group := make([]int32, len(nodes))
	for i, s := range sectors {
		k, _ := slices.BinarySearch(names, s)
		group[i] = int32(k)
	}
	var arcs []graph.Arc
	for _, r := range read(filepath.Join(dir, "edges.csv")) {
		w, err := strconv.ParseFloat(r[2], 64)
		if err != nil {
			t.Fatal(err)
		}
		if w > 0 {
			arcs = append(arcs, graph.Arc{U: idx[r[0]], V: idx[r[1]], W: w})
		}
	}
	n := len(nodes)
	d, u := graph.NewCSR(n, arcs, false), graph.NewCSR(n, arcs, true)
	counts, err := Brokerage(d, group)
	if err != nil {
		t.Fatal(err)
	}
	exp, err := BrokerageExpected(d, group, counts)
	if err != nil {
		t.Fatal(err)
	}
	holes := StructuralHoles(u)

	golden := filepath.Join(filepath.Dir(refgraph.Dir(t)), "golden", "broker", "sna_generated_person.csv")
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (regenerate with Rscript testdata/reference/generated_sna.R)", err)
	}
	if !strings.HasPrefix(string(b), "# R 4.2.2, sna 2.7.1, igraph 1.3.5") {
		t.Fatalf("%s names no source", golden)
	}
	rows := read(golden)
	if len(rows) != n {
		t.Fatalf("%d rows in R's table, %d nodes", len(rows), n)
	}
	f, _ := os.Open(golden)
	cr := csv.NewReader(f)
	cr.Comment = '#'
	head, err := cr.Read()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	near := func(what string, i int, got float64, want string) {
		t.Helper()
		if want == "" {
			if !math.IsNaN(got) && !math.IsInf(got, 0) {
				t.Errorf("%s of %s: %v, R: undefined", what, nodes[i][0], got)
			}
			return
		}
		w, err := strconv.ParseFloat(want, 64)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-w) > 1e-9*math.Max(1, math.Abs(w)) {
			t.Errorf("%s of %s: %v, R %v", what, nodes[i][0], got, w)
		}
	}
	roles := append(RoleNames[:], "total")
	for i, r := range rows {
		if r[0] != nodes[i][0] {
			t.Fatalf("row %d of R's table is %s, node %s", i+1, r[0], nodes[i][0])
		}
		c := counts.Role(i)
		for k := 0; k < Roles; k++ {
			if want := r[col[RoleNames[k]]]; strconv.FormatInt(c[k], 10) != want {
				t.Errorf("%s of %s: %d, sna %s", RoleNames[k], r[0], c[k], want)
			}
		}
		for k, role := range roles {
			near("exp_"+role, i, exp.Exp[i][k], r[col["exp_"+role]])
			near("sd_"+role, i, exp.SD[i][k], r[col["sd_"+role]])
			near("z_"+role, i, exp.Z[i][k], r[col["z_"+role]])
		}
		near("constraint (igraph)", i, holes.Constraint[i], r[col["constraint_igraph"]])
		near("effective_size", i, holes.EffectiveSize[i], r[col["effective_size"]])
		near("hierarchy", i, holes.Hierarchy[i], r[col["hierarchy"]])
	}
}
