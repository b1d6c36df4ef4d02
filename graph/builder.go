package graph

import (
	"cmp"
	"slices"
)

// Ref is an id named by an event, resolved at the event's time: the unit it
// belongs to then, and the person (-1 when the id names a unit directly).
type Ref struct {
	Unit, Person int32
}

// ShareStatus is the status of a data-sharing event.
type ShareStatus uint8

const (
	Granted ShareStatus = iota
	Denied
	Pending
)

// Totals count the events a Builder was given, whether or not they became
// edges.
type Totals struct {
	Messages         int64 // letters in the window, circulars included
	InternalMessages int64 // letters whose recipients are all in the sender's unit
	Circulars        int64 // letters set aside as circulars (no tie at either level)
	Meetings         int64 // meetings in the window
	MeetingsOneUnit  int64 // meetings attended by a single unit (no tie)
	MeetingsLarge    int64 // meetings set aside for their size (no tie at either level)
	Granted          int64
	Denied           int64
	Pending          int64
	InternalShares   int64 // data-sharing events inside one unit
}

// accum sums layer values per node pair. Directed layers are keyed by
// (u,v); meetings by (min,max), counted per meeting size in meet (the
// Meetings slot of vals stays 0, except in the per-block accums of
// BlockEdges and BlockNetworks, which carry the meetings' weight there).
type accum struct {
	idx   *pairIndex // pair -> index into keys and vals
	dense []int32    // or, for few nodes: u*n+v -> index+1 (0: not seen)
	n     int
	keys  []uint64
	vals  [][NumLayers]float64
	// blk, when not nil, also sums each pair per time block (see
	// Builder.Blocks); block is the block of the current event, -1 when
	// the event is in none.
	blk   *blockTable
	block int32
	meet  meetSizes
	// blocksOnly keeps keys (the blocks' rows name pairs by their index)
	// but no window-wide sums: vals and meet stay empty (SetBlocksOnly,
	// SetBlocksOnlyIndexed).
	blocksOnly bool
}

// window returns the accum of the window's sums: a itself, or an empty
// one when a keeps the blocks' sums only.
func (a *accum) window() *accum {
	if a.blocksOnly {
		return &accum{}
	}
	return a
}

// blockTable sums layer values per (time block, pair). A row names the
// pair by its index into accum.keys. Meetings are counted per size in
// meet (indexed by row), as the window's accum counts them, so that a
// block's meetings value has the same bits whatever order its meetings
// came in (a log read top to bottom, or pair tables summed by an engine).
//
// A row is found by a hash index of (block, pair) (idx), or, in a builder
// that keeps the blocks' sums only (SetBlocksOnly), by a chain of the
// pair's rows, the latest added first (head, then blockRow.next). The
// chain takes 4 bytes per pair and 8 per row, where the index takes 21 to
// 43 bytes per row plus a copy of itself while it grows: on the
// 20,000-staff province the index was the largest part of the peak of
// facilitators' slice pass. A walk is short when the events come in time
// order, and never longer than the blocks; but the tables are read one
// after another, so a pair that letters and data requests share walks
// back from the letters' last weeks while the requests begin: for unit
// level compare on 1.35 million letters that cost 8% more CPU in time
// order and 25% shuffled, so compare and trend keep the index.
// The rows are kept in chunks of blockChunk, which never move: a slice
// grown by append kept up to 60% more room than rows and, while it grew,
// the old array beside the new.
type blockTable struct {
	idx    *pairIndex // block<<32 | pair index -> row; nil for chains
	head   []int32    // per pair index: its latest row + 1; 0 for none
	chunks [][]blockRow
	n      int32 // rows
	meet   meetSizes
}

// blockChunk is the number of rows in a chunk of a blockTable.
const blockChunk = 1 << 14

// at returns row r.
func (t *blockTable) at(r int32) *blockRow {
	return &t.chunks[r/blockChunk][r%blockChunk]
}

type blockRow struct {
	block, pair int32
	next        int32 // the pair's row added before this one, + 1; 0 for none
	vals        [NumLayers]float64
}

