package change

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strconv"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/broker"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// Tie statuses of ties_changed.csv.
const (
	TieGained   = "gained"
	TieLost     = "lost"
	TieStronger = "stronger"
	TieWeaker   = "weaker"
	TieSame     = "same"
)

// TieChange is one row of ties_changed.csv: an undirected tie between
// two units (at both levels: the unit network) with its weight per day in
// each period.
type TieChange struct {
	Source, Target             string // unit ids, Source < Target
	SectorSource, SectorTarget string
	CrossSector                bool
	// PerDayBefore and PerDayAfter are the tie's weight per day of each
	// period; Change is after minus before.
	PerDayBefore, PerDayAfter, Change float64
	// P is the permutation p-value of Change (weeks permuted between the
	// periods), PAdjusted its Holm adjustment over every tie; Permutations
	// the permutations P is over (P = 1/(Permutations + 1) when none gave
	// a change as large, the smallest they can show).
	P, PAdjusted float64
	Permutations int
	// Status: gained (no weight before), lost (none after), stronger or
	// weaker (significant after adjustment), same.
	Status string
	// BridgeBefore and BridgeAfter say whether the tie is a bridge of the
	// period's unit network: removing it splits a component.
	BridgeBefore, BridgeAfter bool
}

// structure compares the unit x unit networks: QAP correlation, ties,
// and units that appear or disappear.
func (c *Comparison) structure(ctx context.Context, u *Frame, before, after Period, opt Options) error {
	pnB, pnA := c.NetBefore, c.NetAfter
	if c.NetBefore.Net.Level == graph.PersonLevel {
		pnB = u.Network(before.Blocks, before.Window, opt.Weights)
		pnA = u.Network(after.Blocks, after.Window, opt.Weights)
	}
	n := len(u.Units)
	cells := func(pn *PeriodNetwork) []cell {
		var cs []cell
		for _, e := range pn.Net.Edges {
			if e.Weight > 0 {
				cs = append(cs, cell{pn.FrameNode[e.From], pn.FrameNode[e.To], e.Weight})
			}
		}
		return cs
	}
	q, err := qapCorrelation(ctx, n, cells(pnB), cells(pnA), opt.permutations(), opt.Seed, opt.Workers)
	if err != nil {
		return err
	}
	c.QAP = q

	// Units with ties in one period only.
	strB, strA := strengths(pnB, n), strengths(pnA, n)
	for i, nd := range u.Units {
		switch {
		case strB[i] > 0 && strA[i] == 0:
			c.Disappeared = append(c.Disappeared, nd.ID)
		case strB[i] == 0 && strA[i] > 0:
			c.Appeared = append(c.Appeared, nd.ID)
		}
	}

	// Ties.
	lay := newLayout(nil, 0)
	pl := u.pool(lay, append(slices.Clone(before.Blocks), after.Blocks...), func(int, int32) int32 { return -1 })
	np := pl.npair
	sum := func(blocks []int) []float64 {
		s := make([]float64, np)
		for _, b := range blocks {
			d := &pl.data[b]
			for k, id := range d.pairs {
				s[id] += d.pw[k]
			}
		}
		return s
	}
	days := func(blocks []int) float64 { return Period{Blocks: blocks}.Days(u) }
	sb, sa := sum(before.Blocks), sum(after.Blocks)
	db, da := days(before.Blocks), days(after.Blocks)
	obs := make([]float64, np)
	for k := range obs {
		obs[k] = sa[k]/da - sb[k]/db
	}
	pv, err := pairPermutation(ctx, pl, before.Blocks, after.Blocks, opt.run(), u, obs, opt.permutations(), opt.Seed, opt.Workers)
	if err != nil {
		return err
	}
	adj := holm(pv)
	bridgeSet := func(pn *PeriodNetwork) map[int32]bool {
		m := map[int32]bool{}
		for _, b := range broker.Bridges(pn.Net.Undirected()) {
			m[pl.pairs.id(pn.FrameNode[b[0]], pn.FrameNode[b[1]])] = true
		}
		return m
	}
	brB, brA := bridgeSet(pnB), bridgeSet(pnA)
	alpha := opt.alpha()
	for k := range np {
		a, b := pl.pairs.nodes(int32(k))
		ua, ub := u.Units[a], u.Units[b]
		if ua.ID > ub.ID {
			ua, ub = ub, ua
		}
		t := TieChange{Source: ua.ID, Target: ub.ID, SectorSource: ua.Sector, SectorTarget: ub.Sector,
			CrossSector: ua.Sector != ub.Sector, PerDayBefore: sb[k] / db, PerDayAfter: sa[k] / da, Change: writtenChange(sb[k]/db, sa[k]/da),
			P: pv[k], PAdjusted: adj[k], Permutations: opt.permutations(), BridgeBefore: brB[int32(k)], BridgeAfter: brA[int32(k)]}
		switch {
		case sb[k] == 0:
			t.Status = TieGained
		case sa[k] == 0:
			t.Status = TieLost
		case t.PAdjusted <= alpha && t.Change > 0:
			t.Status = TieStronger
		case t.PAdjusted <= alpha && t.Change < 0:
			t.Status = TieWeaker
		default:
			t.Status = TieSame
		}
		c.Ties = append(c.Ties, t)
	}
	slices.SortFunc(c.Ties, func(x, y TieChange) int {
		return cmp.Or(cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target))
	})
	return nil
}

