package broker

import (
	"sort"

	"github.com/sekat-ona/sekat/graph"
)

// lowpoints runs one iterative depth-first search (Hopcroft & Tarjan 1973)
// over the undirected graph g and calls onTree(p, u, lowU, discP) each time
// the search returns from tree edge p -> u, and onRoot(r, children) after the
// tree rooted at r is done. disc is the 1-based discovery time; low[u] is the
// smallest discovery time reachable from u's subtree through one back edge.
// No recursion: the stack is an explicit slice, so path graphs with millions
// of nodes are fine.
func lowpoints(g *graph.CSR, onTree func(p, u int32, lowU, discP int32), onRoot func(r int32, children int)) {
	n := g.N
	disc := make([]int32, n)
	low := make([]int32, n)
	parent := make([]int32, n)
	pos := make([]int64, n)
	var stack []int32
	var time int32
	for r := 0; r < n; r++ {
		if disc[r] != 0 {
			continue
		}
		time++
		disc[r], low[r], parent[r] = time, time, -1
		pos[r] = g.Start[r]
		stack = append(stack[:0], int32(r))
		children := 0
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			if pos[u] < g.Start[u+1] {
				v := g.Adj[pos[u]]
				pos[u]++
				if v == parent[u] {
					// CSR rows hold no parallel edges, so skipping the parent
					// by id skips exactly the tree edge.
					continue
				}
				if disc[v] == 0 {
					time++
					disc[v], low[v], parent[v] = time, time, u
					pos[v] = g.Start[v]
					stack = append(stack, v)
					if int(u) == r {
						children++
					}
				} else if disc[v] < low[u] {
					low[u] = disc[v]
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if p := parent[u]; p >= 0 {
				if low[u] < low[p] {
					low[p] = low[u]
				}
				onTree(p, u, low[u], disc[p])
			}
		}
		onRoot(int32(r), children)
	}
}

// ArticulationPoints reports, for every node of the undirected graph g,
// whether it is an articulation point (cut vertex): removing it and its ties
// leaves its connected component in more pieces. A DFS root is one when it
// has two or more DFS children; another node p is one when some child u has
// low(u) >= disc(p). The set agrees with NetworkX 2.8 articulation_points.
// Weights are ignored. O(n + m), iterative.
func ArticulationPoints(g *graph.CSR) []bool {
	art := make([]bool, g.N)
	lowpoints(g,
		func(p, u int32, lowU, discP int32) {
			if lowU >= discP {
				art[p] = true // for a DFS root this is overwritten by onRoot
			}
		},
		func(r int32, children int) { art[r] = children >= 2 })
	return art
}

// Bridges returns the bridges of the undirected graph g: the ties whose
// removal disconnects their endpoints, as pairs {u, v} with u < v in
// ascending order. Tree edge p -> u is a bridge when low(u) > disc(p). The
// set agrees with NetworkX 2.8 bridges. Weights are ignored. O(n + m),
// iterative.
func Bridges(g *graph.CSR) [][2]int32 {
	var out [][2]int32
	lowpoints(g,
		func(p, u int32, lowU, discP int32) {
			if lowU > discP {
				a, b := p, u
				if a > b {
					a, b = b, a
				}
				out = append(out, [2]int32{a, b})
			}
		},
		func(int32, int) {})
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	if out == nil {
		out = [][2]int32{}
	}
	return out
}
