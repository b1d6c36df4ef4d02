package broker

import (
	"fmt"

	"github.com/sekat-ona/sekat/graph"
)

// Counts holds the Gould-Fernandez brokerage role counts of every node, one
// entry per node in id order. For a node b the entries count the open
// two-paths i -> b -> j that b brokers, split by the groups of i, b and j
// (A, B, C stand for distinct groups; the path is written i -> b -> j):
//
//	Coordinator     A -> A -> A   b mediates inside its own group
//	Itinerant       A -> B -> A   b, an outsider, mediates inside another group
//	Representative  A -> A -> B   b passes its own group's contact out to another group
//	Gatekeeper      A -> B -> B   b lets an outsider's contact into its own group
//	Liaison         A -> B -> C   all three groups differ
//
// Every open two-path through b is counted in exactly one role, so the five
// counts of b add up to b's number of open two-paths.
type Counts struct {
	Coordinator    []int64
	Itinerant      []int64
	Representative []int64
	Gatekeeper     []int64
	Liaison        []int64
}

// Total returns the number of open two-paths node b brokers (the sum of its
// five role counts).
func (c Counts) Total(b int) int64 {
	return c.Coordinator[b] + c.Itinerant[b] + c.Representative[b] + c.Gatekeeper[b] + c.Liaison[b]
}

// Brokerage counts the Gould & Fernandez (1989) brokerage roles of every node
// of the directed graph d for the group labels group (one label per node; any
// int32 values, compared only for equality).
//
// It counts as R sna::brokerage does: d is dichotomised (an arc i->j exists
// when its weight is > 0) and node b is a broker for the ordered pair (i, j)
// when i, b and j are three distinct nodes, i->b and b->j exist, and i->j does
// not exist. A "closed" two-path (i->j present) is not brokerage; a reverse arc
// j->i does not matter. Each such two-path adds one to exactly one of b's five
// roles (see Counts). sna's expected counts and z-scores are not computed.
//
// Cost: for each b and each in-neighbour i of b, the out-row of i is marked
// once and b's out-row is scanned: O(sum_i out(i)^2 + sum_b in(b)*out(b)) time
// and O(n) extra memory besides the transpose of d.
//
// It returns an error when len(group) != d.N.
func Brokerage(d *graph.CSR, group []int32) (Counts, error) {
	if len(group) != d.N {
		return Counts{}, fmt.Errorf("broker: brokerage needs one group label per node: got %d labels for %d nodes", len(group), d.N)
	}
	n := d.N
	c := Counts{
		Coordinator:    make([]int64, n),
		Itinerant:      make([]int64, n),
		Representative: make([]int64, n),
		Gatekeeper:     make([]int64, n),
		Liaison:        make([]int64, n),
	}
	in := d.Transpose()
	// mark[x] == i+1 when the arc i->x exists; rewritten each time i's row is
	// marked, so a stale value never belongs to a different row.
	mark := make([]int32, n)
	for b := 0; b < n; b++ {
		ia, iw := in.Neighbors(b)
		oa, ow := d.Neighbors(b)
		if len(ia) == 0 || len(oa) == 0 {
			continue
		}
		gb := group[b]
		for k, i := range ia {
			if iw[k] <= 0 || int(i) == b {
				continue
			}
			stamp := i + 1
			ra, rw := d.Neighbors(int(i))
			for t, x := range ra {
				if rw[t] > 0 {
					mark[x] = stamp
				}
			}
			gi := group[i]
			for t, j := range oa {
				if ow[t] <= 0 || j == i || int(j) == b || mark[j] == stamp {
					continue
				}
				gj := group[j]
				switch {
				case gi == gb && gb == gj:
					c.Coordinator[b]++
				case gi == gj: // b is in another group
					c.Itinerant[b]++
				case gb == gi: // j elsewhere
					c.Representative[b]++
				case gb == gj: // i elsewhere
					c.Gatekeeper[b]++
				default:
					c.Liaison[b]++
				}
			}
		}
	}
	return c, nil
}
