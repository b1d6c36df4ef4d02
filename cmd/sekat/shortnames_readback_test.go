package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
	"github.com/sekat-ona/sekat/result"
)

// numberedNode is a DOT node whose label is a number: the map numbers
// its nodes and lists their names in its title (viz keyLongLabels).
var numberedNode = regexp.MustCompile(`\[[^\]]*label="[0-9]+"`)

// TestShortNamesReadBack: units.csv had no short_name column, so map and
// report of an output folder lost the study's short names. On a study
// whose short names are its long unit names, analyze's map.svg was
// numbered with the names in its title while report OUTDIR's showed the
// ids unnumbered, and the briefing (briefing.json had no short names
// either) wrote ids where analyze's wrote the names; a person-level
// folder's ego map lost them on its unit nodes. Now the read-back draws
// what analyze drew, byte for byte.
func TestShortNamesReadBack(t *testing.T) {
	t.Chdir(t.TempDir())
	if _, err := synth.Generate("studi", synth.Options{Seed: 8401, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	addShortNames(t, filepath.Join("studi", "units.csv"))
	for _, args := range [][]string{{"analyze", "studi", "--out", "a"}, {"report", "a", "--out", "b"}, {"map", "a", "--out", "m.svg"}} {
		if code, _, stderr := sekat(t, append(args, "-q")...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	dot, _ := os.ReadFile(filepath.Join("a", "map.dot"))
	if !numberedNode.Match(dot) {
		t.Fatal("analyze's map is not numbered: the study's short names are not long, so this test tests nothing")
	}
	for _, f := range [][2]string{{"a/report.html", "b/report.html"}, {"a/map.svg", "b/map.svg"}, {"a/map.dot", "b/map.dot"}, {"a/map.svg", "m.svg"}, {"a/briefing.json", "b/briefing.json"}} {
		want, _ := os.ReadFile(f[0])
		got, err := os.ReadFile(f[1])
		if err != nil || len(want) == 0 || !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (read back from the output folder) %v", f[1], f[0], err)
		}
	}

	// person level: the unit nodes (units an event names directly) keep
	// their short names on an ego map drawn from the folder
	if code, _, stderr := sekat(t, "analyze", "studi", "--level", "person", "--out", "p", "-q"); code != 0 {
		t.Fatalf("analyze --level person: exit %d: %s", code, stderr)
	}
	st, err := result.Read("p")
	if err != nil {
		t.Fatal(err)
	}
	kind := map[string]graph.Kind{}
	for _, n := range st.Nodes {
		kind[n.ID] = n.Kind
	}
	ego := ""
	for _, e := range st.Edges {
		if kind[e.Source] == graph.KindPerson && kind[e.Target] == graph.KindUnit {
			ego = e.Source
			break
		}
	}
	if ego == "" {
		t.Fatal("no person has a tie to a unit node")
	}
	for _, args := range [][]string{{"map", "studi", "--level", "person", "--ego", ego, "--format", "dot", "--out", "e1.dot"}, {"map", "p", "--ego", ego, "--format", "dot", "--out", "e2.dot"}} {
		if code, _, stderr := sekat(t, append(args, "-q")...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	want, _ := os.ReadFile("e1.dot")
	got, _ := os.ReadFile("e2.dot")
	if !numberedNode.Match(want) {
		t.Fatalf("the ego map of %s from the study is not numbered: this part tests nothing", ego)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the ego map of %s drawn from the person-level folder differs from the one drawn from the study", ego)
	}
}

// addShortNames gives the units table at path a short_name column that
// repeats each unit's name.
func addShortNames(t *testing.T, path string) {
	t.Helper()
	rows := clitest.ReadRows(t, path)
	name := slices.Index(rows[0], "name")
	if name < 0 {
		t.Fatalf("%s has no name column: %v", path, rows[0])
	}
	rows[0] = append(rows[0], "short_name")
	for i := 1; i < len(rows); i++ {
		rows[i] = append(rows[i], rows[i][name])
	}
	clitest.WriteRows(t, path, rows)
}
