package change

import (
	"math"
	"slices"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/metrics/silo"
)

// Family is one kind of group (sectors, units at person level, or the
// communities of one period) with a label for every frame node in every
// block.
type Family struct {
	Type  metrics.GroupType
	Names []string
	// label returns the group of frame node x in block b, -1 for none.
	label func(b int, x int32) int32
}

// layout says where the linear sums of a block sit in its vector, and
// which measures are derived from them. Every quantity in a block's
// vector is a sum of tie weights, so the vector of a set of blocks (with
// repeats) is the sum of their vectors.
//
//	per family f, group g: I (internal weight), E (external weight)
//	per entity e:          S (strength), X (weight to other sectors)
//	total weight W
//
// The entities are the units: at unit level every unit node; at person
// level the people who stayed in one unit, summed per unit (see
// Frame.Stayers).
type layout struct {
	fams     []*Family
	famOff   []int // offset of family f: I at off+g, E at off+k+g
	entities int
	entOff   int // S at entOff+e, X at entOff+entities+e
	totOff   int
	dim      int
}

func newLayout(fams []*Family, entities int) *layout {
	l := &layout{fams: fams, entities: entities}
	for _, f := range fams {
		l.famOff = append(l.famOff, l.dim)
		l.dim += 2 * len(f.Names)
	}
	l.entOff = l.dim
	l.dim += 2 * entities
	l.totOff = l.dim
	l.dim++
	return l
}

// blockData is one block's vector and the undirected pairs it holds.
type blockData struct {
	lin   []float64
	pairs []int32   // ids of the undirected pairs with weight, ascending
	pw    []float64 // their weights
}

// pairIndex numbers undirected pairs of frame nodes.
type pairIndex struct {
	idx  map[uint64]int32
	keys []uint64 // u<<32 | v with u < v
}

func newPairIndex() *pairIndex { return &pairIndex{idx: map[uint64]int32{}} }

func (p *pairIndex) id(u, v int32) int32 {
	if u > v {
		u, v = v, u
	}
	k := uint64(uint32(u))<<32 | uint64(uint32(v))
	i, ok := p.idx[k]
	if !ok {
		i = int32(len(p.keys))
		p.idx[k] = i
		p.keys = append(p.keys, k)
	}
	return i
}

func (p *pairIndex) nodes(id int32) (int32, int32) {
	k := p.keys[id]
	return int32(k >> 32), int32(uint32(k))
}

// undirected sums a block's directed edges into undirected pairs,
// ascending by pair id.
func undirected(es []graph.Edge, pi *pairIndex) ([]int32, []float64) {
	acc := map[int32]float64{}
	var ids []int32
	for _, e := range es {
		if e.Weight == 0 {
			continue
		}
		id := pi.id(e.From, e.To)
		if _, ok := acc[id]; !ok {
			ids = append(ids, id)
		}
		acc[id] += e.Weight
	}
	slices.Sort(ids)
	w := make([]float64, len(ids))
	for i, id := range ids {
		w[i] = acc[id]
	}
	return ids, w
}

// fill computes block b's vector: entity(b, x) is the entity of frame
// node x in block b (-1: none), sector(b, x) its sector.
func (l *layout) fill(d *blockData, b int, pi *pairIndex, entity, sector func(int, int32) int32) {
	// Summed with compensation (graph.KSum): a plain += over a block's
	// Newman weights put a person-level compare's strengths of whole
	// numbers at 5060.99999999999 and 840.000000000001 in
	// changes_units.csv.
	lin := make([]graph.KSum, l.dim)
	for k, id := range d.pairs {
		u, v := pi.nodes(id)
		w := d.pw[k]
		for fi, f := range l.fams {
			a, c := f.label(b, u), f.label(b, v)
			off, kk := l.famOff[fi], len(f.Names)
			switch {
			case a < 0 || c < 0:
			case a == c:
				lin[off+int(a)].Add(w)
			default:
				lin[off+kk+int(a)].Add(w)
				lin[off+kk+int(c)].Add(w)
			}
		}
		su, sv := sector(b, u), sector(b, v)
		for _, x := range [2]int32{u, v} {
			if e := entity(b, x); e >= 0 {
				lin[l.entOff+int(e)].Add(w)
				if su != sv {
					lin[l.entOff+l.entities+int(e)].Add(w)
				}
			}
		}
		lin[l.totOff].Add(w)
	}
	d.lin = make([]float64, l.dim)
	for i := range lin {
		d.lin[i] = lin[i].Sum()
	}
}

