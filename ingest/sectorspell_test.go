package ingest

import (
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// TestSectorSpellings: sectors that differ only in letter case or white
// space are named, in the order of the units' ids, each with its ways;
// units without a sector (their id) and sectors written one way are not.
func TestSectorSpellings(t *testing.T) {
	units := []graph.Node{
		{ID: "A", Sector: "Kesehatan"}, {ID: "B", Sector: "kesehatan"}, {ID: "C", Sector: "KESEHATAN"},
		{ID: "D", Sector: "pekerjaan umum"}, {ID: "E", Sector: "Pekerjaan  Umum"}, {ID: "F", Sector: "pekerjaan umum"},
		{ID: "G", Sector: "keuangan"}, {ID: "H", Sector: "keuangan"},
		{ID: "dinsos"}, {ID: "DINSOS"}, // no sector: their own, by id
	}
	dir, err := graph.NewDirectory(units, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := &Result{Directory: dir}
	w, ok := r.SectorSpellings()
	if !ok {
		t.Fatal("no warning for sectors written three ways and two ways")
	}
	if got, want := w.Value, `"Kesehatan", "kesehatan", "KESEHATAN"; "pekerjaan umum", "Pekerjaan  Umum"`; got != want || w.Count != 2 || w.Code != WarnSectorSpelt {
		t.Errorf("warning %s, %d sectors: %q, want %s, 2: %q", w.Code, w.Count, got, WarnSectorSpelt, want)
	}
	dir, _ = graph.NewDirectory(units[6:], nil)
	if w, ok := (&Result{Directory: dir}).SectorSpellings(); ok {
		t.Errorf("sectors written one way each are warned of: %q", w.Value)
	}
}
