package i18n

import "strconv"

// FacilitatorFacts are the numbers the sentence of a listed person puts
// into words (see FacilitatorReason).
type FacilitatorFacts struct {
	Formal bool
	// FormalBy is "unit", "position" or, when revealed, the word of the
	// position that made the person a formal coordinator.
	FormalBy          string
	Rank              int
	Weight            float64 // cross-sector tie weight
	Reach             int
	OtherSectors      int
	ReachWeight       float64 // the tie weight to a sector that counts it as reached
	MonthsTop, Months int
	TopPercent        int
	RankLo, RankHi    int
	// TieLo..TieHi are the ranks sharing this person's weight and reach;
	// the sentence says so when they are more than one.
	TieLo, TieHi int
	// FewSlices, when above 0, is the number of slices of a window too
	// short for a rank interval (fewer than MinSlices): the sentence
	// says so instead of giving one.
	FewSlices, MinSlices int
	PairsLost            int
	// PairsLostMerged are those of PairsLost that the matrix shows merged
	// with other pairs in its row and column of the hidden sectors (with
	// --reveal, each hidden sector reckoned as itself): the sentence says
	// how many, since no cell names the person for them.
	PairsLostMerged int
	Overloaded      bool
	UnitShare       float64
	// ShareOverWindow says UnitShare is reckoned on the window's network
	// (a run without names, people.Result.ShareOverWindow), not over the
	// person's time in the unit: the sentence says which.
	ShareOverWindow bool
	// OverloadShare is the unit share above which a person of a top
	// strength is overloaded (0.3): the sentence gives the share with
	// the decimals that show it above.
	OverloadShare float64
	// Units is the number of units the person worked in during the
	// window (a return to a unit is no new unit); the sentence names it
	// from 2.
	Units int
}

// FacilitatorReason says in one sentence why a person is listed by sekat
// facilitators: for an informal facilitator the sectors reached, the
// cross-sector tie weight and its rank with the bootstrap interval, the
// months in the top, and, when they apply, the sector pairs nobody else
// carries with at least ReachWeight (weaker ties between their sectors may
// remain, so the sentence does not say they are cut), the overload and
// the units credited; for a formal
// coordinator why they are formal, their tie weight and, in the words of
// an informal person's, the sector pairs nobody else carries, the overload
// and the units credited. facilitators.csv
// and facilitators.html show this sentence, so it is made only here.
func FacilitatorReason(lang string, f FacilitatorFacts) string {
	w := Number(lang, f.Weight, 0)
	rw := Given(lang, f.ReachWeight) // as the page's parameters give it
	if f.Formal {
		var s string
		switch f.FormalBy {
		case "unit":
			s = T(lang, "people.reason.formalUnit", w)
		case "position":
			s = T(lang, "people.reason.formalPosition", w)
		default:
			s = T(lang, "people.reason.formalWord", f.FormalBy, w)
		}
		// a BAPPEDA coordinator whose sector_pairs_lost was 9 had a
		// reason that never said so, where an informal person's did
		// (TestFormalReasonSaysPairsLost); nor did it say that the unit
		// relied on them (overloaded true in the same row) or that they
		// had moved (TestFormalReasonSaysOverloadAndUnits)
		return s + pairsLost(lang, f, rw) + reliedAndMoved(lang, f) + "."
	}
	// the weight first, then the sectors reached with at least
	// ReachWeight each: "reaches 0 of 11 other sectors with a cross-sector
	// tie weight of 8" read as a contradiction
	s := T(lang, "people.reason.informal", w, f.Reach, f.OtherSectors, rw, Int(lang, int64(f.Rank)))
	switch {
	case f.RankLo > 0:
		s = T(lang, "people.reason.informalInterval", w, f.Reach, f.OtherSectors, rw, Int(lang, int64(f.Rank)), Int(lang, int64(f.RankLo)), Int(lang, int64(f.RankHi)))
	case f.FewSlices > 0:
		s = T(lang, "people.reason.informalFewSlices", w, f.Reach, f.OtherSectors, rw, Int(lang, int64(f.Rank)), f.FewSlices, f.MinSlices)
	}
	if f.TieHi > f.TieLo {
		// ranks 11-30 of equal weight and reach were each stated as
		// exact ("peringkat 26") when the order among them is only the
		// tie key's
		s += T(lang, "people.reason.tied", f.TieHi-f.TieLo+1, Int(lang, int64(f.TieLo)), Int(lang, int64(f.TieHi)))
	}
	if f.Months > 0 {
		s += T(lang, "people.reason.months", f.TopPercent, f.MonthsTop, f.Months)
	}
	return s + pairsLost(lang, f, rw) + reliedAndMoved(lang, f) + "."
}

// reliedAndMoved is the clause of FacilitatorReason on the unit's
// reliance on the person (when Overloaded) and the units the person
// worked in (from 2), the same words for a formal coordinator and an
// informal person.
func reliedAndMoved(lang string, f FacilitatorFacts) string {
	var s string
	if f.Overloaded {
		key := "people.reason.overload"
		if f.ShareOverWindow {
			key = "people.reason.overloadWin"
		}
		s += T(lang, key, abovePercent(lang, f.UnitShare, f.OverloadShare))
	}
	if f.Units > 1 {
		s += T(lang, "people.reason.spells", f.Units)
	}
	return s
}

// abovePercent writes the share x, above the threshold share, as a
// percent with the fewest decimals (none to 3) that read above the
// threshold's percent: a unit share of 0.3004, with the rule "more than
// 30%", read "30%" (TestFacilitatorReasonShareReadsAbove); it is 30,04%.
func abovePercent(lang string, x, threshold float64) string {
	p, t := 100*x, 100*threshold
	d := 0
	for ; d < 3; d++ {
		if v, err := strconv.ParseFloat(roundHalfUp(p, d), 64); err != nil || v > t {
			break
		}
	}
	return Number(lang, p, d)
}

// pairsLost is the clause of FacilitatorReason on the sector pairs of
// which the person is the only carrier with at least rw (empty for none),
// saying how many of them lie in a merged cell of the hidden sectors; the
// same words for a formal coordinator and an informal person.
func pairsLost(lang string, f FacilitatorFacts, rw string) string {
	switch {
	case f.PairsLost > 0 && f.PairsLostMerged >= f.PairsLost:
		return T(lang, "people.reason.pairsLostAllMerged", f.PairsLost, rw)
	case f.PairsLost > 0 && f.PairsLostMerged > 0:
		return T(lang, "people.reason.pairsLostMerged", f.PairsLost, f.PairsLostMerged, rw)
	case f.PairsLost > 0:
		return T(lang, "people.reason.pairsLost", f.PairsLost, rw)
	}
	return ""
}

// FacilitatorsLeftOut is the note of facilitators.html on the n people
// in no list because what the run shows of their position would single
// them out in a unit (fewer than minGroup share it), with "person" for one.
func FacilitatorsLeftOut(lang string, n, minGroup int) string {
	if n == 1 {
		return T(lang, "viz.fac.leftOutOne", minGroup)
	}
	return T(lang, "viz.fac.leftOut", n, minGroup)
}
