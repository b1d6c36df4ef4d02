package people

import (
	"context"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics/broker"
	"github.com/sekat-ona/sekat/metrics/centrality"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// Class says how a person is listed.
type Class uint8

const (
	// Informal people may be facilitators: their bridging is not their
	// formal job.
	Informal Class = iota
	// Formal coordinators are staff of a coordinator unit (Setda,
	// Bappeda) or hold a formal coordinating position: they bridge by
	// office and are listed apart, never as informal facilitators. In a
	// run without names a position that fewer than the minimum group size
	// of a unit hold does not count (Person.RankedInformal).
	Formal
	// External people work in an external unit (DPRD): outside the
	// organisation, never listed. In a run without names those of a group
	// of unit Hidden that holds few of them are ranked as Informal, and
	// still never listed (Person.BesideExternal).
	External
)

// Listable reports whether the person node nd may appear in the lists of
// Facilitators: everyone but the staff of external units (class External).
func Listable(nd *graph.Node) bool { return nd.UnitKind != graph.KindExternal }

var classNames = [...]string{"informal", "formal", "external"}

func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return fmt.Sprintf("class(%d)", c)
}

// DefaultFormalPositions are the words of the position column that make
// a person a formal coordinator when study.yaml gives none: the regional
// secretary, the assistants of the secretariat, the heads of its bureaus
// (bagian) and anyone whose position names them a coordinator. A word
// matches whole words of the position, in any case.
var DefaultFormalPositions = []string{"Sekretaris Daerah", "Asisten", "Kepala Bagian", "Koordinator"}

// Defaults of Options.
const (
	// DefaultReachWeight is the tie weight to a sector that counts as
	// reaching it: five letters, or five meeting-shares, in the window.
	DefaultReachWeight = 5.0
	// DefaultTopShare is the share of informal people counted as the top
	// of a month for stability.
	DefaultTopShare = 0.10
	// DefaultBootstrap is B, the resamples of weeks for the rank interval.
	DefaultBootstrap = 1000
	// DefaultSetSize is k, the size of the facilitator set.
	DefaultSetSize = 10
	// DefaultPerOPD is c, the most people of one OPD in the set.
	DefaultPerOPD = 2
	// DefaultOverloadTop is the share of people with the highest strength
	// who may be overloaded.
	DefaultOverloadTop = 0.05
	// DefaultOverloadShare is the share of their unit's cross-unit tie
	// weight above which a high-strength person is overloaded.
	DefaultOverloadShare = 0.30
	// DefaultListed is how many informal facilitators are listed.
	DefaultListed = 30
	// DefaultRedundancy is how many members of the set should carry each
	// sector pair (or reach each unit): two, so that no pair hangs on one
	// person of the set.
	DefaultRedundancy = 2
)

// Cover is what the facilitator set covers.
type Cover uint8

const (
	// CoverSectorPairs counts the sector pairs a person carries (default).
	CoverSectorPairs Cover = iota
	// CoverUnits counts the units within two steps of a person.
	CoverUnits
)

func (c Cover) String() string {
	if c == CoverUnits {
		return "units"
	}
	return "sector-pairs"
}

// Options configure Facilitators. The zero value means the defaults
// above, seed 0, exact or sampled betweenness as analyze chooses, and
// broker.DefaultPermutations label shuffles.
type Options struct {
	ReachWeight   float64
	TopShare      float64
	Bootstrap     int
	Permutations  int
	Seed          uint64
	Exact         bool // exact betweenness whatever the size
	SetSize       int
	PerOPD        int
	Redundancy    int
	Cover         Cover
	OverloadTop   float64
	OverloadShare float64
	Listed        int
	// FormalPositions replace DefaultFormalPositions when not nil.
	FormalPositions []string
	// Filters narrow the lists and the set (never the score).
	Filters Filters
	// MergedSectors are the sectors a run without names withholds (shown
	// as Hidden): every figure is reckoned with them merged into one
	// sector, as the outputs show them — the score (cross-sector weight),
	// reach, sector pairs, the ranks, the set, the brokerage roles (with
	// their expected values, SD, z and shuffled-label z) and
	// participation_sector. Over the real sectors those figures, beside
	// the ties of analyze --level person (one key, one pseudonym), told
	// how many people each withheld sector has and which people of sector
	// Hidden share one: a tie between two of them counted as cross-sector
	// weight exactly when their real sectors differed.
	MergedSectors map[string]bool
	// MergedUnits are the units a run without names withholds (shown as
	// Hidden; those of MergedSectors among them): every figure that
	// counts or groups by unit or OPD takes the withheld units of one
	// sector as shown (the sector as reckoned, MergedSectors merged) for
	// one unit and one OPD — the groups of PseudonymousMinGroup and the
	// tenure of a filter, the spells, the units covered (CoverUnits) and
	// the cap per OPD of the set. Over the real units those told, beside
	// rows of unit Hidden, how their people are split: a filter passed by
	// six of a withheld unit's eight people listed the six when the other
	// two were in another withheld unit, and none when they were four
	// and four.
	MergedUnits map[string]bool
	// PseudonymousMinGroup is the minimum group size of a run that shows
	// no names (0 when names are revealed). In such a run a coordinating
	// position held by fewer than this many people of a unit does not
	// make them formal coordinators: they are ranked, listed and chosen
	// with the informal people (Person.RankedInformal), since a list of
	// formal coordinators by position, or their absence from every list,
	// would name them. And a person is not shown, in any list or the set,
	// when a filter (Filters) that the run says they pass singles them out
	// in their unit: fewer than this many people of their unit pass it and
	// share their kind of position (see Person.SingledOut). Nor is anyone
	// of a group shown as Hidden (the withheld units of a sector, as
	// MergedUnits takes them) that holds external staff, never listed, but
	// fewer than this many of them (see Person.BesideExternal).
	PseudonymousMinGroup int
	// Reorg is the renames, mergers and splits of units the study
	// declares (its unit crosswalk), nil for none. A spell in a unit
	// followed by one in a unit it became is no move: tenure (the
	// --min-tenure filter) runs on through it, the two are one spell
	// (in the newer unit) when the sector stays the same, and the OPD
	// of the cap per OPD is the unit its top unit became. Without it a
	// rename started a new tenure for every one of its staff.
	Reorg Reorganisation
	// TieKey, when not nil, orders the people of equal cross-sector
	// weight and reach (their ranks, and so who is listed and chosen
	// first) by TieKey(id) instead of by id. sekat passes the keyed
	// pseudonym: by id, two tied rows of one unit stood in the order of
	// their NIPs, which begin with the birth date, so the rows told who is
	// older to anyone holding the people table.
	TieKey func(id string) string
	// Progress receives progress.Step events as the stages begin.
	Progress progress.Reporter
}

func (o Options) resolve() Options {
	if o.ReachWeight <= 0 {
		o.ReachWeight = DefaultReachWeight
	}
	if o.TopShare <= 0 || o.TopShare > 1 {
		o.TopShare = DefaultTopShare
	}
	if o.Bootstrap <= 0 {
		o.Bootstrap = DefaultBootstrap
	}
	if o.Permutations <= 0 {
		o.Permutations = broker.DefaultPermutations
	}
	if o.SetSize <= 0 {
		o.SetSize = DefaultSetSize
	}
	if o.PerOPD <= 0 {
		o.PerOPD = DefaultPerOPD
	}
	if o.Redundancy <= 0 {
		o.Redundancy = DefaultRedundancy
	}
	if o.OverloadTop <= 0 || o.OverloadTop > 1 {
		o.OverloadTop = DefaultOverloadTop
	}
	if o.OverloadShare <= 0 || o.OverloadShare > 1 {
		o.OverloadShare = DefaultOverloadShare
	}
	if o.Listed <= 0 {
		o.Listed = DefaultListed
	}
	if o.FormalPositions == nil {
		o.FormalPositions = DefaultFormalPositions
	}
	return o
}

// Input is what Facilitators works on: the person-level network of the
// window (real ids: pseudonyms are made when rows are written), the
// study's directory (units and their parents, spells) and the window cut
// into slices (SliceWindows), each with its own network, given one at a
// time (nil: no slices).
type Input struct {
	Net    *graph.Network
	Dir    *graph.Directory
	Slices SliceSource
}

