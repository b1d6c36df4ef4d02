package change

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/sekat-ona/sekat/graph"
)

// Source is one study's events cut into time blocks, as ingest and
// graph.Builder give them.
type Source struct {
	// Name names the study in messages.
	Name      string
	Directory *graph.Directory
	Blocks    graph.Blocks
	// Edges holds, per block, the edges at the level being compared
	// (graph.Builder.BlockEdges); UnitEdges the same at unit level (equal
	// to Edges at unit level). Node ids are the builder's.
	Edges, UnitEdges [][]graph.Edge
	// Loc is the study's time zone.
	Loc *time.Location
}

// Block is one time block of a Frame: its window, the source it came
// from, and its directed edges in the frame's node ids, sorted by (From,
// To), each pair once (Network's merge relies on the order).
type Block struct {
	Window graph.Window
	Source int
	Edges  []graph.Edge
}

// Frame holds the blocks of one or more sources in one node space: the
// units after the crosswalk (unit level), or the people and the units
// named directly (person level), so that blocks of different periods and
// studies can be summed, resampled and permuted together.
type Frame struct {
	Level graph.Level
	// Nodes are the frame's nodes. At unit level they are Units' nodes in
	// the same order; at person level the people (sorted by id) and then
	// a node of kind graph.KindUnit for every unit an event named
	// directly. A person's Unit and Sector are those of the last block;
	// Network gives those of a period.
	Nodes  []graph.Node
	Blocks []Block
	// Units are the units after the crosswalk (the retired ones left out),
	// sorted by id, with their attributes from the latest source that
	// lists them; Sectors their sectors, sorted.
	Units   []graph.Node
	Sectors []string
	// Crosswalk is the crosswalk applied (nil: none).
	Crosswalk *Crosswalk
	// Stale lists the retired units that events still named on or after
	// the date they were replaced (they are counted for their successors).
	Stale []string

	sources    []*Source
	unitIdx    map[string]int32
	unitSector []int32
	// mainOf[s][u] is the frame unit a person of directory unit u of
	// source s counts for (Crosswalk.Main); succOf[s][u] the frame units
	// the unit's ties go to, with shares.
	mainOf [][]int32
	succOf [][][]share
	// person level: pref[s][node] is the person's index in source s's
	// directory (-1: not there); nodeUnit[node] the frame unit of a unit
	// node (-1 for people).
	pref     [][]int32
	nodeUnit []int32
}

type share struct {
	node int32
	w    float64
}

// NewFrame puts the sources' blocks at level lvl into one node space,
// mapping units through cw (nil: none). Sources come in time order; a
// unit's attributes are taken from the latest source that lists it.
func NewFrame(lvl graph.Level, sources []*Source, cw *Crosswalk) (*Frame, error) {
	f := &Frame{Level: lvl, sources: sources, Crosswalk: cw, unitIdx: map[string]int32{}}
	if err := f.buildUnits(); err != nil {
		return nil, err
	}
	if lvl == graph.UnitLevel {
		f.Nodes = slices.Clone(f.Units)
		for si, s := range sources {
			if err := f.addBlocks(si, s.UnitEdges, func(x int32) []share { return f.succOf[si][x] }); err != nil {
				return nil, err
			}
		}
		return f, nil
	}
	f.buildPeople()
	for si, s := range sources {
		np := int32(len(s.Directory.People))
		pnode := make([]int32, np)
		for p := range pnode {
			pnode[p] = f.personNode(s.Directory.People[p].ID)
		}
		one := make([][]share, np)
		for p, x := range pnode {
			one[p] = []share{{x, 1}}
		}
		unitNodes := make([][]share, len(s.Directory.Units))
		for u, sh := range f.succOf[si] {
			for _, x := range sh {
				unitNodes[u] = append(unitNodes[u], share{f.unitNode(x.node), x.w})
			}
		}
		err := f.addBlocks(si, s.Edges, func(x int32) []share {
			if x < np {
				return one[x]
			}
			return unitNodes[x-np]
		})
		if err != nil {
			return nil, err
		}
	}
	last := len(f.Blocks) - 1
	for i := range f.Nodes {
		if f.Nodes[i].Kind == graph.KindPerson && last >= 0 {
			u := f.UnitOf(last, int32(i))
			if u >= 0 {
				f.Nodes[i].Unit, f.Nodes[i].Sector = f.Units[u].ID, f.Units[u].Sector
			}
		}
	}
	return f, nil
}

