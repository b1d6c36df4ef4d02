//go:build duckdb

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPairsDuckDBTableWarnings: analyze --pairs warns of a log table that
// had no file and of one whose file holds its header and no row as
// analyze on the raw tables warns of them, line for line. The pair tables
// counted 0 rows of both and analyze --pairs said neither; the inputs
// table now says how many files each log table had (files) and how
// analyze names them (file_names).
func TestPairsDuckDBTableWarnings(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	// data_sharing: the header alone; meetings: no table
	head, _, _ := strings.Cut(readFile(t, "../../testdata/studies/hand/data_sharing.csv"), "\n")
	os.WriteFile(filepath.Join(dir, "data_sharing.csv"), []byte(head+"\n"), 0o644)
	warnings := func(stderr string) []string {
		var ws []string
		for _, l := range strings.Split(stderr, "\n") {
			if strings.HasPrefix(l, "sekat: peringatan: ") || strings.HasPrefix(l, "sekat: warning: ") {
				ws = append(ws, l)
			}
		}
		slices.Sort(ws)
		return ws
	}
	pairs := filepath.Join(t.TempDir(), "p")
	if code, _, stderr := sekat(t, "pairs", dir, "--run", "--out", pairs); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, stderr)
	}
	for _, lang := range []string{"id", "en"} {
		code, _, raw := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "a"), "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: analyze: exit %d: %s", lang, code, raw)
		}
		want := warnings(raw)
		if len(want) != 2 || !strings.Contains(strings.Join(want, "\n"), "data_sharing.csv") || !strings.Contains(strings.Join(want, "\n"), "meetings") {
			t.Fatalf("%s: analyze warns %q, want the header-only data_sharing.csv and the missing meetings", lang, want)
		}
		code, _, stderr := sekat(t, "analyze", dir, "--pairs", pairs, "--out", filepath.Join(t.TempDir(), "b"), "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: analyze --pairs: exit %d: %s", lang, code, stderr)
		}
		if got := warnings(stderr); !slices.Equal(got, want) {
			t.Errorf("%s: analyze --pairs warns\n%s\nwant, as analyze on the raw tables:\n%s", lang, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