// Spell is one stretch of the window in which a person worked in one unit,
// with what was credited to it: the slices of the window it covers, the
// cross-sector tie weight, the sectors reached and the Gould-Fernandez
// roles of the person on the network of those slices alone.
type Spell struct {
	Unit, Sector string
	First, Last  int // slice indexes, inclusive
	// Weeks counts the weeks (Slice.Week) the person spent in the unit:
	// from slice First to slice Last, both included, and, for a person
	// of several spells, the slices around them that the directory
	// places in the same unit (spellWeeks).
	Weeks  int
	Weight float64
	Reach  int
	Roles  [broker.Roles]int64
	// sector weights of the spell, by sector index
	w []float64
	// unitCross is the person's cross-unit tie weight in the spell's
	// slices (each end in its unit of the slice): the numerator of
	// Person.UnitShare when the spell is the one in force at the end.
	unitCross float64
	// unit is the unit the spell is reckoned in (Result.unitOf): without
	// names a move between two withheld units of one sector is no move.
	unit string
}

// Person is what Facilitators found about one person.
type Person struct {
	Node  int32 // index in Input.Net
	Class Class
	// FormalBy says why a formal coordinator is formal: "unit" (staff of
	// a coordinator unit) or the word of FormalPositions that matched.
	FormalBy string
	// Score is the cross-sector tie weight: the weight of the person's
	// ties to people and offices of other sectors, each event credited to
	// the sectors of both ends at its time (Slice); without names
	// (Options.PseudonymousMinGroup above 0), to the sectors of their
	// rows. The ranking key.
	Score float64
	// Reach counts the sectors other than the row's (the sector of the
	// person's node: of their unit at the window's last moment a spell
	// covers) with at least ReachWeight of tie weight
	// (credited while the person was outside that sector), so it is at
	// most the number of sectors less one, movers' too.
	Reach int
	// Rank is the place among informal people by Score (1 first); 0 for
	// others.
	Rank int
	// TieLo and TieHi are the first and last ranks of the informal
	// people with this person's Score and Reach (TieLo == TieHi when
	// none shares them): their order among themselves is the tie key's,
	// not their ties', which the reason says.
	TieLo, TieHi int
	// Roles are the Gould-Fernandez counts on the window's network,
	// with sna's expected value, SD and z (index broker.Roles: total) and
	// the z from shuffled sector labels (listed people only; NaN
	// otherwise).
	Roles                     [broker.Roles]int64
	RoleExp, RoleSD, RoleZ    [broker.Roles + 1]float64
	PermZ                     [broker.Roles + 1]float64
	Constraint, EffectiveSize float64
	Hierarchy, Participation  float64
	Betweenness, Strength     float64
	// MonthsTop counts the months in which the person was in the top
	// TopShare of informal people by the month's Score; Months is the
	// number of months of the window.
	MonthsTop, Months int
	// RankLo and RankHi bound the 95% interval of the rank over
	// Bootstrap resamples of the window's slices (informal listed people
	// only; 0 otherwise).
	RankLo, RankHi int
	// Spells in order; one for a person who stayed in one unit.
	Spells []Spell
	// Pairs counts the sector pairs the person carries; PairsOnly those
	// nobody else carries (lost without them).
	Pairs, PairsOnly int
	// UnitShare is the share of the unit's cross-unit tie weight that is
	// the person's; Overloaded when it is above OverloadShare and the
	// person's strength is in the top OverloadTop of people.
	UnitShare   float64
	TopStrength bool
	Overloaded  bool
	// Passes says whether the person passes Options.Filters (and is not
	// SingledOut).
	Passes bool
	// SingledOut is set, in a run without names
	// (Options.PseudonymousMinGroup above 0) with filters, for a person
	// who passes them but is not shown: fewer than the minimum of the
	// people of their unit pass them and share their kind of position
	// (coordinating or not), or some but fewer than the minimum of those
	// fail them. A pseudonym beside its unit and such a marker would name
	// the head of a department; the people missing beside the others, a
	// newcomer to the unit.
	SingledOut bool
	// RankedInformal is set, in a run without names, for a person who
	// holds a coordinating position (FormalPositions) that fewer than the
	// minimum of their unit hold, or who works in a withheld coordinator
	// unit whose staff, or the other people of its group of unit Hidden,
	// are fewer than the minimum (rankFewUnitStaff): they are of class
	// Informal, not Formal.
	// Listed apart they were the one Kepala Bagian of a hospital; left
	// out, their absence from the informal ranking beside analyze's ties
	// said the same.
	RankedInformal bool
	// BesideExternal is set, in a run without names, for everyone of a
	// group of unit Hidden (Result.unitOf) that holds external staff but
	// fewer than the minimum of them: nobody of it is shown, and its
	// external staff are ranked as informal people (class Informal).
	// External staff are never listed, so beside analyze --level person's
	// rows of unit Hidden, listing the others left the few external staff
	// as the rows not listed, and which rows were listed, or ranked, told
	// who of the group is external.
	BesideExternal bool
	pairs          []uint64 // bitset of carried sector pairs
	tieScore       float64  // TieWeight(Score): the ranking's key
	reachW         []float64
}

// Pair is one unordered pair of sectors with the tie weight between them
// (credited at event time) and the people who carry it.
type Pair struct {
	A, B     string
	Weight   float64
	Carriers int
	// Only is the index in Result.People of the one carrier, -1 unless
	// Carriers == 1.
	Only int
}

// Pick is one choice of the facilitator set: the person (index in
// Result.People), its marginal gain (the sector pairs, or units, it
// brought closer to Redundancy carriers in the set), and what the set
// covers with it: the pairs with at least one carrier in the set, and
// with at least Redundancy.
type Pick struct {
	Person    int
	Gain      int
	Covered   int
	Redundant int
}

// Result is everything Facilitators computed.
type Result struct {
	Net    *graph.Network
	People []Person // the person nodes of Net, in Net's order
	// Sectors are the sectors reckoned with, sorted: with MergedSectors
	// the first of those stands for all of them.
	Sectors []string
	// Informal are the informal people with a Score above 0, ranked
	// (index into People); Formal the formal coordinators with a Score
	// above 0, by Score.
	Informal, Formal []int
	Pairs            []Pair
	Set              []Pick
	// Coverable is how many sector pairs (or units) at least one person
	// who may be chosen for the set carries (reaches): the most the set
	// can cover.
	Coverable int
	Slices    int
	Months    int
	// SingledOut counts the people with a Score above 0 that are not
	// shown because their position would single them out
	// (Person.SingledOut).
	SingledOut int
	// BesideExternal counts the people of the groups not shown because
	// they hold few external staff (Person.BesideExternal): all of them,
	// as analyze --level person shows them with unit Hidden, so that the
	// count does not give the number of external staff.
	BesideExternal int
	// FewSlices is set when the window has fewer than MinIntervalSlices
	// slices: no rank interval is given (RankLo and RankHi are 0).
	FewSlices   bool
	Betweenness *centrality.BetweennessResult
	Density     float64 // of the window's directed graph, as sna takes it
	Options     Options
	// secOf is the sector a person of sector s is reckoned in
	// (Options.MergedSectors).
	secOf func(s string) string
}

// Reorganisation is what a study declares of its units' renames, mergers
// and splits; change.Crosswalk implements it.
type Reorganisation interface {
	// Became reports whether unit old became unit next, directly or
	// through a chain of changes.
	Became(old, next string) bool
	// Main is the unit that u counts for in the newest structure (u
	// itself when it was not replaced).
	Main(u string) string
}

// became reports whether the study declares that unit old became next
// (Options.Reorg).
func (r *Result) became(old, next string) bool {
	return r.Options.Reorg != nil && r.Options.Reorg.Became(old, next)
}

// unitOf is the unit a node of unit u and sector s is reckoned in: u, or
// for a unit of Options.MergedUnits one stand-in for the withheld units
// of its sector as reckoned (secOf), which no unit id can equal.
func (r *Result) unitOf(u, s string) string {
	if r.Options.MergedUnits[u] {
		return "\x00" + Hidden + "\x00" + r.secOf(s)
	}
	return u
}