// buildUnits gathers the units of every source, drops the retired ones,
// and maps every directory unit to frame units.
func (f *Frame) buildUnits() error {
	all := map[string]graph.Node{}
	for _, s := range f.sources {
		for _, u := range s.Directory.Units {
			all[u.ID] = u
		}
	}
	for id, u := range all {
		if !f.Crosswalk.Retired(id) {
			f.Units = append(f.Units, u)
		}
	}
	slices.SortFunc(f.Units, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	sectors := map[string]bool{}
	for i, u := range f.Units {
		f.unitIdx[u.ID] = int32(i)
		sectors[u.Sector] = true
	}
	for s := range sectors {
		f.Sectors = append(f.Sectors, s)
	}
	slices.Sort(f.Sectors)
	f.unitSector = make([]int32, len(f.Units))
	for i, u := range f.Units {
		k, _ := slices.BinarySearch(f.Sectors, u.Sector)
		f.unitSector[i] = int32(k)
	}
	// a row naming a unit no study lists (a typo: DISKANX for DISKAN)
	// would leave the unit it meant unmatched while the row did nothing
	if err := f.Crosswalk.Check(func(u string) bool { _, ok := all[u]; return ok }, len(f.sources)); err != nil {
		return err
	}
	f.mainOf = make([][]int32, len(f.sources))
	f.succOf = make([][][]share, len(f.sources))
	for si, s := range f.sources {
		f.mainOf[si] = make([]int32, len(s.Directory.Units))
		f.succOf[si] = make([][]share, len(s.Directory.Units))
		for u, nd := range s.Directory.Units {
			f.mainOf[si][u] = f.unitIdx[f.Crosswalk.Main(nd.ID)]
			for _, x := range f.Crosswalk.Successors(nd.ID) {
				f.succOf[si][u] = append(f.succOf[si][u], share{f.unitIdx[x.Unit], x.Share})
			}
		}
	}
	return nil
}

// buildPeople makes the person-level nodes: every person of a source
// with a tie in some block, then a unit node for every frame unit.
func (f *Frame) buildPeople() {
	ids := map[string]graph.Node{}
	for _, s := range f.sources {
		np := int32(len(s.Directory.People))
		for _, es := range s.Edges {
			for _, e := range es {
				for _, x := range [2]int32{e.From, e.To} {
					if x < np {
						ids[s.Directory.People[x].ID] = s.Directory.People[x]
					}
				}
			}
		}
	}
	people := make([]graph.Node, 0, len(ids))
	for _, n := range ids {
		people = append(people, n)
	}
	slices.SortFunc(people, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	f.Nodes = people
	f.nodeUnit = make([]int32, len(people), len(people)+len(f.Units))
	for i := range f.nodeUnit {
		f.nodeUnit[i] = -1
	}
	for i, u := range f.Units {
		u.Kind = graph.KindUnit
		u.Unit = u.ID
		f.Nodes = append(f.Nodes, u)
		f.nodeUnit = append(f.nodeUnit, int32(i))
	}
	f.pref = make([][]int32, len(f.sources))
	for si, s := range f.sources {
		f.pref[si] = make([]int32, len(f.Nodes))
		for i := range f.pref[si] {
			f.pref[si][i] = -1
		}
		for p, nd := range s.Directory.People {
			if x, ok := slices.BinarySearchFunc(people, nd.ID, func(a graph.Node, id string) int { return cmp.Compare(a.ID, id) }); ok {
				f.pref[si][x] = int32(p)
			}
		}
	}
}

// personNode returns the frame node of a person id, or -1.
func (f *Frame) personNode(id string) int32 {
	np := len(f.Nodes) - len(f.Units)
	x, ok := slices.BinarySearchFunc(f.Nodes[:np], id, func(a graph.Node, id string) int { return cmp.Compare(a.ID, id) })
	if !ok {
		return -1
	}
	return int32(x)
}

// unitNode returns the person-level node of frame unit u.
func (f *Frame) unitNode(u int32) int32 { return int32(len(f.Nodes)-len(f.Units)) + u }

// addBlocks maps the blocks of source si into frame nodes; to gives the
// frame nodes (with shares) of a builder node.
func (f *Frame) addBlocks(si int, blocks [][]graph.Edge, to func(int32) []share) error {
	s := f.sources[si]
	if len(blocks) != s.Blocks.Len() {
		return fmt.Errorf("change: study %s: %d blocks of edges for %d time blocks", s.Name, len(blocks), s.Blocks.Len())
	}
	stale := map[string]bool{}
	for i, es := range blocks {
		win := s.Blocks.Window(i)
		acc := map[[2]int32]int{}
		// Without a crosswalk that splits a unit, an edge makes at most
		// one: sized so, a person-level frame holds no spare capacity.
		out := make([]graph.Edge, 0, len(es))
		for _, e := range es {
			if f.Level == graph.UnitLevel {
				f.noteStale(si, e, win, stale)
			}
			for _, a := range to(e.From) {
				for _, b := range to(e.To) {
					if a.node == b.node || a.node < 0 || b.node < 0 {
						continue
					}
					w := a.w * b.w
					k := [2]int32{a.node, b.node}
					j, ok := acc[k]
					if !ok {
						j = len(out)
						acc[k] = j
						out = append(out, graph.Edge{From: a.node, To: b.node})
					}
					o := &out[j]
					for l := range graph.NumLayers {
						o.Layers[l] += w * e.Layers[l]
					}
					o.Weight += w * e.Weight
				}
			}
		}
		slices.SortFunc(out, func(a, b graph.Edge) int { return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To)) })
		f.Blocks = append(f.Blocks, Block{Window: win, Source: si, Edges: out})
	}
	for u := range stale {
		if !slices.Contains(f.Stale, u) {
			f.Stale = append(f.Stale, u)
		}
	}
	slices.Sort(f.Stale)
	return nil
}