// denseMaxPairs bounds the dense pair index: n*n int32 entries, 16 MB at
// most (n up to 2,048, so every unit network). Larger networks (people)
// use a pairIndex. The pairs' order (first seen) is the same either way.
const denseMaxPairs = 1 << 22

func newAccum(n int) *accum {
	if n > 0 && n <= denseMaxPairs/n {
		return &accum{dense: make([]int32, n*n), n: n}
	}
	return &accum{idx: newPairIndex(0)}
}

func (a *accum) add(u, v int32, l Layer, w float64) {
	i := a.pair(u, v)
	if !a.blocksOnly {
		a.vals[i][l] += w
	}
	if a.blk != nil && a.block >= 0 {
		a.blk.add(a.block, i, l, w)
	}
}

// addMeetings counts n meetings of k distinct attendees shared by u < v,
// in the window and in the current time block.
func (a *accum) addMeetings(u, v int32, k int32, n int64) {
	i := a.pair(u, v)
	if !a.blocksOnly {
		a.meet.add(i, k, n)
	}
	if a.blk != nil && a.block >= 0 {
		a.blk.meet.add(a.blk.row(a.block, i), k, n)
	}
}

func (t *blockTable) add(block, pair int32, l Layer, w float64) {
	t.at(t.row(block, pair)).vals[l] += w
}

// row returns the row of (block, pair), adding it when new.
func (t *blockTable) row(block, pair int32) int32 {
	if t.idx != nil {
		k := uint64(uint32(block))<<32 | uint64(uint32(pair))
		r, ok := t.idx.getOrPut(k, t.n)
		if !ok {
			t.append(blockRow{block: block, pair: pair})
		}
		return r
	}
	if int(pair) >= len(t.head) {
		t.head = append(t.head, make([]int32, int(pair)+1-len(t.head))...)
	}
	for r := t.head[pair] - 1; r >= 0; {
		row := t.at(r)
		if row.block == block {
			return r
		}
		r = row.next - 1
	}
	r := t.n
	t.append(blockRow{block: block, pair: pair, next: t.head[pair]})
	t.head[pair] = r + 1
	return r
}

// append adds row as row t.n.
func (t *blockTable) append(row blockRow) {
	if t.n%blockChunk == 0 {
		t.chunks = append(t.chunks, make([]blockRow, blockChunk))
	}
	*t.at(t.n) = row
	t.n++
}

// pair returns the index of pair (u,v), adding it when new.
func (a *accum) pair(u, v int32) int32 {
	var i int32
	if a.dense != nil {
		p := &a.dense[int(u)*a.n+int(v)]
		if *p == 0 {
			a.keys = append(a.keys, uint64(uint32(u))<<32|uint64(uint32(v)))
			if !a.blocksOnly {
				a.vals = append(a.vals, [NumLayers]float64{})
			}
			*p = int32(len(a.keys))
		}
		i = *p - 1
	} else {
		k := uint64(uint32(u))<<32 | uint64(uint32(v))
		var ok bool
		if i, ok = a.idx.getOrPut(k, int32(len(a.keys))); !ok {
			a.keys = append(a.keys, k)
			if !a.blocksOnly {
				a.vals = append(a.vals, [NumLayers]float64{})
			}
		}
	}
	return i
}

// level is the state of one level's network under construction.
type level struct {
	acc    *accum
	counts []Counts
	seen   []bool // person level: node named by an event in the window
	stamp  []uint32
	gen    uint32
	set    []int32 // scratch: distinct nodes of the current event
}

func newLevel(n int) *level {
	return &level{acc: newAccum(n), counts: make([]Counts, n), seen: make([]bool, n), stamp: make([]uint32, n)}
}

// begin starts a new distinct-set.
func (lv *level) begin() {
	lv.gen++
	if lv.gen == 0 { // wrapped: clear the stamps
		for i := range lv.stamp {
			lv.stamp[i] = 0
		}
		lv.gen = 1
	}
	lv.set = lv.set[:0]
}

// put adds x to the distinct-set and reports whether it was new.
func (lv *level) put(x int32) bool {
	if lv.stamp[x] == lv.gen {
		return false
	}
	lv.stamp[x] = lv.gen
	lv.set = append(lv.set, x)
	return true
}