// Facilitators finds who already bridges sectors: it scores every person
// of the window, separates formal coordinators, measures stability over
// months and weeks, key-person risk and overload, and chooses a set.
// docs/facilitators.md describes each step.
func Facilitators(ctx context.Context, in Input, opt Options) (*Result, error) {
	opt = opt.resolve()
	n := in.Net
	if n == nil || n.Level != graph.PersonLevel {
		return nil, fmt.Errorf("people: facilitators need a person-level network")
	}
	src := in.Slices
	if src == nil {
		src = SliceList(nil)
	}
	r := &Result{Net: n, Options: opt, Slices: src.Len(), secOf: mergeSectors(opt.MergedSectors)}
	// Sectors of every node of the window and of the slices. The slices
	// come one at a time, so a sector first gets a provisional index (in
	// order of discovery) and the sums indexed by it are moved to the
	// sorted index once every slice has been seen: each sum still gets
	// the same terms in the same order.
	prov := map[string]int{}
	var provNames []string
	addSector := func(s string) int {
		k, ok := prov[s]
		if !ok {
			k = len(provNames)
			prov[s] = k
			provNames = append(provNames, s)
		}
		return k
	}
	for i := range n.Nodes {
		addSector(r.secOf(n.Nodes[i].Sector))
	}
	// People, their class and filters.
	unitSector := unitSectors(in.Dir)
	personAt := make([]int, len(n.Nodes)) // node -> index in People, -1
	for i := range n.Nodes {
		personAt[i] = -1
		nd := &n.Nodes[i]
		if nd.Kind != graph.KindPerson {
			continue
		}
		p := Person{Node: int32(i)}
		switch {
		case nd.UnitKind == graph.KindExternal:
			p.Class = External
		case nd.UnitKind == graph.KindCoordinator:
			p.Class, p.FormalBy = Formal, "unit"
		default:
			if w := formalWord(nd.Position, opt.FormalPositions); w != "" {
				p.Class, p.FormalBy = Formal, w
			}
		}
		own := r.unitOf(nd.Unit, nd.Sector)
		p.Passes = opt.Filters.pass(nd, in.Dir, n.Window, func(u string) bool { return r.unitOf(u, unitSector[u]) == own }, r.became)
		personAt[i] = len(r.People)
		r.People = append(r.People, p)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Event-time credit from the slices, and the tie weight between
	// sectors (pairs), each slice made, used and dropped in turn.
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "slices"})
	sliceScore := make([][]scoreEntry, src.Len())
	sliceMonth := make([]int, src.Len())
	sliceWeek := make([]int, src.Len())
	sliceWin := make([]graph.Window, src.Len())
	pairW := map[[2]int]float64{} // provisional sector pair (low, high) -> weight
	// unit -> the cross-unit tie weight of its people in each slice
	// (nil for a unit without any), for UnitShare
	unitSlice := map[string][]float64{}
	months := 0
	// a run without names credits everyone in the unit and sector of
	// their row all window (see the slice loop)
	blind := opt.PseudonymousMinGroup > 0
	for si := range src.Len() {
		sl, err := src.Slice(si)
		if err == nil && sl.Net == nil {
			err = errNoSliceNet(si)
		}
		if err != nil {
			return nil, err
		}
		months = max(months, sl.Month+1)
		sliceMonth[si] = sl.Month
		sliceWeek[si] = sl.Week
		sliceWin[si] = sl.Window
		sn := sl.Net
		// The unit and sector each node is credited in: its own of the
		// slice, or in a run without names (blind) the row's, of the
		// window's network. Credited by the slice, a person who moved
		// across sectors, and everyone who worked with them, had a
		// cross_sector_weight that analyze --level person's edges.csv
		// and people.csv of the same key did not give: on generate
		// --seed 1136 --scale 0.1 --move-facilitator, the differences
		// named the listed movers (TestFacilitatorsWeightBlindToMoves).
		xUnit := make([]string, len(sn.Nodes))
		xSector := make([]string, len(sn.Nodes))
		sec := make([]int, len(sn.Nodes)) // provisional sector of each node
		for x := range sn.Nodes {
			xUnit[x], xSector[x] = sn.Nodes[x].Unit, sn.Nodes[x].Sector
			if blind {
				if g, ok := n.NodeIndex(sn.Nodes[x].ID); ok {
					xUnit[x], xSector[x] = n.Nodes[g].Unit, n.Nodes[g].Sector
				}
			}
			sec[x] = addSector(r.secOf(xSector[x]))
		}
		su := sn.Undirected()
		for x := range sn.Nodes {
			nx := &sn.Nodes[x]
			if nx.Kind != graph.KindPerson {
				continue
			}
			g, ok := n.NodeIndex(nx.ID)
			if !ok || personAt[g] < 0 {
				continue // not in the window's network: cannot happen for slices of its window
			}
			p := &r.People[personAt[g]]
			own := sec[x]
			var sp *Spell
			// a unit renamed or merged into another of the same sector
			// keeps the spell, in the newer unit; one of another sector
			// does not, as the spell's credit is reckoned by its sector
			xu, xs := xUnit[x], xSector[x]
			if k := len(p.Spells); k > 0 && (p.Spells[k-1].unit == r.unitOf(xu, xs) ||
				p.Spells[k-1].Sector == xs && r.became(p.Spells[k-1].Unit, xu)) {
				sp = &p.Spells[k-1]
				sp.Last = si
				sp.Weeks = sl.Week - sliceWeek[sp.First] + 1
				sp.Unit, sp.unit = xu, r.unitOf(xu, xs)
			} else {
				p.Spells = append(p.Spells, Spell{Unit: xu, Sector: xs, First: si, Last: si, Weeks: 1, unit: r.unitOf(xu, xs)})
				sp = &p.Spells[len(p.Spells)-1]
			}
			if d := len(provNames) - len(sp.w); d > 0 {
				sp.w = append(sp.w, make([]float64, d)...)
			}
			adj, ws := su.Neighbors(x)
			cross, crossUnit := 0.0, 0.0
			for k, y := range adj {
				sy := sec[y]
				sp.w[sy] += ws[k]
				if sy != own {
					cross += ws[k]
				}
				if xUnit[y] != xu {
					crossUnit += ws[k]
				}
			}
			if crossUnit > 0 {
				sp.unitCross += crossUnit
				us := unitSlice[xu]
				if us == nil {
					us = make([]float64, src.Len())
					unitSlice[xu] = us
				}
				us[si] += crossUnit
			}
			if cross > 0 {
				sliceScore[si] = append(sliceScore[si], scoreEntry{int32(personAt[g]), cross})
			}
		}
		for x := range sn.Nodes {
			sx := sec[x]
			adj, ws := su.Neighbors(x)
			for k, y := range adj {
				if int(y) <= x {
					continue
				}
				if sy := sec[y]; sy != sx {
					pairW[[2]int{min(sx, sy), max(sx, sy)}] += ws[k]
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	r.Months = months
	r.spellWeeks(in.Dir, unitSector, sliceWin, sliceWeek)
	if !r.ShareOverWindow() {
		r.unitShares(in.Dir, unitSector, sliceWin, unitSlice)
	}
	// The sectors sorted, and the provisional indexes moved to them.
	r.Sectors = append([]string(nil), provNames...)
	sort.Strings(r.Sectors)
	secIdx := make(map[string]int, len(r.Sectors))
	for i, s := range r.Sectors {
		secIdx[s] = i
	}
	S := len(r.Sectors)
	final := make([]int, len(provNames))
	for k, s := range provNames {
		final[k] = secIdx[s]
	}
	lab := make([]int32, len(n.Nodes))
	for i := range n.Nodes {
		lab[i] = int32(secIdx[r.secOf(n.Nodes[i].Sector)])
	}
	for i := range r.People {
		p := &r.People[i]
		p.reachW = make([]float64, S)
		for k := range p.Spells {
			sp := &p.Spells[k]
			w := make([]float64, S)
			for j, x := range sp.w {
				w[final[j]] = x
			}
			sp.w = w
		}
	}
	sectorWeight := make([]float64, S*(S-1)/2)
	for ab, w := range pairW {
		sectorWeight[pairIndex(final[ab[0]], final[ab[1]], S)] = w
	}
	for i := range r.People {
		p := &r.People[i]
		for k := range p.Spells {
			sp := &p.Spells[k]
			own := secIdx[r.secOf(sp.Sector)]
			reached := 0
			for s, w := range sp.w {
				if s == own {
					continue
				}
				sp.Weight += w
				p.reachW[s] += w
				if reaches(w, opt.ReachWeight) {
					reached++
				}
			}
			sp.Reach = reached
			p.Score += sp.Weight
		}
		// Reach counts the sectors other than the row's (the node's):
		// a person who moved across sectors
		// has weight to their own sector from the spell before, and
		// counted, "reaches 5 of 4 other sectors" stood beside a
		// pseudonym, telling of the move that no spell row shows.
		row, ok := secIdx[r.secOf(n.Nodes[p.Node].Sector)]
		if !ok {
			row = -1
		}
		for s, w := range p.reachW {
			if s != row && reaches(w, opt.ReachWeight) {
				p.Reach++
			}
		}
	}

	if k := opt.PseudonymousMinGroup; k > 0 {
		r.hideBesideExternal(k)
		r.rankFewPositions(k)
		r.rankFewUnitStaff(k)
		r.singleOut(k)
	}

	// Ranking among informal people.
	for i := range r.People {
		p := &r.People[i]
		switch {
		case p.Class == Informal && p.Score > 0:
			r.Informal = append(r.Informal, i)
		case p.Class == Formal && p.Score > 0:
			// as the informal people, and as the formal list shows them:
			// "54 formal coordinators" beside an empty list was every
			// coordinator unit's staff on a study without a
			// cross-sector tie (QA of session 30)
			r.Formal = append(r.Formal, i)
		}
	}
	rankOrder := func(ix []int) {
		// the tie keys once per person, not per comparison (a keyed
		// hash each)
		key := map[int]string{}
		if opt.TieKey != nil {
			for _, i := range ix {
				key[i] = opt.TieKey(n.Nodes[r.People[i].Node].ID)
			}
		}
		for _, i := range ix {
			r.People[i].tieScore = TieWeight(r.People[i].Score)
		}
		sort.SliceStable(ix, func(a, b int) bool {
			pa, pb := &r.People[ix[a]], &r.People[ix[b]]
			if pa.tieScore != pb.tieScore {
				return pa.tieScore > pb.tieScore
			}
			if pa.Reach != pb.Reach {
				return pa.Reach > pb.Reach
			}
			if ka, kb := key[ix[a]], key[ix[b]]; ka != kb {
				return ka < kb
			}
			return n.Nodes[pa.Node].ID < n.Nodes[pb.Node].ID
		})
	}
	rankOrder(r.Informal)
	rankOrder(r.Formal)
	for k, i := range r.Informal {
		r.People[i].Rank = k + 1
	}
	for a := 0; a < len(r.Informal); {
		pa := &r.People[r.Informal[a]]
		b := a + 1
		for b < len(r.Informal) && r.People[r.Informal[b]].tieScore == pa.tieScore && r.People[r.Informal[b]].Reach == pa.Reach {
			b++
		}
		for _, i := range r.Informal[a:b] {
			r.People[i].TieLo, r.People[i].TieHi = a+1, b
		}
		a = b
	}

	// Whole-window measures.
	if err := r.windowMeasures(ctx, lab, opt); err != nil {
		return nil, err
	}

	// Stability: months in the top (the bootstrap rank interval follows
	// the set, whose members below the listed are shown too).
	informal := 0
	for i := range r.People {
		if r.People[i].Class == Informal {
			informal++
		}
	}
	r.monthsTop(sliceMonth, sliceScore, informal)

	// Pairs, risk and the set.
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "pairs"})
	r.pairs(sectorWeight, secIdx)
	if err := r.chooseSet(in.Dir); err != nil {
		return nil, err
	}

	// The rank interval of every informal person shown: the listed and
	// the members of the set ranked below them, whose rank (72 beside
	// the intervals of the listed) stood without its uncertainty.
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "stability"})
	if err := r.bootstrap(ctx, sliceScore, r.shownInformal()); err != nil {
		return nil, err
	}

	// Shuffled-label z and spell roles for everyone who is shown.
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "permutations"})
	shown := r.Shown()
	if err := r.permutationZ(ctx, lab, shown); err != nil {
		return nil, err
	}
	if err := r.spellRoles(ctx, src, lab, secIdx, shown); err != nil {
		return nil, err
	}
	return r, nil
}

