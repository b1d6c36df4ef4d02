package people

import (
	"fmt"
	"sort"

	"github.com/sekat-ona/sekat/graph"
)

// DefaultMinGroup is the smallest number of people an aggregate may
// describe: a group of fewer is withheld. It can be raised, never
// lowered (see MinGroup).
const DefaultMinGroup = 5

// Hidden is the label that stands in a person-level output for a unit or
// sector that is withheld: the unit (or sector) of a person in such a
// group is shown as Hidden.
const Hidden = "*"

// MinGroup returns the threshold in force for a requested one: the
// default when k is 0, and an error when k is below the default (the
// threshold may only be raised).
func MinGroup(k int) (int, error) {
	if k == 0 {
		return DefaultMinGroup, nil
	}
	if k < DefaultMinGroup {
		return 0, fmt.Errorf("people: the minimum group size is %d and may only be raised; %d is lower", DefaultMinGroup, k)
	}
	return k, nil
}

// Complement chooses the cells of one table to withhold so that no shown
// figure, nor any difference between shown figures and the table's total,
// describes fewer than k people. sizes are the people in each cell, whose
// sum is the total (which is shown elsewhere). A cell of fewer than k
// people is withheld (primary suppression); then, while the withheld cells
// hold fewer than k people together, the smallest shown cell is withheld
// too (complementary suppression; ties by position). So the total less the
// shown cells, the only figure a reader can subtract their way to, is
// never below k. When every cell is withheld the total itself describes
// the withheld cells: the caller withholds it when it is below k.
func Complement(sizes []int, k int) []bool {
	hide := make([]bool, len(sizes))
	sum, any := 0, false
	for i, s := range sizes {
		if s < k {
			hide[i], sum, any = true, sum+s, true
		}
	}
	if !any {
		return hide
	}
	order := make([]int, len(sizes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return sizes[order[a]] < sizes[order[b]] })
	for _, i := range order {
		if sum >= k {
			break
		}
		if !hide[i] {
			hide[i], sum = true, sum+sizes[i]
		}
	}
	return hide
}

// Plan says which sectors and units of a person-level network are
// withheld from every output: a sector or unit with fewer than MinGroup
// people, and the ones withheld with them so that none can be recovered
// by subtraction (Complement over the sectors, against the number of
// people; over the units of each shown sector, against its size). The
// units of a withheld sector are withheld.
type Plan struct {
	MinGroup int
	// Sectors and Units map a withheld name to true.
	Sectors, Units map[string]bool
	// People counts the people per sector and per unit, as the plan saw
	// them.
	SectorPeople, UnitPeople map[string]int
}

// HidesGroup reports whether the plan withholds the group of type typ
// ("sector" or "unit", as the change tables name them) called name.
func (p *Plan) HidesGroup(typ, name string) bool {
	return typ == "sector" && p.Sectors[name] || typ == "unit" && p.Units[name]
}

// PlanFor makes the Plan of the person nodes of n for threshold k (see
// MinGroup). Unit nodes (graph.KindUnit) are not people and count for
// nothing. A network of fewer than k people is an error: every figure of
// it would describe fewer than k people.
func PlanFor(n *graph.Network, k int) (*Plan, error) {
	p := &Plan{MinGroup: k, Sectors: map[string]bool{}, Units: map[string]bool{},
		SectorPeople: map[string]int{}, UnitPeople: map[string]int{}}
	unitSector := map[string]string{}
	total := 0
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		if nd.Kind != graph.KindPerson {
			continue
		}
		total++
		p.SectorPeople[nd.Sector]++
		p.UnitPeople[nd.Unit]++
		unitSector[nd.Unit] = nd.Sector
	}
	if total < k {
		return nil, fmt.Errorf("people: the network has %d people, fewer than the minimum group size %d, so every figure would describe fewer than %d people; widen the window or use the unit level", total, k, k)
	}
	sectors := sortedKeys(p.SectorPeople)
	sizes := make([]int, len(sectors))
	for i, s := range sectors {
		sizes[i] = p.SectorPeople[s]
	}
	for i, h := range Complement(sizes, k) {
		if h {
			p.Sectors[sectors[i]] = true
		}
	}
	bySector := map[string][]string{}
	for _, u := range sortedKeys(p.UnitPeople) {
		bySector[unitSector[u]] = append(bySector[unitSector[u]], u)
	}
	for _, s := range sectors {
		units := bySector[s]
		if p.Sectors[s] {
			for _, u := range units {
				p.Units[u] = true
			}
			continue
		}
		sizes := make([]int, len(units))
		for i, u := range units {
			sizes[i] = p.UnitPeople[u]
		}
		for i, h := range Complement(sizes, k) {
			if h {
				p.Units[units[i]] = true
			}
		}
	}
	return p, nil
}

// UnitLabel is how a unit is shown under the plan: its id, or Hidden.
func (p *Plan) UnitLabel(u string) string {
	if p.Units[u] {
		return Hidden
	}
	return u
}

// SectorLabel is how a sector is shown under the plan: its name, or
// Hidden.
func (p *Plan) SectorLabel(s string) string {
	if p.Sectors[s] {
		return Hidden
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
