//go:build duckdb

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestPairsDuckDBSameTables: pair tables made by the embedded DuckDB (sekat
// pairs --run) and read back by analyze --pairs give byte-identical
// edges.csv, units.csv (people.csv at person level), groups.csv and
// silos.csv to analyze on the raw tables: on the embedded sample study
// (CSV, gzipped), and on generated studies written as Parquet, as
// semicolon CSV and as TSV; at unit and person level; with a window; with
// the tables partitioned by month and read for a window of whole months;
// with the pair tables written as CSV. Runs in CI (.ci/run builds with
// -tags duckdb).
func TestPairsDuckDBSameTables(t *testing.T) {
	gen := map[string]string{}
	generated := func(format string, scale string) string {
		key := format + "/" + scale
		if d, ok := gen[key]; ok {
			return d
		}
		d := filepath.Join(t.TempDir(), "studi")
		if code, _, e := sekat(t, "generate", "--seed", "7", "--scale", scale, "--format", format, "--out", d); code != 0 {
			t.Fatalf("generate --format %s: exit %d: %s", format, code, e)
		}
		gen[key] = d
		return d
	}
	cases := []struct {
		name  string
		study func() string
		pairs []string // flags of sekat pairs besides --run --out
		flags []string // flags of both analyze runs
	}{
		{"sample", func() string { return "sample" }, nil, nil},
		{"parquet", func() string { return generated("parquet", "1") }, nil, nil},
		{"parquet-strings-window", func() string { return generated("parquet-strings", "1") },
			[]string{"--from", "2025-03-10", "--to", "2025-08-20 12:00"}, []string{"--from", "2025-03-10", "--to", "2025-08-20 12:00"}},
		{"csv-semicolon-month", func() string { return generated("csv-semicolon", "1") },
			[]string{"--every", "month"}, []string{"--from", "2025-02-01", "--to", "2025-05-01"}},
		{"tsv-week-csv-tables", func() string { return generated("tsv", "0.5") },
			[]string{"--every", "week", "--table-format", "csv"}, []string{"--from", "2025-01-06", "--to", "2025-03-03"}},
		{"person", func() string { return generated("parquet", "0.3") },
			[]string{"--level", "person"}, []string{"--level", "person"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			study := c.study()
			dir := t.TempDir()
			pairs := filepath.Join(dir, "pasangan")
			args := append([]string{"pairs", study, "--run", "--out", pairs}, c.pairs...)
			if code, _, e := sekat(t, args...); code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, e)
			}
			raw, viaPairs := filepath.Join(dir, "mentah"), filepath.Join(dir, "lewat-pasangan")
			for _, a := range [][]string{
				append([]string{"analyze", study, "--out", raw, "-q"}, c.flags...),
				append([]string{"analyze", study, "--pairs", pairs, "--out", viaPairs, "-q"}, c.flags...),
			} {
				if code, _, e := sekat(t, a...); code != 0 {
					t.Fatalf("%v: exit %d: %s", a, code, e)
				}
			}
			nodes := "units.csv"
			if len(c.flags) > 0 && c.flags[len(c.flags)-1] == "person" {
				nodes = "people.csv"
			}
			for _, f := range []string{"edges.csv", nodes, "groups.csv", "silos.csv"} {
				want, err := os.ReadFile(filepath.Join(raw, f))
				if err != nil {
					t.Fatal(err)
				}
				got, err := os.ReadFile(filepath.Join(viaPairs, f))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs between analyze and analyze --pairs:\n%s", f, firstDiff(got, want))
				}
				if f == "edges.csv" && bytes.Count(want, []byte("\n")) < 50 {
					t.Errorf("edges.csv has %d lines: the case tests too little", bytes.Count(want, []byte("\n")))
				}
			}
		})
	}
}
