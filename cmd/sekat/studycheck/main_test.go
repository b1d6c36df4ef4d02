// Package studycheck runs sekat on whole studies where each run costs
// seconds: person-level trend and facilitators (betweenness and
// resampling over thousands of people), the privacy sweep of every
// person-level output, and the sentences of analyze checked against their
// numbers on studies of 3,000 letters and more. The tests run the sekat
// binary, built once for the package, so that they form a test package
// of their own: with them, cmd/sekat's tests took more than half of go
// test's default ten minutes on a loaded two-core machine.
package studycheck

import (
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// sekatBin is the sekat binary the tests run, built by TestMain.
var sekatBin string

// TestMain builds sekat and runs the tests (clitest.Main).
func TestMain(m *testing.M) { clitest.Main(m, "studycheck", &sekatBin, nil) }

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

// sampleStudyAs is the demo study of cmd/sekat/sample, its tables made by
// save (clitest.SampleStudyAs).
func sampleStudyAs(t *testing.T, name string, save func(table, text string) []byte) string {
	t.Helper()
	return clitest.SampleStudyAs(t, "../sample", name, save)
}