// mergeSectors returns the sector a person of sector s is reckoned in:
// s, or for the sectors of merged the first of them (sorted by name),
// which stands for them all.
func mergeSectors(merged map[string]bool) func(s string) string {
	first := ""
	for s := range merged {
		if first == "" || s < first {
			first = s
		}
	}
	return func(s string) string {
		if merged[s] {
			return first
		}
		return s
	}
}

// errNoSliceNet says that a SliceSource gave slice si without a network.
func errNoSliceNet(si int) error {
	return fmt.Errorf("people: slice %d has no network; give every slice its person-level network (Slice.Net)", si)
}

type scoreEntry struct {
	person int32
	w      float64
}

// formalWord returns the first of words that appears in position as whole
// words, ignoring case, or "".
func formalWord(position string, words []string) string {
	pos := " " + strings.Join(strings.Fields(strings.ToLower(position)), " ") + " "
	for _, w := range words {
		f := strings.Fields(strings.ToLower(w))
		if len(f) == 0 {
			continue
		}
		if strings.Contains(pos, " "+strings.Join(f, " ")+" ") {
			return w
		}
	}
	return ""
}

// windowMeasures computes the measures of the window's network:
// Gould-Fernandez roles with sna's expected values, Burt's measures,
// participation, betweenness, strength and overload.
func (r *Result) windowMeasures(ctx context.Context, lab []int32, opt Options) error {
	n := r.Net
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "brokerage"})
	u, d := n.Undirected(), n.Directed()
	counts, err := broker.Brokerage(d, lab)
	if err != nil {
		return err
	}
	exp, err := broker.BrokerageExpected(d, lab, counts)
	if err != nil {
		return err
	}
	r.Density = exp.Density
	// one pass gives the three measures; broker.Constraint, EffectiveSize
	// and Hierarchy each make it again
	holes := broker.StructuralHoles(u)
	con, es, hi := holes.Constraint, holes.EffectiveSize, holes.Hierarchy
	part, err := silo.Participation(u, lab)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	opt.Progress.Report(progress.Event{Stage: progress.Step, Name: "betweenness"})
	bt, _, err := centrality.BetweennessHarmonicContext(ctx, u, centrality.BetweennessOptions{Exact: opt.Exact, Seed: opt.Seed, Progress: opt.Progress})
	if err != nil {
		return fmt.Errorf("people: %w", err)
	}
	r.Betweenness = bt
	// Cross-unit weight per person and per unit.
	cross := make([]float64, len(r.People))
	unitCross := map[string]float64{}
	for i := range r.People {
		p := &r.People[i]
		b := int(p.Node)
		p.Roles = counts.Role(b)
		p.RoleExp, p.RoleSD, p.RoleZ = exp.Exp[b], exp.SD[b], exp.Z[b]
		for k := range p.PermZ {
			p.PermZ[k] = math.NaN()
		}
		p.Constraint, p.EffectiveSize, p.Hierarchy = con[b], es[b], hi[b]
		p.Participation, p.Betweenness = part[b], bt.Values[b]
		p.Strength = u.ReportedStrength(b)
		own := n.Nodes[b].Unit
		adj, ws := u.Neighbors(b)
		for k, v := range adj {
			if n.Nodes[v].Unit != own {
				cross[i] += ws[k]
			}
		}
		unitCross[own] += cross[i]
	}
	// Overload: strength in the top share of people, and more than
	// OverloadShare of the unit's cross-unit weight. Strengths are
	// compared as the ranking compares weights (TieWeight), so that
	// people whose strengths differ only by the rounding of their sums
	// share a place: of four rows of strength 0.3 and unit share 0.5,
	// 0.30000000000000004 and 0.3 before rounding, two were overloaded
	// and two not (TestOverloadTopStrengthTiesShareAPlace).
	strengths := make([]float64, len(r.People))
	for i := range r.People {
		strengths[i] = TieWeight(r.People[i].Strength)
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(strengths)))
	top := int(math.Ceil(opt.OverloadTop * float64(len(strengths))))
	for i := range r.People {
		p := &r.People[i]
		s := TieWeight(p.Strength)
		above := sort.Search(len(strengths), func(k int) bool { return strengths[k] <= s })
		p.TopStrength = p.Strength > 0 && above < top
		// on the window's network alone without slices or names (else
		// unitShares has set the share of the spell in force)
		if uc := unitCross[n.Nodes[p.Node].Unit]; uc > 0 && r.ShareOverWindow() {
			p.UnitShare = cross[i] / uc
		}
		// the share as unit_share writes it: 0.30000000000000004, written
		// 0.3 and "30%", was above 30% (TestOverloadShareComparedRounded)
		p.Overloaded = p.TopStrength && TieWeight(p.UnitShare) > opt.OverloadShare
	}
	return nil
}

