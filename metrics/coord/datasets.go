package coord

import (
	"slices"
	"sort"

	"github.com/sekat-ona/sekat/graph"
)

// DatasetFriction counts the decided data requests for one dataset
// between units of two different sectors.
type DatasetFriction struct {
	Dataset                        string
	ProviderSector, ConsumerSector string
	Requests, Denied               int64
	// Refuser is the provider unit that denied the most of them (the
	// lowest index on a tie; -1 when none was denied) and RefuserDenied
	// how many it denied.
	Refuser       int32
	RefuserDenied int64
	// Refusers is how many provider units denied at least one of them,
	// and TopRefusers the units that each denied RefuserDenied (Refuser
	// first, then by index): a sentence that names only Refuser would
	// blame it for refusals that others made too.
	Refusers    int
	TopRefusers []int32
}

// Datasets returns the cross-sector data requests of log by dataset and
// sector pair, for units whose attributes are units (Directory.Units),
// the most denied first (then most requested, then by dataset and
// sectors). Pending requests are left out.
func Datasets(log *graph.EventLog, units []graph.Node) []DatasetFriction {
	if log == nil {
		return nil
	}
	type key struct{ ds, ps, cs string }
	idx := map[key]int{}
	var out []DatasetFriction
	denied := []map[int32]int64{}
	for _, r := range log.Requests {
		if r.Status == graph.Pending || int(r.Provider) >= len(units) || int(r.Consumer) >= len(units) || r.Provider < 0 || r.Consumer < 0 {
			continue
		}
		ps, cs := units[r.Provider].Sector, units[r.Consumer].Sector
		if ps == cs {
			continue
		}
		k := key{r.Dataset, ps, cs}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, DatasetFriction{Dataset: r.Dataset, ProviderSector: ps, ConsumerSector: cs, Refuser: -1})
			denied = append(denied, map[int32]int64{})
		}
		out[i].Requests++
		if r.Status == graph.Denied {
			out[i].Denied++
			denied[i][r.Provider]++
		}
	}
	for i := range out {
		for u, n := range denied[i] {
			if n > out[i].RefuserDenied || n == out[i].RefuserDenied && u < out[i].Refuser {
				out[i].Refuser, out[i].RefuserDenied = u, n
			}
		}
		out[i].Refusers = len(denied[i])
		for u, n := range denied[i] {
			if n == out[i].RefuserDenied {
				out[i].TopRefusers = append(out[i].TopRefusers, u)
			}
		}
		slices.Sort(out[i].TopRefusers)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Denied != b.Denied:
			return a.Denied > b.Denied
		case a.Requests != b.Requests:
			return a.Requests > b.Requests
		case a.Dataset != b.Dataset:
			return a.Dataset < b.Dataset
		case a.ProviderSector != b.ProviderSector:
			return a.ProviderSector < b.ProviderSector
		}
		return a.ConsumerSector < b.ConsumerSector
	})
	return out
}
