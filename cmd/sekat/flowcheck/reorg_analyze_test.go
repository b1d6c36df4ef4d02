package flowcheck

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	"github.com/sekat-ona/sekat/internal/clitest"
)

// TestCompareNamesReorganisedUnits: compare names, on the terminal and on
// compare.html, the units a declared crosswalk lined up with the unit each
// became, so that a renamed or merged unit reads as compared through its
// successor; before, only the crosswalk_from column of changes_units.csv
// named them. Without a crosswalk there is no such sentence.
func TestCompareNamesReorganisedUnits(t *testing.T) {
	dir, rn, mg := reorgStudy(t)
	const intro = "Units are compared as they stand after the reorganisation the crosswalk declares: "
	for _, withCrosswalk := range []bool{false, true} {
		out := filepath.Join(t.TempDir(), "banding")
		args := []string{"compare", dir, "--before", "2025-01-01..2025-07-01", "--after", "2025-07-01..2026-01-01",
			"--out", out, "--resamples", "100", "--permutations", "100", "-q", "--lang", "en"}
		if withCrosswalk {
			args = append(args, "--crosswalk", filepath.Join(dir, "unit_crosswalk.csv"))
		}
		stdout, _ := analyzeOK(t, args...)
		page := html.UnescapeString(clitest.ReadFile(t, filepath.Join(out, "compare.html")))
		checkLinedUp(t, withCrosswalk, intro, rn, mg, map[string]string{"stdout": stdout, "compare.html": page})
	}
}

