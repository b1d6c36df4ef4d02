// Package pagecheck looks at sekat's pages as their readers do: opened in
// headless Chromium (no console error, no request leaving the page, every
// unit on the maps), and printed to A4 PDF and read back with poppler
// (pdfinfo, pdftotext). The tests run the sekat binary, built once for
// the package, so that they form a test package of their own: each
// browser run or print costs seconds of Chromium, and with the rest of
// cmd/sekat's tests in one package they passed go test's default ten
// minutes on a loaded two-core machine.
package pagecheck

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/internal/pagetest"
	"github.com/sekat-ona/sekat/people"
)

// sekatBin is the sekat binary the tests run, built by TestMain.
var sekatBin string

// TestMain builds sekat into a temporary folder (go test puts its own go
// first on PATH) and runs the tests with the caller's language and key
// cleared and a configuration folder of their own, as cmd/sekat's tests
// do.
func TestMain(m *testing.M) {
	clitest.Main(m, "pagecheck", &sekatBin, nil)
}

// run runs sekat with args (args[0] is the program's name) and returns
// its exit code, as cmd/sekat's run does in the test process.
func run(ctx context.Context, args []string, stdout, stderr *bytes.Buffer) int {
	return clitest.Run(ctx, sekatBin, args, stdout, stderr)
}

// analyzeOK runs sekat with args and fails the test unless it exits 0.
func analyzeOK(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	return clitest.SekatOK(t, sekatBin, args...)
}

func msg(lang, key string, a ...any) string { return i18n.T(lang, key, a...) }

func readFile(t *testing.T, path string) string {
	t.Helper()
	return clitest.ReadFile(t, path)
}

func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	return clitest.ReadCSV(t, path)
}

func testKey(t *testing.T, b byte) (people.Key, string) {
	t.Helper()
	return clitest.Key(t, b)
}

// sekat runs sekat with args and returns its exit code and output.
func sekat(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return clitest.Sekat(t, sekatBin, args...)
}

// squash folds runs of white space to one space, as a reader sees text.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// What the page-checking packages share (internal/pagetest), by the names
// this package's tests have always used.
var (
	findBrowser     = pagetest.FindBrowser
	printTools      = pagetest.PrintTools
	printPDF        = pagetest.PrintPDF
	pdfPages        = pagetest.PDFPages
	pdfPageTexts    = pagetest.PDFPageTexts
	printScale      = pagetest.PrintScale
	openBrowser     = pagetest.OpenBrowser
	openFileBrowser = pagetest.OpenFileBrowser
	saveScreenshot  = pagetest.SaveScreenshot
)
