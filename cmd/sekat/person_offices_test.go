package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/sekat-ona/sekat/internal/golden"
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
	_, keyFile := testKey(t, 17)
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
}
