package broker

import (
	"math/rand/v2"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics/internal/refgraph"
)

// sparseDirected returns a seeded random directed graph with n nodes and
// about m arcs, and n/400 groups (at least 2), node i in group i % groups.
func sparseDirected(n, m int) (*graph.CSR, []int32) {
	r := rand.New(rand.NewPCG(uint64(n), uint64(m)))
	arcs := make([]graph.Arc, 0, m)
	for len(arcs) < m {
		u, v := r.IntN(n), r.IntN(n)
		if u != v {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
		}
	}
	groups := max(2, n/400)
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(i % groups)
	}
	return graph.NewCSR(n, arcs, false), grp
}

// hubDirected returns a seeded random directed graph with n nodes and
// about m arcs whose ends are drawn from a heavy-tailed (Zipf, s = 1.1)
// distribution over the nodes, so that a few nodes are hubs with
// thousands of contacts (a secretariat that writes to everyone), plus one
// letter from node 0 to 5,000 others; n/400 groups as in sparseDirected.
func hubDirected(n, m int) (*graph.CSR, []int32) {
	r := rand.New(rand.NewPCG(uint64(n), uint64(m)+1))
	z := rand.NewZipf(r, 1.1, 1, uint64(n-1))
	perm := r.Perm(n) // hubs spread over the ids
	arcs := make([]graph.Arc, 0, m+5000)
	for len(arcs) < m {
		u, v := perm[z.Uint64()], perm[r.IntN(n)]
		if r.IntN(2) == 0 {
			u, v = v, u
		}
		if u != v {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 0.5 + 3*r.Float64()})
		}
	}
	for v := 1; v <= 5000 && v < n; v++ {
		arcs = append(arcs, graph.Arc{U: 0, V: int32(v), W: 1})
	}
	groups := max(2, n/400)
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(i % groups)
	}
	return graph.NewCSR(n, arcs, false), grp
}

// undirectedOf is the undirected graph of d (w{u,v} = w(u->v) + w(v->u)).
func undirectedOf(d *graph.CSR) *graph.CSR {
	arcs := make([]graph.Arc, 0, d.Edges())
	for u := 0; u < d.N; u++ {
		adj, w := d.Neighbors(u)
		for k, v := range adj {
			arcs = append(arcs, graph.Arc{U: int32(u), V: v, W: w[k]})
		}
	}
	return graph.NewCSR(d.N, arcs, true)
}

// BenchmarkBrokerage_hubs200kEdges: 20,000 nodes, about 205,000 arcs with
// heavy-tailed degrees (hubDirected).
func BenchmarkBrokerage_hubs200kEdges(b *testing.B) {
	d, grp := hubDirected(20000, 200000)
	benchBrokerage(b, d, grp)
}

// BenchmarkStructuralHoles_hubs200kEdges: the triangle pass of
// StructuralHoles (the three measures) on the undirected version of the
// same graph. (Its measured old/new comparison in the README ran
// Constraint, EffectiveSize and Hierarchy one after the other, each then a
// full triangle pass.)
func BenchmarkStructuralHoles_hubs200kEdges(b *testing.B) {
	d, _ := hubDirected(20000, 200000)
	g := undirectedOf(d)
	b.ResetTimer()
	cpu := cpuTime(b)
	for i := 0; i < b.N; i++ {
		triangleHoles(g)
	}
	b.ReportMetric((cpuTime(b)-cpu).Seconds()/float64(b.N), "cpu-sec/op")
	reportEdges(b, g)
}

// cpuTime is the processor time (user and system) this process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchBrokerage runs Brokerage on d b.N times and reports, beside the
// wall time, the processor seconds per call over all cores (cpu-sec/op),
// so that a parallel version shows what its speed costs.
func benchBrokerage(b *testing.B, d *graph.CSR, grp []int32) {
	b.ResetTimer()
	cpu := cpuTime(b)
	for i := 0; i < b.N; i++ {
		if _, err := Brokerage(d, grp); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuTime(b)-cpu).Seconds()/float64(b.N), "cpu-sec/op")
	reportEdges(b, d)
}

func reportEdges(b *testing.B, g *graph.CSR) {
	b.ReportMetric(float64(g.Edges())*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkBrokerage_100kEdges: 20,000 units, 100,000 directed arcs.
func BenchmarkBrokerage_100kEdges(b *testing.B) {
	d, grp := sparseDirected(20000, 100000)
	benchBrokerage(b, d, grp)
}

// BenchmarkStructuralHoles_100kEdges: Constraint, EffectiveSize and Hierarchy
// on the undirected version of the same graph (about 200,000 stored arcs).
func BenchmarkStructuralHoles_100kEdges(b *testing.B) {
	d, _ := sparseDirected(20000, 100000)
	arcs := make([]graph.Arc, 0, d.Edges())
	for u := 0; u < d.N; u++ {
		adj, w := d.Neighbors(u)
		for k, v := range adj {
			arcs = append(arcs, graph.Arc{U: int32(u), V: v, W: w[k]})
		}
	}
	g := graph.NewCSR(d.N, arcs, true)
	b.ResetTimer()
	cpu := cpuTime(b)
	for i := 0; i < b.N; i++ {
		Constraint(g)
		EffectiveSize(g)
		Hierarchy(g)
	}
	b.ReportMetric((cpuTime(b)-cpu).Seconds()/float64(b.N), "cpu-sec/op")
	reportEdges(b, g)
}

// BenchmarkCuts_1MNodes: ArticulationPoints and Bridges on a random graph of
// a million nodes and about 1.5 million ties.
func BenchmarkCuts_1MNodes(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 1_000_000
	arcs := make([]graph.Arc, 0, 3*n/2)
	for len(arcs) < 3*n/2 {
		u, v := r.IntN(n), r.IntN(n)
		if u != v {
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: 1})
		}
	}
	g := graph.NewCSR(n, arcs, true)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ArticulationPoints(g)
		Bridges(g)
	}
	reportEdges(b, g)
}

