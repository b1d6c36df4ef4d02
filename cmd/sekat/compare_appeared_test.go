package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/result"
)

// TestCompareAppearedSaid: a sector (or, at person level, a unit) of a
// kind the silo rule judges whose ties begin in the after period gets no
// verdict and is not tested; compare says so, naming it, where it said
// only "No sector changed significantly between the two periods" (sekat
// generate --seed 640 --scale 0.3 --no-change with every event of a
// sosial unit before 2025-07-01 removed, compare on the halves), while a
// sector whose ties all end is said to have dissolved. A group of a kind
// not judged (coordinators) and a group withheld for privacy (not among
// the rows shown) are not named.
func TestCompareAppearedSaid(t *testing.T) {
	c := &change.Comparison{Groups: []change.GroupChange{
		{Type: metrics.GroupSector, Name: "ekonomi", Judged: true, Present: change.Both, Tested: true},
		{Type: metrics.GroupSector, Name: "sosial", Judged: true, Present: change.AfterOnly},
		{Type: metrics.GroupSector, Name: "koordinasi", Present: change.AfterOnly},
		{Type: metrics.GroupUnit, Name: "DINSOS", Judged: true, Present: change.AfterOnly},
		{Type: metrics.GroupUnit, Name: "UJI", Judged: true, Present: change.AfterOnly}, // withheld
	}}
	rc := &result.Comparison{Groups: []result.GroupChange{
		{Type: "sector", Name: "ekonomi"}, {Type: "sector", Name: "sosial"}, {Type: "sector", Name: "koordinasi"}, {Type: "unit", Name: "DINSOS"},
	}}
	for _, tc := range []struct{ lang, want string }{
		{"en", "For sector sosial, and for unit DINSOS, no change is tested: the ties begin in the after period"},
		{"id", "Untuk sektor sosial, dan untuk unit DINSOS, perubahan tidak diuji: hubungannya baru ada pada periode sesudah"},
	} {
		got := appearedGroups(tc.lang, c, rc)
		if !strings.Contains(got, tc.want) || strings.Contains(got, "koordinasi") || strings.Contains(got, "UJI") || strings.Contains(got, "ekonomi") {
			t.Errorf("%s: %q, want %q, naming neither koordinasi, UJI nor ekonomi", tc.lang, got, tc.want)
		}
	}
	c.Groups = c.Groups[:1]
	if got := appearedGroups("en", c, rc); got != "" {
		t.Errorf("no group appeared: %q, want nothing", got)
	}
}
