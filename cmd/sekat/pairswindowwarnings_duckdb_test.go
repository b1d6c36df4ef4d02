//go:build duckdb

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsDuckDBWindowWarnings: sekat pairs --run warns of each log table
// that has no event in the window, with that table's own span, as analyze
// on the raw tables warns of it, in both languages. For a window outside
// the logs it gave analyze's stop line alone, without the three warnings
// before it; for a window holding letters only it said nothing of the
// meetings and data requests it left out. Spans of the hand study: letters
// 2025-01-10 to 2025-05-05, meetings from 2025-02-10, data requests from
// 2025-03-01 (testdata/studies/hand).
func TestPairsDuckDBWindowWarnings(t *testing.T) {
	study := "../../testdata/studies/hand"
	logWarnings := func(stderr string) []string { // the warnings that name a log table
		var ws []string
		for _, l := range strings.Split(stderr, "\n") {
			if !strings.HasPrefix(l, "sekat: peringatan: ") && !strings.HasPrefix(l, "sekat: warning: ") {
				continue
			}
			for _, tb := range []string{"correspondence", "meetings", "data_sharing"} {
				if strings.Contains(l, " "+tb+" ") {
					ws = append(ws, l)
					break
				}
			}
		}
		return ws
	}
	for _, c := range []struct {
		name, from, to string
		code, warnings int // analyze's exit and its warnings of log tables
	}{
		{"outside the logs", "2020-01-01", "2020-02-01", 2, 3}, // exit 2, bad usage, since b3e862f0
		{"letters only", "2025-01-01", "2025-02-01", 0, 2},
	} {
		for _, lang := range []string{"id", "en"} {
			win := []string{"--from", c.from, "--to", c.to, "--lang", lang}
			code, _, raw := sekat(t, append([]string{"analyze", study, "--out", filepath.Join(t.TempDir(), "a")}, win...)...)
			want := logWarnings(raw)
			if code != c.code || len(want) != c.warnings {
				t.Fatalf("%s, %s: analyze on the raw tables: exit %d with %d warnings of log tables, want %d and %d: %s", c.name, lang, code, len(want), c.code, c.warnings, raw)
			}
			code, _, stderr := sekat(t, append([]string{"pairs", study, "--run", "--out", filepath.Join(t.TempDir(), "p")}, win...)...)
			if code != c.code {
				t.Errorf("%s, %s: pairs --run: exit %d, want %d as analyze: %s", c.name, lang, code, c.code, stderr)
			}
			if got := logWarnings(stderr); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s, %s: pairs --run warns\n%s\nwant, as analyze:\n%s", c.name, lang, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if c.code != 0 && stderr != raw { // the warnings, then the stop: nothing else on either path
				t.Errorf("%s, %s: pairs --run says\n%s\nwant, as analyze:\n%s", c.name, lang, stderr, raw)
			}
		}
	}
}
