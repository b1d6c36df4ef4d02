package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/metrics"
)

// TestNoVerdictCountsShownGroupsOnly: the sentence said when no verdict is
// reported counted the groups whose change is significant but under the
// minimum change among all the groups, withheld ones too, so "in 1 of the
// tested sectors the change is significant" beside a shown sector without
// a verdict told of a sector of fewer than k people. It counts the groups
// shown.
func TestNoVerdictCountsShownGroupsOnly(t *testing.T) {
	c := &change.Comparison{Method: change.Method{Level: "person", Permutations: 1000, Alpha: 0.05, MinChange: 0.1}}
	add := func(typ metrics.GroupType, name string, v change.Verdict) {
		c.Groups = append(c.Groups, change.GroupChange{Type: typ, Name: name, Tested: true, Verdict: v, Homophily: change.Measure{PAdjusted: 0.5}})
	}
	add(metrics.GroupSector, "shown", change.NoChange)
	add(metrics.GroupSector, "kecil", change.SmallChange) // withheld: fewer than k people
	add(metrics.GroupUnit, "U1", change.NoChange)
	add(metrics.GroupUnit, "U2", change.NoChange)
	shown := map[[2]string]bool{{"sector", "shown"}: true, {"unit", "U1"}: true, {"unit", "U2"}: true}
	for _, lang := range []string{"en", "id"} {
		small := msg(lang, "change.noChangeSmall", 1, "0"+map[string]string{"en": ".", "id": ","}[lang]+"10")
		// the case does reach the count: with every group shown it is said
		if got := noVerdict(lang, c, nil); !strings.Contains(got, small) {
			t.Fatalf("%s, all shown: %q, want it to hold %q", lang, got, small)
		}
		got := noVerdict(lang, c, shown)
		if strings.Contains(got, small) {
			t.Errorf("%s: %q counts the withheld sector", lang, got)
		}
		if want := msg(lang, "change.noChangePerson"); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}
