package people

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestFormalReasonSaysPairsLost: a formal coordinator who is the only
// carrier of some sector pairs has a reason that says so, in the words an
// informal person's reason uses, the pairs in a merged cell of * counted
// as for them. On sekat generate --seed 211 --scale 0.1 --reveal a
// BAPPEDA coordinator's sector_pairs_lost was 9 and the reason spoke of
// the weight alone, while the page's column showed the 9.
func TestFormalReasonSaysPairsLost(t *testing.T) {
	// p0 formal (of a coordinator unit), p1 informal, p2 formal (by the
	// word of the position)
	r, key := carrierStudy(t, [3]string{"unit", "", "Kabid"})
	said := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`; the only carrier of (\d+) sector pairs?(, (\d+) of them with a hidden sector| with a hidden sector)?`),
		"id": regexp.MustCompile(`; satu-satunya pembawa bagi (\d+) pasangan sektor(, (\d+) di antaranya dengan sektor yang disembunyikan| dengan sektor yang disembunyikan)?`),
	}
	formal := map[string]string{"en": "Formal coordinator (", "id": "Koordinator formal ("}
	for _, run := range []struct {
		name string
		plan *Plan
	}{
		{"no sector withheld", &Plan{MinGroup: 5, Sectors: map[string]bool{}, Units: map[string]bool{}}},
		// keuangan and sosial withheld: with --reveal, p0's
		// ekonomi-keuangan and p2's pendidikan-sosial lie in merged
		// cells of *
		{"two sectors withheld", &Plan{MinGroup: 5, Sectors: map[string]bool{"keuangan": true, "sosial": true}, Units: map[string]bool{}}},
	} {
		for _, lang := range []string{"en", "id"} {
			tb := r.Tables(Identity{Key: key, Reveal: true}, run.plan, lang)
			formals, merged := 0, 0
			for _, f := range tb.Facilitators {
				if f.List != Formal.String() {
					continue
				}
				formals++
				if !strings.HasPrefix(f.Reason, formal[lang]) {
					t.Errorf("%s, %s: %s's reason is not a formal coordinator's: %q", run.name, lang, f.PersonID, f.Reason)
				}
				if f.SectorPairsLost == 0 {
					t.Fatalf("%s, %s: %s carries no pair alone: the test checks nothing", run.name, lang, f.PersonID)
				}
				m := said[lang].FindStringSubmatch(f.Reason)
				if m == nil {
					t.Errorf("%s, %s: %s is the only carrier of %d sector pairs, and the reason does not say so: %q", run.name, lang, f.PersonID, f.SectorPairsLost, f.Reason)
					continue
				}
				if lost, _ := strconv.Atoi(m[1]); lost != f.SectorPairsLost {
					t.Errorf("%s, %s: %s's reason says %d pairs lost, the column %d: %q", run.name, lang, f.PersonID, lost, f.SectorPairsLost, f.Reason)
				}
				if m[2] != "" {
					merged++
				}
			}
			if formals != 2 {
				t.Errorf("%s, %s: %d formal rows, want 2", run.name, lang, formals)
			}
			if (len(run.plan.Sectors) > 0) != (merged > 0) {
				t.Errorf("%s, %s: %d formal reasons speak of merged cells of *", run.name, lang, merged)
			}
		}
	}
}
