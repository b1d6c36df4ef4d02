// Package outcheck runs the sekat binary and reads what it wrote: numbers
// written at 15 digits and read back, report OUTDIR against analyze,
// withheld groups at person level, sectors of people, layers silent in a
// period, null markers and CR line ends, the purpose notice. They were
// cmd/sekat's tests (those that need only the command line): cmd/sekat's
// tests took 190-240 s alone and 600 s under a load of 10 on the two-core
// machine, at go test's default ten-minute limit; the binary is built
// once for the package.
package outcheck

import (
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// sekatBin is the sekat binary the tests run, built by TestMain.
var sekatBin string

// TestMain builds sekat and runs the tests (clitest.Main).
func TestMain(m *testing.M) { clitest.Main(m, "outcheck", &sekatBin, nil) }

// sekat runs sekat with args and returns its exit code and output.
func sekat(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return clitest.Sekat(t, sekatBin, args...)
}

// analyzeOK runs sekat with args and fails the test unless it exits 0.
func analyzeOK(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	return clitest.SekatOK(t, sekatBin, args...)
}

func msg(lang, key string, a ...any) string { return i18n.T(lang, key, a...) }
