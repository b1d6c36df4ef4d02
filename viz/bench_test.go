package viz

import (
	"testing"

	"github.com/sekat-ona/sekat/metrics"
)

// benchRenderMap times UnitMapDOT + Render to SVG of a clustered random
// network of n units (metrics computed once, outside the timer) and
// reports unit/s. Above 600 units the map draws the 600 with the largest
// betweenness (the default MaxNodes), as sekat does.
//
// BenchmarkRenderMap_500 measures issue 4's budget (a 500-unit map, DOT
// and SVG, in under 2 s). It is a benchmark, not a test: on a loaded
// machine a wall-clock assertion fails go test for no fault of the code.
func benchRenderMap(b *testing.B, n int) {
	r, err := metrics.Analyze(clustered(n, 1), metrics.Options{Seed: 1, Permutations: 10, StabilityRuns: -1})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := Render([]byte("graph g { a -- b }"), FormatSVG, ""); err != nil { // warm up the WebAssembly module
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dot, err := UnitMapDOT(r, MapOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Render(dot, FormatSVG, ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "unit/s")
}

func BenchmarkRenderMap_50(b *testing.B)   { benchRenderMap(b, 50) }
func BenchmarkRenderMap_500(b *testing.B)  { benchRenderMap(b, 500) }
func BenchmarkRenderMap_5000(b *testing.B) { benchRenderMap(b, 5000) }