// monthsTop counts, for every informal person, the months in which their
// Score of the month puts them in the top TopShare of the informal people
// of the window: fewer than ceil(TopShare * informal) informal people
// scored strictly more (ties share a place).
func (r *Result) monthsTop(sliceMonth []int, sliceScore [][]scoreEntry, informal int) {
	if r.Months == 0 || informal == 0 {
		return
	}
	top := int(math.Ceil(r.Options.TopShare * float64(informal)))
	month := make([]map[int32]float64, r.Months)
	for si, es := range sliceScore {
		m := sliceMonth[si]
		if month[m] == nil {
			month[m] = map[int32]float64{}
		}
		for _, e := range es {
			month[m][e.person] += e.w
		}
	}
	for i := range r.People {
		r.People[i].Months = r.Months
	}
	for _, ms := range month {
		var vals []float64
		for p, w := range ms {
			if r.People[p].Class == Informal {
				vals = append(vals, TieWeight(w))
			}
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(vals)))
		for p, w := range ms {
			if r.People[p].Class != Informal {
				continue
			}
			// compared as the ranking compares weights (TieWeight): a
			// month's 4.999999999999999 and 5 were two places, and of
			// two people tied in the ranking one was in the top and
			// the other not (TestMonthsTopTiesShareAPlace)
			w = TieWeight(w)
			above := sort.Search(len(vals), func(k int) bool { return vals[k] <= w })
			if above < top {
				r.People[p].MonthsTop++
			}
		}
	}
}

// listed returns the indexes in People of the informal people Listed
// shows (the first Listed by rank that pass the filters).
func (r *Result) listed() []int {
	var out []int
	for _, i := range r.Informal {
		if len(out) == r.Options.Listed {
			break
		}
		if r.People[i].Passes {
			out = append(out, i)
		}
	}
	return out
}

// shownInformal returns the indexes in People of the informal people the
// outputs show, each with a rank: the listed, then the members of the set
// who are not among them.
func (r *Result) shownInformal() []int {
	out := r.listed()
	seen := make(map[int]bool, len(out))
	for _, i := range out {
		seen[i] = true
	}
	for _, p := range r.Set {
		if !seen[p.Person] && r.People[p.Person].Class == Informal {
			seen[p.Person] = true
			out = append(out, p.Person)
		}
	}
	return out
}

