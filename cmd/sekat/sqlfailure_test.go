package main

import (
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
)

// TestSQLFailureSaysStep: DuckDB's failures that sekat does not know by
// name (run), a value it could not convert (value) and an interruption
// (interrupted) are said in the user's language with the step of the SQL
// text that failed, named as the progress line names it, and what to do;
// DuckDB's first line after, and no other detail. "run" was "the embedded
// DuckDB failed at statement 4 of 9", with DuckDB's whole English text
// (the statement's "LINE 1:" echo too) as the detail under Indonesian.
func TestSQLFailureSaysStep(t *testing.T) {
	for _, code := range []string{"run", "value", "interrupted"} {
		e := &engine.SQLError{Code: code, Args: []any{engine.PhaseLetters, 4, 9}, Detail: "Binder Error: a failure sekat does not know"}
		for _, lang := range []string{"id", "en"} {
			got := sqlText(e, lang)
			want := msg(lang, "sql."+code, msg(lang, "phaseletters"), 4, 9) + "\n  " + msg(lang, "sql.duckdbSaid") + ": " + e.Detail
			if got != want || !knownSQLError(e) || exitCode(e) != exitFailed {
				t.Errorf("%s, %s: says\n%s\nwant\n%s\nas the whole message, exit %d", code, lang, got, want, exitFailed)
			}
			if lang == "id" && strings.Contains(got, engine.PhaseLetters.String()) {
				t.Errorf("%s: the step is named in English: %s", code, got)
			}
		}
	}
}
