package viz

import (
	"testing"
	"time"

	"github.com/sekat-ona/sekat/metrics"
)

// benchRenderMap times UnitMapDOT + Render to SVG of a clustered random
// network of n units (metrics computed once, outside the timer) and
// reports unit/s. Above 600 units the map draws the 600 with the largest
// betweenness (the default MaxNodes), as sekat does.
func benchRenderMap(b *testing.B, n int) {
	r, err := metrics.Analyze(clustered(n, 1), metrics.Options{Seed: 1, Permutations: 10, StabilityRuns: -1})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := Render([]byte("graph g { a -- b }"), FormatSVG, ""); err != nil { // warm up the WebAssembly module
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		dot, err := UnitMapDOT(r, MapOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Render(dot, FormatSVG, ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/time.Since(start).Seconds(), "unit/s")
}

func BenchmarkRenderMap_50(b *testing.B)   { benchRenderMap(b, 50) }
func BenchmarkRenderMap_500(b *testing.B)  { benchRenderMap(b, 500) }
func BenchmarkRenderMap_5000(b *testing.B) { benchRenderMap(b, 5000) }

// TestRenderMap500Budget checks issue 4's budget: a 500-unit map (DOT and
// SVG) in under 2 s. Skipped with -short.
func TestRenderMap500Budget(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	r := analyze(t, clustered(500, 1))
	start := time.Now()
	dot, err := UnitMapDOT(r, MapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Render(dot, FormatSVG, ""); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("500-unit map took %v, budget 2s", d)
	}
}
