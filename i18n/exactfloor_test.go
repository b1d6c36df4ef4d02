package i18n

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// TestSiloReasonExactFloor: the study of silo.TestSmallNetworkPNotBelowExact
// (7 units, five one-unit sectors and one of two whose pair tie is 4.4
// times each other tie). Its sector's sequential test stopped at 20
// exceedances and its p was raised to 1/C(7, 2) = 1/21, the smallest
// its labels allow; silos.csv's reason still read "p terkoreksi ≈ 0,048,
// perkiraan kasar dari 601 pengacakan". That p is exact: the reason says
// it is the smallest p the 7 units allow, in both languages.
func TestSiloReasonExactFloor(t *testing.T) {
	const n = 7
	var arcs []graph.Arc
	for u := range n {
		for v := u + 1; v < n; v++ {
			w := 70.0
			if u == 5 && v == 6 {
				w = 310
			}
			arcs = append(arcs, graph.Arc{U: int32(u), V: int32(v), W: w})
		}
	}
	g := graph.NewCSR(n, arcs, true)
	grp := []int32{0, 1, 2, 3, 4, 5, 5}
	checked := 0
	for seed := uint64(1); seed <= 30; seed++ {
		st, err := silo.Groups(g, grp, 6, silo.Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		s := st[5]
		if !s.Stopped || s.EIPValue <= float64(silo.StopExceedances)/float64(s.Permutations) {
			continue // not a raised stopped test
		}
		checked++
		grpOf := metrics.Group{Type: metrics.GroupSector, Name: "sosial", Verdict: silo.Watch, GroupStats: s}
		for _, c := range []struct{ lang, want string }{
			{"en", "(adjusted p = 0.048 (1/21), the smallest p that a group of 2 of the network's 7 members allows: no number of shuffles could give a smaller one)"},
			{"id", "(p terkoreksi = 0,048 (1/21), nilai p terkecil yang dimungkinkan bagi kelompok beranggotakan 2 dari 7 anggota jejaring: berapa pun banyaknya pengacakan, nilai p tidak dapat lebih kecil)"},
		} {
			got := SiloReason(c.lang, grpOf, silo.Thresholds{})
			if !strings.Contains(got, c.want) {
				t.Errorf("seed %d, %s: reason\n%q\nlacks %q", seed, c.lang, got, c.want)
			}
			for _, bad := range []string{"rough", "kasar", "≈"} {
				if strings.Contains(got, bad) {
					t.Errorf("seed %d, %s: reason calls the exact p an estimate (%q): %q", seed, c.lang, bad, got)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no seed raised the stopped test to 1/21: the case this test is for did not occur")
	}
}

// TestSiloReasonExactFloorHolm: when Holm's adjustment raises the floor
// p (a family of three, 3/21 = 0.143), the reason gives the adjusted p
// and the exact p it came from.
func TestSiloReasonExactFloorHolm(t *testing.T) {
	g := metrics.Group{Type: metrics.GroupSector, Name: "sosial", Verdict: silo.Watch,
		GroupStats: silo.GroupStats{EIIndex: -0.2, EIExpected: 0.6, Homophily: silo.Homophily(-0.2, 0.6), Size: 2, Nodes: 7,
			EIPValue: 1.0 / 21, PAdjusted: 3.0 / 21, Permutations: 601, Stopped: true}}
	for _, c := range []struct{ lang, want string }{
		{"en", "(adjusted p = 0.143, from p = 1/21, the smallest p that a group of 2 of the network's 7 members allows: no number of shuffles could give a smaller one)"},
		{"id", "(p terkoreksi = 0,143, berasal dari p = 1/21, nilai p terkecil yang dimungkinkan bagi kelompok beranggotakan 2 dari 7 anggota jejaring: berapa pun banyaknya pengacakan, nilai p tidak dapat lebih kecil)"},
	} {
		if got := SiloReason(c.lang, g, silo.Thresholds{}); !strings.Contains(got, c.want) {
			t.Errorf("%s: reason\n%q\nlacks %q", c.lang, got, c.want)
		}
	}
}
