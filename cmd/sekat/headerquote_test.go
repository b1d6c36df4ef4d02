package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
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

// TestPairsRefusalCountsGrouped: a pair folder refused because its totals
// and inputs disagree said "menghitung 24730 surat ... 26879 surat" (qaB:
// month tables with period=2025-03 deleted from four tables), where every
// other message groups a count in thousands ("26.879"). The counts of the
// refusals that give them are grouped, singular and plural kept.
func TestPairsRefusalCountsGrouped(t *testing.T) {
	for _, c := range []struct {
		code string
		args []any
		want map[string][]string
	}{
		{"totalsLetters", []any{"p", int64(24730), int64(26879)}, map[string][]string{"id": {"24.730 surat", "26.879 surat"}, "en": {"24,730 letters", "26,879 were"}}},
		{"totalsRequests", []any{"p", int64(1), int64(1200)}, map[string][]string{"id": {"1 permintaan", "1.200 permintaan"}, "en": {"1 data request ", "1,200 were"}}},
		{"noPairs", []any{"p", int64(5321), "2025-03"}, map[string][]string{"id": {"5.321 surat"}, "en": {"5,321 letters and data requests"}}},
		{"noNodes", []any{"p", int64(1), "2025-03"}, map[string][]string{"id": {"1 peristiwa"}, "en": {"1 event "}}},
		{"noSizes", []any{"p", int64(40000), "2025-03"}, map[string][]string{"id": {"40.000 rapat"}, "en": {"40,000 meetings"}}},
		{"rowsSum", []any{"p", "pairs", "10.001", "letters", int64(10002)}, map[string][]string{"id": {"bernilai 10.002"}, "en": {"is 10,002"}}},
	} {
		for lang, want := range c.want {
			got := pairsText(&engine.PairsError{Code: c.code, Args: c.args}, lang)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("%s %s: %q lacks %q", c.code, lang, got, w)
				}
			}
			if strings.Contains(got, "%!") {
				t.Errorf("%s %s: %q", c.code, lang, got)
			}
		}
	}
}