// DefaultMaxMeetingSize is the largest meeting, in distinct attendees,
// that makes ties; see Builder.MaxMeetingSize.
const DefaultMaxMeetingSize = 100

// DefaultCircularUnits is the largest number of other units a letter may
// reach and still make ties; see Builder.CircularUnits.
const DefaultCircularUnits = 4

// Builder accumulates events into the unit network and, when asked, the
// person network, in one pass. It allocates nothing per event once its
// scratch space has grown, except when a new tie appears.
type Builder struct {
	// CircularUnits is the largest number of distinct units, other than
	// the sender's own, that a letter's recipients and cc may span and
	// still make ties; 0 means DefaultCircularUnits. A letter that reaches
	// more is a circular (surat edaran): it makes no tie at either level,
	// is not an internal message, and is counted in Totals.Circulars and
	// in the Circulars count of the sending node (the sender's unit, and
	// at person level the sender). The units are counted once, the same
	// way at both levels (recipients resolved to their units), so the
	// same letters are set aside at unit and at person level.
	// docs/network.md, "Circulars" gives the reasons.
	CircularUnits int
	// KeepInactive keeps, at person level, the people and the unit nodes
	// that have no pair in any layer: every person with a spell that
	// overlaps the window and every unit an event in the window names
	// directly. Without it (the default) a node is in the person network
	// only when it has a tie in some layer; see Network.
	KeepInactive bool

	// MaxMeetingSize is the largest number of distinct attendees (people,
	// and units named as attendees) of a meeting that makes ties; 0 means
	// DefaultMaxMeetingSize. A larger meeting makes no tie at either
	// level: it is counted in Totals.MeetingsLarge and in the
	// LargeMeetings count of every attending node. Expanded, a meeting of
	// k people is k(k-1)/2 ties at person level (12.5 million for 5,000),
	// each worth 1/(k-1); the cap bounds the ties per attendee row by
	// MaxMeetingSize/2. docs/network.md, "Large meetings" gives the reasons.
	MaxMeetingSize int

	dir    *Directory
	blocks Blocks
	unit   *level
	person *level // nil unless person level is wanted
	att    *level // distinct attendees when person is nil, made when needed
	totals Totals
}

// NewBuilder returns a builder over dir's units; withPeople also builds the
// person level.
func NewBuilder(dir *Directory, withPeople bool) *Builder {
	b := &Builder{dir: dir, unit: newLevel(len(dir.Units))}
	if withPeople {
		b.person = newLevel(len(dir.People) + len(dir.Units))
	}
	return b
}

// SetBlocks makes the builder also sum every pair per time block of bl,
// in the same pass (see Blocks): each event goes to the block that holds
// the time last given to At. Call it before the first event; the
// single-window network (Network) does not change. Memory grows with the
// pairs present in each block, O(blocks x pairs), never with the events.
func (b *Builder) SetBlocks(bl Blocks) { b.setBlocks(bl, false, false) }

// setBlocks sets the time blocks; with only, the blocks' sums only
// (SetBlocksOnly), their rows found by chains rather than an index when
// chain is set too.
func (b *Builder) setBlocks(bl Blocks, only, chain bool) {
	b.blocks = bl
	for _, lv := range []*level{b.unit, b.person} {
		if lv != nil {
			lv.acc.blk = &blockTable{}
			if !chain {
				lv.acc.blk.idx = newPairIndex(0)
			}
			lv.acc.block = -1
			lv.acc.blocksOnly = only
		}
	}
}

// SetBlocksOnly is SetBlocks for a builder whose window-wide network is
// not wanted: each pair is summed per block only, and Network then has no
// tie at either level (its nodes and counts are as usual). The blocks'
// sums, BlockEdges and BlockNetworks, are the same as with SetBlocks; the
// window's pair sums and meetings counts are not kept (the pairs' keys and
// their index are). The blocks' rows are found by chains (see
// blockTable), in less memory than SetBlocks' index.
func (b *Builder) SetBlocksOnly(bl Blocks) { b.setBlocks(bl, true, true) }

