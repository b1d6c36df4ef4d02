package ingest

import "testing"

// TestActingPost: a position that opens with Plt, Plh, Pelaksana Tugas or
// Pelaksana Harian, in any case, with or without a dot, is an acting
// post; "Pelaksana" alone (a class of definitive posts), a word that
// only begins so, and the words elsewhere in a position are not.
func TestActingPost(t *testing.T) {
	for pos, want := range map[string]bool{
		"Plt. Kepala Dinas":               true,
		"plt Kepala Bidang":               true,
		"PLT.KEPALA DINAS":                true,
		"Plh. Sekretaris":                 true,
		"PLH Camat":                       true,
		" Pelaksana Tugas Kepala Dinas":   true,
		"pelaksana  harian Kepala Bagian": true,
		"PELAKSANA TUGAS":                 true,
		"Plt":                             true,
		"Pelaksana":                       false,
		"Pelaksana Teknis":                false,
		"Kepala Pelaksana BPBD":           false,
		"Kepala Bidang":                   false,
		"Pltu Operator":                   false,
		"Staf Plt. Kepala":                false,
		"":                                false,
	} {
		if got := ActingPost(pos); got != want {
			t.Errorf("ActingPost(%q) = %v; want %v", pos, got, want)
		}
	}
}
