//go:build duckdb

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestChangePairsEmptyWindowNamesPairTables: compare, trend and evaluate
// with --pairs and a window (or compare's periods) that holds no event
// say that the rows counted are the log rows the pair tables were made
// from, and that the fix is to make the tables again with sekat pairs
// from logs that hold the dates. They said "no row of pasangan falls on
// its dates" and "export the logs again with those dates", calling the
// folder of pair tables, whose rows are sums, a log file, and leaving out
// that re-exported logs change nothing until the tables are made again
// (sekat generate --seed 1181 --scale 0.3 --pilot, August 2025 removed,
// pairs --run --every day; here the hand study, whose logs run from
// 2025-01-10 to 2025-07-01 with no event from 6 to 31 May 2025).
func TestChangePairsEmptyWindowNamesPairTables(t *testing.T) {
	study := "../../testdata/studies/hand"
	pairs := filepath.Join(t.TempDir(), "pasangan")
	if code, _, stderr := sekat(t, "pairs", study, "--run", "--every", "day", "--out", pairs); code != 0 {
		t.Fatalf("pairs --run: exit %d: %s", code, stderr)
	}
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	if err := os.WriteFile(reform, []byte("date: 2025-04-01\ntreated: [A]\ncontrol: [C]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gap := map[string][]string{"compare": {"--before", "2025-05-06..2025-05-20", "--after", "2025-05-20..2025-06-01"},
		"trend": {"--from", "2025-05-06", "--to", "2025-06-01"}, "evaluate": {"--reform", reform, "--from", "2025-05-06", "--to", "2025-06-01"}}
	past := map[string][]string{"compare": {"--before", "2026-01-01..2026-02-01", "--after", "2026-02-01..2026-03-01"},
		"trend": {"--from", "2026-01-01", "--to", "2026-03-01"}, "evaluate": {"--reform", reform, "--from", "2026-01-01", "--to", "2026-03-01"}}
	// 22: the hand study's log rows as the engine counted them (6 letters,
	// 11 meeting rows, 5 data requests: its warnings above the stop)
	want := map[string][]string{
		"en": {"the pair tables in " + pairs + " were made from 22 log rows, which run from 2025-01-10 to 2025-07-01", "make the pair tables again with `sekat pairs` from logs that hold"},
		"id": {"tabel pasangan dalam " + pairs + " dibuat dari 22 baris log, yang berlangsung dari 2025-01-10 sampai 2025-07-01", "buat ulang tabel pasangan dengan `sekat pairs` dari log yang memuat"},
	}
	notWant := map[string][]string{
		"en": {"no row of " + pairs, "export the logs again with", "export them again with"},
		"id": {"tidak satu baris pun dalam " + pairs, "ekspor ulang log beserta", "ekspor ulang berkas tersebut"},
	}
	for _, cmd := range []string{"compare", "trend", "evaluate"} {
		for name, args := range map[string][]string{"gap": gap[cmd], "past": past[cmd]} {
			for _, lang := range []string{"en", "id"} {
				code, _, stderr := sekat(t, append([]string{cmd, study, "--pairs", pairs, "--out", filepath.Join(t.TempDir(), "o"), "--lang", lang}, args...)...)
				if code != 2 {
					t.Errorf("%s %s %s: exit %d, want 2: %s", cmd, name, lang, code, stderr)
				}
				for _, w := range want[lang] {
					if !strings.Contains(stderr, w) {
						t.Errorf("%s %s %s: stderr lacks %q:\n%s", cmd, name, lang, w, stderr)
					}
				}
				for _, w := range notWant[lang] {
					if strings.Contains(stderr, w) {
						t.Errorf("%s %s %s: stderr says %q:\n%s", cmd, name, lang, w, stderr)
					}
				}
			}
		}
	}
}
