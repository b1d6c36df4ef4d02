package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestAnalyzeWarnsOfDeclaredReorganisation: a study whose window spans a
// reorganisation it declares (study.yaml crosswalk:) is warned of, on
// stderr and in summary.json, naming the date, the units and how to
// analyse one structure: analyze does not apply the crosswalk, and
// units.csv showed a renamed unit (INSPEKTORAT and INSPEKTORAT_BARU on
// sekat generate --seed 1 --scale 0.3 --reorg) as two units with
// about half the year's ties each, without a word. A window on one side
// of the date, or a crosswalk the study does not declare, is not warned
// of.
func TestAnalyzeWarnsOfDeclaredReorganisation(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	truth, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1, Reorg: true})
	if err != nil {
		t.Fatal(err)
	}
	if truth.Reorg == nil || len(truth.Reorg.Renamed) == 0 || truth.Reorg.Date != "2025-07-01" {
		t.Fatalf("no rename planted on 1 July 2025: %+v", truth.Reorg)
	}
	rn := truth.Reorg.Renamed[0]
	run := func(args ...string) (stderr, summary string) {
		t.Helper()
		out := filepath.Join(t.TempDir(), "hasil")
		_, stderr = analyzeOK(t, append([]string{"analyze", dir, "--out", out, "-q", "--lang", "en", "--permutations", "50"}, args...)...)
		return stderr, readFile(t, filepath.Join(out, "summary.json"))
	}
	const code = `"window_spans_reorganisation"`
	if stderr, summary := run(); strings.Contains(stderr, "reorganisation") || strings.Contains(summary, code) {
		t.Errorf("warned of a crosswalk the study does not declare:\n%s", stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("crosswalk: unit_crosswalk.csv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr, summary := run()
	for _, want := range []string{
		"the window spans the reorganisation of 1 July 2025 that the study declares in unit_crosswalk.csv (",
		rn.Old + " became " + rn.New,
		"and analyze does not apply it",
		"run analyze on each side of the date: --to 2025-07-01, and --from 2025-07-01",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr:\n%s\nwant %q", stderr, want)
		}
	}
	if !strings.Contains(summary, code) {
		t.Errorf("summary.json lacks the warning %s", code)
	}
	for _, side := range [][]string{{"--to", "2025-07-01"}, {"--from", "2025-07-01"}} {
		if stderr, summary := run(side...); strings.Contains(stderr, "reorganisation") || strings.Contains(summary, code) {
			t.Errorf("%v, a window on one side of the date: warned\n%s", side, stderr)
		}
	}
}

// TestDeclaredCrosswalkGoneWorded: a crosswalk study.yaml declares that
// is gone by the time a command reads it (the study's open found it) is
// said at study.yaml's line in the user's language, with exit 2 as a
// crosswalk missing at the open; it was Go's English "open …: no such
// file or directory" under Bahasa Indonesia too, with exit 1. analyze's
// warning of an unusable crosswalk gives the same reason.
func TestDeclaredCrosswalkGoneWorded(t *testing.T) {
	gone := filepath.Join(t.TempDir(), "cw.csv")
	for _, lang := range []string{"id", "en"} {
		at := msg(lang, "study.at", "study.yaml", 2)
		_, err := readCrosswalk(gone, at, time.UTC, lang)
		want := at + ": crosswalk: " + msg(lang, "study.crosswalkGone", gone)
		if err == nil || err.Error() != want || exitCode(err) != exitUsage {
			t.Errorf("%s: %v (exit %d), want %q and exit 2", lang, err, exitCode(err), want)
		}
		var de *declaredFileError
		if !errors.As(err, &de) || de.reason != msg(lang, "study.crosswalkGone", gone) {
			t.Errorf("%s: the warning's reason is not the worded one: %v", lang, err)
		}
	}
}