// strengths is each frame unit's strength in a unit-level period network.
func strengths(pn *PeriodNetwork, n int) []float64 {
	s := make([]float64, n)
	for _, e := range pn.Net.Edges {
		s[pn.FrameNode[e.From]] += e.Weight
		s[pn.FrameNode[e.To]] += e.Weight
	}
	return s
}

// pairPermutation is the permutation test of every pair's change of
// weight per day between two periods (see pool.permutation): runs of run
// consecutive blocks move between the periods, as they do for the groups
// and units (Options.Run, --block-weeks). The ties were permuted block by
// block whatever the run, so their p-values assumed weeks exchangeable
// where the user had said they were not (TestTiePermutationKeepsRuns).
func pairPermutation(ctx context.Context, pl *pool, before, after []int, run int, f *Frame, obs []float64, P int, seed uint64, workers int) ([]float64, error) {
	np := pl.npair
	rs := append(runs(before, run), runs(after, run)...)
	nb := len(runs(before, run))
	all := append(slices.Clone(before), after...)
	days := make([]float64, len(f.Blocks))
	totalDays := 0.0
	total := make([]float64, np)
	for _, b := range all {
		w := f.Blocks[b].Window
		days[b] = float64(w.To-w.From) / 86400
		totalDays += days[b]
		d := &pl.data[b]
		for k, id := range d.pairs {
			total[id] += d.pw[k]
		}
	}
	chunks := (P + chunk - 1) / chunk
	if workers <= 0 {
		workers = par.Workers(chunks)
	}
	hits := make([][]int32, chunks)
	perm := make([][][]int, workers)
	sums := make([][]float64, workers)
	err := par.For(ctx, chunks, workers, func(w, c int) {
		if perm[w] == nil {
			perm[w], sums[w] = slices.Clone(rs), make([]float64, np)
		}
		x, s := perm[w], sums[w]
		h := make([]int32, np)
		r := rngFor(seed, streamPerm, 1, c)
		for k := c * chunk; k < min(P, (c+1)*chunk); k++ {
			copy(x, rs)
			r.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
			clear(s)
			db := 0.0
			for _, rn := range x[:nb] {
				for _, b := range rn {
					db += days[b]
					d := &pl.data[b]
					for t, id := range d.pairs {
						s[id] += d.pw[t]
					}
				}
			}
			da := totalDays - db
			for id := range np {
				dd := (total[id]-s[id])/da - s[id]/db
				if math.Abs(dd) >= math.Abs(obs[id])-1e-12 {
					h[id]++
				}
			}
		}
		hits[c] = h
	})
	if err != nil {
		return nil, err
	}
	out := make([]float64, np)
	for id := range np {
		n := 0
		for _, h := range hits {
			n += int(h[id])
		}
		out[id] = float64(n+1) / float64(P+1)
	}
	return out, nil
}