// SetBlocksOnlyIndexed is SetBlocksOnly with the blocks' rows found by the
// index SetBlocks uses: more memory than the chains, but no walk back over
// a pair's earlier blocks, which costs where a pair recurs in many blocks
// and the events do not come in time order (compare and trend on a
// shuffled log).
func (b *Builder) SetBlocksOnlyIndexed(bl Blocks) { b.setBlocks(bl, true, false) }

// At sets the time of the events that follow, which picks their block
// (see SetBlocks); an event outside every block is summed into the
// window's network only. Without blocks it does nothing.
func (b *Builder) At(t int64) {
	if b.blocks.Len() == 0 {
		return
	}
	k := int32(b.blocks.Of(t))
	b.unit.acc.block = k
	if b.person != nil {
		b.person.acc.block = k
	}
}

// Blocks returns the time blocks set by SetBlocks (none by default).
func (b *Builder) Blocks() Blocks { return b.blocks }

// BlockEdges returns, for each time block of SetBlocks, the directed
// edges of the events in that block at level lvl with layer weights lw,
// as Network's edges are made (meetings halved per direction, combined
// Weight) and sorted by (From, To). Summed over all blocks they give the
// pairs of every event that fell in a block. The nodes are the builder's
// own: at unit level the directory's units; at person level the
// directory's people (0..len(People)-1) followed by its units (a unit
// named directly by an event), not renumbered as Network renumbers them.
// It returns nil without blocks, or at person level when the builder does
// not build it.
func (b *Builder) BlockEdges(lvl Level, lw LayerWeights) [][]Edge {
	lv := b.unit
	if lvl == PersonLevel {
		lv = b.person
	}
	if b.blocks.Len() == 0 || lv == nil {
		return nil
	}
	lw = lw.Resolve()
	bn := b.BlockNetworks(lvl)
	out := make([][]Edge, bn.Len())
	for i := range out {
		blk := bn.block(i)
		es := edgesOf(&blk, nil, lw)
		sortEdges(es)
		out[i] = es
	}
	return out
}

// BlockNetworks holds the pair sums of every time block of one level,
// copied out of a Builder (Builder.BlockNetworks), and makes one block's
// network when asked for (Network). It keeps the directory and the
// blocks' sums only: the builder can be dropped.
type BlockNetworks struct {
	dir    *Directory
	blocks Blocks
	person bool
	// keys and vals are the block rows sorted by block (each block's
	// rows in the order they were added), vals with the meetings weight
	// in place; block i is [start[i], start[i+1]).
	keys  []uint64
	vals  [][NumLayers]float64
	start []int32
}

// BlockNetworks copies the pair sums of every time block of level lvl
// (see SetBlocks) into a BlockNetworks, in O(rows): each pair's meetings
// become their weight, Σ count_k/(k-1) in ascending k, as Network sums
// them. Events given to the builder afterwards are not in it. It returns
// nil without blocks. At person level without a person level built, it
// holds the unit level, as Network gives it.
func (b *Builder) BlockNetworks(lvl Level) *BlockNetworks {
	if b.blocks.Len() == 0 {
		return nil
	}
	person := lvl == PersonLevel && b.person != nil
	lv := b.unit
	if person {
		lv = b.person
	}
	t, n := lv.acc.blk, b.blocks.Len()
	start := make([]int32, n+1)
	for r := range t.n {
		start[t.at(r).block+1]++
	}
	for i := range n {
		start[i+1] += start[i]
	}
	s := &BlockNetworks{dir: b.dir, blocks: b.blocks, person: person, start: start,
		keys: make([]uint64, t.n), vals: make([][NumLayers]float64, t.n)}
	next := append([]int32(nil), start[:n]...)
	for r := range t.n {
		row := t.at(r)
		k := next[row.block]
		next[row.block]++
		s.keys[k] = lv.acc.keys[row.pair]
		s.vals[k] = row.vals
		s.vals[k][Meetings] = t.meet.weight(r)
	}
	return s
}

// block returns the rows of block i as an accum (sharing s's arrays).
func (s *BlockNetworks) block(i int) accum {
	a, c := s.start[i], s.start[i+1]
	return accum{keys: s.keys[a:c:c], vals: s.vals[a:c:c]}
}

// Len returns the number of blocks (0 for nil).
func (s *BlockNetworks) Len() int {
	if s == nil {
		return 0
	}
	return s.blocks.Len()
}

