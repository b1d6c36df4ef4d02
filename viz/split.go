package viz

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/metrics"
)

// splitParts returns the connected parts of the units that have a tie, in
// node ids, largest first (ties of size broken by the first node), when
// there are two or more; nil otherwise. Units without any tie are left
// out: they are no part of a split, and the tables show them. Unit level
// only: at person level small groups of people apart are common and the
// units are what the reader is told about.
func splitParts(r *metrics.Result) [][]int32 {
	if r == nil || r.Net == nil || r.Net.Level == graph.PersonLevel {
		return nil
	}
	u := r.Undirected()
	if u == nil {
		return nil
	}
	seen := make([]bool, u.N)
	var parts [][]int32
	for s := range u.N {
		if seen[s] || u.Degree(s) == 0 {
			continue
		}
		seen[s] = true
		part := []int32{int32(s)}
		for i := 0; i < len(part); i++ {
			adj, _ := u.Neighbors(int(part[i]))
			for _, y := range adj {
				if !seen[y] {
					seen[y] = true
					part = append(part, y)
				}
			}
		}
		slices.Sort(part)
		parts = append(parts, part)
	}
	if len(parts) < 2 {
		return nil
	}
	slices.SortStableFunc(parts, func(a, b []int32) int { return cmp.Compare(len(b), len(a)) })
	return parts
}

// splitSentence says that the units with ties fall apart into parts with
// no tie between them, naming the units outside the largest part: a
// network in two halves had "no sector is shown to be a silo" as all it
// said, the split being only summary.json's components. A unit is named
// as the maps label it, by its short name (units.short_name), else its
// id. Empty when the network is one piece.
func splitSentence(r *metrics.Result, code string) string {
	parts := splitParts(r)
	if parts == nil {
		return ""
	}
	linked := 0
	for _, p := range parts {
		linked += len(p)
	}
	// whole parts while they fit in membersShown names, so that the
	// semicolons keep telling the parts apart: the list stopped at the
	// 30th name, inside a part, and its ", and 52 more" (generate
	// --preset nasional --seed 1017 --scale 0.002) read as 52 more units
	// of that part, which held 2; the rest were 26 other parts. Only a
	// first part larger than membersShown is cut, and then says so.
	rest := make([]string, 0, len(parts)-1)
	shown, partsShown, cut := 0, 0, 0
	for _, p := range parts[1:] {
		if shown > 0 && shown+len(p) > membersShown {
			break
		}
		n := min(len(p), membersShown)
		ids := make([]string, 0, n)
		for _, v := range p[:n] {
			if int(v) < len(r.Net.Nodes) {
				// as the map beside it labels the unit: the ids of an
				// e-office (1.02.01.0000) named units the map called
				// DINKES
				ids = append(ids, idLabel(&r.Net.Nodes[v]))
			}
		}
		shown += n
		partsShown++
		rest = append(rest, strings.Join(ids, ", "))
		if n < len(p) {
			cut = len(p) - n
			break
		}
	}
	list := strings.Join(rest, "; ")
	if cut > 0 {
		list += i18n.T(code, "viz.splitMore", i18n.Int(code, int64(cut)))
	}
	if left := len(parts) - 1 - partsShown; left > 0 {
		list += i18n.T(code, "viz.splitMoreParts", i18n.Int(code, int64(linked-len(parts[0])-shown-cut)), i18n.Int(code, int64(left)))
	}
	key := "viz.splitRest1"
	if len(parts) > 2 {
		key = "viz.splitRestN"
	}
	tail := i18n.T(code, key, i18n.Int(code, int64(len(parts[0]))), list)
	return i18n.T(code, "viz.split", i18n.Int(code, int64(linked)), i18n.Int(code, int64(len(parts))), tail)
}
