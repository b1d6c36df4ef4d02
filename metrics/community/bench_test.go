package community

import (
	"runtime"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/metrics/community/internal/planted"
)

// benchLeiden runs Leiden on the planted-partition graph p and reports
// edge/s (undirected edges per second of one whole Leiden run), the
// CPU seconds per run (user+system of the whole process, steadier than
// wall time on a shared machine), the modularity, the iterations, and memory: "MB-heap-peak" is the largest
// live heap seen by a sampler during the runs (graph included), "MB-sys"
// the memory the Go runtime took from the OS by the end.
func benchLeiden(b *testing.B, p [3]int, opt Options) {
	g := planted.Generate(p[0], p[1], p[2], plantedMixing, plantedSeed)
	runtime.GC()
	stop := make(chan struct{})
	peak := make(chan uint64)
	go samplePeakHeap(stop, peak)
	cpu0 := cpuSeconds()
	b.ResetTimer()
	var res Result
	for i := 0; i < b.N; i++ {
		opt.Seed = uint64(i)
		res = Leiden(g, opt)
	}
	b.StopTimer()
	cpu := cpuSeconds() - cpu0
	close(stop)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(g.Edges()/2)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
	b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
	b.ReportMetric(res.Modularity, "Q")
	b.ReportMetric(float64(res.Iterations), "iterations")
	b.ReportMetric(float64(<-peak)/1e6, "MB-heap-peak")
	b.ReportMetric(float64(ms.Sys)/1e6, "MB-sys")
	runtime.KeepAlive(g)
}

// samplePeakHeap samples the live heap (objects + unswept) every
// millisecond until stop is closed, then sends the largest value seen.
func samplePeakHeap(stop chan struct{}, out chan<- uint64) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
	var best uint64
	for {
		metrics.Read(s)
		best = max(best, s[0].Value.Uint64()+s[1].Value.Uint64())
		select {
		case <-stop:
			out <- best
			return
		default:
		}
		sleepMillis()
	}
}

// BenchmarkLeiden_100k runs Leiden until stable (like igraph's
// n_iterations=-1) on the 100k-node planted-partition graph.
func BenchmarkLeiden_100k(b *testing.B) { benchLeiden(b, planted100k, Options{}) }

// BenchmarkLeidenTwoIterations_100k stops after two iterations, like
// igraph's default n_iterations=2.
func BenchmarkLeidenTwoIterations_100k(b *testing.B) {
	benchLeiden(b, planted100k, Options{MaxIterations: 2})
}

// BenchmarkLeiden_1M runs Leiden until stable on the 1M-node / 10M-edge
// planted-partition graph. It needs minutes (65 iterations; measured 261 s
// of CPU on a loaded 2-core machine), so run it with -benchtime=1x and
// -timeout=30m.
func BenchmarkLeiden_1M(b *testing.B) { benchLeiden(b, planted1M, Options{}) }

// BenchmarkLeidenTwoIterations_1M stops after two iterations.
func BenchmarkLeidenTwoIterations_1M(b *testing.B) {
	benchLeiden(b, planted1M, Options{MaxIterations: 2})
}

// BenchmarkStability_100k runs 4 extra Leiden runs (two iterations each) on
// both cores; edge/s counts the edges of all runs.
func BenchmarkStability_100k(b *testing.B) {
	p := planted100k
	g := planted.Generate(p[0], p[1], p[2], plantedMixing, plantedSeed)
	opt := Options{MaxIterations: 2}
	rep := Leiden(g, opt).Membership
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Stability(g, opt, 4, rep)
	}
	b.ReportMetric(4*float64(g.Edges()/2)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

// BenchmarkModularity_100k measures Modularity of the planted blocks.
func BenchmarkModularity_100k(b *testing.B) {
	p := planted100k
	g := planted.Generate(p[0], p[1], p[2], plantedMixing, plantedSeed)
	memb := planted.Blocks(p[0], p[1])
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Modularity(g, memb, 1)
	}
	b.ReportMetric(float64(g.Edges()/2)*float64(b.N)/b.Elapsed().Seconds(), "edge/s")
}

func sleepMillis() { time.Sleep(time.Millisecond) }

// cpuSeconds returns the user+system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// BenchmarkLeidenOneIteration_100k stops after one iteration. It is the
// side-by-side twin of python-igraph 0.10.2's n_iterations=-1, which stops
// after the first iteration that changes the partition (igraph issue #2798,
// fixed in igraph 1.0's C core): on this graph that is always the first.
func BenchmarkLeidenOneIteration_100k(b *testing.B) {
	benchLeiden(b, planted100k, Options{MaxIterations: 1})
}