// brokers lists the nodes in the top share by betweenness in either
// period (people only at person level).
func (c *Comparison) brokers(f *Frame, share float64) {
	type rank struct {
		bt   float64
		rank int
		top  bool
	}
	ranks := func(pn *PeriodNetwork, mr *metrics.Result) map[int32]rank {
		var idx []int
		for i := range pn.Net.Nodes {
			if pn.Net.Nodes[i].Kind != graph.KindUnit {
				idx = append(idx, i)
			}
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			return cmp.Or(cmp.Compare(mr.Nodes[b].Betweenness, mr.Nodes[a].Betweenness), cmp.Compare(pn.Net.Nodes[a].ID, pn.Net.Nodes[b].ID))
		})
		k := max(1, int(math.Round(share*float64(len(idx)))))
		m := map[int32]rank{}
		for r, i := range idx {
			bt := mr.Nodes[i].Betweenness
			m[pn.FrameNode[i]] = rank{bt, r + 1, r < k && bt > 0}
		}
		return m
	}
	rb, ra := ranks(c.NetBefore, c.AnalysisBefore), ranks(c.NetAfter, c.AnalysisAfter)
	for x := range f.Nodes {
		b, okB := rb[int32(x)]
		a, okA := ra[int32(x)]
		if !b.top && !a.top {
			continue
		}
		nd := f.Nodes[x]
		br := Broker{ID: nd.ID, Name: nd.Name, Unit: nd.Unit, BetweennessBefore: math.NaN(), BetweennessAfter: math.NaN()}
		if okB {
			br.BetweennessBefore, br.RankBefore = b.bt, b.rank
		}
		if okA {
			br.BetweennessAfter, br.RankAfter = a.bt, a.rank
		}
		switch {
		case b.top && a.top:
			br.Status = "stayed"
		case a.top:
			br.Status = "entered"
		default:
			br.Status = "left"
		}
		c.Brokers = append(c.Brokers, br)
	}
	slices.SortStableFunc(c.Brokers, func(x, y Broker) int {
		rx, ry := x.RankAfter, y.RankAfter
		if rx == 0 {
			rx = math.MaxInt
		}
		if ry == 0 {
			ry = math.MaxInt
		}
		return cmp.Or(cmp.Compare(rx, ry), cmp.Compare(x.RankBefore, y.RankBefore), cmp.Compare(x.ID, y.ID))
	})
}

// movers lists the people who changed unit over the two periods, with
// their share of weight to other sectors in each.
func (c *Comparison) movers(f *Frame, st *stayerSet, before, after Period) {
	type acc struct{ s, x float64 }
	tally := func(blocks []int) map[int32]*acc {
		m := map[int32]*acc{}
		for _, b := range blocks {
			for _, e := range f.Blocks[b].Edges {
				if e.Weight == 0 {
					continue
				}
				uf, ut := f.UnitOf(b, e.From), f.UnitOf(b, e.To)
				cross := uf >= 0 && ut >= 0 && f.unitSector[uf] != f.unitSector[ut]
				for _, x := range [2]int32{e.From, e.To} {
					if !st.moved[x] {
						continue
					}
					a := m[x]
					if a == nil {
						a = &acc{}
						m[x] = a
					}
					a.s += e.Weight
					if cross {
						a.x += e.Weight
					}
				}
			}
		}
		return m
	}
	tb, ta := tally(before.Blocks), tally(after.Blocks)
	for x, moved := range st.moved {
		if !moved {
			continue
		}
		mv := Mover{Person: f.Nodes[x].ID, UnitBefore: f.Units[st.first[x]].ID, UnitAfter: f.Units[st.last[x]].ID,
			SectorBefore: f.Units[st.first[x]].Sector, SectorAfter: f.Units[st.last[x]].Sector,
			CrossShareBefore: math.NaN(), CrossShareAfter: math.NaN()}
		if a := tb[int32(x)]; a != nil {
			mv.StrengthBefore, mv.CrossShareBefore = a.s, ratio(a.x, a.s)
		}
		if a := ta[int32(x)]; a != nil {
			mv.StrengthAfter, mv.CrossShareAfter = a.s, ratio(a.x, a.s)
		}
		c.Movers = append(c.Movers, mv)
	}
}

