package synth

import (
	"testing"
)

// BenchmarkGenerate_kabupaten writes the default kabupaten study (about
// 3,000 people and 90,000 letters) as CSV and reports rows written (all
// five tables) per second.
func BenchmarkGenerate_kabupaten(b *testing.B) {
	rows := 0
	for b.Loop() {
		truth, err := Generate(b.TempDir(), Options{Seed: 1})
		if err != nil {
			b.Fatal(err)
		}
		rows = 0
		for _, n := range truth.Rows {
			rows += n
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "row/s")
}
