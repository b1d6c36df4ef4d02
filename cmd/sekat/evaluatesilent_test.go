package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvaluateSilentUnitNamed: a unit listed in reform.yaml without any
// tie in the periods evaluated (here DUMMY, a unit of units.csv without a
// letter, meeting or data request, added to the pilot of sekat generate
// --seed 1 --scale 0.3 --pilot) is named in a warning, in both languages,
// and did.csv's warnings column has its code. Before, the only hint was
// the arm's count of units with ties, which named neither the unit nor
// what to check.
func TestEvaluateSilentUnitNamed(t *testing.T) {
	dir, p := pilotStudy(t)
	units := filepath.Join(dir, "units.csv")
	b, err := os.ReadFile(units)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "unit_id,name,sector,parent_id,kind\n") {
		t.Fatalf("units.csv header changed: %.60q", b)
	}
	if err := os.WriteFile(units, append(b, []byte("DUMMY,Dinas Tanpa Data,"+p.Treated[0]+",,internal\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, treated string
		want          map[string]string
	}{
		{"silent unit listed", strings.Join(p.TreatedUnits, ", ") + ", DUMMY", map[string]string{
			"en": "1 unit of the treated arm (DUMMY) has no tie at all in the periods evaluated",
			"id": "1 unit kelompok yang diperlakukan (DUMMY) sama sekali tidak memiliki hubungan pada periode yang dievaluasi"}},
		{"every unit with ties", strings.Join(p.TreatedUnits, ", "), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reform := filepath.Join(t.TempDir(), "reform.yaml")
			y := "date: " + p.Date + "\ntreated: [" + tc.treated + "]\ncontrol: [" + strings.Join(p.ControlUnits, ", ") + "]\n"
			if err := os.WriteFile(reform, []byte(y), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, lang := range []string{"en", "id"} {
				out := filepath.Join(t.TempDir(), "evaluasi")
				_, stderr := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", out, "--resamples", "100", "-q", "--lang", lang)
				did := readFile(t, filepath.Join(out, "did.csv"))
				if tc.want == nil {
					if strings.Contains(stderr, "DUMMY") || strings.Contains(did, "units_without_ties") {
						t.Errorf("%s: a silent unit is named where none is listed:\n%s", lang, stderr)
					}
					continue
				}
				if !strings.Contains(stderr, tc.want[lang]) {
					t.Errorf("%s stderr:\n%s\nwant %q", lang, stderr, tc.want[lang])
				}
				if !strings.Contains(did, "units_without_ties") {
					t.Errorf("%s: did.csv's warnings lack units_without_ties:\n%.600s", lang, did)
				}
			}
		})
	}
}
