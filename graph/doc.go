// Package graph holds sekat's network model: units and people as nodes with
// their attributes, the four interaction layers (correspondence, meetings,
// data_sharing, data_denied), the combined directed and undirected weights of
// a time window, and their compact (CSR) storage.
//
// A weight is a tie strength: larger means more interaction. Path metrics
// use the distance 1/w, converted only by Distance.
//
// Node ids are dense integers 0..N-1 interned in a deterministic order (sorted
// by the external id), so nothing depends on input order or map iteration.
// Networks are also usable through gonum's graph interfaces (see Undirected
// and Directed), so gonum's algorithms and encoding/dot work on them.
package graph
