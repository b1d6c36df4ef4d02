package broker

import (
	"context"
	"math"
	"testing"
)

// TestPermutationChunksSame: the shuffles run a chunk at a time, and the
// means, SDs and z-scores are the same, to the bit, whatever the chunk
// (one shuffle, a few, all at once). Before, every shuffle's labels were
// kept at once: 4 bytes a node per shuffle, so facilitators --shuffles
// 1000000000 died out of memory.
func TestPermutationChunksSame(t *testing.T) {
	d, group := sparseDirected(60, 300)
	for i := range group {
		group[i] = int32(i % 4)
	}
	c, err := Brokerage(d, group)
	if err != nil {
		t.Fatal(err)
	}
	run := func() Permuted {
		p, err := BrokeragePermutation(context.Background(), d, group, c, PermutationOptions{Permutations: 257, Seed: 5, Workers: 2})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	want := run()
	old := maxShuffleBytes
	defer func() { maxShuffleBytes = old }()
	for _, b := range []int{1, 4 * d.N * 3, 4 * d.N * 100} {
		maxShuffleBytes = b
		if got := run(); !sameBits(got, want) {
			t.Errorf("maxShuffleBytes %d: the shuffle statistics differ from one chunk's", b)
		}
	}
	if _, err := BrokeragePermutation(context.Background(), d, group, c, PermutationOptions{Permutations: 10, Nodes: []int32{1, 1}}); err == nil {
		t.Error("a node listed twice was taken")
	}
}

// sameBits reports whether a and b hold the same numbers to the bit (NaN
// as NaN, which reflect.DeepEqual calls unequal).
func sameBits(a, b Permuted) bool {
	if a.Permutations != b.Permutations || len(a.Z) != len(b.Z) {
		return false
	}
	for i := range a.Z {
		for r := range a.Z[i] {
			for _, x := range [][2]float64{{a.Mean[i][r], b.Mean[i][r]}, {a.SD[i][r], b.SD[i][r]}, {a.Z[i][r], b.Z[i][r]}} {
				if math.Float64bits(x[0]) != math.Float64bits(x[1]) {
					return false
				}
			}
		}
	}
	return true
}