// TestTrendNamesReorganisedUnits: trend names, on the terminal and on
// trend.html, the units a declared crosswalk lined up with the unit each
// became, in the words compare uses ("INSPEKTORAT became
// INSPEKTORAT_BARU"), so that a renamed or merged unit reads as followed
// through its successor; before, trend applied the crosswalk without a
// word. Without a crosswalk there is no such sentence.
func TestTrendNamesReorganisedUnits(t *testing.T) {
	dir, rn, mg := reorgStudy(t)
	const intro = "Units are followed through the periods as they stand after the reorganisation the crosswalk declares: "
	for _, withCrosswalk := range []bool{false, true} {
		if withCrosswalk { // declared in study.yaml, as a region would
			if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("crosswalk: unit_crosswalk.csv\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		out := filepath.Join(t.TempDir(), "tren")
		stdout, _ := analyzeOK(t, "trend", dir, "--every", "quarter", "--out", out, "--resamples", "100", "--permutations", "100", "-q", "--lang", "en")
		page := html.UnescapeString(clitest.ReadFile(t, filepath.Join(out, "trend.html")))
		checkLinedUp(t, withCrosswalk, intro, rn, mg, map[string]string{"stdout": stdout, "trend.html": page})
	}
}

// TestAnalyzeWarnsOfUnusableCrosswalk: a crosswalk that study.yaml
// declares and that validate, compare and trend refuse at its line (a
// share out of range, a unit the units table does not list) is warned of
// by analyze, which does not apply it and so goes on: naming study.yaml's
// line, the file's line and what is wrong, and that the check for a
// reorganisation in the window was skipped, on stderr and in
// summary.json (crosswalk_unusable). Before, analyze said nothing of a
// share of 1.5, and of an unknown old unit warned that the window spans
// its reorganisation.
func TestAnalyzeWarnsOfUnusableCrosswalk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1, Reorg: true}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("# reorganisasi 2025\ncrosswalk: unit_crosswalk.csv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, row, lang, want string }{
		{"share", "INSPEKTORAT,INSPEKTORAT_BARU,2025-07-01,1.5", "en", `unit_crosswalk.csv line 2: share 1.5 of "INSPEKTORAT" -> "INSPEKTORAT_BARU" is not in (0, 1]`},
		{"unknown", "INSPEKTORATX,INSPEKTORAT_BARU,2025-07-01,1", "en", `unit_crosswalk.csv line 2: old unit "INSPEKTORATX" is not in the units table of the study`},
		{"share-id", "INSPEKTORAT,INSPEKTORAT_BARU,2025-07-01,1.5", "id", `unit_crosswalk.csv baris 2: share 1.5 untuk "INSPEKTORAT"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := os.WriteFile(filepath.Join(dir, "unit_crosswalk.csv"), []byte("old_unit,new_unit,from,share\n"+c.row+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "hasil")
			_, stderr := analyzeOK(t, "analyze", dir, "--out", out, "-q", "--lang", c.lang, "--permutations", "50")
			wants := map[string][]string{
				"en": {"study.yaml line 2 declares a crosswalk (crosswalk: unit_crosswalk.csv) that cannot be used: ", "that check was skipped"},
				"id": {"study.yaml baris 2 menyatakan crosswalk (crosswalk: unit_crosswalk.csv) yang tidak dapat dipakai: ", "pemeriksaan itu dilewati"},
			}[c.lang]
			for _, want := range append(wants, c.want) {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr:\n%s\nwant %q", stderr, want)
				}
			}
			if strings.Contains(stderr, "INSPEKTORATX became") {
				t.Errorf("warned of the reorganisation of a unit that does not exist:\n%s", stderr)
			}
			summary := clitest.ReadFile(t, filepath.Join(out, "summary.json"))
			if !strings.Contains(summary, `"crosswalk_unusable"`) || strings.Contains(summary, `"window_spans_reorganisation"`) {
				t.Errorf("summary.json: want crosswalk_unusable alone:\n%s", summary)
			}
		})
	}
}

// TestStudyCommandsWarnOfUnitChangesAsAnalyze: report, map and export of
// a study draw or export the network analyze builds, in which each old
// and new unit of a reorganisation in the window is its own unit; they
// now say so on stderr with analyze's own lines (window_spans_reorganisation,
// and units_absent for a window after the date). Before, map and export
// said nothing, and report put it on the page alone.
func TestStudyCommandsWarnOfUnitChangesAsAnalyze(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1, Reorg: true}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "study.yaml"), []byte("crosswalk: unit_crosswalk.csv\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		window []string
		marker string // the start of analyze's warning line
	}{
		{nil, "sekat: warning: the window spans the reorganisation of 1 July 2025"},
		{[]string{"--from", "2025-08-01"}, "sekat: warning: units with no staff and no tie in the window ("},
	} {
		_, stderr := analyzeOK(t, append([]string{"analyze", dir, "--out", filepath.Join(t.TempDir(), "hasil"), "-q", "--lang", "en", "--permutations", "50"}, c.window...)...)
		want := ""
		for _, line := range strings.Split(stderr, "\n") {
			if strings.HasPrefix(line, c.marker) {
				want = line
			}
		}
		if want == "" {
			t.Fatalf("analyze %v: no line %q in\n%s", c.window, c.marker, stderr)
		}
		tmp := t.TempDir()
		for _, args := range [][]string{
			{"report", dir, "--out", filepath.Join(tmp, "laporan"), "--permutations", "50"},
			{"map", dir, "--out", filepath.Join(tmp, "peta.svg")},
			{"export", dir, "--format", "gexf", "--out", filepath.Join(tmp, "jejaring.gexf")},
			{"export", dir, "--format", "csv", "--out", filepath.Join(tmp, "jejaring.csv")},
		} {
			_, stderr := analyzeOK(t, append(append(args, "-q", "--lang", "en"), c.window...)...)
			if !strings.Contains(stderr, want+"\n") {
				t.Errorf("%s %v: stderr lacks analyze's warning\n%s\n:\n%s", args[0], c.window, want, stderr)
			}
		}
	}
}

// TestMissingCrosswalkExitsAsItsFlag: a crosswalk that does not exist is
// bad input (exit 2), whether study.yaml's crosswalk: or --crosswalk
// names it, for every command that opens the study; study.yaml's exited
// 1 while the flag's exited 2, which the table of exit codes said.
func TestMissingCrosswalkExitsAsItsFlag(t *testing.T) {
	dir := clitest.HandStudy(t)
	out := t.TempDir()
	code, _, stderr := sekat(t, "trend", dir, "--crosswalk", filepath.Join(dir, "nope.csv"), "--out", filepath.Join(out, "flag"), "-q")
	if code != exitUsage {
		t.Fatalf("--crosswalk of a missing file: exit %d, want 2:\n%s", code, stderr)
	}
	clitest.WriteStudyFile(t, dir, "study.yaml", []byte("crosswalk: nope.csv\n"))
	for _, args := range [][]string{
		{"validate", dir},
		{"analyze", dir, "--out", filepath.Join(out, "a")},
		{"trend", dir, "--out", filepath.Join(out, "t")},
		{"report", dir, "--out", filepath.Join(out, "r")},
	} {
		code, _, stderr := sekat(t, append(args, "-q", "--lang", "en")...)
		if want := "study.yaml line 1: crosswalk: nope.csv: no such file"; code != exitUsage || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 2 and %q", args[0], code, stderr, want)
		}
	}
}

// TestEvaluateNamesReorganisedUnits: evaluate names, on the terminal, the
// units a declared crosswalk lined up with the unit each became, in the
// words trend and compare use ("INSPEKTORAT became INSPEKTORAT_BARU"),
// so that a renamed or merged unit of an arm reads as followed through
// its successor; before, evaluate applied the crosswalk without a word,
// while compare and trend said it. Without a crosswalk there is no such
// sentence.
func TestEvaluateNamesReorganisedUnits(t *testing.T) {
	dir, rn, mg := reorgStudy(t)
	reform := filepath.Join(t.TempDir(), "reform.yaml")
	clitest.WriteStudyFile(t, filepath.Dir(reform), "reform.yaml", []byte("date: 2025-10-01\ntreated: [kewilayahan]\n"))
	const intro = "Units are followed through the periods as they stand after the reorganisation the crosswalk declares: "
	for _, withCrosswalk := range []bool{false, true} {
		if withCrosswalk { // declared in study.yaml, as a region would
			clitest.WriteStudyFile(t, dir, "study.yaml", []byte("crosswalk: unit_crosswalk.csv\n"))
		}
		stdout, _ := analyzeOK(t, "evaluate", dir, "--reform", reform, "--out", filepath.Join(t.TempDir(), "e"), "--resamples", "100", "--permutations", "100", "-q", "--lang", "en")
		checkLinedUp(t, withCrosswalk, intro, rn, mg, map[string]string{"stdout": stdout})
	}
}

// TestStudyCommandsWarnOfAnalysisAsAnalyze: report, map and export (of
// the formats with figures) of a study print analyze's warnings of the
// analysis on stderr, with its lines: a window under 4 weeks
// (window_short) and E-I tests short of permutations
// (permutations_short). Before, report put them on its page alone, and
// map and export said nothing, although their silo verdicts and figures
// came from the same short window. The network alone (export csv), which
// has no figures, is not warned of the window.
func TestStudyCommandsWarnOfAnalysisAsAnalyze(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	line := func(stderr, marker string) string {
		for _, l := range strings.Split(stderr, "\n") {
			if strings.HasPrefix(l, marker) {
				return l
			}
		}
		return ""
	}
	short := []string{"--from", "2025-03-01", "--to", "2025-03-10"}
	const windowShort = "sekat: warning: the window is only 9 days"
	_, stderr := analyzeOK(t, append([]string{"analyze", dir, "--out", filepath.Join(t.TempDir(), "hasil"), "-q", "--lang", "en", "--permutations", "50"}, short...)...)
	want := line(stderr, windowShort)
	if want == "" {
		t.Fatalf("analyze: no line %q in\n%s", windowShort, stderr)
	}
	tmp := t.TempDir()
	for _, args := range [][]string{
		{"report", dir, "--out", filepath.Join(tmp, "laporan"), "--permutations", "50"},
		{"map", dir, "--out", filepath.Join(tmp, "peta.svg")},
		{"export", dir, "--format", "gexf", "--out", filepath.Join(tmp, "jejaring.gexf")},
	} {
		_, stderr := analyzeOK(t, append(append(args, "-q", "--lang", "en"), short...)...)
		if !strings.Contains(stderr, want+"\n") {
			t.Errorf("%s: stderr lacks analyze's warning\n%s\n:\n%s", args[0], want, stderr)
		}
	}
	if _, stderr := analyzeOK(t, append([]string{"export", dir, "--out", filepath.Join(tmp, "jejaring.csv"), "-q", "--lang", "en"}, short...)...); strings.Contains(stderr, windowShort) {
		t.Errorf("export of the network alone warned of its figures:\n%s", stderr)
	}
	// too few permutations for an E-I verdict, as analyze says it
	const permShort = "sekat: warning: the E-I tests of the sectors ran 20 permutations"
	_, stderr = analyzeOK(t, "analyze", dir, "--out", filepath.Join(t.TempDir(), "hasil"), "-q", "--lang", "en", "--permutations", "20")
	if want = line(stderr, permShort); want == "" {
		t.Fatalf("analyze: no line %q in\n%s", permShort, stderr)
	}
	if _, stderr := analyzeOK(t, "report", dir, "--out", filepath.Join(tmp, "laporan20"), "--permutations", "20", "-q", "--lang", "en"); !strings.Contains(stderr, want+"\n") {
		t.Errorf("report: stderr lacks analyze's warning\n%s\n:\n%s", want, stderr)
	}
}

// reorgStudy generates a study with a planted reorganisation (sekat
// generate --seed 1 --scale 0.1 --reorg) and returns its folder, its
// first renamed unit and its first merger.
func reorgStudy(t *testing.T) (string, synth.Rename, synth.Merger) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "studi")
	truth, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1, Reorg: true})
	if err != nil {
		t.Fatal(err)
	}
	if truth.Reorg == nil || len(truth.Reorg.Renamed) == 0 || len(truth.Reorg.Merged) == 0 {
		t.Fatalf("no rename and merger planted: %+v", truth.Reorg)
	}
	return dir, truth.Reorg.Renamed[0], truth.Reorg.Merged[0]
}

// checkLinedUp checks that each of texts (name -> text) names the units a
// crosswalk lined up after intro, the renamed unit and the merger each
// with the unit it became, when the run had a crosswalk, and that none
// says intro when it had none.
func checkLinedUp(t *testing.T, withCrosswalk bool, intro string, rn synth.Rename, mg synth.Merger, texts map[string]string) {
	t.Helper()
	for name, text := range texts {
		if !withCrosswalk {
			if strings.Contains(text, intro) {
				t.Errorf("without a crosswalk, %s says units were lined up:\n%s", name, text)
			}
			continue
		}
		for _, want := range []string{intro, rn.Old + " became " + rn.New, strings.Join(mg.Old, " and ") + " became " + mg.New} {
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks %q:\n%s", name, want, text)
			}
		}
	}
}
