package flowcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestFacilitatorsReorgNoteWithoutReveal: the note on units reorganised
// without a crosswalk says that without --reveal only the tenure starts
// again, the weight being counted in the unit of each person's row for
// the whole window (b216a579); it said in both languages that their
// spell "is split in two" without --reveal too, where a run with and
// without the crosswalk gives the same cross_sector_weight to every row
// (generate --seed 1146 --scale 0.1 --reorg: 0 of 301 rows differ,
// measured with sekat facilitators --listed 1000 on this build). With
// --reveal the spells are split, and the note says so.
func TestFacilitatorsReorgNoteWithoutReveal(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1146, Scale: 0.1, Reorg: true}); err != nil {
		t.Fatal(err)
	}
	split := map[string]string{"en": "spell is split in two", "id": "masa tugasnya terbagi dua"}
	blind := map[string]string{"en": "their tie weight is not split: without --reveal everyone is counted in the unit and sector of their row for the whole window",
		"id": "bobot ikatannya tidak terbagi: tanpa --reveal setiap pegawai dihitung pada unit dan sektor barisnya selama seluruh jendela waktu"}
	for _, lang := range []string{"en", "id"} {
		for _, reveal := range []bool{false, true} {
			out := filepath.Join(t.TempDir(), "fas")
			args := []string{"facilitators", dir, "--out", out, "-q", "--lang", lang, "--purpose", "uji fasilitator"}
			if reveal {
				args = append(args, "--reveal")
			}
			code, _, stderr := sekat(t, args...)
			if code != 0 {
				t.Fatalf("%s reveal %v: exit %d\n%s", lang, reveal, code, stderr)
			}
			page, err := os.ReadFile(filepath.Join(out, "facilitators.html"))
			if err != nil {
				t.Fatal(err)
			}
			for where, text := range map[string]string{"stderr": stderr, "page": string(page)} {
				if !strings.Contains(text, "--min-tenure") {
					t.Errorf("%s reveal %v: the %s has no note on the tenure:\n%s", lang, reveal, where, stderr)
				}
				if strings.Contains(text, split[lang]) != reveal || strings.Contains(text, blind[lang]) == reveal {
					t.Errorf("%s reveal %v: the %s says the spell is split: %v, the weight is not: %v; want %v and %v",
						lang, reveal, where, strings.Contains(text, split[lang]), strings.Contains(text, blind[lang]), reveal, !reveal)
				}
			}
		}
	}
}
