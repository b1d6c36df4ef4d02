package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/i18n"
)

// TestCountFlagsBounded: a count too large for memory is refused as bad
// usage (exit 2) with the largest allowed, before any work. A QA run of
// session 31 found compare --resamples 1000000 and --permutations
// 1000000000, and facilitators --bootstrap 10000000, dying of a Go
// "out of memory" crash with a runtime stack (exit 2 as well, but no
// message). The bounds themselves still run (TestCompare* and
// TestFacilitators* run the defaults; here only the refusal).
func TestCountFlagsBounded(t *testing.T) {
	study := filepath.Join("..", "..", "testdata", "studies", "hand")
	for _, lang := range []string{"id", "en"} {
		for _, tc := range []struct {
			args []string
			flag string
			max  int
		}{
			{[]string{"compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--resamples", "100001"}, "--resamples", maxResamples},
			{[]string{"compare", study, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01", "--permutations", "1000000000"}, "--permutations", maxChangePermutations},
			{[]string{"trend", study, "--resamples", "1000000"}, "--resamples", maxResamples},
			{[]string{"facilitators", study, "--purpose", "uji", "--bootstrap", "10000000"}, "--bootstrap", maxResamples},
			{[]string{"facilitators", study, "--purpose", "uji", "--shuffles", "1000000000"}, "--shuffles", maxResamples},
		} {
			args := append([]string{"--lang", lang}, tc.args...)
			args = append(args, "--out", filepath.Join(t.TempDir(), "o"))
			code, _, stderr := sekat(t, args...)
			want := msg(lang, "rangeAtMost", i18n.Int(lang, int64(tc.max)))
			if code != 2 || !strings.Contains(stderr, tc.flag) || !strings.Contains(stderr, want) {
				t.Errorf("%v: exit %d, want 2 and %s with %q:\n%s", args, code, tc.flag, want, stderr)
			}
		}
	}
}
