// Package faccheck prints facilitators.html as HR reads it: in headless
// Chromium on screen, and to A4 PDF read back with poppler (pdfinfo,
// pdftotext). Its tests were in cmd/sekat/pagecheck; each runs sekat
// facilitators on a generated province several times (exact betweenness
// on thousands of people) and prints each page, and together with the
// report's page tests they took pagecheck to 531 s on a two-core machine
// at load 12, near go test's default ten minutes per package. Like
// pagecheck, the tests run the sekat binary, built once for the package.
package faccheck

import (
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/internal/pagetest"
	"github.com/sekat-ona/sekat/people"
)

// sekatBin is the sekat binary the tests run, built by TestMain.
var sekatBin string

// TestMain builds sekat into a temporary folder and runs the tests with
// the caller's language and key cleared and a configuration folder of
// their own, as cmd/sekat's tests do.
func TestMain(m *testing.M) {
	clitest.Main(m, "faccheck", &sekatBin, nil)
}

// analyzeOK runs sekat with args and fails the test unless it exits 0.
func analyzeOK(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	return clitest.SekatOK(t, sekatBin, args...)
}

// sekat runs sekat with args and returns its exit code and output.
func sekat(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return clitest.Sekat(t, sekatBin, args...)
}

func msg(lang, key string, a ...any) string { return i18n.T(lang, key, a...) }

func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	return clitest.ReadCSV(t, path)
}

func readCSVRows(t *testing.T, path string) [][]string {
	t.Helper()
	return clitest.ReadRows(t, path)
}

func writeCSVRows(t *testing.T, path string, rows [][]string) {
	t.Helper()
	clitest.WriteRows(t, path, rows)
}

func testKey(t *testing.T, b byte) (people.Key, string) {
	t.Helper()
	return clitest.Key(t, b)
}

var (
	printTools      = pagetest.PrintTools
	printPDF        = pagetest.PrintPDF
	pdfWords        = pagetest.PDFWords
	pdfPageSizes    = pagetest.PDFPageSizes
	printScale      = pagetest.PrintScale
	openFileBrowser = pagetest.OpenFileBrowser
	saveScreenshot  = pagetest.SaveScreenshot
)
