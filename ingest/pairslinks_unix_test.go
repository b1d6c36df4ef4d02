//go:build unix

package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/graph"
)

// linkedPairs writes handPairsByDay into a new folder, then moves each
// of the paths moved (relative to it) into a folder beside it and puts a
// symbolic link in its place, as a copy made with cp -rs or a versioned
// data folder whose files are links into its cache holds them. It
// returns the folder of the tables.
func linkedPairs(t *testing.T, moved ...string) string {
	t.Helper()
	dir := writePairs(t, handPairsByDay)
	cache := t.TempDir()
	for _, m := range moved {
		from := filepath.Join(dir, filepath.FromSlash(m))
		to := filepath.Join(cache, strings.ReplaceAll(m, "/", "_"))
		if err := os.Rename(from, to); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(to, from); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestLoadPairsLinkedFiles: a part file, a period folder or a table
// folder that is a symbolic link is read as what it points to, as a
// table file at the top of the folder is. Before, the walk of a table's
// folder passed over links without a word: a linked totals folder was
// "the totals table is missing", and a linked part file of pairs or
// meeting_sizes beside others of its table was left out. The links here
// point out of the folder, so the study is opened with FollowSymlinks
// (TestLoadPairsLinksOutside: without it they are refused).
func TestLoadPairsLinkedFiles(t *testing.T) {
	s, err := OpenStudyWith("../testdata/studies/hand", StudyOptions{LogsElsewhere: true, FollowSymlinks: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, moved := range [][]string{
		{"pairs/period=2025-01-10/part-0.csv", "meeting_sizes/period=2025-03-03/part-0.csv"},
		{"totals/period=2025-01-10", "nodes/period=2025-03-03"},
		{"totals", "pairs", "meeting_sizes", "nodes"},
	} {
		t.Run(strings.Join(moved, ","), func(t *testing.T) {
			res, err := LoadPairs(context.Background(), s, linkedPairs(t, moved...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
			if got := edgeLines(n); strings.Join(got, "\n") != strings.Join(handEdges, "\n") {
				t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(handEdges, "\n"))
			}
		})
	}
}

// TestLoadPairsLinksRefused: a link to nothing, a link to a folder that
// holds it and a named pipe in a table's folder are refused, naming them;
// before, each was passed over without a word (the rows of a part file
// whose link no longer pointed anywhere were missing).
func TestLoadPairsLinksRefused(t *testing.T) {
	s := handPairsStudy(t)
	for _, c := range []struct {
		name, code, path string
		make             func(dir string) error
	}{
		{"broken", "brokenLink", "meeting_sizes/period=2025-01-10/part-1.csv", func(dir string) error {
			return os.Symlink(filepath.Join(dir, "gone.csv"), filepath.Join(dir, "meeting_sizes/period=2025-01-10/part-1.csv"))
		}},
		{"loop", "linkLoop", "pairs/period=2025-03-03/again", func(dir string) error {
			return os.Symlink("..", filepath.Join(dir, "pairs/period=2025-03-03/again"))
		}},
		{"fifo", "notRegular", "nodes/period=2025-01-10/part-1.csv", func(dir string) error {
			return syscall.Mkfifo(filepath.Join(dir, "nodes/period=2025-01-10/part-1.csv"), 0o644)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writePairs(t, handPairsByDay)
			if err := c.make(dir); err != nil {
				t.Fatal(err)
			}
			_, err := LoadPairs(context.Background(), s, dir, Options{})
			var pe *engine.PairsError
			if !errors.As(err, &pe) || pe.Code != c.code || !strings.Contains(err.Error(), c.path) {
				t.Errorf("err = %v, want %s naming %s", err, c.code, c.path)
			}
		})
	}
}
