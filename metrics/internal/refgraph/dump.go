package refgraph

import (
	"encoding/binary"
	"math"
	"os"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// Dump reads an undirected network dumped by a profiling run, for the
// benchmarks that time a real-sized person network: uint64 N, uint64
// len(adj), N+1 uint64 row starts, len(adj) uint32 neighbours and
// len(adj) float64 weights, little-endian. The dumps are not committed
// (tens of MB); the benchmarks that use them are skipped without one.
func Dump(tb testing.TB, name string) *graph.CSR {
	raw, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	u64 := func(i int) uint64 { return binary.LittleEndian.Uint64(raw[8*i:]) }
	if len(raw) < 16 {
		tb.Fatalf("%s: %d bytes, too short for a dump", name, len(raw))
	}
	n, m := int(u64(0)), int(u64(1))
	if len(raw) != 8*(2+n+1)+12*m {
		tb.Fatalf("%s: %d bytes, want %d for %d nodes and %d arcs", name, len(raw), 8*(2+n+1)+12*m, n, m)
	}
	g := &graph.CSR{N: n, Start: make([]int64, n+1), Adj: make([]int32, m), W: make([]float64, m)}
	for i := range g.Start {
		g.Start[i] = int64(u64(2 + i))
	}
	adjAt, wAt := 8*(2+n+1), 8*(2+n+1)+4*m
	for k := range m {
		g.Adj[k] = int32(binary.LittleEndian.Uint32(raw[adjAt+4*k:]))
		g.W[k] = math.Float64frombits(binary.LittleEndian.Uint64(raw[wAt+8*k:]))
	}
	return g
}
