package ingest

import "strings"

// actingWords open the position of an acting post, held for a time beside
// a definitive one (Indonesian civil service): Plt. (pelaksana tugas) and
// Plh. (pelaksana harian), abbreviated or written out. "Pelaksana" alone is
// no such mark: it is a class of definitive posts (jabatan pelaksana).
// The abbreviations are among footerWords too, as the marks of signing for
// another under a signature block.
var actingWords = []string{"plt", "plh", "pelaksana tugas", "pelaksana harian"}

// ActingPost reports whether a position of the people table is an acting
// post: it opens with Plt, Plh, Pelaksana Tugas or Pelaksana Harian, in any
// case, with or without a dot, not followed by a letter ("Plt. Kepala
// Dinas", "PLH KEPALA BIDANG", "Pelaksana  Tugas Camat"; not "Pelaksana",
// nor "Kepala Pelaksana BPBD"). The spaces between words may be any
// number, as spreadsheets leave them.
func ActingPost(position string) bool {
	return opensWith([]byte(strings.Join(strings.Fields(position), " ")), actingWords)
}
