package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	_ "github.com/sekat-ona/sekat/internal/golden"
	"github.com/sekat-ona/sekat/people"
)

// TestPersonLevelOfficesWithheld: at person level a withheld unit (UJI, 3
// people) in a withheld sector of its own (pesisir) is named nowhere, also
// not through its unit node (the office as a data-sharing party, which
// kept its id and sector), the mixing matrix, the briefing (refused
// datasets, carriers, recommendations) or briefing.json. The command
// review found UJI's office, with sector pesisir and its figures, in
// people.csv, edges.csv, every export, the maps and the briefing.
func TestPersonLevelOfficesWithheld(t *testing.T) {
	study := smallUnitStudy(t)
	units, err := os.ReadFile(filepath.Join(study, "units.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(study, "units.csv"), []byte(strings.Replace(string(units), "UJI,Unit Uji Kecil,keuangan,", "UJI,Unit Uji Kecil,pesisir,", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(study, "data_sharing.csv"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"2025-03-03 09:00:00,UJI,DINSOS,Data Pesisir,denied,1\n", "2025-04-03 09:00:00,UJI,DINKES,Data Pesisir,denied,1\n",
		"2025-05-05 09:00:00,DINSOS,UJI,DTKS,denied,1\n", "2025-06-02 09:00:00,UJI,SETDA,Data Pesisir,granted,1\n"} {
		f.WriteString(line)
	}
	f.Close()
	_, keyFile := clitest.Key(t, 17)
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", out, "--permutations", "10", "-q")
	exp := filepath.Join(t.TempDir(), "jejaring.gexf")
	analyzeOK(t, "export", study, "--level", "person", "--format", "gexf", "--key-file", keyFile, "--out", exp)
	files, _ := filepath.Glob(filepath.Join(out, "*"))
	for _, p := range append(files, exp) {
		if filepath.Base(p) == "audit.json" { // it lists what was withheld
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"UJI", "pesisir", "Unit Uji Kecil", "Data Pesisir"} {
			if strings.Contains(string(b), name) {
				t.Errorf("%s names the withheld %q", filepath.Base(p), name)
			}
		}
	}
	if a := folderAudit(out); a == nil || a.Withheld == nil || !strings.Contains(strings.Join(a.Withheld.Units, ","), "UJI") {
		t.Fatalf("audit.json does not withhold UJI: %+v", a)
	}
	// A person's E-I index is reckoned against their unit: of a withheld
	// unit's member it tells of the unit (1 for one alone in it), so its
	// cell is empty (review r4 of session 15).
	hidden := 0
	for _, r := range readCSV(t, filepath.Join(out, "people.csv")) {
		if r["kind"] == "person" && r["unit_id"] == "*" {
			hidden++
			if r["ei_index"] != "" {
				t.Errorf("%s of a withheld unit: ei_index %q, want empty", r["person_id"], r["ei_index"])
			}
		}
	}
	if hidden == 0 {
		t.Fatal("no person of a withheld unit in people.csv: the check proves nothing")
	}
}

// TestBriefingNoWithheldCarrier: at person level the briefing names no
// carrier of a sector pair that is a withheld unit (its office node shown
// as *1, *2, ...): review A of session 14 read "Sektor pendidikan–kesehatan:
// *3 memegang 91% bobot ikatan", and R4 the same, on a study with a 3-person
// unit that withheld its complement units too.
func TestBriefingNoWithheldCarrier(t *testing.T) {
	study := t.TempDir()
	if _, err := synth.Generate(study, synth.Options{Seed: 11, Scale: 0.015}); err != nil {
		t.Fatal(err)
	}
	people := readFile(t, filepath.Join(study, "people.csv"))
	lines := strings.Split(people, "\n")
	moved := 0
	for i, l := range lines {
		if i > 0 && strings.Contains(l, ",DISDIK,") && moved < 3 {
			lines[i] = strings.Replace(l, ",DISDIK,", ",UJI,", 1)
			moved++
		}
	}
	writeStudyFile(t, study, "people.csv", []byte(strings.Join(lines, "\n")))
	units := readFile(t, filepath.Join(study, "units.csv"))
	writeStudyFile(t, study, "units.csv", []byte(strings.TrimRight(units, "\n")+"\nUJI,Unit Uji Kecil,sosial,,internal\n"))
	_, keyFile := clitest.Key(t, 21)
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", out, "--permutations", "10", "-q")
	page := readFile(t, filepath.Join(out, "report.html"))
	if m := regexp.MustCompile(`\*\d+ (memegang|sendirian)`).FindString(page); m != "" {
		t.Errorf("report.html names a withheld carrier: %q", m)
	}
	if a := folderAudit(out); moved != 3 || a == nil || a.Withheld == nil || len(a.Withheld.Units) < 2 {
		t.Fatalf("%d people moved, audit %+v: the test proves nothing", moved, a)
	}
}

// TestPersonLevelOfficeFiguresWithheld: the unit node of a withheld unit
// (its office named directly, shown as *1, *2, ...) shows neither its E-I
// index nor a withheld community. The office's E-I index is reckoned
// against its unit, so -1 (every tie inside) beside its ties in edges.csv
// told which pseudonyms of unit * were its unit's people, and so the
// withheld unit's size; review of session 23 found *3 with ei_index -1
// in a study whose RSUD and Puskesmas were withheld together.
func TestPersonLevelOfficeFiguresWithheld(t *testing.T) {
	study := smallUnitStudy(t)
	f, err := os.OpenFile(filepath.Join(study, "data_sharing.csv"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	for m := 1; m <= 6; m++ {
		fmt.Fprintf(f, "2025-%02d-03 09:00:00,UJI,UJI-1,Data Uji,granted,1\n", m)
		fmt.Fprintf(f, "2025-%02d-04 09:00:00,UJI,UJI-2,Data Uji,granted,1\n", m)
	}
	f.Close()
	_, keyFile := clitest.Key(t, 17)
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", out, "--permutations", "10", "-q")
	a := folderAudit(out)
	if a == nil || a.Withheld == nil {
		t.Fatal("no audit.json with what was withheld")
	}
	hiddenComm := map[string]bool{}
	for _, c := range a.Withheld.Communities {
		hiddenComm[c] = true
	}
	offices := 0
	for _, r := range readCSV(t, filepath.Join(out, "people.csv")) {
		if r["kind"] == "person" {
			continue
		}
		if hiddenComm[r["community"]] {
			t.Errorf("unit node %s shows the withheld community %s", r["person_id"], r["community"])
		}
		if r["unit_id"] == "*" {
			offices++
			if r["ei_index"] != "" {
				t.Errorf("unit node %s of a withheld unit: ei_index %q, want empty", r["person_id"], r["ei_index"])
			}
		}
	}
	if offices == 0 {
		t.Fatal("no unit node of a withheld unit in people.csv: the check proves nothing")
	}
}

// TestExportAuditWithheld: the audit.json beside a person-level export
// that carries figures (gexf, graphml, dot, nodes, xlsx) says which units
// and sectors were withheld and how many people were shown with unit *,
// as the one beside a csv export does. The review of session 23 found
// "sectors": [], "units": [] and people_relabelled 0 beside a GEXF whose
// 30 people of withheld units were shown as *: the figures were reckoned
// on the network already relabelled, and that second pass, which
// withheld nothing more, replaced the record.
func TestExportAuditWithheld(t *testing.T) {
	study := smallUnitStudy(t)
	_, keyFile := clitest.Key(t, 17)
	for _, format := range []string{"csv", "gexf", "xlsx"} {
		out := filepath.Join(t.TempDir(), "jejaring."+format)
		analyzeOK(t, "export", study, "--level", "person", "--format", format, "--key-file", keyFile, "--out", out, "-q")
		b, err := os.ReadFile(auditPathBeside(out))
		if err != nil {
			t.Fatal(err)
		}
		var a people.Audit
		if err := json.Unmarshal(b, &a); err != nil {
			t.Fatal(err)
		}
		if a.Withheld == nil || !slices.Contains(a.Withheld.Units, "UJI") || a.Withheld.PeopleRelabelled < 3 {
			t.Errorf("%s: audit.json does not record UJI withheld with its 3 people: %s", format, b)
		}
	}
}

// TestPersonLevelOfficeCommunityWithheld: the unit node (office) of a
// community withheld under the minimum group size shows community 0, as
// the community's people do, in people.csv and the map: the review of
// session 23 found offices *1 and *3 with the withheld community 5 in
// people.csv, the tooltips of the map and its colours.
func TestPersonLevelOfficeCommunityWithheld(t *testing.T) {
	study := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(study, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	var ds, letters, ppl strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&ppl, "UJK-%d,UJK,Pegawai Uji %d,Staf,,\n", i, i)
	}
	for m := 1; m <= 12; m++ {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(&ds, "2025-%02d-0%d 09:00:00,UJK,UJK-%d,Data Uji,granted,1\n", m, i, i)
			for j := 1; j <= 3; j++ {
				if i != j {
					fmt.Fprintf(&letters, "SRT-UJK-%d-%d-%d,2025-%02d-1%d 10:00:00,UJK-%d,UJK-%d,,nota_dinas,\n", m, i, j, m, j, i, j)
				}
			}
		}
	}
	for name, text := range map[string]string{"units.csv": "UJK,Unit Uji Kecil,keuangan,,internal\n", "people.csv": ppl.String(),
		"data_sharing.csv": ds.String(), "correspondence.csv": letters.String()} {
		f, err := os.OpenFile(filepath.Join(study, name), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(text)
		f.Close()
	}
	key, keyFile := clitest.Key(t, 17)
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", out, "--permutations", "10", "-q")
	a := folderAudit(out)
	if a == nil || a.Withheld == nil {
		t.Fatal("no audit.json with what was withheld")
	}
	hiddenComm := map[string]bool{}
	for _, c := range a.Withheld.Communities {
		hiddenComm[c] = true
	}
	office := ""
	for _, r := range readCSV(t, filepath.Join(out, "people.csv")) {
		if r["person_id"] == key.Pseudonym("UJK-1") && r["community"] != "0" {
			t.Fatalf("UJK-1 is in the shown community %s: the study does not test a withheld community", r["community"])
		}
		if r["kind"] != "person" && r["unit_id"] == "*" && r["sector"] == "keuangan" {
			office = r["community"]
		}
	}
	if office != "0" {
		t.Errorf("UJK's office (with its 3 people in a withheld community, audit.json: %v) shows community %q, want 0", a.Withheld.Communities, office)
	}
}
