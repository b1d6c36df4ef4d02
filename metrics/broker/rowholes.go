package broker

import (
	"context"
	"math"
	"math/bits"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/internal/par"
)

// rowHolesBlock is the number of nodes one work item of rowHoles takes.
const rowHolesBlock = 64

// rowHoles is StructuralHoles node by node: for each node i it marks i's
// contacts, then reads the row of every contact q once, adding to each
// contact j of i that q is also tied to the terms p_iq p_qj (constraint)
// and p_iq m_jq (effective size). On an undirected graph w_jq = w_qj, so
// both terms come from q's row, read in order; only the marks and the
// node arrays are touched out of order. Its work is sum_q deg(q)^2 reads,
// against the triangle pass's few memory touches per triangle out of
// order (see StructuralHoles for the choice). The terms are those of the
// triangle pass and the sums exact (fix), so both give the same values
// bit for bit, whatever the numbering of the nodes; nodes are shared out
// over the cores, each node's values computed by one worker alone, so the
// result does not depend on the number of cores either.
func rowHoles(g *graph.CSR) Holes {
	n := g.N
	invS, invM, ok := holesScales(g)
	h := newHoles(n)
	blocks := (n + rowHolesBlock - 1) / rowHolesBlock
	workers := par.Workers(blocks)
	type scratch struct {
		slots []holeSlot
		accs  []float64
	}
	sc := make([]*scratch, workers)
	_ = par.For(context.Background(), blocks, workers, func(w, b int) {
		x := sc[w]
		if x == nil {
			x = &scratch{slots: make([]holeSlot, n)}
			sc[w] = x
		}
		for i := b * rowHolesBlock; i < min(n, (b+1)*rowHolesBlock); i++ {
			x.accs = rowHolesNode(g, i, invS, invM, x.slots, x.accs, &h)
		}
	})
	if !ok {
		markUndefined(g, invS, &h)
	}
	return h
}

// holeSlot is rowHolesNode's scratch for one node j: whether j is a
// contact of the node i being computed (mark == i+1), and the sum of the
// terms p_iq p_qj through the contacts q of i that j shares, together so
// that a term touches one cache line (apart, the marks in an array of
// their own, the pass took 5% longer).
type holeSlot struct {
	acc  fix
	mark int32
}

// rowHolesNode computes the three measures of node i into h (see
// rowHoles); slots is the worker's scratch array of length g.N, whose
// marks must not hold i+1 on entry; accs is a scratch slice, returned for
// the next node. The redundancy terms p_iq m_jq go to one sum for the
// node (see finishHoles), kept in registers.
func rowHolesNode(g *graph.CSR, i int, invS, invM []float64, slots []holeSlot, accs []float64, h *Holes) []float64 {
	adj, w := g.Neighbors(i)
	if len(adj) == 0 {
		h.Constraint[i], h.EffectiveSize[i], h.Hierarchy[i] = math.NaN(), math.NaN(), math.NaN()
		return accs
	}
	stamp := int32(i) + 1
	for _, j := range adj {
		slots[j] = holeSlot{mark: stamp}
	}
	si := invS[i]
	var redLo, redHi uint64 // a fix of scale redFrac, in registers
	for k, q := range adj {
		piq := w[k] * si
		qa, qw := g.Neighbors(int(q))
		isq := invS[q]
		for t, j := range qa {
			if x := &slots[j]; x.mark == stamp {
				x.acc.addParts(fixParts(piq*(qw[t]*isq), termFrac))
				lo, hi := fixParts(piq*(qw[t]*invM[j]), redFrac)
				var c uint64
				redLo, c = bits.Add64(redLo, lo, 0)
				redHi += hi + c
			}
		}
	}
	red := fix{hi: redHi, lo: redLo}
	accs = accs[:0]
	for k, j := range adj {
		accs = append(accs, w[k]*si+slots[j].acc.float(termFrac))
	}
	h.Constraint[i], h.EffectiveSize[i], h.Hierarchy[i] = finishHoles(accs, red)
	return accs
}
