package outcheck

import (
	"path/filepath"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestFacilitatorsHolesAsPeople: a listed person's Burt measures, and the
// other figures facilitators.csv shares with people.csv, are written the
// same in both, to the last digit, on one key. facilitators numbers the
// people by id and analyze --level person by pseudonym, and Burt's sums
// followed the numbering: on generate --seed 960 --scale 0.1, 29 of the
// 59 rows differed in the 15th digit (constraint 0.487041721020212 in
// facilitators.csv, ...213 in people.csv), so a reader joining the two by
// pseudonym saw two values of one measure.
func TestFacilitatorsHolesAsPeople(t *testing.T) {
	_, keyFile := clitest.Key(t, 60)
	dir := t.TempDir()
	study := filepath.Join(dir, "study")
	analyzeOK(t, "generate", "--seed", "960", "--scale", "0.1", "--out", study)
	fac, ana := filepath.Join(dir, "fac"), filepath.Join(dir, "ana")
	analyzeOK(t, "facilitators", study, "--purpose", "uji", "--key-file", keyFile, "--out", fac, "--bootstrap", "20", "--shuffles", "10", "-q")
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", ana, "--permutations", "10", "-q")
	rows := map[string]map[string]string{}
	for _, r := range clitest.ReadCSV(t, filepath.Join(ana, "people.csv")) {
		rows[r["person_id"]] = r
	}
	listed := clitest.ReadCSV(t, filepath.Join(fac, "facilitators.csv"))
	if len(listed) < 20 {
		t.Fatalf("%d rows in facilitators.csv, want at least 20", len(listed))
	}
	for _, f := range listed {
		p, ok := rows[f["pseudonym"]]
		if !ok {
			t.Fatalf("%s of facilitators.csv has no row in people.csv", f["pseudonym"])
		}
		for _, c := range []string{"constraint", "effective_size", "hierarchy", "betweenness", "strength", "participation_sector",
			"coordinator", "itinerant", "representative", "gatekeeper", "liaison"} {
			if f[c] != p[c] {
				t.Errorf("%s: %s %s in facilitators.csv, %s in people.csv", f["pseudonym"], c, f[c], p[c])
			}
		}
	}
}
