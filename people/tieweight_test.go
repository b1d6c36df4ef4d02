package people

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestTiedWeightsWrittenSame: people are tied when their cross-sector
// weights are equal to 12 significant digits (TieWeight), and the reason
// of each says that they have the same weight and reach. It said "exactly
// the same weight" ("sama persis"), and facilitators.csv wrote each
// weight to 15 digits, so a tie of 7 and a sum of shares off in its 15th
// digit (7.00000000000001, as a strength of 7 came out in the case that
// result.AsWritten's comment gives) read as two different weights. The
// rows now write the weight the ranking compares, and the sentence no
// longer claims an exactness the sums do not have.
func TestTiedWeightsWrittenSame(t *testing.T) {
	key, err := NewKey(bytes.NewReader(bytes.Repeat([]byte{5}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	const noisy = 7.00000000000001
	if string(graph.AppendFloat(nil, noisy)) == "7" || TieWeight(noisy) != TieWeight(7) {
		t.Fatalf("%v is written %s, tie weight %v: the test needs a weight tied with 7 that is written apart from it",
			noisy, graph.AppendFloat(nil, noisy), TieWeight(noisy))
	}
	net := &graph.Network{Level: graph.PersonLevel, Nodes: []graph.Node{{ID: "p0", Sector: "x"}, {ID: "p1", Sector: "x"}}}
	r := &Result{Net: net, Sectors: []string{"x", "y"}}
	for i, w := range []float64{noisy, 7} {
		r.People = append(r.People, Person{Node: int32(i), Class: Informal, Rank: i + 1, Score: w, Reach: 1,
			TieLo: 1, TieHi: 2, Passes: true})
		r.Informal = append(r.Informal, i)
	}
	r.Options.Listed, r.Options.ReachWeight = 30, 5
	plan := &Plan{MinGroup: 5, Sectors: map[string]bool{}, Units: map[string]bool{}}
	for _, lang := range []string{"en", "id"} {
		tb := r.Tables(Identity{Key: key}, plan, lang)
		if len(tb.Facilitators) != 2 {
			t.Fatalf("%s: %d rows, want 2", lang, len(tb.Facilitators))
		}
		var written []string
		for _, f := range tb.Facilitators {
			written = append(written, string(graph.AppendFloat(nil, f.CrossSectorWeight)))
			same := map[string]string{"en": "have the same weight and reach", "id": "memiliki bobot dan jangkauan yang sama"}[lang]
			if !strings.Contains(f.Reason, same) {
				t.Errorf("%s: the reason of a tied row does not say %q: %q", lang, same, f.Reason)
			}
			if strings.Contains(f.Reason, "exactly") || strings.Contains(f.Reason, "persis") {
				t.Errorf("%s: weights %v and 7 are said to be exactly the same: %q", lang, noisy, f.Reason)
			}
		}
		if written[0] != written[1] {
			t.Errorf("%s: the rows of one tie write weights %s and %s", lang, written[0], written[1])
		}
	}
}
