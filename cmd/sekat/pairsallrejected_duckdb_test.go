//go:build duckdb

package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/engine"
	"github.com/sekat-ona/sekat/ingest"
)

// TestPairsDuckDBAllRejected: on logs whose every row is rejected, sekat
// pairs --run and analyze --pairs stop saying that the engine counted the
// rejected rows without listing them and that sekat validate on the study
// lists them. Both said "see rejects.csv", a file neither writes (pairs
// --run leaves no folder on a failed run; analyze --pairs drops
// rejects.csv, the engine's rejects being counted only).
func TestPairsDuckDBAllRejected(t *testing.T) {
	study := t.TempDir()
	for _, f := range []string{"units.csv", "people.csv", "correspondence.csv", "meetings.csv", "data_sharing.csv"} {
		text := readFile(t, "../../testdata/studies/hand/"+f)
		if f != "units.csv" && f != "people.csv" {
			// the second column of every row (sender, start, provider)
			// made a word no id or time reads as: every row rejected
			ls := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
			for i := 1; i < len(ls); i++ {
				cs := strings.Split(ls[i], ",")
				cs[1] = "kemarin"
				ls[i] = strings.Join(cs, ",")
			}
			text = strings.Join(ls, "\n") + "\n"
		}
		if err := os.WriteFile(filepath.Join(study, f), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// the tables of those logs, which pairs --run no longer leaves: its
	// own text, run with the embedded DuckDB as --run runs it
	st, err := ingest.OpenStudy(study)
	if err != nil {
		t.Fatal(err)
	}
	tables := t.TempDir()
	spec, err := pairsSpec(st, pairsOptions{Study: study, Level: "unit", Dest: tables, TableFormat: "parquet", Lang: "en"}, engine.EveryNone)
	if err != nil {
		t.Fatal(err)
	}
	if err := engine.Run(context.Background(), spec, nil); err != nil {
		t.Fatal(err)
	}
	ins, _, err := engine.ReadInputs(tables)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		if in.Rows == 0 || in.Rejected != in.Rows {
			t.Fatalf("the engine read %s: %d rows, %d rejected; want every row rejected", in.Table, in.Rows, in.Rejected)
		}
	}
	validate := map[string]string{"id": "jalankan `sekat validate " + study + "`", "en": "run `sekat validate " + study + "`"}
	for _, lang := range []string{"id", "en"} {
		out := filepath.Join(t.TempDir(), "p")
		code, _, stderr := sekat(t, "pairs", study, "--run", "--out", out, "--lang", lang)
		check := func(name string, code int, stderr string) {
			t.Helper()
			if code != 1 {
				t.Errorf("%s, %s: exit %d, want 1: %s", name, lang, code, stderr)
			}
			if strings.Contains(stderr, "rejects.csv atau") || strings.Contains(stderr, "see rejects.csv") || !strings.Contains(stderr, validate[lang]) {
				t.Errorf("%s, %s: says\n%s\nwant sekat validate on the study, and no rejects.csv to see", name, lang, stderr)
			}
		}
		check("pairs --run", code, stderr)
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s: pairs --run left %s (%v)", lang, out, err)
		}
		a := filepath.Join(t.TempDir(), "a")
		code, _, stderr = sekat(t, "analyze", study, "--pairs", tables, "--max-reject-rate", "1", "--out", a, "--lang", lang)
		check("analyze --pairs", code, stderr)
		if _, err := os.Stat(filepath.Join(a, "rejects.csv")); err == nil {
			t.Errorf("%s: analyze --pairs wrote %s, which the message no longer names", lang, filepath.Join(a, "rejects.csv"))
		}
	}
}
