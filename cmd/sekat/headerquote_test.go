package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestHeaderQuoteWorded: a table whose header line has a quote that is
// not closed (`"at,provider,consumer,...` of an export mended by hand) was
// refused with ingest's English "data_sharing.csv line 1: malformed
// header: bad quoting" alone, under Indonesian too, and no fix. analyze
// and pairs now say in the user's language which line of which file, what
// is wrong and the fix, once.
func TestHeaderQuoteWorded(t *testing.T) {
	sharing := readFile(t, "../../testdata/studies/hand/data_sharing.csv")
	st := handCopy(t, nil, map[string]string{"data_sharing.csv": `"` + sharing})
	for _, lang := range []string{"id", "en"} {
		want := msg(lang, "errHeaderQuote", 1, "data_sharing.csv")
		for _, cmd := range []string{"analyze", "pairs"} {
			out := filepath.Join(t.TempDir(), "o")
			if cmd == "pairs" {
				out += ".sql"
			}
			code, _, stderr := sekat(t, cmd, st, "--out", out, "--lang", lang)
			if code != exitFailed || !strings.Contains(stderr, want) {
				t.Errorf("%s --lang %s: exit %d:\n%s\nwant exit %d and %q", cmd, lang, code, stderr, exitFailed, want)
			}
			if strings.Count(stderr, "malformed header") > 0 || strings.Count(stderr, "data_sharing.csv") != 1 {
				t.Errorf("%s --lang %s: the English detail repeats the sentence:\n%s", cmd, lang, stderr)
			}
		}
	}
}
