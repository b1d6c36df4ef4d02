//go:build duckdb

package main

import (
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
	dir := headerOnlySharingStudy(t)
	pairs := filepath.Join(t.TempDir(), "p")
	if code, _, stderr := sekat(t, "pairs", dir, "--run", "--out", pairs); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, stderr)
	}
	for _, lang := range []string{"id", "en"} {
		code, _, raw := sekat(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "a"), "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: analyze: exit %d: %s", lang, code, raw)
		}
		want := warningLines(raw)
		if len(want) != 2 || !strings.Contains(strings.Join(want, "\n"), "data_sharing.csv") || !strings.Contains(strings.Join(want, "\n"), "meetings") {
			t.Fatalf("%s: analyze warns %q, want the header-only data_sharing.csv and the missing meetings", lang, want)
		}
		code, _, stderr := sekat(t, "analyze", dir, "--pairs", pairs, "--out", filepath.Join(t.TempDir(), "b"), "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: analyze --pairs: exit %d: %s", lang, code, stderr)
		}
		if got := warningLines(stderr); !slices.Equal(got, want) {
			t.Errorf("%s: analyze --pairs warns\n%s\nwant, as analyze on the raw tables:\n%s", lang, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
