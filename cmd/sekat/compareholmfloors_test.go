package main

import (
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestComparePageReadsHolmFloors: four weeks against four can be split
// between the periods in only C(8, 4) = 70 ways, so with the ten sectors
// of generate --seed 11 --scale 0.3 no Holm-adjusted p-value can go below
// 10/70 = 0.143, and compare said so ("No sector can be reported as
// changed ... 0.143"); 10·2/70 = 0.286 since each split and the one with
// the periods swapped give the same size of change (TestHolmFloorsMirror). compare.html and the terminal re-derived the floor
// from the table's rows, 10/1,001 = 0.010, blind to the splits, and told
// of keuangan and pemerintahan, whose intervals leave out 0 (June 2025
// against the four weeks from 30 June), "Rely on the verdict: such a
// change is not shown to be real". compare.json now carries the floors
// compare computed (holm_floors), and the notes read them: no group of a
// family whose floor is above alpha is told to rely on its verdict, and
// the note says the splits, as the warning does, not a number of
// permutations, which would not help.
func TestComparePageReadsHolmFloors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 11, Scale: 0.3}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, rely, floor, none string }{
		{"en", "Rely on the verdict", "can be split between them in only 70 ways (the periods hold as many blocks, so each split and the one with the periods swapped give the same size of change, and no p-value is below 2 over the splits), and with 10 groups of that kind tested no Holm-adjusted p-value could go below 0.286, above 0.05",
			"No sector can be reported as changed: the time blocks of the two periods, 4 and 4, can be split between them in only 70 ways (the periods hold as many blocks, so each split and the one with the periods swapped give the same size of change, and no p-value is below 2 over the splits), so the smallest possible Holm-adjusted p-value, 0.286"},
		{"id", "Peganglah kesimpulan itu", "hanya dapat dibagi di antara keduanya dengan 70 cara (kedua periode memuat blok sebanyak yang sama, sehingga setiap cara pembagian dan cara yang menukar kedua periode memberi besar perubahan yang sama, dan tidak ada nilai p di bawah 2 dibagi banyaknya cara itu), dan dengan 10 kelompok sejenis yang diuji, tidak ada nilai p terkoreksi Holm yang dapat lebih kecil dari 0,286, di atas 0,05",
			"Tidak ada sektor yang dapat dinyatakan berubah secara bermakna: blok waktu kedua periode, 4 dan 4, hanya dapat dibagi di antara keduanya dengan 70 cara (kedua periode memuat blok sebanyak yang sama, sehingga setiap cara pembagian dan cara yang menukar kedua periode memberi besar perubahan yang sama, dan tidak ada nilai p di bawah 2 dibagi banyaknya cara itu), sehingga nilai p terkoreksi Holm terkecil yang mungkin, 0,286"},
	} {
		out := filepath.Join(t.TempDir(), "banding")
		code, stdout, stderr := sekat(t, "compare", dir, "--before", "2025-06-02..2025-06-30", "--after", "2025-06-30..2025-07-28",
			"--out", out, "--resamples", "200", "-q", "--lang", tc.lang)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", tc.lang, code, stderr)
		}
		if !strings.Contains(stdout, tc.none) {
			t.Fatalf("%s: the verdict sentence no longer says the splits' floor (the case is gone):\n%s", tc.lang, stdout)
		}
		page := readFile(t, filepath.Join(out, "compare.html"))
		// the two sectors whose interval leaves out 0, on the terminal
		// and the page alike
		for _, name := range []string{"keuangan", "pemerintahan"} {
			var note string
			for _, line := range strings.Split(stdout, "\n") {
				if strings.Contains(line, name) && strings.Contains(line, "95%") {
					note = line
				}
			}
			if note == "" {
				t.Fatalf("%s: no note on %s's interval:\n%s", tc.lang, name, stdout)
			}
			if strings.Contains(note, tc.rely) || !strings.Contains(note, tc.floor) {
				t.Errorf("%s: the note on %s disagrees with the sentence above it (floor 0.286 by the splits):\n%s", tc.lang, name, note)
			}
			if !strings.Contains(squash(page), template.HTMLEscapeString(note)) {
				t.Errorf("%s: compare.html does not give the terminal's note on %s:\n%s", tc.lang, name, note)
			}
		}
		// read as a reader of compare.json would, without sekat's types
		type floor struct {
			Table, Family      string
			Tests              int
			Floor              float64
			PermutationsNeeded int  `json:"permutations_needed"`
			BySplits           bool `json:"by_splits"`
		}
		var cj struct {
			Method     map[string]any
			HolmFloors []floor `json:"holm_floors"`
		}
		if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "compare.json"))), &cj); err != nil {
			t.Fatal(err)
		}
		// the floor of the sectors as the rows and the method give it:
		// the tested sectors over the 70 splits
		tested := 0
		for _, g := range readCSV(t, filepath.Join(out, "changes_groups.csv")) {
			if g["type"] == "sector" && g["homophily_p_adjusted"] != "" {
				tested++
			}
		}
		if cj.Method["splits"] != 70.0 || cj.Method["runs_before"] != 4.0 || cj.Method["runs_after"] != 4.0 {
			t.Errorf("%s: compare.json's method: splits %v, runs %v and %v; want 70, 4 and 4", tc.lang, cj.Method["splits"], cj.Method["runs_before"], cj.Method["runs_after"])
		}
		var sector *floor
		for i, f := range cj.HolmFloors {
			if f.Table == "groups" && f.Family == "sector" {
				sector = &cj.HolmFloors[i]
			}
		}
		if sector == nil {
			t.Fatalf("%s: compare.json has no floor of the sectors: %+v", tc.lang, cj.HolmFloors)
		}
		if sector.Tests != tested || math.Abs(sector.Floor-2*float64(tested)/70) > 1e-12 || !sector.BySplits || sector.PermutationsNeeded != 20*tested-1 {
			t.Errorf("%s: the sectors' floor %+v; want %d tests, floor 2·%d/70, by the splits, %d permutations", tc.lang, *sector, tested, tested, 20*tested-1)
		}
	}
}

