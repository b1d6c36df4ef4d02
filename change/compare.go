package change

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/progress"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// Defaults of Options.
const (
	DefaultResamples    = 1000
	DefaultPermutations = 1000
	DefaultAlpha        = 0.05
	// DefaultMinChange is the smallest change of the homophily index that
	// a verdict reports: a tenth of the way between chance (0) and a
	// group closed on itself (1). See docs/change.md, "Verdicts".
	DefaultMinChange = 0.1
	// DefaultTopShare is the share of nodes, by betweenness, that are the
	// brokers of a period.
	DefaultTopShare = 0.1
	// DefaultRun is the number of consecutive blocks (weeks) resampled
	// and permuted together.
	DefaultRun = 1
)

// Options configure Compare, Trend and Evaluate. The zero value is the
// defaults above.
type Options struct {
	// Resamples is the number of bootstrap resamples B; 0 means
	// DefaultResamples.
	Resamples int
	// Permutations is the number of permutations of the tests; 0 means
	// DefaultPermutations.
	Permutations int
	// Seed seeds every resample and permutation (and the analyses of the
	// periods).
	Seed uint64
	// Alpha is the significance level, and 1 - Alpha the confidence of
	// the intervals; 0 means DefaultAlpha.
	Alpha float64
	// MinChange is the smallest change of the homophily index that a
	// verdict reports; nil means DefaultMinChange (0 reports every
	// significant change).
	MinChange *float64
	// Jaccard and Growth are the community matching thresholds; 0 means
	// DefaultJaccard and DefaultGrowth.
	Jaccard, Growth float64
	// TopShare is the share of nodes that are a period's brokers; 0
	// means DefaultTopShare.
	TopShare float64
	// Weights are the layer weights the blocks were made with (recorded
	// in the period networks).
	Weights graph.LayerWeights
	// Analysis configures the full analysis of each period (silo tiers,
	// communities, betweenness); its Seed is set from Seed.
	Analysis metrics.Options
	// Run is the number of consecutive blocks resampled and permuted
	// together; 0 means DefaultRun.
	Run int
	// Workers is the number of goroutines; 0 means GOMAXPROCS. It never
	// changes a result.
	Workers int
	// Progress receives progress.Step events naming the stages.
	Progress progress.Reporter
}

func (o Options) resamples() int    { return cmp.Or(o.Resamples, DefaultResamples) }
func (o Options) permutations() int { return cmp.Or(o.Permutations, DefaultPermutations) }
func (o Options) alpha() float64    { return cmp.Or(o.Alpha, DefaultAlpha) }
func (o Options) jaccard() float64  { return cmp.Or(o.Jaccard, DefaultJaccard) }
func (o Options) growth() float64   { return cmp.Or(o.Growth, DefaultGrowth) }
func (o Options) topShare() float64 { return cmp.Or(o.TopShare, DefaultTopShare) }
func (o Options) run() int          { return cmp.Or(o.Run, DefaultRun) }

// MinChangeValue is the MinChange in force.
func (o Options) MinChangeValue() float64 {
	if o.MinChange != nil {
		return *o.MinChange
	}
	return DefaultMinChange
}

// Period is a set of a frame's blocks: the blocks whose window lies in
// Window.
type Period struct {
	Window graph.Window
	Blocks []int
}

// Days is the length of the period's blocks together, in days.
func (p Period) Days(f *Frame) float64 {
	s := 0.0
	for _, b := range p.Blocks {
		w := f.Blocks[b].Window
		s += float64(w.To-w.From) / 86400
	}
	return s
}

// PeriodOf returns the blocks of f that lie in win.
func (f *Frame) PeriodOf(win graph.Window) Period {
	p := Period{Window: win}
	for i, b := range f.Blocks {
		if b.Window.From >= win.From && (win.To == 0 || b.Window.To <= win.To) {
			p.Blocks = append(p.Blocks, i)
		}
	}
	return p
}

// SourcePeriod returns every block of source s.
func (f *Frame) SourcePeriod(s int) Period {
	var p Period
	for i, b := range f.Blocks {
		if b.Source == s {
			if len(p.Blocks) == 0 {
				p.Window.From = b.Window.From
			}
			p.Blocks = append(p.Blocks, i)
			p.Window.To = b.Window.To
		}
	}
	return p
}

// Verdict is what a comparison says of a group.
type Verdict string