// Shown returns the indexes in People of everyone the outputs show: the
// listed informal people, the set, and the formal coordinators that pass
// the filters (at most Listed), without repeats, in that order.
func (r *Result) Shown() []int {
	seen := map[int]bool{}
	var out []int
	add := func(i int) {
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	for _, i := range r.listed() {
		add(i)
	}
	for _, p := range r.Set {
		add(p.Person)
	}
	k := 0
	for _, i := range r.Formal {
		if k == r.Options.Listed {
			break
		}
		if r.People[i].Passes && r.People[i].Score > 0 {
			add(i)
			k++
		}
	}
	return out
}

// hideBesideExternal marks everyone of a group of unit Hidden (the people
// of Options.MergedUnits, by unitOf) that holds from 1 to k-1 external
// staff and some other people (Person.BesideExternal): they pass no
// filter, and the external staff among them are ranked as informal
// people, so that neither who is listed nor the ranks of others tell
// which of them are external.
func (r *Result) hideBesideExternal(k int) {
	groups := r.hiddenSplit(func(*Person) bool { return true }, func(p *Person) bool { return p.Class == External })
	for i := range r.People {
		p := &r.People[i]
		nd := &r.Net.Nodes[p.Node]
		if !r.Options.MergedUnits[nd.Unit] {
			continue
		}
		if c := groups[r.unitOf(nd.Unit, nd.Sector)]; c[0] > 0 && c[0] < k && c[1] > 0 {
			p.BesideExternal, p.Passes = true, false
			if p.Class == External {
				p.Class = Informal
			}
			r.BesideExternal++
		}
	}
}

// rankFewPositions makes informal (Person.RankedInformal) the formal
// coordinators by position of a unit (as reckoned, unitOf) where fewer than
// k people hold a coordinating position: what a run without names shows
// of them must not tell their position.
func (r *Result) rankFewPositions(k int) {
	byPosition := func(p *Person) bool { return p.Class == Formal && p.FormalBy != "unit" }
	holders := map[string]int{}
	for i := range r.People {
		if p := &r.People[i]; byPosition(p) {
			holders[r.unitOfNode(p.Node)]++
		}
	}
	for i := range r.People {
		if p := &r.People[i]; byPosition(p) && holders[r.unitOfNode(p.Node)] < k {
			p.Class, p.FormalBy, p.RankedInformal = Informal, "", true
		}
	}
}

// hiddenSplit counts, for each group of unit Hidden (the people of
// Options.MergedUnits, by unitOf), the people it takes (in) that are
// marked ([0]) and those that are not ([1]).
func (r *Result) hiddenSplit(in, marked func(*Person) bool) map[string]*[2]int {
	groups := map[string]*[2]int{}
	for i := range r.People {
		p := &r.People[i]
		nd := &r.Net.Nodes[p.Node]
		if !r.Options.MergedUnits[nd.Unit] || !in(p) {
			continue
		}
		u := r.unitOf(nd.Unit, nd.Sector)
		if groups[u] == nil {
			groups[u] = &[2]int{}
		}
		if marked(p) {
			groups[u][0]++
		} else {
			groups[u][1]++
		}
	}
	return groups
}

// rankFewUnitStaff makes informal (Person.RankedInformal) the staff of
// coordinator units (formal by unit) in a group of unit Hidden (unitOf)
// where they, or the group's other listable people, are from 1 to k-1:
// listed apart as formal with formal_by unit, the first were the withheld
// coordinator unit's people, and the group's informal rows the others (a
// Bappeda of two withheld with an education office of four: the four
// were the informal rows of sector Hidden).
func (r *Result) rankFewUnitStaff(k int) {
	unitStaff := func(p *Person) bool { return p.Class == Formal && p.FormalBy == "unit" }
	groups := r.hiddenSplit(func(p *Person) bool { return p.Class != External }, unitStaff)
	few := func(n int) bool { return n > 0 && n < k }
	for i := range r.People {
		p := &r.People[i]
		nd := &r.Net.Nodes[p.Node]
		if !unitStaff(p) || !r.Options.MergedUnits[nd.Unit] {
			continue
		}
		if c := groups[r.unitOf(nd.Unit, nd.Sector)]; few(c[0]) || few(c[1]) {
			p.Class, p.FormalBy, p.RankedInformal = Informal, "", true
		}
	}
}

// singleOut marks the people that a run without names must not show
// because what it shows of their position picks out fewer than k people of
// their unit (Person.SingledOut), and takes them out of the filters' pass.
// The group of a person is the people of their unit (external staff,
// never listed, aside) who share their kind of position: coordinating (a
// formal coordinator by position) or not. Its people are shown only when
// at least k of them pass the filters and none or at least k do not: the
// people missing beside those shown are picked out too. It is
// checked for everyone when a filter is in force (the list then says that
// each person listed passes it) and, without filters, for the formal
// coordinators by position (the formal list says that they hold a
// coordinating position outside a coordinator unit), of whom
// rankFewPositions has left none in a group under k.
func (r *Result) singleOut(k int) {
	f := r.Options.Filters
	filtered := len(f.PositionWords) > 0 || f.MinTenureMonths > 0
	type group struct {
		unit     string
		position bool
	}
	byPosition := func(p *Person) bool { return p.Class == Formal && p.FormalBy != "unit" }
	// of each group, the people who pass the filters and those who do not
	size := map[group][2]int{}
	for i := range r.People {
		p := &r.People[i]
		if p.Class == External {
			continue
		}
		g := group{r.unitOfNode(p.Node), byPosition(p)}
		c := size[g]
		if p.Passes {
			c[0]++
		} else {
			c[1]++
		}
		size[g] = c
	}
	for i := range r.People {
		p := &r.People[i]
		if p.Class == External || !p.Passes || !filtered && !byPosition(p) {
			continue
		}
		// Fewer than k who fail are singled out as well: ranks count
		// the people filtered out, so the rank missing beside the
		// unit's listed people named the one who failed (a newcomer
		// to the unit, of a tenure filter: TestFilterFewFailSingledOut)
		if c := size[group{r.unitOfNode(p.Node), byPosition(p)}]; c[0] < k || c[1] > 0 && c[1] < k {
			p.Passes, p.SingledOut = false, true
			if p.Score > 0 {
				r.SingledOut++
			}
		}
	}
}

// spellWeeks sets the Weeks of the spells of every person who has
// several: the weeks of the window the person spent in the spell's unit,
// from the week the spell began (or the window's first) to the week it
// ended (or the window's last). A spell's slices are those in which the
// person has ties; around them, the slices in which the directory places
// the person in the same unit (as the slice networks place a person,
// Directory.UnitIn, and as the spells are joined: one unit as reckoned,
// or one that became the other in the same sector) up to the next
// spell's slices are the spell's too. Counted from the first tie to the
// last, a person who was ten weeks in a unit and wrote in three of them
// had a spell of 3 weeks (TestSpellWeeksAreTheSpells).
func (r *Result) spellWeeks(dir *graph.Directory, unitSector map[string]string, win []graph.Window, week []int) {
	if dir == nil {
		return
	}
	for i := range r.People {
		p := &r.People[i]
		if len(p.Spells) < 2 {
			continue
		}
		_, pi, ok := dir.Lookup([]byte(r.Net.Nodes[p.Node].ID))
		if !ok || pi < 0 {
			continue
		}
		in := func(sp *Spell, si int) bool {
			u, ok := dir.UnitIn(pi, win[si])
			if !ok {
				return false
			}
			id := dir.Units[u].ID
			sec := unitSector[id]
			return r.unitOf(id, sec) == sp.unit || sec == sp.Sector && (r.became(id, sp.Unit) || r.became(sp.Unit, id))
		}
		for k := range p.Spells {
			sp := &p.Spells[k]
			lo, hi := sp.First, sp.Last
			floor, ceil := -1, len(win)
			if k > 0 {
				floor = p.Spells[k-1].Last
			}
			if k+1 < len(p.Spells) {
				ceil = p.Spells[k+1].First
			}
			for lo-1 > floor && in(sp, lo-1) {
				lo--
			}
			for hi+1 < ceil && in(sp, hi+1) {
				hi++
			}
			sp.Weeks = week[hi] - week[lo] + 1
		}
	}
}

// ShareOverWindow reports whether UnitShare is reckoned on the window's
// network, each person in the unit of the row (the last), rather than
// over the spell in force (unitShares): without slices, and in a run
// that shows no names (Options.PseudonymousMinGroup above 0). Over the
// spell in force, the shares of a unit's rows are over different
// stretches when one of them came to the unit during the window: they
// added up to 1.11 for DLH on generate --seed 1070 --scale 0.3
// --move-facilitator --listed 1000, and a newcomer with no cross-unit
// tie since coming reads 0 beside a cross-sector weight. Without names
// that would tell of a move, which such a run keeps to itself (sector
// pairs and the movers' counts are reckoned blind to moves too); on the
// window's network a unit's shares add up to at most 1
// (TestUnitShareBlindWithoutNames).
func (r *Result) ShareOverWindow() bool {
	return r.Slices == 0 || r.Options.PseudonymousMinGroup > 0
}

// unitShares sets every person's UnitShare from the slices: the
// person's cross-unit tie weight in the spell in force at the end of the
// window (the last, in the unit of the row) against the cross-unit tie
// weight of that unit's people over the same slices, each end of a tie
// in its unit of the slice. The spell's slices are those of its ties
// and, around them, those in which the directory places the person in
// its unit (as spellWeeks counts its weeks). Reckoned on the window's
// network, a person who moved kept the ties of the unit before in their
// own share and in the unit's whole, with the people of either unit
// judged by their last unit: a planted mover whose share after the move
// was 75% read 50% (TestUnitShareOfTheSpellInForce). A person whose last
// spell is not in the unit of the row (no tie since the move) has 0.
// Through a rename or merger (Options.Reorg) the unit's whole takes in
// every unit of its sector that became it.
func (r *Result) unitShares(dir *graph.Directory, unitSector map[string]string, win []graph.Window, unitSlice map[string][]float64) {
	// the units with cross-unit weight, sorted (the sums in one order)
	units := make([]string, 0, len(unitSlice))
	for u := range unitSlice {
		units = append(units, u)
	}
	sort.Strings(units)
	groups := map[string][]string{}
	for i := range r.People {
		p := &r.People[i]
		p.UnitShare = 0
		k := len(p.Spells) - 1
		if k < 0 {
			continue
		}
		sp := &p.Spells[k]
		nd := &r.Net.Nodes[p.Node]
		if sp.unit != r.unitOf(nd.Unit, nd.Sector) && (sp.Sector != nd.Sector || !r.became(sp.Unit, nd.Unit)) {
			continue
		}
		pi := int32(-1)
		if dir != nil {
			if _, x, ok := dir.Lookup([]byte(nd.ID)); ok {
				pi = x
			}
		}
		// the unit the person is in during slice si, as the slice
		// networks place them ("" when the directory has none)
		unitAt := func(si int) string {
			if pi < 0 {
				return sp.Unit
			}
			u, ok := dir.UnitIn(pi, win[si])
			if !ok {
				return ""
			}
			return dir.Units[u].ID
		}
		in := func(si int) bool {
			id := unitAt(si)
			if id == "" {
				return false
			}
			sec := unitSector[id]
			return r.unitOf(id, sec) == sp.unit || sec == sp.Sector && (r.became(id, sp.Unit) || r.became(sp.Unit, id))
		}
		lo, hi, floor := sp.First, sp.Last, -1
		if k > 0 {
			floor = p.Spells[k-1].Last
		}
		if pi >= 0 {
			for lo-1 > floor && in(lo-1) {
				lo--
			}
			for hi+1 < len(win) && in(hi+1) {
				hi++
			}
		}
		// the unit's whole in each slice: of the unit and of every unit
		// of its sector that became it (a rename, a merger), whichever
		// the person was in, so that every member of a merged unit is
		// reckoned against one whole (TestUnitShareThroughMerger)
		group := groups[sp.Unit]
		if group == nil {
			group = []string{sp.Unit}
			if r.Options.Reorg != nil {
				for _, u := range units {
					if u != sp.Unit && unitSector[u] == sp.Sector && r.became(u, sp.Unit) {
						group = append(group, u)
					}
				}
			}
			groups[sp.Unit] = group
		}
		whole := 0.0
		for si := lo; si <= hi; si++ {
			for _, u := range group {
				if us := unitSlice[u]; us != nil {
					whole += us[si]
				}
			}
		}
		if whole > 0 {
			p.UnitShare = sp.unitCross / whole
		}
	}
}

// unitOfNode is the unit node x of Net is reckoned in (unitOf).
func (r *Result) unitOfNode(x int32) string {
	nd := &r.Net.Nodes[x]
	return r.unitOf(nd.Unit, nd.Sector)
}

// TieWeight is a cross-sector weight as the ranking compares it: rounded
// to 12 significant digits, so that weights that differ only by the
// rounding of their sums are a tie, ranked by the tie key and said to be
// tied. Summed in different orders, one person's 7 was
// 7.000000000000001: the rows of weight 7 (as facilitators.csv writes it)
// of a five-week window of sekat generate --seed 64 --scale 0.15 were
// ranks 29 to 31, the reason of two of them said that the two were tied,
// and the third had an interval of its own.
func TieWeight(w float64) float64 {
	if w == 0 || math.IsInf(w, 0) || math.IsNaN(w) {
		return w
	}
	v, err := strconv.ParseFloat(strconv.FormatFloat(w, 'g', 12, 64), 64)
	if err != nil {
		return w
	}
	return v
}

// reaches reports whether a tie weight w to a sector reaches it: w is at
// least the reach weight rw as the ranking compares weights (TieWeight).
// Fifteen meetings of four, a third each, summed to 4.999999999999999,
// written 5 in facilitators.csv, and did not reach the sector at the
// default 5 (TestReachWeightComparedRounded).
func reaches(w, rw float64) bool { return TieWeight(w) >= rw }

// MinIntervalSlices is the fewest slices a window needs for the bootstrap
// rank interval: with fewer, the resamples are a handful of repeats of
// single slices and the interval's ends would be one slice's ranks. It is
// change.MinIntervalBlocks, the rule of compare and trend, for the same
// reason (its comment gives the arithmetic).
const MinIntervalSlices = 4

// bootstrap draws Bootstrap resamples of the slices (with replacement, as
// many as there are), sums each person's Score over the drawn slices, and
// records the rank of every person of listed (the informal people shown)
// among the informal people; the 2.5th and 97.5th percentiles (nearest
// rank) of those ranks are the interval. Resample b draws from its own PCG stream (Seed, b), so the
// result does not depend on the number of workers. A window of fewer than
// MinIntervalSlices slices gets no interval (FewSlices).
//
// People tied in the window (equal Score and Reach, TieLo..TieHi) share
// one interval: the percentiles of the ranks of every member of the tie,
// listed or not, pooled over the resamples. Their order among themselves
// is the tie key's, which the reason says carries no meaning; each with
// the interval of their own slices, two people of weight 8 (one letter a
// week, and eight letters in one week) stood as ranks 3 and 4 with 2–4
// and 2–5 beside that sentence (TestTiedShareRankInterval). The pooled
// interval does not depend on the tie key, nor on which members are
// listed.
func (r *Result) bootstrap(ctx context.Context, sliceScore [][]scoreEntry, listed []int) error {
	B, S := r.Options.Bootstrap, len(sliceScore)
	if S < MinIntervalSlices {
		r.FewSlices = S > 0
		return nil
	}
	if len(listed) == 0 {
		return nil
	}
	// the listed and every member of their ties, each once
	var track []int
	row := map[int]int{} // People index -> index in track
	add := func(i int) {
		if _, ok := row[i]; !ok {
			row[i] = len(track)
			track = append(track, i)
		}
	}
	for _, i := range listed {
		add(i)
		if p := &r.People[i]; p.TieHi > p.TieLo && p.TieLo >= 1 && p.TieHi <= len(r.Informal) {
			for _, j := range r.Informal[p.TieLo-1 : p.TieHi] {
				add(j)
			}
		}
	}
	ranks := make([][]int32, len(track)) // [track][b]
	for k := range ranks {
		ranks[k] = make([]int32, B)
	}
	workers := par.Workers(B)
	type scratch struct {
		acc  []float64
		vals []float64
	}
	sc := make([]scratch, workers)
	for w := range sc {
		sc[w].acc = make([]float64, len(r.People))
	}
	err := par.For(ctx, B, workers, func(w, b int) {
		s := &sc[w]
		for i := range s.acc {
			s.acc[i] = 0
		}
		rng := rand.New(rand.NewPCG(r.Options.Seed, uint64(b)+0x626f6f74)) // "boot"
		for range S {
			for _, e := range sliceScore[rng.IntN(S)] {
				s.acc[e.person] += e.w
			}
		}
		s.vals = s.vals[:0]
		for i := range r.People {
			if r.People[i].Class == Informal && s.acc[i] > 0 {
				s.vals = append(s.vals, s.acc[i])
			}
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(s.vals)))
		for k, i := range track {
			v := s.acc[i]
			// above: the weights greater than v by more than the
			// rounding of a sum (TieWeight's 12 digits), as the ranking
			// takes them
			tv := v + v*1e-12
			above := sort.Search(len(s.vals), func(x int) bool { return s.vals[x] <= tv })
			if v == 0 {
				above = len(s.vals)
			}
			ranks[k][b] = int32(above + 1)
		}
	})
	if err != nil {
		return err
	}
	interval := func(x []int32) (int, int) {
		slices.Sort(x)
		n := len(x)
		lo := int(math.Ceil(0.025*float64(n))) - 1
		hi := int(math.Ceil(0.975*float64(n))) - 1
		return int(x[max(lo, 0)]), int(x[min(hi, n-1)])
	}
	tieInterval := map[int][2]int{} // by TieLo
	for _, i := range listed {
		p := &r.People[i]
		if p.TieHi > p.TieLo && p.TieLo >= 1 && p.TieHi <= len(r.Informal) {
			iv, ok := tieInterval[p.TieLo]
			if !ok {
				var pooled []int32
				for _, j := range r.Informal[p.TieLo-1 : p.TieHi] {
					pooled = append(pooled, ranks[row[j]]...)
				}
				iv[0], iv[1] = interval(pooled)
				tieInterval[p.TieLo] = iv
			}
			p.RankLo, p.RankHi = iv[0], iv[1]
			continue
		}
		p.RankLo, p.RankHi = interval(ranks[row[i]])
	}
	return nil
}