// communities matches the periods' communities and adds a row per link
// (and per community without one) to Groups, with intervals from each
// period's blocks; communities are not tested (they are found by
// maximising their internal ties).
func (c *Comparison) communities(ctx context.Context, f *Frame, before, after Period, opt Options) error {
	members := func(pn *PeriodNetwork, mr *metrics.Result) ([][]int32, []int32) {
		lab := make([]int32, len(f.Nodes))
		for i := range lab {
			lab[i] = -1
		}
		var ms [][]int32
		for i, nd := range mr.Nodes {
			k := nd.Community - 1
			for len(ms) <= k {
				ms = append(ms, nil)
			}
			x := pn.FrameNode[i]
			ms[k] = append(ms[k], x)
			lab[x] = int32(k)
		}
		for _, m := range ms {
			slices.Sort(m)
		}
		return ms, lab
	}
	mb, lb := members(c.NetBefore, c.AnalysisBefore)
	ma, la := members(c.NetAfter, c.AnalysisAfter)
	c.Communities = matchCommunities(mb, ma, opt.jaccard(), opt.growth())
	var a, b []int32
	for x := range lb {
		if lb[x] >= 0 && la[x] >= 0 {
			a, b = append(a, lb[x]), append(b, la[x])
		}
	}
	c.NMI, c.ARI = math.NaN(), math.NaN()
	if len(a) > 0 {
		c.NMI, _ = silo.NMI(a, b)
		c.ARI, _ = silo.ARI(a, b)
	}

	fam := func(ms [][]int32, lab []int32) *Family {
		names := make([]string, len(ms))
		for i := range names {
			names[i] = strconv.Itoa(i + 1)
		}
		return &Family{Type: metrics.GroupCommunity, Names: names, label: func(_ int, x int32) int32 { return lab[x] }}
	}
	bootOf := func(ms [][]int32, lab []int32, pn *PeriodNetwork, p Period, period int) (*dist, *layout, *pool, error) {
		fm := fam(ms, lab)
		lay := newLayout([]*Family{fm}, 0)
		pl := f.pool(lay, p.Blocks, func(int, int32) int32 { return -1 })
		sz := &sizes{n: len(pn.Net.Nodes), groups: [][]int{make([]int, len(ms))}}
		for k, m := range ms {
			sz.groups[0][k] = len(m)
		}
		d, err := pl.bootstrap(ctx, p.Blocks, sz, opt.resamples(), opt.Seed, 2+period, opt.Workers)
		return d, lay, pl, err
	}
	dB, layB, plB, err := bootOf(mb, lb, c.NetBefore, before, 0)
	if err != nil {
		return err
	}
	dA, layA, plA, err := bootOf(ma, la, c.NetAfter, after, 1)
	if err != nil {
		return err
	}
	alpha := opt.alpha()
	nan := math.NaN()
	one := func(d *dist, j int) (float64, Interval) {
		if d == nil {
			return nan, nanInterval
		}
		return d.point[j], d.interval(j, alpha)
	}
	for _, m := range c.Communities {
		gc := GroupChange{Type: metrics.GroupCommunity, SizeBefore: m.SizeBefore, SizeAfter: m.SizeAfter}
		var ms [3]Measure
		for k, meas := range [3]int{mEI, mHomophily, mInternalShare} {
			x := Measure{Before: nan, After: nan, Change: nan, BeforeCI: nanInterval, AfterCI: nanInterval, ChangeCI: nanInterval, P: nan, PAdjusted: nan}
			var jb, ja int
			if m.Before > 0 {
				jb = layB.groupAt(0, m.Before-1, meas)
				x.Before, x.BeforeCI = one(dB, jb)
			}
			if m.After > 0 {
				ja = layA.groupAt(0, m.After-1, meas)
				x.After, x.AfterCI = one(dA, ja)
			}
			if m.Before > 0 && m.After > 0 {
				x.Change = writtenChange(x.Before, x.After)
				x.ChangeCI = diffInterval(dB, jb, dA, ja, alpha)
			}
			ms[k] = x
		}
		gc.EI, gc.Homophily, gc.InternalShare = ms[0], ms[1], ms[2]
		if m.Before > 0 {
			gc.Name = strconv.Itoa(m.Before)
			gc.InternalBefore = plB.sumAt(before.Blocks, layB.famOff[0]+m.Before-1)
			gc.ExternalBefore = plB.sumAt(before.Blocks, layB.famOff[0]+len(mb)+m.Before-1)
		}
		if m.After > 0 {
			gc.After = strconv.Itoa(m.After)
			gc.InternalAfter = plA.sumAt(after.Blocks, layA.famOff[0]+m.After-1)
			gc.ExternalAfter = plA.sumAt(after.Blocks, layA.famOff[0]+len(ma)+m.After-1)
		}
		gc.Present = presence(m.Before > 0, m.After > 0)
		c.Groups = append(c.Groups, gc)
	}
	return nil
}
