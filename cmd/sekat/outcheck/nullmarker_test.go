package outcheck

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestNullMarkerAsEmpty: a study whose empty cells are written \N gives
// the demo study's outputs byte for byte, with no row rejected.
func TestNullMarkerAsEmpty(t *testing.T) {
	study := clitest.NullMarkerStudy(t)
	plain, marked := filepath.Join(t.TempDir(), "biasa"), filepath.Join(t.TempDir(), "null")
	analyzeOK(t, "analyze", "../sample", "--out", plain, "-q")
	analyzeOK(t, "analyze", study, "--out", marked, "-q")
	if _, err := os.Stat(filepath.Join(marked, "rejects.csv")); err == nil {
		t.Errorf("rows were rejected: %.300s", clitest.ReadBytes(t, filepath.Join(marked, "rejects.csv")))
	}
	for _, f := range []string{"edges.csv", "units.csv", "groups.csv", "silos.csv"} {
		a, b := clitest.ReadBytes(t, filepath.Join(plain, f)), clitest.ReadBytes(t, filepath.Join(marked, f))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from the demo study's", f)
		}
	}
}
