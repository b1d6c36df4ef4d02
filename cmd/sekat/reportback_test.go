package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
	_ "github.com/sekat-ona/sekat/internal/golden"
)

// TestReportOfReportKeepsBriefing: `sekat report OUTDIR --out NEWDIR`
// wrote no briefing.json (nor the tables), so a second report of NEWDIR
// lost the forums and refused datasets of the briefing, or failed. It now
// carries what a later report reads back: the second report is the first.
func TestReportOfReportKeepsBriefing(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if _, err := synth.Generate("studi", synth.Options{Seed: 8401, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"analyze", "studi", "--out", "a"}, {"report", "a", "--out", "b"}, {"report", "b", "--out", "c"}} {
		if code, _, stderr := sekat(t, append(args, "-q")...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	brief, err := os.ReadFile(filepath.Join("b", briefFile))
	if err != nil {
		t.Fatalf("report of an output folder wrote no %s: %v", briefFile, err)
	}
	if !strings.Contains(string(brief), `"organizer"`) {
		t.Fatalf("%s of b holds no forum", briefFile)
	}
	first, _ := os.ReadFile(filepath.Join("a", "report.html"))
	second, _ := os.ReadFile(filepath.Join("c", "report.html"))
	if !bytes.Equal(first, second) {
		t.Error("the report of the report's folder differs from the first report")
	}
	// the help names what the read-back writes
	files, _ := os.ReadDir("b")
	for _, lang := range []string{"id", "en"} {
		for _, f := range files {
			if !strings.HasPrefix(f.Name(), ".") && !strings.Contains(msg(lang, "report.desc"), f.Name()) {
				t.Errorf("report --help --lang %s does not name %s", lang, f.Name())
			}
		}
		if strings.Contains(msg(lang, "report.desc"), map[string]string{"id": "temuan dan\nrekomendasi", "en": "findings and recommendations"}[lang]) {
			t.Errorf("report --help --lang %s says briefing.json holds recommendations", lang)
		}
	}
}

// TestReportOutOtherResult: carrying the tables into --out must not
// replace another analysis there (review of session 23): report a --out
// b, b another run's output folder, is refused and b is left as it was;
// the same command run again into its own copy goes on.
func TestReportOutOtherResult(t *testing.T) {
	hand := handStudy(t)
	t.Chdir(t.TempDir())
	for _, args := range [][]string{{"analyze", hand, "--out", "a"}, {"analyze", hand, "--out", "b", "--seed", "5"}, {"report", "a", "--out", "c"}, {"report", "a", "--out", "c"}} {
		if code, _, stderr := sekat(t, append(args, "-q")...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	before, _ := os.ReadFile(filepath.Join("b", "summary.json"))
	for _, lang := range []string{"id", "en"} {
		code, _, stderr := sekat(t, "report", "a", "--out", "b", "-q", "--lang", lang)
		if want := msg(lang, "reportOutOtherResult", "b", "a"); code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("--lang %s: exit %d; stderr lacks %q:\n%s", lang, code, want, stderr)
		}
	}
	if after, _ := os.ReadFile(filepath.Join("b", "summary.json")); !bytes.Equal(before, after) {
		t.Error("b's summary.json was replaced")
	}
}

// TestOutDirRefusesAnalysisFlags: given an output folder, map and report
// read its result back as analyze wrote it, so a flag that chooses what
// is analysed, or a level other than the folder's, is refused (exit 2)
// in the run's language instead of being ignored. report OUTDIR --from
// 2025-03-01 drew the whole year with exit 0; map of a unit-level folder
// with --ego said, in English whatever the language, "viz: an ego map
// needs a person-level result; run with --level person" (exit 1).
func TestOutDirRefusesAnalysisFlags(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	unit := filepath.Join(t.TempDir(), "hasil")
	if code, _, stderr := sekat(t, "analyze", dir, "--permutations", "100", "--out", unit, "-q"); code != 0 {
		t.Fatalf("analyze: exit %d\n%s", code, stderr)
	}
	for _, lang := range []string{"id", "en"} {
		for _, tc := range []struct {
			args []string
			want string
		}{
			{[]string{"report", unit, "--from", "2025-03-01"}, msg(lang, "outDirFlag", "--from", unit, "--from")},
			{[]string{"report", unit, "--permutations", "5000"}, msg(lang, "outDirFlag", "--permutations", unit, "--permutations")},
			{[]string{"map", unit, "--seed", "7"}, msg(lang, "outDirFlag", "--seed", unit, "--seed")},
			{[]string{"map", unit, "--ego", "199001012015011001"}, msg(lang, "outDirLevel", unit, msg(lang, "level.unit"), "--ego", msg(lang, "level.person"), "person")},
			{[]string{"report", unit, "--level", "person"}, msg(lang, "outDirLevel", unit, msg(lang, "level.unit"), "--level person", msg(lang, "level.person"), "person")},
		} {
			args := append([]string{"--lang", lang}, tc.args...)
			args = append(args, "--out", filepath.Join(t.TempDir(), "x"+map[string]string{"map": ".svg", "report": ""}[tc.args[0]]))
			code, _, stderr := sekat(t, args...)
			if code != 2 || !strings.Contains(stderr, tc.want) {
				t.Errorf("%v: exit %d, want 2 and %q\n%s", args, code, tc.want, stderr)
			}
		}
	}
	// the folder's own level, and flags that only draw, still go
	for _, args := range [][]string{
		{"report", unit, "--level", "unit", "--size-by", "pagerank", "--out", filepath.Join(t.TempDir(), "r")},
		{"map", unit, "--level", "unit", "--out", filepath.Join(t.TempDir(), "m.svg")},
	} {
		if code, _, stderr := sekat(t, args...); code != 0 {
			t.Errorf("%v: exit %d\n%s", args, code, stderr)
		}
	}
}

// TestOutDirRefusesMinGroup: a person-level output folder's groups were
// withheld at its run's --min-group, so report and map of the folder
// refuse --min-group rather than ignore it: report OUTDIR --min-group 50
// showed the units of fewer than 50 people it asked to withhold, without
// a word.
func TestOutDirRefusesMinGroup(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "studi")
	if _, err := synth.Generate(dir, synth.Options{Seed: 1, Scale: 0.1}); err != nil {
		t.Fatal(err)
	}
	person := filepath.Join(t.TempDir(), "hasil")
	if code, _, stderr := sekat(t, "analyze", dir, "--level", "person", "--permutations", "100", "--out", person, "-q"); code != 0 {
		t.Fatalf("analyze: exit %d\n%s", code, stderr)
	}
	for _, lang := range []string{"id", "en"} {
		for _, args := range [][]string{
			{"report", person, "--min-group", "50", "--out", filepath.Join(t.TempDir(), "r")},
			{"map", person, "--min-group", "50", "--out", filepath.Join(t.TempDir(), "m.svg")},
		} {
			args = append([]string{"--lang", lang}, args...)
			want := msg(lang, "outDirFlag", "--min-group", person, "--min-group")
			if code, _, stderr := sekat(t, args...); code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("%v: exit %d, want 2 and %q\n%s", args, code, want, stderr)
			}
		}
	}
	// without it the folder is drawn as it was written
	if code, _, stderr := sekat(t, "report", person, "--out", filepath.Join(t.TempDir(), "r"), "-q"); code != 0 {
		t.Errorf("report: exit %d\n%s", code, stderr)
	}
}
