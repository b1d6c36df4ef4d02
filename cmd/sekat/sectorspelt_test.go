package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSectorSpeltApart: a units table typed by hand wrote one sector
// three ways (Kesehatan, kesehatan, "KESEHATAN ") and another two ways;
// sekat read five sectors of one unit each and said only "no sector
// holds two units or more (the units table has no sector column, …)",
// which sent the user looking for a missing column. validate and analyze
// now say which sectors are written apart, how, and what to do, on
// stderr and in summary.json's warnings, in both languages.
func TestSectorSpeltApart(t *testing.T) {
	dir := t.TempDir()
	study := filepath.Join(dir, "studi")
	writeStudyFile(t, study, "units.csv", []byte("unit_id,name,sector\nA,Dinas A,Kesehatan\nB,Dinas B,kesehatan\nC,Dinas C,KESEHATAN \nD,Dinas D,pendidikan\nE,Dinas E,Pendidikan\n"))
	writeStudyFile(t, study, "correspondence.csv", []byte("sent_at,sender,recipients\n2025-01-01,A,B\n2025-01-02,B,C\n2025-01-03,D,E\n2025-01-04,C,D\n"))
	ways := `("Kesehatan", "kesehatan", "KESEHATAN"; "pendidikan", "Pendidikan")`
	for _, lang := range []string{"id", "en"} {
		want := msg(lang, "warn.sectorSpelt", "units.csv", "2", strings.Trim(ways, "()"))
		code, _, stderr := sekat(t, "validate", study, "--lang", lang)
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: validate: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
		out := filepath.Join(dir, "hasil-"+lang)
		code, _, stderr = sekat(t, "analyze", study, "--out", out, "--lang", lang, "-q")
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("%s: analyze: exit %d, stderr lacks %q:\n%s", lang, code, want, stderr)
		}
		summary, err := os.ReadFile(filepath.Join(out, "summary.json"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(summary), `"code": "sector_spelt_apart"`) {
			t.Errorf("%s: summary.json has no warning sector_spelt_apart", lang)
		}
	}
	// sectors written one way each: no such warning
	writeStudyFile(t, study, "units.csv", []byte("unit_id,name,sector\nA,Dinas A,kesehatan\nB,Dinas B,kesehatan\nC,Dinas C,kesehatan\nD,Dinas D,pendidikan\nE,Dinas E,pendidikan\n"))
	if _, _, stderr := sekat(t, "validate", study, "--lang", "en"); strings.Contains(stderr, "letter case") {
		t.Errorf("sectors written one way are warned of:\n%s", stderr)
	}
}