// Network returns the network of the events in block i alone, with layer
// weights lw: nodes, edges and weights bit for bit those that
// Builder.Network(level, win, lw) gives for a builder (with the same
// directory and settings) that saw only the events of block i. win is
// the network's Window and, at person level, the window in which each
// person's unit is taken (Directory.UnitIn); usually the block's own
// (Blocks.Window). The person network has the nodes with a tie in the
// block, people then units, renumbered in that order, as Builder.Network
// does without KeepInactive (inactive nodes are never kept). Counts and
// People are not kept per block: they are zero.
//
// It costs O(r log r) for the block's r rows, plus its nodes' spell
// lookups, and may be called from several goroutines at once. It returns
// nil when i is not a block.
func (s *BlockNetworks) Network(i int, win Window, lw LayerWeights) *Network {
	if s == nil || i < 0 || i >= s.blocks.Len() {
		return nil
	}
	lw = lw.Resolve()
	blk := s.block(i)
	if !s.person {
		nodes := append([]Node(nil), s.dir.Units...)
		return NewNetwork(UnitLevel, nodes, edgesOf(&blk, nil, lw), nil, win, lw)
	}
	// The nodes with a tie in the block, in builder order; the keys
	// renumbered to them (an increasing map, so a meetings key keeps
	// u < v, as edgesOf needs).
	ends := make([]int32, 0, 2*len(blk.keys))
	for _, k := range blk.keys {
		ends = append(ends, int32(k>>32), int32(uint32(k)))
	}
	slices.Sort(ends)
	ends = slices.Compact(ends)
	at := func(x int32) uint64 {
		k, _ := slices.BinarySearch(ends, x)
		return uint64(uint32(k))
	}
	keys := make([]uint64, len(blk.keys))
	for k, key := range blk.keys {
		keys[k] = at(int32(key>>32))<<32 | at(int32(uint32(key)))
	}
	blk.keys = keys
	var nodes []Node // nil when the block has no tie, as Builder.Network's
	if len(ends) > 0 {
		nodes = make([]Node, len(ends))
	}
	for k, x := range ends {
		nodes[k], _ = s.dir.personLevelNode(x, win)
	}
	return NewNetwork(PersonLevel, nodes, edgesOf(&blk, nil, lw), nil, win, lw)
}

// personLevelNode returns node i of the person level, numbered as the
// builder numbers it (people, then units): a person with the unit, name
// and position of their spell in force at the window's last covered
// moment (SpellIn, UnitIn's), and spelled reports whether a spell
// overlaps win; a unit as a node of kind KindUnit, spelled false. So
// someone whose acting post (Plt) ended before the window did shows the
// position they went back to, not the post.
func (d *Directory) personLevelNode(i int32, win Window) (nd Node, spelled bool) {
	np := int32(len(d.People))
	if i >= np {
		nd = d.Units[i-np]
		nd.Kind = KindUnit
		return nd, false
	}
	k, ok := d.SpellIn(i, win)
	u := d.spellUnit[d.spellStart[i]+int32(k)]
	nd = d.People[i]
	nd.Name, nd.Position = d.SpellAttrs(i, k)
	nd.Unit = d.Units[u].ID
	nd.Sector = d.Units[u].Sector
	nd.UnitKind = d.Units[u].Kind
	return nd, ok
}

// pnode is the person-level node of a ref: the person, or the unit node
// after all people.
func (b *Builder) pnode(r Ref) int32 {
	if r.Person >= 0 {
		return r.Person
	}
	return int32(len(b.dir.People)) + r.Unit
}

