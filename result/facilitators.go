package result

// The tables of sekat facilitators. Package people fills their rows (with
// pseudonyms, and with ids, names and positions only when revealed); the
// columns are named here once. Every row carries Notice, the sentence
// that the list is for human review, so that no copy of a row loses it.

// Facilitator is a row of facilitators.csv: one person the run lists,
// an informal facilitator (ranked) or a formal coordinator.
type Facilitator struct {
	List string // "informal" or "formal"
	Rank int    // among informal people by Score; 0 for formal coordinators
	// Pseudonym is the keyed pseudonym; PersonID, Name and Position are
	// empty unless the run revealed them.
	Pseudonym, PersonID, Name, Position string
	// Unit and Sector are the person's at the end of the window, or
	// people.Hidden when that group is withheld.
	Unit, Sector string
	// FormalBy is "unit" (staff of a coordinator unit) or "position"
	// (or, revealed, the word of the position that matched).
	FormalBy          string
	CrossSectorWeight float64
	Reach             int
	SectorPairs       int
	SectorPairsLost   int
	MonthsTop, Months int
	RankLo, RankHi    int
	Roles             [5]int64
	Exp, SD, Z        [6]float64 // sna's, per role then the total
	PermZ             [5]float64
	Constraint        float64
	EffectiveSize     float64
	Hierarchy         float64
	Participation     float64
	Betweenness       float64
	Strength          float64
	UnitShare         float64
	Overloaded        bool
	Spells            int
	InSet             bool
	Reason, Notice    string
}

// FacilitatorSpell is a row of facilitator_spells.csv: one spell of a
// listed person who worked in more than one unit during the window, with
// what was credited to it.
type FacilitatorSpell struct {
	Pseudonym, PersonID string
	Spell               int // 1 first
	Unit, Sector        string
	Weeks               int // weeks (from Monday) of the window the spell covers, a week cut by a month start counted once
	CrossSectorWeight   float64
	Reach               int
	Roles               [5]int64
	Notice              string
}

// SetPick is a row of facilitator_set.csv: one member of the facilitator
// set in the order chosen, with its marginal gain and what the set covers
// with it.
type SetPick struct {
	Order                               int
	Pseudonym, PersonID, Name, Position string
	Unit, Sector                        string
	Rank                                int
	Cover                               string // "sector-pairs" or "units"
	Gain, Covered, Redundant, Coverable int
	Notice                              string
}

// PairBridge is a row of sector_pair_bridges.csv: two sectors, the tie
// weight between them, and how many people carry it.
type PairBridge struct {
	SectorA, SectorB  string
	CrossSectorWeight float64
	Carriers          int
	// CarriersClass is "0", "1" or "2+".
	CarriersClass string
	// OnlyCarrier is the pseudonym of the one carrier when Carriers is 1.
	OnlyCarrier string
	Notice      string
}

var roleCols = [5]string{"coordinator", "itinerant", "representative", "gatekeeper", "liaison"}

func facRoleCols() []Column[Facilitator] {
	var c []Column[Facilitator]
	for r, name := range roleCols {
		c = append(c, intCol(name, func(f *Facilitator) *int64 { return &f.Roles[r] }))
	}
	for _, part := range []struct {
		prefix string
		field  func(*Facilitator) *[6]float64
	}{
		{"exp_", func(f *Facilitator) *[6]float64 { return &f.Exp }},
		{"sd_", func(f *Facilitator) *[6]float64 { return &f.SD }},
		{"z_", func(f *Facilitator) *[6]float64 { return &f.Z }},
	} {
		for r, name := range append(roleCols[:], "total") {
			c = append(c, floatCol(part.prefix+name, func(f *Facilitator) *float64 { return &part.field(f)[r] }))
		}
	}
	for r, name := range roleCols {
		c = append(c, floatCol("z_perm_"+name, func(f *Facilitator) *float64 { return &f.PermZ[r] }))
	}
	return c
}