// TestComparePageHolmFloorWithheld: at person level the tests of units
// withheld for privacy stay in Holm's family (docs/security.md), and the
// warning counts them. generate --seed 7 --scale 0.05 with two units of
// two people each (UJA, UJB, withheld) gave 38 units tested, 35 shown,
// and with --permutations 700 the warning's floor 38/701 = 0.054, above
// 0.05, where the shown rows give 35/701 = 0.0499: the page told of
// DISPUSIP, KEC_TANJUNGSARI and KESBANGPOL, whose intervals leave out 0,
// "Rely on the verdict", a verdict no data could have changed. The notes
// now read the family's floor from compare.json.
func TestComparePageHolmFloorWithheld(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 7, Scale: 0.05}); err != nil {
		t.Fatal(err)
	}
	var bapenda string
	for _, p := range readCSV(t, filepath.Join(dir, "people.csv")) {
		if p["unit_id"] == "BAPENDA" && bapenda == "" {
			bapenda = p["person_id"]
		}
	}
	var ppl, letters strings.Builder
	for i := 1; i <= 4; i++ {
		unit := "UJB"
		if i <= 2 {
			unit = "UJA"
		}
		fmt.Fprintf(&ppl, "UJ-%d,%s,Pegawai Uji %d,Staf,,\n", i, unit, i)
		for m := 1; m <= 12; m++ {
			fmt.Fprintf(&letters, "SRT-UJ-%d-%d,2025-%02d-15 09:00:00,UJ-%d,%s,,nota_dinas,\n", i, m, m, i, bapenda)
		}
	}
	appendTables(t, dir, map[string]string{"units.csv": "UJA,Unit Uji A,keuangan,,internal\nUJB,Unit Uji B,keuangan,,internal\n",
		"people.csv": ppl.String(), "correspondence.csv": letters.String()})
	out := filepath.Join(t.TempDir(), "banding")
	stdout, stderr := analyzeOK(t, "compare", dir, "--level", "person", "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
		"--permutations", "700", "--resamples", "200", "--out", out, "-q", "--lang", "en")
	shown := 0
	for _, g := range readCSV(t, filepath.Join(out, "changes_groups.csv")) {
		if g["type"] == "unit" && g["homophily_p_adjusted"] != "" {
			shown++
		}
	}
	// the case: the family's floor above alpha, the shown rows' not
	m := regexp.MustCompile(`with 700 permutations and (\d+) tests of units the smallest possible Holm-adjusted p-value is (0\.\d+)`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no warning of the units' floor:\n%s", stderr)
	}
	tests, _ := strconv.Atoi(m[1])
	if tests <= shown || float64(shown)/701 > 0.05 {
		t.Fatalf("the case is gone: %d units tested, %d shown", tests, shown)
	}
	page := squash(readFile(t, filepath.Join(out, "compare.html")))
	found := false
	for _, line := range strings.Split(stdout, "\n") {
		if !strings.Contains(line, "95%") || !strings.Contains(line, "KESBANGPOL") {
			continue
		}
		found = true
		if strings.Contains(line, "Rely on the verdict") || !strings.Contains(line, fmt.Sprintf("with 700 permutations and %d groups of that kind tested, no Holm-adjusted p-value could go below %s", tests, m[2])) {
			t.Errorf("the note on KESBANGPOL disagrees with the warning (%d tests, floor %s):\n%s", tests, m[2], line)
		}
		if !strings.Contains(page, template.HTMLEscapeString(line)) {
			t.Errorf("compare.html does not give the terminal's note:\n%s", line)
		}
	}
	if !found {
		t.Fatalf("no note on KESBANGPOL's interval:\n%s", stdout)
	}
}
