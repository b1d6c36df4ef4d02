// Package community finds communities in sekat's undirected tie-strength
// graph (graph.CSR) with the Leiden algorithm and scores partitions with
// Newman's modularity.
//
// Modularity of a partition with resolution γ (Newman 2006; Reichardt &
// Bornholdt 2006) is
//
//	Q = 1/(2m) Σ_ij (A_ij − γ k_i k_j / (2m)) δ(c_i, c_j)
//
// where A_ij is the stored weight of the arc i->j, k_i the strength of i and
// 2m the total of all stored weights (an undirected CSR stores each edge
// twice, so m is the total edge weight). It equals NetworkX 2.8
// community.modularity(G, communities, weight="weight", resolution=γ).
//
// Leiden (Traag, Waltman & van Eck 2019, "From Louvain to Leiden:
// guaranteeing well-connected communities", Sci. Rep. 9:5233) maximises Q
// by fast local moving of nodes, a refinement that only merges nodes into
// well-connected subsets of their community, and aggregation of the refined
// subsets into the nodes of the next level. Every community it returns is
// connected. Results depend only on the graph and Options.Seed.
//
// Stability measures, per node, how often repeated runs with other seeds
// agree with a reported assignment; the contract calls this
// community_stability.
//
// The contract numbers communities from 1; this package numbers them from 0
// (largest first), and callers add 1 when writing tables.
package community
