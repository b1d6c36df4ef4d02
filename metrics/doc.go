// Package metrics computes sekat's network measures on graph.CSR arrays:
// centrality, communities, silo measures, brokerage and data-sharing
// friction. Functions take the narrowest input they need and return one value
// per node in id order.
package metrics