// pairIndex numbers the unordered sector pair {a, b}, a != b.
func pairIndex(a, b, S int) int {
	if a > b {
		a, b = b, a
	}
	return a*S - a*(a+1)/2 + (b - a - 1)
}

// pairs makes the sector-pair table: the tie weight between two sectors
// credited at event time (weight, by pairIndex, summed over the slices in
// Facilitators), and who carries each pair. A
// person carries {A, B} when, with at least ReachWeight of tie weight,
// they join them: from inside one of them to the other (in some spell),
// or from outside both to each. People with a pair nobody else carries
// are the key-person risk: without them it would be cut.
func (r *Result) pairs(weight []float64, secIdx map[string]int) {
	S := len(r.Sectors)
	np := S * (S - 1) / 2
	words := (np + 63) / 64
	carriers := make([]int, np)
	only := make([]int, np)
	for i := range only {
		only[i] = -1
	}
	w := r.Options.ReachWeight
	for i := range r.People {
		p := &r.People[i]
		p.pairs = make([]uint64, words)
		set := func(a, b int) {
			if a != b {
				k := pairIndex(a, b, S)
				p.pairs[k/64] |= 1 << (k % 64)
			}
		}
		if r.Options.PseudonymousMinGroup > 0 {
			// Without names, everyone carries the pairs that someone
			// who stayed in the row's sector with the same reach would:
			// the row's sector with each sector reached, and every two
			// sectors reached. The pairs of a spell in another sector
			// (or of a spell's own weight, below the reach weight over
			// the window) told of a move that no row shows: the one
			// listed mover of generate --seed 3 --scale 0.05
			// --move-facilitator carried 19 pairs for a reach of 5,
			// where each of the others carried reach*(reach+1)/2.
			row, ok := secIdx[r.secOf(r.Net.Nodes[p.Node].Sector)]
			if !ok {
				row = -1
			}
			for a := 0; a < S; a++ {
				if a == row || !reaches(p.reachW[a], w) {
					continue
				}
				if row >= 0 {
					set(row, a)
				}
				for b := a + 1; b < S; b++ {
					if b != row && reaches(p.reachW[b], w) {
						set(a, b)
					}
				}
			}
		} else {
			for a := 0; a < S; a++ {
				if !reaches(p.reachW[a], w) {
					continue
				}
				for b := a + 1; b < S; b++ {
					if reaches(p.reachW[b], w) {
						set(a, b)
					}
				}
			}
			for _, sp := range p.Spells {
				own := secIdx[r.secOf(sp.Sector)]
				for s, x := range sp.w {
					if s != own && reaches(x, w) {
						set(own, s)
					}
				}
			}
		}
		for k := 0; k < np; k++ {
			if p.pairs[k/64]&(1<<(k%64)) != 0 {
				p.Pairs++
				carriers[k]++
				if carriers[k] == 1 {
					only[k] = i
				} else {
					only[k] = -1
				}
			}
		}
	}
	for a := 0; a < S; a++ {
		for b := a + 1; b < S; b++ {
			k := pairIndex(a, b, S)
			r.Pairs = append(r.Pairs, Pair{A: r.Sectors[a], B: r.Sectors[b], Weight: weight[k], Carriers: carriers[k], Only: only[k]})
			if carriers[k] == 1 {
				r.People[only[k]].PairsOnly++
			}
		}
	}
}

// unitSectors maps every unit of dir to its sector.
func unitSectors(dir *graph.Directory) map[string]string {
	out := map[string]string{}
	if dir != nil {
		for _, u := range dir.Units {
			out[u.ID] = u.Sector
		}
	}
	return out
}

// opdOf maps every unit to its OPD: the unit at the top of its parent_id
// chain (itself when it has no parent; a chain that loops stops where it
// would repeat).
func opdOf(dir *graph.Directory) map[string]string {
	parent := map[string]string{}
	if dir == nil {
		return parent
	}
	for _, u := range dir.Units {
		parent[u.ID] = u.Parent
	}
	out := map[string]string{}
	for _, u := range dir.Units {
		top, seen := u.ID, map[string]bool{u.ID: true}
		for {
			p := parent[top]
			if p == "" || seen[p] {
				break
			}
			if _, ok := parent[p]; !ok {
				break
			}
			seen[p] = true
			top = p
		}
		out[u.ID] = top
	}
	return out
}

