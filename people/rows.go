package people

import (
	"math"
	"sort"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics/broker"
	"github.com/sekat-ona/sekat/result"
)

// Identity says how outputs name people: always by keyed pseudonym, and
// with their id, name and position too only when Reveal is set.
type Identity struct {
	Key    Key
	Reveal bool
}

// Tables are the rows of the outputs of sekat facilitators.
type Tables struct {
	Facilitators []result.Facilitator
	Spells       []result.FacilitatorSpell
	Set          []result.SetPick
	Pairs        []result.PairBridge
	// Withheld is what the minimum group size left out of these rows.
	Withheld *Withheld
}

// Notice is the sentence every page and table of a person-level output
// carries, in lang.
func Notice(lang string) string { return i18n.T(lang, "people.notice") }

// OneSector reports whether the tables have no sector pair because the
// study's people are in one sector: no pair is listed and none was
// withheld with a sector of too few people (a study of ten sectors, each
// under --min-group, lists no pair either).
func (t Tables) OneSector() bool {
	return len(t.Pairs) == 0 && (t.Withheld == nil || len(t.Withheld.Sectors) == 0)
}

// AllSectorsHidden reports whether the tables have no sector pair because
// every sector is withheld: without names the withheld sectors are one
// sector, so a study of two sectors, one of 4 people, had no pair, no
// candidate and a page that spoke of the matrix's row and column * above
// an empty matrix. A shown sector would have its pair with *, counted in
// Withheld.Rows; with --reveal the pairs between withheld sectors are the
// cell * — *, and the tables have it.
func (t Tables) AllSectorsHidden() bool {
	return len(t.Pairs) == 0 && t.Withheld != nil && len(t.Withheld.Sectors) > 0 && t.Withheld.Rows == 0
}

