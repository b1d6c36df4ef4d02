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
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/people"
)

// sekatBin is the sekat binary the tests run, built by TestMain.
var sekatBin string

// TestMain builds sekat (clitest.Build) and runs the tests with the
// caller's language and key cleared and a configuration folder of their
// own, as cmd/sekat's tests do.
func TestMain(m *testing.M) {
	bin, dir, err := clitest.Build("sekat-studycheck-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "studycheck:", err)
		os.Exit(1)
	}
	sekatBin = bin
	cleanup := clitest.Isolate()
	code := m.Run()
	os.RemoveAll(dir)
	cleanup()
	os.Exit(code)
}

// sekat runs sekat with args and returns its exit code and output.
func sekat(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = clitest.Run(context.Background(), sekatBin, append([]string{"sekat"}, args...), &o, &e)
	return code, o.String(), e.String()
}

// analyzeOK runs sekat with args and fails the test unless it exits 0.
func analyzeOK(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	code, o, e := sekat(t, args...)
	if code != 0 {
		t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, e)
	}
	return o, e
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

// sampleStudyAs is the demo study of cmd/sekat/sample, its tables made by
// save (clitest.SampleStudyAs).
func sampleStudyAs(t *testing.T, name string, save func(table, text string) []byte) string {
	t.Helper()
	return clitest.SampleStudyAs(t, "../sample", name, save)
}

func readCSVRows(t *testing.T, path string) [][]string {
	t.Helper()
	return clitest.ReadRows(t, path)
}

func writeCSVRows(t *testing.T, path string, rows [][]string) {
	t.Helper()
	clitest.WriteRows(t, path, rows)
}
