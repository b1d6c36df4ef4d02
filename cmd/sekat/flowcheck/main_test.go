// Package flowcheck runs the sekat binary through the flows of its users
// that cost a second or more a run: compare, trend and evaluate on
// generated studies, facilitators, person-level offices, workbooks saved
// by spreadsheet programs, declared reorganisations and the warnings a
// report repeats. They were cmd/sekat's tests (those that need only the
// command line; the ones that look at its internal sentences stay there,
// in the *_inproc_test.go files): together cmd/sekat's tests took 388 s
// of go test's default ten minutes on the two-core machine under a load
// of 5 to 7, too near the limit. The binary is built once for the package.
package flowcheck

import (
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// sekatBin is the sekat binary the tests run, built by TestMain.
var sekatBin string

// TestMain builds sekat and runs the tests (clitest.Main).
func TestMain(m *testing.M) { clitest.Main(m, "flowcheck", &sekatBin, nil) }

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

// exitUsage is sekat's exit code for bad usage (cmd/sekat's exitUsage).
const exitUsage = 2
