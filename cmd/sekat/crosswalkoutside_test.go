package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCrosswalkOutsideDataWarned: a crosswalk row whose date lies long
// after the data end is warned of by compare, trend and evaluate, naming
// the file, its lines, the date and the data's span, saying that the date
// changes no figure and how to correct it; a row dated long before the
// data whose old unit has no tie in them is warned of as changing no
// figure; a row dated within the data, or before them of a unit still
// named (said as still named, unit_stale), is not. Before, a crosswalk of
// sekat generate --seed 1156 --scale 0.3 --reorg with its year typed 2030
// gave compare's outputs byte for byte, without a word.
//
// The study: units A, B, C (sector s1) and D, E, F (s2) write to one
// another every day of 2025; OLD (s1) has no event.
func TestCrosswalkOutsideDataWarned(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	dailyLettersStudy(t, dir, "person_id,unit_id\np1,A\np2,B\np3,C\np4,D\np5,E\np6,F\n", "unit_id,name,sector\nA,A,s1\nB,B,s1\nC,C,s1\nD,D,s2\nE,E,s2\nF,F,s2\nOLD,Lama,s1\n",
		[]string{"A,B", "B,C", "C,D", "D,E", "E,F", "F,A", "A,C", "D,F"}, nil)
	tmp := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	reform := write("reform.yaml", "date: 2025-07-01\ntreated: [s1]\ncontrol: [s2]\n")
	header := "old_unit,new_unit,from,share\n"
	after := write("after.csv", header+"B,A,2030-07-01,1\nC,A,2030-07-01,1\n")
	before := write("before.csv", header+"OLD,A,2019-01-01,1\n")
	within := write("within.csv", header+"B,A,2025-07-01,1\n")
	named := write("named.csv", header+"B,A,2019-01-01,1\n")
	commands := map[string][]string{
		"compare":  {"compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01"},
		"trend":    {"trend", dir},
		"evaluate": {"evaluate", dir, "--reform", reform},
	}
	// at person level without --reveal, a row before the data is not
	// said: "no unit it replaces has a tie" tells of its people, who may be
	// fewer than the minimum group; the row after the data is
	for _, tc := range []struct {
		name, cw string
		want     bool
	}{{"before", before, false}, {"after", after, true}} {
		t.Run("person level/"+tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			code, _, stderr := sekat(t, "trend", dir, "--level", "person", "--purpose", "uji", "--crosswalk", tc.cw, "--resamples", "100", "--lang", "en", "--out", out, "-q")
			if said := strings.Contains(stderr, "the reorganisation on "); said != tc.want {
				t.Errorf("exit %d, said %v, want %v:\n%s", code, said, tc.want, stderr)
			}
		})
	}
	for _, tc := range []struct {
		name, cw string
		want     map[string]string // "" where nothing is said
	}{
		{"after the data", after, map[string]string{
			"en": "the reorganisation on " + after + " lines 2 and 3 (B became A; C became A) takes effect on 1 July 2030, after the data end (they run from 1 January 2025 to 31 December 2025): no day of the data comes after that date, so the date changes no figure",
			"id": "reorganisasi pada " + after + " baris 2 serta 3 (B menjadi A; C menjadi A) berlaku mulai 1 Juli 2030, sesudah data berakhir (data berlangsung dari 1 Januari 2025 sampai 31 Desember 2025)"}},
		{"before the data, a unit without ties", before, map[string]string{
			"en": "the reorganisation on " + before + " line 2 (OLD became A) took effect on 1 January 2019, before the data begin (they run from 1 January 2025 to 31 December 2025), and no unit it replaces has a tie in them: the crosswalk changes no figure through it",
			"id": "reorganisasi pada " + before + " baris 2 (OLD menjadi A) berlaku mulai 1 Januari 2019, sebelum data dimulai"}},
		{"within the data", within, map[string]string{"en": "", "id": ""}},
		{"before the data, a unit still named", named, map[string]string{"en": "", "id": ""}},
	} {
		for name, args := range commands {
			for _, lang := range []string{"en", "id"} {
				t.Run(tc.name+"/"+name+"/"+lang, func(t *testing.T) {
					out := filepath.Join(t.TempDir(), "out")
					_, stderr := analyzeOK(t, append(args, "--crosswalk", tc.cw, "--resamples", "100", "--permutations", "100", "--lang", lang, "--out", out, "-q")...)
					said := strings.Contains(stderr, map[string]string{"en": "the reorganisation on ", "id": "reorganisasi pada "}[lang])
					if w := tc.want[lang]; w == "" && said || w != "" && !strings.Contains(squash(stderr), w) {
						t.Errorf("stderr:\n%s\nwant %q", stderr, w)
					}
					if name == "compare" && tc.want[lang] != "" {
						if j := readFileIfAny(t, filepath.Join(out, "compare.json")); !strings.Contains(j, `"crosswalk_outside_data"`) {
							t.Errorf("compare.json lacks the warning's code crosswalk_outside_data:\n%s", j)
						}
					}
				})
			}
		}
	}
}