// Tables turns the result into the rows of facilitators.csv,
// facilitator_spells.csv, facilitator_set.csv and
// sector_pair_bridges.csv: the one place where a person of the result
// becomes a row, so the one place where ids become pseudonyms. Units and
// sectors withheld by plan are shown as Hidden; sector pairs with a
// withheld sector are left out; the formal coordinators' match word is a
// part of their position and is shown only when revealed. Without names,
// the units a person worked in during the window are not written either:
// no spell rows and spells 0 for everyone (a pseudonym's move from one
// unit to another, with its weeks, is named by the transfer decree, as in
// compare), and the people singled out by their position
// (Person.SingledOut) are in no row at all, nor named as the only carrier
// of a sector pair.
func (r *Result) Tables(id Identity, plan *Plan, lang string) Tables {
	n := r.Net
	notice := Notice(lang)
	t := Tables{Withheld: &Withheld{MinGroup: plan.MinGroup, Sectors: sortedKeys(plan.Sectors), Units: sortedKeys(plan.Units), Communities: []string{},
		PeopleLeftOut: r.SingledOut, HiddenBesideExternal: r.BesideExternal, SpellsWithheld: !id.Reveal}}
	who := func(p *Person) (pseudonym, pid, name, position string) {
		nd := &n.Nodes[p.Node]
		pseudonym = id.Key.Pseudonym(nd.ID)
		if id.Reveal {
			pid, name, position = nd.ID, nd.Name, nd.Position
		}
		return
	}
	inSet := map[int]bool{}
	for _, pk := range r.Set {
		inSet[pk.Person] = true
	}
	cells, folded, merged := r.pairCells(plan)
	t.Withheld.Rows += folded
	shown := map[int]bool{}
	for _, i := range r.Shown() {
		shown[i] = true
		p := &r.People[i]
		nd := &n.Nodes[p.Node]
		if plan.Units[nd.Unit] || plan.Sectors[nd.Sector] {
			// shown with unit or sector Hidden: counted as analyze
			// counts them (audit.json said 0 beside rows of unit *)
			t.Withheld.PeopleRelabelled++
			// A person's share of the unit's cross-unit weight is a
			// figure of the unit: the shares of a withheld unit's
			// listed members add up to its whole, which regroups them.
			q := *p
			q.UnitShare, q.Overloaded = math.NaN(), false
			p = &q
		}
		// the weight as the ranking compares it (TieWeight): the reason
		// of a tie says its people have the same weight, and written
		// to 15 digits a tie of 7 could read 7 and 7.00000000000001
		// (TestTiedWeightsWrittenSame)
		f := result.Facilitator{List: p.Class.String(), Rank: p.Rank, Unit: plan.UnitLabel(nd.Unit), Sector: plan.SectorLabel(nd.Sector),
			CrossSectorWeight: TieWeight(p.Score), Reach: p.Reach, SectorPairs: p.Pairs, SectorPairsLost: p.PairsOnly,
			MonthsTop: p.MonthsTop, Months: p.Months, RankLo: p.RankLo, RankHi: p.RankHi,
			Roles: p.Roles, Exp: p.RoleExp, SD: p.RoleSD, Z: p.RoleZ,
			Constraint: p.Constraint, EffectiveSize: p.EffectiveSize, Hierarchy: p.Hierarchy,
			Participation: p.Participation, Betweenness: p.Betweenness, Strength: p.Strength,
			UnitShare: p.UnitShare, Overloaded: p.Overloaded, InSet: inSet[i], Notice: notice}
		if id.Reveal {
			f.Spells = len(p.Spells)
		}
		copy(f.PermZ[:], p.PermZ[:broker.Roles])
		f.Pseudonym, f.PersonID, f.Name, f.Position = who(p)
		if p.Class == Formal {
			f.FormalBy = p.FormalBy
			if f.FormalBy != "unit" && !id.Reveal {
				f.FormalBy = "position"
			}
		}
		units := 0
		if id.Reveal {
			units = spellUnits(p.Spells)
		}
		f.Reason = r.reason(p, f.FormalBy, units, r.onlyMerged(i, merged), lang)
		t.Facilitators = append(t.Facilitators, f)
		if f.Spells > 1 {
			for k, sp := range p.Spells {
				s := result.FacilitatorSpell{Pseudonym: f.Pseudonym, PersonID: f.PersonID, Spell: k + 1,
					Unit: plan.UnitLabel(sp.Unit), Sector: plan.SectorLabel(sp.Sector), Weeks: sp.Weeks,
					CrossSectorWeight: sp.Weight, Reach: sp.Reach, Roles: sp.Roles, Notice: notice}
				t.Spells = append(t.Spells, s)
			}
		}
	}
	for k, pk := range r.Set {
		p := &r.People[pk.Person]
		nd := &n.Nodes[p.Node]
		s := result.SetPick{Order: k + 1, Unit: plan.UnitLabel(nd.Unit), Sector: plan.SectorLabel(nd.Sector), Rank: p.Rank,
			Cover: r.Options.Cover.String(), Gain: pk.Gain, Covered: pk.Covered, Redundant: pk.Redundant,
			Coverable: r.Coverable, Notice: notice}
		s.Pseudonym, s.PersonID, s.Name, s.Position = who(p)
		t.Set = append(t.Set, s)
	}
	for _, pr := range cells {
		b := result.PairBridge{SectorA: pr.A, SectorB: pr.B, CrossSectorWeight: pr.Weight, Carriers: pr.Carriers,
			CarriersClass: CarriersClass(pr.Carriers), Notice: notice}
		// Only a person with a row of facilitators.csv is named: the
		// rest of the staff appear in no output. A person left out of
		// every list for their position would have their pseudonym
		// beside the pair of sectors they bridge give back what the
		// lists hold back; the only carrier of eksternal-koordinasi, a
		// DPRD staffer (external staff are never listed), stood here as
		// a pseudonym with no row to say who or why.
		if pr.Only >= 0 && shown[pr.Only] && !r.People[pr.Only].SingledOut {
			b.OnlyCarrier, _, _, _ = who(&r.People[pr.Only])
		}
		t.Pairs = append(t.Pairs, b)
	}
	return t
}

