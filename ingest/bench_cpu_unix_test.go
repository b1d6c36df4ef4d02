//go:build unix

package ingest

import "syscall"

// cpuSeconds returns the process's user and system CPU time so far, for
// the benchmarks' cpu-s/op: on a shared machine the CPU a run used is
// steadier than its wall time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}
