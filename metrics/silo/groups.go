package silo

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
)

// DefaultPermutations is the number of label permutations Groups runs when
// Options.Permutations is 0.
const DefaultPermutations = 1000

// permBlock is the number of permutations one worker runs from one random
// stream. Blocks, not workers, own the streams, so results do not depend on
// the number of workers.
const permBlock = 32

// tieTolerance absorbs rounding when a permuted E-I index equals the observed
// one mathematically but was summed in another order.
const tieTolerance = 1e-12

// Options configures Groups. The zero value runs DefaultPermutations
// permutations from seed 0 on GOMAXPROCS workers.
type Options struct {
	// Permutations is the number of label permutations of the E-I test;
	// 0 means DefaultPermutations and a negative value skips the test
	// (EIPValue is then NaN).
	Permutations int
	// Seed seeds the permutations: the same seed gives the same p-values.
	Seed uint64
	// Workers is the number of goroutines; 0 means GOMAXPROCS. It never
	// changes the result.
	Workers int
	// Progress receives the number of permutations run
	// (progress.Permutations).
	Progress progress.Reporter
}

// GroupStats describes how closed one group is. Weights are tie strengths on
// the undirected graph; each tie is counted once.
type GroupStats struct {
	Group int32 // the group index
	Size  int   // n_g, members
	// InternalWeight I is the weight of ties with both ends in the group;
	// ExternalWeight E the weight of ties with exactly one end in it.
	InternalWeight, ExternalWeight float64
	// InternalTies and ExternalTies count the same ties without weights.
	InternalTies, ExternalTies int64
	// EIIndex is (E-I)/(E+I) on weights (Krackhardt & Stern 1988): -1 when
	// all of the group's weight stays inside, +1 when all of it leaves. NaN
	// when the group has no ties.
	EIIndex float64
	// EITies is the same index on distinct ties; NaN without ties.
	EITies float64
	// EIExpected is the E-I index on ties expected if every member spread
	// ties evenly over the other n-1 nodes whatever their group:
	// ((n - n_g) - (n_g - 1)) / (n - 1). NaN when n < 2 or the group is empty.
	EIExpected float64
	// EIPValue is the one-sided permutation p-value of EIIndex: the share of
	// label permutations (group sizes kept) whose E-I index of this group is
	// at or below the observed one, counted as (count + 1) / (permutations
	// + 1) so that the observed labelling is one of the permutations and p is
	// never 0 (Phipson & Smyth 2010). Small p: the group is more closed than
	// its size explains. NaN when EIIndex is NaN or the test is skipped.
	EIPValue float64
	// Conductance is E / min(vol(g), vol(rest)), with vol the sum of the
	// members' strengths (= 2I + E for the group). NaN when either side has
	// no volume (0/0: E is then 0 too).
	Conductance float64
	// Density is InternalTies / (n_g (n_g - 1) / 2), the share of possible
	// ties inside the group that exist; 0 for a group of fewer than 2 members
	// (NetworkX's density convention).
	Density float64
}

// edgeList holds every undirected tie once (U < V).
type edgeList struct {
	U, V []int32
	W    []float64
}

func edgesOf(g *graph.CSR) edgeList {
	m := g.Edges() / 2
	el := edgeList{U: make([]int32, 0, m), V: make([]int32, 0, m), W: make([]float64, 0, m)}
	for u := 0; u < g.N; u++ {
		adj, w := g.Neighbors(u)
		for t, v := range adj {
			if int(v) > u {
				el.U = append(el.U, int32(u))
				el.V = append(el.V, v)
				el.W = append(el.W, w[t])
			}
		}
	}
	return el
}

// tally adds each tie's weight to I of its group when both ends share a
// label, otherwise to E of both groups. ext and in must be zeroed.
func (el edgeList) tally(lab []int32, ext, in []float64) {
	for t, u := range el.U {
		a, b := lab[u], lab[el.V[t]]
		if a == b {
			in[a] += el.W[t]
		} else {
			ext[a] += el.W[t]
			ext[b] += el.W[t]
		}
	}
}

// Groups returns one GroupStats per group index 0..k-1 (empty groups
// included) for the labels group (one per node, each in [0, k)) on the
// undirected graph g.
//
// The E-I permutation test shuffles the labels over all nodes (isolated
// nodes included), which keeps every group's size, and recomputes every
// group's E-I index in one O(m) pass over the ties per permutation.
// Permutations run in blocks of 32, each block with its own random stream
// derived from opt.Seed and the block number, in parallel; the p-values depend
// only on g, group, opt.Seed and opt.Permutations. Cost: O(P (n + m)) time
// for P permutations, O(n + m + k P/32) memory.
//
// It returns an error when len(group) != g.N, k < 0 or a label is outside
// [0, k).
func Groups(g *graph.CSR, group []int32, k int, opt Options) ([]GroupStats, error) {
	return GroupsContext(context.Background(), g, group, k, opt)
}

