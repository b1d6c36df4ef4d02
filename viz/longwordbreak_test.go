package viz

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBreakableLongWord: a part of an id of more than 15 characters with
// no "_", ".", "/", hyphen or space to break at gets a break opportunity
// every 8 characters, so that no unbreakable run is longer than 15: a
// unit named BADANPERENCANAANPEMBANGU (a short name of one word) printed
// the informal list of facilitators.html wider than A4, at 91% (a
// province, sekat generate --preset provinsi --seed 5 --scale 0.05, with
// --reveal; cmd/sekat/faccheck's TestFacilitatorsUnitIDsReadable prints
// it). Parts of up to 15 characters are left whole.
func TestBreakableLongWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"BADANPERENCANAANPEMBANGU", "BADANPER<wbr>ENCANAAN<wbr>PEMBANGU"},
		{"KEC_KECAMATANCIBEUREUM_R005", "KEC_<wbr>KECAMATA<wbr>NCIBEURE<wbr>UM_<wbr>R005"},
		{"KECAMATANCIBEUR", "KECAMATANCIBEUR"}, // 15: whole
		{"KEC_TANJUNGSARI_R007", "KEC_<wbr>TANJUNGSARI_<wbr>R007"},
		{"P-04A8-QA26-VX31-BG6A", "P-04A8-QA26-VX31-BG6A"},
		{"ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ<&>", "ÉÉÉÉÉÉÉÉ<wbr>ÉÉÉÉÉÉÉÉ<wbr>&lt;&amp;&gt;"},
	} {
		got := string(breakable(tc.in))
		if got != tc.want {
			t.Errorf("breakable(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if back := html.UnescapeString(strings.ReplaceAll(got, "<wbr>", "")); back != tc.in {
			t.Errorf("breakable(%q) reads %q without its breaks", tc.in, back)
		}
		for _, run := range strings.Split(got, "<wbr>") {
			for _, w := range strings.FieldsFunc(html.UnescapeString(run), func(r rune) bool { return r == '-' || r == ' ' }) {
				if utf8.RuneCountInString(w) > 15 {
					t.Errorf("breakable(%q): %q has no break in %d characters", tc.in, w, utf8.RuneCountInString(w))
				}
			}
		}
	}
}
