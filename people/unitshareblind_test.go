package people

import (
	"context"
	"math"
	"testing"
)

// TestUnitShareBlindWithoutNames: in a run that shows no names
// (PseudonymousMinGroup above 0) unit_share is reckoned on the window's
// network, each person in the unit of the row, so that it tells of no
// move: the shares of a unit's people add up to 1. The study is
// TestUnitShareOfTheSpellInForce's (m moved from A to C in week 10): over
// the spell in force C's shares were m 3/4, c1 8/12 and c2 1/12, together
// 1.5, which tells that someone of C came during the window. On the
// window's network C's cross-unit weight is m's 3 letters to a, a's 2 to
// c1 and c2's 1 to a (m's 6 to c1 are inside C there): m 3/6, c1 2/6, c2
// 1/6; A's is a's 6, all a's.
func TestUnitShareBlindWithoutNames(t *testing.T) {
	n, list, dir := moverStudy(t)
	for _, k := range []int{0, 1} {
		opt := Options{Bootstrap: 10, Permutations: 2, Seed: 1, PseudonymousMinGroup: k}
		r, err := Facilitators(context.Background(), Input{Net: n, Dir: dir, Slices: list}, opt)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.ShareOverWindow(); got != (k > 0) {
			t.Errorf("PseudonymousMinGroup %d: ShareOverWindow %v", k, got)
		}
		want := map[string]float64{"m": 3.0 / 4, "c1": 8.0 / 12, "c2": 1.0 / 12, "a": 6.0 / 12}
		if k > 0 {
			want = map[string]float64{"m": 3.0 / 6, "c1": 2.0 / 6, "c2": 1.0 / 6, "a": 1}
		}
		sums := map[string]float64{}
		for i := range r.People {
			nd := n.Nodes[r.People[i].Node]
			sums[nd.Unit] += r.People[i].UnitShare
			w, ok := want[nd.ID]
			if !ok {
				continue
			}
			if got := r.People[i].UnitShare; math.Abs(got-w) > 1e-12 {
				t.Errorf("PseudonymousMinGroup %d: %s: unit share %v, want %v", k, nd.ID, got, w)
			}
			delete(want, nd.ID)
		}
		if len(want) > 0 {
			t.Errorf("PseudonymousMinGroup %d: not found: %v", k, want)
		}
		for u, s := range sums {
			if k > 0 && s > 1+1e-12 {
				t.Errorf("without names the shares of unit %s add up to %v, above 1: they tell of a move", u, s)
			}
		}
	}
}
