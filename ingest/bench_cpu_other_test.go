//go:build !unix

package ingest

// cpuSeconds is 0 where getrusage is not available: cpu-s/op reads 0.
func cpuSeconds() float64 { return 0 }