// Message adds one letter: for each distinct recipient unit r != sender's
// unit S, correspondence(S->r) += 1. A letter with no recipient outside S
// counts as S's internal message. At person level the same holds with
// nodes for units. A letter whose recipients span more than CircularUnits
// units other than S is a circular: it adds no tie and is counted instead
// (see CircularUnits).
func (b *Builder) Message(sender Ref, recipients []Ref) {
	b.totals.Messages++
	lv := b.unit
	if b.person == nil && len(recipients) <= messageShort && len(recipients) <= b.CircularLimit() && lv.acc.direct() {
		b.shortMessage(lv, sender.Unit, recipients)
		return
	}
	lv.begin()
	lv.put(sender.Unit)
	for _, r := range recipients {
		lv.put(r.Unit)
	}
	if len(lv.set)-1 > b.CircularLimit() {
		b.totals.Circulars++
		lv.counts[sender.Unit].Circulars++
		if p := b.person; p != nil {
			s := b.pnode(sender)
			p.seen[s] = true
			p.counts[s].Circulars++
			for _, r := range recipients {
				p.seen[b.pnode(r)] = true
			}
		}
		return
	}
	for _, r := range lv.set[1:] {
		lv.acc.add(sender.Unit, r, Correspondence, 1)
	}
	if len(lv.set) == 1 {
		b.totals.InternalMessages++
		lv.counts[sender.Unit].InternalMessages++
	}
	if p := b.person; p != nil {
		s := b.pnode(sender)
		p.begin()
		p.put(s)
		p.seen[s] = true
		for _, r := range recipients {
			x := b.pnode(r)
			p.seen[x] = true
			if p.put(x) {
				p.acc.add(s, x, Correspondence, 1)
			}
		}
		if len(p.set) == 1 {
			p.counts[s].InternalMessages++
		}
	}
}

// messageShort is the most recipients a letter may have to take
// shortMessage's path.
const messageShort = 8

// direct reports whether a's pairs are found in its dense index and summed
// in vals alone: no time blocks, window sums kept.
func (a *accum) direct() bool {
	return a.dense != nil && a.blk == nil && !a.blocksOnly
}

// shortMessage is Message for a unit network alone (no person level)
// whose accum is direct, and a letter of at most messageShort recipients
// and not more than the circular limit (so never a circular): the units
// of the recipients other than the sender's, each once, in the order
// they first come (the order in which Message's distinct-set adds their
// pairs), without the distinct-set's stamps; accum.pair finds each.
func (b *Builder) shortMessage(lv *level, s int32, recipients []Ref) {
	a := lv.acc
	others := 0
next:
	for k, r := range recipients {
		u := r.Unit
		if u == s {
			continue
		}
		for _, q := range recipients[:k] {
			if q.Unit == u {
				continue next
			}
		}
		others++
		a.vals[a.pair(s, u)][Correspondence]++
	}
	if others == 0 {
		b.totals.InternalMessages++
		lv.counts[s].InternalMessages++
	}
}

// CircularLimit returns the CircularUnits in force.
func (b *Builder) CircularLimit() int {
	if b.CircularUnits <= 0 {
		return DefaultCircularUnits
	}
	return b.CircularUnits
}

// Meeting adds one meeting: with A the distinct units of its attendees,
// each pair {a,b} of A gets meetings += 1/(|A|-1) when |A| >= 2; at person
// level the same with the distinct attendees. A meeting of more than
// MaxMeetingSize distinct attendees makes no tie at either level and is
// counted instead (see MaxMeetingSize); it is not counted again in
// MeetingsOneUnit.
func (b *Builder) Meeting(attendees []Ref) {
	b.totals.Meetings++
	large := b.largeMeeting(attendees)
	if large {
		b.totals.MeetingsLarge++
	}
	lv := b.unit
	lv.begin()
	for _, r := range attendees {
		lv.put(r.Unit)
	}
	switch {
	case large:
		for _, u := range lv.set {
			lv.counts[u].LargeMeetings++
		}
	case len(lv.set) < 2:
		b.totals.MeetingsOneUnit++
	default:
		addClique(lv)
	}
	if p := b.person; p != nil {
		p.begin()
		for _, r := range attendees {
			x := b.pnode(r)
			p.seen[x] = true
			p.put(x)
		}
		if large {
			for _, x := range p.set {
				p.counts[x].LargeMeetings++
			}
		} else {
			addClique(p)
		}
	}
}

// MeetingSizeLimit returns the MaxMeetingSize in force.
func (b *Builder) MeetingSizeLimit() int {
	if b.MaxMeetingSize <= 0 {
		return DefaultMaxMeetingSize
	}
	return b.MaxMeetingSize
}

