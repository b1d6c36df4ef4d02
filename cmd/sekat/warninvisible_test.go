package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest"
)

// TestWarningShowsInvisible: a warning that names a value of the user's
// files writes a character that does not show as its escape, as
// rejects.csv and validate do. The review of session 47 saw the warning
// of a study without a people table say "id U1 is not in the units table"
// on the terminal and in summary.json, for an id U1 followed by a U+200B
// ZERO WIDTH SPACE: the id looked known. A value the sentence quotes (%q)
// is escaped once, not twice.
func TestWarningShowsInvisible(t *testing.T) {
	for _, tt := range []struct {
		name string
		w    ingest.Warning
		want string
	}{
		{"unquoted id", ingest.Warning{Code: ingest.WarnNoPeople, File: "correspondence.csv", Line: 2, Column: "sender", Value: "U1\u200b"}, `U1\u200b`},
		{"quoted cell", ingest.Warning{Code: ingest.WarnFooterRows, Count: 1, File: "correspondence.csv", Line: 9, Value: "Jumlah\u00a0total"}, `"Jumlah\u00a0total"`},
		{"control character", ingest.Warning{Code: ingest.WarnNoPeople, File: "correspondence.csv", Line: 3, Column: "recipients", Value: "U2\x01"}, `U2\x01`},
	} {
		for _, lang := range []string{"id", "en"} {
			got := warningText(tt.w, lang)
			if !strings.Contains(got, tt.want) {
				t.Errorf("%s, %s: want %s in:\n%s", tt.name, lang, tt.want, got)
			}
			if strings.ContainsAny(got, "\u200b\u00a0\x01") || strings.Contains(got, `\\`) {
				t.Errorf("%s, %s: raw or twice-escaped character in:\n%s", tt.name, lang, got)
			}
		}
	}
}