// clusteredDirected returns a seeded random directed graph shaped like a
// province's person network: n people in n/250 units, each with about
// deg/2 arcs drawn inside its own unit and one in twenty to anyone, so
// triangles are many and the arcs (deg*n of them, about 7 million at
// n = 200,000, deg = 36) do not fit in a processor's cache.
func clusteredDirected(n, deg int) (*graph.CSR, []int32) {
	r := rand.New(rand.NewPCG(uint64(n), uint64(deg)))
	const unit = 250
	arcs := make([]graph.Arc, 0, n*deg/2)
	grp := make([]int32, n)
	for u := 0; u < n; u++ {
		g := u / unit
		grp[u] = int32(g)
		lo, hi := g*unit, min(n, (g+1)*unit)
		for range deg / 2 {
			v := lo + r.IntN(hi-lo)
			if r.IntN(20) == 0 {
				v = r.IntN(n)
			}
			if v != u {
				arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: float64(1 + r.IntN(5))})
			}
		}
	}
	return graph.NewCSR(n, arcs, false), grp
}

// BenchmarkStructuralHoles_clustered7MArcs: StructuralHoles on a
// clustered network too large for the cache (200,000 nodes, about 6.5
// million stored arcs, 4.2 million triangles), where the triangle pass's
// cost is the memory it touches per triangle.
func BenchmarkStructuralHoles_clustered7MArcs(b *testing.B) {
	d, _ := clusteredDirected(200_000, 36)
	g := undirectedOf(d)
	b.ResetTimer()
	cpu := cpuTime(b)
	for i := 0; i < b.N; i++ {
		StructuralHoles(g)
	}
	b.ReportMetric((cpuTime(b)-cpu).Seconds()/float64(b.N), "cpu-sec/op")
	reportEdges(b, g)
}

// BenchmarkBrokerage_clustered7MArcs: Brokerage on the directed network of
// BenchmarkStructuralHoles_clustered7MArcs.
func BenchmarkBrokerage_clustered7MArcs(b *testing.B) {
	d, grp := clusteredDirected(200_000, 36)
	benchBrokerage(b, d, grp)
}

// BenchmarkStructuralHoles_denseUnits: StructuralHoles on a network of
// dense units, like a province's person network (100,000 nodes in units of
// 250 with about 60 arcs drawn each: about 9.6 million stored arcs, 18
// reads of the node-by-node way per triangle), where it goes node by node.
func BenchmarkStructuralHoles_denseUnits(b *testing.B) {
	d, _ := clusteredDirected(100_000, 120)
	g := undirectedOf(d)
	b.ResetTimer()
	cpu := cpuTime(b)
	for i := 0; i < b.N; i++ {
		StructuralHoles(g)
	}
	b.ReportMetric((cpuTime(b)-cpu).Seconds()/float64(b.N), "cpu-sec/op")
	reportEdges(b, g)
}

// BenchmarkBrokerage_dump: Brokerage on a dumped undirected network, read
// from the file named by SEKAT_BROKER_DUMP (skipped when unset; see
// loadDump for the format and how arcs and groups are made).
func BenchmarkBrokerage_dump(b *testing.B) {
	name := os.Getenv("SEKAT_BROKER_DUMP")
	if name == "" {
		b.Skip("SEKAT_BROKER_DUMP not set")
	}
	d, grp := loadDump(b, name)
	benchBrokerage(b, d, grp)
}

// loadDump reads a dumped undirected network: uint64 N, uint64 len(adj),
// N+1 uint64 row starts, len(adj) uint32 neighbours and len(adj) float64
// weights, little-endian. Each edge {u, v}, u < v, is made an arc u->v,
// v->u or both by (u*2654435761 + v) mod 3, and nodes are grouped in
// blocks of 250 consecutive ids (a unit, when the dump keeps each unit's
// people together).
func loadDump(tb testing.TB, name string) (*graph.CSR, []int32) {
	u := refgraph.Dump(tb, name)
	n := u.N
	arcs := make([]graph.Arc, 0, len(u.Adj))
	for x := 0; x < n; x++ {
		for _, y := range u.Adj[u.Start[x]:u.Start[x+1]] {
			v := int(y)
			if x >= v {
				continue
			}
			switch (uint64(x)*2654435761 + uint64(v)) % 3 {
			case 0:
				arcs = append(arcs, graph.Arc{U: int32(x), V: int32(v), W: 1})
			case 1:
				arcs = append(arcs, graph.Arc{U: int32(v), V: int32(x), W: 1})
			default:
				arcs = append(arcs, graph.Arc{U: int32(x), V: int32(v), W: 1}, graph.Arc{U: int32(v), V: int32(x), W: 1})
			}
		}
	}
	d := graph.NewCSR(n, arcs, false)
	grp := make([]int32, n)
	for i := range grp {
		grp[i] = int32(i / 250)
	}
	return d, grp
}

// BenchmarkStructuralHoles_denseUnits20k: BenchmarkStructuralHoles_denseUnits
// on 20,000 nodes (about 1.9 million stored arcs), node by node, short
// enough to compare two versions in one sitting.
func BenchmarkStructuralHoles_denseUnits20k(b *testing.B) {
	d, _ := clusteredDirected(20_000, 120)
	g := undirectedOf(d)
	b.ResetTimer()
	cpu := cpuTime(b)
	for i := 0; i < b.N; i++ {
		StructuralHoles(g)
	}
	b.ReportMetric((cpuTime(b)-cpu).Seconds()/float64(b.N), "cpu-sec/op")
	reportEdges(b, g)
}
