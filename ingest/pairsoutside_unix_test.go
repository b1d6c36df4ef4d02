//go:build unix

package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

// TestLoadPairsLinksOutside: a symbolic link in a folder of pair tables
// whose target lies outside that folder (a part file, a period folder, a
// table folder or a table file at the top) is refused before a byte of it
// is read, naming the link and where it points, unless the study was
// opened with FollowSymlinks (--follow-symlinks), as a table of a study
// folder is. A folder received from elsewhere could otherwise make sekat
// read, and quote in its refusals, any file the user can read (a link
// pairs.csv -> ~/.ssh/id_rsa was read and refused "without a header
// line", its first line printed). Until 2026-12-07 every link was followed
// wherever it pointed.
func TestLoadPairsLinksOutside(t *testing.T) {
	follow, err := OpenStudyWith("../testdata/studies/hand", StudyOptions{LogsElsewhere: true, FollowSymlinks: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, moved := range [][]string{
		{"pairs/period=2025-01-10/part-0.csv"},
		{"totals/period=2025-01-10"},
		{"meeting_sizes"},
		{"meta.csv"},
	} {
		t.Run(strings.Join(moved, ","), func(t *testing.T) {
			dir := linkedPairs(t, moved...)
			_, err := LoadPairs(context.Background(), handPairsStudy(t), dir, Options{})
			var pe *engine.PairsError
			if !errors.As(err, &pe) || pe.Code != "outsideLink" || !strings.Contains(err.Error(), moved[0]) || !strings.Contains(err.Error(), "--follow-symlinks") {
				t.Fatalf("err = %v, want outsideLink naming %s and --follow-symlinks", err, moved[0])
			}
			if pe.Input() {
				t.Error("a link out of the folder is a file not read (exit 1), as a study's link out of its folder is, not bad input")
			}
			res, err := LoadPairs(context.Background(), follow, dir, Options{})
			if err != nil {
				t.Fatalf("with FollowSymlinks: %v", err)
			}
			n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
			if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
				t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
			}
		})
	}
}

// TestLoadPairsLinksInside: links that stay inside the folder of pair
// tables are read without --follow-symlinks (a period folder linked to
// another place in the folder, relative or absolute), and so is a folder
// given through a link: the folder named on the command line is trusted
// as a place, as a study folder is.
func TestLoadPairsLinksInside(t *testing.T) {
	dir := writePairs(t, handPairsByDay)
	keep := filepath.Join(dir, "_kept")
	if err := os.MkdirAll(keep, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, "nodes/period=2025-03-03"), filepath.Join(keep, "nodes-03")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../_kept/nodes-03", filepath.Join(dir, "nodes/period=2025-03-03")); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, "pairs/period=2025-01-10/part-0.csv"), filepath.Join(keep, "p.csv")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(keep, "p.csv"), filepath.Join(dir, "pairs/period=2025-01-10/part-0.csv")); err != nil {
		t.Fatal(err)
	}
	via := filepath.Join(t.TempDir(), "pasangan")
	if err := os.Symlink(dir, via); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{dir, via} {
		res, err := LoadPairs(context.Background(), handPairsStudy(t), d, Options{})
		if err != nil {
			t.Fatalf("%s: %v", d, err)
		}
		n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
		if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
			t.Errorf("%s: edges:\n%s\nwant:\n%s", d, strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
		}
	}
}
