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
// Cost: the counts come from group histograms, not from the pairs. For a
// broker b with in-neighbours I and out-neighbours O (b itself never
// among them), the ordered pairs (i, j) in I x O split into the five roles
// by the groups of i and j alone: with h_in(g), h_out(g) the number of b's
// in- and out-neighbours in group g, and G = b's group,
//
//	Coordinator    h_in(G) h_out(G)
//	Representative h_in(G) (|O| - h_out(G))
//	Gatekeeper     (|I| - h_in(G)) h_out(G)
//	Itinerant      sum_{g != G} h_in(g) h_out(g)
//	Liaison        (|I| - h_in(G)) (|O| - h_out(G)) - Itinerant
//
// From these come off the pairs that are not brokerage: i == j (a
// neighbour with arcs both ways; group of i equals group of j, so a
// coordinator or itinerant pair), and the closed pairs with an arc i->j,
// which are exactly the triangles {i, b, j} of the underlying undirected
// graph whose arcs run i->b, b->j and i->j. The triangles are listed once
// each by the compact-forward algorithm, so the whole count is O(m) for
// the histograms plus O(m^1.5) at worst for the triangles, instead of the
// O(sum_b in(b) out(b)) pairs a hub of the network would cost; the counts
// are integers, so they are exactly those of the pair enumeration.
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
	// Dense group ids (labels are compared only for equality).
	ids := map[int32]int32{}
	grp := make([]int32, n)
	for v, g := range group {
		id, ok := ids[g]
		if !ok {
			id = int32(len(ids))
			ids[g] = id
		}
		grp[v] = id
	}
	u := union(d)
	role := func(b int32, gi, gj int32) *int64 {
		gb := grp[b]
		switch {
		case gi == gb && gb == gj:
			return &c.Coordinator[b]
		case gi == gj: // b is in another group
			return &c.Itinerant[b]
		case gb == gi: // j elsewhere
			return &c.Representative[b]
		case gb == gj: // i elsewhere
			return &c.Gatekeeper[b]
		default:
			return &c.Liaison[b]
		}
	}
	hin := make([]int64, len(ids))
	for b := 0; b < n; b++ {
		row := u.adj[u.start[b]:u.start[b+1]]
		flags := u.flag[u.start[b]:u.start[b+1]]
		gb := grp[b]
		var in, out, inG, outG, same int64
		for k, v := range row {
			if flags[k]&arcIn != 0 {
				hin[grp[v]]++
				in++
			}
		}
		for k, v := range row {
			if flags[k]&arcOut != 0 {
				out++
				same += hin[grp[v]]
				if grp[v] == gb {
					outG++
				}
			}
		}
		inG = hin[gb]
		for k, v := range row {
			if flags[k]&arcIn != 0 {
				hin[grp[v]] = 0
			}
		}
		c.Coordinator[b] = inG * outG
		c.Representative[b] = inG * (out - outG)
		c.Gatekeeper[b] = (in - inG) * outG
		c.Itinerant[b] = same - inG*outG
		c.Liaison[b] = (in-inG)*(out-outG) - c.Itinerant[b]
		// i == j: a neighbour with arcs both ways.
		for k, v := range row {
			if flags[k] == arcIn|arcOut {
				*role(int32(b), grp[v], grp[v])--
			}
		}
	}
	// Closed pairs: i->b, b->j and i->j in a triangle.
	u.triangles(func(x, y, z int32, kxy, kxz, kyz int64) {
		nodes := [3]int32{x, y, z}
		// arc[a][b]: the arc nodes[a] -> nodes[b] exists.
		var arc [3][3]bool
		set := func(a, b int, f uint8) {
			arc[a][b], arc[b][a] = f&arcOut != 0, f&arcIn != 0
		}
		set(0, 1, u.flag[kxy])
		set(0, 2, u.flag[kxz])
		set(1, 2, u.flag[kyz])
		for _, p := range [6][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
			i, b, j := p[0], p[1], p[2]
			if arc[i][b] && arc[b][j] && arc[i][j] {
				*role(nodes[b], grp[nodes[i]], grp[nodes[j]])--
			}
		}
	})
	return c, nil
}

// Direction flags of an edge {u,v} in u's row of the union graph.
const (
	arcOut uint8 = 1 // u->v exists
	arcIn  uint8 = 2 // v->u exists
)

// unionRows is the undirected graph underlying a directed one, each edge
// with the directions in which it exists.
type unionRows struct {
	*symRows
	flag []uint8
}

// union merges the out-row and the in-row of every node of d, keeping the
// arcs of positive weight and no self-loops.
func union(d *graph.CSR) unionRows {
	in := d.Transpose()
	n := d.N
	start := make([]int64, n+1)
	var adj []int32
	var flag []uint8
	for v := 0; v < n; v++ {
		oa, ow := d.Neighbors(v)
		ia, iw := in.Neighbors(v)
		i, j := 0, 0
		for i < len(oa) || j < len(ia) {
			var x int32
			var f uint8
			switch {
			case j == len(ia) || (i < len(oa) && oa[i] < ia[j]):
				x = oa[i]
				if ow[i] > 0 {
					f = arcOut
				}
				i++
			case i == len(oa) || ia[j] < oa[i]:
				x = ia[j]
				if iw[j] > 0 {
					f = arcIn
				}
				j++
			default: // both
				x = oa[i]
				if ow[i] > 0 {
					f |= arcOut
				}
				if iw[j] > 0 {
					f |= arcIn
				}
				i++
				j++
			}
			if f != 0 && int(x) != v {
				adj = append(adj, x)
				flag = append(flag, f)
			}
		}
		start[v+1] = int64(len(adj))
	}
	return unionRows{newSymRows(n, start, adj), flag}
}
