package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestMapReportCountRejected: map and report of a study write no
// rejects.csv, and said nothing of the rows they rejected: sekat map on
// a copy of generate --seed 1120 --scale 0.03 whose people.csv names an
// unknown unit, run with --max-reject-rate 0.5, rejected 99 rows and
// printed only "map written". They count them on standard error and
// point to sekat validate, as export, compare and trend do.
func TestMapReportCountRejected(t *testing.T) {
	dir := handCopy(t, map[string]string{"correspondence.csv": "2025-03-01 09:00,zz9,p2,,m90\nbukan tanggal,p1,p2,,m91\n"}, nil)
	for _, lang := range []string{"id", "en"} {
		want := msg(lang, "rejected", "2", "correspondence.csv 2", "`sekat validate "+shellQuote(dir)+"`")
		for _, args := range [][]string{
			{"map", dir, "--out", filepath.Join(t.TempDir(), "peta.svg")},
			{"report", dir, "--out", filepath.Join(t.TempDir(), "laporan")},
		} {
			code, _, stderr := sekat(t, append(args, "--lang", lang, "--max-reject-rate", "1")...)
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", args[0], code, stderr)
			}
			if !strings.Contains(stderr, want) {
				t.Errorf("%s, %s: standard error lacks %q:\n%s", args[0], lang, want, stderr)
			}
		}
	}
}