// The verdicts of a group between two periods; docs/change.md
// ("Verdicts") defines them.
const (
	// NotJudged: the group is not tested (a community, a group of one, a
	// coordinator or external group, a group that appears only after).
	NotJudged Verdict = ""
	// NoChange: the change is not significant after Holm's correction.
	NoChange Verdict = "no significant change"
	// SmallChange: the change is significant after Holm's correction but
	// smaller than MinChange, so not reported as opened or closed.
	SmallChange Verdict = "significant but small"
	// Opened: the homophily index fell significantly (a silo that stops
	// being one included).
	Opened Verdict = "opened"
	// Closed: the homophily index rose significantly without the group
	// becoming a silo that it was not.
	Closed Verdict = "closed"
	// Formed: the homophily index rose significantly and the group is a
	// silo after but was not before.
	Formed Verdict = "formed"
	// Dissolved: the group had ties before and has none after (its units
	// closed or merged away).
	Dissolved Verdict = "dissolved"
)

// Presence says in which periods a group or unit has ties.
type Presence string

// The presences.
const (
	Both       Presence = "both"
	BeforeOnly Presence = "before"
	AfterOnly  Presence = "after"
	Neither    Presence = "neither"
)

func presence(before, after bool) Presence {
	switch {
	case before && after:
		return Both
	case before:
		return BeforeOnly
	case after:
		return AfterOnly
	}
	return Neither
}

// Measure is one measure in two periods: the values, their change (after
// minus before), 95% intervals (for 1 - Alpha) and the permutation
// p-value of the change with its Holm adjustment (NaN: not tested).
// Permutations is the number of permutations P is over (those where the
// measure is defined in both periods; 0 where P is NaN): when none of
// them changed the measure as much as the observed change, P is
// 1/(Permutations + 1), the smallest they can show (AtFloor).
type Measure struct {
	Before, After, Change       float64
	BeforeCI, AfterCI, ChangeCI Interval
	P, PAdjusted                float64
	Permutations                int
}

// AtFloor reports whether m's p-value is the smallest its permutations
// can show: none of them gave a change as large as the observed one, so
// P = 1/(Permutations + 1), a bound that more permutations could lower,
// not a measurement; its Holm adjustment is then a bound too.
func (m Measure) AtFloor() bool {
	return silo.AtFloor(silo.GroupStats{EIPValue: m.P, Permutations: m.Permutations})
}

// GroupChange is one row of changes_groups.csv.
type GroupChange struct {
	Type metrics.GroupType
	// Name is the group; for communities the community of the before
	// period, and After the matched community of the after period.
	Name, After           string
	SizeBefore, SizeAfter int
	// Internal and external tie weight in each period.
	InternalBefore, InternalAfter float64
	ExternalBefore, ExternalAfter float64
	EI, Homophily, InternalShare  Measure
	Present                       Presence
	// Tested says whether the homophily change was tested (and is part
	// of the Holm family of its group type).
	Tested                bool
	TierBefore, TierAfter Tier
	Verdict               Verdict
	// Judged says whether the group is of a kind the silo rule judges
	// (a sector with internal units; at person level also a unit) in
	// either period: such a group with ties in the after period only
	// has no verdict, and compare says that it was not tested.
	Judged bool
}

// UnitChange is one row of changes_units.csv: a unit's share of tie
// weight to other sectors in both periods, and what the full analysis
// of each period said of it.
type UnitChange struct {
	Unit, Name, Sector string
	Kind               graph.Kind
	Present            Presence
	// CrossShare is the share of the unit's tie weight that goes to units
	// (at person level: to people) of other sectors; at person level it
	// is over the unit's stayers only.
	CrossShare                      Measure
	StrengthBefore, StrengthAfter   float64
	CommunityBefore, CommunityAfter int     // unit level; 0 at person level
	BetweennessBefore               float64 // unit level; NaN at person level
	BetweennessAfter                float64
	BrokerBefore, BrokerAfter       bool
	Stayers, MovedIn, MovedOut      int // person level
	TierBefore, TierAfter           Tier
	// CrosswalkFrom lists the old units whose ties count for this unit.
	CrosswalkFrom []string
}

// NetworkChange is one row of changes_network.csv.
type NetworkChange struct {
	Name string // density, ei_index, modularity_sector, assortativity_sector
	Measure
}

// The whole-network measures, as changes_network.csv names them.
var wholeNames = [perWhole]string{"density", "ei_index", "modularity_sector", "assortativity_sector"}

