package people

import (
	"math"
	"sort"
	"strconv"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
)

// Withheld records what a person-level output left out under the minimum
// group size, for audit.json: the names of the withheld sectors, units
// and communities (a name alone does not say whether the group was small
// or withheld with a small one), and how many people's unit or sector is
// shown as Hidden.
type Withheld struct {
	MinGroup    int      `json:"min_group"`
	Sectors     []string `json:"sectors"`
	Units       []string `json:"units"`
	Communities []string `json:"communities"`
	// PeopleRelabelled counts the people whose unit or sector is shown as
	// Hidden.
	PeopleRelabelled int `json:"people_relabelled"`
	// Rows counts other rows left out for the same reason (sector pairs,
	// data-sharing friction between sectors); for trend, every row left
	// out of trend.csv, those of the withheld groups and periods included
	// (not the alarms left out: their number would say whether withheld
	// sectors alarmed).
	Rows int `json:"rows_left_out"`
	// Periods lists the periods withheld whole, by first day (trend:
	// periods of fewer people than the minimum, such as an empty holiday
	// week); their rows are counted in Rows.
	Periods []string `json:"periods,omitempty"`
	// Cells counts single values withheld in rows that are shown (a
	// count of fewer people than the minimum).
	Cells int `json:"cells_withheld,omitempty"`
	// PeopleLeftOut counts the people that facilitators, without names,
	// leaves out of every list because a filter or a coordinating
	// position would single them out in their unit (Person.SingledOut).
	PeopleLeftOut int `json:"people_left_out,omitempty"`
	// HiddenBesideExternal counts the people that facilitators, without
	// names, leaves out of every list because their group of unit or
	// sector Hidden holds external staff, who are never listed, but fewer
	// than the minimum of them (Person.BesideExternal): listing the others
	// would leave those few as the group's rows not listed. It counts the
	// whole group, external staff too.
	HiddenBesideExternal int `json:"hidden_beside_external,omitempty"`
	// SpellsWithheld says that facilitators, without names, writes no
	// spells (units, weeks) of the people it shows who worked in more than
	// one unit during the window. It does not say how many did: counted,
	// two runs that differ only in --listed (3 and 4) gave 0 and 1, so the
	// pseudonym the second added had moved (TestFacilitatorsMoversNotCounted).
	SpellsWithheld bool `json:"spells_withheld,omitempty"`
}

// HiddenCommunities are the communities (ascending) of the person-level
// analysis mr of n that the minimum group size k withholds: Complement
// over the communities' people, against all people, so those of fewer
// than k people and the smallest others with them.
func HiddenCommunities(n *graph.Network, mr *metrics.Result, k int) []int {
	commPeople := map[int]int{}
	for i := range n.Nodes {
		if n.Nodes[i].Kind == graph.KindPerson {
			commPeople[mr.Nodes[i].Community]++
		}
	}
	comms := make([]int, 0, len(commPeople))
	for c := range commPeople {
		comms = append(comms, c)
	}
	sort.Ints(comms)
	sizes := make([]int, len(comms))
	for i, c := range comms {
		sizes[i] = commPeople[c]
	}
	var hidden []int
	for i, h := range Complement(sizes, k) {
		if h {
			hidden = append(hidden, comms[i])
		}
	}
	return hidden
}

