package ingest

import "strings"

// sectorSpeltShown is how many sectors a WarnSectorSpelt warning spells
// out; it counts them all.
const sectorSpeltShown = 5

// SectorSpellings returns the warning (WarnSectorSpelt) that sectors of
// the units table are written in ways that differ only in letter case or
// in white space ("Kesehatan", "kesehatan", "KESEHATAN", "pekerjaan
// umum" and "Pekerjaan  Umum", as a units table typed by hand in a
// spreadsheet has them), and false when none are. sekat compares sectors
// as written, as the contract says (sector: the formal group a unit
// belongs to): each spelling is a sector of its own, and a units table
// with three spellings of one sector of three units read as three
// sectors of one unit, "no sector holds two units or more", without a
// word of why. sekat does not merge them: which spelling is the sector's
// is the study's to say. A unit without a sector (its own sector, its
// id) is left out. The sectors and their spellings are listed in the
// order of the units table's ids (graph.Directory.Units).
func (r *Result) SectorSpellings() (Warning, bool) {
	if r == nil || r.Directory == nil {
		return Warning{}, false
	}
	var keys []string
	ways := map[string][]string{}
	for i := range r.Directory.Units {
		u := &r.Directory.Units[i]
		if u.Sector == "" || u.Sector == u.ID {
			continue
		}
		k := strings.ToLower(strings.Join(strings.Fields(u.Sector), " "))
		if _, ok := ways[k]; !ok {
			keys = append(keys, k)
		}
		seen := false
		for _, w := range ways[k] {
			seen = seen || w == u.Sector
		}
		if !seen {
			ways[k] = append(ways[k], u.Sector)
		}
	}
	w := Warning{Code: WarnSectorSpelt, Table: Units.String()}
	var shown []string
	for _, k := range keys {
		if len(ways[k]) < 2 {
			continue
		}
		if w.Count++; len(shown) < sectorSpeltShown {
			q := make([]string, len(ways[k]))
			for i, s := range ways[k] {
				q[i] = `"` + s + `"`
			}
			shown = append(shown, strings.Join(q, ", "))
		}
	}
	if w.Count == 0 {
		return Warning{}, false
	}
	w.Value = strings.Join(shown, "; ")
	for _, in := range r.Inputs {
		if in.Table == Units && r.Study != nil {
			w.File = r.Study.displayName(in.Path)
		}
	}
	return w, true
}
