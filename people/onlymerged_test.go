package people

import (
	"regexp"
	"strconv"
	"testing"
)

// TestOnlyCarrierOfMergedPairsSaid: with --reveal each withheld sector is
// reckoned as itself, so a person's sector_pairs_lost counts real sector
// pairs, while the matrix (sector_pair_bridges.csv) merges the withheld
// sectors into one row and column *. A pair of which the person is the
// only carrier then lies in a cell of * that other carriers of its other
// pairs share, and no cell names the person for it: on sekat generate
// --seed 201 --scale 0.04 with two sectors of two people added, the
// DISDIK person both wrote to was "the only carrier of 4 sector pairs"
// and named by no cell. The reason says how many of the pairs are such
// pairs, so that the rest are exactly the cells that name the person as
// their only carrier; a pair alone in its cell (* — * here, of two
// withheld sectors) is one of those cells and is not said to be merged.
func TestOnlyCarrierOfMergedPairsSaid(t *testing.T) {
	r, key := carrierStudy(t, [3]string{})
	const people = 3
	plan := &Plan{MinGroup: 5, Sectors: map[string]bool{"keuangan": true, "sosial": true}, Units: map[string]bool{}}
	said := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`the only carrier of (\d+) sector pairs?(, (\d+) of them with a hidden sector| with a hidden sector)?`),
		"id": regexp.MustCompile(`satu-satunya pembawa bagi (\d+) pasangan sektor(, (\d+) di antaranya dengan sektor yang disembunyikan| dengan sektor yang disembunyikan)?`),
	}
	for _, lang := range []string{"en", "id"} {
		tb := r.Tables(Identity{Key: key, Reveal: true}, plan, lang)
		if len(tb.Facilitators) != people {
			t.Fatalf("%s: %d rows, want %d", lang, len(tb.Facilitators), people)
		}
		merged := 0
		for _, f := range tb.Facilitators {
			named := 0
			for _, p := range tb.Pairs {
				if p.OnlyCarrier == f.Pseudonym {
					named++
				}
			}
			m := said[lang].FindStringSubmatch(f.Reason)
			if m == nil {
				t.Fatalf("%s: %s (lost %d): no pairs lost in %q", lang, f.PersonID, f.SectorPairsLost, f.Reason)
			}
			lost, _ := strconv.Atoi(m[1])
			inStar := 0
			switch {
			case m[3] != "":
				inStar, _ = strconv.Atoi(m[3])
			case m[2] != "":
				inStar = lost
			}
			merged += inStar
			if lost != f.SectorPairsLost || lost-inStar != named {
				t.Errorf("%s: %s is the only carrier of %d pairs (%d said to be in merged cells of *) and named by %d cells: %q",
					lang, f.PersonID, f.SectorPairsLost, inStar, named, f.Reason)
			}
		}
		if merged == 0 {
			t.Errorf("%s: no reason says a pair is merged: the test checks nothing", lang)
		}
	}
}