// Facilitators is facilitators.csv.
var Facilitators = newTable("facilitators", []Column[Facilitator]{
	textCol("list", func(f *Facilitator) *string { return &f.List }),
	intCol("rank", func(f *Facilitator) *int { return &f.Rank }),
	textCol("pseudonym", func(f *Facilitator) *string { return &f.Pseudonym }),
	textCol("person_id", func(f *Facilitator) *string { return &f.PersonID }),
	textCol("name", func(f *Facilitator) *string { return &f.Name }),
	textCol("position", func(f *Facilitator) *string { return &f.Position }),
	textCol("unit", func(f *Facilitator) *string { return &f.Unit }),
	textCol("sector", func(f *Facilitator) *string { return &f.Sector }),
	textCol("formal_by", func(f *Facilitator) *string { return &f.FormalBy }),
	floatCol("cross_sector_weight", func(f *Facilitator) *float64 { return &f.CrossSectorWeight }),
	intCol("reach", func(f *Facilitator) *int { return &f.Reach }),
	intCol("sector_pairs", func(f *Facilitator) *int { return &f.SectorPairs }),
	intCol("sector_pairs_lost", func(f *Facilitator) *int { return &f.SectorPairsLost }),
	intCol("months_top", func(f *Facilitator) *int { return &f.MonthsTop }),
	intCol("months", func(f *Facilitator) *int { return &f.Months }),
	intCol("rank_lo", func(f *Facilitator) *int { return &f.RankLo }),
	intCol("rank_hi", func(f *Facilitator) *int { return &f.RankHi }),
}, facRoleCols(), []Column[Facilitator]{
	floatCol("constraint", func(f *Facilitator) *float64 { return &f.Constraint }),
	floatCol("effective_size", func(f *Facilitator) *float64 { return &f.EffectiveSize }),
	floatCol("hierarchy", func(f *Facilitator) *float64 { return &f.Hierarchy }),
	floatCol("participation_sector", func(f *Facilitator) *float64 { return &f.Participation }),
	floatCol("betweenness", func(f *Facilitator) *float64 { return &f.Betweenness }),
	floatCol("strength", func(f *Facilitator) *float64 { return &f.Strength }),
	floatCol("unit_share", func(f *Facilitator) *float64 { return &f.UnitShare }),
	boolCol("overloaded", func(f *Facilitator) *bool { return &f.Overloaded }),
	intCol("spells", func(f *Facilitator) *int { return &f.Spells }),
	boolCol("in_set", func(f *Facilitator) *bool { return &f.InSet }),
	textCol("reason", func(f *Facilitator) *string { return &f.Reason }),
	textCol("notice", func(f *Facilitator) *string { return &f.Notice }),
})

// FacilitatorSpells is facilitator_spells.csv.
var FacilitatorSpells = newTable("facilitator_spells", []Column[FacilitatorSpell]{
	textCol("pseudonym", func(s *FacilitatorSpell) *string { return &s.Pseudonym }),
	textCol("person_id", func(s *FacilitatorSpell) *string { return &s.PersonID }),
	intCol("spell", func(s *FacilitatorSpell) *int { return &s.Spell }),
	textCol("unit", func(s *FacilitatorSpell) *string { return &s.Unit }),
	textCol("sector", func(s *FacilitatorSpell) *string { return &s.Sector }),
	intCol("weeks", func(s *FacilitatorSpell) *int { return &s.Weeks }),
	floatCol("cross_sector_weight", func(s *FacilitatorSpell) *float64 { return &s.CrossSectorWeight }),
	intCol("reach", func(s *FacilitatorSpell) *int { return &s.Reach }),
}, spellRoleCols(), []Column[FacilitatorSpell]{
	textCol("notice", func(s *FacilitatorSpell) *string { return &s.Notice }),
})

func spellRoleCols() []Column[FacilitatorSpell] {
	var c []Column[FacilitatorSpell]
	for r, name := range roleCols {
		c = append(c, intCol(name, func(s *FacilitatorSpell) *int64 { return &s.Roles[r] }))
	}
	return c
}

// FacilitatorSet is facilitator_set.csv.
var FacilitatorSet = newTable("facilitator_set", []Column[SetPick]{
	intCol("order", func(p *SetPick) *int { return &p.Order }),
	textCol("pseudonym", func(p *SetPick) *string { return &p.Pseudonym }),
	textCol("person_id", func(p *SetPick) *string { return &p.PersonID }),
	textCol("name", func(p *SetPick) *string { return &p.Name }),
	textCol("position", func(p *SetPick) *string { return &p.Position }),
	textCol("unit", func(p *SetPick) *string { return &p.Unit }),
	textCol("sector", func(p *SetPick) *string { return &p.Sector }),
	intCol("rank", func(p *SetPick) *int { return &p.Rank }),
	textCol("cover", func(p *SetPick) *string { return &p.Cover }),
	intCol("gain", func(p *SetPick) *int { return &p.Gain }),
	intCol("covered", func(p *SetPick) *int { return &p.Covered }),
	intCol("covered_redundantly", func(p *SetPick) *int { return &p.Redundant }),
	intCol("coverable", func(p *SetPick) *int { return &p.Coverable }),
	textCol("notice", func(p *SetPick) *string { return &p.Notice }),
})

// SectorPairBridges is sector_pair_bridges.csv.
var SectorPairBridges = newTable("sector_pair_bridges", []Column[PairBridge]{
	textCol("sector_a", func(p *PairBridge) *string { return &p.SectorA }),
	textCol("sector_b", func(p *PairBridge) *string { return &p.SectorB }),
	floatCol("cross_sector_weight", func(p *PairBridge) *float64 { return &p.CrossSectorWeight }),
	intCol("carriers", func(p *PairBridge) *int { return &p.Carriers }),
	textCol("carriers_class", func(p *PairBridge) *string { return &p.CarriersClass }),
	textCol("only_carrier", func(p *PairBridge) *string { return &p.OnlyCarrier }),
	textCol("notice", func(p *PairBridge) *string { return &p.Notice }),
})
