package broker

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
)

// DefaultPermutations is the number of label shuffles of
// BrokeragePermutation when its options give none.
const DefaultPermutations = 200

// PermutationOptions configure BrokeragePermutation. The zero value shuffles
// DefaultPermutations times with seed 0 and tests every node.
type PermutationOptions struct {
	Permutations int    // label shuffles; 0 means DefaultPermutations
	Seed         uint64 // the shuffles are drawn from a PCG seeded by Seed
	// Nodes are the nodes to test; nil tests every node. Untested nodes
	// get NaN.
	Nodes []int32
	// Workers bounds the goroutines; 0 means par.Workers. The result does
	// not depend on it.
	Workers int
}

// Permuted holds, per node and role (RoleNames' order, then the total at
// index Roles), the mean and standard deviation of the node's brokerage
// counts when the group labels are shuffled over the nodes (group sizes
// kept), and the z-score of the observed count against them.
type Permuted struct {
	Mean, SD, Z  [][Roles + 1]float64
	Permutations int
}

// maxShuffleBytes bounds the labels of the shuffles BrokeragePermutation
// keeps at once (a variable for tests).
var maxShuffleBytes = 64 << 20

// BrokeragePermutation tests every node's Gould-Fernandez role counts c
// (Brokerage(d, group)) against shuffled labels: the graph stays as it is,
// the labels are permuted uniformly over the nodes (the sizes of the
// groups are kept), and each node's five counts are taken again. A node's
// open two-paths do not depend on the labels; only which role each one
// falls in does. So the z-score says whether b's paths join its own and
// other groups more or less often than b's position alone would make them,
// which sna's Bernoulli-graph z (BrokerageExpected) does not: there a
// node with many paths has a large z in every role.
//
// Z = (count - mean)/sd with the sample standard deviation over the
// shuffles; NaN where sd is 0 (the node has no open two-path, or every
// shuffle gives the same count).
//
// Cost: the open two-paths of b are not listed; for each in-neighbour i of
// b only the out-neighbours of b that i reaches itself (the closed
// two-paths) are, so a shuffle costs O(sum_b (out(b) + sum_{i in in(b)}
// (1 + closed(i,b)))). The shuffles are drawn in order from one generator
// and the nodes are spread over workers: the result does not depend on the
// number of workers.
func BrokeragePermutation(ctx context.Context, d *graph.CSR, group []int32, c Counts, opt PermutationOptions) (Permuted, error) {
	n := d.N
	if len(group) != n || len(c.Coordinator) != n {
		return Permuted{}, fmt.Errorf("broker: permuted brokerage needs one group label and one count per node: got %d labels and %d counts for %d nodes", len(group), len(c.Coordinator), n)
	}
	P := opt.Permutations
	if P <= 0 {
		P = DefaultPermutations
	}
	p := Permuted{Mean: make([][Roles + 1]float64, n), SD: make([][Roles + 1]float64, n), Z: make([][Roles + 1]float64, n), Permutations: P}
	for b := range p.Z {
		for r := range p.Z[b] {
			p.Mean[b][r], p.SD[b][r], p.Z[b][r] = math.NaN(), math.NaN(), math.NaN()
		}
	}
	nodes := opt.Nodes
	if nodes == nil {
		nodes = make([]int32, n)
		for i := range nodes {
			nodes[i] = int32(i)
		}
	}
	seen := make([]bool, n)
	for _, b := range nodes {
		if b < 0 || int(b) >= n {
			return Permuted{}, fmt.Errorf("broker: permuted brokerage: node %d is not in the graph of %d nodes", b, n)
		}
		if seen[b] { // its sums would be added twice
			return Permuted{}, fmt.Errorf("broker: permuted brokerage: node %d is listed twice", b)
		}
		seen[b] = true
	}
	// Dense labels 0..G-1 for the histogram.
	dense := map[int32]int32{}
	lab := make([]int32, n)
	for i, g := range group {
		x, ok := dense[g]
		if !ok {
			x = int32(len(dense))
			dense[g] = x
		}
		lab[i] = x
	}
	G := len(dense)
	// The shuffles are drawn in order from one generator and run a chunk
	// at a time (at most maxShuffleBytes of labels), each node's sums
	// carried from chunk to chunk in the shuffles' order: the same sums
	// as with every shuffle kept at once, which took 4 bytes a node per
	// shuffle (--shuffles 1000000000 asked for gigabytes and died).
	rng := rand.New(rand.NewPCG(opt.Seed, 0x62726f6b6572)) // "broker"
	per := max(1, min(P, maxShuffleBytes/(4*max(n, 1))))
	buf := make([]int32, per*n)
	perms := make([][]int32, 0, per)
	in := d.Transpose()
	workers := opt.Workers
	if workers <= 0 {
		workers = par.Workers(len(nodes))
	}
	sc := make([]*twoPaths, workers)
	for w := range sc {
		sc[w] = newTwoPaths(n, G)
	}
	sum := make([][Roles + 1]float64, n)
	sq := make([][Roles + 1]float64, n)
	idle := make([]bool, n) // no in- or no out-neighbour: no two-path
	for lo := 0; lo < P; lo += per {
		perms = perms[:0]
		for k := range min(per, P-lo) {
			x := buf[k*n : (k+1)*n : (k+1)*n]
			copy(x, lab)
			rng.Shuffle(n, func(i, j int) { x[i], x[j] = x[j], x[i] })
			perms = append(perms, x)
		}
		err := par.For(ctx, len(nodes), workers, func(w, k int) {
			s := sc[w]
			b := int(nodes[k])
			s.prepare(d, in, b)
			if len(s.ins) == 0 || len(s.outs) == 0 {
				idle[b] = true
				return
			}
			sm, q := &sum[b], &sq[b]
			for _, L := range perms {
				cnt := s.roles(L, b)
				var tot int64
				for r, v := range cnt {
					x := float64(v)
					sm[r] += x
					q[r] += x * x
					tot += v
				}
				sm[Roles] += float64(tot)
				q[Roles] += float64(tot) * float64(tot)
			}
		})
		if err != nil {
			return Permuted{}, err
		}
	}
	for _, b := range nodes {
		if idle[b] {
			for r := range p.Mean[b] {
				p.Mean[b][r], p.SD[b][r] = 0, 0
			}
			continue
		}
		obs := c.Role(int(b))
		var all [Roles + 1]float64
		for r := 0; r < Roles; r++ {
			all[r] = float64(obs[r])
			all[Roles] += float64(obs[r])
		}
		for r := range all {
			m := sum[b][r] / float64(P)
			v := 0.0
			if P > 1 {
				v = math.Max(0, (sq[b][r]-float64(P)*m*m)/float64(P-1))
			}
			sd := math.Sqrt(v)
			p.Mean[b][r], p.SD[b][r] = m, sd
			if sd > 0 {
				p.Z[b][r] = (all[r] - m) / sd
			}
		}
	}
	return p, nil
}