// Broker is a node among the top brokers (by betweenness) of either
// period.
type Broker struct {
	ID, Name, Unit                      string
	BetweennessBefore, BetweennessAfter float64
	// RankBefore and RankAfter are 1 for the highest betweenness, 0 when
	// the node is not in that period's network.
	RankBefore, RankAfter int
	// Status is entered, left or stayed (in the top ranks).
	Status string
}

// Mover is a person who changed unit between the periods (person level).
type Mover struct {
	Person, UnitBefore, UnitAfter     string
	CrossShareBefore, CrossShareAfter float64
	StrengthBefore, StrengthAfter     float64
	SectorBefore, SectorAfter         string
}

// Method records how a comparison was made.
type Method struct {
	Level        string
	Block        string // week, day, ...
	Resamples    int
	Permutations int
	Seed         uint64
	Alpha        float64
	MinChange    float64
	Interval     string // "BCa"
	Adjustment   string // "holm"
	Jaccard      float64
	Growth       float64
	TopShare     float64
	// RunsBefore and RunsAfter are the numbers of runs of time blocks
	// the permutation test moves between the periods; Splits is the
	// number of distinct ways to split them, C(before+after, before)
	// (capped at 1e18): no permutation p-value is below 1/Splits,
	// however many permutations run.
	RunsBefore, RunsAfter int
	Splits                float64
}

// splits is C(n, k) as a float64, capped at 1e18.
func splits(n, k int) float64 {
	k = min(k, n-k)
	c := 1.0
	for i := 1; i <= k; i++ {
		c = c * float64(n-k+i) / float64(i)
		if c > 1e18 {
			return 1e18
		}
	}
	return math.Round(c)
}

// mirrors says, per family of tests, whether each split of the time
// blocks has a mirror: the split with the periods swapped, whose change
// is the observed one with its sign turned, so that its |change| is the
// same. That needs as many runs in both periods (equal) and, for a measure
// that also depends on the period's sizes, the same sizes in both: the
// homophily index on the node count and the group's size (equal at unit
// level, where each period's network holds every unit; the active people
// at person level), the density on the node count. A unit's share of
// weight to other sectors and a tie's change of weight per day depend on
// the blocks' sums alone (the days go with the blocks).
func mirrors(equal bool, fams []*Family, szB, szA *sizes) map[string]bool {
	m := map[string]bool{"units": equal, "ties": equal, "network": equal && szB.n == szA.n}
	for fi, fam := range fams {
		m["groups/"+string(fam.Type)] = equal && szB.n == szA.n && slices.Equal(szB.groups[fi], szA.groups[fi])
	}
	return m
}

// splitFloor is the smallest permutation p-value the splits of the time
// blocks allow a test of the family key: 1/S with S splits, a random split
// repeating the observed one about once in S draws, and 2/S where every
// split has a mirror (mirrors), which repeats the observed statistic as
// often again. Five weeks against five split in 252 ways, floor 2/252 =
// 0.0079: ten sectors' Holm floor is 0.079, not 0.040
// (TestHolmFloorsMirror). 0 when the splits are not known.
func (c *Comparison) splitFloor(key string) float64 {
	S := c.Method.Splits
	if S <= 0 {
		return 0
	}
	if c.mirror[key] {
		return math.Min(2/S, 1)
	}
	return 1 / S
}

// NetworkFloor is the smallest permutation p-value a whole-network
// measure of changes_network.csv can have by the splits of the time
// blocks (splitFloor): those p-values are not adjusted, so no Holm floor
// covers them.
func (c *Comparison) NetworkFloor() float64 { return c.splitFloor("network") }

// PeriodInfo describes one compared period.
type PeriodInfo struct {
	Window graph.Window
	Blocks int
	Days   float64
	// Nodes is the number of the period's own active nodes: units (or
	// people and unit nodes at person level) with a tie in some layer in
	// the period (PeriodNetwork.Active), not every unit of the frame.
	Nodes int
	Ties  int
}

// Comparison is what Compare finds.
type Comparison struct {
	Method         Method
	Before, After  PeriodInfo
	Groups         []GroupChange
	Units          []UnitChange
	Network        []NetworkChange
	QAP            QAP
	Communities    []CommunityMatch
	NMI, ARI       float64 // of the two periods' communities over the nodes in both
	Ties           []TieChange
	Brokers        []Broker
	Movers         []Mover
	Appeared       []string // units with ties after but not before
	Disappeared    []string // units with ties before but not after
	Stale          []string
	AnalysisBefore *metrics.Result
	AnalysisAfter  *metrics.Result
	NetBefore      *PeriodNetwork
	NetAfter       *PeriodNetwork
	// mirror says, per family of tests ("groups/" and the group type,
	// "units", "ties", "network"), whether every split of the time blocks
	// has a mirror with the same statistic (see splitFloor).
	mirror map[string]bool
}

