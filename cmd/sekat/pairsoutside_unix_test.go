//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// outsidePairs writes the hand tables with pairs.csv moved into a folder
// beside them and a symbolic link in its place, as a copy made with
// cp -rs holds it; it returns the folder of the tables and the folder the
// file was moved to.
func outsidePairs(t *testing.T) (tables, elsewhere string) {
	t.Helper()
	tables = handTables(t, false, false)
	elsewhere = t.TempDir()
	moved := filepath.Join(elsewhere, "pairs.csv")
	if err := os.Rename(filepath.Join(tables, "pairs.csv"), moved); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(moved, filepath.Join(tables, "pairs.csv")); err != nil {
		t.Fatal(err)
	}
	return tables, elsewhere
}

// TestPairsLinkOutsideWorded: a pair table linked from outside the
// folder of --pairs is refused as a study's table linked from outside
// the study folder is (exit 1, a file not read), in the user's language,
// naming the link and --follow-symlinks; with --follow-symlinks it is
// read. Until 2026-12-07 every link was followed wherever it pointed.
func TestPairsLinkOutsideWorded(t *testing.T) {
	study := "../../testdata/studies/hand"
	tables, _ := outsidePairs(t)
	for lang, want := range map[string]string{
		"id": "pairs.csv adalah tautan simbolik ke ",
		"en": "pairs.csv is a symbolic link to ",
	} {
		code, _, stderr := sekat(t, "analyze", study, "--pairs", tables, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang)
		if code != 1 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "--follow-symlinks") || strings.Contains(stderr, "engine:") {
			t.Errorf("--lang %s: exit %d, stderr %q; want exit 1 with %q and --follow-symlinks", lang, code, stderr, want)
		}
	}
	plain := filepath.Join(t.TempDir(), "plain")
	if code, _, e := sekat(t, "analyze", study, "--pairs", handTables(t, false, false), "--out", plain); code != 0 {
		t.Fatalf("plain tables: exit %d: %s", code, e)
	}
	linked := filepath.Join(t.TempDir(), "linked")
	if code, _, e := sekat(t, "analyze", study, "--pairs", tables, "--follow-symlinks", "--out", linked); code != 0 {
		t.Fatalf("--follow-symlinks: exit %d: %s", code, e)
	}
	for _, f := range []string{"edges.csv", "units.csv", "groups.csv"} {
		if a, b := readFile(t, filepath.Join(plain, f)), readFile(t, filepath.Join(linked, f)); string(a) != string(b) {
			t.Errorf("%s differs between the tables and the same tables through a link", f)
		}
	}
}

// TestPairsLinkedFolderGuarded: with --follow-symlinks, the folder a pair
// table is linked from is guarded as the folder of --pairs is: --out
// there is refused (exit 2) and nothing is written into it, as an --out
// holding a study's table read through a link is refused. Before, the
// outputs were written beside the linked files (a period folder linked
// from elsewhere then held edges.csv beside its part file, and the next
// read refused it as a part file without a header line).
func TestPairsLinkedFolderGuarded(t *testing.T) {
	tables, elsewhere := outsidePairs(t)
	code, _, stderr := sekat(t, "analyze", "../../testdata/studies/hand", "--pairs", tables, "--follow-symlinks", "--out", elsewhere, "--lang", "en")
	if code != exitUsage {
		t.Errorf("exit %d, want %d: %s", code, exitUsage, stderr)
	}
	ents, err := os.ReadDir(elsewhere)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 1 {
		t.Errorf("the folder of the linked table holds %d files after the run, want 1 (pairs.csv)", len(ents))
	}
}
