package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/internal/clitest"
)

// goldenRuns are the runs whose every table is kept under
// testdata/golden/analyze/<name>/: the hand-made study at both levels and
// the demo (the embedded sample, seed 1).
var goldenRuns = []struct {
	name    string
	args    []string // after the output folder
	results string   // the folder of the tables inside it
}{
	{"hand-unit", []string{"analyze", "../../testdata/studies/hand", "--format", "csv,parquet", "--out"}, ""},
	{"hand-person", []string{"analyze", "../../testdata/studies/hand", "--level", "person", "--reveal", "--purpose", "uji", "--out"}, ""}, // ids, as the golden files name them
	{"demo", []string{"demo", "--out"}, demoResults},
}

// goldenFiles are the files of a run that are compared byte for byte;
// the node table is units.csv or people.csv, whichever the run wrote.
var goldenFiles = []string{"units.csv", "people.csv", "groups.csv", "silos.csv", "edges.csv", "summary.json"}

// versionLine is summary.json's sekat_version, which changes with every
// release and says nothing about the result.
var versionLine = regexp.MustCompile(`"sekat_version": "[^"]*"`)

func normaliseGolden(name string, b []byte) []byte {
	if name == "summary.json" {
		return versionLine.ReplaceAll(b, []byte(`"sekat_version": "(version)"`))
	}
	return b
}

// TestGoldenTables compares every table and summary.json of the golden
// runs with testdata/golden/analyze; go test ./cmd/sekat -run
// GoldenTables -update rewrites them after a deliberate change.
func TestGoldenTables(t *testing.T) {
	for _, run := range goldenRuns {
		t.Run(run.name, func(t *testing.T) {
			out := t.TempDir()
			if code, _, e := sekat(t, append(run.args, out)...); code != 0 {
				t.Fatalf("exit %d: %s", code, e)
			}
			dir := filepath.Join("../../testdata/golden/analyze", run.name)
			seen := 0
			for _, f := range goldenFiles {
				got, err := os.ReadFile(filepath.Join(out, run.results, f))
				if os.IsNotExist(err) {
					if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
						t.Errorf("%s: analyze wrote no %s, the golden folder has one", run.name, f)
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				seen++
				got = normaliseGolden(f, got)
				path := filepath.Join(dir, f)
				if *update {
					if err := os.MkdirAll(dir, 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v; run go test ./cmd/sekat -run GoldenTables -update", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from %s:\n%s\nrun go test ./cmd/sekat -run GoldenTables -update if the change is meant", f, path, firstDiff(got, want))
				}
			}
			if seen != len(goldenFiles)-1 {
				t.Errorf("%d of the %d tables written", seen, len(goldenFiles)-1)
			}
		})
	}
}

func firstDiff(got, want []byte) string { return clitest.FirstDiff(got, want) }

// TestOneRunPerFolder: analyzing at unit level into a folder that holds a
// person-level run removes people.csv, so the folder never mixes two runs
// (map and report read the node table summary.json's level names).
func TestOneRunPerFolder(t *testing.T) {
	out := t.TempDir()
	for _, level := range []string{"person", "unit"} {
		if code, _, e := sekat(t, "analyze", "../../testdata/studies/hand", "--level", level, "--out", out); code != 0 {
			t.Fatal(e)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "people.csv")); !os.IsNotExist(err) {
		t.Error("people.csv of the person-level run is left beside the unit-level run")
	}
	if _, err := os.Stat(filepath.Join(out, "units.csv")); err != nil {
		t.Error(err)
	}
}

// TestReportRefusesOtherSchema: report and map on a folder whose
// summary.json has no schema_version (written before it existed) fail
// with exit 1 and say to run sekat analyze again.
func TestReportRefusesOtherSchema(t *testing.T) {
	out := t.TempDir()
	if code, _, e := sekat(t, "analyze", "../../testdata/studies/hand", "--out", out); code != 0 {
		t.Fatal(e)
	}
	path := filepath.Join(out, "summary.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	old := regexp.MustCompile(`\n  "schema_version": \d+,`).ReplaceAll(b, nil)
	if bytes.Equal(old, b) {
		t.Fatal("summary.json has no schema_version line to remove")
	}
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"report", out, "--out", t.TempDir()}, {"map", out, "--out", filepath.Join(t.TempDir(), "m.svg")}} {
		code, _, stderr := sekat(t, args...)
		if code != 1 || !strings.Contains(stderr, "schema version") || !strings.Contains(stderr, "run sekat analyze again") {
			t.Errorf("%s on a folder without schema_version: exit %d, %q", args[0], code, stderr)
		}
	}
}

