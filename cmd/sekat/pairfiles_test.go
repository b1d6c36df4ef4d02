package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestPairsSummaryNamesFiles: summary.json of analyze --pairs names each
// file of pair tables it read, with its table, rows and sha256, as a run
// on the log tables names each log file with its sha256; the log tables'
// inputs (which name the folder) carry the sha256 of those files' lines
// as sha256sum writes them, in that order, so that the digest can be
// checked with sha256sum. Before, the summary named the folder only,
// with a digest of files it did not list: a user comparing it with a run
// on the log tables could not tell which files the numbers came from.
func TestPairsSummaryNamesFiles(t *testing.T) {
	tables := handTables(t, false, false)
	out := filepath.Join(t.TempDir(), "o")
	if code, _, e := sekat(t, "analyze", "../../testdata/studies/hand", "--pairs", tables, "--out", out, "-q"); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	var s struct {
		Inputs []struct {
			Table, File, SHA256 string
		}
		PairFiles []struct {
			Folder, File, Table, Period, SHA256 string
			Rows                                int64
		} `json:"pair_files"`
	}
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "summary.json"))), &s); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(tables)
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, e := range ents {
		want = append(want, e.Name())
	}
	lines := sha256.New()
	for _, f := range s.PairFiles {
		got = append(got, f.File)
		sum := sha256.Sum256([]byte(readFile(t, filepath.Join(tables, f.File))))
		if f.SHA256 != hex.EncodeToString(sum[:]) || f.Folder != filepath.Base(tables) || f.Rows < 1 || f.Table+".csv" != f.File {
			t.Errorf("pair file %+v: want the folder %s, its sha256 %x, its table and rows", f, filepath.Base(tables), sum)
		}
		fmt.Fprintf(lines, "%s  %s\n", f.SHA256, f.File)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("pair_files name %v; the folder holds %v", got, want)
	}
	digest := hex.EncodeToString(lines.Sum(nil))
	for _, in := range s.Inputs {
		if in.Table == "units" || in.Table == "people" {
			continue
		}
		if in.File != filepath.Base(tables) || in.SHA256 != digest {
			t.Errorf("input %+v: want the folder %s and the sha256 of pair_files' lines, %s", in, filepath.Base(tables), digest)
		}
	}
}