// largeMeeting reports whether attendees name more than MaxMeetingSize
// distinct attendees (people, and units named directly).
func (b *Builder) largeMeeting(attendees []Ref) bool {
	limit := b.MeetingSizeLimit()
	if len(attendees) <= limit {
		return false
	}
	lv := b.person
	if lv == nil {
		if b.att == nil {
			n := len(b.dir.People) + len(b.dir.Units)
			b.att = &level{stamp: make([]uint32, n)}
		}
		lv = b.att
	}
	lv.begin()
	for _, r := range attendees {
		if lv.put(b.pnode(r)) && len(lv.set) > limit {
			return true
		}
	}
	return false
}

// addClique counts one meeting of size k = len(lv.set) for every pair of
// lv.set; edgesOf turns the counts into Newman's Σ 1/(k-1).
func addClique(lv *level) {
	k := len(lv.set)
	if k < 2 {
		return
	}
	for i := 0; i < k; i++ {
		for j := i + 1; j < k; j++ {
			a, c := lv.set[i], lv.set[j]
			if a > c {
				a, c = c, a
			}
			lv.acc.addMeetings(a, c, int32(k), 1)
		}
	}
}

// Share adds one data-sharing event: granted and denied events add to
// data_sharing / data_denied (provider -> consumer); pending events are
// only counted. An event inside one node counts as its internal share.
func (b *Builder) Share(provider, consumer Ref, st ShareStatus) {
	switch st {
	case Granted:
		b.totals.Granted++
	case Denied:
		b.totals.Denied++
	default:
		b.totals.Pending++
		return
	}
	l := DataSharing
	if st == Denied {
		l = DataDenied
	}
	if provider.Unit == consumer.Unit {
		b.totals.InternalShares++
		b.unit.counts[provider.Unit].InternalShares++
	} else {
		b.unit.acc.add(provider.Unit, consumer.Unit, l, 1)
	}
	if p := b.person; p != nil {
		x, y := b.pnode(provider), b.pnode(consumer)
		p.seen[x], p.seen[y] = true, true
		if x == y {
			p.counts[x].InternalShares++
		} else {
			p.acc.add(x, y, l, 1)
		}
	}
}

// Totals returns the event counts so far.
func (b *Builder) Totals() Totals { return b.totals }

// Network returns the network of one level for the window win with layer
// weights lw. The unit network has every unit of the directory as a node.
// The person network has every person with a tie in some layer in the
// window (their Unit attribute from Directory.UnitIn), then every unit
// that an event named directly and that has a tie, as nodes of kind
// KindUnit; ids are renumbered densely in that order. A tie in any layer
// counts, data_denied included: a node is in the person network exactly
// when edges.csv names it. With KeepInactive the person network also has
// every person with a spell that overlaps win and every unit an event
// named, tie or not. Network.People counts the people of the window and
// those without a tie, whether they were kept or not.
func (b *Builder) Network(lvl Level, win Window, lw LayerWeights) *Network {
	lw = lw.Resolve()
	if lvl == UnitLevel || b.person == nil {
		nodes := append([]Node(nil), b.dir.Units...)
		return NewNetwork(UnitLevel, nodes, edgesOf(b.unit.acc.window(), nil, lw), append([]Counts(nil), b.unit.counts...), win, lw)
	}
	p := b.person
	acc := p.acc.window()
	np := len(b.dir.People)
	paired := make([]bool, len(p.seen))
	for _, k := range acc.keys {
		paired[int32(k>>32)], paired[int32(uint32(k))] = true, true
	}
	remap := make([]int32, len(p.seen))
	var nodes []Node
	var counts []Counts
	var pc PeopleCounts
	for i := range remap {
		remap[i] = -1
		nd, spelled := b.dir.personLevelNode(int32(i), win)
		// in the window: a spell overlaps it, or an event names the node
		named := spelled || p.seen[i]
		if i < np {
			if named {
				pc.InWindow++
				if !paired[i] {
					pc.Inactive++
				}
			}
		}
		if paired[i] || b.KeepInactive && named {
			remap[i] = int32(len(nodes))
			nodes = append(nodes, nd)
			counts = append(counts, p.counts[i])
		}
	}
	n := NewNetwork(PersonLevel, nodes, edgesOf(acc, remap, lw), counts, win, lw)
	pc.KeptInactive = b.KeepInactive
	n.People = pc
	return n
}

