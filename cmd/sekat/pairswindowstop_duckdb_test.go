//go:build duckdb

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsDuckDBWindowNoEvents: sekat pairs --run for a window that holds
// no event stops as analyze on the raw tables stops (exit 2, bad usage, until
// session 54 exit 1; the same
// words, with the logs' span), leaving no folder behind. It wrote empty
// tables and exited 0, and analyze --pairs then stopped on them.
func TestPairsDuckDBWindowNoEvents(t *testing.T) {
	study := "../../testdata/studies/hand"
	win := []string{"--from", "2020-01-01", "--to", "2020-02-01"}
	stop := func(stderr string) string { // the last line: the stop itself
		ls := strings.Split(strings.TrimSpace(stderr), "\n")
		return ls[len(ls)-1]
	}
	for _, lang := range []string{"id", "en"} {
		code, _, raw := sekat(t, append([]string{"analyze", study, "--out", filepath.Join(t.TempDir(), "a"), "--lang", lang}, win...)...)
		// the window as sekat writes windows (TestEmptyWindowShownAsGiven)
		shown := map[string]string{"id": "1–31 Januari 2020", "en": "1–31 January 2020"}[lang]
		if code != 2 || !strings.Contains(raw, shown) || !strings.Contains(raw, "2025-01-10") {
			t.Fatalf("%s: analyze on the raw tables: exit %d, want 2 naming the window and the logs' span: %s", lang, code, raw)
		}
		parent := filepath.Join(t.TempDir(), "baru")
		out := filepath.Join(parent, "p")
		code, _, stderr := sekat(t, append([]string{"pairs", study, "--run", "--out", out, "--lang", lang}, win...)...)
		if code != 2 {
			t.Errorf("%s: pairs --run: exit %d, want 2 as analyze: %s", lang, code, stderr)
		}
		if got, want := stop(stderr), stop(raw); got != want {
			t.Errorf("%s: pairs --run says\n%s\nwant, as analyze:\n%s", lang, got, want)
		}
		if _, err := os.Stat(parent); !os.IsNotExist(err) {
			t.Errorf("%s: pairs --run left %s behind (%v)", lang, parent, err)
		}
	}
}
