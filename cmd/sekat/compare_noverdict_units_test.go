package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/metrics"
)

// TestNoVerdictSaysUnitsTested: at person level the units are judged as
// well as the sectors, and the sentence said when no verdict is reported
// says so. It read "No sector changed significantly between the two
// periods." alone, so a reader could think the units had not been tested.
// When the units could not be found to change (more tests than the
// sectors, a Holm floor above alpha) or shifted by less than the minimum
// change, the sentence says that of the units and not "no unit changed".
func TestNoVerdictSaysUnitsTested(t *testing.T) {
	group := func(typ metrics.GroupType, name string, v change.Verdict) change.GroupChange {
		return change.GroupChange{Type: typ, Name: name, Tested: true, Verdict: v, Homophily: change.Measure{PAdjusted: 0.5}}
	}
	person := func(units int, v change.Verdict) *change.Comparison {
		c := &change.Comparison{Method: change.Method{Level: "person", Permutations: 1000, Alpha: 0.05, MinChange: 0.1}}
		for i := range 3 {
			c.Groups = append(c.Groups, group(metrics.GroupSector, fmt.Sprintf("s%d", i), change.NoChange))
		}
		for i := range units {
			c.Groups = append(c.Groups, group(metrics.GroupUnit, fmt.Sprintf("u%02d", i), v))
		}
		return c
	}
	for _, tc := range []struct {
		name, lang string
		c          *change.Comparison
		want, not  []string
	}{
		{"both tested", "en", person(10, change.NoChange),
			[]string{"No sector and no unit changed significantly", "the units were both tested"}, nil},
		{"both tested", "id", person(10, change.NoChange),
			[]string{"Tidak ada sektor dan tidak ada unit kerja yang berubah secara bermakna", "sama-sama diuji"}, nil},
		{"units small", "en", person(10, change.SmallChange),
			[]string{"No sector changed significantly", "No unit changed by the minimum change: in 10 of the tested units"}, nil},
		{"units small", "id", person(10, change.SmallChange),
			[]string{"Tidak ada sektor yang berubah secara bermakna", "Tidak ada unit kerja yang berubah sebesar perubahan minimum: 10 unit kerja"}, nil},
		// 60 units over 1,000 permutations: floor 60/1001 = 0.060 > 0.05
		{"units unreachable", "en", person(60, change.NoChange),
			[]string{"No sector changed significantly", "No unit can be reported as changed with 1,000 permutations", "0.060", "--permutations 1199"},
			[]string{"No unit changed significantly"}},
		{"units unreachable", "id", person(60, change.NoChange),
			[]string{"Tidak ada sektor yang berubah secara bermakna", "Tidak ada unit kerja yang dapat dinyatakan berubah secara bermakna dengan 1.000 permutasi", "0,060"},
			[]string{"Tidak ada unit kerja yang berubah secara bermakna antara"}},
	} {
		got := noVerdict(tc.lang, tc.c, nil)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s (%s): %q, want it to say %q", tc.name, tc.lang, got, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s (%s): %q, want it not to say %q", tc.name, tc.lang, got, w)
			}
		}
	}
	// at unit level no unit is judged as a group, and the sentence is the sectors' alone
	c := person(0, change.NoChange)
	c.Method.Level = "unit"
	for _, lang := range []string{"en", "id"} {
		if got := noVerdict(lang, c, nil); got != msg(lang, "change.noChange") {
			t.Errorf("unit level (%s): %q, want %q", lang, got, msg(lang, "change.noChange"))
		}
	}
}
