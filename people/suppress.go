package people

import (
	"fmt"
	"slices"
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
	return complementBefore(sizes, k, nil)
}

// complementBefore is Complement taking the complementary cells first
// among those for which last is false (smallest first), and only then
// among the others: a plan takes a coordinator unit's staff as a partner
// only when no other group will do (coordinatorLast). last may be nil.
func complementBefore(sizes []int, k int, last []bool) []bool {
	isLast := func(i int) bool { return last != nil && last[i] }
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
	sort.SliceStable(order, func(a, b int) bool {
		if la, lb := isLast(order[a]), isLast(order[b]); la != lb {
			return lb
		}
		return sizes[order[a]] < sizes[order[b]]
	})
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
// people; over the units of each shown sector, against its size), taking
// a coordinator unit, or a sector that holds one, as a partner only when
// no other will do (coordinatorGroups). The units of a withheld sector
// are withheld.
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
// MinGroup): PlanForListed with Listable, the plan of every person-level
// output. Every output withholds the same groups: facilitators lists no
// external staff, so a plan that let a small group's only complementary
// partner be external staff (planBySize) made its rows of * the small
// group's by elimination; and had analyze kept that plan while
// facilitators widened it, a person of * in both outputs of one window
// (joined by pseudonym, or by their figures) was of the small group.
func PlanFor(n *graph.Network, k int) (*Plan, error) {
	return PlanForListed(n, k, Listable)
}

// planBySize makes the Plan of the person nodes of n for threshold k by
// the sizes of the groups alone. Unit nodes (graph.KindUnit) are not
// people and count for nothing. A network of fewer than k people is an
// error: every figure of it would describe fewer than k people.
func planBySize(n *graph.Network, k int) (*Plan, error) {
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
	coordUnits, coordSectors := coordinatorGroups(n)
	last := make([]bool, len(sectors))
	for i, s := range sectors {
		last[i] = coordSectors[s]
	}
	for i, h := range complementBefore(sizes, k, last) {
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
		last := make([]bool, len(units))
		for i, u := range units {
			sizes[i], last[i] = p.UnitPeople[u], coordUnits[u]
		}
		for i, h := range complementBefore(sizes, k, last) {
			if h {
				p.Units[units[i]] = true
			}
		}
	}
	return p, nil
}

// PlanForListed is planBySize for an output that lists only some people:
// the people for whom listable is true (facilitators lists no external
// staff). There a row of unit or sector Hidden can only be one of the
// listable people of the withheld groups, so a withheld group whose people
// are never listed (DPRD chosen as the complementary partner of a small
// unit) hides nothing, and the Hidden rows are the small group's by
// elimination. On top of planBySize, while the listable people of the
// withheld units of a shown sector are more than none but fewer than k,
// the shown unit of that sector with the fewest listable people (and some)
// is withheld too; a sector where that cannot reach k is withheld whole. The same is then
// done for the withheld sectors against the shown ones. So every Hidden
// label stands for no listable person or for at least k. Withholding more
// keeps planBySize's guarantee against subtraction.
func PlanForListed(n *graph.Network, k int, listable func(*graph.Node) bool) (*Plan, error) {
	p, err := planBySize(n, k)
	if err != nil {
		return nil, err
	}
	unitList, sectorList := map[string]int{}, map[string]int{}
	unitSector := map[string]string{}
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		if nd.Kind != graph.KindPerson {
			continue
		}
		unitSector[nd.Unit] = nd.Sector
		if listable(nd) {
			unitList[nd.Unit]++
			sectorList[nd.Sector]++
		}
	}
	// widen hides, among names (sorted), the shown ones with the fewest
	// listable people until the hidden ones hold 0 or at least k of them;
	// it reports whether they do.
	coordUnits, coordSectors := coordinatorGroups(n)
	widen := func(names []string, hidden map[string]bool, list map[string]int, last map[string]bool) bool {
		sum := 0
		for _, x := range names {
			if hidden[x] {
				sum += list[x]
			}
		}
		if sum == 0 || sum >= k {
			return true
		}
		order := slices.Clone(names)
		sort.SliceStable(order, func(a, b int) bool {
			if la, lb := last[order[a]], last[order[b]]; la != lb {
				return lb
			}
			return list[order[a]] < list[order[b]]
		})
		for _, x := range order {
			if sum >= k {
				break
			}
			if !hidden[x] && list[x] > 0 {
				hidden[x], sum = true, sum+list[x]
			}
		}
		return sum >= k
	}
	bySector := map[string][]string{}
	for _, u := range sortedKeys(unitSector) {
		bySector[unitSector[u]] = append(bySector[unitSector[u]], u)
	}
	sectors := sortedKeys(p.SectorPeople)
	for _, s := range sectors {
		if p.Sectors[s] {
			continue
		}
		if !widen(bySector[s], p.Units, unitList, coordUnits) {
			p.Sectors[s] = true
		}
	}
	widen(sectors, p.Sectors, sectorList, coordSectors) // fewer than k listable people in all: nothing more to hide
	for _, s := range sectors {
		if p.Sectors[s] {
			for _, u := range bySector[s] {
				p.Units[u] = true
			}
		}
	}
	return p, nil
}

// coordinatorGroups are the units of n whose people are staff of a
// coordinator unit (graph.KindCoordinator: Setda, Bappeda) and the sectors
// that hold such a unit. A plan takes them as complementary partners only
// when no other group will do: withheld beside a small group, a
// coordinator unit's staff are ranked with the informal people
// (rankFewUnitStaff), so that a sector of three people added to a study
// took koordinasi, the smallest sector that could be listed, into *,
// and every formal coordinator into the informal list; and the matrix
// lost the row of the sector that coordinates the others.
func coordinatorGroups(n *graph.Network) (units, sectors map[string]bool) {
	units, sectors = map[string]bool{}, map[string]bool{}
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		if nd.Kind == graph.KindPerson && nd.UnitKind == graph.KindCoordinator {
			units[nd.Unit], sectors[nd.Sector] = true, true
		}
	}
	return units, sectors
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