// sizes are what a period fixes for its measures: its node count and the
// size of every group.
type sizes struct {
	n      int
	groups [][]int // per family
}

// measure kinds of the derived vector, per group and for the whole
// network.
const (
	mEI = iota
	mHomophily
	mInternalShare
	perGroup
)

const (
	wDensity = iota
	wEI
	wModularity
	wAssortativity
	perWhole
)

// derivedDim is the length of the derived vector: per family group its
// perGroup measures, the whole network's perWhole, per entity its share
// of weight to other sectors.
func (l *layout) derivedDim() int {
	n := 0
	for _, f := range l.fams {
		n += perGroup * len(f.Names)
	}
	return n + perWhole + l.entities
}

// groupAt is the position of measure m of group g of family fi in the
// derived vector.
func (l *layout) groupAt(fi, g, m int) int {
	n := 0
	for i := range fi {
		n += perGroup * len(l.fams[i].Names)
	}
	return n + perGroup*g + m
}

func (l *layout) wholeAt(m int) int {
	n := 0
	for _, f := range l.fams {
		n += perGroup * len(f.Names)
	}
	return n + m
}

func (l *layout) entityAt(e int) int { return l.wholeAt(perWhole) + e }

// derive turns summed linear quantities into measures: per group the E-I
// index, the homophily index and the internal share I/(I+E); for the
// whole network (from the first family, the sectors) the density (distinct
// pairs over n(n-1)/2), the E-I index, the modularity of the sectors and
// their weighted assortativity; per entity X/S. Undefined values are NaN.
func (l *layout) derive(sum []float64, distinct int, sz *sizes, out []float64) {
	j := 0
	for fi, f := range l.fams {
		off, k := l.famOff[fi], len(f.Names)
		for g := range k {
			in, ex := sum[off+g], sum[off+k+g]
			e := eiOf(ex, in)
			out[j+mEI] = e
			out[j+mHomophily] = homophily(e, eiExpected(sz.n, sz.groups[fi][g]))
			out[j+mInternalShare] = ratio(in, in+ex)
			j += perGroup
		}
	}
	for m := range perWhole {
		out[j+m] = math.NaN()
	}
	if sz.n > 1 {
		out[j+wDensity] = float64(distinct) / (float64(sz.n) * float64(sz.n-1) / 2)
	}
	if len(l.fams) > 0 {
		f, off := l.fams[0], l.famOff[0]
		k := len(f.Names)
		var in, ex float64
		for g := range k {
			in += sum[off+g]
			ex += sum[off+k+g]
		}
		ex /= 2
		w := in + ex
		out[j+wEI] = eiOf(ex, in)
		if w > 0 {
			s := 0.0
			for g := range k {
				a := (2*sum[off+g] + sum[off+k+g]) / (2 * w)
				s += a * a
			}
			out[j+wModularity] = in/w - s
			if s != 1 {
				out[j+wAssortativity] = (in/w - s) / (1 - s)
			}
		}
	}
	j += perWhole
	for e := range l.entities {
		out[j+e] = ratio(sum[l.entOff+l.entities+e], sum[l.entOff+e])
	}
}

// eiOf is the E-I index (e - i)/(e + i), NaN when e + i = 0, and 0 when
// e and i are equal within silo.EITolerance, as silo's E-I index is: sums
// of weights equal in exact arithmetic differ in their last bits.
func eiOf(e, i float64) float64 {
	if e+i == 0 {
		return math.NaN()
	}
	if math.Abs(e-i) <= silo.EITolerance*(e+i) {
		return 0
	}
	return (e - i) / (e + i)
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return a / b
}
