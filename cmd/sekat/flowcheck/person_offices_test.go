package flowcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
	_ "github.com/sekat-ona/sekat/internal/golden"
	"github.com/sekat-ona/sekat/people"
)

// TestExportFiguresAsAnalyze: a person-level export with figures shows
// what analyze --level person shows for the same key: every figure of
// every node the same (nodes), and no group of the withheld (xlsx). It
// reckoned them on the network already relabelled, so the withheld units
// and sectors were each one group *, which the workbook listed with its
// E-I test, and every person of unit * had an E-I index over all the
// withheld units together, which analyze leaves empty (QA of session 32,
// a study with a unit of two and a sector of three).
func TestExportFiguresAsAnalyze(t *testing.T) {
	study := clitest.SmallUnitStudy(t)
	_, keyFile := clitest.Key(t, 17)
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", out, "-q")
	dir := t.TempDir()
	nodes, book := filepath.Join(dir, "nodes.csv"), filepath.Join(dir, "jejaring.xlsx")
	for _, f := range []string{nodes, book} {
		format := strings.TrimPrefix(filepath.Ext(f), ".")
		if format == "csv" {
			format = "nodes"
		}
		analyzeOK(t, "export", study, "--level", "person", "--format", format, "--key-file", keyFile, "--out", f, "-q")
	}
	want := map[string]map[string]string{}
	hidden := 0
	for _, r := range clitest.ReadCSV(t, filepath.Join(out, "people.csv")) {
		want[r["person_id"]] = r
		if r["unit_id"] == "*" {
			hidden++
		}
	}
	if hidden == 0 {
		t.Fatal("no person of unit * in people.csv: the test proves nothing")
	}
	got := clitest.ReadCSV(t, nodes)
	if len(got) != len(want) {
		t.Fatalf("export has %d nodes, analyze %d", len(got), len(want))
	}
	for _, g := range got {
		w := want[g["Id"]]
		if w == nil {
			t.Errorf("export node %s is not in people.csv", g["Id"])
			continue
		}
		for col, wv := range w {
			gv, ok := g[col]
			if !ok || gv == wv {
				continue
			}
			t.Errorf("node %s (unit %s): %s %q in the export, %q in people.csv", g["Id"], w["unit_id"], col, gv, wv)
		}
	}
	sheet := clitest.XlsxText(t, book, "groups")
	for _, line := range strings.Split(sheet, "\n") {
		if f := strings.Split(line, "\t"); len(f) > 1 && f[1] == people.Hidden {
			t.Errorf("the workbook lists the withheld as a group: %q", line)
		}
	}
	groups := clitest.ReadCSV(t, filepath.Join(out, "groups.csv"))
	if rows := strings.Count(strings.TrimSpace(sheet), "\n"); rows != len(groups) {
		t.Errorf("the workbook has %d groups, groups.csv %d", rows, len(groups))
	}
}

// TestRevealedFolderWithoutAudit: a person-level folder written with
// --reveal is read back by report and map only with --reveal, also when
// its audit.json was left out (a folder passed on without it) or says
// otherwise: its people.csv names people. The review of session 23
// deleted audit.json from such a folder, and report drew the NIPs and
// names into a new report.html with an audit.json saying "revealed":
// false.
func TestRevealedFolderWithoutAudit(t *testing.T) {
	study := clitest.SmallUnitStudy(t)
	_, keyFile := clitest.Key(t, 17)
	out := filepath.Join(t.TempDir(), "out")
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--reveal", "--purpose", "uji", "--out", out, "--permutations", "10", "-q")
	if err := os.Remove(filepath.Join(out, people.AuditFile)); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"report", out, "--key-file", keyFile, "--out", filepath.Join(t.TempDir(), "r")},
		{"map", out, "--key-file", keyFile, "--out", filepath.Join(t.TempDir(), "peta.svg")},
	} {
		if code, _, e := sekat(t, args...); code != 2 || !strings.Contains(e, "--reveal") {
			t.Errorf("%s of a revealed folder without audit.json: exit %d, want 2 saying --reveal: %s", args[0], code, e)
		}
	}
	analyzeOK(t, "report", out, "--reveal", "--purpose", "uji", "--out", filepath.Join(t.TempDir(), "r2"))
	// a pseudonymous folder without audit.json is still read back
	plain := filepath.Join(t.TempDir(), "plain")
	analyzeOK(t, "analyze", study, "--level", "person", "--key-file", keyFile, "--out", plain, "--permutations", "10", "-q")
	if err := os.Remove(filepath.Join(plain, people.AuditFile)); err != nil {
		t.Fatal(err)
	}
	analyzeOK(t, "report", plain, "--key-file", keyFile, "--out", filepath.Join(t.TempDir(), "r3"))
}