// Compare compares two periods of a frame. unit is the unit-level frame
// of the same sources (f itself at unit level), for the unit x unit
// matrices of the QAP test and the ties.
func Compare(ctx context.Context, f, unit *Frame, before, after Period, opt Options) (*Comparison, error) {
	if len(before.Blocks) == 0 || len(after.Blocks) == 0 {
		return nil, fmt.Errorf("change: a period has no time block; check --before and --after against the study's window")
	}
	alpha := opt.alpha()
	c := &Comparison{Method: Method{Level: f.Level.String(), Resamples: opt.resamples(), Permutations: opt.permutations(),
		Seed: opt.Seed, Alpha: alpha, MinChange: opt.MinChangeValue(), Interval: "BCa", Adjustment: "holm",
		Jaccard: opt.jaccard(), Growth: opt.growth(), TopShare: opt.topShare()}, Stale: f.Stale}

	// The full analysis of each period: tiers, communities, betweenness.
	ao := opt.Analysis
	ao.Seed = opt.Seed
	step := func(name string) { opt.Progress.Report(progress.Event{Stage: progress.Step, Name: name}) }
	step("analyze-before")
	c.NetBefore = f.Network(before.Blocks, before.Window, opt.Weights)
	mrB, err := metrics.AnalyzeContext(ctx, c.NetBefore.Net, ao)
	if err != nil {
		return nil, err
	}
	step("analyze-after")
	c.NetAfter = f.Network(after.Blocks, after.Window, opt.Weights)
	mrA, err := metrics.AnalyzeContext(ctx, c.NetAfter.Net, ao)
	if err != nil {
		return nil, err
	}
	c.AnalysisBefore, c.AnalysisAfter = mrB, mrA
	c.Before = PeriodInfo{Window: before.Window, Blocks: len(before.Blocks), Days: before.Days(f), Nodes: c.NetBefore.Active, Ties: mrB.Whole.Ties}
	c.After = PeriodInfo{Window: after.Window, Blocks: len(after.Blocks), Days: after.Days(f), Nodes: c.NetAfter.Active, Ties: mrA.Whole.Ties}

	// The resampling pool: sectors, units at person level, and per unit
	// its share of weight to other sectors.
	step("resample")
	st := f.stayers(append(slices.Clone(before.Blocks), after.Blocks...))
	fams := f.families()
	lay := newLayout(fams, len(f.Units))
	pl := f.pool(lay, append(slices.Clone(before.Blocks), after.Blocks...), st.entity)
	pl.run = opt.run()
	szB, szA := f.sizes(c.NetBefore, fams), f.sizes(c.NetAfter, fams)
	dB, err := pl.bootstrap(ctx, before.Blocks, szB, opt.resamples(), opt.Seed, 0, opt.Workers)
	if err != nil {
		return nil, err
	}
	dA, err := pl.bootstrap(ctx, after.Blocks, szA, opt.resamples(), opt.Seed, 1, opt.Workers)
	if err != nil {
		return nil, err
	}
	diff := make([]float64, lay.derivedDim())
	for j := range diff {
		diff[j] = dA.point[j] - dB.point[j]
	}
	step("permute")
	c.Method.RunsBefore, c.Method.RunsAfter = len(runs(before.Blocks, pl.run)), len(runs(after.Blocks, pl.run))
	c.Method.Splits = splits(c.Method.RunsBefore+c.Method.RunsAfter, c.Method.RunsBefore)
	c.mirror = mirrors(c.Method.RunsBefore == c.Method.RunsAfter, fams, szB, szA)
	pv, pn, err := pl.permutation(ctx, before.Blocks, after.Blocks, szB, szA, diff, opt.permutations(), opt.Seed, opt.Workers)
	if err != nil {
		return nil, err
	}
	measure := func(j int) Measure {
		return Measure{Before: dB.point[j], After: dA.point[j], Change: writtenChange(dB.point[j], dA.point[j]),
			BeforeCI: dB.interval(j, alpha), AfterCI: dA.interval(j, alpha), ChangeCI: diffInterval(dB, j, dA, j, alpha),
			P: pv[j], PAdjusted: math.NaN(), Permutations: pn[j]}
	}

	// Groups: sectors, then units (person level).
	for fi, fam := range fams {
		k := len(fam.Names)
		base := len(c.Groups)
		var ps []float64
		for g := range k {
			gc := GroupChange{Type: fam.Type, Name: fam.Names[g], After: fam.Names[g],
				SizeBefore: szB.groups[fi][g], SizeAfter: szA.groups[fi][g],
				InternalBefore: pl.sumAt(before.Blocks, lay.famOff[fi]+g), InternalAfter: pl.sumAt(after.Blocks, lay.famOff[fi]+g),
				ExternalBefore: pl.sumAt(before.Blocks, lay.famOff[fi]+k+g), ExternalAfter: pl.sumAt(after.Blocks, lay.famOff[fi]+k+g),
				EI: measure(lay.groupAt(fi, g, mEI)), Homophily: measure(lay.groupAt(fi, g, mHomophily)),
				InternalShare: measure(lay.groupAt(fi, g, mInternalShare))}
			gc.Present = presence(gc.InternalBefore+gc.ExternalBefore > 0, gc.InternalAfter+gc.ExternalAfter > 0)
			gB, gA := findGroup(mrB, fam.Type, fam.Names[g]), findGroup(mrA, fam.Type, fam.Names[g])
			if gB != nil {
				gc.TierBefore = tierOf(gB)
			}
			if gA != nil {
				gc.TierAfter = tierOf(gA)
			}
			formal := gB != nil && judged(gB) || gA != nil && judged(gA)
			gc.Judged = formal
			gc.Tested = formal && gc.Present == Both && gc.SizeBefore >= 2 && gc.SizeAfter >= 2 && !math.IsNaN(gc.Homophily.P)
			p := math.NaN()
			if gc.Tested {
				p = gc.Homophily.P
			}
			ps = append(ps, p)
			c.Groups = append(c.Groups, gc)
		}
		adj := holm(ps)
		for g := range k {
			gc := &c.Groups[base+g]
			gc.Homophily.PAdjusted = adj[g]
			gc.Verdict = verdictOf(gc, formalOf(mrB, mrA, gc), alpha, opt.MinChangeValue())
		}
	}

	// Communities, matched across the periods.
	step("communities")
	if err := c.communities(ctx, f, before, after, opt); err != nil {
		return nil, err
	}

	// Whole network.
	for m := range perWhole {
		j := lay.wholeAt(m)
		ms := measure(j)
		if m == wDensity && dB.n != dA.n {
			// the density counts distinct pairs, which a longer period
			// gathers more of: between periods of different lengths its
			// difference holds the lengths, and so does every resample's,
			// so its interval read the lengths as a change (QA of session
			// 32: -0.065, interval -0.109 to -0.002, permutation p 0.956,
			// January-September against October-December)
			ms.ChangeCI = Interval{Low: math.NaN(), High: math.NaN(), Reason: IntervalLengths}
		}
		c.Network = append(c.Network, NetworkChange{Name: wholeNames[m], Measure: ms})
	}

	// Units.
	c.units(f, lay, pl, measure, st, before, after)

	// Unit x unit structure: QAP, ties, units that appear or disappear.
	step("ties")
	if err := c.structure(ctx, unit, before, after, opt); err != nil {
		return nil, err
	}
	c.brokers(f, opt.topShare())
	if f.Level == graph.PersonLevel {
		c.movers(f, st, before, after)
	}
	return c, nil
}