// GroupsContext is Groups stopping early, with ctx.Err(), once ctx is done
// (checked every 32 permutations).
func GroupsContext(ctx context.Context, g *graph.CSR, group []int32, k int, opt Options) ([]GroupStats, error) {
	if err := checkLen("groups", g, group); err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, fmt.Errorf("silo: groups: k = %d, want the number of groups (>= 0)", k)
	}
	for i, l := range group {
		if l < 0 || int(l) >= k {
			return nil, fmt.Errorf("silo: groups: node %d has label %d, want a label in [0, %d)", i, l, k)
		}
	}
	n := g.N
	el := edgesOf(g)
	out := make([]GroupStats, k)
	ext := make([]float64, k)
	in := make([]float64, k)
	el.tally(group, ext, in)
	for t, u := range el.U {
		a, b := group[u], group[el.V[t]]
		if a == b {
			out[a].InternalTies++
		} else {
			out[a].ExternalTies++
			out[b].ExternalTies++
		}
	}
	// Volumes: vol(g) = 2I + E; vol(rest) = total - vol(g), exactly 0 when no
	// node outside g has a tie.
	active := make([]int, k)
	for v := 0; v < n; v++ {
		out[group[v]].Size++
		if g.Degree(v) > 0 {
			active[group[v]]++
		}
	}
	totalVol, totalActive := 0.0, 0
	for c := range out {
		totalVol += 2*in[c] + ext[c]
		totalActive += active[c]
	}
	for c := range out {
		s := &out[c]
		s.Group = int32(c)
		s.InternalWeight, s.ExternalWeight = in[c], ext[c]
		s.EIIndex = ei(ext[c], in[c])
		s.EITies = ei(float64(s.ExternalTies), float64(s.InternalTies))
		s.EIExpected = math.NaN()
		if n >= 2 && s.Size > 0 {
			s.EIExpected = float64((n-s.Size)-(s.Size-1)) / float64(n-1)
		}
		volG := 2*in[c] + ext[c]
		volR := totalVol - volG
		if totalActive == active[c] {
			volR = 0
		}
		s.Conductance = math.NaN()
		if m := math.Min(volG, volR); m > 0 {
			s.Conductance = ext[c] / m
		}
		if s.Size >= 2 {
			s.Density = float64(s.InternalTies) / (float64(s.Size) * float64(s.Size-1) / 2)
		}
		s.EIPValue = math.NaN()
	}

	perms := opt.Permutations
	if perms == 0 {
		perms = DefaultPermutations
	}
	if perms < 0 || k == 0 {
		return out, ctx.Err()
	}
	observed := make([]float64, k)
	for c := range out {
		observed[c] = out[c].EIIndex
	}
	counts, err := permutationCounts(ctx, el, group, k, observed, perms, opt)
	if err != nil {
		return nil, err
	}
	for c := range out {
		if !math.IsNaN(observed[c]) {
			out[c].EIPValue = float64(counts[c]+1) / float64(perms+1)
		}
	}
	return out, nil
}

// permutationCounts returns, per group, how many of perms label permutations
// give an E-I index at or below observed (never for a NaN observed value).
// Block b of permBlock permutations draws from the stream (seed, b) and
// counts into its own slot; the integer counts are summed at the end.
func permutationCounts(ctx context.Context, el edgeList, group []int32, k int, observed []float64, perms int, opt Options) ([]int64, error) {
	blocks := (perms + permBlock - 1) / permBlock
	blockCounts := make([][]int64, blocks)
	workers := opt.Workers
	if workers <= 0 {
		workers = par.Workers(blocks)
	}
	type scratch struct {
		lab     []int32
		ext, in []float64
	}
	ws := make([]*scratch, min(workers, blocks))
	done := opt.Progress.Counter(progress.Permutations, "", int64(perms))
	err := par.For(ctx, blocks, workers, func(w, b int) {
		if ws[w] == nil {
			ws[w] = &scratch{lab: make([]int32, len(group)), ext: make([]float64, k), in: make([]float64, k)}
		}
		lab, ext, in := ws[w].lab, ws[w].ext, ws[w].in
		cnt := make([]int64, k)
		copy(lab, group)
		r := rand.New(rand.NewPCG(opt.Seed, uint64(b)))
		todo := min(permBlock, perms-b*permBlock)
		for range todo {
			r.Shuffle(len(lab), func(i, j int) { lab[i], lab[j] = lab[j], lab[i] })
			clear(ext)
			clear(in)
			el.tally(lab, ext, in)
			for c, obs := range observed {
				if x := ei(ext[c], in[c]); x <= obs+tieTolerance {
					cnt[c]++
				}
			}
		}
		blockCounts[b] = cnt
		done.Add(int64(todo))
	})
	if err != nil {
		return nil, err
	}
	total := make([]int64, k)
	for _, cnt := range blockCounts {
		for c, x := range cnt {
			total[c] += x
		}
	}
	return total, nil
}
