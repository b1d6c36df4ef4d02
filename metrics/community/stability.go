package community

import (
	"context"
	"math/rand/v2"
	"slices"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
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
	out, _ := StabilityContext(context.Background(), g, opt, runs, reported)
	return out
}

// StabilityContext is Stability stopping early, with ctx.Err() and a nil
// slice, once ctx is done (checked before every run and inside each run as
// LeidenContext does). opt.Progress receives the runs done
// (progress.Stability); the runs' own iterations are not reported.
func StabilityContext(ctx context.Context, g *graph.CSR, opt Options, runs int, reported []int32) ([]float64, error) {
	if g == nil || runs < 1 || len(reported) != g.N {
		return nil, ctx.Err()
	}
	rep, kr, ok := dense(reported)
	if !ok {
		return nil, ctx.Err()
	}
	seeds, inner, done := stabilityRuns(opt, runs)
	// Agreement counts are integers, so per-worker counts summed in any
	// order give the same total.
	workers := par.Workers(runs)
	counts := make([][]int32, workers)
	par.For(ctx, runs, workers, func(w, i int) {
		if counts[w] == nil {
			counts[w] = make([]int32, g.N)
		}
		o := inner
		o.Seed = seeds[i]
		res, err := LeidenContext(ctx, g, o)
		if err != nil {
			return // ctx is done: checked below
		}
		agree(res.Membership, res.Count, rep, kr, counts[w])
		done.Add(1)
	})
	// LeidenContext fails only once ctx is done, and par.For stops only
	// then: a done ctx covers both.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]float64, g.N)
	for v := range out {
		k := int32(0)
		for _, c := range counts {
			if c != nil {
				k += c[v]
			}
		}
		out[v] = float64(k) / float64(runs)
	}
	return out, nil
}

// stabilityRuns returns the seeds of the `runs` extra runs (see
// Stability), the options they run with (no progress of their own) and
// the counter of runs done.
func stabilityRuns(opt Options, runs int) ([]uint64, Options, *progress.Counter) {
	src := rand.New(rand.NewPCG(opt.Seed, stabilityStream))
	seeds := make([]uint64, runs)
	for i := range seeds {
		seeds[i] = src.Uint64()
	}
	inner := opt
	inner.Progress = progress.Reporter{}
	return seeds, inner, opt.Progress.Counter(progress.Stability, "", int64(runs))
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

// BestContext is LeidenContext followed by StabilityContext, with the
// reported partition the best of all the runs: first's (opt's own run,
// which the caller has made with opt) and the `runs` extra runs of
// Stability (same seeds). The one of highest modularity is reported
// (equal modularity: first's, then the run made first), and
// community_stability is the share of the other `runs` runs (first's
// included when another was chosen) that agree with it, as Stability
// defines agreement. So each value is still k/runs, and the extra runs
// cost nothing more than Stability's. Leiden is a heuristic: one seed may
// stop at a partition of lower modularity than another finds (Lazega's
// advice network: 0.30469 against 0.30588 for the default seed), and
// keeping the best of the runs already made is what users of igraph
// are advised to do by hand.
//
// With runs < 1 it returns first and nil. The result depends on g, opt,
// runs and first only, not on GOMAXPROCS.
func BestContext(ctx context.Context, g *graph.CSR, opt Options, runs int, first Result) (Result, []float64, error) {
	if g == nil || runs < 1 || len(first.Membership) != g.N {
		return first, nil, ctx.Err()
	}
	seeds, inner, done := stabilityRuns(opt, runs)
	all := make([]Result, runs+1)
	all[0] = first
	par.For(ctx, runs, par.Workers(runs), func(_, i int) {
		o := inner
		o.Seed = seeds[i]
		res, err := LeidenContext(ctx, g, o)
		if err != nil {
			return // ctx is done: checked below
		}
		all[i+1] = res
		done.Add(1)
	})
	if err := ctx.Err(); err != nil {
		return first, nil, err
	}
	best := 0
	for i, r := range all {
		if r.Modularity > all[best].Modularity {
			best = i
		}
	}
	rep, kr, ok := dense(all[best].Membership)
	if !ok {
		return first, nil, nil
	}
	cnt := make([]int32, g.N)
	for i, r := range all {
		if i != best {
			agree(r.Membership, r.Count, rep, kr, cnt)
		}
	}
	out := make([]float64, g.N)
	for v := range out {
		out[v] = float64(cnt[v]) / float64(runs)
	}
	return all[best], out, nil
}