// sumAt is the point value of linear quantity i over blocks.
func (p *pool) sumAt(blocks []int, i int) float64 {
	var s graph.KSum
	for _, b := range blocks {
		s.Add(p.data[b].lin[i])
	}
	return s.Sum()
}

func formalOf(mrB, mrA *metrics.Result, gc *GroupChange) bool {
	for _, mr := range []*metrics.Result{mrB, mrA} {
		if g := findGroup(mr, gc.Type, gc.Name); g != nil && judged(g) {
			return true
		}
	}
	return false
}

// verdictOf applies the verdict rule of docs/change.md to one group.
func verdictOf(gc *GroupChange, formal bool, alpha, minChange float64) Verdict {
	switch {
	case !formal:
		return NotJudged
	case gc.Present == BeforeOnly:
		return Dissolved
	case !gc.Tested:
		return NotJudged
	case !(gc.Homophily.PAdjusted <= alpha):
		return NoChange
	case math.Abs(gc.Homophily.Change) < minChange:
		return SmallChange
	case gc.Homophily.Change < 0:
		return Opened
	case gc.TierAfter == TierSilo && gc.TierBefore != TierSilo:
		return Formed
	}
	return Closed
}

func findGroup(mr *metrics.Result, t metrics.GroupType, name string) *metrics.Group {
	for i := range mr.Groups {
		if g := &mr.Groups[i]; g.Type == t && g.Name == name {
			return g
		}
	}
	return nil
}

