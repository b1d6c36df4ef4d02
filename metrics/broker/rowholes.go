package broker

import (
	"context"
	"math"

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
// order (see StructuralHoles for the choice). The three measures are those
// of pairConstraint, pairEffectiveSize and pairHierarchy (pairholes_test.go) bit for bit (the
// same terms added in the same order), in one pass; nodes are shared out
// over the cores, each node's values computed by one worker alone, so the
// result does not depend on the number of cores.
func rowHoles(g *graph.CSR) Holes {
	n := g.N
	s := strengths(g)
	maxw := g.MaxWeights()
	h := Holes{Constraint: make([]float64, n), EffectiveSize: make([]float64, n), Hierarchy: make([]float64, n)}
	blocks := (n + rowHolesBlock - 1) / rowHolesBlock
	workers := par.Workers(blocks)
	type scratch struct {
		mark     []int32
		acc, red []float64
	}
	sc := make([]*scratch, workers)
	_ = par.For(context.Background(), blocks, workers, func(w, b int) {
		x := sc[w]
		if x == nil {
			x = &scratch{mark: make([]int32, n), acc: make([]float64, n), red: make([]float64, n)}
			sc[w] = x
		}
		for i := b * rowHolesBlock; i < min(n, (b+1)*rowHolesBlock); i++ {
			rowHolesNode(g, i, s, maxw, x.mark, x.acc, x.red, &h)
		}
	})
	return h
}

// rowHolesNode computes the three measures of node i into h (see
// rowHoles); mark, acc and red are the worker's scratch arrays of length
// g.N, and mark must not hold i+1 on entry.
func rowHolesNode(g *graph.CSR, i int, s, maxw []float64, mark []int32, acc, red []float64, h *Holes) {
	adj, w := g.Neighbors(i)
	deg := len(adj)
	if deg == 0 {
		h.Constraint[i], h.EffectiveSize[i], h.Hierarchy[i] = math.NaN(), math.NaN(), math.NaN()
		return
	}
	stamp := int32(i) + 1
	for k, j := range adj {
		mark[j] = stamp
		acc[j] = w[k] / s[i]
		red[j] = 0
	}
	for k, q := range adj {
		piq := w[k] / s[i]
		qa, qw := g.Neighbors(int(q))
		sq := s[q]
		for t, j := range qa {
			if mark[j] == stamp && j != q {
				acc[j] += piq * qw[t] / sq
				red[j] += piq * qw[t] / maxw[j]
			}
		}
	}
	con, es := 0.0, 0.0
	for _, j := range adj {
		con += acc[j] * acc[j]
		es += 1 - red[j]
	}
	h.Constraint[i], h.EffectiveSize[i] = con, es
	if deg == 1 {
		return // hierarchy 0, see Hierarchy
	}
	mean := con / float64(deg)
	x := 0.0
	for _, j := range adj {
		// r ln r -> 0 as r -> 0, as in pairHierarchy.
		if r := acc[j] * acc[j] / mean; r > 0 {
			x += r * math.Log(r)
		}
	}
	h.Hierarchy[i] = x / (float64(deg) * math.Log(float64(deg)))
}
