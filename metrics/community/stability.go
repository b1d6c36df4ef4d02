package community

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/sekat-ona/sekat/graph"
)

// stabilityStream is the second PCG word of the generator of the runs' seeds.
const stabilityStream = 0x57ab1e

// Stability returns community_stability for every node of g: the share of
// `runs` extra Leiden runs that agree with the reported assignment for the
// node.
//
// Run i (0-based) uses opt with Seed replaced by the i-th Uint64 of
// math/rand/v2 PCG(opt.Seed, 0x57ab1e), so the seeds differ from opt.Seed's
// own run and from each other, and depend only on opt.Seed.
//
// Agreement: let R be the reported partition and P a run's partition, and
// n(a,b) the number of nodes in run community a and reported community b.
// Each run community a is matched to the reported community with the largest
// n(a,b), and each reported community b to the run community with the
// largest n(a,b) (ties: the smaller community id, with the run's ids
// numbered as Leiden numbers them and the reported ids as given). A node
// agrees in a run when its run community and its reported community are
// matched to each other. So a node agrees when its community was found again
// up to a minority of nodes; when a run merges two reported communities only
// the larger one agrees, and when it splits one only the larger part does.
// Every value is k/runs for an integer k in 0..runs.
//
// reported may use any non-negative ids. It returns nil if g is nil, runs <
// 1, len(reported) != g.N or an id is negative. Runs are spread over
// GOMAXPROCS goroutines (each needs Leiden's work arrays for g); the result
// does not depend on how they are scheduled.
func Stability(g *graph.CSR, opt Options, runs int, reported []int32) []float64 {
	if g == nil || runs < 1 || len(reported) != g.N {
		return nil
	}
	rep, kr, ok := dense(reported)
	if !ok {
		return nil
	}
	src := rand.New(rand.NewPCG(opt.Seed, stabilityStream))
	seeds := make([]uint64, runs)
	for i := range seeds {
		seeds[i] = src.Uint64()
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), runs))
	counts := make([][]int32, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range counts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cnt := make([]int32, g.N)
			for {
				i := next.Add(1) - 1
				if i >= int64(runs) {
					break
				}
				o := opt
				o.Seed = seeds[i]
				res := Leiden(g, o)
				agree(res.Membership, res.Count, rep, kr, cnt)
			}
			counts[w] = cnt
		}()
	}
	wg.Wait()
	out := make([]float64, g.N)
	for v := range out {
		k := int32(0)
		for _, c := range counts {
			k += c[v]
		}
		out[v] = float64(k) / float64(runs)
	}
	return out
}

// agree adds 1 to cnt[v] for every node v whose run community (run, ids
// 0..kp-1) and reported community (rep, ids 0..kr-1) are each other's match
// by largest overlap, as Stability defines it.
func agree(run []int32, kp int, rep []int32, kr int, cnt []int32) {
	keys := make([]int64, len(run))
	for v := range run {
		keys[v] = int64(run[v])*int64(kr) + int64(rep[v])
	}
	slices.Sort(keys)
	bestRep, nRep := make([]int32, kp), make([]int32, kp)
	bestRun, nRun := make([]int32, kr), make([]int32, kr)
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		a, b, c := int32(keys[i]/int64(kr)), int32(keys[i]%int64(kr)), int32(j-i)
		// Keys ascend, so b ascends within a run community and a ascends
		// across them: a strict > keeps the smaller id on ties.
		if c > nRep[a] {
			bestRep[a], nRep[a] = b, c
		}
		if c > nRun[b] {
			bestRun[b], nRun[b] = a, c
		}
		i = j
	}
	for v := range run {
		if bestRep[run[v]] == rep[v] && bestRun[rep[v]] == run[v] {
			cnt[v]++
		}
	}
}
