// Package silo measures how closed groups of units are: the Guimerà-Amaral
// node roles (participation coefficient, within-module degree z-score, roles
// R1-R7), Krackhardt & Stern's E-I index per node, per group and for the whole
// network, per group its expected E-I under label shuffling, Coleman's
// homophily index and a permutation test with Holm's correction,
// conductance and density, attribute assortativity, and the agreement of two
// partitions (NMI, ARI). Judge turns a group's homophily index and adjusted
// p-value into a verdict (silo, watch or none) that does not depend on the
// group's size; docs/metrics.md ("Silo verdict") says how it was
// calibrated.
//
// Inputs are the undirected combined graph (a *graph.CSR storing every edge
// in both directions, w{u,v} = weight(u->v) + weight(v->u)) and a group label
// per node: a sector index or a community index. Weights are tie strengths and
// must be positive.
//
// Labels: Groups takes labels in [0, k) and reports one row per group index,
// empty groups included. Every other function accepts any int32 labels and
// only compares them for equality. A label slice whose length is not g.N is
// an error, never a panic.
//
// Undefined numbers are NaN (the caller writes an empty cell): the E-I index
// of a node or group without ties, conductance when one side has no volume,
// the assortativity of a network whose ties all fall in one group, and ARI
// where python-igraph returns nan. Each function's comment says where.
//
// The permutation test is seeded and parallel; its result depends only on
// the seed and the number of permutations, never on GOMAXPROCS or the number
// of workers.
package silo