// chooseSet picks the facilitator set greedily: SetSize times, the
// informal person who passes the filters and brings the most sector pairs
// (or units within two steps) closer to Redundancy members of the set
// that carry them, ties to the higher Score, with at most PerOPD people of
// one OPD. Once every pair anyone carries has Redundancy carriers in the
// set, the rest are chosen by Score (their gain is 0). It stops early only
// when nobody is left to choose.
func (r *Result) chooseSet(dir *graph.Directory) error {
	n := r.Net
	var cover [][]uint64
	var size int // pairs (units) there are, covered or not
	pool := make([]int, 0, len(r.Informal))
	for _, i := range r.Informal {
		if r.People[i].Passes {
			pool = append(pool, i)
		}
	}
	switch r.Options.Cover {
	case CoverUnits:
		unitIdx := map[string]int{}
		for i := range n.Nodes {
			if u := r.unitOfNode(int32(i)); unitIdx[u] == 0 {
				unitIdx[u] = len(unitIdx) + 1 // 0: not yet numbered
			}
		}
		size = len(unitIdx)
		words := (len(unitIdx) + 63) / 64
		u := n.Undirected()
		cover = make([][]uint64, len(r.People))
		for _, i := range pool {
			c := make([]uint64, words)
			mark := func(v int32) {
				k := unitIdx[r.unitOfNode(v)] - 1
				c[k/64] |= 1 << (k % 64)
			}
			b := r.People[i].Node
			mark(b)
			adj, _ := u.Neighbors(int(b))
			for _, v := range adj {
				mark(v)
				adj2, _ := u.Neighbors(int(v))
				for _, x := range adj2 {
					mark(x)
				}
			}
			cover[i] = c
		}
	default:
		size = len(r.Pairs)
		cover = make([][]uint64, len(r.People))
		for _, i := range pool {
			cover[i] = r.People[i].pairs
		}
	}
	// What anyone in the pool covers; a pair (unit) nobody eligible
	// carries cannot be covered, and is not counted as if it could.
	reach := make([]uint64, (size+63)/64)
	for _, i := range pool {
		for w, x := range cover[i] {
			reach[w] |= x
		}
	}
	r.Coverable = 0
	for _, x := range reach {
		r.Coverable += bits.OnesCount64(x)
	}
	opd := opdOf(dir)
	sectorOf := unitSectors(dir)
	// A withheld unit is an OPD of its own, one for all the withheld
	// units of its sector (unitOf), and so is a shown unit under a
	// withheld one: over the real OPDs the cap told how the people of
	// unit Hidden are split.
	opdOfPerson := func(i int) string {
		nd := &n.Nodes[r.People[i].Node]
		u := r.unitOf(nd.Unit, nd.Sector)
		if u != nd.Unit {
			return u
		}
		if o := opd[u]; o != "" {
			if r.Options.Reorg != nil { // the OPD a renamed or merged one became
				o = r.Options.Reorg.Main(o)
			}
			return r.unitOf(o, sectorOf[o])
		}
		return u
	}
	perOPD := map[string]int{}
	count := make([]int, size)
	chosen := map[int]bool{}
	R := r.Options.Redundancy
	for len(r.Set) < r.Options.SetSize {
		best, bestGain := -1, -1
		for _, i := range pool {
			if chosen[i] || perOPD[opdOfPerson(i)] >= r.Options.PerOPD {
				continue
			}
			gain := 0
			for w, x := range cover[i] {
				for x != 0 {
					k := w*64 + bits.TrailingZeros64(x)
					x &= x - 1
					if count[k] < R {
						gain++
					}
				}
			}
			if gain > bestGain { // pool is in rank order: ties keep the higher Score
				best, bestGain = i, gain
			}
		}
		if best < 0 {
			break
		}
		chosen[best] = true
		perOPD[opdOfPerson(best)]++
		pk := Pick{Person: best, Gain: bestGain}
		for w, x := range cover[best] {
			for x != 0 {
				k := w*64 + bits.TrailingZeros64(x)
				x &= x - 1
				count[k]++
			}
		}
		for _, c := range count {
			if c >= 1 {
				pk.Covered++
			}
			if c >= R {
				pk.Redundant++
			}
		}
		r.Set = append(r.Set, pk)
	}
	return nil
}

// permutationZ computes the shuffled-label z of the people shown.
func (r *Result) permutationZ(ctx context.Context, lab []int32, shown []int) error {
	if len(shown) == 0 {
		return nil
	}
	d := r.Net.Directed()
	counts, err := broker.Brokerage(d, lab)
	if err != nil {
		return err
	}
	nodes := make([]int32, len(shown))
	for k, i := range shown {
		nodes[k] = r.People[i].Node
	}
	p, err := broker.BrokeragePermutation(ctx, d, lab, counts, broker.PermutationOptions{
		Permutations: r.Options.Permutations, Seed: r.Options.Seed, Nodes: nodes})
	if err != nil {
		return err
	}
	for _, i := range shown {
		r.People[i].PermZ = p.Z[r.People[i].Node]
	}
	return nil
}

// spellRoles counts, for every shown person with more than one spell, the
// Gould-Fernandez roles of each spell on the network of the spell's
// slices alone, with the person in the spell's sector (everyone else in
// their sector of the window). A person with one spell has the window's
// counts.
//
// A person's roles depend only on their own arcs and on the arcs from
// their in-neighbours to their out-neighbours (broker.NodeRoles counts
// two-paths i -> b -> j not closed by i -> j), so each spell's network is
// cut to those arcs: a first pass over the slices finds each spell's
// neighbours, a second the arcs between them. Each slice is asked for
// once per pass and dropped.
func (r *Result) spellRoles(ctx context.Context, src SliceSource, lab []int32, secIdx map[string]int, shown []int) error {
	n := r.Net
	type spellArcs struct {
		sp        *Spell
		b         int32 // the person's node in n
		ins, outs map[int32]bool
		arcs      []graph.Arc
	}
	var todo []*spellArcs
	lo, hi := src.Len(), -1 // the slices any spell covers
	for _, i := range shown {
		p := &r.People[i]
		if len(p.Spells) == 1 {
			p.Spells[0].Roles = p.Roles
			continue
		}
		for k := range p.Spells {
			sp := &p.Spells[k]
			todo = append(todo, &spellArcs{sp: sp, b: p.Node, ins: map[int32]bool{}, outs: map[int32]bool{}})
			lo, hi = min(lo, sp.First), max(hi, sp.Last)
		}
	}
	// by[g] lists the spells covering the current slice that look at arcs
	// from node g: in the first pass g is the spell's person, in the
	// second one of its in-neighbours. It is cleared after each slice.
	by := make([][]*spellArcs, len(n.Nodes))
	for pass := range 2 {
		for si := max(lo, 0); si <= hi; si++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			var keys []int32
			for _, t := range todo {
				if t.sp.First > si || si > t.sp.Last {
					continue
				}
				if pass == 0 {
					keys = append(keys, t.b)
					by[t.b] = append(by[t.b], t)
					continue
				}
				for i := range t.ins {
					keys = append(keys, i)
					by[i] = append(by[i], t)
				}
			}
			if len(keys) == 0 {
				continue
			}
			sl, err := src.Slice(si)
			if err == nil && sl.Net == nil {
				err = errNoSliceNet(si)
			}
			if err != nil {
				return err
			}
			sn := sl.Net
			at := make([]int32, len(sn.Nodes)) // slice node -> node of n, -1
			for x := range sn.Nodes {
				at[x] = -1
				if g, ok := n.NodeIndex(sn.Nodes[x].ID); ok {
					at[x] = g
				}
			}
			for _, e := range sn.Edges {
				u, v := at[e.From], at[e.To]
				if e.Weight <= 0 || u < 0 || v < 0 {
					continue
				}
				a := graph.Arc{U: u, V: v, W: e.Weight}
				if pass == 0 {
					for _, t := range by[u] {
						t.outs[v] = true
						t.arcs = append(t.arcs, a)
					}
					for _, t := range by[v] {
						t.ins[u] = true
						t.arcs = append(t.arcs, a)
					}
					continue
				}
				for _, t := range by[u] {
					if v != t.b && t.outs[v] {
						t.arcs = append(t.arcs, a)
					}
				}
			}
			for _, k := range keys {
				by[k] = by[k][:0]
			}
		}
	}
	for _, t := range todo {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := graph.NewCSR(len(n.Nodes), t.arcs, false)
		l2 := append([]int32(nil), lab...)
		l2[t.b] = int32(secIdx[r.secOf(t.sp.Sector)])
		roles, err := broker.NodeRoles(d, l2, int(t.b))
		if err != nil {
			return err
		}
		t.sp.Roles = roles
	}
	return nil
}
