package outcheck

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestCRLinesAsLF: a study whose tables end their lines with a lone CR,
// and one saved as UTF-16, give the demo study's outputs byte for byte,
// with no row rejected (the same two studies hold the pair SQL to the raw
// read in TestPairsDuckDBSameTables).
func TestCRLinesAsLF(t *testing.T) {
	plain := filepath.Join(t.TempDir(), "biasa")
	analyzeOK(t, "analyze", "../sample", "--out", plain, "-q")
	for name, study := range map[string]string{"cr": clitest.CRLinesStudy(t), "utf16": clitest.UTF16Study(t)} {
		out := filepath.Join(t.TempDir(), name)
		analyzeOK(t, "analyze", study, "--out", out, "-q")
		if _, err := os.Stat(filepath.Join(out, "rejects.csv")); err == nil {
			t.Errorf("%s: rows were rejected: %.300s", name, clitest.ReadBytes(t, filepath.Join(out, "rejects.csv")))
		}
		for _, f := range []string{"edges.csv", "units.csv", "groups.csv", "silos.csv"} {
			a, b := clitest.ReadBytes(t, filepath.Join(plain, f)), clitest.ReadBytes(t, filepath.Join(out, f))
			if !bytes.Equal(a, b) {
				t.Errorf("%s: %s differs from the demo study's", name, f)
			}
		}
	}
}