// families are the group kinds of the frame: sectors, and units at
// person level.
func (f *Frame) families() []*Family {
	fams := []*Family{{Type: metrics.GroupSector, Names: f.Sectors, label: func(b int, x int32) int32 {
		u := f.UnitOf(b, x)
		if u < 0 {
			return -1
		}
		return f.unitSector[u]
	}}}
	if f.Level == graph.PersonLevel {
		names := make([]string, len(f.Units))
		for i, u := range f.Units {
			names[i] = u.ID
		}
		fams = append(fams, &Family{Type: metrics.GroupUnit, Names: names, label: f.UnitOf})
	}
	return fams
}

// pool computes the vectors of blocks; entity gives the entity of a node
// in a block (-1: none).
func (f *Frame) pool(lay *layout, blocks []int, entity func(int, int32) int32) *pool {
	pi := newPairIndex()
	p := &pool{lay: lay, data: make([]blockData, len(f.Blocks))}
	sector := func(b int, x int32) int32 {
		u := f.UnitOf(b, x)
		if u < 0 {
			return -1
		}
		return f.unitSector[u]
	}
	for _, b := range blocks {
		if p.data[b].lin != nil {
			continue
		}
		d := &p.data[b]
		d.pairs, d.pw = undirected(f.Blocks[b].Edges, pi)
		lay.fill(d, b, pi, entity, sector)
	}
	p.npair = len(pi.keys)
	p.pairs = pi
	return p
}

// sizes counts a period network's nodes and the members of every group.
func (f *Frame) sizes(pn *PeriodNetwork, fams []*Family) *sizes {
	sz := &sizes{n: len(pn.Net.Nodes)}
	for _, fam := range fams {
		cnt := make([]int, len(fam.Names))
		for i := range pn.Net.Nodes {
			nd := &pn.Net.Nodes[i]
			var name string
			switch fam.Type {
			case metrics.GroupSector:
				name = nd.Sector
			case metrics.GroupUnit:
				name = nd.Unit
			}
			if k, ok := slices.BinarySearch(fam.Names, name); ok {
				cnt[k]++
			}
		}
		sz.groups = append(sz.groups, cnt)
	}
	return sz
}

// stayerSet says, at person level, which people stayed in one unit over
// some blocks (their entity is that unit) and which moved.
type stayerSet struct {
	entity func(int, int32) int32
	unit   []int32 // frame unit of a stayer; -1 for movers and unit nodes
	moved  []bool
	first  []int32 // unit in the first and last block with a spell
	last   []int32
}

// stayers finds, over blocks, the people whose unit (after the
// crosswalk) is the same in every block where they have a spell. At unit
// level every unit is its own entity.
func (f *Frame) stayers(blocks []int) *stayerSet {
	s := &stayerSet{}
	if f.Level == graph.UnitLevel {
		s.entity = func(_ int, x int32) int32 { return x }
		return s
	}
	n := len(f.Nodes)
	s.unit, s.moved = make([]int32, n), make([]bool, n)
	s.first, s.last = make([]int32, n), make([]int32, n)
	for x := range n {
		s.unit[x], s.first[x], s.last[x] = -1, -1, -1
		if f.nodeUnit[x] >= 0 {
			continue
		}
		for _, b := range blocks {
			u := f.UnitOf(b, int32(x))
			if u < 0 {
				continue
			}
			if s.first[x] < 0 {
				s.first[x] = u
			} else if u != s.last[x] {
				s.moved[x] = true
			}
			s.last[x] = u
		}
		if !s.moved[x] {
			s.unit[x] = s.first[x]
		}
	}
	s.entity = func(_ int, x int32) int32 { return s.unit[x] }
	return s
}

