package change

import (
	"testing"
)

// TestBlockSumsCompensated: a block's strengths are sums of many Newman
// weights 1/(k-1) that are whole in exact arithmetic; summed by a plain
// loop, a person-level compare of sekat generate --seed 4 --forums wrote
// strengths of 5060.99999999999 and 840.000000000001 in
// changes_units.csv. Here one person has 30 ties of weight 1/3 and 60 of
// 1/6 in each of two blocks (exactly 20 a block): the block vector and
// the sum over blocks must be 20 and 40.
func TestBlockSumsCompensated(t *testing.T) {
	l := newLayout(nil, 1)
	pi := newPairIndex()
	var pairs []int32
	var pw []float64
	for v := int32(1); v <= 90; v++ {
		pairs = append(pairs, pi.id(0, v))
		w := 1.0 / 3
		if v > 30 {
			w = 1.0 / 6
		}
		pw = append(pw, w)
	}
	plain := 0.0
	for _, w := range pw {
		plain += w
	}
	if plain == 20 {
		t.Fatalf("a plain sum of the weights gives 20: the test tests nothing")
	}
	entity := func(_ int, x int32) int32 {
		if x == 0 {
			return 0
		}
		return -1
	}
	sector := func(int, int32) int32 { return 0 }
	p := &pool{data: make([]blockData, 2)}
	for b := range p.data {
		p.data[b] = blockData{pairs: pairs, pw: pw}
		l.fill(&p.data[b], b, pi, entity, sector)
		if got := p.data[b].lin[l.entOff]; got != 20 {
			t.Errorf("block %d: strength %v, want 20", b, got)
		}
	}
	if got := p.sumAt([]int{0, 1}, l.entOff); got != 40 {
		t.Errorf("strength over both blocks %v, want 40", got)
	}
}