// sortEdges sorts edges by (From, To).
func sortEdges(es []Edge) {
	slices.SortFunc(es, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
}

// edgesOf turns accumulated pairs into directed edges, halving meetings
// per direction, and computes the combined weight. A pair's meetings value
// is meetSizes.weight: Σ count_k/(k-1) in ascending k, the same bits
// whatever order the meetings came in. The edges come sorted by (From, To).
//
// Each edge takes its values from at most two keys: its directed layers
// from key (From,To), its meetings half from key (min,max) (meetings are
// keyed with u < v, and remap keeps the order of nodes). Every layer value
// is therefore set once, 0 plus one term, so the bits do not depend on the
// order in which the keys are visited. The edges are grouped by From with
// a counting sort and each row sorted by To: O(pairs) plus a sort of each
// node's short row, instead of a map over all pairs.
func edgesOf(a *accum, remap []int32, lw LayerWeights) []Edge {
	type part struct {
		to  int32
		key int32 // index into a.keys; ^index for the reverse of a meetings pair
	}
	ends := func(k uint64) (int32, int32) {
		u, v := int32(k>>32), int32(uint32(k))
		if remap != nil {
			u, v = remap[u], remap[v]
		}
		return u, v
	}
	directed := func(vals *[NumLayers]float64) bool {
		return vals[Correspondence] != 0 || vals[DataSharing] != 0 || vals[DataDenied] != 0
	}
	// meet[i] is key i's meetings value; rows counts each node's parts.
	meet := make([]float64, len(a.keys))
	n := int32(0)
	for _, k := range a.keys {
		u, v := ends(k)
		n = max(n, u+1, v+1)
	}
	start := make([]int32, n+1)
	for i, k := range a.keys {
		u, v := ends(k)
		// A builder's accum counts meetings by size in meet; a time
		// block's (BlockEdges) carries their summed weight in vals.
		m := a.vals[i][Meetings] + a.meet.weight(int32(i))
		meet[i] = m
		if m != 0 || directed(&a.vals[i]) {
			start[u+1]++
		}
		if m != 0 {
			start[v+1]++
		}
	}
	for u := range n {
		start[u+1] += start[u]
	}
	parts := make([]part, start[n])
	next := append([]int32(nil), start[:n]...)
	for i, k := range a.keys {
		u, v := ends(k)
		m := meet[i]
		if m != 0 || directed(&a.vals[i]) {
			parts[next[u]] = part{v, int32(i)}
			next[u]++
		}
		if m != 0 {
			parts[next[v]] = part{u, ^int32(i)}
			next[v]++
		}
	}
	// Sort each row by To; an edge has at most two parts (its directed
	// key and the reverse of its meetings key), next to each other.
	edgesN := 0
	for u := range n {
		row := parts[start[u]:start[u+1]]
		slices.SortFunc(row, func(x, y part) int { return cmp.Compare(x.to, y.to) })
		for j := range row {
			if j == 0 || row[j].to != row[j-1].to {
				edgesN++
			}
		}
	}
	edges := make([]Edge, 0, edgesN)
	for u := range n {
		for _, pt := range parts[start[u]:start[u+1]] {
			if len(edges) == 0 || edges[len(edges)-1].From != u || edges[len(edges)-1].To != pt.to {
				edges = append(edges, Edge{From: u, To: pt.to})
			}
			e := &edges[len(edges)-1]
			i := pt.key
			if i < 0 {
				e.Layers[Meetings] += meet[^i] / 2
				continue
			}
			if vals := &a.vals[i]; directed(vals) {
				e.Layers[Correspondence] += vals[Correspondence]
				e.Layers[DataSharing] += vals[DataSharing]
				e.Layers[DataDenied] += vals[DataDenied]
			}
			if m := meet[i]; m != 0 {
				e.Layers[Meetings] += m / 2
			}
		}
	}
	for i := range edges {
		e := &edges[i]
		e.Weight = lw.Correspondence*e.Layers[Correspondence] + lw.Meetings*e.Layers[Meetings] + lw.DataSharing*e.Layers[DataSharing]
	}
	return edges
}
