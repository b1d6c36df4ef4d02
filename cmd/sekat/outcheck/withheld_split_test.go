package outcheck

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	_ "github.com/sekat-ona/sekat/internal/golden"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

// halfYearStudy is the generated study (seed 1, scale 0.1) with four more
// people in two small units of sector keuangan, UJA and UJB, both withheld
// (two people each): UJ-1 and UJ-2 write to a BAPENDA person from January
// to March only, UJ-3 and UJ-4 every month. split says who is in UJA
// ("12": UJ-1 and UJ-2, so UJA has ties in the first half only; "13":
// UJ-1 and UJ-3), the rest being in UJB: two studies of one network that
// differ only in how the people of unit * are split.
func halfYearStudy(t *testing.T, split string) string {
	t.Helper()
	dir, first := clitest.SeedOneStudy(t, "BAPENDA")
	bapenda := first["BAPENDA"]
	var ppl, letters strings.Builder
	for i := 1; i <= 4; i++ {
		unit := "UJB"
		if strings.ContainsRune(split, rune('0'+i)) {
			unit = "UJA"
		}
		fmt.Fprintf(&ppl, "UJ-%d,%s,Pegawai Uji %d,Staf,,\n", i, unit, i)
		months := 12
		if i <= 2 {
			months = 3
		}
		for m := 1; m <= months; m++ {
			fmt.Fprintf(&letters, "SRT-UJ-%d-%d,2025-%02d-15 09:00:00,UJ-%d,%s,,nota_dinas,\n", i, m, m, i, bapenda)
		}
	}
	clitest.AppendTables(t, dir, map[string]string{"units.csv": "UJA,Unit Uji A,keuangan,,internal\nUJB,Unit Uji B,keuangan,,internal\n",
		"people.csv": ppl.String(), "correspondence.csv": letters.String()})
	return dir
}

