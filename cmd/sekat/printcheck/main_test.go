// Package printcheck prints sekat's report to A4 PDF with headless
// Chromium and reads it back with poppler (pdfinfo, pdftotext): the size
// it prints at, the briefing's pages, long sector names, tables whose
// last rows keep together. Its tests were in cmd/sekat/pagecheck, which
// took 531 s on a two-core machine at load 12 (2026-12-07), near go
// test's default ten minutes per package. Like pagecheck, the tests run
// the sekat binary, built once for the package.
package printcheck

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/internal/pagetest"
)

// sekatBin is the sekat binary the tests run, built by TestMain, and
// shared a folder for outputs several tests read (printedForumsReport).
var sekatBin, shared string

// TestMain builds sekat into a temporary folder (go test puts its own go
// first on PATH) and runs the tests with the caller's language and key
// cleared and a configuration folder of their own, as cmd/sekat's tests
// do.
func TestMain(m *testing.M) {
	clitest.Main(m, "printcheck", &sekatBin, func(dir string) {
		shared = filepath.Join(dir, "shared")
		if err := os.Mkdir(shared, 0o755); err != nil {
			panic(err)
		}
	})
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

func readCSVRows(t *testing.T, path string) [][]string {
	t.Helper()
	return clitest.ReadRows(t, path)
}

func writeCSVRows(t *testing.T, path string, rows [][]string) {
	t.Helper()
	clitest.WriteRows(t, path, rows)
}

// What the page-checking packages share (internal/pagetest), by the names
// this package's tests have always used.
var (
	printTools   = pagetest.PrintTools
	printPDF     = pagetest.PrintPDF
	pdfPages     = pagetest.PDFPages
	pdfPageTexts = pagetest.PDFPageTexts
	pdfWords     = pagetest.PDFWords
	pdfPageSizes = pagetest.PDFPageSizes
	printScale   = pagetest.PrintScale
)

type pdfWord = pagetest.PDFWord
