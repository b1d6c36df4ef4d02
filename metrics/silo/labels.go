package silo

import (
	"fmt"
	"slices"

	"github.com/sekat-ona/sekat/graph"
)

// checkLen returns an error when group does not hold one label per node.
func checkLen(what string, g *graph.CSR, group []int32) error {
	if len(group) != g.N {
		return fmt.Errorf("silo: %s needs one group label per node: got %d labels for %d nodes", what, len(group), g.N)
	}
	return nil
}

// dense maps arbitrary int32 labels to 0..k-1 in ascending label order and
// returns the mapped labels and k. Nothing depends on map iteration order.
func dense(labels []int32) ([]int32, int) {
	if len(labels) == 0 {
		return []int32{}, 0
	}
	uniq := slices.Clone(labels)
	slices.Sort(uniq)
	uniq = slices.Compact(uniq)
	out := make([]int32, len(labels))
	for i, l := range labels {
		j, _ := slices.BinarySearch(uniq, l)
		out[i] = int32(j)
	}
	return out, len(uniq)
}
