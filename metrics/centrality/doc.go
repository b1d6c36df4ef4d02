// Package centrality computes sekat's node centralities on graph.CSR arrays:
// betweenness, harmonic closeness, PageRank and eigenvector centrality. Each
// function returns one value per node in id order, zeros filled in, and
// agrees with the NetworkX 2.8 function the contract names to 1e-6 relative
// (testdata/golden/centrality, made by testdata/reference/centrality.py).
//
// # Weights and distances
//
// A CSR weight is a tie strength (larger = stronger). Betweenness and
// harmonic centrality are path metrics: they run on the undirected CSR with
// the distance d(u,v) = graph.Distance(w{u,v}) = 1/w{u,v}. PageRank runs on
// the directed CSR with the weights as transition strengths; eigenvector
// centrality runs on the undirected weighted adjacency. Every weight must be
// positive and finite, and an undirected CSR must hold each edge in both
// directions with the same weight (to 1e-9 relative: graph.NewCSR may sum
// the parts of a weight in a different order for the two directions); the
// functions return an error otherwise, never panic.
//
// # Betweenness
//
//	b(v) = 1/((n-1)(n-2)) * sum over ordered pairs s != v != t of sigma_st(v)/sigma_st
//
// where sigma_st counts the shortest s-t paths and sigma_st(v) those through
// v. This is NetworkX betweenness_centrality(G, weight=distance,
// normalized=True) on an undirected graph; n <= 2 gives zeros. Brandes'
// algorithm with Dijkstra runs from every source in parallel; sources are cut
// into blocks of fixed size and the block sums are added in block order, so
// the result is bit-identical for any GOMAXPROCS.
//
// Ties. Two paths whose lengths are equal in exact arithmetic may differ in
// the last bit once 1/w is summed in floating point (on Zachary's karate
// club, 1/3 + 1/6 and 1/2). NetworkX compares path lengths exactly, so such a
// tie becomes one path shorter than the other and the shortest-path counts
// change: on karate, 8 of 34 members differ by up to 1.9e-3 from the exact
// values. sekat counts two lengths L1 and L2 as equal when |L1-L2| <=
// 1e-10 * L2 (BetweennessOptions.TieTolerance), as igraph does; this gives
// the values of exact rational arithmetic, and makes the result independent
// of the order in which tie weights were summed at ingest. The golden tests
// compare with NetworkX run on exact rational distances (and with igraph
// 0.10); a negative TieTolerance switches to exact comparison and reproduces
// float NetworkX. Tolerance-equal lengths are assumed not to arise from a
// single edge, i.e. weights within a component should not span more than
// about 1e9 to 1.
//
// Sampling. Above MaxExactNodes nodes (default 20,000) betweenness is
// always estimated by Riondato and Kornaropoulos (2016, "Fast approximation
// of betweenness centrality through sampling", Data Min. Knowl. Disc.
// 30:438-475): r = ceil(0.5/eps^2 * (floor(log2(VD-2)) + 1 + ln(1/delta)))
// node pairs are drawn uniformly with the seed, one shortest path of each
// pair uniformly among its shortest paths, and every inner node of the path
// gets 1/r. With probability at least 1-delta every estimate is within eps
// of the betweenness normalised by n(n-1); on NetworkX's scale (above) the
// bound is eps*n/(n-2), reported as Bound. VD is an upper bound of the
// vertex diameter: per component, with e the eccentricity (in distance) of
// its highest-degree node, every shortest path is at most 2e long and uses
// distinct edges, so it has at most k arcs for the largest k whose k
// shortest edge distances add up to at most 2e; the bound is min(size,
// k+1). Each pair's path is drawn by balanced bidirectional Dijkstra (see
// pairSearch: the two searches meet after settling far fewer nodes than one
// search from the source to the target). r depends on n only through
// log2(VD), so the cost grows about as the ties; r may exceed n (about
// 56,000 samples for eps = 0.01 on a 20,000-person province) and still
// cost a small part of n full Brandes passes.
//
// # Harmonic
//
//	h(v) = 1/(n-1) * sum over u != v of 1/d(u,v)
//
// with 1/d = 0 for unreachable u: NetworkX harmonic_centrality(G,
// distance=distance) divided by n-1; n <= 1 gives zeros. It is exact (one
// search per node) whenever betweenness is. When betweenness is sampled it
// is estimated from pivots drawn with the seed, h(v) ~ n/(n-1) * mean over
// pivots s of 1/d(s,v), and with probability at least 1-delta every node's
// estimate is within HarmonicEpsilon (default 0.05) times the weight of its
// strongest tie (each term 1/d(s,v) is at most that weight; a union bound
// covers the n nodes). The pivots stop at the first of a fixed schedule of
// checkpoints where an empirical Bernstein bound (Maurer and Pontil 2009),
// which uses the spread of the terms seen, is within the harmonic epsilon
// for every node; at the latest they stop at the count for which Hoeffding's
// bound is (harmonicstop.go). Networks too small for a checkpoint before
// that count use Hoeffding's bound alone with pivots drawn without
// replacement; when the count would reach n harmonic closeness stays exact.
//
// # PageRank
//
//	x(v) = alpha * sum over arcs u->v of x(u) w(u->v)/out(u) + alpha * D/n + (1-alpha)/n
//
// where out(u) is u's out-strength and D the total score of dangling nodes
// (out(u) = 0), spread uniformly: NetworkX pagerank(D, alpha=0.85,
// weight=weight) with uniform personalisation and dangling weights. Power
// iteration from the uniform vector stops when the L1 change is below n*Tol
// (default Tol 1e-14, tighter than NetworkX's 1e-6) and the result is scaled
// to sum 1. Each node's new score is computed by one worker in a fixed order,
// so the result does not depend on GOMAXPROCS.
//
// # Eigenvector
//
// The eigenvector of the largest eigenvalue of the weighted adjacency A,
// scaled to unit Euclidean norm with non-negative entries: NetworkX
// eigenvector_centrality_numpy(G, weight=w). It is computed per connected
// component with thick-restart Lanczos iteration (full reorthogonalisation),
// which finds the largest algebraic eigenvalue and so converges on bipartite
// graphs, where power iteration on A oscillates between the eigenvalues
// lambda and -lambda. A pair is accepted when ||A x - lambda x|| <=
// 1e-13*lambda, measured with compensated sums; where rounding holds the
// residual above that (2e-13 to 9e-13 on a star of 50,000 leaves), the solver
// accepts a residual up to 1e-9*lambda once the Krylov space is invariant or
// 20 restarts stop improving it, and returns an error beyond. Weights are
// rescaled by a power of two when the largest lies outside [2^-400, 2^400],
// so weights near math.MaxFloat64 or 1e-300 give the same vector as
// ordinary ones. Stars up to 100,000 leaves, cliques, paths up to 2,000
// nodes, many components and subnormal weights are exercised by the star,
// path and extreme-graph tests and FuzzExtremeGraphs. Limit: when the two
// largest eigenvalues of a component differ by less than about 1e-7
// relative (a chain of 20,000 nodes), the solver stops with an error after
// about 200 restarts; NetworkX 2.8's ARPACK already fails from a chain of
// 2,000 (ArpackNoConvergence).
//
// On a disconnected graph the largest eigenvalue belongs to one component; as with ARPACK in NetworkX, that
// component carries the vector and every other node gets exactly 0. When
// several components share the largest eigenvalue (within 1e-10 relative),
// the eigenvector is not unique and NetworkX's answer depends on ARPACK's
// start vector; sekat returns the projection of the all-ones vector on that
// eigenspace (each tied component's unit vector u_c weighted by sum(u_c)),
// renormalised. A graph with no edges (NetworkX raises) gives all zeros and
// eigenvalue 0: no node is central.
package centrality