// twoPaths holds the two-paths through one node b in a form that gives
// b's role counts for any labelling without listing the open two-paths:
// b's out- and in-neighbours, and for each in-neighbour i the
// out-neighbours j of b that close the path (j == i, or i->j exists).
type twoPaths struct {
	mark   []int32 // mark[j] == b while j is an out-neighbour of b
	hist   []int32 // out-neighbours of b per label
	closed []int32 // closed targets of every in-neighbour, concatenated
	cstart []int32
	ins    []int32
	outs   []int32
}

func newTwoPaths(n, labels int) *twoPaths {
	s := &twoPaths{mark: make([]int32, n), hist: make([]int32, labels)}
	for i := range s.mark {
		s.mark[i] = -1
	}
	return s
}

// prepare lists b's two-paths in d (in is d's transpose).
func (s *twoPaths) prepare(d, in *graph.CSR, b int) {
	s.outs = s.outs[:0]
	oa, ow := d.Neighbors(b)
	for t, j := range oa {
		if ow[t] > 0 && int(j) != b {
			s.outs = append(s.outs, j)
		}
	}
	s.ins = s.ins[:0]
	ia, iw := in.Neighbors(b)
	for t, i := range ia {
		if iw[t] > 0 && int(i) != b {
			s.ins = append(s.ins, i)
		}
	}
	for _, j := range s.outs {
		s.mark[j] = int32(b)
	}
	s.closed, s.cstart = s.closed[:0], append(s.cstart[:0], 0)
	for _, i := range s.ins {
		if s.mark[i] == int32(b) {
			s.closed = append(s.closed, i)
		}
		ra, rw := d.Neighbors(int(i))
		for t, x := range ra {
			if rw[t] > 0 && x != i && int(x) != b && s.mark[x] == int32(b) {
				s.closed = append(s.closed, x)
			}
		}
		s.cstart = append(s.cstart, int32(len(s.closed)))
	}
	for _, j := range s.outs {
		s.mark[j] = -1
	}
}

// roles counts b's open two-paths by role under labels L (dense, below
// len(hist)), in RoleNames' order: with O = out(b) and, for each
// in-neighbour i, J_i = O less the targets that close the path, a path
// i -> b -> j with j in J_i is a coordinator or representative path when
// L[i] == L[b] (j in b's group or not), else itinerant (j in i's group),
// gatekeeper (j in b's group) or liaison (neither).
func (s *twoPaths) roles(L []int32, b int) [Roles]int64 {
	for g := range s.hist {
		s.hist[g] = 0
	}
	for _, j := range s.outs {
		s.hist[L[j]]++
	}
	lb := L[b]
	nout := int64(len(s.outs))
	var cnt [Roles]int64
	for x, i := range s.ins {
		li := L[i]
		cl := s.closed[s.cstart[x]:s.cstart[x+1]]
		open := nout - int64(len(cl))
		same := int64(s.hist[lb]) // open paths on to b's group
		for _, j := range cl {
			if L[j] == lb {
				same--
			}
		}
		if li == lb {
			cnt[0] += same
			cnt[2] += open - same
			continue
		}
		home := int64(s.hist[li]) // open paths back to i's group
		for _, j := range cl {
			if L[j] == li {
				home--
			}
		}
		cnt[1] += home
		cnt[3] += same
		cnt[4] += open - same - home
	}
	return cnt
}

// NodeRoles returns node b's five Gould-Fernandez role counts in d for the
// group labels group (RoleNames' order), as Brokerage counts them, at the
// cost of b's two-paths only.
func NodeRoles(d *graph.CSR, group []int32, b int) ([Roles]int64, error) {
	if len(group) != d.N || b < 0 || b >= d.N {
		return [Roles]int64{}, fmt.Errorf("broker: node roles need one group label per node and a node of the graph: %d labels, node %d, %d nodes", len(group), b, d.N)
	}
	dense := map[int32]int32{}
	lab := make([]int32, d.N)
	for i, g := range group {
		x, ok := dense[g]
		if !ok {
			x = int32(len(dense))
			dense[g] = x
		}
		lab[i] = x
	}
	s := newTwoPaths(d.N, len(dense))
	s.prepare(d, d.Transpose(), b)
	return s.roles(lab, b), nil
}