// TestChangePersonUnmatchedWithheld: compare and trend at person level
// without names do not name a withheld unit among the units with ties in
// one period (or half) only: not in their warnings on standard error, not
// in compare.json's warnings or units_disappeared. "unit UJA exists only
// in the before period" told of a withheld unit of two people that both
// stopped writing after March, and with two studies that differ only in
// how the people of unit * are split (UJA the two who stopped, or one of
// them and one who did not) the warnings differed. Review of session 26.
func TestChangePersonUnmatchedWithheld(t *testing.T) {
	_, keyFile := clitest.Key(t, 26)
	run := func(split string) (warnings []string, page string) {
		dir := halfYearStudy(t, split)
		cmpOut := filepath.Join(t.TempDir(), "banding")
		_, stderr := analyzeOK(t, "compare", dir, "--level", "person", "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
			"--key-file", keyFile, "--out", cmpOut, "--resamples", "100", "--permutations", "100", "-q")
		a := people.FolderAudit(cmpOut)
		if a == nil || a.Withheld == nil || !slices.Contains(a.Withheld.Units, "UJA") || !slices.Contains(a.Withheld.Units, "UJB") {
			t.Fatalf("audit.json: want units UJA and UJB withheld, got %+v", a.Withheld)
		}
		trOut := filepath.Join(t.TempDir(), "tren")
		_, trErr := analyzeOK(t, "trend", dir, "--level", "person", "--every", "quarter",
			"--key-file", keyFile, "--out", trOut, "--resamples", "100", "--permutations", "100", "-q")
		for _, l := range strings.Split(stderr+trErr, "\n") {
			if strings.Contains(l, "UJA") || strings.Contains(l, "UJB") {
				t.Errorf("split %s: a warning names a withheld unit: %s", split, l)
			}
			// the unmatched and stale units' warnings (the counts of tested
			// units in the others are Holm's family, docs/security.md)
			if strings.Contains(l, "hanya ada") || strings.Contains(l, "masih disebut") {
				warnings = append(warnings, l)
			}
		}
		var c struct {
			Warnings []struct {
				Code, Message string
			} `json:"warnings"`
			Appeared    []string `json:"units_appeared"`
			Disappeared []string `json:"units_disappeared"`
		}
		b, err := os.ReadFile(filepath.Join(cmpOut, "compare.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		if c.Appeared == nil || c.Disappeared == nil {
			t.Errorf("split %s: compare.json lists the units that appeared or disappeared as null, not []", split)
		}
		for _, u := range append(c.Appeared, c.Disappeared...) {
			if u == "UJA" || u == "UJB" {
				t.Errorf("split %s: compare.json names withheld unit %s among the units with ties in one period only", split, u)
			}
		}
		var units []string
		for _, w := range c.Warnings {
			if w.Code == "unit_unmatched" || w.Code == "unit_stale" {
				units = append(units, w.Message)
			}
		}
		return warnings, fmt.Sprint(units, c.Appeared, c.Disappeared)
	}
	w1, j1 := run("12")
	w2, j2 := run("13")
	if strings.Join(w1, "\n") != strings.Join(w2, "\n") {
		t.Errorf("the warnings tell how the people of unit * are split:\n%s\n--\n%s", strings.Join(w1, "\n"), strings.Join(w2, "\n"))
	}
	if j1 != j2 {
		t.Errorf("compare.json's warnings tell how the people of unit * are split:\n%s\n%s", j1, j2)
	}
}

// pesisirStudy is the generated study (seed 1, scale 0.1) with eight more
// people, "Analis Uji" by position, in the two units of a sector of their
// own, pesisir: UJA holds those whose numbers are in inA (from "1" to
// "8"), UJB the rest. With fewer than five people, or as the only
// complementary partner of such a unit, both units are withheld and the
// sector of eight is shown. UJ-i writes i letters a month to a BAPENDA
// person and one to the next of them round a ring, so their cross-sector
// weights differ. Two studies that differ in inA are one network; only
// the split of unit * differs.
func pesisirStudy(t *testing.T, inA string) string {
	t.Helper()
	dir, first := clitest.SeedOneStudy(t, "BAPENDA")
	bapenda := first["BAPENDA"]
	var ppl, letters strings.Builder
	for i := 1; i <= 8; i++ {
		unit := "UJB"
		if strings.ContainsRune(inA, rune('0'+i)) {
			unit = "UJA"
		}
		fmt.Fprintf(&ppl, "UJ-%d,%s,Pegawai Uji %d,Analis Uji,,\n", i, unit, i)
		for m := 1; m <= 12; m++ {
			for k := 1; k <= i; k++ {
				fmt.Fprintf(&letters, "SRT-UJ-%d-%d-%d,2025-%02d-%02d 09:00:00,UJ-%d,%s,,nota_dinas,\n", i, m, k, m, k, i, bapenda)
			}
			fmt.Fprintf(&letters, "SRT-UJR-%d-%d,2025-%02d-20 09:00:00,UJ-%d,UJ-%d,,nota_dinas,\n", i, m, m, i, i%8+1)
		}
	}
	clitest.AppendTables(t, dir, map[string]string{"units.csv": "UJA,Unit Uji A,pesisir,,internal\nUJB,Unit Uji B,pesisir,,internal\n",
		"people.csv": ppl.String(), "correspondence.csv": letters.String()})
	return dir
}

// facilitatorsTables runs facilitators on dir with keyFile and args and
// returns its three tables by name, after checking that audit.json
// withholds UJA and UJB and no sector.
func facilitatorsTables(t *testing.T, dir, keyFile string, args ...string) map[string]string {
	t.Helper()
	fa := filepath.Join(t.TempDir(), "fasilitator")
	analyzeOK(t, append([]string{"facilitators", dir, "--purpose", "uji", "--key-file", keyFile, "--out", fa,
		"--bootstrap", "10", "--shuffles", "10", "-q"}, args...)...)
	a := people.FolderAudit(fa)
	if a == nil || a.Withheld == nil || len(a.Withheld.Sectors) != 0 || !slices.Contains(a.Withheld.Units, "UJA") || !slices.Contains(a.Withheld.Units, "UJB") {
		t.Fatalf("audit.json: want units UJA and UJB withheld and no sector, got %+v", a.Withheld)
	}
	files := map[string]string{"audit.json withheld": fmt.Sprintf("%+v", *a.Withheld)}
	for _, f := range []string{result.Facilitators.Name, result.FacilitatorSet.Name, result.SectorPairBridges.Name} {
		files[f] = clitest.ReadFile(t, filepath.Join(fa, f+".csv"))
	}
	if page := clitest.ReadFile(t, filepath.Join(fa, "facilitators.html")); !strings.Contains(page, i18n.T("id", "viz.fac.mergedUnits")) {
		t.Errorf("facilitators.html does not say that the hidden units of a sector count as one unit")
	}
	return files
}

// sameTables reports every table of a that differs in b, at its first
// differing line, which tells what the tables must not (tells, such as
// "how the people of unit * are split").
func sameTables(t *testing.T, what, tells string, a, b map[string]string) {
	t.Helper()
	for name, x := range a {
		if y := b[name]; x != y {
			t.Errorf("%s: %s %s: %s", what, name, tells, clitest.FirstDiff([]byte(x), []byte(y)))
		}
	}
}

// TestFacilitatorsFilterWithheldUnitsSplitHidden: a filter keeps the
// people of unit * by the withheld units of their sector taken as one
// unit. Over the real units, --position "Analis Uji" (passed by the eight
// people of pesisir alone) listed the six of UJB when UJA held the other
// two, and none when they were four and four: which rows of unit * are
// listed told who shares a unit. Now both splits list all eight and every
// table is the same. Review of session 26.
func TestFacilitatorsFilterWithheldUnitsSplitHidden(t *testing.T) {
	_, keyFile := clitest.Key(t, 26)
	args := []string{"--position", "Analis Uji", "--listed", "1000"}
	f1 := facilitatorsTables(t, pesisirStudy(t, "12"), keyFile, args...)
	f2 := facilitatorsTables(t, pesisirStudy(t, "1234"), keyFile, args...)
	if n := strings.Count(f1[result.Facilitators.Name], ",*,pesisir,"); n != 8 {
		t.Errorf("%d people of unit * listed, want the eight who pass the filter", n)
	}
	sameTables(t, "--position", "tells how the people of unit * are split", f1, f2)
}

// TestFacilitatorsSetWithheldUnitsSplitHidden: the set takes the withheld
// units of a sector for one OPD (the cap --per-opd) and, with --cover
// units, for one unit covered. Over the real units, with --per-opd 1 the
// set held the best of UJA and the best of UJB: UJ-2 and UJ-8 when UJA
// held UJ-1 and UJ-2, UJ-4 and UJ-8 when it held UJ-1 to UJ-4, and the
// units covered counted UJA and UJB apart. Review of session 26.
func TestFacilitatorsSetWithheldUnitsSplitHidden(t *testing.T) {
	_, keyFile := clitest.Key(t, 26)
	s1, s2 := pesisirStudy(t, "12"), pesisirStudy(t, "1234")
	for _, cover := range []string{"sector-pairs", "units"} {
		args := []string{"--cover", cover, "--per-opd", "1", "--set-size", "60", "--listed", "1000"}
		f1 := facilitatorsTables(t, s1, keyFile, args...)
		f2 := facilitatorsTables(t, s2, keyFile, args...)
		if n := strings.Count(f1[result.FacilitatorSet.Name], ",*,pesisir,"); n != 1 {
			t.Errorf("--cover %s: %d people of unit * in the set, want one (the withheld units of pesisir are one OPD)", cover, n)
		}
		sameTables(t, "--cover "+cover, "tells how the people of unit * are split", f1, f2)
	}
}

// TestFacilitatorsFewPositionsRankedInformal: without --reveal, a
// coordinating position held by fewer than --min-group people of a unit
// does not set its holder apart. Two studies that differ only in whether
// UJ-8, of a unit UJA of eight people, is "Kepala Bagian Umum" (the one
// coordinating position of UJA) or "Analis Uji" as the others give the
// same tables. Before session 26 the Kepala Bagian was left out of every
// list (people_left_out 1); listed as a formal coordinator by position,
// as an earlier version did, the row named them; and left out, their
// absence from the informal ranking, whose weights analyze --level
// person's edges.csv of the same key gives, said the same. Now they are
// ranked with the informal people.
func TestFacilitatorsFewPositionsRankedInformal(t *testing.T) {
	_, keyFile := clitest.Key(t, 26)
	run := func(position string) map[string]string {
		dir := pesisirStudy(t, "12345678")
		path := filepath.Join(dir, "people.csv")
		b := clitest.ReadFile(t, path)
		b2 := strings.Replace(b, "UJ-8,UJA,Pegawai Uji 8,Analis Uji,", "UJ-8,UJA,Pegawai Uji 8,"+position+",", 1)
		if b2 == b && position != "Analis Uji" {
			t.Fatal("UJ-8 not found in people.csv")
		}
		if err := os.WriteFile(path, []byte(b2), 0o644); err != nil {
			t.Fatal(err)
		}
		fa := filepath.Join(t.TempDir(), "fasilitator")
		analyzeOK(t, "facilitators", dir, "--purpose", "uji", "--key-file", keyFile, "--out", fa, "--listed", "1000",
			"--bootstrap", "10", "--shuffles", "10", "-q")
		files := map[string]string{"audit.json withheld": fmt.Sprintf("%+v", *people.FolderAudit(fa).Withheld)}
		if page := clitest.ReadFile(t, filepath.Join(fa, "facilitators.html")); !strings.Contains(page, i18n.T("id", "viz.fac.formalFew", 5)) {
			t.Errorf("facilitators.html does not say that a coordinating position held by few is ranked with the informal people")
		}
		for _, f := range []string{result.Facilitators.Name, result.FacilitatorSet.Name, result.SectorPairBridges.Name} {
			files[f] = clitest.ReadFile(t, filepath.Join(fa, f+".csv"))
		}
		return files
	}
	f1, f2 := run("Analis Uji"), run("Kepala Bagian Umum")
	if n := strings.Count(f2[result.Facilitators.Name], ",UJA,pesisir,"); n != 8 {
		t.Errorf("%d people of UJA listed, want all eight, the Kepala Bagian among the informal", n)
	}
	sameTables(t, "facilitators", "tells who holds UJA's one coordinating position", f1, f2)
}

// TestFacilitatorsFewExternalBesideHidden: without --reveal, facilitators
// lists nobody of a group of unit or sector * that holds staff of external
// units, who are never listed, but fewer than --min-group of them. The
// generated study with three of its six DPRD members moved to RSUD
// withholds the DPRD of three with sosial (23 people of sector *). Listing
// sosial's people of sector * left, beside analyze --level person's rows
// of sector * (one key), the three DPRD members as the rows not listed;
// and two studies that differ only in whether DPRD003 or a DINSOS person
// is the DPRD member listed the one or the other, the ranks of the others
// shifting with them. Now neither study lists anyone of sector *, the
// external staff of the group are ranked as informal people, every table
// is the same, and audit.json counts the group (hidden_beside_external).
// Review of session 26.
func TestFacilitatorsFewExternalBesideHidden(t *testing.T) {
	_, keyFile := clitest.Key(t, 26)
	run := func(swap bool) map[string]string {
		dir := filepath.Join(t.TempDir(), "studi")
		if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "people.csv")
		lines := strings.Split(clitest.ReadFile(t, path), "\n")
		dinsos := ""
		for i, l := range lines {
			id, rest, _ := strings.Cut(l, ",")
			switch {
			case id == "DPRD004" || id == "DPRD005" || id == "DPRD006":
				lines[i] = id + "," + strings.Replace(rest, "DPRD,", "RSUD,", 1)
			case id == "DPRD003" && swap:
				lines[i] = id + "," + strings.Replace(rest, "DPRD,", "DINSOS,", 1)
			case strings.HasPrefix(rest, "DINSOS,") && strings.HasSuffix(l, ",,") && dinsos == "":
				dinsos = id
				if swap {
					lines[i] = id + "," + strings.Replace(rest, "DINSOS,", "DPRD,", 1)
				}
			}
		}
		if dinsos == "" {
			t.Fatal("no DINSOS person in the generated study")
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		fa := filepath.Join(t.TempDir(), "fasilitator")
		analyzeOK(t, "facilitators", dir, "--purpose", "uji", "--key-file", keyFile, "--out", fa, "--listed", "1000",
			"--bootstrap", "10", "--shuffles", "10", "-q")
		var a struct {
			Withheld struct {
				Sectors []string `json:"sectors"`
				Hidden  int      `json:"hidden_beside_external"`
			} `json:"withheld"`
		}
		if err := json.Unmarshal([]byte(clitest.ReadFile(t, filepath.Join(fa, "audit.json"))), &a); err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(a.Withheld.Sectors, "eksternal") || !slices.Contains(a.Withheld.Sectors, "sosial") {
			t.Fatalf("facilitators withholds sectors %v, want eksternal (a DPRD of three) and sosial: the check proves nothing", a.Withheld.Sectors)
		}
		if a.Withheld.Hidden == 0 {
			t.Errorf("audit.json: hidden_beside_external is 0 or missing")
		}
		files := map[string]string{"audit.json withheld": fmt.Sprint(a.Withheld)}
		for _, f := range []string{result.Facilitators.Name, result.FacilitatorSet.Name, result.SectorPairBridges.Name} {
			files[f] = clitest.ReadFile(t, filepath.Join(fa, f+".csv"))
		}
		if n := strings.Count(files[result.Facilitators.Name], ",*,*,"); n > 0 {
			t.Errorf("%d people of sector * listed beside a DPRD of three", n)
		}
		if page := clitest.ReadFile(t, filepath.Join(fa, "facilitators.html")); !strings.Contains(page, "tidak pernah dicantumkan, tetapi kurang dari 5 orang") {
			t.Errorf("facilitators.html does not say why nobody of sector * is listed")
		}
		return files
	}
	f1, f2 := run(false), run(true)
	sameTables(t, "facilitators", "tells which person of sector * is DPRD staff", f1, f2)
}

// TestFacilitatorsFewUnitStaffRankedInformal: without --reveal, the staff
// of a withheld coordinator unit are not listed apart when they, or the
// other people of their group of unit *, are fewer than --min-group. With
// UJA (two people) a coordinator unit withheld with UJB (six), the formal
// list held UJA's two as formal_by unit rows of unit *, so UJB's six were
// the informal rows of *: a QA run of session 30 traced a withheld
// education office of four that way. Two studies that differ only in
// which two people work in UJA now give the same tables, all eight ranked
// with the informal people.
func TestFacilitatorsFewUnitStaffRankedInformal(t *testing.T) {
	_, keyFile := clitest.Key(t, 30)
	run := func(inA string) map[string]string {
		dir := pesisirStudy(t, inA)
		path := filepath.Join(dir, "units.csv")
		b := clitest.ReadFile(t, path)
		b2 := strings.Replace(b, "UJA,Unit Uji A,pesisir,,internal", "UJA,Unit Uji A,pesisir,,coordinator", 1)
		if b2 == b {
			t.Fatal("UJA not found in units.csv")
		}
		if err := os.WriteFile(path, []byte(b2), 0o644); err != nil {
			t.Fatal(err)
		}
		files := facilitatorsTables(t, dir, keyFile, "--listed", "1000")
		for _, l := range strings.Split(files[result.Facilitators.Name], "\n") {
			if strings.HasPrefix(l, "formal,") && strings.Contains(l, ",*,pesisir,unit,") {
				t.Errorf("UJA (in %q) listed apart as formal by unit: %s", inA, l)
			}
		}
		if n := strings.Count(files[result.Facilitators.Name], ",*,pesisir,"); n != 8 {
			t.Errorf("UJA in %q: %d people of unit * in pesisir listed, want all eight", inA, n)
		}
		return files
	}
	f1, f2 := run("12"), run("78")
	sameTables(t, "facilitators", "tells who works in the coordinator unit UJA", f1, f2)
}
