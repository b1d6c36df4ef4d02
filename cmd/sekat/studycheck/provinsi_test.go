package studycheck

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestProvinsiAgainstNetworkX compares units.csv's betweenness, harmonic
// closeness and Burt's constraint on a provinsi-shaped study (390 units,
// 16,689 ties: dense, unlike the demo of cmd/sekat's
// TestAnalyzeAgainstNetworkX) with NetworkX 2.8.8 computing them from the
// same run's edges.csv with the contract's weights and distance 1/w
// (testdata/reference/analyze_provinsi.py writes the golden file; its
// constraint is Burt's formula in numpy matrices, checked there against
// networkx.constraint). On --scale 0.3 of the same seed (59,655 ties)
// the three agreed within 5e-15 relative, the rounding of units.csv's 15
// significant digits; the test allows 1e-9.
func TestProvinsiAgainstNetworkX(t *testing.T) {
	b, err := os.ReadFile("../../../testdata/golden/analyze/provinsi_units.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	study, out := filepath.Join(dir, "studi"), filepath.Join(dir, "hasil")
	analyzeOK(t, "generate", "--preset", "provinsi", "--seed", "1010", "--scale", "0.02", "--out", study, "-q")
	analyzeOK(t, "analyze", study, "--permutations", "10", "--out", out, "-q")
	units := clitest.ReadCSV(t, filepath.Join(out, "units.csv"))
	if len(units) != 390 {
		t.Fatalf("units.csv has %d units, want the preset's 390", len(units))
	}
	for _, m := range []string{"betweenness", "harmonic", "constraint"} {
		ref, _ := want[m].(map[string]any)
		if len(ref) != len(units) {
			t.Fatalf("%s: NetworkX has %d units, units.csv %d", m, len(ref), len(units))
		}
		var worst float64
		for _, r := range units {
			id := r["unit_id"]
			got, err := strconv.ParseFloat(r[m], 64)
			if err != nil {
				t.Fatalf("%s %s: %q", m, id, r[m])
			}
			w, ok := ref[id].(float64)
			if !ok {
				t.Fatalf("%s %s: no NetworkX value", m, id)
			}
			d := math.Abs(got - w)
			if w != 0 {
				d /= math.Abs(w)
			}
			worst = max(worst, d)
			if d > 1e-9 {
				t.Errorf("%s %s: sekat %v, NetworkX %v", m, id, got, w)
			}
		}
		t.Logf("%s: largest difference %.2g (relative; absolute where NetworkX has 0)", m, worst)
	}
}