// pairCells are the sector pairs as sector_pair_bridges.csv and the
// page's matrix show them: the pairs of two shown sectors as reckoned,
// then the withheld sectors (plan.Sectors) as one sector Hidden, paired
// with each shown sector in order, and last, when more than one withheld
// sector is reckoned as itself (with --reveal), the pair Hidden–Hidden
// of the work between them. A cell of Hidden adds up the weight of the
// pairs it stands for and counts each person who carries any of them
// once. folded counts the pairs that name a withheld sector, shown in
// those cells instead, and merged marks (by index of r.Pairs) the pairs
// shown in a cell of more than one pair: with --reveal, where a cell of
// Hidden counts the carriers of several real pairs, a person may be the
// only carrier of such a pair and stand beside a cell of two or more
// (onlyMerged).
//
// The cells of Hidden are the rows and columns of the withheld sectors
// that every figure of the rows counts (reach, sector pairs, the set):
// left out, the matrix of a run that withheld three sectors had 9 sectors
// while the reasons said "reaches 5 of 11 other sectors" (with --reveal)
// or "of 9" (without names: the hidden sectors as one), and the row of
// a person of sector Hidden stood beside no cell of theirs
// (TestPairCellsShowHidden). Their place does not depend on the withheld
// sectors' names: placed where the first of them sorts, they told where
// its name falls among the shown ones.
func (r *Result) pairCells(plan *Plan) (cells []Pair, folded int, merged []bool) {
	hidden := func(s string) bool { return plan != nil && plan.Sectors[s] }
	type agg struct {
		Pair
		src []int // indexes of r.Pairs
	}
	var shown []Pair
	star := map[string]*agg{} // by the shown sector; "" for Hidden–Hidden
	for k, pr := range r.Pairs {
		ha, hb := hidden(pr.A), hidden(pr.B)
		if !ha && !hb {
			shown = append(shown, pr)
			continue
		}
		folded++
		other := ""
		switch {
		case !ha:
			other = pr.A
		case !hb:
			other = pr.B
		}
		c := star[other]
		if c == nil {
			c = &agg{Pair: Pair{A: Hidden, B: other, Only: -1}}
			if other == "" {
				c.B = Hidden
			}
			star[other] = c
		}
		c.Weight += pr.Weight
		c.src = append(c.src, k)
	}
	cells = shown
	merged = make([]bool, len(r.Pairs))
	others := make([]string, 0, len(star))
	for s := range star {
		if s != "" {
			others = append(others, s)
		}
	}
	sort.Strings(others)
	if star[""] != nil {
		others = append(others, "")
	}
	for _, s := range others {
		c := star[s]
		if len(c.src) == 1 {
			// one pair: its own count (the pairs of a run without
			// names, where the withheld sectors are reckoned as one)
			pr := r.Pairs[c.src[0]]
			c.Carriers, c.Only = pr.Carriers, pr.Only
		} else {
			for _, k := range c.src {
				merged[k] = true
			}
			for i := range r.People {
				p := &r.People[i]
				for _, k := range c.src {
					if k/64 < len(p.pairs) && p.pairs[k/64]&(1<<(k%64)) != 0 {
						c.Carriers++
						if c.Carriers == 1 {
							c.Only = i
						} else {
							c.Only = -1
						}
						break
					}
				}
			}
		}
		cells = append(cells, c.Pair)
	}
	return cells, folded, merged
}

// onlyMerged counts the sector pairs of which person i is the only
// carrier that the rows show merged with others in one cell of Hidden
// (pairCells' merged): the reason says how many of the person's
// sector_pairs_lost they are, so that the rest are the cells that name
// the person as their only carrier. On sekat generate --seed 201 --scale
// 0.04 with two sectors of two people added (withheld with eksternal and
// koordinasi), the DISDIK person both wrote to was "the only carrier of 4
// sector pairs" with --reveal, and no cell of the matrix named them: each
// of the 4 named a withheld sector, in cells of * that counted other
// carriers too (TestOnlyCarrierOfMergedPairsSaid).
func (r *Result) onlyMerged(i int, merged []bool) int {
	n := 0
	for k, pr := range r.Pairs {
		if k < len(merged) && merged[k] && pr.Carriers == 1 && pr.Only == i {
			n++
		}
	}
	return n
}

// CarriersClass is "0", "1" or "2+".
func CarriersClass(c int) string {
	switch c {
	case 0:
		return "0"
	case 1:
		return "1"
	}
	return "2+"
}

// spellUnits counts the units of spells: a person who went back to a
// unit (an acting post, Plt, that ended) has three spells in two units.
func spellUnits(spells []Spell) int {
	seen := map[string]bool{}
	for _, sp := range spells {
		seen[sp.unit] = true
	}
	return len(seen)
}

// reason is the person's sentence in lang (i18n.FacilitatorReason), with
// units the number of units it may say the person worked in (0 without
// names) and lostMerged the pairs of which the person is the only carrier
// that the rows show merged in a cell of Hidden (onlyMerged).
func (r *Result) reason(p *Person, formalBy string, units, lostMerged int, lang string) string {
	others := len(r.Sectors) - 1
	f := i18n.FacilitatorFacts{
		Formal: p.Class == Formal, FormalBy: formalBy, Rank: p.Rank, Weight: TieWeight(p.Score),
		Reach: p.Reach, OtherSectors: others, ReachWeight: r.Options.ReachWeight, MonthsTop: p.MonthsTop, Months: p.Months,
		TopPercent: int(100*r.Options.TopShare + 0.5), RankLo: p.RankLo, RankHi: p.RankHi, TieLo: p.TieLo, TieHi: p.TieHi,
		PairsLost: p.PairsOnly, PairsLostMerged: lostMerged, Overloaded: p.Overloaded, UnitShare: p.UnitShare, ShareOverWindow: r.ShareOverWindow(),
		OverloadShare: r.Options.OverloadShare, Units: units}
	if r.FewSlices {
		f.FewSlices, f.MinSlices = r.Slices, MinIntervalSlices
	}
	return i18n.FacilitatorReason(lang, f)
}

// Spells is a helper for tests and the report: the spells of the person
// whose node id is id, nil when the result has no such person.
func (r *Result) Spells(id string) []Spell {
	x, ok := r.Net.NodeIndex(id)
	if !ok {
		return nil
	}
	for i := range r.People {
		if r.People[i].Node == x {
			return r.People[i].Spells
		}
	}
	return nil
}
