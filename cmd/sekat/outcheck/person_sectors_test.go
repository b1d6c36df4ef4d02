package outcheck

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
	_ "github.com/sekat-ona/sekat/internal/golden"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

// TestPersonWithheldSectorsSplitHidden: at person level the outputs do not
// say how the people shown with sector * are split between the withheld
// sectors. Two studies that differ only in whether one person of the
// withheld units UJA (sector pesisir) and UJB (sector kelautan) belongs to
// the one or the other give the same people.csv, edges.csv and whole-
// network figures. Review of session 23: the brokerage roles of
// people.csv (by sector) and participation_sector, checked against
// edges.csv for each of the 64 ways to split seven people of sector *
// into two, matched one split only, the real one, which gave back the
// three people of a withheld DPRD; modularity_sector and the other
// whole-network sector figures of summary.json likewise.
func TestPersonWithheldSectorsSplitHidden(t *testing.T) {
	_, keyFile := clitest.Key(t, 23)
	run := func(third string) (staff, edges string, network []byte) {
		dir := splitSectorStudy(t, third)
		out := filepath.Join(t.TempDir(), "out")
		analyzeOK(t, "analyze", dir, "--level", "person", "--key-file", keyFile, "--out", out, "--permutations", "10", "-q")
		a := people.FolderAudit(out)
		if a == nil || a.Withheld == nil || strings.Join(a.Withheld.Sectors, ",") != "kelautan,pesisir" {
			t.Fatalf("audit.json: want sectors kelautan and pesisir withheld, got %+v", a)
		}
		p, err := os.ReadFile(filepath.Join(out, "people.csv"))
		if err != nil {
			t.Fatal(err)
		}
		e, err := os.ReadFile(filepath.Join(out, "edges.csv"))
		if err != nil {
			t.Fatal(err)
		}
		var s struct {
			Network json.RawMessage `json:"network"`
			ByLayer json.RawMessage `json:"network_by_layer"`
		}
		b, err := os.ReadFile(filepath.Join(out, "summary.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		return string(p), string(e), append(s.Network, s.ByLayer...)
	}
	p1, e1, w1 := run("UJA")
	p2, e2, w2 := run("UJB")
	if e1 != e2 {
		t.Fatal("edges.csv differs: the two studies are not the same network")
	}
	if p1 != p2 {
		l1, l2 := strings.Split(p1, "\n"), strings.Split(p2, "\n")
		for i := range min(len(l1), len(l2)) {
			if l1[i] != l2[i] {
				t.Errorf("people.csv line %d tells the split of sector *:\n%s\n%s", i+1, l1[i], l2[i])
			}
		}
	}
	if string(w1) != string(w2) {
		t.Errorf("summary.json's network figures tell the split of sector *:\n%s\n%s", w1, w2)
	}
}

// splitSectorStudy is the generated study (seed 1, scale 0.1) with six
// more people in two units of sectors of their own, UJA (pesisir) and UJB
// (kelautan), both withheld: UJ-1 and UJ-2 in UJA, UJ-4 to UJ-6 in UJB,
// and UJ-3 in third. They write letters round a ring, to a BAPENDA
// person, and the even ones get letters from a SETDA person. The two
// studies (third UJA or UJB) have the same network; only the split of
// sector * between the withheld sectors differs.
func splitSectorStudy(t *testing.T, third string) string {
	t.Helper()
	dir, first := clitest.SeedOneStudy(t, "BAPENDA", "SETDA")
	bapenda, setda := first["BAPENDA"], first["SETDA"]
	var ppl, letters strings.Builder
	for i := 1; i <= 6; i++ {
		unit := "UJA"
		if i > 3 || (i == 3 && third == "UJB") {
			unit = "UJB"
		}
		fmt.Fprintf(&ppl, "UJ-%d,%s,Pegawai Uji %d,Staf,,\n", i, unit, i)
		for m := 1; m <= 12; m++ {
			to := fmt.Sprintf("UJ-%d", i%6+1)
			if m%3 == 0 {
				to = bapenda
			}
			fmt.Fprintf(&letters, "SRT-UJ-%d-%d,2025-%02d-15 09:00:00,UJ-%d,%s,,nota_dinas,\n", i, m, m, i, to)
			if i%2 == 0 {
				fmt.Fprintf(&letters, "SRT-SD-%d-%d,2025-%02d-16 09:00:00,%s,UJ-%d,,nota_dinas,\n", i, m, m, setda, i)
			}
		}
	}
	clitest.AppendTables(t, dir, map[string]string{"units.csv": "UJA,Unit Uji A,pesisir,,internal\nUJB,Unit Uji B,kelautan,,internal\n",
		"people.csv": ppl.String(), "correspondence.csv": letters.String()})
	return dir
}

// TestPersonUnitsMapHiddenPerSector: the person-level map drawn as units
// (more people than --max-nodes) draws the withheld units of each sector
// as a "*" in that sector's box, not one "*" for all of them in the box of
// whichever sector came last. The review of session 23 found one "*" of
// 30 people in the box of kesehatan, which held 6 of them; the other
// sectors' withheld people were drawn in no box of theirs.
func TestPersonUnitsMapHiddenPerSector(t *testing.T) {
	study := clitest.SmallUnitStudy(t)
	f, err := os.OpenFile(filepath.Join(study, "people.csv"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	// a second small unit, in another sector than UJI's keuangan
	bapenda := clitest.FirstStaff(t, study, "BAPENDA")["BAPENDA"]
	for i := 1; i <= 2; i++ {
		fmt.Fprintf(f, "UJP-%d,UJP,Pegawai Uji %d,Staf,,\n", i, i)
	}
	f.Close()
	for name, text := range map[string]string{"units.csv": "UJP,Unit Uji Pesisir,kesehatan,,internal\n",
		"correspondence.csv": "SRT-UJP-1,2025-03-03 09:00:00,UJP-1," + bapenda + ",,nota_dinas,\nSRT-UJP-2,2025-03-04 09:00:00,UJP-2," + bapenda + ",,nota_dinas,\n"} {
		f, err := os.OpenFile(filepath.Join(study, name), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(text)
		f.Close()
	}
	_, keyFile := clitest.Key(t, 23)
	out := filepath.Join(t.TempDir(), "peta.dot")
	analyzeOK(t, "map", study, "--level", "person", "--key-file", keyFile, "--max-nodes", "60", "--format", "dot", "--out", out, "-q")
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	sectors := map[string]bool{}
	for _, m := range regexp.MustCompile(`tooltip="\*\\n[^\\"]*: ([^\\"]*)\\n`).FindAllStringSubmatch(string(b), -1) {
		sectors[m[1]] = true
	}
	if !sectors["keuangan"] || !sectors["kesehatan"] {
		t.Errorf("the withheld units of keuangan and kesehatan are not each drawn as * in their sector (got * in %v):\n%s", sectors, b)
	}
}

// TestPersonUnitsMapCountsPeople: the title of the person-level map drawn
// as units counts people, not the unit nodes (offices named directly)
// with them: the review of session 23 read "53 pegawai terlalu banyak" of
// a study of 50 people and 3 such offices.
func TestPersonUnitsMapCountsPeople(t *testing.T) {
	study := clitest.SmallUnitStudy(t)
	_, keyFile := clitest.Key(t, 23)
	dir := t.TempDir()
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", filepath.Join(dir, "hasil"), "--permutations", "10", "-q")
	persons, offices := 0, 0
	for _, r := range clitest.ReadCSV(t, filepath.Join(dir, "hasil", "people.csv")) {
		if r["kind"] == "person" {
			persons++
		} else {
			offices++
		}
	}
	if offices == 0 {
		t.Fatal("the study has no unit node: the check proves nothing")
	}
	out := filepath.Join(dir, "peta.dot")
	analyzeOK(t, "map", study, "--level", "person", "--key-file", keyFile, "--max-nodes", "60", "--format", "dot", "--out", out, "-q", "--lang", "en")
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`([0-9,]+) people are too many`).FindStringSubmatch(string(b))
	if m == nil {
		t.Fatalf("no count of people in the title:\n%s", b)
	}
	if got := strings.ReplaceAll(m[1], ",", ""); got != strconv.Itoa(persons) {
		t.Errorf("the title counts %s people, people.csv has %d people and %d unit nodes", m[1], persons, offices)
	}
}

// TestPersonReportRolesDefinition: the person-level report's definition
// of the community roles points to the people table and people.csv, where
// the roles are, not to the units table and units.csv, which a
// person-level run does not write (review of session 23).
func TestPersonReportRolesDefinition(t *testing.T) {
	study := clitest.SmallUnitStudy(t)
	_, keyFile := clitest.Key(t, 23)
	for _, lang := range []string{"id", "en"} {
		out := filepath.Join(t.TempDir(), "hasil")
		analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", out, "--permutations", "10", "-q", "--lang", lang)
		b, err := os.ReadFile(filepath.Join(out, "report.html"))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"id": "di people.csv peran ini", "en": "people.csv codes these roles"}[lang]
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: the definition of the roles does not say %q", lang, want)
		}
	}
}

// TestFacilitatorsWithheldSectorsSplitHidden: facilitators, run with the
// key of analyze --level person, does not say how the people of sector *
// are split between the withheld sectors through its brokerage and
// participation figures. Review of session 24, joining the two outputs by
// pseudonym: the expected brokerage counts were reckoned over the real
// sectors, so exp_coordinator of a row of sector * gave the size of that
// person's withheld sector and exp_itinerant of any row the sum of n(n-1)
// over the withheld sectors (2 and 4 people, not 3 and 3); with
// participation_sector and the roles, checked against analyze's edges.csv
// for each of the 32 ways to split six people of sector * into two
// sectors, one split was left, the real one. Two studies that differ only
// in the withheld sector of one person must give every person listed the
// same roles, expected values, SD, z, shuffled-label z and
// participation_sector.
func TestFacilitatorsWithheldSectorsSplitHidden(t *testing.T) {
	_, keyFile := clitest.Key(t, 24)
	cols := []string{"participation_sector"}
	for _, p := range []string{"", "exp_", "sd_", "z_", "z_perm_"} {
		for _, r := range []string{"coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"} {
			if r == "total" && (p == "" || p == "z_perm_") {
				continue
			}
			cols = append(cols, p+r)
		}
	}
	run := func(third string) (rows map[string]map[string]string, hidden []string) {
		dir := splitSectorStudy(t, third)
		an := filepath.Join(t.TempDir(), "hasil")
		analyzeOK(t, "analyze", dir, "--level", "person", "--key-file", keyFile, "--out", an, "--permutations", "10", "-q")
		for _, r := range clitest.ReadCSV(t, filepath.Join(an, "people.csv")) {
			if r["kind"] == "person" && r["sector"] == "*" {
				hidden = append(hidden, r["person_id"])
			}
		}
		fa := filepath.Join(t.TempDir(), "fasilitator")
		// every informal person with cross-sector weight listed, those of
		// sector * with them
		analyzeOK(t, "facilitators", dir, "--purpose", "uji", "--key-file", keyFile, "--out", fa, "--listed", "1000",
			"--bootstrap", "10", "--shuffles", "10", "-q")
		rows = map[string]map[string]string{}
		for _, r := range clitest.ReadCSV(t, filepath.Join(fa, result.Facilitators.Name+".csv")) {
			rows[r["pseudonym"]] = r
		}
		return rows, hidden
	}
	r1, h1 := run("UJA")
	r2, h2 := run("UJB")
	if len(h1) != 6 || !slices.Equal(h1, h2) {
		t.Fatalf("analyze shows %v and %v in sector *, want the same six people", h1, h2)
	}
	for _, p := range h1 {
		if r1[p] == nil || r2[p] == nil || r1[p]["sector"] != "*" {
			t.Fatalf("%s of sector * is not listed by facilitators in both studies: the check proves nothing", p)
		}
	}
	compared := 0
	for p, a := range r1 {
		b := r2[p]
		if b == nil {
			continue
		}
		compared++
		for _, c := range cols {
			if a[c] != b[c] {
				t.Errorf("%s (sector %s): %s is %s or %s as one person of sector * is in one withheld sector or the other", p, a["sector"], c, a[c], b[c])
			}
		}
	}
	if compared < len(r1)/2 {
		t.Fatalf("only %d of %d people are listed in both studies", compared, len(r1))
	}
}

// TestFacilitatorsWithheldSectorsTablesSame: not only the brokerage
// figures, every figure facilitators shows is the same whichever withheld
// sector a person of sector * is in: cross_sector_weight, reach,
// sector_pairs, sector_pairs_lost, the rank and its interval, the reason
// (which counts the other sectors) and the set. Over the real sectors
// (session 24 left them so) the ring of six people split 3+3 or 2+4
// between pesisir and kelautan gave persons 2, 3 and 4 other
// cross-sector weights: beside analyze's edges.csv of the same key, the
// weight of a person of sector * minus their weight to shown sectors is
// their weight to the people of sector * in another withheld sector.
func TestFacilitatorsWithheldSectorsTablesSame(t *testing.T) {
	_, keyFile := clitest.Key(t, 24)
	run := func(third string) map[string]string {
		dir := splitSectorStudy(t, third)
		files := map[string]string{}
		for _, cover := range []string{"sector-pairs", "units"} {
			fa := filepath.Join(t.TempDir(), "fasilitator")
			analyzeOK(t, "facilitators", dir, "--purpose", "uji", "--key-file", keyFile, "--out", fa, "--listed", "1000",
				"--cover", cover, "--bootstrap", "10", "--shuffles", "10", "-q")
			for _, f := range []string{result.Facilitators.Name, result.FacilitatorSet.Name, result.SectorPairBridges.Name} {
				files[cover+" "+f] = clitest.ReadFile(t, filepath.Join(fa, f+".csv"))
			}
			if page := clitest.ReadFile(t, filepath.Join(fa, "facilitators.html")); !strings.Contains(page, i18n.T("id", "viz.fac.mergedSectors")) {
				t.Errorf("facilitators.html does not say that the hidden sectors count as one sector")
			}
		}
		return files
	}
	f1, f2 := run("UJA"), run("UJB")
	if strings.Count(f1["sector-pairs "+result.Facilitators.Name], ",*,*,") < 4 {
		t.Fatal("fewer than four people of sector * are listed: the check proves little")
	}
	for name, a := range f1 {
		if b := f2[name]; a != b {
			l1, l2 := strings.Split(a, "\n"), strings.Split(b, "\n")
			for i := range min(len(l1), len(l2)) {
				if l1[i] != l2[i] {
					t.Errorf("%s line %d tells which withheld sector a person of sector * is in:\n%s\n%s", name, i+1, l1[i], l2[i])
					break
				}
			}
		}
	}
}

// TestFacilitatorsWithheldUnitsSplitHidden: the same check for two small
// units of a shown sector (UJA and UJB both in keuangan, withheld as unit
// *): facilitators' tables, by sector pairs and by units, are byte for
// byte the same whichever of the two units one of their people is in, so
// joined with analyze's outputs of the same key (also the same) they do
// not tell which people of unit * share a unit. A person's unit_share, a
// figure of the unit, would (TestFacilitatorsWithheldUnitShare).
func TestFacilitatorsWithheldUnitsSplitHidden(t *testing.T) {
	_, keyFile := clitest.Key(t, 24)
	run := func(third string) map[string]string {
		dir := splitSectorStudy(t, third)
		units := filepath.Join(dir, "units.csv")
		b, err := os.ReadFile(units)
		if err != nil {
			t.Fatal(err)
		}
		b = []byte(strings.NewReplacer("Unit Uji A,pesisir,", "Unit Uji A,keuangan,", "Unit Uji B,kelautan,", "Unit Uji B,keuangan,").Replace(string(b)))
		if err := os.WriteFile(units, b, 0o644); err != nil {
			t.Fatal(err)
		}
		files := map[string]string{}
		an := filepath.Join(t.TempDir(), "hasil")
		analyzeOK(t, "analyze", dir, "--level", "person", "--key-file", keyFile, "--out", an, "--permutations", "10", "-q")
		a := people.FolderAudit(an)
		if a == nil || a.Withheld == nil || len(a.Withheld.Sectors) != 0 || strings.Join(a.Withheld.Units, ",") != "UJA,UJB" {
			t.Fatalf("audit.json: want units UJA and UJB withheld and no sector, got %+v", a)
		}
		for _, f := range []string{"people.csv", "edges.csv", "groups.csv"} {
			files["analyze "+f] = clitest.ReadFile(t, filepath.Join(an, f))
		}
		for _, cover := range []string{"sector-pairs", "units"} {
			fa := filepath.Join(t.TempDir(), "fasilitator")
			analyzeOK(t, "facilitators", dir, "--purpose", "uji", "--key-file", keyFile, "--out", fa, "--listed", "1000",
				"--cover", cover, "--bootstrap", "10", "--shuffles", "10", "-q")
			for _, f := range []string{result.Facilitators.Name, result.FacilitatorSet.Name, result.SectorPairBridges.Name} {
				files[cover+" "+f] = clitest.ReadFile(t, filepath.Join(fa, f+".csv"))
			}
		}
		return files
	}
	f1, f2 := run("UJA"), run("UJB")
	if !strings.Contains(f1["sector-pairs "+result.Facilitators.Name], ",*,keuangan,") {
		t.Fatal("no person of unit * is listed: the check proves nothing")
	}
	for name, a := range f1 {
		if b := f2[name]; a != b {
			l1, l2 := strings.Split(a, "\n"), strings.Split(b, "\n")
			for i := range min(len(l1), len(l2)) {
				if l1[i] != l2[i] {
					t.Errorf("%s line %d tells which withheld unit a person of unit * is in:\n%s\n%s", name, i+1, l1[i], l2[i])
					break
				}
			}
		}
	}
}

// TestPersonWithheldSameInEveryOutput: analyze --level person withholds
// the groups facilitators withholds, so that joining the two outputs of
// one window does not single out a small group. The generated study with
// a sector pesisir of three people: by size alone its complementary
// partner is eksternal (DPRD, six people), whose staff facilitators never
// lists, so facilitators withholds sosial too (people.PlanForListed). The
// review of session 24 found analyze withholding only pesisir and
// eksternal: the three people shown as * by facilitators and as * by
// analyze (joined by pseudonym) were the three of pesisir.
func TestPersonWithheldSameInEveryOutput(t *testing.T) {
	_, keyFile := clitest.Key(t, 24)
	dir, first := clitest.SeedOneStudy(t, "BAPENDA", "SETDA")
	external := map[string]bool{}
	for _, r := range clitest.ReadCSV(t, filepath.Join(dir, "units.csv")) {
		external[r["unit_id"]] = r["kind"] == "external"
	}
	bapenda, setda := first["BAPENDA"], first["SETDA"]
	var ppl, letters strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&ppl, "UJ-%d,UJA,Pegawai Uji %d,Staf,,\n", i, i)
		for m := 1; m <= 12; m++ {
			to := fmt.Sprintf("UJ-%d", i%3+1)
			if m%3 == 0 {
				to = bapenda
			}
			fmt.Fprintf(&letters, "SRT-UJ-%d-%d,2025-%02d-15 09:00:00,UJ-%d,%s,,nota_dinas,\n", i, m, m, i, to)
			fmt.Fprintf(&letters, "SRT-SD-%d-%d,2025-%02d-16 09:00:00,%s,UJ-%d,,nota_dinas,\n", i, m, m, setda, i)
		}
	}
	clitest.AppendTables(t, dir, map[string]string{"units.csv": "UJA,Unit Uji A,pesisir,,internal\n",
		"people.csv": ppl.String(), "correspondence.csv": letters.String()})
	an := filepath.Join(t.TempDir(), "hasil")
	analyzeOK(t, "analyze", dir, "--level", "person", "--key-file", keyFile, "--out", an, "--permutations", "10", "-q")
	fa := filepath.Join(t.TempDir(), "fasilitator")
	analyzeOK(t, "facilitators", dir, "--purpose", "uji", "--key-file", keyFile, "--out", fa, "--listed", "1000",
		"--bootstrap", "10", "--shuffles", "10", "-q")
	aw, fw := people.FolderAudit(an), people.FolderAudit(fa)
	if aw == nil || aw.Withheld == nil || fw == nil || fw.Withheld == nil {
		t.Fatal("no audit.json record of what was withheld")
	}
	if !slices.Contains(fw.Withheld.Sectors, "pesisir") || !slices.Contains(fw.Withheld.Sectors, "sosial") {
		t.Fatalf("facilitators withholds sectors %v, want pesisir with a partner whose people can be listed (sosial): the check proves nothing", fw.Withheld.Sectors)
	}
	if !slices.Equal(aw.Withheld.Sectors, fw.Withheld.Sectors) || !slices.Equal(aw.Withheld.Units, fw.Withheld.Units) {
		t.Errorf("analyze withholds sectors %v and units %v, facilitators sectors %v and units %v",
			aw.Withheld.Sectors, aw.Withheld.Units, fw.Withheld.Sectors, fw.Withheld.Units)
	}
	// The attack: people of sector * in both outputs.
	hidden := map[string]bool{}
	for _, r := range clitest.ReadCSV(t, filepath.Join(an, "people.csv")) {
		if r["kind"] == "person" && r["sector"] == "*" {
			hidden[r["person_id"]] = true
		}
	}
	both := 0
	for _, r := range clitest.ReadCSV(t, filepath.Join(fa, result.Facilitators.Name+".csv")) {
		if r["sector"] == "*" && hidden[r["pseudonym"]] {
			both++
		}
	}
	if both > 0 && both < 5 {
		t.Errorf("%d people are of sector * in both outputs: a group of fewer than 5 (pesisir has 3)", both)
	}
}
