// Package broker computes who holds a network together: Gould-Fernandez
// brokerage roles between groups, Burt's structural-hole measures (constraint,
// effective size, hierarchy) and the cut points of the network (articulation
// points and bridges).
//
// Every function takes a *graph.CSR and returns one value per node in id
// order, or a sorted list. Weights are tie strengths (larger = stronger) and
// must be positive; graph.NewCSR already drops zero weights.
//
// Which graph each function expects:
//
//   - Brokerage: the directed combined graph; an arc u->v exists when
//     weight(u->v) > 0, and its size does not matter (R sna::brokerage
//     counts on the dichotomised graph).
//   - Constraint, EffectiveSize, Hierarchy: the undirected combined graph with
//     w{u,v} = weight(u->v) + weight(v->u), as NetworkX 2.8's structuralholes
//     functions see an undirected nx.Graph with weight=w.
//   - ArticulationPoints, Bridges: the undirected graph; weights are ignored.
//
// Numbers that are not defined are NaN, never a made-up zero: constraint,
// effective size and hierarchy of an isolated node (NetworkX returns NaN for
// the first two). Callers write NaN as an empty cell.
//
// Costs: Brokerage counts from group histograms of every node's in- and
// out-neighbours and subtracts the closed two-paths, which are triangles;
// the structural-hole measures add their indirect terms triangle by
// triangle (StructuralHoles computes all three in one pass). Triangles are
// listed once each by the compact-forward algorithm, O(m^1.5) at worst and
// close to O(m) on sparse networks, so a hub with thousands of contacts
// costs its degree, not its degree squared. Values are the same as those
// of the neighbour-pair definitions (counts exactly, the sums to rounding).
// Brokerage shares its histograms and triangles out over the cores; its
// counts are integers, so they are the same for any number of cores.
// Below a sum of squared degrees of 1e8 the structural-hole measures are
// still summed node by node, as before, so small networks give the same
// bits as earlier versions.
// The cut functions are O(n+m) and iterative, so a million-node chain does
// not overflow the stack.
package broker