// units fills the rows of changes_units.csv.
func (c *Comparison) units(f *Frame, lay *layout, pl *pool, measure func(int) Measure, st *stayerSet, before, after Period) {
	mrB, mrA := c.AnalysisBefore, c.AnalysisAfter
	var ps []float64
	for u, nd := range f.Units {
		j := lay.entityAt(u)
		uc := UnitChange{Unit: nd.ID, Name: nd.Name, Sector: nd.Sector, Kind: nd.Kind, CrossShare: measure(j),
			BetweennessBefore: math.NaN(), BetweennessAfter: math.NaN()}
		uc.StrengthBefore = pl.sumAt(before.Blocks, lay.entOff+u)
		uc.StrengthAfter = pl.sumAt(after.Blocks, lay.entOff+u)
		uc.Present = presence(uc.StrengthBefore > 0, uc.StrengthAfter > 0)
		if f.Level == graph.UnitLevel {
			if i := c.NetBefore.Index[u]; i >= 0 {
				uc.CommunityBefore, uc.BetweennessBefore = mrB.Nodes[i].Community, mrB.Nodes[i].Betweenness
			}
			if i := c.NetAfter.Index[u]; i >= 0 {
				uc.CommunityAfter, uc.BetweennessAfter = mrA.Nodes[i].Community, mrA.Nodes[i].Betweenness
			}
		} else {
			for x := range st.unit {
				switch {
				case st.unit[x] == int32(u):
					uc.Stayers++
				case st.moved[x] && st.last[x] == int32(u):
					uc.MovedIn++
				case st.moved[x] && st.first[x] == int32(u):
					uc.MovedOut++
				}
			}
			if g := findGroup(mrB, metrics.GroupUnit, nd.ID); g != nil {
				uc.TierBefore = tierOf(g)
			}
			if g := findGroup(mrA, metrics.GroupUnit, nd.ID); g != nil {
				uc.TierAfter = tierOf(g)
			}
		}
		uc.CrosswalkFrom = f.Crosswalk.LinedUp(nd.ID)
		p := math.NaN()
		if uc.Present == Both {
			p = uc.CrossShare.P
		}
		ps = append(ps, p)
		c.Units = append(c.Units, uc)
	}
	for i, x := range holm(ps) {
		c.Units[i].CrossShare.PAdjusted = x
	}
}

// writtenChange is after - before as a reader gets it from the written
// before and after: the exact difference of the two values as sekat
// writes them (graph.AppendFloat, graph.Digits significant digits),
// rounded to graph.Digits significant digits, halves away from zero. The
// difference of the unrounded values could differ from it in the 15th
// digit (homophily -0.0205225064307823 before and -0.0197143489623965
// after came with a change of 0.000808157468385789 where subtracting gives
// 0.0008081574683858), and so could the float64 difference of the rounded
// values (0.000808157468385803, and 0.798563711198765 for 0.879446064139942
// - 0.0808823529411765 = 0.7985637111987655): hence the decimal
// arithmetic. The permutation test and the intervals keep the unrounded
// values; a change off by less than 1e-15 of the values moves no verdict
// but a tie at MinChange, which the written figures then decide. NaN when
// either is NaN.
func writtenChange(before, after float64) float64 { return writtenSum(after, -before) }

// writtenSum is the sum of terms as a reader gets it from the written
// terms: the exact sum of the terms as sekat writes them (graph.AppendFloat,
// graph.Digits significant digits), rounded to graph.Digits significant
// digits, halves away from zero. A minus sign of a term is exact both in
// float64 and in what is written. NaN when a term is NaN or infinite.
func writtenSum(terms ...float64) float64 {
	d := 0.0
	for _, x := range terms {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return math.NaN()
		}
		d += x
	}
	sum := new(big.Rat)
	for _, x := range terms {
		r, ok := new(big.Rat).SetString(string(graph.AppendFloat(nil, x)))
		if !ok {
			return d
		}
		sum.Add(sum, r)
	}
	if sum.Sign() == 0 {
		return 0
	}
	// The decimal exponent of the sum, as AppendFloat finds it.
	f, _ := sum.Float64()
	e := strconv.AppendFloat(nil, f, 'e', graph.Digits-1, 64)
	exp, err := strconv.Atoi(string(e[bytes.IndexByte(e, 'e')+1:]))
	if err != nil {
		return d
	}
	x, err := strconv.ParseFloat(sum.FloatString(max(graph.Digits-1-exp, 0)), 64)
	if err != nil {
		return d
	}
	return x
}