// TestReadBackErrorsWorded: report and map on an output folder that cannot
// be read back (summary.json cut off, edges.csv missing or edited) say so
// in the user's language, naming the folder and the fix, with the English
// detail (file, line, column) below; the default Indonesian run gave the
// English alone.
func TestReadBackErrorsWorded(t *testing.T) {
	good := t.TempDir()
	if code, _, e := sekat(t, "analyze", "../../testdata/studies/hand", "--out", good, "-q"); code != 0 {
		t.Fatal(e)
	}
	damage := map[string]func(dir string){
		"summary cut off": func(dir string) {
			b, _ := os.ReadFile(filepath.Join(dir, "summary.json"))
			os.WriteFile(filepath.Join(dir, "summary.json"), b[:len(b)/2], 0o644)
		},
		"edges missing": func(dir string) { os.Remove(filepath.Join(dir, "edges.csv")) },
		"edges edited": func(dir string) {
			b, _ := os.ReadFile(filepath.Join(dir, "edges.csv"))
			lines := strings.SplitN(string(b), "\n", 3)
			f := strings.Split(lines[1], ",")
			f[2] = "banyak"
			os.WriteFile(filepath.Join(dir, "edges.csv"), []byte(lines[0]+"\n"+strings.Join(f, ",")+"\n"+lines[2]), 0o644)
		},
	}
	for name, d := range damage {
		dir := filepath.Join(t.TempDir(), "hasil")
		copyDir(t, good, dir)
		d(dir)
		for _, args := range [][]string{{"report", dir, "--out", t.TempDir()}, {"map", dir, "--out", filepath.Join(t.TempDir(), "m.svg")}} {
			code, _, stderr := sekat(t, args...)
			if want := "sekat: " + msg("id", "errReadBack", dir) + "\n  " + msg("id", "detail") + ": result: "; code != 1 || !strings.Contains(stderr, want) {
				t.Errorf("%s, %s: exit %d; want 1 and %q:\n%s", name, args[0], code, want, stderr)
			}
			code, _, stderr = sekat(t, append(args, "--lang", "en")...)
			if code != 1 || !strings.HasPrefix(stderr, "sekat: result: ") || !strings.Contains(stderr, "run sekat analyze again") {
				t.Errorf("%s, %s --lang en: exit %d:\n%s", name, args[0], code, stderr)
			}
		}
	}
}

// An output folder whose summary.json is gone is said to be one, not read
// as a study without log tables (hostile-input review, session 23).
func TestOutDirWithoutSummary(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hasil")
	if code, _, e := sekat(t, "analyze", "../../testdata/studies/hand", "--out", dir, "-q"); code != 0 {
		t.Fatal(e)
	}
	if err := os.Remove(filepath.Join(dir, "summary.json")); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"id", "en"} {
		for _, args := range [][]string{{"report", dir, "--out", t.TempDir()}, {"map", dir, "--out", filepath.Join(t.TempDir(), "m.svg")}} {
			code, _, stderr := sekat(t, append(args, "--lang", lang)...)
			if want := msg(lang, "outDirNoSummary", dir, "summary.json"); code == 0 || !strings.Contains(stderr, want) {
				t.Errorf("%s --lang %s: exit %d; stderr lacks %q:\n%s", args[0], lang, code, want, stderr)
			}
		}
	}
}