// noteStale records a retired unit named by an edge of a block that
// begins on or after its date. A block's edges carry no times, so a block
// that straddles the date (the week of 30 June to 7 July for a crosswalk
// of 1 July) cannot tell whether its events came before the date or
// after; it is not counted, lest a unit named only before the date be
// called still in use (review r1 of session 15: weekly trend warned of
// three units none of whose 1,744 events fell on or after the date).
func (f *Frame) noteStale(si int, e graph.Edge, win graph.Window, stale map[string]bool) {
	if f.Crosswalk == nil {
		return
	}
	for _, x := range [2]int32{e.From, e.To} {
		id := f.sources[si].Directory.Units[x].ID
		if from, ok := f.Crosswalk.from(id); ok && win.From >= from {
			stale[id] = true
		}
	}
}

// UnitOf returns the frame unit of node x during block b: the unit itself
// at unit level; at person level the unit of the person's spell in the
// block (graph.Directory.UnitIn) after the crosswalk, or the unit of a
// unit node. -1 when the person is not in the block's study.
func (f *Frame) UnitOf(b int, x int32) int32 {
	if f.Level == graph.UnitLevel {
		return x
	}
	if u := f.nodeUnit[x]; u >= 0 {
		return u
	}
	blk := &f.Blocks[b]
	p := f.pref[blk.Source][x]
	if p < 0 {
		return -1
	}
	u, _ := f.sources[blk.Source].Directory.UnitIn(p, blk.Window)
	return f.mainOf[blk.Source][u]
}

// SectorOfUnit returns the sector index of frame unit u.
func (f *Frame) SectorOfUnit(u int32) int32 { return f.unitSector[u] }

// UnitIndex returns the frame index of a unit id.
func (f *Frame) UnitIndex(id string) (int32, bool) {
	i, ok := f.unitIdx[id]
	return i, ok
}

// PeriodNetwork is the network of some blocks of a frame, for a full
// analysis of one period.
type PeriodNetwork struct {
	Net *graph.Network
	// FrameNode[i] is the frame node of the network's node i.
	FrameNode []int32
	// Index[x] is the network node of frame node x, -1 when it is not in
	// the network.
	Index []int32
	// Active is the number of the period's active nodes: those with a tie
	// in some layer (data_denied too) in the period's blocks, the rule
	// that makes a person a node of a person-level network. At person
	// level it is the number of nodes; at unit level, where every frame
	// unit is a node, the units without a tie in the period are left out.
	Active int
}

