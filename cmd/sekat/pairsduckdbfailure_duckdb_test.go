//go:build duckdb

package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/ingest"
)

// TestPairsDuckDBFileGone: a log file that goes away after sekat pairs
// checked the study and before the embedded DuckDB reads it (moved,
// deleted, a network drive disconnected) is said in the user's language:
// which file, what happened, what to do, DuckDB's own words after. It was
// "the embedded DuckDB failed at statement N of M" and DuckDB's English
// ("IO Error: No files found that match the pattern ...") the only
// reason, under Indonesian too.
func TestPairsDuckDBFileGone(t *testing.T) {
	study := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		if err := os.WriteFile(filepath.Join(study, f), []byte(readFile(t, "../../testdata/studies/hand/"+f)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, err := ingest.OpenStudy(study)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := pairsSpec(st, pairsOptions{Study: study, Level: "unit", Dest: t.TempDir(), TableFormat: "parquet", Lang: "en"}, engine.EveryNone)
	if err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(study, "meetings.csv")
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	err = engine.Run(context.Background(), spec, nil)
	var se *engine.SQLError
	if !errors.As(err, &se) || se.Code != "missing" {
		t.Fatalf("got %v, want the missing file said as such", err)
	}
	for _, lang := range []string{"id", "en"} {
		got := explain(err, lang)
		want := msg(lang, "sql.missing", gone) + "\n  " + msg(lang, "sql.duckdbSaid") + ": IO Error: No files found that match the pattern"
		if !strings.HasPrefix(got, want) || !complete(err) || strings.Contains(got, "LINE 1") {
			t.Errorf("%s: says\n%s\nwant it to begin %q, with DuckDB's first line only and no other detail", lang, got, want)
		}
	}
}