// Protect applies the minimum group size k to a person-level analysis
// before anything is written, so that every output drawn from mr (tables,
// summary.json, report, maps) shows the same: the withheld sectors, units
// and communities (PlanFor; communities by Complement over all people)
// leave groups.csv, silos.csv and the report; a person in a withheld unit
// or sector is shown in Hidden's place; a person (or office) in a
// withheld community gets community 0; data-sharing friction between withheld sectors is
// left out. Unit nodes (offices named directly) are not people and keep
// their labels. A unit-level analysis is returned untouched (nil).
func Protect(mr *metrics.Result, k int) (*Withheld, error) {
	n := mr.Net
	if n.Level != graph.PersonLevel {
		return nil, nil
	}
	plan, err := PlanFor(n, k)
	if err != nil {
		return nil, err
	}
	w := &Withheld{MinGroup: k, Sectors: sortedKeys(plan.Sectors), Units: sortedKeys(plan.Units), Communities: []string{}}
	// Communities: the people of each, against all people.
	hiddenComm := map[string]bool{}
	for _, c := range HiddenCommunities(n, mr, k) {
		name := strconv.Itoa(c)
		hiddenComm[name] = true
		w.Communities = append(w.Communities, name)
	}
	// Groups and the silo ranking.
	hidden := func(g *metrics.Group) bool {
		switch g.Type {
		case metrics.GroupSector:
			return plan.Sectors[g.Name]
		case metrics.GroupUnit:
			return plan.Units[g.Name]
		case metrics.GroupCommunity:
			return hiddenComm[g.Name]
		}
		return false
	}
	newIdx := make([]int, len(mr.Groups))
	kept := mr.Groups[:0:0]
	for i := range mr.Groups {
		newIdx[i] = -1
		if !hidden(&mr.Groups[i]) {
			newIdx[i] = len(kept)
			kept = append(kept, mr.Groups[i])
		}
	}
	var silos []int
	for _, gi := range mr.Silos {
		if newIdx[gi] >= 0 {
			silos = append(silos, newIdx[gi])
		}
	}
	mr.Groups, mr.Silos = kept, silos
	// A person's E-I index at person level is reckoned against their
	// unit: of a withheld unit's member it tells of the unit (1 for one
	// alone in it: review r4 of session 15), so it is not shown; nor is
	// that of the unit's office node, whose -1 beside its ties in
	// edges.csv told which people of unit * were its unit's.
	for i := range n.Nodes {
		if nd := &n.Nodes[i]; plan.Units[nd.Unit] || plan.Sectors[nd.Sector] {
			mr.Nodes[i].EIIndex = math.NaN()
		}
	}
	// People's labels.
	w.PeopleRelabelled = plan.relabel(n)
	// The figures that compare ties with the sectors (participation,
	// brokerage roles, modularity_sector and the like), over the sectors
	// as shown: over the real ones they told, beside edges.csv, how the
	// people of sector Hidden were split between the withheld sectors.
	if len(plan.Sectors) > 0 {
		if err := mr.Resector(); err != nil {
			return nil, err
		}
	}
	for i := range n.Nodes {
		// an office too: its withheld community's number beside *1 told
		// which offices were in it
		if hiddenComm[strconv.Itoa(mr.Nodes[i].Community)] {
			mr.Nodes[i].Community = 0
			// The figures reckoned over the node's own community tell of
			// it: within-module z is a standard score over its members
			// (the z of a community of 3 are ±0.707 and 1.414, summing to
			// 0), participation weighs the node's ties by community,
			// the role follows from both, and stability is the
			// community's. Beside edges.csv they split community 0 back
			// into the withheld communities (a QA run of session 32: one
			// split of nine people fitted the z alone, and the stability
			// values, 1 and 0.6, told the same).
			nd := &mr.Nodes[i]
			nd.WithinModuleZ, nd.ParticipationCommunity, nd.CommunityStability = math.NaN(), math.NaN(), math.NaN()
			nd.Role = ""
		}
	}
	seen := map[string]bool{}
	mr.Sectors = mr.Sectors[:0]
	for i := range n.Nodes {
		if s := n.Nodes[i].Sector; !seen[s] {
			seen[s] = true
			mr.Sectors = append(mr.Sectors, s)
		}
	}
	sort.Strings(mr.Sectors)
	fr := mr.Friction[:0:0]
	for _, f := range mr.Friction {
		if plan.Sectors[f.Provider] || plan.Sectors[f.Consumer] {
			w.Rows++
			continue
		}
		fr = append(fr, f)
	}
	mr.Friction = fr
	return w, nil
}

// relabel shows the unit and sector of every person of n in a withheld
// group as Hidden, and returns how many people it relabelled. A unit node
// (an office named directly) of a withheld unit or sector is shown as
// Hidden too, and so is the unit kind of both (graph.KindHidden) (its sector only when the sector is withheld, as for its
// people), under the stand-in id Hidden1, Hidden2, ... in node order,
// with no name: its id would name the group.
func (p *Plan) relabel(n *graph.Network) int {
	moved, offices := 0, 0
	for i := range n.Nodes {
		nd := &n.Nodes[i]
		if nd.Kind != graph.KindPerson {
			if p.Units[nd.Unit] || p.Sectors[nd.Sector] {
				offices++
				n.RenameNode(int32(i), Hidden+strconv.Itoa(offices))
				nd.Name, nd.ShortName, nd.Parent, nd.Unit, nd.UnitKind = "", "", "", Hidden, graph.KindHidden
				if p.Sectors[nd.Sector] { // as its people: the sector stays when only the unit is withheld
					nd.Sector = Hidden
				}
			}
			continue
		}
		m := false
		if p.Units[nd.Unit] {
			nd.Unit, m = Hidden, true
		}
		if p.Sectors[nd.Sector] {
			nd.Sector, m = Hidden, true
		}
		if m {
			// the unit's kind would tell the group apart (external: the
			// people of a withheld DPRD)
			nd.UnitKind = graph.KindHidden
			moved++
		}
	}
	return moved
}

// ProtectNetwork applies the minimum group size k to a person-level
// network written without analysis (sekat export): the unit and sector of
// every person in a withheld group (PlanFor) are shown as Hidden. It
// returns what was withheld; a unit-level network is left as it is (nil).
func ProtectNetwork(n *graph.Network, k int) (*Withheld, error) {
	if n.Level != graph.PersonLevel {
		return nil, nil
	}
	plan, err := PlanFor(n, k)
	if err != nil {
		return nil, err
	}
	w := &Withheld{MinGroup: k, Sectors: sortedKeys(plan.Sectors), Units: sortedKeys(plan.Units), Communities: []string{}}
	w.PeopleRelabelled = plan.relabel(n)
	return w, nil
}

// ThinDenialRates leaves empty (NaN) the share_denial_rate of every
// person of a person-level analysis who received fewer than k decided
// data requests as provider (share_requests, which stays), k being the
// minimum group size, and returns how many. A person's denial rate from
// one or two requests reads as their conduct, while refusing data is most
// often the unit's policy, and facilitators.html says sekat holds no
// "data requests a person refused". Unit nodes (offices named directly)
// keep theirs, as every unit does at unit level; a unit-level analysis
// is returned untouched.
func ThinDenialRates(mr *metrics.Result, k int) int {
	n := mr.Net
	if n.Level != graph.PersonLevel {
		return 0
	}
	blanked := 0
	for i := range n.Nodes {
		if m := &mr.Nodes[i]; n.Nodes[i].Kind == graph.KindPerson && m.ShareRequests > 0 && m.ShareRequests < int64(k) {
			m.ShareDenialRate = math.NaN()
			blanked++
		}
	}
	return blanked
}