// Network sums the edges of blocks into the network of one period with
// window win. At unit level every frame unit is a node; at person level
// the nodes with a tie in the blocks, with the unit and sector of the
// period's last block.
func (f *Frame) Network(blocks []int, win graph.Window, lw graph.LayerWeights) *PeriodNetwork {
	lists := make([][]graph.Edge, len(blocks))
	for i, b := range blocks {
		lists[i] = f.Blocks[b].Edges
	}
	edges := make([]graph.Edge, mergeEdges(lists, nil))
	mergeEdges(lists, edges)
	pn := &PeriodNetwork{Index: make([]int32, len(f.Nodes))}
	has := make([]bool, len(f.Nodes))
	for _, e := range edges {
		has[e.From], has[e.To] = true, true
	}
	for _, h := range has {
		if h {
			pn.Active++
		}
	}
	var nodes []graph.Node
	if f.Level == graph.UnitLevel {
		nodes = slices.Clone(f.Units)
		for i := range pn.Index {
			pn.Index[i] = int32(i)
			pn.FrameNode = append(pn.FrameNode, int32(i))
		}
	} else {
		last := -1
		if len(blocks) > 0 {
			last = blocks[len(blocks)-1]
		}
		for i := range pn.Index {
			pn.Index[i] = -1
			if !has[i] {
				continue
			}
			nd := f.Nodes[i]
			if nd.Kind == graph.KindPerson && last >= 0 {
				if u := f.UnitOf(last, int32(i)); u >= 0 {
					nd.Unit, nd.Sector, nd.UnitKind = f.Units[u].ID, f.Units[u].Sector, f.Units[u].Kind
				}
			}
			pn.Index[i] = int32(len(nodes))
			pn.FrameNode = append(pn.FrameNode, int32(i))
			nodes = append(nodes, nd)
		}
		for i := range edges {
			edges[i].From, edges[i].To = pn.Index[edges[i].From], pn.Index[edges[i].To]
		}
	}
	pn.Net = graph.NewNetwork(f.Level, nodes, edges, nil, win, lw)
	return pn
}

// mergeEdges sums edge lists, each sorted by (From, To) (a frame
// block's, see addBlocks), into out, sorted the same way, and returns the
// number of pairs; with out nil it only counts them, so that out can be
// made to size. A pair's values are added in the order of the lists, from
// zero, as a pass over the lists in turn would add them: the same bits. The merge holds one position per list, where
// a map of the pairs would take tens of bytes per pair, and a list grown
// by appending up to twice its length.
func mergeEdges(lists [][]graph.Edge, out []graph.Edge) int {
	pos := make([]int, len(lists))
	// h is a heap of the lists not used up, by their next edge's pair and
	// then by their place in lists.
	var h []int
	less := func(a, b int) bool {
		x, y := &lists[a][pos[a]], &lists[b][pos[b]]
		if x.From != y.From {
			return x.From < y.From
		}
		if x.To != y.To {
			return x.To < y.To
		}
		return a < b
	}
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if r := c + 1; r < len(h) && less(h[r], h[c]) {
				c = r
			}
			if !less(h[c], h[i]) {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for i, es := range lists {
		if len(es) > 0 {
			h = append(h, i)
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		down(i)
	}
	n := 0
	var from, to int32
	for len(h) > 0 {
		a := h[0]
		e := &lists[a][pos[a]]
		if n == 0 || e.From != from || e.To != to {
			from, to = e.From, e.To
			n++
			if out != nil {
				out[n-1] = graph.Edge{From: from, To: to}
			}
		}
		if out != nil {
			o := &out[n-1]
			for l := range graph.NumLayers {
				o.Layers[l] += e.Layers[l]
			}
			o.Weight += e.Weight
		}
		if pos[a]++; pos[a] == len(lists[a]) {
			h[0] = h[len(h)-1]
			h = h[:len(h)-1]
		}
		down(0)
	}
	return n
}

// NewSource cuts a loaded study into a Source: the builder must have been
// given its blocks (graph.Builder.SetBlocks) before the events.
func NewSource(name string, dir *graph.Directory, b *graph.Builder, lvl graph.Level, lw graph.LayerWeights, loc *time.Location) *Source {
	s := &Source{Name: name, Directory: dir, Blocks: b.Blocks(), Loc: loc}
	s.UnitEdges = b.BlockEdges(graph.UnitLevel, lw)
	s.Edges = s.UnitEdges
	if lvl == graph.PersonLevel {
		s.Edges = b.BlockEdges(graph.PersonLevel, lw)
	}
	return s
}
