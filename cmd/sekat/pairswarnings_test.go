package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestPairsTableWarnings: sekat pairs warns of a log table that is
// missing and of one that holds only its header as analyze on the raw
// tables warns of them, line for line; it made the tables without a word
// of either, and the network had no such layer.
func TestPairsTableWarnings(t *testing.T) {
	dir := headerOnlySharingStudy(t)
	for _, lang := range []string{"id", "en"} {
		code, _, raw := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "a"), "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: analyze: exit %d: %s", lang, code, raw)
		}
		want := warningLines(raw)
		if len(want) != 2 || !strings.Contains(strings.Join(want, "\n"), "data_sharing.csv") || !strings.Contains(strings.Join(want, "\n"), "meetings") {
			t.Fatalf("%s: analyze warns %q, want the header-only data_sharing.csv and the missing meetings", lang, want)
		}
		code, _, stderr := sekat(t, "pairs", dir, "--out", filepath.Join(t.TempDir(), "p.sql"), "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: pairs: exit %d: %s", lang, code, stderr)
		}
		if got := warningLines(stderr); !slices.Equal(got, want) {
			t.Errorf("%s: sekat pairs warns\n%s\nwant, as analyze:\n%s", lang, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// headerOnlySharingStudy copies the hand study's units, people and
// correspondence into a new folder, with a data_sharing.csv of its header
// alone and no meetings table (TestPairsTableWarnings and, under the
// duckdb tag, TestPairsDuckDBTableWarnings).
func headerOnlySharingStudy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv"} {
		os.WriteFile(filepath.Join(dir, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644)
	}
	head, _, _ := strings.Cut(readFile(t, "../../testdata/studies/hand/data_sharing.csv"), "\n")
	os.WriteFile(filepath.Join(dir, "data_sharing.csv"), []byte(head+"\n"), 0o644)
	return dir
}

// warningLines returns the warning lines of stderr, in either language,
// sorted.
func warningLines(stderr string) []string {
	var ws []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "sekat: peringatan: ") || strings.HasPrefix(l, "sekat: warning: ") {
			ws = append(ws, l)
		}
	}
	slices.Sort(ws)
	return ws
}
